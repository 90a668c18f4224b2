"""Writes a restatement probe's rows as JSONL; each probe's build.py holds its rows as written."""
import json

# Common closing checks of Chinese restatements, for a probe's `check` criterion.
CHECK_HANS = ["对吗", "对吧", "是这样吧", "没错吧", "还有什么要补充的吗", "说得对", "理解得对吗"]
CHECK_HANT_TW = ["對嗎", "是這樣嗎", "沒錯吧", "對吧", "還有什麼要補充的嗎", "說得對", "理解對嗎"]
CHECK_HANT_HK = ["啱唔啱", "係咪咁", "有冇要補充", "講得啱", "冇錯吧"]
# Common closing checks of English restatements.
CHECK_EN = ["is that right", "have i got that right", "did i get that right", "is that correct",
            "have i understood", "anything i've missed"]
# The check a probe customer's criteria close with, by language ("-tw" / "-hk": Taiwan / Hong Kong).
CHECKS = {"en": CHECK_EN, "zh-Hans": CHECK_HANS, "zh-Hant-tw": CHECK_HANT_TW, "zh-Hant-hk": CHECK_HANT_HK}


def _row(row_id, lang, customer, criteria, answer, label, why):
    return {"id": row_id, "lang": lang, "customer": customer, "criteria": criteria,
            "answer": answer, "label": label, "why": why}



def graded(rows, prefix, lang, text, facts, feel, check, answers):
    """One customer's good / partial / poor answers as rows prefix+g, +p, +q; the criteria are the
    facts, the feeling and the check; lang "zh-Hant-tw" / "zh-Hant-hk" is written as zh-Hant."""
    crit = [{"id": k, "any": v} for k, v in facts] + [{"id": "feeling", "any": feel}, {"id": "check", "any": check}]
    for (answer, label, why), tag in zip(answers, "gpq"):
        rows.append(_row(f"{prefix}{tag}", lang.split("-tw")[0].split("-hk")[0], text, crit, answer, label, why))

def _write(rows):
    with open("paraphrases.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_english(prefix, statements, check=None):
    """(customer, criteria, answers) or (customer, criteria, feeling, answers): ids prefix-en-001…;
    with a feeling, the feeling and `check` close the criteria."""
    rows = []
    for customer, criteria, *rest in statements:
        answers = rest[-1]
        listed = [{"id": i, "any": a} for i, a in criteria]
        if len(rest) == 2:
            listed += [{"id": "feeling", "any": rest[0]}, {"id": "check", "any": check}]
        for answer, label, why in answers:
            rows.append(_row(f"{prefix}-en-{len(rows) + 1:03d}", "en", customer, listed, answer, label, why))
    _write(rows)


def write_by_language(prefix, items):
    """(lang, customer, criteria, answers): ids numbered per language, prefix-zh-Hans-001…"""
    rows, counts = [], {}
    for lang, customer, criteria, answers in items:
        for answer, label, why in answers:
            counts[lang] = counts.get(lang, 0) + 1
            listed = [{"id": cid, "any": words} for cid, words in criteria]
            rows.append(_row(f"{prefix}-{lang}-{counts[lang]:03d}", lang, customer, listed, answer, label, why))
    _write(rows)


REPLY_LANG = {"yue": "zh-Hant", "tw": "zh-Hant", "hans": "zh-Hans", "ja": "ja", "en": "en"}


def write_replies(prefix, rows):
    """Phrase-probe rows (variety, flag, category, text, why) as replies.jsonl, ids prefix-variety-01…;
    the variety names the language (yue and tw are zh-Hant)."""
    with open("replies.jsonl", "w", encoding="utf-8") as out:
        for i, (var, flag, cat, text, why) in enumerate(rows, 1):
            row = {"id": f"{prefix}-{var}-{i:02d}", "lang": REPLY_LANG[var], "text": text, "flag": flag,
                   "category": cat, "why": why}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows))
