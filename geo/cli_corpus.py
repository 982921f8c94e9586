"""``geo parse --jsonl``: a corpus in one process, on every core, or on a Dask cluster.

The plumbing between the command line and :mod:`geo.corpus_run` / :mod:`geo.dask`:
options checked, the run's summary turned into messages and the exit status.
"""

from __future__ import annotations

import argparse
import os
import sys

from ._io import naming_output
from .cli_args import EXIT_NOT_FOUND, EXIT_OK, MAX_JOBS
from .errors import InputError

__all__ = ["run_corpus"]


def run_corpus(args: argparse.Namespace) -> int:
    """Analyse every line of ``args.jsonl``; 1 when some lines gave error records."""
    if args.fetch or args.date:
        raise InputError("--fetch and --date go with an ARTICLE; JSON lines carry their own "
                         '"url" and "date"')
    from .corpus_records import Options

    if args.output == "":
        raise InputError("-o is an empty file name: give a file name (or - for standard output)")
    from .cli_checks import check_format

    if args.format == "geoparquet":
        check_format("-o", args.output, "GeoParquet tables", command="parse --format geoparquet")
    else:
        check_format("-o", args.output, "JSON lines", command="parse --jsonl")
    local = (args.cluster or "").removeprefix("local:")
    if local != (args.cluster or "") and local.isdigit() and int(local) > MAX_JOBS:
        raise InputError(f"--cluster local:N starts N processes on this machine: at most "
                         f"{MAX_JOBS}, got {args.cluster}")
    if args.cluster and args.jobs is not None:
        # the cluster decides how many processes run: -j would be silently ignored
        raise InputError(f"-j {args.jobs} and --cluster {args.cluster}: choose one (-j N: "
                         "processes here; --cluster local:N: N processes of a local cluster)")
    if args.jobs is None:
        args.jobs = 1
    _check_writable(args.output, args.format)
    options = Options(demonyms=args.demonyms, stages=args.stages, max_chars=args.max_chars)
    progress = not args.quiet and sys.stderr.isatty()
    try:
        with naming_output(args.output):  # a full disk: the message names the output
            summary = _run(args, options, progress)
    except KeyboardInterrupt as err:  # Ctrl-C or SIGTERM: output closed, workers stopped
        if args.jobs == 1 or args.cluster:  # (a cluster was closed: nothing holds it up)
            raise
        if not getattr(err, "reported", False):  # what was kept is said once, not twice
            print("geo: interrupted", file=sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        # Exit now: the stopped worker pool's threads must not hold the exit up
        os._exit(130)
    if summary.skipped:
        print(f"geo: --resume: {summary.skipped} line(s) already done were skipped",
              file=sys.stderr)
    if summary.earlier_errors:
        from .cli import printable

        print(f"geo: --resume: {printable(args.output)} already holds "
              f"{summary.earlier_errors} error "
              "record(s) of an earlier run; their lines were not retried (to retry them, "
              "remove those records from it and --resume again)", file=sys.stderr)
    if summary.errors:
        print(
            f"geo: {summary.errors} input line(s) could not be analysed (error records "
            f"written; first: {summary.error_lines[0][:200]})",
            file=sys.stderr,
        )
    return EXIT_NOT_FOUND if summary.errors or summary.earlier_errors else EXIT_OK


def _check_writable(output: str | None, fmt: str) -> None:
    """Before any work: ``-o`` in a folder where nothing can be made (a read-only file
    system, no permission) is said as every output option says it."""
    from ._io import is_special_file, unwritable

    if not output or output == "-" or is_special_file(output):
        return
    # where the file is written: through a symlink, the folder of the file it names
    where = output if fmt == "geoparquet" and os.path.isdir(output) else \
        os.path.dirname(os.path.realpath(output))
    if os.path.isdir(where) and (reason := unwritable(where)):
        raise InputError(f"-o {output}: cannot write in {where}: {reason}")


def _run(args: argparse.Namespace, options, progress: bool):
    """The run's :class:`~geo.corpus_records.Summary`: on a cluster, or here (-j N)."""
    if args.cluster:
        from .dask import run_cluster

        return run_cluster(args.jsonl, args.output, args.cluster, options=options,
                           fmt=args.format, resume=args.resume, progress=progress)
    from .corpus_run import run

    return run(args.jsonl, args.output, options=options, jobs=args.jobs, resume=args.resume,
               progress=progress, fmt=args.format, freeze=getattr(args, "own_process", False))
