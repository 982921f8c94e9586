"""Scores of a prediction file against its gold file.

:func:`score` runs the corpus's own ``score.py --json`` (recognition P/R/F1 with
overlap and exact matching, acc@161, AUC, end-to-end acc@161);
:func:`share_within_km` adds the share of resolved toponyms within the front
line's grain (:data:`GRAIN_KM`), with the scorer's own matching and distances.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import GeoError, InputError

__all__ = ["FAR_KM", "GRAIN_KM", "error_rows", "grain_buckets", "score", "share_within_km"]


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


def _scorer(score_py: str | os.PathLike[str]) -> tuple[Any, Any, Any, Any]:
    """``score.py``'s ``read_jsonl``, ``match_doc``, ``clean_preds`` and ``haversine_km``.

    Raises
    ------
    InputError
        ``score_py`` is missing.
    GeoError
        ``score.py`` cannot be loaded or lacks one of those functions.
    """
    import importlib.util

    path = Path(score_py)
    if not path.is_file():
        raise InputError(f"{path} does not exist")
    spec = importlib.util.spec_from_file_location("_geo_eval_score", path)
    if spec is None or spec.loader is None:
        raise GeoError(f"cannot load {path}")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    try:
        return scorer.read_jsonl, scorer.match_doc, scorer.clean_preds, scorer.haversine_km
    except AttributeError as err:
        raise GeoError(f"{path} has no {err.name}") from None


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
    for p in (gold_path, pred_path):
        if not Path(p).is_file():
            raise InputError(f"{p} does not exist")
    within = resolved = 0
    for row in error_rows(gold_path, pred_path, score_py, km=km, everything=True):
        if row["kind"] in ("resolved", "near", "far"):
            resolved += 1
            within += row["kind"] == "resolved"
    return within / resolved if resolved else None


#: Beyond this distance an error is "far" (the corpora's acc@161 threshold), else "near".
FAR_KM = 161.0


def error_rows(
    gold_path: str | os.PathLike[str],
    pred_path: str | os.PathLike[str],
    score_py: str | os.PathLike[str],
    *,
    km: float = GRAIN_KM,
    everything: bool = False,
) -> Iterator[dict[str, Any]]:
    """The errors of a prediction file, one dict per gold toponym or prediction, in
    document order, matched as ``score.py`` matches (one-to-one, by overlap).

    Each row has ``id``, ``kind``, ``start``, ``end``, ``text`` (the gold toponym's, or
    the prediction's span for a false positive), ``gold`` and ``pred`` ((lat, lon)
    degrees or None) and ``km`` (great-circle, the scorer's, or None); and
    ``pred_kind``, what the matched prediction's point stands for, where the prediction
    file says (a ``kind`` key: geo's predictor writes the record's kind or
    ``"estimated"``; see :func:`grain_buckets`). Kinds:

    - ``"missed"``: a gold toponym no prediction overlaps;
    - ``"unresolved"``: recognised, without coordinates;
    - ``"near"``: resolved more than ``km`` and at most :data:`FAR_KM` away;
    - ``"far"``: resolved more than :data:`FAR_KM` away;
    - ``"false positive"``: a prediction that matches no gold toponym nor overlaps an
      ``ignore`` span, in a document annotated in full (not ``partial``);
    - ``"resolved"``: within ``km``, listed only with ``everything``.

    Raises
    ------
    InputError
        A file is missing.
    GeoError
        ``score.py`` lacks the functions it needs (:func:`_scorer`).
    """
    for p in (gold_path, pred_path):
        if not Path(p).is_file():
            raise InputError(f"{p} does not exist")
    read, match, clean, dist = _scorer(score_py)
    preds = {str(d["id"]): d for d in read(str(pred_path)) if "id" in d}
    for g in read(str(gold_path)):
        doc = str(g["id"])
        p = preds.get(doc)
        gold = g.get("toponyms", [])
        raw = p.get("toponyms") if p else []
        found, _ = clean(raw, len(g.get("text", "")))
        kinds = _pred_kinds(raw)
        matched = match(gold, found, False)
        rows: list[tuple[int, dict[str, Any]]] = []
        for gi, gt in enumerate(gold):
            pr = found[matched[gi]] if gi in matched else None
            at = d = None
            if pr is None:
                kind = "missed"
            elif pr["lat"] is None or pr["lon"] is None:
                kind = "unresolved"
            else:
                at, d = (pr["lat"], pr["lon"]), dist(gt["lat"], gt["lon"], pr["lat"], pr["lon"])
                kind = "resolved" if d <= km else "near" if d <= FAR_KM else "far"
            if everything or kind != "resolved":
                row = _row(doc, kind, gt["start"], gt["end"], gt.get("text", ""))
                row.update(
                    gold=(gt["lat"], gt["lon"]), pred=at, km=None if d is None else round(d, 3)
                )
                if pr is not None and (pr["start"], pr["end"]) in kinds:
                    row["pred_kind"] = kinds[pr["start"], pr["end"]]
                rows.append((gt["start"], row))
        used = set(matched.values())
        ignore = g.get("ignore", [])
        for pi, pr in enumerate(found):
            if pi in used or g.get("partial"):
                continue
            if any(pr["start"] < x["end"] and x["start"] < pr["end"] for x in ignore):
                continue
            at = (pr["lat"], pr["lon"]) if pr["lat"] is not None else None
            text = g.get("text", "")[pr["start"] : pr["end"]]
            row = _row(doc, "false positive", pr["start"], pr["end"], text)
            row.update(gold=None, pred=at, km=None)
            if (pr["start"], pr["end"]) in kinds:
                row["pred_kind"] = kinds[pr["start"], pr["end"]]
            rows.append((pr["start"], row))
        for _, row in sorted(rows, key=lambda r: r[0]):
            yield row


def grain_buckets(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    """The toponyms right at the corpora's 161 km but wrong at the front line's grain
    (rows of kind ``"near"``, :func:`error_rows` with a ``corpus`` key as ``geo eval
    --errors`` writes them), counted by what our point stands for (``pred_kind``,
    ``"?"`` where the prediction file does not say) and corpus.

    Returns
    -------
    dict
        ``{pred_kind: {corpus: count}}``, the kinds by their total, largest first (ties
        by name), the corpora in the order first seen.

    Examples
    --------
    >>> rows = [{"corpus": "lgl", "kind": "near", "pred_kind": "country"},
    ...         {"corpus": "tr", "kind": "near", "pred_kind": "country"},
    ...         {"corpus": "tr", "kind": "near", "pred_kind": "admin1"},
    ...         {"corpus": "tr", "kind": "far", "pred_kind": "place"}]
    >>> grain_buckets(rows)
    {'country': {'lgl': 1, 'tr': 1}, 'admin1': {'tr': 1}}
    """
    counts: dict[str, dict[str, int]] = {}
    for r in rows:
        if r.get("kind") != "near":
            continue
        by_corpus = counts.setdefault(str(r.get("pred_kind") or "?"), {})
        corpus = str(r.get("corpus", ""))
        by_corpus[corpus] = by_corpus.get(corpus, 0) + 1
    order = sorted(counts, key=lambda k: (-sum(counts[k].values()), k))
    return {k: counts[k] for k in order}


def _pred_kinds(raw: Any) -> dict[tuple[int, int], str]:
    """(start, end) -> the ``kind`` a prediction file gives a toponym (geo's predictor:
    the record's kind, "country", "admin1", "place", ..., or "estimated"), where given."""
    out: dict[tuple[int, int], str] = {}
    for t in raw or ():
        if isinstance(t, dict) and isinstance(t.get("kind"), str):
            try:
                out[int(t["start"]), int(t["end"])] = t["kind"]
            except (KeyError, TypeError, ValueError):
                continue
    return out


def _row(doc: str, kind: str, start: int, end: int, text: str) -> dict[str, Any]:
    """The first keys of an error row, in their order."""
    return {"id": doc, "kind": kind, "start": start, "end": end, "text": text}
