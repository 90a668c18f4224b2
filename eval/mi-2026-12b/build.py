#!/usr/bin/env python3
"""Build questions.jsonl from questions_src.py: check, shuffle (fixed seed), write."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from questions_src import ITEMS  # noqa: E402

SEED = 20261205
OUT = os.path.join(HERE, "questions.jsonl")


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def main():
    errors = []
    if len(ITEMS) != 200:
        errors.append(f"expected 200 items, got {len(ITEMS)}")
    n_open = sum(1 for _, l, _ in ITEMS if l == "open")
    n_closed = sum(1 for _, l, _ in ITEMS if l == "closed")
    if n_open + n_closed != len(ITEMS):
        errors.append("labels must be 'open' or 'closed'")
    if not 95 <= n_open <= 105:
        errors.append(f"open count {n_open} outside 95-105")
    seen = {}
    for i, item in enumerate(ITEMS):
        if len(item) != 3:
            errors.append(f"item {i} is not (text, label, note)")
            continue
        text, label, note = item
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            errors.append(f"item {i}: empty or untrimmed text")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"item {i}: missing note")
        k = norm(text)
        if k in seen:
            errors.append(f"duplicate: item {seen[k]} and {i}: {text!r}")
        seen[k] = i
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    rows = [{"text": t, "lang": "en", "label": l, "note": n} for t, l, n in ITEMS]
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({n_open} open, {n_closed} closed) to {OUT}")


if __name__ == "__main__":
    main()
