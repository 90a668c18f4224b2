#!/usr/bin/env python3
"""Build the blind round 2026-12x JSONL files from the hand-written sources.

Shuffles rows with fixed seeds (ids do not reveal labels), numbers ids, checks counts,
labels, categories, zh-Hant 粵:/台: prefixes and duplicates, writes JSONL (ensure_ascii=False).
Deterministic: same sources -> byte-identical output.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh  # noqa: E402

FLAGGED = [
    "refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off",
    "false-reassurance", "your-call", "precedent", "busy", "impatience", "nine-forbidden",
    "order", "passing-buck", "policy-shield", "send-to-manager", "hostile-question",
    "false-reaction", "taboo",
]
CLEAN = [
    "clean-ordinary", "clean-refusal-alternative", "clean-recommendation", "clean-requirement-info",
    "clean-question-obligation", "clean-empathy", "clean-apology-action", "clean-not-sure-callback",
    "clean-transfer", "clean-hold", "clean-wont-wait", "clean-factual-no", "clean-quoted",
    "clean-manager-brought", "clean-thats-fine",
]

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- replies
REPLY_SPEC = [
    # lang, module, id prefix, total, true, seed
    ("en", replies_en, "r-en", 110, 55, 1201),
    ("zh-Hans", replies_zhs, "r-zhs", 110, 55, 1202),
    ("zh-Hant", replies_zht, "r-zht", 80, 40, 1203),
    ("ja", replies_ja, "r-ja", 40, 20, 1204),
]

reply_out = {}
all_texts = Counter()
cat_table = {}
for lang, mod, prefix, total, ntrue, seed in REPLY_SPEC:
    rows = []
    for cat, text, why in mod.ROWS:
        if cat not in FLAGGED and cat not in CLEAN:
            err(f"{lang}: unknown category {cat}")
        flag = not cat.startswith("clean-")
        if lang == "zh-Hant" and not (why.startswith("粵:") or why.startswith("台:")):
            err(f"zh-Hant why without 粵:/台: prefix: {text}")
        all_texts[text.strip()] += 1
        rows.append({"lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    n_true = sum(r["flag"] for r in rows)
    if len(rows) != total:
        err(f"{lang}: {len(rows)} replies, expected {total}")
    if n_true != ntrue:
        err(f"{lang}: {n_true} flagged, expected {ntrue}")
    cats = Counter(r["category"] for r in rows)
    cat_table[lang] = cats
    missing = [c for c in FLAGGED if cats[c] == 0]
    if missing:
        err(f"{lang}: flagged categories missing: {missing}")
    n_false = total - ntrue
    ordinary = cats["clean-ordinary"]
    if not (0.28 * n_false <= ordinary <= 0.40 * n_false):
        err(f"{lang}: clean-ordinary {ordinary} of {n_false} is not about a third")
    rnd = random.Random(seed)
    rnd.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{prefix}-{i:03d}", **r})
    reply_out[lang] = out

for t, n in all_texts.items():
    if n > 1:
        err(f"duplicate reply text: {t}")

# ---------------------------------------------------------------- questions
Q_SPEC = {"en": (50, 1301), "zh-Hans": (45, 1302), "zh-Hant": (30, 1303), "ja": (25, 1304)}
q_out = []
q_counts = {}
q_seen = Counter()
for lang, (total, seed) in Q_SPEC.items():
    rows = [{"text": t, "lang": l, "label": lab, "note": note}
            for (l, lab, t, note) in questions_src.ROWS if l == lang]
    for r in rows:
        q_seen[r["text"]] += 1
        if r["label"] not in ("open", "closed"):
            err(f"question label {r['label']}")
    c = Counter(r["label"] for r in rows)
    q_counts[lang] = c
    if len(rows) != total:
        err(f"questions {lang}: {len(rows)}, expected {total}")
    if abs(c["open"] - c["closed"]) > 1:
        err(f"questions {lang}: open {c['open']} closed {c['closed']} not about half each")
    random.Random(seed).shuffle(rows)
    q_out.extend(rows)
for t, n in q_seen.items():
    if n > 1:
        err(f"duplicate question: {t}")

# ---------------------------------------------------------------- paraphrases
FEELING = {
    "en": ["sorry", "understand", "must have been", "frustrating", "upsetting", "disappointing",
           "stressful", "worrying", "I can see why", "no wonder", "I know", "I realise", "heartbreaking",
           "miserable", "exhausting", "blow", "awful", "unnerving", "horrible"],
    "zh-Hans": ["理解", "抱歉", "着急", "闹心", "生气", "失望", "辛苦", "难受", "压力", "对不起",
                "寒心", "为难", "头疼", "蒙在鼓里", "累坏了"],
    "粵": ["明白", "唔好意思", "激氣", "心急", "擔心", "失望", "壓力", "對唔住", "好嬲"],
    "台": ["抱歉", "理解", "懂", "嘔", "不爽", "辛苦", "心寒", "不公平", "對不起", "難過"],
}
CHECK = {
    "en": ["is that right", "have I got that right", "did I get that right", "is that correct",
           "anything to add", "anything I've missed", "does that sound right", "did I understand",
           "am I right", "correct me", "have I missed anything", "did I get all that right",
           "have I understood", "is that a fair summary", "did I get everything", "is that everything",
           "did I get all of that"],
    "zh-Hans": ["对吗", "对不对", "没错吧", "我说得对吗", "我理解得对吗", "还有我漏掉的吗", "有没有说漏",
                "还有什么需要补充", "是这样吗"],
    "粵": ["啱唔啱", "係咪", "有冇漏", "有冇講漏", "對嗎", "係唔係"],
    "台": ["對嗎", "沒錯吧", "對不對", "漏掉", "是這樣嗎"],
}

P_SPEC = {"en": ("p-en", 20, 1401), "zh-Hans": ("p-zhs", 10, 1402), "zh-Hant": ("p-zht", 10, 1403)}
p_out = []
p_counts = {}
notes = []
items_by_lang = {"en": [dict(it, lang="en") for it in para_en.ITEMS]}
for it in para_zh.ITEMS:
    items_by_lang.setdefault(it["lang"], []).append(it)
for lang, (prefix, n_items, seed) in P_SPEC.items():
    items = items_by_lang.get(lang, [])
    if len(items) != n_items:
        err(f"paraphrases {lang}: {len(items)} customers, expected {n_items}")
    if lang == "zh-Hant":
        v = Counter(it.get("variety") for it in items)
        if v != Counter({"粵": 5, "台": 5}):
            err(f"zh-Hant varieties {dict(v)}")
    rows = []
    for it in items:
        key = it.get("variety", lang)
        labels = sorted(a[0] for a in it["answers"])
        if labels != ["good", "partial", "poor"]:
            err(f"{lang} {it['domain']}: answers {labels}")
        criteria = [{"id": fid, "any": list(words)} for fid, words in it["facts"]]
        criteria.append({"id": "feeling", "any": FEELING[key] + list(it.get("extra_feeling", []))})
        criteria.append({"id": "check", "any": list(CHECK[key])})
        for label, text, why in it["answers"]:
            if lang == "zh-Hant":
                why = f"{it['variety']}: {why}"
            if label == "good":
                low = text.lower()
                for fid, words in it["facts"]:
                    if not any(w.lower() in low for w in words):
                        notes.append(f"note {lang} {it['domain']}: good answer words '{fid}' beyond the examples")
                if not any(w.lower() in low for w in CHECK[key]):
                    notes.append(f"note {lang} {it['domain']}: good answer's check beyond the examples")
            rows.append({"lang": lang, "customer": it["customer"], "criteria": criteria,
                         "answer": text, "label": label, "why": why})
    p_counts[lang] = Counter(r["label"] for r in rows)
    random.Random(seed).shuffle(rows)
    for i, r in enumerate(rows, 1):
        p_out.append({"id": f"{prefix}-{i:03d}", **r})
ans_seen = Counter(r["answer"] for r in p_out)
for t, n in ans_seen.items():
    if n > 1:
        err(f"duplicate paraphrase answer: {t}")

# ---------------------------------------------------------------- write
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


write("replies.jsonl", reply_out["en"] + reply_out["zh-Hans"] + reply_out["zh-Hant"])
write("replies-ja.jsonl", reply_out["ja"])
write("questions.jsonl", q_out)
write("paraphrases.jsonl", p_out)

for n in notes:
    print(n)
print("replies:", {l: (len(v), sum(r['flag'] for r in v)) for l, v in reply_out.items()})
print("questions:", {l: dict(c) for l, c in q_counts.items()})
print("paraphrases:", {l: dict(c) for l, c in p_counts.items()})
if "--table" in sys.argv:
    langs = ["en", "zh-Hans", "zh-Hant", "ja"]
    print("| category | flag | en | zh-Hans | zh-Hant | ja | total |")
    print("|---|---|---|---|---|---|---|")
    for c in sorted(FLAGGED) + sorted(CLEAN):
        vals = [cat_table[l][c] for l in langs]
        print(f"| {c} | {'true' if c in FLAGGED else 'false'} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
