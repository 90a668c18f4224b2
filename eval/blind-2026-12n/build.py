"""Build the JSONL files of blind round 2026-12n from the hand-written sources in this folder.

Numbers ids, checks duplicates and counts, writes JSONL with ensure_ascii=False.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import para_en
import para_zh
import questions_src
import replies_en
import replies_ja
import replies_zhs
import replies_zht

FLAGGED = [
    "refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off",
    "false-reassurance", "your-call", "precedent", "busy", "order", "impatience",
    "policy-shield", "passing-buck", "send-to-manager", "hostile-question", "false-reaction",
    "nine-forbidden", "taboo",
]
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def reply_rows(lang, rows, want_total, want_flag):
    out = []
    for i, (cat, why, text) in enumerate(rows, 1):
        flag = not cat.startswith("clean-")
        if flag:
            check(cat in FLAGGED, f"{lang}: unknown category {cat}")
        out.append({"id": f"r-{lang}-{i:03d}", "lang": lang, "text": text, "flag": flag,
                    "category": cat, "why": why})
    n_flag = sum(r["flag"] for r in out)
    check(len(out) == want_total, f"{lang}: {len(out)} rows, want {want_total}")
    check(n_flag == want_flag, f"{lang}: {n_flag} flagged, want {want_flag}")
    cats = {r["category"] for r in out if r["flag"]}
    missing = [c for c in FLAGGED if c not in cats]
    check(not missing, f"{lang}: categories missing {missing}")
    n_ord = sum(r["category"] == "clean-ordinary" for r in out)
    n_clean = len(out) - n_flag
    check(abs(n_ord - n_clean / 3) <= 2, f"{lang}: clean-ordinary {n_ord} of {n_clean}")
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def dup_check(rows, key, label):
    c = Counter(r[key].strip() for r in rows)
    d = [t for t, n in c.items() if n > 1]
    check(not d, f"{label}: duplicate {key}: {d[:3]}")


replies = (reply_rows("en", replies_en.ROWS, 110, 55)
           + reply_rows("zh-Hans", replies_zhs.ROWS, 110, 55)
           + reply_rows("zh-Hant", replies_zht.ROWS, 80, 40))
ja = reply_rows("ja", replies_ja.ROWS, 40, 20)
dup_check(replies + ja, "text", "replies")

questions = []
for lang, src, want in (("en", questions_src.EN, 50), ("zh-Hans", questions_src.ZHS, 45),
                        ("zh-Hant", questions_src.ZHT, 30), ("ja", questions_src.JA, 25)):
    check(len(src) == want, f"questions {lang}: {len(src)} want {want}")
    n_open = sum(1 for l, _, _ in src if l == "open")
    check(abs(n_open - want / 2) <= 1, f"questions {lang}: {n_open} open of {want}")
    for label, text, note in src:
        check(label in ("open", "closed"), f"bad label {label}")
        questions.append({"text": text, "lang": lang, "label": label, "note": note})
dup_check(questions, "text", "questions")

paras = []
for lang, items, want_items in (("en", para_en.ITEMS, 12), ("zh-Hans", para_zh.ZHS, 6),
                                ("zh-Hant", para_zh.ZHT, 6)):
    check(len(items) == want_items, f"paraphrases {lang}: {len(items)} items")
    n = 0
    for it in items:
        criteria = [{"id": fid, "any": words} for fid, words in it["facts"]]
        criteria.append({"id": "feeling", "any": it["feeling"]})
        criteria.append({"id": "check", "any": it["check"]})
        check(len(it["answers"]) == 5, f"paraphrases {lang}: item with {len(it['answers'])} answers")
        for fid, words in it["facts"]:
            check(1 <= len(words) <= 3, f"{lang} fact {fid}: {len(words)} wordings")
        for label, answer, why in it["answers"]:
            check(label in ("good", "partial", "poor"), f"bad grade {label}")
            n += 1
            paras.append({"id": f"p-{lang}-{n:03d}", "lang": lang, "customer": it["customer"],
                          "criteria": criteria, "answer": answer, "label": label, "why": why})
dup_check(paras, "answer", "paraphrases")
dup_check([{"c": it["customer"]} for it in para_en.ITEMS + para_zh.ZHS + para_zh.ZHT], "c", "customers")

if errors:
    print("\n".join(errors))
    sys.exit(1)

write("replies.jsonl", replies)
write("replies-ja.jsonl", ja)
write("questions.jsonl", questions)
write("paraphrases.jsonl", paras)


def table(rows, keyf):
    return dict(sorted(Counter(keyf(r) for r in rows).items()))


print("replies", len(replies), table(replies, lambda r: (r["lang"], r["flag"])))
print("replies clean-ordinary", table([r for r in replies + ja if r["category"] == "clean-ordinary"], lambda r: r["lang"]))
print("replies-ja", len(ja), table(ja, lambda r: r["flag"]))
print("questions", len(questions), table(questions, lambda r: (r["lang"], r["label"])))
print("paraphrases", len(paras), table(paras, lambda r: (r["lang"], r["label"])))
print("paraphrase grades", table(paras, lambda r: r["label"]))
