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

The stages live in one module each: :mod:`~geo.evaluate.corpora` (gold files,
prediction files), :mod:`~geo.evaluate.systems` (predictors),
:mod:`~geo.evaluate.scoring` (the external scorer, the ≤20 km share),
:mod:`~geo.evaluate.driver` (the run), :mod:`~geo.evaluate.table` (Markdown)
and :mod:`~geo.evaluate.cli` (``main``); every public name is re-exported here.
"""

from __future__ import annotations

from .cli import main
from .corpora import (
    CORPORA,
    DEMONYM_CORPORA,
    OUTLET_CORPORA,
    Predictor,
    corpus_path,
    default_eval_dir,
    predict_file,
    read_gold,
)
from .driver import run_eval
from .scoring import FAR_KM, GRAIN_KM, error_rows, grain_buckets, score, share_within_km
from .systems import SYSTEMS, geo_predictor, geotext_predictor, make_predictor
from .table import format_table

__all__ = [
    "CORPORA",
    "DEMONYM_CORPORA",
    "FAR_KM",
    "GRAIN_KM",
    "OUTLET_CORPORA",
    "SYSTEMS",
    "Predictor",
    "corpus_path",
    "default_eval_dir",
    "error_rows",
    "format_table",
    "geo_predictor",
    "geotext_predictor",
    "grain_buckets",
    "main",
    "make_predictor",
    "predict_file",
    "read_gold",
    "run_eval",
    "score",
    "share_within_km",
]
