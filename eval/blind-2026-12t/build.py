#!/usr/bin/env python3
"""Build blind round 2026-12t from the hand-written row files. Deterministic (fixed seeds)."""
import json, random, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off", "false-reassurance",
           "your-call", "precedent", "busy", "order", "impatience", "policy-shield", "passing-buck", "send-to-manager",
           "hostile-question", "false-reaction", "nine-forbidden", "taboo"]
CLEAN = ["clean-ordinary", "clean-refusal-alternative", "clean-recommendation", "clean-requirement-info",
         "clean-question-obligation", "clean-empathy", "clean-apology-action", "clean-not-sure-callback", "clean-transfer",
         "clean-hold", "clean-wont-wait", "clean-factual-no", "clean-quoted", "clean-manager-brought", "clean-thats-fine"]
errors = []
def check(cond, msg):
    if not cond: errors.append(msg)

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

# replies
REPLY_SETS = [("en", "en", replies_en.ROWS, 110, 101, 2, 4), ("zh-Hans", "zhs", replies_zhs.ROWS, 110, 102, 2, 4),
              ("zh-Hant", "zht", replies_zht.ROWS, 80, 103, 2, 4), ("ja", "ja", replies_ja.ROWS, 40, 104, 1, 4)]
out_main, out_ja, seen = [], [], set()
for lang, short, rows, n, seed, lo, hi in REPLY_SETS:
    check(len(rows) == n, f"{lang}: {len(rows)} replies, want {n}")
    cats = Counter(c for c, _, _ in rows)
    for c in cats: check(c in FLAGGED or c in CLEAN, f"{lang}: unknown category {c}")
    for c in FLAGGED: check(lo <= cats[c] <= hi, f"{lang}: {c} x{cats[c]}")
    true = sum(cats[c] for c in FLAGGED)
    check(true * 2 == n, f"{lang}: flag true {true} of {n}")
    ordinary = cats["clean-ordinary"]
    check(abs(ordinary - (n - true) / 3) <= 1.5, f"{lang}: clean-ordinary {ordinary}")
    for c, t, w in rows:
        check(t not in seen, f"duplicate text {t}"); seen.add(t)
        check(bool(w.strip()), f"empty why {t}")
        if lang == "zh-Hant": check(w.startswith("粵:") or w.startswith("台:"), f"zh-Hant why prefix: {w}")
    rows = list(rows); random.Random(seed).shuffle(rows)
    dest = out_ja if lang == "ja" else out_main
    for i, (c, t, w) in enumerate(rows, 1):
        dest.append({"id": f"r-{short}-{i:03d}", "lang": lang, "text": t, "flag": c in FLAGGED, "category": c, "why": w})
write("replies.jsonl", out_main); write("replies-ja.jsonl", out_ja)

# questions
q = list(questions_src.ROWS)
want = {"en": 50, "zh-Hans": 45, "zh-Hant": 30, "ja": 25}
lc = Counter(l for l, _, _, _ in q)
for l, n in want.items(): check(lc[l] == n, f"questions {l}: {lc[l]}")
for l in want:
    o = sum(1 for x in q if x[0] == l and x[1] == "open"); c = lc[l] - o
    check(abs(o - c) <= 1, f"questions {l}: open {o} closed {c}")
texts = [x[2] for x in q]; check(len(set(texts)) == len(texts), "duplicate question")
for x in q: check(x[1] in ("open", "closed"), f"bad label {x}")
for x in q:
    if x[0] == "zh-Hant": check(x[3].startswith("粵:") or x[3].startswith("台:"), f"zh-Hant note prefix {x}")
random.Random(201).shuffle(q)
write("questions.jsonl", [{"text": t, "lang": l, "label": lab, "note": n} for l, lab, t, n in q])

# paraphrases
notes = []
def para_rows(items, lang, short, checks, seed, n_items):
    check(len(items) == n_items, f"paraphrase {lang}: {len(items)} customers")
    rows = []
    for it in items:
        crit = [{"id": fid, "any": list(ws)} for fid, ws in it["facts"]]
        ids = [c["id"] for c in crit]
        check(len(set(ids)) == len(ids) and "feeling" not in ids and "check" not in ids, f"criteria ids {ids}")
        crit += [{"id": "feeling", "any": list(it["feeling"])}, {"id": "check", "any": list(checks)}]
        labels = sorted(a[0] for a in it["answers"])
        check(labels == ["good", "partial", "poor"], f"labels {labels} for {it['customer'][:30]}")
        for lab, ans, why in it["answers"]:
            check(ans != it["customer"], "answer copies customer")
            if lang == "zh-Hant": check(why.startswith("粵:") or why.startswith("台:"), f"zh-Hant why {why}")
            if lab == "good":
                low = ans.lower()
                for c in crit:
                    if not any(w.lower() in low for w in c["any"]):
                        notes.append(f"note: good {lang} answer words '{c['id']}' beyond the listed examples: {ans[:40]}…")
            rows.append({"lang": lang, "customer": it["customer"], "criteria": crit, "answer": ans, "label": lab, "why": why})
    random.Random(seed).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r_ = {"id": f"p-{short}-{i:03d}"}; r_.update(r); rows[i - 1] = r_
    return rows
P = (para_rows(para_en.ITEMS, "en", "en", para_en.CHECK, 301, 20)
     + para_rows(para_zh.ITEMS_ZHS, "zh-Hans", "zhs", para_zh.CHECK_ZHS, 302, 10)
     + para_rows(para_zh.ITEMS_ZHT, "zh-Hant", "zht", para_zh.CHECK_ZHT, 303, 10))
check(len(P) == 120, f"paraphrases {len(P)}")
check(len(set(r["answer"] for r in P)) == 120, "duplicate paraphrase answer")
write("paraphrases.jsonl", P)

for n in notes: print(n)
if errors:
    print("ERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print(f"ok: replies {len(out_main)} + ja {len(out_ja)}, questions {len(q)}, paraphrases {len(P)}")
