"""Corpora and gold files of the evaluation, and prediction files written from them.

A gold file is JSONL, one ``{"id", "text", "toponyms", ...}`` per line; a
prediction file has one ``{"id", "toponyms": [{"start", "end", "lat", "lon"}]}``
per gold document, in gold order (the format of ``../shared/eval/score.py``).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = [
    "CORPORA",
    "DEMONYM_CORPORA",
    "OUTLET_CORPORA",
    "Predictor",
    "corpus_path",
    "default_eval_dir",
    "predict_file",
    "read_gold",
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

#: Corpora whose annotators count the place an outlet is named after ("the Winnipeg Free
#: Press", "the Washington Post"; GeoWebNews' embedded toponyms): geo adds them there
#: (:func:`geo.text.outlet_places.outlet_places`). GeoVirus' annotators did not.
OUTLET_CORPORA: frozenset[str] = frozenset({"lgl", "tr-news", "geowebnews"})


def default_eval_dir() -> Path:
    """Where the dev corpora are: ``$GEO_EVAL_DIR``, else ``shared/eval`` beside the repository.

    Without the variable, the nearest ``shared/eval`` holding ``score.py`` in the folders
    above the checkout (``<repo>/../shared/eval`` for the usual layout; a worktree kept
    deeper, ``/work/wt/NAME``, finds ``/work/shared/eval``); when none holds it, the usual
    ``<repo>/../shared/eval`` (which the caller reports as missing).
    """
    if env := os.environ.get("GEO_EVAL_DIR"):
        return Path(env)
    repo = Path(__file__).resolve().parents[2]
    for folder in repo.parents:
        if (folder / "shared" / "eval" / "score.py").is_file():
            return folder / "shared" / "eval"
    return repo.parent / "shared" / "eval"


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
    if isinstance(toponym.get("kind"), str):  # what the point stands for (geo's predictor)
        out["kind"] = toponym["kind"]
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
        in gold order; atomically (an error on the way leaves no new file).
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
    from .._io import atomic_open, dumps_json

    docs = chars = 0
    seconds = 0.0
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(out_path, "w") as out:  # a failed run leaves no partial predictions
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


def _first_docs(gold: Path, out: Path, limit: int) -> Path:
    """Write the first ``limit`` documents of ``gold`` to ``out`` (a scratch file)."""
    with out.open("w", encoding="utf-8") as f:
        for doc in read_gold(gold, limit=limit):
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return out
