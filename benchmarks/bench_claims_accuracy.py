"""Score the claims of geo on the project's own claims articles: speaker, status, side.

Each article ``eval/claims/NN_name.txt`` has a gold file ``NN_name.json`` (see that
folder's README): its publication ``date`` and a list of ``claims``, each an
``anchor`` (words of the article inside the claim), the acceptable ``source``
names (null: the article's own reporting), the acceptable ``status`` values and,
when the text tells, the speaker's ``side``, and optionally the ``quantities``
(the values of the numbers the claim counts or measures, not dates, coordinates or
ordinals); and ``none``, anchors of sentences that are no claim (background,
geography).

A gold claim is *found* when a predicted claim's span holds its anchor. Its speaker
is right when the predicted ``source`` contains one of the gold names as whole
words, case aside ("Ukraine's General Staff" holds "General Staff"), or both are
null; its status is right when it is one of the gold values; its side when equal;
its quantities when the predicted values are the gold ones (as a set).
Every rate counts a claim not found as wrong. ``false claims`` counts the ``none``
anchors inside a predicted claim.

``--single-newlines`` scores each article with its blank lines made single line
breaks (one line per paragraph, as extracted web pages, newsroom exports and pasted
wire copy have them), against the same gold.

Usage: python benchmarks/bench_claims_accuracy.py [--errors] [--single-newlines]
           [--dir eval/claims] [GLOB]
       (GLOB: the articles to score, e.g. '0[1-6]_*.txt'; default all)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _words(s: str) -> str:
    return " " + " ".join(re.findall(r"\w+", s.lower())) + " "


def speaker_right(predicted: str | None, gold: list[str] | None) -> bool:
    """Whether ``predicted`` names the gold speaker (see the module docstring)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    have = _words(predicted)
    return any(_words(g) in have for g in gold)


_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")


def single_newlines(text: str) -> str:
    """``text`` with every run of blank lines made one line break."""
    return _BLANK_LINES.sub("\n", text)


def score_article(path: Path, gaz, single: bool = False) -> tuple[dict, list[str]]:
    """Counts for one article and the lines describing its errors (``single``: the
    article's blank lines made single line breaks first)."""
    import geo

    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    if single:
        text = single_newlines(text)
    date = dt.date.fromisoformat(gold["date"]) if gold.get("date") else None
    claims = geo.analyze(text, gazetteer=gaz, date=date).claims
    counts = dict.fromkeys(("gold", "found", "speaker", "status", "sided", "side", "none",
                            "false", "counted", "quantities"), 0)
    errors: list[str] = []

    def holding(anchor: str):
        at = text.find(anchor)
        if at < 0:
            raise SystemExit(f"bench_claims_accuracy: error: {path.name}: anchor not in "
                             f"the text: {anchor!r}")
        return next((c for c in claims if c.start <= at and at + len(anchor) <= c.end), None)

    for g in gold["claims"]:
        counts["gold"] += 1
        c = holding(g["anchor"])
        sided = "side" in g
        counts["sided"] += sided
        counted = "quantities" in g
        counts["counted"] += counted
        if c is None:
            errors.append(f"  {path.stem}: missed: {g['anchor']!r}")
            continue
        counts["found"] += 1
        ok_speaker = speaker_right(c.source, g["source"])
        ok_status = c.status in g["status"]
        ok_side = sided and c.side == g["side"]
        counts["speaker"] += ok_speaker
        counts["status"] += ok_status
        counts["side"] += ok_side
        values = sorted({q.value for q in c.quantities})
        ok_quantities = counted and values == sorted(set(g["quantities"]))
        counts["quantities"] += ok_quantities
        if not (ok_speaker and ok_status and (ok_side or not sided)
                and (ok_quantities or not counted)):
            errors.append(
                f"  {path.stem}: {g['anchor']!r}: source {c.source!r} (gold {g['source']}), "
                f"status {c.status!r} (gold {g['status']})"
                + (f", side {c.side!r} (gold {g['side']!r})" if sided else "")
                + (f", quantities {values} (gold {g['quantities']})" if counted else "")
            )
    for anchor in gold.get("none", ()):
        counts["none"] += 1
        c = holding(anchor)
        if c is not None:
            counts["false"] += 1
            errors.append(f"  {path.stem}: false claim: {anchor!r} in {c.text!r}")
    return counts, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every claim not right")
    ap.add_argument("--single-newlines", action="store_true",
                    help="make each article's blank lines single line breaks first")
    ap.add_argument("--dir", type=Path, default=ROOT / "eval" / "claims")
    ap.add_argument("articles", nargs="?", default="*.txt",
                    help="glob of the articles to score in --dir (default *.txt)")
    args = ap.parse_args()
    from geo.gazetteer.index import load_gazetteer

    paths = sorted(p for p in args.dir.glob(args.articles) if p.suffix == ".txt")
    if not paths:
        print(f"bench_claims_accuracy: error: no article in {args.dir}", file=sys.stderr)
        return 2
    gaz = load_gazetteer()
    total: dict[str, int] = {}
    errors: list[str] = []
    for p in paths:
        counts, errs = score_article(p, gaz, args.single_newlines)
        errors += errs
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    n = max(total["gold"], 1)
    print(f"{len(paths)} articles, {total['gold']} gold claims")
    print(
        f"found {total['found'] / n:.3f}; speaker {total['speaker'] / n:.3f}; "
        f"status {total['status'] / n:.3f}; side {total['side'] / max(total['sided'], 1):.3f} "
        f"(of {total['sided']}); false claims {total['false']} of {total['none']}"
        + (f"; quantities {total['quantities'] / total['counted']:.3f} (of {total['counted']})"
           if total["counted"] else "")
    )
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
