"""``geo eval`` / ``python -m geo.evaluate``: the command line of the evaluation."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ..errors import GeoError, InputError
from .corpora import CORPORA, corpus_path, default_eval_dir
from .driver import run_eval
from .systems import SYSTEMS
from .table import _markdown_section, _read_markdown, _write_markdown, format_table

__all__ = ["main"]


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
    parser.add_argument(
        "--errors",
        type=Path,
        metavar="FILE",
        help="write the errors (missed, unresolved, beyond 20 km, false positives) "
        "to FILE, one JSON object a line",
    )
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
    try:  # before the run, not after it
        if args.markdown is not None:
            _read_markdown(args.markdown)
        if args.work_dir is not None and args.work_dir.exists() and not args.work_dir.is_dir():
            raise InputError(f"--work-dir {args.work_dir} is a file, not a directory")
        errors = None if args.errors is None else _open_errors(args.errors)
    except InputError as err:
        print(f"geo eval: error: {err}", file=sys.stderr)
        return 2

    try:
        rows = _run(args, errors)
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
        try:
            _write_markdown(args.markdown, section)
        except InputError as err:
            print(f"geo eval: error: {err}", file=sys.stderr)
            return 2
    return 0


def _open_errors(path: Path) -> TextIO:
    """``--errors FILE`` opened for writing (UTF-8), or InputError in one line."""
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as err:
        raise InputError(f"cannot write --errors {path}: {err.strerror}") from None


def _run(args: argparse.Namespace, errors: TextIO | None) -> list[dict[str, Any]]:
    """The evaluation of ``args``, its errors written to ``errors`` (then closed)."""
    systems = tuple(dict.fromkeys(args.system or SYSTEMS))
    corpora = list(dict.fromkeys(args.corpus)) if args.corpus else None
    try:
        return run_eval(
            args.eval_dir,
            systems=systems,
            corpora=corpora,
            work_dir=args.work_dir,
            demonyms={"auto": None, "on": True, "off": False}[args.demonyms],
            limit=args.limit,
            progress=lambda msg: print(msg, file=sys.stderr, flush=True),
            errors=errors,
        )
    finally:
        if errors is not None:
            errors.close()
