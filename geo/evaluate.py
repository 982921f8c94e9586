"""Evaluation harness: run a geoparser over the public dev corpora and score it.

The corpora and the scorer live outside the project, in ``../shared/eval``
(GPL-3.0 data: read at run time, never copied here). For every corpus and
system this module

1. runs a *predictor* (``text -> [{"start", "end", "lat", "lon"}, ...]``) over
   each gold document and writes a prediction JSONL (:func:`predict_file`),
2. scores it with the corpus's own ``score.py --json`` (:func:`score`),
3. collects one row of metrics and throughput per (corpus, system)
   (:func:`run_eval`) and renders them as Markdown (:func:`format_table`).

Two systems are built in: ``geo`` (:func:`geo.analyze` with the offline
gazetteer, :func:`geo_predictor`) and ``geotext``, the baseline of the issue:
PyPI ``geotext`` for recognition, each name resolved to its most populous
gazetteer entry (:func:`geotext_predictor`).

Command line: ``python -m geo.evaluate [--corpus lgl] [--system geo] [--limit 20]``
(also ``geo eval``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ._io import atomic_write
from .errors import GeoError, InputError

__all__ = [
    "CORPORA",
    "DEMONYM_CORPORA",
    "GRAIN_KM",
    "SYSTEMS",
    "Predictor",
    "corpus_path",
    "default_eval_dir",
    "format_table",
    "geo_predictor",
    "geotext_predictor",
    "main",
    "make_predictor",
    "predict_file",
    "read_gold",
    "run_eval",
    "score",
    "share_within_km",
]

#: A predictor maps a document's text to its toponyms: dicts with ``start``,
#: ``end`` (Python string offsets, end exclusive), ``lat`` and ``lon`` (``None``
#: when recognised but not resolved).
Predictor = Callable[[str], list[dict[str, Any]]]

#: Corpus short names, in table order, and their dev files in the eval directory.
CORPORA: dict[str, str] = {
    "lgl": "lgl-dev.jsonl",
    "tr-news": "tr-news-dev.jsonl",
    "geovirus": "geovirus-dev.jsonl",
    "geowebnews": "geowebnews-dev.jsonl",
    "wiktor": "wiktor-dev.jsonl",
}

#: Corpora whose annotation guidelines count adjectives and demonyms ("Turkish",
#: "Syrian") as toponyms (see ../shared/eval/README.md): geo tags them there.
DEMONYM_CORPORA: frozenset[str] = frozenset({"lgl", "tr-news", "geowebnews"})

#: Built-in systems, in table order.
SYSTEMS: tuple[str, ...] = ("geo", "geotext")

# Table columns: (row key, header, kind of number).
_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("corpus", "corpus", "text"),
    ("system", "system", "text"),
    ("docs", "docs", "int"),
    ("P", "P", "pct"),
    ("R", "R", "pct"),
    ("F1", "F1", "pct"),
    ("acc@161", "acc@161", "pct"),
    ("AUC", "AUC", "auc"),
    ("e2e acc@161", "e2e acc@161", "pct"),
    ("within 20 km", "≤20 km", "pct"),
    ("docs/s", "docs/s", "int"),
    ("chars/s", "chars/s", "int"),
)

_WARM_UP_TEXT = "Troops left Kharkiv for Sumy, near the border with Russia."
_MARK_BEGIN = "<!-- geo.evaluate: begin -->"
_MARK_END = "<!-- geo.evaluate: end -->"


# --------------------------------------------------------------------------- files
def default_eval_dir() -> Path:
    """``../shared/eval`` next to the repository (``<repo>/../shared/eval``)."""
    return Path(__file__).resolve().parents[2] / "shared" / "eval"


def corpus_path(eval_dir: str | os.PathLike[str], corpus: str) -> Path:
    """The dev file of ``corpus`` (a key of :data:`CORPORA`) in ``eval_dir``.

    Raises
    ------
    InputError
        Unknown corpus name.
    """
    try:
        return Path(eval_dir) / CORPORA[corpus]
    except KeyError:
        raise InputError(f"unknown corpus {corpus!r}; valid: {', '.join(CORPORA)}") from None


def read_gold(path: str | os.PathLike[str], *, limit: int | None = None) -> Iterator[dict]:
    """Yield the documents of a gold JSONL file (at most ``limit``).

    Parameters
    ----------
    path : path-like
        One JSON object per line with at least ``id`` and ``text``.
    limit : int, optional
        Stop after this many documents.

    Raises
    ------
    InputError
        The file is missing, a line is not JSON, or a document lacks ``id``/``text``.
    """
    if limit is not None and limit < 0:
        raise InputError(f"limit must be >= 0, got {limit}")
    path = Path(path)
    if not path.is_file():
        raise InputError(f"gold file {path} does not exist")
    n = 0
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if limit is not None and n >= limit:
                return
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{lineno}: not JSON ({err.msg})") from None
            if not isinstance(doc, dict) or "id" not in doc or not isinstance(doc.get("text"), str):
                raise InputError(f"{path}:{lineno}: a document needs an 'id' and a 'text'")
            n += 1
            yield doc


def _clean(toponym: dict[str, Any]) -> dict[str, Any]:
    try:
        out = {"start": int(toponym["start"]), "end": int(toponym["end"])}
    except (KeyError, TypeError, ValueError):
        raise InputError(f"a predicted toponym needs integer start/end, got {toponym!r}") from None
    if "text" in toponym:
        out["text"] = toponym["text"]
    out["lat"] = toponym.get("lat")
    out["lon"] = toponym.get("lon")
    return out


def predict_file(
    gold_path: str | os.PathLike[str],
    predictor: Predictor,
    out_path: str | os.PathLike[str],
    *,
    limit: int | None = None,
) -> dict[str, Any]:
    """Run ``predictor`` on every gold document and write a prediction JSONL.

    Parameters
    ----------
    gold_path : path-like
        Gold JSONL (one ``{"id", "text", ...}`` per line).
    predictor : callable
        ``predictor(text) -> [{"start", "end", "lat", "lon"}, ...]``.
    out_path : path-like
        Written with one ``{"id": ..., "toponyms": [...]}`` line per document,
        in gold order.
    limit : int, optional
        Only the first ``limit`` documents.

    Returns
    -------
    dict
        ``{"docs": n, "chars": total characters, "seconds": time spent inside
        predictor calls only}``.

    Examples
    --------
    >>> import tempfile
    >>> stub = lambda text: [{"start": 6, "end": 10, "lat": 50.9, "lon": 34.8}]
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     gold, pred = Path(tmp, "g.jsonl"), Path(tmp, "p.jsonl")
    ...     _ = gold.write_text('{"id": "a", "text": "Go to Sumy."}\\n')
    ...     run = predict_file(gold, stub, pred)
    ...     line = pred.read_text()
    >>> run["docs"], run["chars"]
    (1, 11)
    >>> line
    '{"id": "a", "toponyms": [{"start": 6, "end": 10, "lat": 50.9, "lon": 34.8}]}\\n'
    """
    from ._io import dumps_json

    docs = chars = 0
    seconds = 0.0
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as out:
        for doc in read_gold(gold_path, limit=limit):
            text = doc["text"]
            t0 = time.perf_counter()
            toponyms = predictor(text)
            seconds += time.perf_counter() - t0
            line = {"id": doc["id"], "toponyms": [_clean(t) for t in toponyms]}
            out.write(dumps_json(line) + "\n")  # strict: NaN or a lone surrogate never pass
            docs += 1
            chars += len(text)
    return {"docs": docs, "chars": chars, "seconds": seconds}


# --------------------------------------------------------------------------- scoring
def _num(x: Any) -> float | None:
    """A metric as float, ``None`` for n/a (``null``, ``"n/a"``, non-numbers)."""
    if isinstance(x, bool) or x is None:
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def score(
    gold_path: str | os.PathLike[str],
    pred_path: str | os.PathLike[str],
    score_py: str | os.PathLike[str],
    *,
    drop_unresolved: bool = False,
) -> dict[str, Any]:
    """Score a prediction file with the external ``score.py --json``.

    Parameters
    ----------
    gold_path, pred_path : path-like
        Gold and prediction JSONL files.
    score_py : path-like
        The scorer (``../shared/eval/score.py``); run with :data:`sys.executable`.
    drop_unresolved : bool
        Pass ``--drop-unresolved`` (predictions without coordinates are removed
        before matching).

    Returns
    -------
    dict
        Fractions in [0, 1] (``None`` where the scorer reports n/a, e.g.
        precision on WikToR's partially annotated documents):

        - ``P``, ``R``, ``F1``: recognition with overlap matching;
        - ``P_exact``, ``R_exact``, ``F1_exact``: exact-span matching;
        - ``acc161``, ``AUC``, ``median_km``, ``mean_km``: resolution of the
          recognised gold toponyms (AUC: lower is better);
        - ``e2e_acc161``: share of all gold toponyms recognised and resolved
          within 161 km;
        - counts ``docs``, ``gold``, ``predicted``, ``resolved_n``,
          ``unresolved_matched``; and ``raw``, the scorer's full JSON.

    Raises
    ------
    InputError
        A file is missing.
    GeoError
        The scorer failed or printed something that is not its JSON report.
    """
    paths = [Path(gold_path), Path(pred_path), Path(score_py)]
    for p in paths:
        if not p.is_file():
            raise InputError(f"{p} does not exist")
    cmd = [sys.executable, str(paths[2]), str(paths[0]), str(paths[1]), "--json"]
    if drop_unresolved:
        cmd.append("--drop-unresolved")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        last = (proc.stderr.strip() or proc.stdout.strip() or "no output").splitlines()[-1]
        raise GeoError(f"score.py failed (exit {proc.returncode}): {last}")
    try:
        raw = json.loads(proc.stdout)
        a = raw["all"]
        ov, ex = a["recognition_overlap"], a["recognition_exact"]
        res, e2e = a["resolution"], a["end_to_end"]
    except (json.JSONDecodeError, KeyError, TypeError) as err:
        raise GeoError(f"unexpected score.py output ({err})") from None
    return {
        "docs": a.get("docs"),
        "gold": a.get("gold_toponyms"),
        "predicted": a.get("predicted_toponyms"),
        "P": _num(ov.get("precision")),
        "R": _num(ov.get("recall")),
        "F1": _num(ov.get("f1")),
        "P_exact": _num(ex.get("precision")),
        "R_exact": _num(ex.get("recall")),
        "F1_exact": _num(ex.get("f1")),
        "acc161": _num(res.get("acc161")),
        "AUC": _num(res.get("auc")),
        "median_km": _num(res.get("median_km")),
        "mean_km": _num(res.get("mean_km")),
        "resolved_n": res.get("n"),
        "unresolved_matched": res.get("unresolved_matched"),
        "e2e_acc161": _num(e2e.get("acc161_e2e")),
        "raw": raw,
    }


#: The front line's grain: a place put further off than this moves a front.
GRAIN_KM = 20.0


def share_within_km(
    gold_path: str | os.PathLike[str],
    pred_path: str | os.PathLike[str],
    score_py: str | os.PathLike[str],
    *,
    km: float = GRAIN_KM,
) -> float | None:
    """Share of the resolved toponyms (recognised gold toponyms given coordinates) that
    lie within ``km`` of the gold point; None when none is resolved.

    Matching (one-to-one, by overlap) and distances are the scorer's own
    (``score.py``'s ``match_doc``, ``clean_preds`` and ``haversine_km``), so the
    denominator is that of its acc@161 less the matched toponyms left without
    coordinates.

    Raises
    ------
    InputError
        A file is missing.
    GeoError
        ``score.py`` lacks the functions named above.
    """
    import importlib.util

    paths = [Path(gold_path), Path(pred_path), Path(score_py)]
    for p in paths:
        if not p.is_file():
            raise InputError(f"{p} does not exist")
    spec = importlib.util.spec_from_file_location("_geo_eval_score", paths[2])
    if spec is None or spec.loader is None:
        raise GeoError(f"cannot load {paths[2]}")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    try:
        read, match, clean, dist = (
            scorer.read_jsonl, scorer.match_doc, scorer.clean_preds, scorer.haversine_km
        )
    except AttributeError as err:
        raise GeoError(f"{paths[2]} has no {err.name}") from None
    preds = {str(d["id"]): d for d in read(paths[1]) if "id" in d}
    within = resolved = 0
    for g in read(paths[0]):
        p = preds.get(str(g["id"]))
        gold = g.get("toponyms", [])
        found, _ = clean(p.get("toponyms") if p else [], len(g.get("text", "")))
        for gi, pi in match(gold, found, False).items():
            gt, pr = gold[gi], found[pi]
            if pr["lat"] is None or pr["lon"] is None:
                continue
            resolved += 1
            within += dist(gt["lat"], gt["lon"], pr["lat"], pr["lon"]) <= km
    return within / resolved if resolved else None


# --------------------------------------------------------------------------- systems
def _load_gazetteer(gazetteer):
    if gazetteer is not None:
        return gazetteer
    from .gazetteer.index import load_gazetteer

    return load_gazetteer()


def geo_predictor(*, demonyms: bool = False, gazetteer=None) -> Predictor:
    """A predictor running the geoparser (:func:`geo.text.geoparse.geoparse`).

    This is the toponym stage of :func:`geo.analyze` (which adds spatial
    features and claims); the corpora score toponyms only, and the measured
    throughput is the geoparser's.

    Parameters
    ----------
    demonyms : bool
        Also tag adjectives and demonyms ("Ukrainian" -> Ukraine).
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.load_gazetteer`.

    Notes
    -----
    The predictor is called once on a short sentence before it is returned, so
    lazy set-up inside the parser is not counted as parsing time.
    """
    from .text.geoparse import geoparse

    gaz = _load_gazetteer(gazetteer)

    def predict(text: str) -> list[dict[str, Any]]:
        return [
            {"start": t.start, "end": t.end, "text": t.text, "lat": t.lat, "lon": t.lon}
            for t in geoparse(text, gaz, demonyms=demonyms)
        ]

    predict(_WARM_UP_TEXT)
    return predict


def _most_populous(gazetteer, name: str, kind: str) -> tuple[float, float] | None:
    """(lat, lon) of the most populous record named ``name``, preferring ``kind``."""
    candidates = gazetteer.lookup(name)
    if not candidates:
        return None
    of_kind = [c for c in candidates if gazetteer.kind(c.record) == kind]
    pool = of_kind or candidates
    # max() keeps the first of equals: the lookup order (match quality, importance).
    best = max(pool, key=lambda c: gazetteer.population(c.record))
    return gazetteer.lat_lon(best.record)


def _locate(text: str, mentions: Sequence[str]) -> list[tuple[int, int, str]]:
    """Character spans of ``mentions`` (names found in order, repeats included).

    Each distinct name takes its first ``k`` whole-word occurrences (``k`` =
    times reported), left to right, skipping those that overlap a longer name
    already placed ("York" does not land inside "New York").
    """
    spans: list[tuple[int, int, str]] = []
    for name, k in sorted(Counter(mentions).items(), key=lambda kv: (-len(kv[0]), kv[0])):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        found = 0
        for m in pattern.finditer(text):
            if found == k:
                break
            s, e = m.span()
            if any(s < e2 and s2 < e for s2, e2, _ in spans):
                continue
            spans.append((s, e, name))
            found += 1
    return sorted(spans)


def geotext_predictor(gazetteer=None) -> Predictor:
    """The geotext baseline: PyPI ``geotext`` recognition, most populous resolution.

    ``GeoText(text)`` lists the city and country names it finds (no offsets),
    in text order; each mention is located with a whole-word search (see
    :func:`_locate`) and resolved to the most populous record of that name in
    our gazetteer: among populated places for cities, the country record for
    countries (any record when none of that kind exists). A name the gazetteer
    lacks is returned unresolved (``lat``/``lon`` ``None``).

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.load_gazetteer`.

    Raises
    ------
    GeoError
        ``geotext`` is not installed (``pip install 'geo-frontline[eval]'``).
    """
    try:
        from geotext import GeoText
    except ImportError:
        raise GeoError(
            "the geotext baseline needs geotext: pip install 'geo-frontline[eval]'"
        ) from None
    gaz = _load_gazetteer(gazetteer)
    cache: dict[tuple[str, str], tuple[float, float] | None] = {}

    def resolve(name: str, kind: str) -> tuple[float, float] | None:
        key = (name, kind)
        if key not in cache:
            cache[key] = _most_populous(gaz, name, kind)
        return cache[key]

    def predict(text: str) -> list[dict[str, Any]]:
        found = GeoText(text)
        kinds = {name: "place" for name in found.cities}
        kinds.update({name: "country" for name in found.countries})
        out = []
        for start, end, name in _locate(text, [*found.cities, *found.countries]):
            ll = resolve(name, kinds[name])
            out.append(
                {
                    "start": start,
                    "end": end,
                    "text": name,
                    "lat": ll[0] if ll else None,
                    "lon": ll[1] if ll else None,
                }
            )
        return out

    predict(_WARM_UP_TEXT)
    return predict


def make_predictor(system: str, *, gazetteer=None, demonyms: bool = False) -> Predictor:
    """The predictor of a built-in system (``"geo"`` or ``"geotext"``).

    Raises
    ------
    InputError
        Unknown system.
    """
    if system == "geo":
        return geo_predictor(demonyms=demonyms, gazetteer=gazetteer)
    if system == "geotext":
        return geotext_predictor(gazetteer)
    raise InputError(f"unknown system {system!r}; valid: {', '.join(SYSTEMS)}")


# --------------------------------------------------------------------------- driver
def _first_docs(gold: Path, out: Path, limit: int) -> Path:
    """Write the first ``limit`` documents of ``gold`` to ``out`` (a scratch file)."""
    with out.open("w", encoding="utf-8") as f:
        for doc in read_gold(gold, limit=limit):
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return out


def run_eval(
    eval_dir: str | os.PathLike[str],
    *,
    systems: Sequence[str] = SYSTEMS,
    corpora: Sequence[str] | None = None,
    work_dir: str | os.PathLike[str] | None = None,
    demonyms: bool | None = None,
    limit: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Evaluate ``systems`` on ``corpora``; one row per (corpus, system).

    Parameters
    ----------
    eval_dir : path-like
        Directory with the ``*-dev.jsonl`` corpora and ``score.py``.
    systems : sequence of str
        Names from :data:`SYSTEMS`.
    corpora : sequence of str, optional
        Names from :data:`CORPORA`; default: every corpus present in ``eval_dir``.
    work_dir : path-like, optional
        Where prediction files (``{corpus}.{system}.pred.jsonl``) are kept;
        default: a temporary directory removed afterwards.
    demonyms : bool, optional
        Passed to the ``geo`` system; ``None`` (default) follows each corpus's
        guidelines (:data:`DEMONYM_CORPORA`).
    limit : int, optional
        Only the first ``limit`` documents of each corpus (gold is cut to match).
    progress : callable, optional
        Called with a one-line message after each (corpus, system).

    Returns
    -------
    list of dict
        Keys ``corpus``, ``system``, ``docs``, ``P``, ``R``, ``F1`` (overlap
        recognition), ``acc@161``, ``AUC``, ``e2e acc@161``, ``within 20 km``
        (:func:`share_within_km`), ``docs/s``,
        ``chars/s`` (throughput over predictor time only, after loading), plus
        ``chars``, ``seconds``, ``load_s`` and ``metrics`` (all of :func:`score`).

    Raises
    ------
    InputError
        ``eval_dir``, ``score.py`` or a requested corpus is missing; unknown name.
    """
    eval_dir = Path(eval_dir)
    if not eval_dir.is_dir():
        raise InputError(f"evaluation directory {eval_dir} does not exist")
    score_py = eval_dir / "score.py"
    if not score_py.is_file():
        raise InputError(f"{score_py} does not exist")
    for s in systems:
        if s not in SYSTEMS:
            raise InputError(f"unknown system {s!r}; valid: {', '.join(SYSTEMS)}")
    if corpora is None:
        corpora = [c for c in CORPORA if corpus_path(eval_dir, c).is_file()]
        if not corpora:
            raise InputError(f"no corpus files (*-dev.jsonl) in {eval_dir}")
    golds = {c: corpus_path(eval_dir, c) for c in corpora}
    for path in golds.values():
        if not path.is_file():
            raise InputError(f"corpus file {path} does not exist")

    with tempfile.TemporaryDirectory(prefix="geo-eval-") as tmp:
        work = Path(work_dir) if work_dir is not None else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if limit is not None:
            golds = {
                c: _first_docs(p, Path(tmp) / f"{c}.first{limit}.jsonl", limit)
                for c, p in golds.items()
            }
        gazetteer = _load_gazetteer(None)
        predictors: dict[tuple[str, bool], tuple[Predictor, float]] = {}
        rows = []
        for c, gold in golds.items():
            tag = (c in DEMONYM_CORPORA) if demonyms is None else demonyms
            for s in systems:
                if (s, tag) not in predictors:
                    t0 = time.perf_counter()
                    predictor = make_predictor(s, gazetteer=gazetteer, demonyms=tag)
                    predictors[(s, tag)] = (predictor, time.perf_counter() - t0)
                predictor, load_s = predictors[(s, tag)]
                pred = work / f"{c}.{s}.pred.jsonl"
                run = predict_file(gold, predictor, pred)
                m = score(gold, pred, score_py)
                m["within_20km"] = share_within_km(gold, pred, score_py)
                secs = run["seconds"]
                rows.append(
                    {
                        "corpus": c,
                        "system": s,
                        "docs": run["docs"],
                        "P": m["P"],
                        "R": m["R"],
                        "F1": m["F1"],
                        "acc@161": m["acc161"],
                        "AUC": m["AUC"],
                        "e2e acc@161": m["e2e_acc161"],
                        "within 20 km": m["within_20km"],
                        "docs/s": run["docs"] / secs if secs > 0 else None,
                        "chars/s": run["chars"] / secs if secs > 0 else None,
                        "chars": run["chars"],
                        "seconds": secs,
                        "load_s": load_s,
                        "metrics": {k: v for k, v in m.items() if k != "raw"},
                    }
                )
                if progress is not None:
                    progress(f"{c}/{s}: {run['docs']} docs in {secs:.2f} s")
    return rows


# --------------------------------------------------------------------------- output
def _cell(value: Any, kind: str) -> str:
    if kind == "text":
        return str(value)
    if value is None:
        return "n/a"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "auc":
        return f"{value:.3f}"
    return f"{round(value):,}"


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    """A Markdown table of :func:`run_eval` rows.

    P/R/F1 and accuracies are percentages with one decimal, AUC has three
    decimals (lower is better), documents and characters per second are
    integers with thousands separators; missing values print as ``n/a``.

    Examples
    --------
    >>> row = {"corpus": "lgl", "system": "geo", "docs": 240, "P": 0.8123, "R": 0.7,
    ...        "F1": 0.752, "acc@161": 0.9, "AUC": 0.12345, "e2e acc@161": 0.63,
    ...        "within 20 km": 0.5, "docs/s": 812.4, "chars/s": 1234567.8}
    >>> print(format_table([row]))  # doctest: +NORMALIZE_WHITESPACE
    | corpus | system | docs | P | R | F1 | acc@161 | AUC | e2e acc@161 | ≤20 km | docs/s
      | chars/s |
    |---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
    | lgl | geo | 240 | 81.2% | 70.0% | 75.2% | 90.0% | 0.123 | 63.0% | 50.0% | 812
      | 1,234,568 |
    """
    header = "| " + " | ".join(h for _, h, _ in _COLUMNS) + " |"
    rule = "|" + "|".join("---" if kind == "text" else "--:" for _, _, kind in _COLUMNS) + "|"
    lines = [header, rule]
    for row in rows:
        cells = [_cell(row.get(key), kind) for key, _, kind in _COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


_NOTES = """\
P, R, F1: toponym recognition with overlap matching (a prediction sharing a character
with a gold span counts). acc@161: share of the recognised gold toponyms resolved within
161 km; AUC: area under the log-error curve (Gritta et al.; 0 best, 1 worst); e2e acc@161:
share of all gold toponyms recognised and resolved within 161 km. ≤20 km: share of the
resolved toponyms (recognised gold toponyms given coordinates) within 20 km of the gold
point, the grain of a front line. n/a: WikToR is only
partially annotated (the article's title place), so precision and F1 are undefined there.
docs/s and chars/s count time inside the parser only, after the gazetteer is loaded.
Scored by `score.py` of the shared DEV corpora; geotext = PyPI geotext 0.4.0 with each
name resolved to its most populous gazetteer entry."""


def _markdown_section(table: str, command: str) -> str:
    from ._version import __version__

    return f"{_MARK_BEGIN}\ngeo {__version__}, `{command}`\n\n{table}\n\n{_NOTES}\n{_MARK_END}\n"


def _write_markdown(path: Path, section: str) -> None:
    """Replace the marked section of ``path`` (or append it; create the file)."""
    if path.is_file():
        old = path.read_text(encoding="utf-8")
        i, j = old.find(_MARK_BEGIN), old.find(_MARK_END)
        if 0 <= i < j:
            new = old[:i] + section + old[j + len(_MARK_END) :].lstrip("\n")
        else:
            new = old.rstrip("\n") + "\n\n" + section
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        new = "# Evaluation\n\n" + section
    atomic_write(path, new)  # the user's document: never left half-written


def main(argv: list[str] | None = None) -> int:
    """``python -m geo.evaluate`` / ``geo eval``: evaluate and print a Markdown table.

    Returns the exit status: 0 done, 1 evaluation failed, 2 bad usage or
    missing evaluation data.
    """
    parser = argparse.ArgumentParser(
        prog="geo eval",
        description="Score geo (and the geotext baseline) on the shared dev corpora.",
    )
    parser.add_argument(
        "--eval-dir",
        type=Path,
        default=default_eval_dir(),
        help="directory with *-dev.jsonl and score.py (default: %(default)s)",
    )
    parser.add_argument(
        "--corpus", action="append", choices=list(CORPORA), help="corpus (repeatable; default all)"
    )
    parser.add_argument(
        "--system", action="append", choices=list(SYSTEMS), help="system (repeatable; default all)"
    )
    parser.add_argument(
        "--demonyms",
        choices=["auto", "on", "off"],
        default="auto",
        help="geo: tag demonyms as country mentions (auto: where the corpus counts them)",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="first N documents per corpus")
    parser.add_argument(
        "--markdown", type=Path, metavar="FILE", help="also write the table into FILE"
    )
    parser.add_argument(
        "--work-dir", type=Path, metavar="DIR", help="keep the prediction files in DIR"
    )
    parser.add_argument("--json", action="store_true", help="print rows as JSON instead")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be >= 1")
    if not args.eval_dir.is_dir():
        print(f"geo eval: error: evaluation data not found at {args.eval_dir}", file=sys.stderr)
        return 2
    missing = [c for c in args.corpus or () if not corpus_path(args.eval_dir, c).is_file()]
    if missing or not (args.eval_dir / "score.py").is_file():
        what = corpus_path(args.eval_dir, missing[0]) if missing else args.eval_dir / "score.py"
        print(f"geo eval: error: {what} does not exist", file=sys.stderr)
        return 2

    systems = tuple(dict.fromkeys(args.system or SYSTEMS))
    corpora = list(dict.fromkeys(args.corpus)) if args.corpus else None
    try:
        rows = run_eval(
            args.eval_dir,
            systems=systems,
            corpora=corpora,
            work_dir=args.work_dir,
            demonyms={"auto": None, "on": True, "off": False}[args.demonyms],
            limit=args.limit,
            progress=lambda msg: print(msg, file=sys.stderr, flush=True),
        )
    except InputError as err:
        print(f"geo eval: error: {err}", file=sys.stderr)
        return 2
    except GeoError as err:
        print(f"geo eval: error: {err}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(format_table(rows))
    if args.markdown is not None:
        command = "geo eval " + " ".join(argv if argv is not None else sys.argv[1:])
        section = _markdown_section(format_table(rows), command.strip())
        _write_markdown(args.markdown, section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
