#!/usr/bin/env python3
"""Build the blind-2026-12q JSONL files from the hand-written sources in this folder.
Numbers ids, checks duplicates and counts, shuffles with a fixed seed, writes UTF-8 JSONL."""
import json, os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

SEED = 202612170
FLAG_CATS = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off",
             "false-reassurance", "your-call", "precedent", "busy", "order", "impatience",
             "policy-shield", "passing-buck", "send-to-manager", "hostile-question",
             "false-reaction", "nine-forbidden", "taboo"]
errors = []

def check(cond, msg):
    if not cond:
        errors.append(msg)

def reply_rows(src, lang, short, n_total, n_flag, need_all_cats):
    rows = []
    for cat, text, why in src:
        flag = not cat.startswith("clean")
        check(flag == (cat in FLAG_CATS) or not flag, f"{lang}: unknown category {cat}")
        rows.append({"lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    check(len(rows) == n_total, f"{lang}: {len(rows)} rows, want {n_total}")
    nf = sum(r["flag"] for r in rows)
    check(nf == n_flag, f"{lang}: {nf} flagged, want {n_flag}")
    nclean = len(rows) - nf
    nord = sum(r["category"] == "clean-ordinary" for r in rows)
    check(abs(nord - nclean / 3) <= 3, f"{lang}: {nord} ordinary of {nclean} clean")
    if need_all_cats:
        missing = set(FLAG_CATS) - {r["category"] for r in rows}
        check(not missing, f"{lang}: flagged categories missing {sorted(missing)}")
    if lang == "zh-Hant":
        for r in rows:
            check(r["why"][:2] in ("粵:", "台:"), f"zh-Hant why lacks 粵:/台: {r['text']}")
    rnd = random.Random(f"{SEED}-{lang}")
    rnd.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"r-{short}-{i:03d}", **r})
    return out

def dupes(rows, key, what):
    c = Counter(r[key] for r in rows)
    d = [k for k, v in c.items() if v > 1]
    check(not d, f"{what}: duplicate {key}s {d[:5]}")

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

replies = (reply_rows(replies_en.R, "en", "en", 110, 55, True)
           + reply_rows(replies_zhs.R, "zh-Hans", "zhs", 110, 55, True)
           + reply_rows(replies_zht.R, "zh-Hant", "zht", 80, 40, True))
dupes(replies, "text", "replies")
dupes(replies, "id", "replies")
ja = reply_rows(replies_ja.R, "ja", "ja", 40, 20, True)
dupes(ja, "text", "replies-ja")

questions = [{"text": t, "lang": l, "label": lab, "note": n} for l, lab, t, n in questions_src.Q]
check(len(questions) == 150, f"questions: {len(questions)}")
qc = Counter(q["lang"] for q in questions)
check(qc == Counter({"en": 60, "zh-Hans": 40, "zh-Hant": 30, "ja": 20}), f"questions per lang {qc}")
for q in questions:
    check(q["label"] in ("open", "closed"), f"bad label {q}")
dupes(questions, "text", "questions")
random.Random(f"{SEED}-q").shuffle(questions)

def para_rows(items, lang, short, n_customers):
    check(len(items) == n_customers, f"paraphrases {lang}: {len(items)} customers, want {n_customers}")
    rows = []
    for item in items:
        crit = [{"id": cid, "any": list(ws)} for cid, ws in item["criteria"]]
        ids = [c["id"] for c in crit]
        check(ids[-2:] == ["feeling", "check"], f"{lang}: criteria must end feeling, check: {ids}")
        check(len(set(ids)) == len(ids), f"{lang}: duplicate criterion ids {ids}")
        labs = sorted(a[0] for a in item["answers"])
        check(labs == ["good", "partial", "poor"], f"{lang}: labels {labs}")
        for lab, ans, why in item["answers"]:
            rows.append({"lang": lang, "customer": item["customer"], "criteria": crit,
                         "answer": ans, "label": lab, "why": why})
    rnd = random.Random(f"{SEED}-p-{lang}")
    rnd.shuffle(rows)
    return [{"id": f"p-{short}-{i:03d}", **r} for i, r in enumerate(rows, 1)]

zhs = [d for l, d in para_zh.P if l == "zh-Hans"]
zht = [d for l, d in para_zh.P if l == "zh-Hant"]
paras = para_rows(para_en.P, "en", "en", 20) + para_rows(zhs, "zh-Hans", "zhs", 10) + para_rows(zht, "zh-Hant", "zht", 10)
check(len(paras) == 120, f"paraphrases: {len(paras)}")
dupes(paras, "answer", "paraphrases")

if errors:
    print("\n".join(errors))
    sys.exit(1)

write("replies.jsonl", replies)
write("replies-ja.jsonl", ja)
write("questions.jsonl", questions)
write("paraphrases.jsonl", paras)

def table():
    print("replies.jsonl", Counter((r["lang"], r["flag"]) for r in replies))
    print("  clean-ordinary", Counter(r["lang"] for r in replies if r["category"] == "clean-ordinary"))
    print("replies-ja.jsonl", Counter(r["flag"] for r in ja), "ordinary", sum(r["category"] == "clean-ordinary" for r in ja))
    print("questions.jsonl", Counter((q["lang"], q["label"]) for q in questions))
    print("paraphrases.jsonl", Counter((p["lang"], p["label"]) for p in paras))
table()
