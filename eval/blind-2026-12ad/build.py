#!/usr/bin/env python3
"""Build the blind round 2026-12ad JSONL files from the hand-written sources.

Rows are shuffled with fixed seeds (ids do not reveal labels), numbered, checked, and written
with ensure_ascii=False. Output is deterministic: run twice and compare checksums.
"""
import json, random, os, sys, difflib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
def load(name):
    ns = {}
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        exec(f.read(), ns)
    return ns

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off", "false-reassurance",
           "your-call", "precedent", "busy", "order", "impatience", "policy-shield", "passing-buck",
           "send-to-manager", "hostile-question", "false-reaction", "nine-forbidden", "taboo"]
CLEAN = ["clean-ordinary", "clean-refusal-alternative", "clean-recommendation", "clean-requirement-info",
         "clean-question-obligation", "clean-empathy", "clean-apology-action", "clean-not-sure-callback",
         "clean-transfer", "clean-hold", "clean-wont-wait", "clean-factual-no", "clean-quoted",
         "clean-manager-brought", "clean-thats-fine"]
errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)

# ---------------- replies ----------------
REPLY_SRC = [("en", "replies_en.py", "r-en", 110, 55), ("zh-Hans", "replies_zhs.py", "r-zhs", 110, 55),
             ("zh-Hant", "replies_zht.py", "r-zht", 80, 40), ("ja", "replies_ja.py", "r-ja", 40, 20)]
replies, replies_ja, seen = [], [], set()
by_lang = {}
for i, (lang, fn, prefix, n, ntrue) in enumerate(REPLY_SRC):
    rows = load(fn)["ROWS"]
    by_lang[lang] = rows
    check(len(rows) == n, f"{lang}: {len(rows)} replies, want {n}")
    flags = [not c.startswith("clean-") for c, _, _ in rows]
    check(sum(flags) == ntrue, f"{lang}: {sum(flags)} flagged, want {ntrue}")
    cats = Counter(c for c, _, _ in rows)
    for c in cats:
        check(c in FLAGGED or c in CLEAN, f"{lang}: unknown category {c}")
    for c in FLAGGED:
        check(cats[c] >= 1, f"{lang}: flagged category {c} missing")
    nclean = n - ntrue
    ordn = cats["clean-ordinary"]
    check(abs(ordn - nclean / 3) <= 2, f"{lang}: clean-ordinary {ordn} not about a third of {nclean}")
    for c, t, w in rows:
        check(t.strip() == t and t, f"{lang}: empty/whitespace text {t!r}")
        check(t not in seen, f"duplicate reply {t!r}")
        seen.add(t)
        check(bool(w), f"{lang}: empty why for {t!r}")
        if lang == "zh-Hant":
            check(w.startswith("粵:") or w.startswith("台:"), f"zh-Hant why without 粵:/台: {w!r}")
    rows = list(rows)
    random.Random(1200 + i).shuffle(rows)
    out = replies_ja if lang == "ja" else replies
    for k, (c, t, w) in enumerate(rows, 1):
        out.append({"id": f"{prefix}-{k:03d}", "lang": lang, "text": t, "flag": not c.startswith("clean-"),
                    "category": c, "why": w})
zht_vs = Counter(w[:2] for _, _, w in by_lang["zh-Hant"])
check(zht_vs["粵:"] >= 30 and zht_vs["台:"] >= 30, f"zh-Hant mix {zht_vs}")
# no zh-Hant row close to a zh-Hans row (guards against character conversion)
for _, t2, _ in by_lang["zh-Hant"]:
    for _, t1, _ in by_lang["zh-Hans"]:
        r = difflib.SequenceMatcher(None, t1, t2).ratio()
        check(r < 0.6, f"zh-Hant row too close to zh-Hans ({r:.2f}): {t2} / {t1}")

# ---------------- questions ----------------
Q = load("questions_src.py")["ROWS"]
want = {"en": (50, 25), "zh-Hans": (45, 23), "zh-Hant": (30, 15), "ja": (25, 13)}
questions = []
qseen = set()
for j, lang in enumerate(["en", "zh-Hans", "zh-Hant", "ja"]):
    rows = [r for r in Q if r[0] == lang]
    check(len(rows) == want[lang][0], f"questions {lang}: {len(rows)}")
    check(sum(r[1] == "open" for r in rows) == want[lang][1], f"questions {lang}: open count")
    for l, lab, t, note in rows:
        check(lab in ("open", "closed"), f"bad label {lab}")
        check(t not in qseen, f"duplicate question {t}")
        qseen.add(t)
        if lang == "zh-Hant":
            check(note.startswith("粵:") or note.startswith("台:"), f"zh-Hant question note {note}")
    rows = list(rows)
    random.Random(3400 + j).shuffle(rows)
    for l, lab, t, note in rows:
        questions.append({"text": t, "lang": l, "label": lab, "note": note})

# ---------------- paraphrases ----------------
PE = load("para_en.py"); PZ = load("para_zh.py")
items = [dict(it, lang="en") for it in PE["ITEMS"]] + PZ["ITEMS"]
checks = {"en": PE["CHECK"], "zh-Hans": PZ["CHECK_ZHS"], "zh-Hant": PZ["CHECK_ZHT"]}
want_p = {"en": 20, "zh-Hans": 10, "zh-Hant": 10}
paraphrases = []
notes = []
for j, lang in enumerate(["en", "zh-Hans", "zh-Hant"]):
    its = [it for it in items if it["lang"] == lang]
    check(len(its) == want_p[lang], f"paraphrases {lang}: {len(its)} customers")
    if lang == "zh-Hant":
        v = Counter(it.get("variety") for it in its)
        check(v["粵"] == 5 and v["台"] == 5, f"zh-Hant varieties {v}")
    rows = []
    for it in its:
        labs = sorted(a[0] for a in it["answers"])
        check(labs == ["good", "partial", "poor"], f"{lang}: labels {labs} for {it['customer'][:30]}")
        crit = [{"id": fid, "any": list(ws)} for fid, ws in it["facts"]]
        crit.append({"id": "feeling", "any": list(it["feeling"])})
        crit.append({"id": "check", "any": list(checks[lang])})
        ids = [c["id"] for c in crit]
        check(len(ids) == len(set(ids)), f"dup criteria ids {ids}")
        for lab, ans, why in it["answers"]:
            check(bool(ans) and bool(why), f"{lang}: empty answer/why")
            if lang == "zh-Hant":
                check(why.startswith(it["variety"] + ":"), f"zh-Hant paraphrase why prefix {why}")
            if lab == "good":
                low = ans.lower()
                missing = [fid for fid, ws in it["facts"] if not any(w.lower() in low for w in ws)]
                if missing:
                    notes.append(f"note ({lang}): good answer words {missing} beyond the listed examples: {ans[:40]}...")
                endq = ans.rstrip().endswith(("?", "？"))
                check(endq, f"{lang}: good answer without check question: {ans[:40]}")
            rows.append({"lang": lang, "customer": it["customer"], "criteria": crit, "answer": ans, "label": lab, "why": why})
    random.Random(5600 + j).shuffle(rows)
    pfx = {"en": "p-en", "zh-Hans": "p-zhs", "zh-Hant": "p-zht"}[lang]
    for k, r in enumerate(rows, 1):
        paraphrases.append({"id": f"{pfx}-{k:03d}", **r})
answers_seen = Counter(p["answer"] for p in paraphrases)
check(all(v == 1 for v in answers_seen.values()), "duplicate paraphrase answers")

if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
for n in notes:
    print(n)

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
write("replies.jsonl", replies)
write("replies-ja.jsonl", replies_ja)
write("questions.jsonl", questions)
write("paraphrases.jsonl", paraphrases)
print(f"replies {len(replies)}, replies-ja {len(replies_ja)}, questions {len(questions)}, paraphrases {len(paraphrases)}")
