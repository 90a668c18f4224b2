#!/usr/bin/env python3
"""Build the blind round 2026-12ae JSONL files from the hand-written sources. Deterministic."""
import json, random, re, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

HERE = os.path.dirname(os.path.abspath(__file__))
FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off", "false-reassurance",
           "your-call", "precedent", "busy", "impatience", "nine-forbidden", "order", "passing-buck",
           "send-to-manager", "policy-shield", "hostile-question", "false-reaction", "taboo"]
CLEAN = ["clean-ordinary", "clean-apology-action", "clean-empathy", "clean-factual-no", "clean-hold",
         "clean-manager-brought", "clean-not-sure-callback", "clean-question-obligation", "clean-quoted",
         "clean-recommendation", "clean-refusal-alternative", "clean-requirement-info", "clean-thats-fine",
         "clean-transfer", "clean-wont-wait"]
errors = []
def check(cond, msg):
    if not cond: errors.append(msg)

def build_replies(rows, lang, prefix, seed, n, n_true, ordinary):
    out = []
    for cat, text, why in rows:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: unknown category {cat}")
        out.append({"lang": lang, "text": text.strip(), "flag": not cat.startswith("clean-"), "category": cat, "why": why})
    check(len(out) == n, f"{lang}: {len(out)} rows, want {n}")
    check(sum(r["flag"] for r in out) == n_true, f"{lang}: flag true {sum(r['flag'] for r in out)}, want {n_true}")
    c = Counter(r["category"] for r in out)
    check(c["clean-ordinary"] == ordinary, f"{lang}: clean-ordinary {c['clean-ordinary']}, want {ordinary}")
    for f in FLAGGED:
        check(c[f] >= 1, f"{lang}: flagged category {f} missing")
    if lang == "zh-Hant":
        for r in out:
            check(r["why"].startswith("粵:") or r["why"].startswith("台:"), f"zh-Hant why without 粵:/台: {r['text']}")
    random.Random(seed).shuffle(out)
    res = []
    for i, r in enumerate(out, 1):
        res.append({"id": f"r-{prefix}-{i:03d}", **r})
    return res, c

replies, cats = [], {}
for rows, lang, prefix, seed, n, nt, od in [
        (replies_en.ROWS, "en", "en", 1201, 110, 55, 18),
        (replies_zhs.ROWS, "zh-Hans", "zhs", 1202, 110, 55, 18),
        (replies_zht.ROWS, "zh-Hant", "zht", 1203, 80, 40, 13)]:
    r, c = build_replies(rows, lang, prefix, seed, n, nt, od)
    replies += r; cats[lang] = c
replies_ja_rows, cats["ja"] = build_replies(replies_ja.ROWS, "ja", "ja", 1204, 40, 20, 7)

# questions
questions = []
for lst, lang, n, n_open in [(questions_src.EN, "en", 50, 25), (questions_src.ZHS, "zh-Hans", 45, 23),
                             (questions_src.ZHT, "zh-Hant", 30, 15), (questions_src.JA, "ja", 25, 13)]:
    check(len(lst) == n, f"questions {lang}: {len(lst)}, want {n}")
    check(sum(1 for q in lst if q[1] == "open") == n_open, f"questions {lang}: open count wrong")
    for text, label, note in lst:
        check(label in ("open", "closed"), f"bad question label {label}")
        questions.append({"text": text, "lang": lang, "label": label, "note": note})
random.Random(1205).shuffle(questions)

# paraphrases
def build_para(items, lang, prefix, seed, feeling, checkw, n_items, regions=None):
    check(len(items) == n_items, f"para {lang}: {len(items)} customers, want {n_items}")
    rows = []
    for it in items:
        labels = sorted(a[0] for a in it["answers"])
        check(labels == ["good", "partial", "poor"], f"para {lang}: answers {labels} for {it['customer'][:20]}")
        crit = [{"id": fid, "any": list(w)} for fid, w in it["facts"]]
        crit.append({"id": "feeling", "any": list(feeling)})
        crit.append({"id": "check", "any": list(checkw)})
        for label, ans, why in it["answers"]:
            if lang == "zh-Hant":
                check(why.startswith(it["region"] + ":"), f"zh-Hant para why prefix: {why}")
            rows.append({"lang": lang, "customer": it["customer"], "criteria": crit, "answer": ans, "label": label, "why": why})
            if label == "good":
                for fid, w in it["facts"]:
                    if not any(x.lower() in ans.lower() for x in w):
                        print(f"note: good answer words fact '{fid}' beyond the examples ({lang}: {it['customer'][:24]}…)")
    if regions:
        c = Counter(it["region"] for it in items)
        check(c == Counter(regions), f"zh-Hant regions {c}")
    random.Random(seed).shuffle(rows)
    return [{"id": f"p-{prefix}-{i:03d}", **r} for i, r in enumerate(rows, 1)]

paras = []
paras += build_para(para_en.ITEMS, "en", "en", 1206, para_en.FEELING, para_en.CHECK, 20)
paras += build_para(para_zh.ZHS_ITEMS, "zh-Hans", "zhs", 1207, para_zh.FEELING_ZHS, para_zh.CHECK_ZHS, 10)
paras += build_para(para_zh.ZHT_ITEMS, "zh-Hant", "zht", 1208, para_zh.FEELING_ZHT, para_zh.CHECK_ZHT, 10, {"粵": 5, "台": 5})

# duplicates
def norm(t): return re.sub(r"[\s\W_]+", "", t.lower())
for name, texts in [("replies", [r["text"] for r in replies + replies_ja_rows]),
                    ("questions", [q["text"] for q in questions]),
                    ("paraphrase answers", [p["answer"] for p in paras]),
                    ("paraphrase customers", list({p["customer"] for p in paras}))]:
    c = Counter(norm(t) for t in texts)
    for t, k in c.items():
        check(k == 1, f"duplicate in {name}: {t[:40]}")
# the customer list is deduplicated above, so also check customers across items
cust = [it["customer"] for it in para_en.ITEMS + para_zh.ZHS_ITEMS + para_zh.ZHT_ITEMS]
check(len(set(map(norm, cust))) == len(cust), "duplicate customer statement")

if errors:
    print("\n".join(errors)); sys.exit(1)

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
write("replies.jsonl", replies)
write("replies-ja.jsonl", replies_ja_rows)
write("questions.jsonl", questions)
write("paraphrases.jsonl", paras)

print("replies:", Counter((r["lang"], r["flag"]) for r in replies + replies_ja_rows))
print("questions:", Counter((q["lang"], q["label"]) for q in questions))
print("paraphrases:", Counter((p["lang"], p["label"]) for p in paras))
print("categories:")
for cat in FLAGGED + CLEAN:
    print(f"| {cat} | {'true' if cat in FLAGGED else 'false'} | " + " | ".join(str(cats[l][cat]) for l in ["en", "zh-Hans", "zh-Hant", "ja"]) + f" | {sum(cats[l][cat] for l in cats)} |")
