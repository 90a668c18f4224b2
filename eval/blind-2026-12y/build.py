#!/usr/bin/env python3
"""Build the blind round 2026-12y JSONL files from the hand-written source files.
Deterministic: fixed seeds, sorted output order, ensure_ascii=False."""
import json, random, os, sys, collections

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
    if not cond:
        errors.append(msg)

def reply_rows(mod, lang, prefix, n, n_true, seed):
    rows = []
    for cat, text, why in mod.ROWS:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: unknown category {cat}")
        flag = not cat.startswith("clean-")
        rows.append({"lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    check(len(rows) == n, f"{lang}: {len(rows)} rows, want {n}")
    t = sum(r["flag"] for r in rows)
    check(t == n_true, f"{lang}: {t} flagged, want {n_true}")
    cats = collections.Counter(r["category"] for r in rows)
    for c in FLAGGED:
        check(cats[c] >= 1, f"{lang}: flagged category {c} missing")
    n_false = n - n_true
    ordinary = cats["clean-ordinary"]
    check(abs(ordinary - n_false / 3) <= 2, f"{lang}: clean-ordinary {ordinary} not about a third of {n_false}")
    if lang == "zh-Hant":
        for r in rows:
            check(r["why"].startswith("粵:") or r["why"].startswith("台:"), f"zh-Hant why without 粵:/台: {r['text']}")
    random.Random(seed).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{prefix}-{i:03d}", **r})
    return out

replies = []
replies += reply_rows(replies_en, "en", "r-en", 110, 55, 1201)
replies += reply_rows(replies_zhs, "zh-Hans", "r-zhs", 110, 55, 1202)
replies += reply_rows(replies_zht, "zh-Hant", "r-zht", 80, 40, 1203)
replies_j = reply_rows(replies_ja, "ja", "r-ja", 40, 20, 1204)

# duplicates across all replies
texts = collections.Counter(r["text"].strip() for r in replies + replies_j)
for t, c in texts.items():
    check(c == 1, f"duplicate reply: {t}")

# questions
QWANT = {"en": (50, 25), "zh-Hans": (45, 22), "zh-Hant": (30, 15), "ja": (25, 13)}
questions = []
for li, lang in enumerate(["en", "zh-Hans", "zh-Hant", "ja"]):
    qs = [{"text": t, "lang": l, "label": lab, "note": note} for (l, lab, t, note) in questions_src.ROWS if l == lang]
    n, n_open = QWANT[lang]
    check(len(qs) == n, f"questions {lang}: {len(qs)}, want {n}")
    o = sum(q["label"] == "open" for q in qs)
    check(o == n_open, f"questions {lang}: {o} open, want {n_open}")
    for q in qs:
        check(q["label"] in ("open", "closed"), f"bad question label {q}")
    random.Random(2100 + li).shuffle(qs)
    questions += qs
qt = collections.Counter(q["text"] for q in questions)
for t, c in qt.items():
    check(c == 1, f"duplicate question: {t}")

# paraphrases
def build_para(items, lang, prefix, feel, chk, seed, want_customers, region=None):
    rows = []
    custs = [it for it in items if it.get("lang", "en") == lang]
    check(len(custs) == want_customers, f"paraphrases {lang}: {len(custs)} customers, want {want_customers}")
    seen_c = set()
    for it in custs:
        check(it["customer"] not in seen_c, f"duplicate customer {it['customer'][:30]}")
        seen_c.add(it["customer"])
        crit = [{"id": fid, "any": list(any_)} for fid, any_ in it["facts"]]
        crit.append({"id": "feeling", "any": list(dict.fromkeys(list(it.get("feeling", [])) + feel))})
        crit.append({"id": "check", "any": list(chk)})
        ids = [c["id"] for c in crit]
        check(len(ids) == len(set(ids)), f"duplicate criterion id in {it['customer'][:30]}")
        labels = sorted(a[0] for a in it["answers"])
        check(labels == ["good", "partial", "poor"], f"{lang}: answers {labels} for {it['customer'][:30]}")
        reg = it.get("region")
        if lang == "zh-Hant":
            check(reg in ("粵", "台"), f"zh-Hant item without region: {it['customer'][:30]}")
        for lab, ans, why in it["answers"]:
            if reg:
                why = f"{reg}: {why}" if not why.startswith(reg + ":") else why
            rows.append({"lang": lang, "customer": it["customer"], "criteria": crit, "answer": ans, "label": lab, "why": why})
            if lab == "good":
                low = ans.lower()
                for c in crit[:-2]:
                    if not any(w.lower() in low for w in c["any"]):
                        print(f"note: good answer words fact '{c['id']}' beyond the examples ({lang}: {it['customer'][:24]}…)")
    random.Random(seed).shuffle(rows)
    return [{"id": f"{prefix}-{i:03d}", **r} for i, r in enumerate(rows, 1)]

paras = []
paras += build_para(para_en.ITEMS, "en", "p-en", para_en.FEEL, para_en.CHECK, 3301, 20)
paras += build_para(para_zh.ITEMS, "zh-Hans", "p-zhs", para_zh.FEEL_ZHS, para_zh.CHECK_ZHS, 3302, 10)
paras += build_para(para_zh.ITEMS, "zh-Hant", "p-zht", para_zh.FEEL_ZHT, para_zh.CHECK_ZHT, 3303, 10)
regs = collections.Counter(it.get("region") for it in para_zh.ITEMS if it["lang"] == "zh-Hant")
check(regs["粵"] == 5 and regs["台"] == 5, f"zh-Hant paraphrase regions {dict(regs)}")
for r in paras:
    if r["lang"] == "zh-Hant":
        check(r["why"].startswith("粵:") or r["why"].startswith("台:"), f"zh-Hant paraphrase why prefix: {r['why']}")
at = collections.Counter(r["answer"] for r in paras)
for t, c in at.items():
    check(c == 1, f"duplicate paraphrase answer: {t[:40]}")

if errors:
    print("ERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

write("replies.jsonl", replies)
write("replies-ja.jsonl", replies_j)
write("questions.jsonl", questions)
write("paraphrases.jsonl", paras)

# summary
allr = replies + replies_j
print("replies:", {l: (sum(1 for r in allr if r["lang"] == l), sum(r["flag"] for r in allr if r["lang"] == l)) for l in ["en", "zh-Hans", "zh-Hant", "ja"]})
print("questions:", {l: collections.Counter(q["label"] for q in questions if q["lang"] == l) for l in QWANT})
print("paraphrases:", {l: collections.Counter(p["label"] for p in paras if p["lang"] == l) for l in ["en", "zh-Hans", "zh-Hant"]})
print("OK")
