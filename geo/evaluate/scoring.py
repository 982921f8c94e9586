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
from pathlib import Path
from typing import Any

from ..errors import GeoError, InputError

__all__ = ["GRAIN_KM", "score", "share_within_km"]


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
