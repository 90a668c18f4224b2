#!/usr/bin/env python3
"""Build the blind round 2026-12aa JSONL files from the hand-written sources. Deterministic."""
import json, os, random, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off",
           "false-reassurance", "your-call", "precedent", "busy", "order", "impatience",
           "policy-shield", "passing-buck", "send-to-manager", "hostile-question",
           "false-reaction", "nine-forbidden", "taboo"]
CLEAN = ["clean-ordinary", "clean-refusal-alternative", "clean-recommendation", "clean-requirement-info",
         "clean-question-obligation", "clean-empathy", "clean-apology-action", "clean-not-sure-callback",
         "clean-transfer", "clean-hold", "clean-wont-wait", "clean-factual-no", "clean-quoted",
         "clean-manager-brought", "clean-thats-fine"]
errors = []
def check(cond, msg):
    if not cond: errors.append(msg)

def replies(rows, lang, prefix, n, seed):
    check(len(rows) == n, f"{lang}: {len(rows)} rows, want {n}")
    texts = [r[1] for r in rows]
    check(len(set(texts)) == len(texts), f"{lang}: duplicate texts")
    cats = Counter(r[0] for r in rows)
    for c in cats:
        check(c in FLAGGED or c in CLEAN, f"{lang}: unknown category {c}")
    for c in FLAGGED:
        check(cats[c] >= 1, f"{lang}: flagged category {c} missing")
    nt = sum(1 for r in rows if not r[0].startswith("clean-"))
    check(nt == n // 2, f"{lang}: {nt} flagged, want {n//2}")
    ordn = cats["clean-ordinary"]
    check(abs(ordn - (n // 2) / 3) <= 2, f"{lang}: clean-ordinary {ordn} not about a third")
    if lang == "zh-Hant":
        for r in rows:
            check(r[2].startswith("粵:") or r[2].startswith("台:"), f"zh-Hant why without prefix: {r[1]}")
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    out = []
    for i, (cat, text, why) in enumerate(rows, 1):
        out.append({"id": f"{prefix}-{i:03d}", "lang": lang, "text": text,
                    "flag": not cat.startswith("clean-"), "category": cat, "why": why})
    return out

rep = []
rep += replies(replies_en.ROWS, "en", "r-en", 110, 1201)
rep += replies(replies_zhs.ROWS, "zh-Hans", "r-zhs", 110, 1202)
rep += replies(replies_zht.ROWS, "zh-Hant", "r-zht", 80, 1203)
ja = replies(replies_ja.ROWS, "ja", "r-ja", 40, 1204)

qs = []
for lang, rows, n, seed in [("en", questions_src.EN, 50, 2201), ("zh-Hans", questions_src.ZHS, 45, 2202),
                            ("zh-Hant", questions_src.ZHT, 30, 2203), ("ja", questions_src.JA, 25, 2204)]:
    check(len(rows) == n, f"questions {lang}: {len(rows)}, want {n}")
    texts = [r[1] for r in rows]
    check(len(set(texts)) == len(texts), f"questions {lang}: duplicates")
    c = Counter(r[0] for r in rows)
    check(set(c) <= {"open", "closed"}, f"questions {lang}: bad label")
    check(abs(c["open"] - c["closed"]) <= 1, f"questions {lang}: open {c['open']} closed {c['closed']}")
    if lang == "zh-Hant":
        for r in rows:
            check(r[2].startswith("粵:") or r[2].startswith("台:"), f"zh-Hant question note without prefix: {r[1]}")
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    qs += [{"text": t, "lang": lang, "label": l, "note": note} for l, t, note in rows]

def para(items, lang, prefix, feel, chk, n, seed):
    check(len(items) == n, f"paraphrases {lang}: {len(items)} customers, want {n}")
    check(len(set(it["customer"] for it in items)) == len(items), f"paraphrases {lang}: duplicate customers")
    rows = []
    for it in items:
        crit = [{"id": fid, "any": list(w)} for fid, w in it["facts"]]
        crit += [{"id": "feeling", "any": list(feel)}, {"id": "check", "any": list(chk)}]
        cust = it["customer"]
        answers = [("good", it["good"], it.get("good_why", "All facts in the trainee's own words, feeling, check.")),
                   ("partial", it["partial"], it["partial_why"]),
                   ("poor", it["poor"], it["poor_why"])]
        check(len(set(a[1] for a in answers)) == 3, f"{lang}: duplicate answers for {cust[:20]}")
        for label, ans, why in answers:
            if lang == "zh-Hant":
                why = f"{it['dialect']}: {why}"
            rows.append({"lang": lang, "customer": cust, "criteria": crit, "answer": ans, "label": label, "why": why})
        # note where a good answer words a fact beyond the example list (intended: free wording)
        for fid, w in it["facts"]:
            if not any(x.lower() in it["good"].lower() for x in w):
                print(f"note: {lang} good answer words '{fid}' beyond examples: {cust[:30]}…")
    if lang == "zh-Hant":
        d = Counter(it["dialect"] for it in items)
        check(d["粵"] == 5 and d["台"] == 5, f"zh-Hant dialect split {d}")
    random.Random(seed).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{prefix}-{i:03d}", **r})
    return out

pp = []
pp += para(para_en.ITEMS, "en", "p-en", para_en.FEEL, para_en.CHECK, 20, 3201)
pp += para(para_zh.ZHS, "zh-Hans", "p-zhs", para_zh.FEEL_ZHS, para_zh.CHECK_ZHS, 10, 3202)
pp += para(para_zh.ZHT, "zh-Hant", "p-zht", para_zh.FEEL_ZHT, para_zh.CHECK_ZHT, 10, 3203)
for lang in ("en", "zh-Hans", "zh-Hant"):
    c = Counter(r["label"] for r in pp if r["lang"] == lang)
    check(c["good"] == c["partial"] == c["poor"], f"paraphrases {lang}: {c}")

if errors:
    print("\n".join("ERROR: " + e for e in errors)); sys.exit(1)

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
write("replies.jsonl", rep)
write("replies-ja.jsonl", ja)
write("questions.jsonl", qs)
write("paraphrases.jsonl", pp)
print(f"replies {len(rep)} + ja {len(ja)}, questions {len(qs)}, paraphrases {len(pp)}: ok")
