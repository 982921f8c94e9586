"""What made a JSON-lines output: a small sidecar that ``--resume`` checks.

``geo parse --jsonl ... -o OUT.jsonl`` also writes ``OUT.jsonl.geo-run.json``,
the options that change the records (the stages run, ``--demonyms``). A run
with ``--resume`` compares it with its own options before it reads or writes
anything, and refuses a mismatch: appending records of another kind
(``--only toponyms`` records after full ones) would mix two kinds of record in
one file.

``--max-chars`` is not part of it: it changes which lines are errors, and an
earlier run's error lines are kept, not retried, anyway.

The sidecar also names the input files, resolved, in the order read: ``--resume``
skips an id's first occurrences over the whole run and an id-less line by its file
and number, which finds the lines done only when the files come in the same order.
A resume whose inputs do not begin with the earlier run's files, in their order, is
refused (new files after them are fine).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence

from ._io import atomic_write, dumps_json, is_special_file
from .corpus_records import STAGES, Options
from .errors import InputError

__all__ = [
    "SIDECAR_SUFFIX",
    "check_run_options",
    "input_names",
    "record_run_options",
    "run_options",
    "sidecar_path",
]

log = logging.getLogger(__name__)

#: Appended to the output's name: ``out.jsonl`` -> ``out.jsonl.geo-run.json``.
SIDECAR_SUFFIX = ".geo-run.json"


def sidecar_path(output: str) -> str:
    """Where the options of the run that wrote ``output`` are kept: beside the file
    itself, through any symlink, so that every name of one output (a link, the file,
    a path through a linked folder) finds the same sidecar."""
    return os.path.realpath(output) + SIDECAR_SUFFIX


def run_options(options: Options) -> dict[str, object]:
    """The options that change the records, as the sidecar holds them.

    Examples
    --------
    >>> run_options(Options(stages=("claims",)))
    {'stages': ['toponyms', 'claims'], 'demonyms': False}
    """
    wanted = set(options.stages or STAGES) | {"toponyms"}  # toponyms always run
    return {"stages": [s for s in STAGES if s in wanted], "demonyms": bool(options.demonyms)}


def input_names(paths: Sequence[str]) -> list[str]:
    """The input files as the sidecar names them: resolved paths, in order (``-``,
    standard input, as itself).

    Examples
    --------
    >>> input_names(["-"])
    ['-']
    """
    return [p if p == "-" else os.path.realpath(p) for p in paths]


def _check_inputs(output: str, earlier: object, paths: Sequence[str]) -> None:
    if not isinstance(earlier, list):
        return  # an older sidecar: not recorded
    now = input_names(paths)
    if now[: len(earlier)] == earlier:
        return
    first = next((i for i, (a, b) in enumerate(zip(earlier, now, strict=False)) if a != b),
                 min(len(earlier), len(now)))
    was = os.path.basename(str(earlier[first])) if first < len(earlier) else "nothing"
    got = os.path.basename(now[first]) if first < len(now) else "nothing"
    raise InputError(
        f"--resume: {output} was made from {len(earlier)} file(s) in another order "
        f"(input {first + 1} was {was}, now {got}): give the same files in the same "
        "order, new ones after them (nothing was written)"
    )


def _said(made: dict[str, object]) -> str:
    stages = made.get("stages")
    parts = ["every stage" if stages == list(STAGES) else
             f"--only {','.join(map(str, stages)) if isinstance(stages, list) else stages}"]
    parts.append("--demonyms" if made.get("demonyms") else "no --demonyms")
    return ", ".join(parts)


def check_run_options(
    output: str | None,
    options: Options,
    *,
    resume: bool,
    inputs: Sequence[str] | None = None,
) -> None:
    """Before a JSON-lines run to the file ``output``: with ``resume``, refuse when its
    records were made with other options, or (with ``inputs``, the expanded input
    paths) from files that this run does not read first, in the same order. Nothing is
    written here: the run records its options (:func:`record_run_options`) once it
    opens ``output``, so a run that fails
    before (a cluster that cannot be reached) leaves no sidecar without its output.

    Nothing is checked or written for standard output, a device or a pipe. An output
    with records but no sidecar (written by an older geo, or redirected from
    standard output) cannot be checked: a warning says so.

    Raises
    ------
    InputError
        ``resume`` and the sidecar names other options or other inputs, or cannot be
        read; nothing has been written then.
    """
    if not output or output == "-" or is_special_file(output):
        return
    made = run_options(options)
    side = sidecar_path(output)
    earlier = None
    if os.path.isfile(side):
        try:
            with open(side, encoding="utf-8") as f:
                earlier = json.load(f)
        except (OSError, ValueError, RecursionError) as err:
            if resume:
                raise InputError(f"--resume: cannot read {side} (what made {output}): "
                                 f"{getattr(err, 'strerror', None) or err}") from None
    if resume and os.path.isfile(output) and os.path.getsize(output) > 0:
        if earlier is None:
            log.warning("--resume: %s has no %s: cannot check that it was made with the "
                        "same options", output, os.path.basename(side))
        elif not isinstance(earlier, dict) or {k: earlier.get(k) for k in made} != made:
            shown = _said(earlier) if isinstance(earlier, dict) else "unknown options"
            raise InputError(
                f"--resume: {output} was made with {shown}, this run has {_said(made)}: "
                "resume with the same options, or write to another -o (nothing was written)"
            )
        elif inputs is not None:
            _check_inputs(output, earlier.get("inputs"), inputs)


def record_run_options(
    output: str | None, options: Options, inputs: Sequence[str] | None = None
) -> None:
    """Write this run's options (and ``inputs``, its input paths: :func:`input_names`)
    beside ``output`` (unless the sidecar already holds them): called when the run
    opens ``output``. Nothing for standard output, a device or a pipe."""
    if not output or output == "-" or is_special_file(output):
        return
    made: dict[str, object] = dict(run_options(options))
    if inputs is not None:
        made["inputs"] = input_names(inputs)
    side = sidecar_path(output)
    try:
        with open(side, encoding="utf-8") as f:
            if json.load(f) == made:
                return
    except (OSError, ValueError, RecursionError):
        pass
    atomic_write(side, dumps_json(made) + "\n")
