"""Build questions.jsonl from questions_src.py: check, shuffle (fixed seed), write."""
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from questions_src import ROWS  # noqa: E402

SEED = 20261205
TOTAL = 200


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def main():
    errors = []
    if len(ROWS) != TOTAL:
        errors.append(f"expected {TOTAL} rows, got {len(ROWS)}")
    seen = {}
    for i, row in enumerate(ROWS):
        if len(row) != 3:
            errors.append(f"row {i}: expected (label, note, text)")
            continue
        label, note, text = row
        if label not in ("open", "closed"):
            errors.append(f"row {i}: bad label {label!r}")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"row {i}: empty note")
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            errors.append(f"row {i}: empty or untrimmed text")
        k = norm(text)
        if k in seen:
            errors.append(f"row {i}: duplicate of row {seen[k]}: {text!r}")
        seen[k] = i
    n_open = sum(1 for r in ROWS if r[0] == "open")
    n_closed = sum(1 for r in ROWS if r[0] == "closed")
    if not 95 <= n_open <= 105:
        errors.append(f"open count {n_open} outside 95-105")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    rows = [
        {"text": t, "lang": "en", "label": l, "note": n} for (l, n, t) in ROWS
    ]
    random.Random(SEED).shuffle(rows)
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}: open={n_open} closed={n_closed}")


if __name__ == "__main__":
    main()
