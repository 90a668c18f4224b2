"""Build the blind-2026-12o JSONL files from the hand-written row lists."""
import json, os, random, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import replies_en, replies_zhs, replies_zht, replies_ja, questions_data, para_en, para_zh

FLAGGED = ["refusal-no-alternative", "dead-end", "blame", "doubting-customer", "brush-off",
           "false-reassurance", "your-call", "precedent", "busy", "order", "impatience",
           "policy-shield", "passing-buck", "send-to-manager", "hostile-question",
           "false-reaction", "nine-forbidden", "taboo"]
rng = random.Random(202612)

def reply_rows(rows, lang, prefix, n_expect, n_flag):
    rows = list(rows)
    assert len(rows) == n_expect, (lang, len(rows))
    texts = [r[1] for r in rows]
    assert len(set(texts)) == len(texts), f"duplicate text in {lang}"
    flagged = [r for r in rows if not r[0].startswith("clean-")]
    assert len(flagged) == n_flag, (lang, len(flagged))
    missing = set(FLAGGED) - {r[0] for r in flagged}
    assert not missing, (lang, missing)
    assert all(r[0] in FLAGGED for r in flagged), lang
    rng.shuffle(rows)
    out = []
    for i, (cat, text, why) in enumerate(rows, 1):
        out.append({"id": f"{prefix}-{i:03d}", "lang": lang, "text": text,
                    "flag": not cat.startswith("clean-"), "category": cat, "why": why})
    return out

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))

replies = (reply_rows(replies_en.ROWS, "en", "r-en", 110, 55)
           + reply_rows(replies_zhs.ROWS, "zh-Hans", "r-zh-Hans", 110, 55)
           + reply_rows(replies_zht.ROWS, "zh-Hant", "r-zh-Hant", 80, 40))
write("replies.jsonl", replies)
ja = reply_rows(replies_ja.ROWS, "ja", "r-ja", 40, 20)
write("replies-ja.jsonl", ja)

qs = []
for lang, rows, n in (("en", questions_data.EN, 50), ("zh-Hans", questions_data.ZHS, 45),
                      ("zh-Hant", questions_data.ZHT, 30), ("ja", questions_data.JA, 25)):
    rows = list(rows)
    assert len(rows) == n, (lang, len(rows))
    assert len({r[0] for r in rows}) == n, f"duplicate question {lang}"
    assert all(r[1] in ("open", "closed") for r in rows)
    rng.shuffle(rows)
    qs += [{"text": t, "lang": lang, "label": l, "note": note} for t, l, note in rows]
write("questions.jsonl", qs)

paras = []
for lang, stmts, n in (("en", para_en.S, 12), ("zh-Hans", para_zh.ZHS, 6), ("zh-Hant", para_zh.ZHT, 6)):
    assert len(stmts) == n, lang
    k = 0
    seen = set()
    for s in stmts:
        assert len(s["answers"]) == 5
        ids = [c["id"] for c in s["criteria"]]
        assert ids[-2:] == ["feeling", "check"] and len(set(ids)) == len(ids)
        assert all(2 <= len(c["any"]) <= 3 for c in s["criteria"])
        for label, ans, why in s["answers"]:
            assert label in ("good", "partial", "poor") and ans not in seen
            seen.add(ans)
            k += 1
            paras.append({"id": f"p-{lang}-{k:03d}", "lang": lang, "customer": s["customer"],
                          "criteria": s["criteria"], "answer": ans, "label": label, "why": why})
write("paraphrases.jsonl", paras)

def cnt(rows, key):
    c = Counter((r["lang"], r[key]) for r in rows)
    return dict(sorted(((f"{a}/{b}", v) for (a, b), v in c.items())))
print("replies", cnt(replies, "flag"))
print("replies clean-ordinary", Counter(r["lang"] for r in replies + ja if r["category"] == "clean-ordinary"))
print("ja", cnt(ja, "flag"))
print("questions", cnt(qs, "label"))
print("paraphrases", cnt(paras, "label"))
print("paraphrases total", Counter(r["label"] for r in paras))
