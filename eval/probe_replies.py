"""Writes a phrase probe's rows (text, flag, category) as JSONL; each probe's build.py holds its rows as written."""
import json


def write_replies(path, prefix, lang, rows):
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, flag, cat) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"{prefix}-{i:02d}", "lang": lang, "text": text, "flag": flag, "category": cat}, ensure_ascii=False) + "\n")
