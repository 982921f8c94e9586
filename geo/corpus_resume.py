"""``--resume``: what an earlier run already wrote to OUT, and the input lines it
skips (:mod:`geo.corpus_run` and :mod:`geo.dask_run` use them alike).

- :func:`resume_state` reads OUT's ids (and the line numbers of its id-less records);
- :func:`check_resume_inputs` refuses an OUT that holds records of other inputs;
- :func:`skip_done` leaves out the input lines already done.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from .corpus_lines import Line, _hashable, line_limit, read_decoded
from .corpus_records import Summary
from .errors import InputError

__all__ = ["check_resume_inputs", "resume_state", "skip_done"]

log = logging.getLogger("geo.corpus_run")


def resume_state(
    path: str,
    summary: Summary | None = None,
    *,
    inputs: Sequence[str] | None = None,
    max_chars: int = 0,
) -> tuple[Counter, set[tuple[Any, int]]]:
    """How many records of each id (and, for id-less error records, which (file,
    line) pairs) are already in ``path``; the error records among them are counted in
    ``summary.earlier_errors`` (their lines count as done: not retried).

    Ids are counted, not only collected: a corpus that repeats an id has each
    occurrence done once, in input order. A last line cut short (the previous run
    was killed while writing it) is removed from the file, so appending continues
    on a line boundary. With ``inputs`` (the input files), the records are first
    checked to be theirs (:func:`check_resume_inputs`): a refused ``path`` is left
    as it was, cut line included.

    Raises
    ------
    InputError
        ``path`` is a directory, or a whole line of it is not a JSON object (not
        the output of ``geo parse --jsonl``: nothing is appended to it), or it holds
        records of other inputs.
    """
    ids: Counter = Counter()
    lines: set[tuple[Any, int]] = set()
    if not os.path.exists(path):
        return ids, lines
    if os.path.isdir(path):
        raise InputError(f"{path} is a directory, not a JSONL file")
    keep = 0
    with open(path, "rb") as f:
        for number, raw in enumerate(f, 1):
            if not raw.endswith(b"\n"):
                break
            keep += len(raw)
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except (ValueError, RecursionError):
                record = None
            if not isinstance(record, dict):
                raise InputError(
                    f"--resume: {path} line {number} is not a JSON object: it is not the "
                    "output of geo parse --jsonl (nothing was appended)"
                )
            if "error" in record and summary is not None:
                summary.earlier_errors += 1
            if record.get("id") is not None:
                ids[_hashable(record["id"])] += 1
            elif "line" in record:
                lines.add((record.get("file"), record["line"]))
    if inputs is not None:
        check_resume_inputs(path, inputs, ids, lines, max_chars=max_chars)
    if keep < os.path.getsize(path):
        log.warning("%s: dropping a last line cut short by the previous run", path)
        with open(path, "r+b") as f:
            f.truncate(keep)
    return ids, lines


def skip_done(
    lines: Iterable[Line],
    ids: Counter,
    done_lines: set[tuple[Any, int]],
    file: str | None,
    on_skip: Callable[[], None],
) -> Iterator[Line]:
    """The lines not already done: an id's first occurrences as many times as ``ids``
    counts it in the output, an id-less line by its (file, line number)."""
    for line in lines:
        doc_id = line.key
        if doc_id is not None and ids[doc_id] > 0:
            ids[doc_id] -= 1
            on_skip()
            continue
        if doc_id is None and (file, line.number) in done_lines:
            on_skip()
            continue
        yield line


def check_resume_inputs(
    output: str,
    paths: Sequence[str],
    ids: Counter,
    done_lines: set[tuple[Any, int]],
    *,
    max_chars: int = 0,
) -> None:
    """Before ``--resume`` appends to ``output``: refuse when it holds records that are
    not of these inputs (another corpus's output, copied or named by mistake).

    Every id in ``ids`` (as often as it is counted there) and every id-less line in
    ``done_lines`` must be a line of ``paths``, matched as :func:`skip_done` matches
    them. One pass over the input lines, reading only their ids, that stops as soon
    as every record of ``output`` is accounted for (a run that stopped early costs a
    pass over the part it did); memory is that of ``output``'s ids, already held.
    Standard input (``-``) and pipes cannot be read twice: not checked.

    Raises
    ------
    InputError
        A record of ``output`` matches no input line (nothing has been written).
    """
    if not (ids or done_lines) or any(p == "-" or not os.path.isfile(p) for p in paths):
        return
    left = +ids  # a copy, without zero counts
    lines = set(done_lines)
    many = len(paths) > 1
    for path in paths:
        if not (left or lines):
            return
        with open(path, "rb") as stream:
            for line in read_decoded(stream, max_bytes=line_limit(max_chars)):
                doc_id, number = line.key, line.number
                if doc_id is None:
                    lines.discard((path if many else None, number))
                elif left[doc_id] > 0:
                    left[doc_id] -= 1
                    if not left[doc_id]:
                        del left[doc_id]
                if not (left or lines):
                    return  # every record accounted for: the rest is not read
    if not (left or lines):
        return
    if left:
        what = f"id {next(iter(left))!s:.60}"  # the first in output order
    else:
        file, number = min(lines, key=lambda fl: (str(fl[0]), fl[1]))
        what = f"line {number}" + (f" of {file}" if file else "")
    count = sum(left.values()) + len(lines)
    raise InputError(
        f"--resume: {output} holds {count:,} record(s) that are not of these inputs "
        f"(first: {what}): it is another run's output; write to another -o "
        "(nothing was appended)"
    )
