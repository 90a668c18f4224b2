#!/usr/bin/env python3
"""Build the blind round 2026-12s JSONL files from the hand-written row files.

Deterministic: rows are shuffled with fixed seeds (so ids do not reveal labels), then numbered.
Checks counts, labels, categories and duplicates; writes JSONL with ensure_ascii=False.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh  # noqa: E402

FLAGGED = [
    "refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off",
    "false-reassurance", "your-call", "precedent", "busy", "impatience", "order",
    "passing-buck", "send-to-manager", "policy-shield", "hostile-question", "false-reaction",
    "nine-forbidden", "taboo",
]
CLEAN = [
    "clean-ordinary", "clean-refusal-alternative", "clean-recommendation", "clean-requirement-info",
    "clean-question-obligation", "clean-empathy", "clean-apology-action", "clean-not-sure-callback",
    "clean-transfer", "clean-hold", "clean-wont-wait", "clean-never", "clean-factual-no",
    "clean-quoted", "clean-manager-brought", "clean-thats-fine",
]
CHECK_EN = ["is that right", "have I got that right", "did I get that right", "is that correct",
            "anything to add", "anything I've missed", "does that sound right", "did I understand",
            "have I understood", "am I right", "correct me", "have I got all that"]
CHECK_ZH = ["对吗", "对不对", "是这样吗", "是这样吧", "没错吧", "对吧", "是吧", "还有什么要补充", "有没有漏",
            "對嗎", "對不對", "是這樣嗎", "是這樣吧", "沒錯吧", "對吧", "有沒有要補充",
            "啱唔啱", "係咪", "冇錯吧", "有冇漏", "仲有冇嘢補充"]

errors = []


def err(msg):
    errors.append(msg)


def build_replies(lang, rows, prefix, seed, n_expected):
    if len(rows) != n_expected:
        err(f"replies {lang}: {len(rows)} rows, expected {n_expected}")
    out = []
    for cat, text, why in rows:
        if cat not in FLAGGED and cat not in CLEAN:
            err(f"replies {lang}: unknown category {cat!r}")
        if lang == "zh-Hant" and not (why.startswith("粵:") or why.startswith("台:")):
            err(f"replies zh-Hant: why must start with 粵: or 台: -> {text}")
        out.append({"lang": lang, "text": text, "flag": not cat.startswith("clean-"),
                    "category": cat, "why": why})
    flags = Counter(r["flag"] for r in out)
    if flags[True] != flags[False]:
        err(f"replies {lang}: flag true {flags[True]} / false {flags[False]} not half-half")
    cats = Counter(r["category"] for r in out)
    lo, hi = (1, 4) if lang == "ja" else (2, 4)
    for c in FLAGGED:
        if not lo <= cats[c] <= hi:
            err(f"replies {lang}: category {c} used {cats[c]} times (want {lo}-{hi})")
    ordinary = cats["clean-ordinary"]
    share = ordinary / flags[False]
    if not 0.28 <= share <= 0.40:
        err(f"replies {lang}: clean-ordinary share {share:.2f} not about a third")
    rnd = random.Random(seed)
    rnd.shuffle(out)
    res = []
    for i, r in enumerate(out, 1):
        res.append({"id": f"r-{prefix}-{i:03d}", **r})
    return res, flags, cats


def build_questions():
    counts = {"en": 50, "zh-Hans": 45, "zh-Hant": 30, "ja": 25}
    rows = []
    for lang, items in questions_src.Q.items():
        if len(items) != counts[lang]:
            err(f"questions {lang}: {len(items)} rows, expected {counts[lang]}")
        c = Counter(x[0] for x in items)
        if abs(c["open"] - c["closed"]) > 1:
            err(f"questions {lang}: open {c['open']} / closed {c['closed']} not about half")
        for label, text, note in items:
            if label not in ("open", "closed"):
                err(f"questions {lang}: bad label {label}")
            if lang == "zh-Hant" and not (note.startswith("粵:") or note.startswith("台:")):
                err(f"questions zh-Hant: note must start with 粵: or 台: -> {text}")
            rows.append({"text": text, "lang": lang, "label": label, "note": note})
    random.Random(20261212).shuffle(rows)
    return rows


def build_para(lang, items, prefix, seed, n_customers, check):
    if len(items) != n_customers:
        err(f"paraphrases {lang}: {len(items)} customers, expected {n_customers}")
    rows = []
    for it in items:
        labels = sorted(a[0] for a in it["answers"])
        if labels != ["good", "partial", "poor"]:
            err(f"paraphrases {lang}: labels {labels} for {it['domain']}")
        crit = [{"id": fid, "any": words} for fid, words in it["facts"]]
        ids = [c["id"] for c in crit]
        if len(set(ids)) != len(ids) or "feeling" in ids or "check" in ids:
            err(f"paraphrases {lang}: bad fact ids for {it['domain']}")
        crit.append({"id": "feeling", "any": it["feeling"]})
        crit.append({"id": "check", "any": it.get("check", check)})
        for label, answer, why in it["answers"]:
            if lang == "zh-Hant" and not (why.startswith("粵:") or why.startswith("台:")):
                err(f"paraphrases zh-Hant: why must start with 粵: or 台: ({it['domain']})")
            if label == "good":
                low = answer.lower()
                for c in crit:
                    if not any(w.lower() in low for w in c["any"]):
                        print(f"note: good answer ({lang}, {it['domain']}) uses wording beyond the "
                              f"listed examples for {c['id']!r}")
            rows.append({"lang": lang, "customer": it["customer"], "criteria": crit,
                         "answer": answer, "label": label, "why": why})
    random.Random(seed).shuffle(rows)
    return [{"id": f"p-{prefix}-{i:03d}", **r} for i, r in enumerate(rows, 1)]


def check_dupes(name, texts):
    c = Counter(texts)
    for t, n in c.items():
        if n > 1:
            err(f"{name}: duplicate text: {t}")


def write_jsonl(path, rows):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    en, fe, ce = build_replies("en", replies_en.ROWS, "en", 1201, 110)
    zs, fs, cs = build_replies("zh-Hans", replies_zhs.ROWS, "zhs", 1202, 110)
    zt, ft, ct = build_replies("zh-Hant", replies_zht.ROWS, "zht", 1203, 80)
    ja, fj, cj = build_replies("ja", replies_ja.ROWS, "ja", 1204, 40)
    check_dupes("replies", [r["text"] for r in en + zs + zt + ja])
    qs = build_questions()
    check_dupes("questions", [r["text"] for r in qs])
    pe = build_para("en", para_en.P, "en", 2201, 20, CHECK_EN)
    pz = build_para("zh-Hans", para_zh.ZHS, "zhs", 2202, 10, CHECK_ZH)
    pt = build_para("zh-Hant", para_zh.ZHT, "zht", 2203, 10, CHECK_ZH)
    check_dupes("paraphrases", [r["answer"] for r in pe + pz + pt])
    check_dupes("customers", [it["customer"] for it in para_en.P + para_zh.ZHS + para_zh.ZHT])
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    write_jsonl("replies.jsonl", en + zs + zt)
    write_jsonl("replies-ja.jsonl", ja)
    write_jsonl("questions.jsonl", qs)
    write_jsonl("paraphrases.jsonl", pe + pz + pt)
    for lang, f, c in (("en", fe, ce), ("zh-Hans", fs, cs), ("zh-Hant", ft, ct), ("ja", fj, cj)):
        print(f"replies {lang}: {f[True] + f[False]} rows, true {f[True]}, false {f[False]} "
              f"(clean-ordinary {c['clean-ordinary']})")
    qc = Counter((r["lang"], r["label"]) for r in qs)
    for lang in ("en", "zh-Hans", "zh-Hant", "ja"):
        print(f"questions {lang}: open {qc[(lang, 'open')]}, closed {qc[(lang, 'closed')]}")
    for name, rows in (("en", pe), ("zh-Hans", pz), ("zh-Hant", pt)):
        lc = Counter(r["label"] for r in rows)
        print(f"paraphrases {name}: {len(rows)} rows, good {lc['good']}, partial {lc['partial']}, poor {lc['poor']}")
    allc = Counter()
    for c in (ce, cs, ct, cj):
        allc.update(c)
    print("categories:", ", ".join(f"{k} {allc[k]}" for k in FLAGGED + CLEAN))


if __name__ == "__main__":
    main()
