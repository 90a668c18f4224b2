#!/usr/bin/env python3
"""Build the blind round 2026-12z JSONL files from the hand-written sources. Deterministic."""
import json, random, re, sys
from collections import Counter
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off", "false-reassurance",
           "your-call", "precedent", "busy", "order", "impatience", "policy-shield", "passing-buck", "send-to-manager",
           "hostile-question", "false-reaction", "nine-forbidden", "taboo"]
CLEAN = ["clean-ordinary", "clean-refusal-alternative", "clean-recommendation", "clean-requirement-info",
         "clean-question-obligation", "clean-empathy", "clean-apology-action", "clean-not-sure-callback",
         "clean-transfer", "clean-hold", "clean-wont-wait", "clean-factual-no", "clean-quoted",
         "clean-manager-brought", "clean-thats-fine"]
errors = []
def check(cond, msg):
    if not cond: errors.append(msg)

def replies(rows, lang, prefix, seed, n, n_true):
    check(len(rows) == n, f"{lang}: {len(rows)} rows, want {n}")
    out = []
    for cat, text, why in rows:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: unknown category {cat}")
        flag = not cat.startswith("clean-")
        if lang == "zh-Hant":
            check(why.startswith("粵：") or why.startswith("台：") or why.startswith("粵:") or why.startswith("台:"),
                  f"zh-Hant why without 粵/台: {text}")
        out.append({"lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    c = Counter(r["flag"] for r in out)
    check(c[True] == n_true and c[False] == n - n_true, f"{lang}: flags {dict(c)}")
    cats = {r["category"] for r in out}
    for f in FLAGGED:
        check(f in cats, f"{lang}: flagged category {f} missing")
    texts = [r["text"] for r in out]
    check(len(set(texts)) == len(texts), f"{lang}: duplicate texts")
    random.Random(seed).shuffle(out)
    res = []
    for i, r in enumerate(out, 1):
        res.append({"id": f"{prefix}-{i:03d}", **r})
    return res

def para(items, lang, prefix, seed, feeling, check_words, n_items):
    check(len(items) == n_items, f"{lang}: {len(items)} paraphrase customers, want {n_items}")
    out = []
    for it in items:
        if lang == "zh-Hant":
            variety, customer, facts, answers = it
        else:
            customer, facts, answers = it
        crit = [{"id": fid, "any": list(ex)} for fid, ex in facts]
        crit += [{"id": "feeling", "any": list(feeling)}, {"id": "check", "any": list(check_words)}]
        ids = [c["id"] for c in crit]
        check(len(set(ids)) == len(ids), f"{lang}: duplicate criterion ids in {customer[:30]}")
        labels = sorted(a[0] for a in answers)
        check(labels == ["good", "partial", "poor"], f"{lang}: labels {labels} for {customer[:30]}")
        for label, answer, why in answers:
            if lang == "zh-Hant":
                check(why.startswith(variety + "："), f"zh-Hant para why prefix: {why}")
            out.append({"lang": lang, "customer": customer, "criteria": crit, "answer": answer, "label": label, "why": why})
            if label == "good":
                for fid, ex in facts:
                    if not any(e.lower() in answer.lower() for e in ex):
                        print(f"note: {lang} good answer words fact '{fid}' beyond the examples: {answer[:40]}…")
    if lang == "zh-Hant":
        v = Counter(it[0] for it in items)
        check(v["粵"] == 5 and v["台"] == 5, f"zh-Hant varieties {dict(v)}")
    answers = [r["answer"] for r in out]
    check(len(set(answers)) == len(answers), f"{lang}: duplicate answers")
    random.Random(seed).shuffle(out)
    return [{"id": f"{prefix}-{i:03d}", **r} for i, r in enumerate(out, 1)]

rep = []
rep += replies(replies_en.ROWS, "en", "r-en", 1201, 110, 55)
rep += replies(replies_zhs.ROWS, "zh-Hans", "r-zhs", 1202, 110, 55)
rep += replies(replies_zht.ROWS, "zh-Hant", "r-zht", 1203, 80, 40)
ja = replies(replies_ja.ROWS, "ja", "r-ja", 1204, 40, 20)

qs = []
want = {"en": 50, "zh-Hans": 45, "zh-Hant": 30, "ja": 25}
for i, (lang, n) in enumerate(want.items()):
    rows = questions_src.Q[lang]
    check(len(rows) == n, f"questions {lang}: {len(rows)}")
    texts = [t for _, t, _ in rows]
    check(len(set(texts)) == len(texts), f"questions {lang}: duplicates")
    c = Counter(l for l, _, _ in rows)
    check(set(c) == {"open", "closed"} and abs(c["open"] - c["closed"]) <= 1, f"questions {lang}: {dict(c)}")
    if lang == "zh-Hant":
        for _, t, note in rows:
            check(note.startswith("粵") or note.startswith("台"), f"zh-Hant question note prefix: {t}")
    out = [{"text": t, "lang": lang, "label": l, "note": note} for l, t, note in rows]
    random.Random(1300 + i).shuffle(out)
    qs += out

pp = []
pp += para(para_en.ITEMS, "en", "p-en", 1401, para_en.FEELING, para_en.CHECK, 20)
pp += para(para_zh.ZHS, "zh-Hans", "p-zhs", 1402, para_zh.FEELING_ZHS, para_zh.CHECK_ZHS, 10)
pp += para(para_zh.ZHT, "zh-Hant", "p-zht", 1403, para_zh.FEELING_ZHT, para_zh.CHECK_ZHT, 10)

if errors:
    print("\n".join("ERROR: " + e for e in errors)); sys.exit(1)

def write(name, rows):
    with open(name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
write("replies.jsonl", rep)
write("replies-ja.jsonl", ja)
write("questions.jsonl", qs)
write("paraphrases.jsonl", pp)

print("replies:", Counter((r["lang"], r["flag"]) for r in rep + ja))
print("questions:", Counter((r["lang"], r["label"]) for r in qs))
print("paraphrases:", Counter((r["lang"], r["label"]) for r in pp))
