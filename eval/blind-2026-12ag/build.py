#!/usr/bin/env python3
"""Build the blind round 2026-12ag JSONL files from the hand-written sources.
Deterministic: fixed seeds, sorted keys not needed (field order fixed), ensure_ascii=False."""
import json, random, difflib, sys
from collections import Counter
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off", "false-reassurance",
           "your-call", "precedent", "busy", "order", "impatience", "policy-shield", "passing-buck",
           "send-to-manager", "hostile-question", "false-reaction", "nine-forbidden", "taboo"]
errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)

def build_replies(rows, lang, prefix, seed, n, ntrue):
    check(len(rows) == n, f"{lang}: {len(rows)} rows, want {n}")
    c = Counter(r[1] for r in rows)
    check(c[True] == ntrue and c[False] == n - ntrue, f"{lang}: flags {c}")
    cats = Counter(r[2] for r in rows if r[1])
    for cat in FLAGGED:
        check(cats[cat] >= 1, f"{lang}: flagged category {cat} missing")
    for r in rows:
        check(len(r) == 4, f"{lang}: bad row {r}")
        if r[1]:
            check(r[2] in FLAGGED, f"{lang}: unknown flagged category {r[2]}")
        else:
            check(r[2].startswith("clean-"), f"{lang}: clean row without clean- category: {r[2]}")
        if lang == "zh-Hant":
            check(r[3].startswith("粵：") or r[3].startswith("台："), f"zh-Hant why prefix: {r[3]}")
    texts = [r[0] for r in rows]
    dups = [t for t, k in Counter(texts).items() if k > 1]
    check(not dups, f"{lang}: duplicate texts {dups}")
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    out = []
    for i, (text, flag, cat, why) in enumerate(rows, 1):
        out.append({"id": f"r-{prefix}-{i:03d}", "lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    return out

en = build_replies(replies_en.ROWS, "en", "en", 12001, 110, 55)
zhs = build_replies(replies_zhs.ROWS, "zh-Hans", "zhs", 12002, 110, 55)
zht = build_replies(replies_zht.ROWS, "zh-Hant", "zht", 12003, 80, 40)
ja = build_replies(replies_ja.ROWS, "ja", "ja", 12004, 40, 20)

# zh-Hant must not be a close copy of zh-Hans: report the closest pairs (character similarity).
near = []
for a in replies_zht.ROWS:
    for b in replies_zhs.ROWS:
        r = difflib.SequenceMatcher(None, a[0], b[0]).ratio()
        if r > 0.6:
            near.append((round(r, 2), a[0], b[0]))
check(not near, f"zh-Hant rows too close to zh-Hans rows: {near}")

# questions
q = questions_src.ROWS
want = {"en": (50, 25, 25), "zh-Hans": (45, 23, 22), "zh-Hant": (30, 15, 15), "ja": (25, 13, 12)}
for lang, (n, no, nc) in want.items():
    rows = [r for r in q if r[0] == lang]
    c = Counter(r[2] for r in rows)
    check(len(rows) == n and c["open"] == no and c["closed"] == nc, f"questions {lang}: {len(rows)} {c}")
qt = [r[1] for r in q]
check(len(set(qt)) == len(qt), "questions: duplicates")
for r in q:
    check(r[2] in ("open", "closed"), f"question label {r}")
qrows = list(q)
random.Random(12005).shuffle(qrows)
questions = [{"text": t, "lang": l, "label": lab, "note": note} for (l, t, lab, note) in qrows]

# paraphrases
def para(items, lang_of, check_words, feel_words, prefix, seed):
    rows = []
    for it in items:
        lang, customer, facts, extra, answers = lang_of(it)
        labels = sorted(a[1] for a in answers)
        check(labels == ["good", "partial", "poor"], f"{prefix}: labels {labels} for {customer[:30]}")
        crit = [{"id": fid, "any": list(w)} for fid, w in facts]
        ids = [c["id"] for c in crit]
        check(len(set(ids)) == len(ids) and "feeling" not in ids and "check" not in ids, f"{prefix}: fact ids {ids}")
        crit.append({"id": "feeling", "any": list(feel_words(lang)) + list(extra)})
        crit.append({"id": "check", "any": list(check_words(lang))})
        for ans, label, why in answers:
            if lang == "zh-Hant":
                check(why.startswith("粵：") or why.startswith("台："), f"zh-Hant para why prefix: {why}")
            rows.append({"lang": lang, "customer": customer, "criteria": crit, "answer": ans, "label": label, "why": why})
    random.Random(seed).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r_id = {"id": f"p-{prefix}-{i:03d}"}
        r_id.update(r)
        rows[i - 1] = r_id
    return rows

p_en = para(para_en.ITEMS, lambda it: ("en",) + it, lambda l: para_en.CHECK, lambda l: para_en.FEEL, "en", 12006)
zh_s = [it for it in para_zh.ITEMS if it[0] == "zh-Hans"]
zh_t = [it for it in para_zh.ITEMS if it[0] == "zh-Hant"]
p_zhs = para(zh_s, lambda it: it, lambda l: para_zh.CHECK_ZHS, lambda l: para_zh.FEEL_ZHS, "zhs", 12007)
p_zht = para(zh_t, lambda it: it, lambda l: para_zh.CHECK_ZHT, lambda l: para_zh.FEEL_ZHT, "zht", 12008)
check(len(para_en.ITEMS) == 20 and len(zh_s) == 10 and len(zh_t) == 10, "paraphrase customer counts")
yue = sum(1 for it in zh_t if it[4][0][2].startswith("粵"))
check(yue == 5, f"zh-Hant paraphrase: {yue} 粵 customers, want 5")
for rows, n in ((p_en, 60), (p_zhs, 30), (p_zht, 30)):
    check(len(rows) == n, f"paraphrase rows {len(rows)} want {n}")
    c = Counter(r["label"] for r in rows)
    check(c["good"] == c["partial"] == c["poor"] == n // 3, f"paraphrase labels {c}")
allans = [r["answer"] for r in p_en + p_zhs + p_zht]
check(len(set(allans)) == len(allans), "paraphrase duplicate answers")

# note where a good answer words a fact beyond the listed examples (intended: lists are examples only)
for r in p_en + p_zhs + p_zht:
    if r["label"] == "good":
        low = r["answer"].lower()
        for c in r["criteria"]:
            if not any(w.lower() in low for w in c["any"]):
                print(f"note: {r['id']} good answer words '{c['id']}' beyond the examples")

if errors:
    print("ERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)

def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

dump("replies.jsonl", en + zhs + zht)
dump("replies-ja.jsonl", ja)
dump("questions.jsonl", questions)
dump("paraphrases.jsonl", p_en + p_zhs + p_zht)
print("ok: replies", len(en), len(zhs), len(zht), "ja", len(ja), "questions", len(questions),
      "paraphrases", len(p_en), len(p_zhs), len(p_zht))
