#!/usr/bin/env python3
"""Build the blind round 2026-12v JSONL files from the hand-written sources.

Deterministic: fixed seeds, no timestamps. Run `python3 build.py` from any directory.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import replies_en, replies_zhs, replies_zht, replies_ja  # noqa: E402
import questions_src  # noqa: E402
import para_en, para_zh  # noqa: E402

FLAGGED = {
    "refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off", "false-reassurance",
    "your-call", "precedent", "busy", "order", "impatience", "passing-buck", "send-to-manager",
    "policy-shield", "hostile-question", "false-reaction", "nine-forbidden", "taboo",
}
CLEAN = {
    "clean-ordinary", "clean-refusal-alternative", "clean-recommendation", "clean-requirement-info",
    "clean-question-obligation", "clean-empathy", "clean-apology-action", "clean-not-sure-callback",
    "clean-transfer", "clean-hold", "clean-wont-wait", "clean-factual-no", "clean-quoted",
    "clean-manager-brought", "clean-thats-fine",
}

errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def reply_rows(rows, lang, prefix, n, n_true, n_ordinary, seed):
    check(len(rows) == n, f"{lang}: {len(rows)} replies, want {n}")
    out = []
    for cat, text, why in rows:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: unknown category {cat}")
        out.append({"lang": lang, "text": text, "flag": cat in FLAGGED, "category": cat, "why": why})
    t = sum(r["flag"] for r in out)
    check(t == n_true, f"{lang}: {t} flagged, want {n_true}")
    o = sum(r["category"] == "clean-ordinary" for r in out)
    check(o == n_ordinary, f"{lang}: {o} clean-ordinary, want {n_ordinary}")
    cats = {r["category"] for r in out}
    check(FLAGGED <= cats, f"{lang}: flagged categories missing: {sorted(FLAGGED - cats)}")
    texts = [r["text"] for r in out]
    check(len(set(texts)) == len(texts), f"{lang}: duplicate reply text")
    if lang == "zh-Hant":
        for r in out:
            check(r["why"].startswith(("粵:", "台:", "粵：", "台：")), f"zh-Hant why lacks 粵/台 prefix: {r['text']}")
    random.Random(seed).shuffle(out)
    res = []
    for i, r in enumerate(out, 1):
        res.append({"id": f"{prefix}-{i:03d}", **r})
    return res


def question_rows(rows, lang, n, n_open):
    check(len(rows) == n, f"{lang}: {len(rows)} questions, want {n}")
    out = []
    for text, label, note in rows:
        check(label in ("open", "closed"), f"{lang}: bad label {label}")
        out.append({"text": text, "lang": lang, "label": label, "note": note})
    o = sum(r["label"] == "open" for r in out)
    check(o == n_open, f"{lang}: {o} open questions, want {n_open}")
    texts = [r["text"] for r in out]
    check(len(set(texts)) == len(texts), f"{lang}: duplicate question")
    return out


def para_rows(items, lang, check_words, n_items, zht=False):
    check(len(items) == n_items, f"{lang}: {len(items)} customer statements, want {n_items}")
    out = []
    seen = set()
    for it in items:
        check(it["customer"] not in seen, f"{lang}: duplicate customer statement")
        seen.add(it["customer"])
        crit = [{"id": fid, "any": list(words)} for fid, words in it["facts"]]
        crit.append({"id": "feeling", "any": list(it["feeling"])})
        crit.append({"id": "check", "any": list(check_words)})
        ids = [c["id"] for c in crit]
        check(len(set(ids)) == len(ids), f"{lang}: duplicate criterion id in {it['customer'][:30]}")
        labels = sorted(a[0] for a in it["answers"])
        check(labels == ["good", "partial", "poor"], f"{lang}: answers not one of each grade: {it['customer'][:30]}")
        if zht:
            v = {a[2][:1] for a in it["answers"]}
            check(len(v) == 1 and v <= {"粵", "台"}, f"zh-Hant paraphrase why lacks a single 粵/台 prefix: {it['customer'][:30]}")
        for label, answer, why in it["answers"]:
            check(answer not in seen, f"{lang}: duplicate answer")
            seen.add(answer)
            out.append({"lang": lang, "customer": it["customer"], "criteria": crit, "answer": answer,
                        "label": label, "why": why})
            if label == "good":
                low = answer.lower()
                for c in crit[:-2]:
                    if not any(w.lower() in low for w in c["any"]):
                        print(f"note: {lang} good answer words fact '{c['id']}' beyond the examples: {answer[:50]}…")
    return out


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    replies = []
    replies += reply_rows(replies_en.ROWS, "en", "r-en", 110, 55, 18, 1201)
    replies += reply_rows(replies_zhs.ROWS, "zh-Hans", "r-zhs", 110, 55, 18, 1202)
    replies += reply_rows(replies_zht.ROWS, "zh-Hant", "r-zht", 80, 40, 13, 1203)
    ja = reply_rows(replies_ja.ROWS, "ja", "r-ja", 40, 20, 7, 1204)

    qs = []
    qs += question_rows(questions_src.EN, "en", 50, 25)
    qs += question_rows(questions_src.ZHS, "zh-Hans", 45, 23)
    qs += question_rows(questions_src.ZHT, "zh-Hant", 30, 15)
    qs += question_rows(questions_src.JA, "ja", 25, 13)
    random.Random(1205).shuffle(qs)

    paras = []
    for lang, items, words, n, prefix, seed, zht in [
        ("en", para_en.ITEMS, para_en.CHECK, 20, "p-en", 1206, False),
        ("zh-Hans", para_zh.ZHS, para_zh.CHECK_S, 10, "p-zhs", 1207, False),
        ("zh-Hant", para_zh.ZHT, para_zh.CHECK_T, 10, "p-zht", 1208, True),
    ]:
        rows = para_rows(items, lang, words, n, zht)
        random.Random(seed).shuffle(rows)
        for i, r in enumerate(rows, 1):
            paras.append({"id": f"{prefix}-{i:03d}", **r})
    v = Counter(it["answers"][0][2][:1] for it in para_zh.ZHT)
    check(v == Counter({"粵": 5, "台": 5}), f"zh-Hant paraphrase varieties {dict(v)}, want 5 粵 / 5 台")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    write_jsonl("replies.jsonl", replies)
    write_jsonl("replies-ja.jsonl", ja)
    write_jsonl("questions.jsonl", qs)
    write_jsonl("paraphrases.jsonl", paras)

    # summary
    allr = replies + ja
    print("replies:", Counter((r["lang"], r["flag"]) for r in allr))
    print("questions:", Counter((q["lang"], q["label"]) for q in qs))
    print("paraphrases:", Counter((p["lang"], p["label"]) for p in paras))


if __name__ == "__main__":
    main()
