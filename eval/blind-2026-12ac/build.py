#!/usr/bin/env python3
"""Build the blind round 2026-12ac JSONL files from the hand-written sources. Deterministic."""
import hashlib, json, os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off", "false-reassurance",
           "your-call", "precedent", "busy", "impatience", "nine-forbidden", "order", "passing-buck",
           "send-to-manager", "policy-shield", "hostile-question", "false-reaction", "taboo"]
CLEAN = ["clean-ordinary", "clean-refusal-alternative", "clean-recommendation", "clean-requirement-info",
         "clean-question-obligation", "clean-empathy", "clean-apology-action", "clean-not-sure-callback",
         "clean-transfer", "clean-hold", "clean-wont-wait", "clean-factual-no", "clean-quoted",
         "clean-manager-brought", "clean-thats-fine"]
errors = []

def check(cond, msg):
    if not cond:
        errors.append(msg)

# ---------- replies ----------
REPLY_SPEC = [("en", "r-en", replies_en.ROWS, 110, 55, 101),
              ("zh-Hans", "r-zhs", replies_zhs.ROWS, 110, 55, 202),
              ("zh-Hant", "r-zht", replies_zht.ROWS, 80, 40, 303),
              ("ja", "r-ja", replies_ja.ROWS, 40, 20, 404)]
reply_out = {}
all_texts = Counter()
for lang, prefix, rows, n, ntrue, seed in REPLY_SPEC:
    recs = []
    for text, cat, why in rows:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: unknown category {cat}")
        flag = not cat.startswith("clean-")
        if lang == "zh-Hant":
            check(why.startswith("粵：") or why.startswith("台："), f"zh-Hant why without 粵:/台: prefix: {text}")
        all_texts[text.strip()] += 1
        recs.append({"lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    check(len(recs) == n, f"{lang}: {len(recs)} replies, want {n}")
    nt = sum(r["flag"] for r in recs)
    check(nt == ntrue, f"{lang}: {nt} flag true, want {ntrue}")
    cats = Counter(r["category"] for r in recs)
    for c in FLAGGED:
        check(cats[c] >= 1, f"{lang}: flagged category {c} missing")
    nclean = n - ntrue
    ordinary = cats["clean-ordinary"]
    check(abs(ordinary - nclean / 3) <= 2.5, f"{lang}: clean-ordinary {ordinary} not about a third of {nclean}")
    random.Random(seed).shuffle(recs)
    for i, r in enumerate(recs, 1):
        r_id = f"{prefix}-{i:03d}"
        reply_out.setdefault(lang, []).append({"id": r_id, **r})
for t, k in all_texts.items():
    check(k == 1, f"duplicate reply text: {t}")

# ---------- questions ----------
Q_SPEC = [("en", questions_src.EN, 50, 501), ("zh-Hans", questions_src.ZHS, 45, 502),
          ("zh-Hant", questions_src.ZHT, 30, 503), ("ja", questions_src.JA, 25, 504)]
questions = []
qtexts = Counter()
for lang, rows, n, seed in Q_SPEC:
    recs = [{"text": t, "lang": lang, "label": l, "note": note} for t, l, note in rows]
    check(len(recs) == n, f"questions {lang}: {len(recs)}, want {n}")
    c = Counter(r["label"] for r in recs)
    check(set(c) <= {"open", "closed"}, f"questions {lang}: bad label")
    check(abs(c["open"] - c["closed"]) <= 1, f"questions {lang}: open/closed not about half ({c})")
    if lang == "zh-Hant":
        for r in recs:
            check(r["note"].startswith("粵：") or r["note"].startswith("台："), f"zh-Hant question note prefix: {r['text']}")
    for r in recs:
        qtexts[r["text"]] += 1
    random.Random(seed).shuffle(recs)
    questions.extend(recs)
for t, k in qtexts.items():
    check(k == 1, f"duplicate question: {t}")

# ---------- paraphrases ----------
def build_items(lang, prefix, items, check_words, n_items, seed, want_variants=None):
    recs = []
    customers = Counter()
    variants = Counter()
    for it in items:
        customers[it["customer"]] += 1
        criteria = [{"id": fid, "any": list(words)} for fid, words in it["facts"]]
        criteria.append({"id": "feeling", "any": list(it["feeling"])})
        criteria.append({"id": "check", "any": list(check_words)})
        labels = [a[0] for a in it["answers"]]
        check(sorted(labels) == ["good", "partial", "poor"], f"{lang}: answers for one customer are {labels}")
        v = it.get("v")
        if lang == "zh-Hant":
            check(v in ("粵", "台"), f"zh-Hant paraphrase without variant: {it['customer'][:20]}")
            variants[v] += 1
        for label, answer, why in it["answers"]:
            if v:
                check(why.startswith(v + "："), f"zh-Hant paraphrase why prefix mismatch: {why}")
            check(answer.strip() != it["customer"].strip(), f"{lang}: answer equals statement")
            if label == "good":
                low = answer.lower()
                for fid, words in it["facts"]:
                    if not any(w.lower() in low for w in words):
                        print(f"note: {lang} good answer words fact '{fid}' beyond the examples: {answer[:50]}...")
            recs.append({"lang": lang, "customer": it["customer"], "criteria": criteria,
                         "answer": answer, "label": label, "why": why})
    check(len(items) == n_items, f"{lang}: {len(items)} customer statements, want {n_items}")
    check(all(k == 1 for k in customers.values()), f"{lang}: duplicate customer statement")
    if want_variants:
        check(variants == Counter(want_variants), f"{lang}: variants {variants}, want {want_variants}")
    random.Random(seed).shuffle(recs)
    return [{"id": f"{prefix}-{i:03d}", **r} for i, r in enumerate(recs, 1)]

paras = []
paras += build_items("en", "p-en", para_en.ITEMS, para_en.CHECK, 20, 601)
paras += build_items("zh-Hans", "p-zhs", para_zh.ZHS, para_zh.CHECK_ZHS, 10, 602)
paras += build_items("zh-Hant", "p-zht", para_zh.ZHT, para_zh.CHECK_ZHT, 10, 603, {"粵": 5, "台": 5})
pc = Counter((p["lang"], p["label"]) for p in paras)
for lang, n in (("en", 20), ("zh-Hans", 10), ("zh-Hant", 10)):
    for lab in ("good", "partial", "poor"):
        check(pc[(lang, lab)] == n, f"paraphrases {lang} {lab}: {pc[(lang, lab)]}, want {n}")
answers = Counter(p["answer"] for p in paras)
check(all(k == 1 for k in answers.values()), "duplicate paraphrase answer")

if errors:
    print("ERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)

def write(name, recs):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(path, "rb") as f:
        print(f"{name}: {len(recs)} rows, sha256 {hashlib.sha256(f.read()).hexdigest()[:16]}")

write("replies.jsonl", reply_out["en"] + reply_out["zh-Hans"] + reply_out["zh-Hant"])
write("replies-ja.jsonl", reply_out["ja"])
write("questions.jsonl", questions)
write("paraphrases.jsonl", paras)

# summary
for lang in ("en", "zh-Hans", "zh-Hant", "ja"):
    rs = reply_out[lang]
    c = Counter(r["category"] for r in rs)
    print(lang, len(rs), "true", sum(r["flag"] for r in rs), "ordinary", c["clean-ordinary"])
