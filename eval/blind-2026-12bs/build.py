"""Build the blind round 2026-12bs JSONL files from the hand-written sources.

Deterministic: fixed seeds, sorted nothing implicit. Run: python3 build.py
"""
import json, random, sys, collections, os
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off",
           "false-reassurance", "your-call", "precedent", "busy", "order", "impatience",
           "policy-shield", "passing-buck", "send-to-manager", "hostile-question",
           "false-reaction", "nine-forbidden", "taboo"]
CLEAN = ["clean-ordinary", "clean-refusal-alternative", "clean-recommendation",
         "clean-requirement-info", "clean-question-obligation", "clean-empathy",
         "clean-apology-action", "clean-not-sure-callback", "clean-transfer", "clean-hold",
         "clean-wont-wait", "clean-factual-no", "clean-quoted", "clean-manager-brought",
         "clean-thats-fine"]
# exact category counts per language (en, zh-Hans, zh-Hant, ja), from the labelling rules
TABLE = {
    "blame": (3, 3, 2, 1), "brush-off": (3, 3, 2, 1), "busy": (3, 3, 2, 1), "dead-end": (3, 3, 3, 1),
    "doubting-customer": (3, 3, 2, 1), "false-reaction": (3, 3, 2, 1), "false-reassurance": (3, 3, 2, 1),
    "hostile-question": (3, 3, 2, 1), "impatience": (3, 3, 2, 1), "nine-forbidden": (3, 4, 2, 1),
    "order": (3, 3, 3, 1), "passing-buck": (3, 3, 2, 1), "policy-shield": (3, 3, 3, 2), "precedent": (3, 3, 2, 1),
    "refusal-no-alternative": (4, 4, 3, 2), "send-to-manager": (3, 3, 2, 1), "taboo": (3, 2, 2, 1),
    "your-call": (3, 3, 2, 1),
    "clean-apology-action": (3, 3, 2, 1), "clean-empathy": (3, 3, 2, 1), "clean-factual-no": (3, 3, 2, 1),
    "clean-hold": (2, 2, 2, 1), "clean-manager-brought": (2, 2, 1, 0), "clean-not-sure-callback": (3, 3, 2, 1),
    "clean-ordinary": (18, 17, 13, 7), "clean-question-obligation": (3, 3, 2, 2), "clean-quoted": (2, 2, 2, 0),
    "clean-recommendation": (3, 3, 2, 1), "clean-refusal-alternative": (4, 5, 3, 2),
    "clean-requirement-info": (3, 3, 2, 1), "clean-thats-fine": (2, 2, 1, 0), "clean-transfer": (2, 2, 2, 1),
    "clean-wont-wait": (2, 2, 2, 1),
}
LANGCOL = {"en": 0, "zh-Hans": 1, "zh-Hant": 2, "ja": 3}
QCOUNTS = {"en": (24, 26), "zh-Hans": (22, 23), "zh-Hant": (14, 16), "ja": (13, 12)}
errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)

def replies(rows, lang, prefix, n, ntrue, seed):
    check(len(rows) == n, f"{lang}: {len(rows)} rows, want {n}")
    out = []
    for text, cat, why in rows:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: bad category {cat}")
        if lang == "zh-Hant":
            check(why.startswith("粵:") or why.startswith("台:"), f"zh-Hant why lacks prefix: {text}")
        out.append({"lang": lang, "text": text, "flag": cat in FLAGGED, "category": cat, "why": why})
    t = sum(r["flag"] for r in out)
    check(t == ntrue, f"{lang}: {t} flagged, want {ntrue}")
    cats = {r["category"] for r in out if r["flag"]}
    check(cats == set(FLAGGED), f"{lang}: flagged categories missing {set(FLAGGED) - cats}")
    cc = collections.Counter(r["category"] for r in out)
    for cat, counts in TABLE.items():
        want = counts[LANGCOL[lang]]
        check(cc.get(cat, 0) == want, f"{lang}: category {cat} has {cc.get(cat, 0)}, want {want}")
    ordinary = sum(r["category"] == "clean-ordinary" for r in out)
    check(0.25 <= ordinary / (n - ntrue) <= 0.4, f"{lang}: clean-ordinary share {ordinary}/{n - ntrue}")
    random.Random(seed).shuffle(out)
    return [dict(id=f"r-{prefix}-{i:03d}", **r) for i, r in enumerate(out, 1)]

def questions(rows, lang, n, seed):
    check(len(rows) == n, f"questions {lang}: {len(rows)}, want {n}")
    out = []
    for text, label, note in rows:
        check(label in ("open", "closed"), f"bad question label {label}")
        out.append({"text": text, "lang": lang, "label": label, "note": note})
    c = collections.Counter(r["label"] for r in out)
    check((c["open"], c["closed"]) == QCOUNTS[lang], f"questions {lang}: open/closed {dict(c)}")
    if lang == "zh-Hant":
        for r in out:
            check(r["note"].startswith("粵:") or r["note"].startswith("台:"), f"zh-Hant note prefix: {r['text']}")
    random.Random(seed).shuffle(out)
    return out

def paras(items, lang, prefix, n, seed, zht=False):
    check(len(items) == n, f"paraphrases {lang}: {len(items)} customers, want {n}")
    rng = random.Random(seed)
    order = list(range(len(items)))
    rng.shuffle(order)
    out = []
    for k in order:
        it = items[k]
        ids = [c["id"] for c in it["criteria"]]
        check(ids[-2:] == ["feeling", "check"] and len(ids) >= 5, f"{lang}: criteria order {ids}")
        labels = sorted(a[0] for a in it["answers"])
        check(labels == ["good", "partial", "poor"], f"{lang}: labels {labels} for {it['customer'][:20]}")
        ans = list(it["answers"])
        rng.shuffle(ans)
        for label, text, why in ans:
            if zht:
                check(why.startswith("粵:") or why.startswith("台:"), f"zh-Hant para why prefix: {why}")
            out.append({"lang": lang, "customer": it["customer"], "criteria": it["criteria"],
                        "answer": text, "label": label, "why": why})
    return [dict(id=f"p-{prefix}-{i:03d}", **r) for i, r in enumerate(out, 1)]

R = (replies(replies_en.ROWS, "en", "en", 110, 55, 28101)
     + replies(replies_zhs.ROWS, "zh-Hans", "zhs", 110, 55, 28102)
     + replies(replies_zht.ROWS, "zh-Hant", "zht", 80, 40, 28103))
RJ = replies(replies_ja.ROWS, "ja", "ja", 40, 20, 28104)
Q = (questions(questions_src.EN, "en", 50, 28111) + questions(questions_src.ZHS, "zh-Hans", 45, 28112)
     + questions(questions_src.ZHT, "zh-Hant", 30, 28113) + questions(questions_src.JA, "ja", 25, 28114))
P = (paras(para_en.ITEMS, "en", "en", 20, 28121) + paras(para_zh.ZHS, "zh-Hans", "zhs", 10, 28122)
     + paras(para_zh.ZHT, "zh-Hant", "zht", 10, 28123, zht=True))
yue = sum(1 for it in para_zh.ZHT if all(a[2].startswith("粵:") for a in it["answers"]))
tai = sum(1 for it in para_zh.ZHT if all(a[2].startswith("台:") for a in it["answers"]))
check(tai == 5, f"zh-Hant paraphrase customers 台 {tai}, want 5")
check(yue == 5, f"zh-Hant paraphrase customers 粵 {yue}, want 5")

# duplicates
for name, rows, key in (("replies", R + RJ, "text"), ("questions", Q, "text"), ("paraphrases", P, "answer")):
    c = collections.Counter(r[key] for r in rows)
    for t, k in c.items():
        check(k == 1, f"duplicate in {name}: {t}")
custs = collections.Counter(r["customer"] for r in P)
check(all(v == 3 for v in custs.values()), "each customer must have exactly 3 answers")
# every fact id unique per customer
for it in para_en.ITEMS + para_zh.ZHS + para_zh.ZHT:
    ids = [c["id"] for c in it["criteria"]]
    check(len(ids) == len(set(ids)), f"duplicate criterion ids {ids}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
write("replies.jsonl", R)
write("replies-ja.jsonl", RJ)
write("questions.jsonl", Q)
write("paraphrases.jsonl", P)
print(f"ok: replies {len(R)} + ja {len(RJ)}, questions {len(Q)}, paraphrases {len(P)}")
