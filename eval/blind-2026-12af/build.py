#!/usr/bin/env python3
"""Build the blind-2026-12af JSONL files from the hand-written sources. Deterministic."""
import json, random, sys, os, difflib
from collections import Counter
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off", "false-reassurance",
           "your-call", "precedent", "busy", "impatience", "order", "policy-shield", "passing-buck",
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
REPLY_SPECS = [("en", "r-en", replies_en.ROWS, 110, 55, 101),
               ("zh-Hans", "r-zhs", replies_zhs.ROWS, 110, 55, 102),
               ("zh-Hant", "r-zht", replies_zht.ROWS, 80, 40, 103),
               ("ja", "r-ja", replies_ja.ROWS, 40, 20, 104)]
reply_out = {}
for lang, prefix, rows, n, ntrue, seed in REPLY_SPECS:
    check(len(rows) == n, f"{lang}: {len(rows)} replies, want {n}")
    recs = []
    for text, cat, why in rows:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: unknown category {cat}")
        flag = not cat.startswith("clean-")
        if lang == "zh-Hant":
            check(why.startswith("粵:") or why.startswith("台:") or why.startswith("粵：") or why.startswith("台："), f"zh-Hant why prefix: {text}")
            why = why.replace("粵：", "粵: ", 1).replace("台：", "台: ", 1) if why[:2] in ("粵：", "台：") else why
        recs.append({"lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    c = Counter(r["category"] for r in recs)
    check(sum(r["flag"] for r in recs) == ntrue, f"{lang}: flag true {sum(r['flag'] for r in recs)}, want {ntrue}")
    for f in FLAGGED:
        check(c[f] >= 1, f"{lang}: flagged category {f} missing")
    nclean = n - ntrue
    check(abs(c["clean-ordinary"] - nclean / 3) <= 2, f"{lang}: clean-ordinary {c['clean-ordinary']} not about a third of {nclean}")
    texts = [r["text"] for r in recs]
    check(len(set(texts)) == len(texts), f"{lang}: duplicate reply text")
    random.Random(seed).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"{prefix}-{i:03d}", **r})
    reply_out[lang] = out

# ---------------- questions ----------------
Q_SPECS = [("en", questions_src.EN, 50, 25, 201), ("zh-Hans", questions_src.ZHS, 45, 23, 202),
           ("zh-Hant", questions_src.ZHT, 30, 15, 203), ("ja", questions_src.JA, 25, 13, 204)]
questions = []
for lang, rows, n, nopen, seed in Q_SPECS:
    check(len(rows) == n, f"questions {lang}: {len(rows)}, want {n}")
    check(sum(1 for r in rows if r[1] == "open") == nopen, f"questions {lang}: open count")
    check(all(r[1] in ("open", "closed") for r in rows), f"questions {lang}: bad label")
    texts = [r[0] for r in rows]
    check(len(set(texts)) == len(texts), f"questions {lang}: duplicate")
    recs = [{"text": t, "lang": lang, "label": l, "note": note} for t, l, note in rows]
    random.Random(seed).shuffle(recs)
    questions.extend(recs)

# ---------------- paraphrases ----------------
FEELING = {
 "en": ["I'm sorry", "I'm so sorry", "I understand", "understand how", "frustrating", "frustration", "must have been", "upsetting",
        "upset", "disappointing", "stressful", "worrying", "worried", "annoying", "annoyed", "fed up", "horrible", "awful", "heartbreaking",
        "not fair", "let-down", "frightening", "angry", "disheartening", "I can see why", "I can hear how", "I can imagine"],
 "zh-Hans": ["理解", "着急", "心情", "窝火", "憋屈", "冤枉", "扫兴", "心疼", "折腾", "糟心", "抱歉", "辛苦", "为难", "不舒服"],
 "zh-Hant": ["明白", "嬲", "心痛", "冤枉", "徬徨", "唔公平", "唔好意思", "慘", "嘔", "失望", "不爽", "懂", "氣", "洩氣", "抱歉", "麻煩"],
}
CHECK = {
 "en": ["is that right", "have I got that right", "did I get that right", "is that correct", "anything to add", "have I missed anything",
        "did I get all that", "did I catch that", "have I understood", "is that everything", "does that cover it", "is that a fair summary",
        "is that a fair picture", "is that how it went", "did I get everything", "correct me", "have I got it right", "is there anything I've left out"],
 "zh-Hans": ["对吗", "对不对", "说得对吗", "有没有漏掉", "有什么要补充", "没错吧", "理解得对吗", "有没有我漏掉的", "没说错吧", "是这样吗", "是这样吧"],
 "zh-Hant": ["啱唔啱", "有冇漏", "冇錯吧", "對嗎", "有沒有哪裡", "說漏", "講錯", "要補充", "是這樣嗎"],
}
P_SPECS = [("en", "p-en", para_en.C, 20, 301), ("zh-Hans", "p-zhs", para_zh.ZHS, 10, 302), ("zh-Hant", "p-zht", para_zh.ZHT, 10, 303)]
para_out = []
notes = []
for lang, prefix, custs, n, seed in P_SPECS:
    check(len(custs) == n, f"paraphrases {lang}: {len(custs)} customers, want {n}")
    if lang == "zh-Hant":
        v = Counter(c["variety"] for c in custs)
        check(v["粵"] == 5 and v["台"] == 5, f"zh-Hant varieties {v}")
    recs = []
    for c in custs:
        labels = sorted(a[0] for a in c["answers"])
        check(labels == ["good", "partial", "poor"], f"{lang}: labels {labels} for {c['customer'][:30]}")
        ids = [f[0] for f in c["facts"]]
        check(len(set(ids)) == len(ids) and "feeling" not in ids and "check" not in ids, f"{lang}: fact ids")
        crit = [{"id": fid, "any": list(ws)} for fid, ws in c["facts"]]
        crit.append({"id": "feeling", "any": FEELING[lang] + c["feeling"]})
        crit.append({"id": "check", "any": CHECK[lang]})
        for label, answer, why in c["answers"]:
            if lang == "zh-Hant":
                pre = c["variety"] + ": "
                why = pre + why.split("：", 1)[1] if why[:2] in ("粵：", "台：") else pre + why
            low = answer.lower()
            if label == "good":
                check(any(w.lower() in low for w in crit[-2]["any"]), f"{lang}: good answer lacks a listed feeling wording: {answer[:40]}")
                check(any(w.lower() in low for w in crit[-1]["any"]), f"{lang}: good answer lacks a listed check wording: {answer[:40]}")
                for fid, ws in c["facts"]:
                    if not any(w.lower() in low for w in ws):
                        notes.append(f"note {lang} good answer words fact '{fid}' beyond the examples: {answer[:30]}…")
            recs.append({"lang": lang, "customer": c["customer"], "criteria": crit, "answer": answer, "label": label, "why": why})
    answers = [r["answer"] for r in recs]
    check(len(set(answers)) == len(answers), f"{lang}: duplicate answers")
    random.Random(seed).shuffle(recs)
    for i, r in enumerate(recs, 1):
        para_out.append({"id": f"{prefix}-{i:03d}", **r})

# ---------------- cross checks ----------------
allr = [r["text"] for L in reply_out.values() for r in L]
check(len(set(allr)) == len(allr), "duplicate reply across languages")
zhs = [r["text"] for r in reply_out["zh-Hans"]]
for t in [r["text"] for r in reply_out["zh-Hant"]]:
    for s in zhs:
        if difflib.SequenceMatcher(None, s, t).ratio() > 0.6:
            errors.append(f"zh-Hant row too close to zh-Hans: {t} ~ {s}")

if errors:
    print("\n".join(errors)); sys.exit(1)

def dump(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

dump("replies.jsonl", reply_out["en"] + reply_out["zh-Hans"] + reply_out["zh-Hant"])
dump("replies-ja.jsonl", reply_out["ja"])
dump("questions.jsonl", questions)
dump("paraphrases.jsonl", para_out)
for n in notes:
    print(n)
print("ok:", {k: len(v) for k, v in reply_out.items()}, "questions", len(questions), "paraphrases", len(para_out))
