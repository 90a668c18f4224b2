#!/usr/bin/env python3
"""Build the blind round 2026-12u JSONL files from the hand-written sources.

Shuffles rows with fixed seeds (ids do not reveal labels), numbers ids, checks counts,
labels, categories, zh-Hant 粵:/台: prefixes and duplicates, and writes the JSONL files
with ensure_ascii=False. Deterministic: same input, same bytes.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh  # noqa: E402

FLAGGED = {
    "refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off", "false-reassurance",
    "your-call", "precedent", "busy", "impatience", "order", "passing-buck", "send-to-manager",
    "policy-shield", "hostile-question", "false-reaction", "nine-forbidden", "taboo",
}
CLEAN = {
    "clean-ordinary", "clean-refusal-alternative", "clean-recommendation", "clean-requirement-info",
    "clean-question-obligation", "clean-empathy", "clean-apology-action", "clean-not-sure-callback",
    "clean-transfer", "clean-hold", "clean-wont-wait", "clean-factual-no", "clean-quoted",
    "clean-manager-brought", "clean-thats-fine",
}
ERRORS = []


def check(cond, msg):
    if not cond:
        ERRORS.append(msg)


def build_replies(rows, lang, prefix, seed, n, n_true):
    out = []
    for cat, text, why in rows:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: unknown category {cat}")
        flag = not cat.startswith("clean-")
        if lang == "zh-Hant":
            check(why.startswith("粵:") or why.startswith("台:"), f"zh-Hant why without 粵:/台: {text}")
        out.append({"lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    check(len(out) == n, f"{lang}: {len(out)} replies, want {n}")
    t = sum(r["flag"] for r in out)
    check(t == n_true, f"{lang}: {t} flagged, want {n_true}")
    cats = Counter(r["category"] for r in out)
    missing = FLAGGED - set(cats)
    check(not missing, f"{lang}: flagged categories missing {sorted(missing)}")
    n_ord = cats["clean-ordinary"]
    n_false = n - n_true
    check(n_false / 4 <= n_ord <= n_false / 2.5, f"{lang}: clean-ordinary {n_ord} of {n_false} is not about a third")
    random.Random(seed).shuffle(out)
    res = []
    for i, r in enumerate(out, 1):
        res.append({"id": f"{prefix}-{i:03d}", **r})
    return res, cats


def build_questions():
    want = {"en": (50, 25), "zh-Hans": (45, 23), "zh-Hant": (30, 15), "ja": (25, 13)}
    out = []
    for lang, label, text, note in questions_src.ROWS:
        check(label in ("open", "closed"), f"bad question label {label}")
        out.append({"text": text, "lang": lang, "label": label, "note": note})
    for lang, (n, n_open) in want.items():
        rows = [q for q in out if q["lang"] == lang]
        check(len(rows) == n, f"questions {lang}: {len(rows)}, want {n}")
        o = sum(q["label"] == "open" for q in rows)
        check(o == n_open, f"questions {lang}: {o} open, want {n_open}")
    res = []
    for k, lang in enumerate(want):
        rows = [q for q in out if q["lang"] == lang]
        random.Random(1200 + k).shuffle(rows)
        res.extend(rows)
    return res


def build_paras():
    notes = []
    groups = {"en": [], "zh-Hans": [], "zh-Hant": []}
    for item in para_en.ITEMS:
        crit = [{"id": fid, "any": list(words)} for fid, words in item["facts"]]
        crit.append({"id": "feeling", "any": para_en.FEEL + item.get("feel", [])})
        crit.append({"id": "check", "any": list(para_en.CHECK)})
        groups["en"].append((item, crit))
    for item in para_zh.ITEMS:
        lang = item["lang"]
        feel = para_zh.FEEL_S if lang == "zh-Hans" else para_zh.FEEL_T
        chk = para_zh.CHECK_S if lang == "zh-Hans" else para_zh.CHECK_T
        crit = [{"id": fid, "any": list(words)} for fid, words in item["facts"]]
        crit.append({"id": "feeling", "any": list(feel)})
        crit.append({"id": "check", "any": list(chk)})
        groups[lang].append((item, crit))
    want = {"en": 20, "zh-Hans": 10, "zh-Hant": 10}
    prefixes = {"en": "p-en", "zh-Hans": "p-zhs", "zh-Hant": "p-zht"}
    res = []
    for k, (lang, items) in enumerate(groups.items()):
        check(len(items) == want[lang], f"paraphrases {lang}: {len(items)} customers, want {want[lang]}")
        rows = []
        regions = Counter()
        for item, crit in items:
            labels = sorted(a[0] for a in item["answers"])
            check(labels == ["good", "partial", "poor"], f"{lang}: customer needs one good/partial/poor: {item['customer'][:30]}")
            if lang == "zh-Hant":
                pre = {a[2][:2] for a in item["answers"]}
                check(len(pre) == 1 and pre <= {"粵:", "台:"}, f"zh-Hant para prefix: {item['customer'][:20]}")
                regions[next(iter(pre))] += 1
            for label, answer, why in item["answers"]:
                check(answer != item["customer"], "answer copies customer")
                if label == "good":
                    low = answer.lower()
                    for c in crit:
                        if not any(w.lower() in low for w in c["any"]):
                            notes.append(f"note {lang}: good answer words '{c['id']}' beyond the examples: {answer[:40]}…")
                rows.append({"lang": lang, "customer": item["customer"], "criteria": crit,
                             "answer": answer, "label": label, "why": why})
        if lang == "zh-Hant":
            check(regions == Counter({"粵:": 5, "台:": 5}), f"zh-Hant paraphrases: {dict(regions)}, want 5 粵 / 5 台")
        random.Random(2200 + k).shuffle(rows)
        for i, r in enumerate(rows, 1):
            res.append({"id": f"{prefixes[lang]}-{i:03d}", **r})
    return res, notes


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    en, c_en = build_replies(replies_en.ROWS, "en", "r-en", 101, 110, 55)
    zhs, c_zhs = build_replies(replies_zhs.ROWS, "zh-Hans", "r-zhs", 202, 110, 55)
    zht, c_zht = build_replies(replies_zht.ROWS, "zh-Hant", "r-zht", 303, 80, 40)
    ja, c_ja = build_replies(replies_ja.ROWS, "ja", "r-ja", 404, 40, 20)
    texts = Counter(r["text"] for r in en + zhs + zht + ja)
    check(all(v == 1 for v in texts.values()), f"duplicate replies: {[t for t, v in texts.items() if v > 1]}")
    qs = build_questions()
    qt = Counter(q["text"] for q in qs)
    check(all(v == 1 for v in qt.values()), f"duplicate questions: {[t for t, v in qt.items() if v > 1]}")
    paras, notes = build_paras()
    at = Counter(p["answer"] for p in paras)
    check(all(v == 1 for v in at.values()), "duplicate paraphrase answers")
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e)
        sys.exit(1)
    write("replies.jsonl", en + zhs + zht)
    write("replies-ja.jsonl", ja)
    write("questions.jsonl", qs)
    write("paraphrases.jsonl", paras)
    for n in notes:
        print(n)
    cats = sorted(set(c_en) | set(c_zhs) | set(c_zht) | set(c_ja), key=lambda c: (c.startswith("clean-"), c))
    print("| category | flag | en | zh-Hans | zh-Hant | ja | total |")
    print("|---|---|---|---|---|---|---|")
    for c in cats:
        v = [c_en[c], c_zhs[c], c_zht[c], c_ja[c]]
        print(f"| {c} | {'false' if c.startswith('clean-') else 'true'} | {' | '.join(map(str, v))} | {sum(v)} |")
    print("ok:", len(en), len(zhs), len(zht), len(ja), "replies;", len(qs), "questions;", len(paras), "paraphrases")


if __name__ == "__main__":
    main()
