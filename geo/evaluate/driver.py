"""The evaluation run: every (corpus, system) predicted, scored and timed."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from .corpora import (
    CORPORA,
    DEMONYM_CORPORA,
    OUTLET_CORPORA,
    Predictor,
    _first_docs,
    corpus_path,
    predict_file,
)
from .scoring import error_rows, score, share_within_km
from .systems import SYSTEMS, _load_gazetteer, make_predictor

__all__ = ["run_eval"]


def run_eval(
    eval_dir: str | os.PathLike[str],
    *,
    systems: Sequence[str] = SYSTEMS,
    corpora: Sequence[str] | None = None,
    work_dir: str | os.PathLike[str] | None = None,
    demonyms: bool | None = None,
    limit: int | None = None,
    progress: Callable[[str], None] | None = None,
    errors: IO[str] | None = None,
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
        guidelines (:data:`DEMONYM_CORPORA`). Outlets' places are added where the
        guidelines count them (:data:`OUTLET_CORPORA`).
    limit : int, optional
        Only the first ``limit`` documents of each corpus (gold is cut to match).
    progress : callable, optional
        Called with a one-line message after each (corpus, system).
    errors : text file, optional
        Where to write the errors, one JSON object a line
        (:func:`geo.evaluate.scoring.error_rows` plus ``corpus`` and ``system``):
        gold toponyms missed, left unresolved or beyond 20 km, and false positives.

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
        try:
            work.mkdir(parents=True, exist_ok=True)
        except OSError as err:  # a file in the way, no permission
            raise InputError(f"cannot use {work} as the work directory: {err.strerror}") from None
        if limit is not None:
            golds = {
                c: _first_docs(p, Path(tmp) / f"{c}.first{limit}.jsonl", limit)
                for c, p in golds.items()
            }
        gazetteer = _load_gazetteer(None)
        predictors: dict[tuple[str, bool, bool], tuple[Predictor, float]] = {}
        rows = []
        for c, gold in golds.items():
            tag = (c in DEMONYM_CORPORA) if demonyms is None else demonyms
            outlets = c in OUTLET_CORPORA
            for s in systems:
                if (s, tag, outlets) not in predictors:
                    t0 = time.perf_counter()
                    predictor = make_predictor(
                        s, gazetteer=gazetteer, demonyms=tag, outlets=outlets
                    )
                    predictors[(s, tag, outlets)] = (predictor, time.perf_counter() - t0)
                predictor, load_s = predictors[(s, tag, outlets)]
                pred = work / f"{c}.{s}.pred.jsonl"
                run = predict_file(gold, predictor, pred)
                m = score(gold, pred, score_py)
                m["within_20km"] = share_within_km(gold, pred, score_py)
                if errors is not None:
                    for row in error_rows(gold, pred, score_py):
                        errors.write(json.dumps({"corpus": c, "system": s, **row}) + "\n")
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
