#!/usr/bin/env python3
"""Build blind round 2026-12w from the hand-written sources. Deterministic (fixed seeds)."""
import collections, hashlib, json, os, random, sys
sys.dont_write_bytecode = True

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
ERR = []

def check(cond, msg):
    if not cond:
        ERR.append(msg)

def reply_rows(mod, lang, prefix, n, n_true, seed):
    rows = list(mod.ROWS)
    check(len(rows) == n, f"{lang}: {len(rows)} rows, want {n}")
    out = []
    for cat, text, why in rows:
        check(cat in FLAGGED or cat in CLEAN, f"{lang}: unknown category {cat}")
        flag = not cat.startswith("clean-")
        if lang == "zh-Hant":
            check(why.startswith("粵:") or why.startswith("台:"), f"zh-Hant why without 粵:/台: {text}")
        out.append({"lang": lang, "text": text, "flag": flag, "category": cat, "why": why})
    t = sum(r["flag"] for r in out)
    check(t == n_true, f"{lang}: {t} flagged, want {n_true}")
    cats = collections.Counter(r["category"] for r in out)
    for c in FLAGGED:
        check(cats[c] >= 1, f"{lang}: flagged category {c} missing")
    ordinary = cats["clean-ordinary"]
    clean = n - n_true
    check(abs(ordinary - clean / 3) <= 2, f"{lang}: clean-ordinary {ordinary} not about a third of {clean}")
    texts = [r["text"] for r in out]
    check(len(set(texts)) == len(texts), f"{lang}: duplicate reply texts")
    random.Random(seed).shuffle(out)
    res = []
    for i, r in enumerate(out, 1):
        res.append({"id": f"r-{prefix}-{i:03d}", **r})
    return res

def para_rows(items, lang, prefix, seed, feel, chk, n_items):
    check(len(items) == n_items, f"{lang}: {len(items)} customers, want {n_items}")
    out = []
    for it in items:
        labels = sorted(a[0] for a in it["answers"])
        check(labels == ["good", "partial", "poor"], f"{lang}: customer needs one good/partial/poor: {it['customer'][:30]}")
        crit = [{"id": fid, "any": list(ws)} for fid, ws in it["facts"]]
        crit.append({"id": "feeling", "any": list(feel)})
        crit.append({"id": "check", "any": list(chk)})
        ids = [c["id"] for c in crit]
        check(len(set(ids)) == len(ids), f"{lang}: duplicate criterion ids")
        if lang == "zh-Hant":
            check(it.get("variety") in ("粵", "台"), "zh-Hant item without variety")
        for label, answer, why in it["answers"]:
            if lang == "zh-Hant":
                check(why.startswith(it["variety"] + ":"), f"zh-Hant para why prefix: {why}")
            out.append({"lang": lang, "customer": it["customer"], "criteria": crit, "answer": answer,
                        "label": label, "why": why})
            if label == "good":
                for fid, ws in it["facts"]:
                    if not any(w.lower() in answer.lower() for w in ws):
                        print(f"note: {lang} good answer words fact '{fid}' beyond the example wordings (free wording)")
    answers = [r["answer"] for r in out]
    check(len(set(answers)) == len(answers), f"{lang}: duplicate answers")
    random.Random(seed).shuffle(out)
    return [{"id": f"p-{prefix}-{i:03d}", **r} for i, r in enumerate(out, 1)]

def main():
    replies = []
    replies += reply_rows(replies_en, "en", "en", 110, 55, 1201)
    replies += reply_rows(replies_zhs, "zh-Hans", "zhs", 110, 55, 1202)
    replies += reply_rows(replies_zht, "zh-Hant", "zht", 80, 40, 1203)
    ja = reply_rows(replies_ja, "ja", "ja", 40, 20, 1204)
    zht = [r for r in replies if r["lang"] == "zh-Hant"]
    check(sum(r["why"].startswith("粵:") for r in zht) >= 25 and sum(r["why"].startswith("台:") for r in zht) >= 25,
          "zh-Hant: 粵 and 台 not both well represented")

    qs = []
    want = {"en": 50, "zh-Hans": 45, "zh-Hant": 30, "ja": 25}
    for lang, label, text, note in questions_src.ROWS:
        check(label in ("open", "closed"), f"bad question label {label}")
        qs.append({"text": text, "lang": lang, "label": label, "note": note})
    for lang, n in want.items():
        rows = [q for q in qs if q["lang"] == lang]
        check(len(rows) == n, f"questions {lang}: {len(rows)}, want {n}")
        o = sum(q["label"] == "open" for q in rows)
        check(abs(o - (n - o)) <= 1, f"questions {lang}: open {o} / closed {n - o} not about half")
    qt = [q["text"] for q in qs]
    check(len(set(qt)) == len(qt), "duplicate question texts")
    random.Random(1205).shuffle(qs)

    paras = []
    paras += para_rows(para_en.ITEMS, "en", "en", 1206, para_en.FEEL_EN, para_en.CHECK_EN, 20)
    paras += para_rows(para_zh.ITEMS_ZHS, "zh-Hans", "zhs", 1207, para_zh.FEEL_ZHS, para_zh.CHECK_ZHS, 10)
    paras += para_rows(para_zh.ITEMS_ZHT, "zh-Hant", "zht", 1208, para_zh.FEEL_ZHT, para_zh.CHECK_ZHT, 10)
    v = collections.Counter(it["variety"] for it in para_zh.ITEMS_ZHT)
    check(v == {"粵": 5, "台": 5}, f"zh-Hant paraphrase varieties {dict(v)}, want 5/5")

    # no reply text reused across files
    allt = [r["text"] for r in replies + ja]
    check(len(set(allt)) == len(allt), "duplicate reply text across languages")

    if ERR:
        for e in ERR:
            print("ERROR:", e)
        sys.exit(1)

    def write(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, name), "rb") as f:
            print(name, len(rows), hashlib.sha256(f.read()).hexdigest()[:16])

    write("replies.jsonl", replies)
    write("replies-ja.jsonl", ja)
    write("questions.jsonl", qs)
    write("paraphrases.jsonl", paras)

    # summary tables
    allr = replies + ja
    print("\nreplies lang × flag")
    for lang in ["en", "zh-Hans", "zh-Hant", "ja"]:
        rs = [r for r in allr if r["lang"] == lang]
        print(lang, len(rs), sum(r["flag"] for r in rs), sum(not r["flag"] for r in rs),
              sum(r["category"] == "clean-ordinary" for r in rs))
    print("\ncategory × lang")
    for c in FLAGGED + CLEAN:
        cnt = [sum(1 for r in allr if r["lang"] == l and r["category"] == c) for l in ["en", "zh-Hans", "zh-Hant", "ja"]]
        print(f"| {c} | {'true' if c in FLAGGED else 'false'} | " + " | ".join(map(str, cnt)) + f" | {sum(cnt)} |")
    print("\nquestions")
    for lang in want:
        rows = [q for q in qs if q["lang"] == lang]
        print(lang, sum(q["label"] == "open" for q in rows), sum(q["label"] == "closed" for q in rows))
    print("\nparaphrases")
    for lang in ["en", "zh-Hans", "zh-Hant"]:
        rows = [p for p in paras if p["lang"] == lang]
        print(lang, len(rows), collections.Counter(p["label"] for p in rows))

if __name__ == "__main__":
    main()
