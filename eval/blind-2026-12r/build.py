#!/usr/bin/env python3
"""Build the blind round 2026-12r JSONL files from the hand-written sources.

Shuffles with fixed seeds (so the ids do not reveal labels), numbers ids, checks counts,
labels and duplicates, and writes JSONL with ensure_ascii=False. Deterministic.
"""
import json
import os
import random
from collections import Counter

import para_en
import para_zh
import questions_src
import replies_en
import replies_ja
import replies_zhs
import replies_zht

HERE = os.path.dirname(os.path.abspath(__file__))

FLAG_CATS = {
    "refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off",
    "false-reassurance", "your-call", "precedent", "busy", "impatience", "order",
    "policy-shield", "passing-buck", "send-to-manager", "hostile-question", "false-reaction",
    "nine-forbidden", "taboo",
}


def fail(msg):
    raise SystemExit("CHECK FAILED: " + msg)


def reply_rows(lang, rows, seed, prefix, n, n_true):
    if len(rows) != n:
        fail(f"{lang}: {len(rows)} replies, want {n}")
    flags = sum(1 for r in rows if r[0])
    if flags != n_true:
        fail(f"{lang}: {flags} flagged, want {n_true}")
    for flag, cat, text, why in rows:
        if flag and cat not in FLAG_CATS:
            fail(f"{lang}: unknown flag category {cat}")
        if not flag and not cat.startswith("clean-"):
            fail(f"{lang}: clean row with category {cat}")
        if lang == "zh-Hant" and not (why.startswith("粵:") or why.startswith("台:")):
            fail(f"zh-Hant why must start with 粵: or 台: — {text}")
    if lang in ("en", "zh-Hans", "zh-Hant"):
        missing = FLAG_CATS - {r[1] for r in rows if r[0]}
        if missing:
            fail(f"{lang}: flag categories missing {sorted(missing)}")
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    out = []
    for i, (flag, cat, text, why) in enumerate(rows, 1):
        out.append({"id": f"{prefix}-{i:03d}", "lang": lang, "text": text, "flag": flag,
                    "category": cat, "why": why})
    return out


def question_rows():
    want = {"en": 50, "zh-Hans": 45, "zh-Hant": 30, "ja": 25}
    src = {"en": questions_src.EN, "zh-Hans": questions_src.ZHS,
           "zh-Hant": questions_src.ZHT, "ja": questions_src.JA}
    out = []
    for lang, rows in src.items():
        if len(rows) != want[lang]:
            fail(f"questions {lang}: {len(rows)}, want {want[lang]}")
        c = Counter(r[0] for r in rows)
        if abs(c["open"] - c["closed"]) > 1:
            fail(f"questions {lang}: unbalanced {dict(c)}")
        for label, text, note in rows:
            if label not in ("open", "closed"):
                fail(f"bad question label {label}")
            out.append({"text": text, "lang": lang, "label": label, "note": note})
    random.Random(1203).shuffle(out)
    return out


def para_rows(lang, customers, check, seed, prefix, n_customers):
    if len(customers) != n_customers:
        fail(f"paraphrases {lang}: {len(customers)} customers, want {n_customers}")
    rows = []
    for customer, facts, feeling, answers in customers:
        labels = sorted(a[0] for a in answers)
        if labels != ["good", "partial", "poor"]:
            fail(f"paraphrases {lang}: labels {labels} for {customer[:30]}")
        ids = [f[0] for f in facts]
        if len(set(ids)) != len(ids) or {"feeling", "check"} & set(ids):
            fail(f"paraphrases {lang}: bad fact ids {ids}")
        criteria = [{"id": fid, "any": list(words)} for fid, words in facts]
        criteria.append({"id": "feeling", "any": list(feeling)})
        criteria.append({"id": "check", "any": list(check)})
        for label, answer, why in answers:
            if label == "good":
                low = answer.lower()
                miss = [fid for fid, words in facts if not any(w.lower() in low for w in words)]
                if miss:
                    print(f"  note ({lang}): good answer paraphrases {miss} beyond the listed wordings")
            rows.append({"lang": lang, "customer": customer, "criteria": criteria,
                         "answer": answer, "label": label, "why": why})
    random.Random(seed).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{prefix}-{i:03d}", **r})
    return out


def no_dupes(name, rows, key):
    c = Counter(r[key] for r in rows)
    d = [k for k, v in c.items() if v > 1]
    if d:
        fail(f"{name}: duplicate {key}: {d[:3]}")


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    replies = (reply_rows("en", replies_en.ROWS, 26121, "r-en", 110, 55)
               + reply_rows("zh-Hans", replies_zhs.ROWS, 26122, "r-zhs", 110, 55)
               + reply_rows("zh-Hant", replies_zht.ROWS, 26123, "r-zht", 80, 40))
    ja = reply_rows("ja", replies_ja.ROWS, 26124, "r-ja", 40, 20)
    no_dupes("replies", replies + ja, "text")
    no_dupes("replies", replies + ja, "id")

    questions = question_rows()
    no_dupes("questions", questions, "text")

    paras = (para_rows("en", para_en.CUSTOMERS, para_en.CHECK, 26125, "p-en", 20)
             + para_rows("zh-Hans", para_zh.ZHS, para_zh.CHECK_ZHS, 26126, "p-zhs", 10)
             + para_rows("zh-Hant", para_zh.ZHT, para_zh.CHECK_ZHT, 26127, "p-zht", 10))
    no_dupes("paraphrases", paras, "answer")
    no_dupes("paraphrases", paras, "id")

    write("replies.jsonl", replies)
    write("replies-ja.jsonl", ja)
    write("questions.jsonl", questions)
    write("paraphrases.jsonl", paras)

    print("replies:")
    for lang in ("en", "zh-Hans", "zh-Hant", "ja"):
        rs = [r for r in replies + ja if r["lang"] == lang]
        t = sum(r["flag"] for r in rs)
        ordinary = sum(r["category"] == "clean-ordinary" for r in rs)
        print(f"  {lang}: {len(rs)} (flag true {t}, false {len(rs) - t}: "
              f"clean-ordinary {ordinary}, hard clean {len(rs) - t - ordinary})")
    print("questions:")
    for lang in ("en", "zh-Hans", "zh-Hant", "ja"):
        c = Counter(q["label"] for q in questions if q["lang"] == lang)
        print(f"  {lang}: {sum(c.values())} (open {c['open']}, closed {c['closed']})")
    print("paraphrases:")
    for lang in ("en", "zh-Hans", "zh-Hant"):
        c = Counter(p["label"] for p in paras if p["lang"] == lang)
        print(f"  {lang}: {sum(c.values())} (good {c['good']}, partial {c['partial']}, poor {c['poor']})")


if __name__ == "__main__":
    main()
