#!/usr/bin/env python3
"""Build the blind-2026-12p JSONL files from the hand-written sources; check counts and duplicates."""
import json, random, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import replies_en, replies_zhs, replies_zht, replies_ja, questions_src, para_en, para_zh

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

def replies(src, lang, tag, seed):
    rows = list(src)
    random.Random(seed).shuffle(rows)
    out = []
    for i, (cat, text, why) in enumerate(rows, 1):
        out.append({"id": f"r-{tag}-{i:03d}", "lang": lang, "text": text, "flag": not cat.startswith("clean-"), "category": cat, "why": why})
    return out

def check_replies(rows, total, ordinary):
    assert len(rows) == total, (rows[0]["lang"], len(rows))
    flagged = sum(r["flag"] for r in rows)
    assert flagged == total // 2, (rows[0]["lang"], flagged)
    n_ord = sum(r["category"] == "clean-ordinary" for r in rows)
    assert abs(n_ord - ordinary) <= 1, (rows[0]["lang"], n_ord)

R = replies(replies_en.ROWS, "en", "en", 1201) + replies(replies_zhs.ROWS, "zh-Hans", "zhs", 1202) + replies(replies_zht.ROWS, "zh-Hant", "zht", 1203)
by = collections.defaultdict(list)
for r in R: by[r["lang"]].append(r)
check_replies(by["en"], 110, 18); check_replies(by["zh-Hans"], 110, 18); check_replies(by["zh-Hant"], 80, 13)
for r in by["zh-Hant"]: assert r["why"][:2] in ("粵:", "台:"), r
RJ = replies(replies_ja.ROWS, "ja", "ja", 1204); check_replies(RJ, 40, 7)
texts = [r["text"] for r in R + RJ]; dup = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dup, dup
write("replies.jsonl", R); write("replies-ja.jsonl", RJ)

Q = []
want = {"en": 60, "zh-Hans": 40, "zh-Hant": 30, "ja": 20}
for lang, rows in questions_src.Q.items():
    assert len(rows) == want[lang], (lang, len(rows))
    for label, text, note in rows:
        assert label in ("open", "closed")
        Q.append({"text": text, "lang": lang, "label": label, "note": note})
random.Random(1205).shuffle(Q)
dup = [t for t, c in collections.Counter(q["text"] for q in Q).items() if c > 1]; assert not dup, dup
assert len(Q) == 150
write("questions.jsonl", Q)

P = []
for lang, tag, items, n in (("en", "en", para_en.ITEMS, 20), ("zh-Hans", "zhs", para_zh.ITEMS_HANS, 10), ("zh-Hant", "zht", para_zh.ITEMS_HANT, 10)):
    assert len(items) == n, (lang, len(items))
    k = 0
    for it in items:
        crit = [{"id": cid, "any": list(dict.fromkeys(words))} for cid, words in it["criteria"]]
        ids = [c["id"] for c in crit]
        assert len(set(ids)) == len(ids) and ids[-2:] == ["feeling", "check"], ids
        assert sorted(a[0] for a in it["answers"]) == ["good", "partial", "poor"], it["customer"]
        for label, answer, why in it["answers"]:
            k += 1
            P.append({"id": f"p-{tag}-{k:03d}", "lang": lang, "customer": it["customer"], "criteria": crit, "answer": answer, "label": label, "why": why})
dup = [t for t, c in collections.Counter(p["answer"] for p in P).items() if c > 1]; assert not dup, dup
dup = [t for t, c in collections.Counter(p["customer"] for p in P).items() if c != 3]; assert not dup, dup
assert len(P) == 120
write("paraphrases.jsonl", P)

def table():
    lines = ["| file | lang | rows | labels |", "| --- | --- | --- | --- |"]
    for lang in ("en", "zh-Hans", "zh-Hant"):
        rs = by[lang]; f = sum(r["flag"] for r in rs); o = sum(r["category"] == "clean-ordinary" for r in rs)
        lines.append(f"| replies.jsonl | {lang} | {len(rs)} | flag true {f} · false {len(rs)-f} (clean-ordinary {o}, hard clean {len(rs)-f-o}) |")
    f = sum(r["flag"] for r in RJ); o = sum(r["category"] == "clean-ordinary" for r in RJ)
    lines.append(f"| replies-ja.jsonl | ja | {len(RJ)} | flag true {f} · false {len(RJ)-f} (clean-ordinary {o}, hard clean {len(RJ)-f-o}) |")
    for lang in want:
        qs = [q for q in Q if q["lang"] == lang]; op = sum(q["label"] == "open" for q in qs)
        lines.append(f"| questions.jsonl | {lang} | {len(qs)} | open {op} · closed {len(qs)-op} |")
    for lang in ("en", "zh-Hans", "zh-Hant"):
        ps = [p for p in P if p["lang"] == lang]; c = collections.Counter(p["label"] for p in ps)
        lines.append(f"| paraphrases.jsonl | {lang} | {len(ps)} ({len(set(p['customer'] for p in ps))} customers) | good {c['good']} · partial {c['partial']} · poor {c['poor']} |")
    return "\n".join(lines)

print(table())
cats = collections.Counter((r["lang"], r["category"]) for r in R + RJ if r["flag"])
print(sorted(cats.items()))
