"""Print the toponyms right at 161 km but wrong at 20 km, by what our point stands for.

Reads the error dump of ``geo eval --errors FILE`` (one JSON object a line) and prints
a Markdown table: one row per kind of our resolved record (``country``, ``admin1``,
``admin2``, ``place``, ``estimated``, ``water``, ...), one column per corpus, counting the
gold toponyms we put more than 20 km and at most 161 km from the gold point
(:func:`geo.evaluate.grain_buckets`)::

    python -m geo eval --system geo --errors /tmp/err.jsonl
    python scripts/grain_buckets.py /tmp/err.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geo.evaluate import grain_buckets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("errors", type=Path, help="the file geo eval --errors wrote")
    args = parser.parse_args(argv)
    try:
        with open(args.errors, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
    except (OSError, json.JSONDecodeError) as err:
        print(f"grain_buckets: error: cannot read {args.errors}: {err}", file=sys.stderr)
        return 2
    buckets = grain_buckets(rows)
    corpora = list(dict.fromkeys(str(r.get("corpus", "")) for r in rows))  # as evaluated
    print("| our record | " + " | ".join(corpora) + " | all |")
    print("|---|" + "--:|" * (len(corpora) + 1))
    for kind, by in buckets.items():
        cells = [str(by.get(c, 0)) for c in corpora]
        print(f"| {kind} | " + " | ".join(cells) + f" | {sum(by.values())} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
