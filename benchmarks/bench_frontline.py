"""Score geo on the project's own front-line articles at the 20 km grain.

Builds the gold from ``eval/frontline/*.txt`` (markup: ``[[surface|lat,lon]]`` a
gold toponym, ``{{surface}}`` an ignored span; see that folder's README), runs the
geoparser on each article and scores it with the public scorer
(``../shared/eval/score.py``): recognition P/R/F1 (overlap), acc@161 km, the share
of resolved toponyms within 20 km, and end to end the share of all gold toponyms
found and resolved within 20 km. ``--errors`` lists every gold toponym missed or
put more than 20 km off, and every prediction that matches no gold.

``--articles GLOB`` scores a subset (e.g. ``'1[7-9]_*' --articles '2[0-2]_*'``, the
articles written after a round of fixes, as a held-out proxy).

``--single-newlines`` makes each article's blank lines single line breaks first (one
line per paragraph, as extracted web pages, newsroom exports and pasted copy have them).

Usage: python benchmarks/bench_frontline.py [--errors] [--single-newlines] [--articles GLOB ...]
           [--score-py PATH]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import tempfile
from pathlib import Path

from geo.evaluate import default_eval_dir, make_predictor, predict_file, score, share_within_km

ROOT = Path(__file__).resolve().parent.parent
_MARK = re.compile(r"\[\[([^|\]]+)\|(-?[\d.]+),(-?[\d.]+)\]\]|\{\{([^}]+)\}\}")
GRAIN_KM = 20.0
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")


def read_article(path: Path, single: bool = False) -> dict:
    """One annotated article as a gold document in the eval corpora's JSONL form
    (``single``: its blank lines made single line breaks first)."""
    source = path.read_text(encoding="utf-8")
    if single:
        source = _BLANK_LINES.sub("\n", source)
    text: list[str] = []
    toponyms, ignore = [], []
    pos = last = 0
    for m in _MARK.finditer(source):
        text.append(source[last : m.start()])
        pos += m.start() - last
        surface = m.group(1) or m.group(4)
        span = {"start": pos, "end": pos + len(surface), "text": surface}
        if m.group(1):
            toponyms.append({**span, "lat": float(m.group(2)), "lon": float(m.group(3))})
        else:
            ignore.append({**span, "why": "convention"})
        text.append(surface)
        pos += len(surface)
        last = m.end()
    text.append(source[last:])
    return {"id": path.stem, "text": "".join(text), "toponyms": toponyms, "ignore": ignore}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses and false positives")
    ap.add_argument("--score-py", default=str(default_eval_dir() / "score.py"))
    ap.add_argument(
        "--articles", action="append", metavar="GLOB", help="article file names (default all)"
    )
    ap.add_argument("--single-newlines", action="store_true",
                    help="make each article's blank lines single line breaks first")
    args = ap.parse_args()
    folder = ROOT / "eval" / "frontline"
    paths = {p for g in args.articles or ["*"] for p in folder.glob(g) if p.suffix == ".txt"}
    if not paths:  # a glob names files in eval/frontline: "34[0-9]_*", not a path
        ap.error(f"no article in {folder} matches {' '.join(args.articles or ['*'])}")
    docs = [read_article(p, args.single_newlines) for p in sorted(paths)]
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs))
        predict_file(gold, _places(make_predictor("geo")), pred)
        s = score(gold, pred, args.score_py)
        within = share_within_km(gold, pred, args.score_py, km=GRAIN_KM)
        e2e, errors = _end_to_end(gold, pred, args.score_py)
    n = sum(len(d["toponyms"]) for d in docs)
    print(f"{len(docs)} articles, {n} gold toponyms")
    print(f"recognition P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f}; acc@161 {s['acc161']:.3f}")
    print(f"resolved within {GRAIN_KM:.0f} km {within:.3f}; end to end within 20 km {e2e:.3f}")
    if args.errors:
        for line in errors:
            print(line)


def _places(predict):
    """The predictor without water bodies and physical features: rivers, seas and capes
    are no places in these articles (their README), and geo reads them as water (cue and
    kind ``"water"``) or as features (kind ``"physical"``: "the Cape of Good Hope"), which
    the public corpora's gold counts but this grain does not."""
    from geo.text.water import find_water

    def places(text: str) -> list[dict]:
        water = [(w.start, w.end) for w in find_water(text)]
        return [
            p for p in predict(text)
            if not any(s <= p["start"] and p["end"] <= e for s, e in water)
            and p.get("kind") != "physical"
        ]

    return places


def _end_to_end(gold: Path, pred: Path, score_py: str) -> tuple[float, list[str]]:
    spec = importlib.util.spec_from_file_location("_score", score_py)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    preds = {d["id"]: d for d in scorer.read_jsonl(pred)}
    good = total = 0
    errors = []
    for g in scorer.read_jsonl(gold):
        found, _ = scorer.clean_preds(preds[g["id"]]["toponyms"], len(g["text"]))
        pairs = scorer.match_doc(g["toponyms"], found, False)
        ignored = [(i["start"], i["end"]) for i in g.get("ignore", [])]
        for gi, gt in enumerate(g["toponyms"]):
            total += 1
            pr = found[pairs[gi]] if gi in pairs else None
            if pr is None or pr["lat"] is None:
                errors.append(f"{g['id']}: {gt['text']!r} at {gt['start']}: not resolved")
                continue
            km = scorer.haversine_km(gt["lat"], gt["lon"], pr["lat"], pr["lon"])
            good += km <= GRAIN_KM
            if km > GRAIN_KM:
                errors.append(f"{g['id']}: {gt['text']!r} at {gt['start']}: {km:.0f} km off")
        matched = set(pairs.values())
        for pi, pr in enumerate(found):
            inside = any(a < pr["end"] and pr["start"] < b for a, b in ignored)
            if pi not in matched and not inside:
                errors.append(f"{g['id']}: {g['text'][pr['start'] : pr['end']]!r} is no place")
    return good / max(total, 1), errors


if __name__ == "__main__":
    main()
