"""Build the blind round 2026-12ab JSONL files from the hand-written sources.
Deterministic: fixed seeds, sorted output, ensure_ascii=False."""
import json, random, hashlib, sys
from collections import Counter
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off",
           "false-reassurance", "your-call", "precedent", "busy", "order", "impatience",
           "policy-shield", "passing-buck", "send-to-manager", "hostile-question",
           "false-reaction", "nine-forbidden", "taboo"]
CLEAN = ["clean-apology-action", "clean-empathy", "clean-factual-no", "clean-hold",
         "clean-manager-brought", "clean-not-sure-callback", "clean-ordinary",
         "clean-question-obligation", "clean-quoted", "clean-recommendation",
         "clean-refusal-alternative", "clean-requirement-info", "clean-thats-fine",
         "clean-transfer", "clean-wont-wait"]
errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)

def replies(rows, lang, prefix, n, ntrue, seed):
    out = []
    for cat, text, why in rows:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: unknown category {cat}")
        flag = not cat.startswith("clean-")
        if lang == "zh-Hant":
            check(why.startswith("粵:") or why.startswith("台:"), f"zh-Hant why prefix: {text}")
        out.append({"lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    check(len(out) == n, f"{lang}: {len(out)} rows, want {n}")
    t = sum(r["flag"] for r in out)
    check(t == ntrue and len(out) - t == n - ntrue, f"{lang}: flag true {t}, want {ntrue}")
    cats = Counter(r["category"] for r in out)
    for c in FLAGGED:
        check(cats[c] >= 1, f"{lang}: flagged category {c} missing")
    texts = [r["text"] for r in out]
    check(len(set(texts)) == len(texts), f"{lang}: duplicate texts")
    random.Random(seed).shuffle(out)
    return [{"id": f"{prefix}-{i:03d}", **r} for i, r in enumerate(out, 1)]

rep = (replies(replies_en.ROWS, "en", "r-en", 110, 55, 1201)
       + replies(replies_zhs.ROWS, "zh-Hans", "r-zhs", 110, 55, 1202)
       + replies(replies_zht.ROWS, "zh-Hant", "r-zht", 80, 40, 1203))
rep_ja = replies(replies_ja.ROWS, "ja", "r-ja", 40, 20, 1204)

qs = []
want_q = {"en": 50, "zh-Hans": 45, "zh-Hant": 30, "ja": 25}
for lang, label, text, note in questions_src.ROWS:
    check(label in ("open", "closed"), f"question label {label}")
    qs.append({"text": text, "lang": lang, "label": label, "note": note})
qc = Counter(q["lang"] for q in qs)
for l, n in want_q.items():
    check(qc[l] == n, f"questions {l}: {qc[l]}, want {n}")
    o = sum(1 for q in qs if q["lang"] == l and q["label"] == "open")
    check(abs(2 * o - n) <= 1, f"questions {l}: open {o} of {n}")
check(len({q["text"] for q in qs}) == len(qs), "duplicate questions")
random.Random(1205).shuffle(qs)

def para(items, lang, prefix, seed, feel, chk, variety_of=None):
    out = []
    for it in items:
        if variety_of:
            lg, var, customer, facts, answers = it
            check(lg == lang, "para lang")
        else:
            customer, facts, answers = it
            var = ""
        check(sorted(a[0] for a in answers) == ["good", "partial", "poor"], f"labels for: {customer[:30]}")
        crit = [{"id": fid, "any": words} for fid, words in facts]
        crit += [{"id": "feeling", "any": feel}, {"id": "check", "any": chk}]
        for label, answer, why in answers:
            if var:
                check(why.startswith(var + ":"), f"zh-Hant para why prefix: {answer[:20]}")
            out.append({"lang": lang, "customer": customer, "criteria": crit,
                        "answer": answer, "label": label, "why": why})
    check(len({r["answer"] for r in out}) == len(out), f"{lang}: duplicate paraphrase answers")
    random.Random(seed).shuffle(out)
    return [{"id": f"{prefix}-{i:03d}", **r} for i, r in enumerate(out, 1)]

pe = para(para_en.ITEMS, "en", "p-en", 1206, para_en.FEEL, para_en.CHECK)
zs = [i for i in para_zh.ITEMS if i[0] == "zh-Hans"]
zt = [i for i in para_zh.ITEMS if i[0] == "zh-Hant"]
check(len(pe) == 60 and len(zs) == 10 and len(zt) == 10, "paraphrase customer counts")
check(Counter(i[1] for i in zt) == Counter({"粵": 5, "台": 5}), "zh-Hant 粵/台 split")
ps = para(zs, "zh-Hans", "p-zhs", 1207, para_zh.FEEL_S, para_zh.CHECK_S, True)
pt = para(zt, "zh-Hant", "p-zht", 1208, para_zh.FEEL_T, para_zh.CHECK_T, True)

if errors:
    print("\n".join(errors)); sys.exit(1)

def write(name, rows):
    with open(name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows), hashlib.sha256(open(name, "rb").read()).hexdigest()[:16])

write("replies.jsonl", rep)
write("replies-ja.jsonl", rep_ja)
write("questions.jsonl", qs)
write("paraphrases.jsonl", pe + ps + pt)

# tables for the README
allr = rep + rep_ja
langs = ["en", "zh-Hans", "zh-Hant", "ja"]
cc = Counter((r["category"], r["lang"]) for r in allr)
print("| category | flag | en | zh-Hans | zh-Hant | ja | total |\n|---|---|---|---|---|---|---|")
for c in FLAGGED + CLEAN:
    row = [cc[(c, l)] for l in langs]
    if sum(row):
        print(f"| {c} | {'true' if c in FLAGGED else 'false'} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
