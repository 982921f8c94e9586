"""The runners of ``geo map`` and ``geo report``: analyses in, HTML (and more) out.

Only these commands load the map stack (folium, and with it whatever folium
imports); the analyses come from the same article stage as ``geo parse``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator

from ._io import staged_outputs
from .cli import printable  # a file name printed: one line, no escape codes
from .cli_args import EXIT_NOT_FOUND, EXIT_OK
from .cli_checks import (
    article_date,
    check_format,
    check_outputs,
    check_text_argument,
    warn_if_empty,
)
from .cli_map_names import (  # noqa: F401 - article_stem, _source: named here too
    _source,
    article_image_paths,
    article_stem,
    default_output,
)
from .errors import InputError

__all__ = ["article_stem", "cmd_map", "cmd_report", "default_output"]


def _analyse_many(args: argparse.Namespace, date, skipped: list[str]):
    """The analyses of the ARTICLE files and --jsonl lines (one or more), and the gazetteer.

    Each article with no place found gets a warning on standard error; each file of
    several that cannot be read, each --jsonl line skipped (not UTF-8, not JSON, no
    text, too long) and each article whose analysis fails (a bug, memory) gets a
    one-line message there and is added to ``skipped``.
    """
    from . import cli  # looked up there when called: the article stage can be replaced
    from .batch_log import emit_named
    from .gazetteer.index import load_gazetteer
    from .render.article_jobs import analyse_jobs
    from .render.articles import distinct_paths, read_articles

    if not args.article and args.jsonl is None:
        raise InputError("give an ARTICLE file (or -), several, or --jsonl CORPUS.jsonl")
    if len(args.article) == 1 and args.jsonl is None:
        analysis, gaz = cli._analyse_article(
            args.article[0], date, fetch=args.fetch, max_chars=args.max_chars
        )
        warn_if_empty(analysis, args.article[0], mapping=True)
        return [analysis], gaz
    if args.fetch:
        raise InputError("--fetch takes one URL; save several pages and map the files")
    if "" in args.article:  # an argument's mistake, not a bad file: said before any work
        raise InputError("the article's file name is empty: give a file, or - for standard "
                         "input")
    if [*args.article, args.jsonl].count("-") > 1:
        raise InputError("standard input (-) is given more than once: it can be read once")
    given = distinct_paths(args.article)  # the same file twice: mapped once
    articles = read_articles(
        given, jsonl=args.jsonl, date=date, max_chars=args.max_chars, skipped=skipped
    )
    gaz = load_gazetteer()
    analyses = []
    outcomes = analyse_jobs(articles, gaz, jobs=1 if args.jobs is None else args.jobs)
    for article, outcome in zip(articles, outcomes, strict=True):
        name = article.where  # a file, or a --jsonl line FILE:LINE (id ID)
        emit_named(outcome.logged, "standard input" if name == "-" else name)
        if outcome.analysis is None:  # one article's failure (a bug, memory): only itself
            shown = "standard input" if name == "-" else name
            print(f"geo: warning: {printable(shown)}: analysis failed: "
                  f"{printable(outcome.failure)[:200]} (skipped)", file=sys.stderr)
            skipped.append(name)
            continue
        warn_if_empty(outcome.analysis, name, mapping=True)
        analyses.append(outcome.analysis)
    if not analyses:
        raise InputError(f"no article to map: every input was skipped ({len(skipped)})")
    return analyses, gaz


@contextlib.contextmanager
def _renderer_notice_said() -> Iterator[None]:
    """The renderer's "no places found: the map shows the world" is for API callers;
    the command has said it already, article by article (:func:`warn_if_empty`), so
    standard error does not get it twice while the map is drawn."""
    import logging

    logger = logging.getLogger("geo.render.folium_map")

    def _unsaid(record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("no places found")

    logger.addFilter(_unsaid)
    try:
        yield
    finally:
        logger.removeFilter(_unsaid)


def cmd_map(args: argparse.Namespace) -> int:
    """``geo map``: the HTML map, and the other formats asked for, all or none."""
    date = article_date(args.date)
    check_text_argument(args.title, "--title")
    if args.output is not None:
        return _map(args, date, args.output)
    inputs = [args.jsonl] if args.jsonl is not None else (args.article or ["-"])
    with default_output(inputs, args.fetch) as output:
        return _map(args, date, output)


def _map(args: argparse.Namespace, date, output: str) -> int:
    """``geo map`` writing its HTML map to ``output``."""
    from .render.batch import write_outputs

    targets = {
        "html": output,
        "geojson": args.geojson,
        "png": args.png,
        "pdf": args.pdf,
        "svg": args.svg,
        "fragment": args.fragment,
    }
    targets = {k: v for k, v in targets.items() if v is not None}
    check_outputs(args, [("-o" if k == "html" else f"--{k}", v) for k, v in targets.items()])
    for key, writes in (("html", "HTML"), ("fragment", "HTML"), ("geojson", "GeoJSON")):
        check_format("-o" if key == "html" else f"--{key}", targets.get(key), writes)
    skipped: list[str] = []
    analyses, gaz = _analyse_many(args, date, skipped)
    images: dict[str, str] = {}
    if len(analyses) > 1:  # --png/--pdf/--svg of several articles: one file per article
        images = {k: targets.pop(k) for k in ("png", "pdf", "svg") if k in targets}
    per_article = article_image_paths(images, [a.id for a in analyses], taken=targets.values())
    check_outputs(args, [(f"--{key.split(':')[0]}", v) for key, v in per_article.items()])
    every = {**targets, **per_article}
    common = {"offline": not args.online, "overlays": args.overlay, "gazetteer": gaz}
    # All files or none: written in a staging folder, moved into place at the end.
    with staged_outputs(every) as staged, _renderer_notice_said():
        written = write_outputs(
            analyses if len(analyses) > 1 else analyses[0],
            **{k: staged[k] for k in targets}, title=args.title, date=date, **common)
        # each article's figure under its own headline and date (--date dated the undated)
        for k, one in enumerate(analyses):
            mine = {f: staged[f"{f}:{k}"] for f in images}
            if mine:
                written += write_outputs(one, **mine, **common)
    final = {str(path): every[key] for key, path in staged.items()}
    say_written([final.get(str(path), path) for path in written])
    return EXIT_NOT_FOUND if skipped else EXIT_OK  # as parse --jsonl: some lines failed


def cmd_report(args: argparse.Namespace) -> int:
    """``geo report``: the map above a table of the claims, one HTML page."""
    date = article_date(args.date)
    check_text_argument(args.title, "--title")
    if args.output is not None:
        return _report(args, date, args.output)
    # as geo map: maps/<stem>.report.html, as make demo names it
    inputs = [args.jsonl] if args.jsonl is not None else (args.article or ["-"])
    with default_output(inputs, args.fetch, ".report.html") as output:
        return _report(args, date, output)


def _report(args: argparse.Namespace, date, output: str) -> int:
    """``geo report`` writing its page to ``output``."""
    from .render.overlay import load_overlay
    from .render.report import report_html

    check_outputs(args, [("-o", output)])
    check_format("-o", output, "HTML", command="report")
    overlays = [load_overlay(p) for p in args.overlay]
    skipped: list[str] = []
    analyses, gaz = _analyse_many(args, date, skipped)
    with _renderer_notice_said():
        path = report_html(
            analyses if len(analyses) > 1 else analyses[0],
            output,
            title=args.title,
            date=date,
            offline=not args.online,
            overlays=overlays,
            gazetteer=gaz,
        )
    say_written([path])
    return EXIT_NOT_FOUND if skipped else EXIT_OK  # as parse --jsonl: some lines failed


def say_written(paths: list) -> None:
    """Say ``wrote PATH`` for each file written: on standard output, or on standard
    error when one of them is standard output itself (``--png /dev/stdout``), which the
    lines would corrupt.

    The files are written: a status line that cannot be printed (``> /dev/full``, a
    closed pipe) does not make the run look failed. It is one warning on standard
    error (nothing for a closed pipe) and the exit status stays that of the files.
    """
    stream = sys.stderr if any(_is_stdout(p) for p in paths) else sys.stdout
    stream = getattr(stream, "stream", stream)  # the OSError itself, not NamedStdout's
    if stream is None:
        return  # standard output closed (``>&-``): no status line, as for a closed pipe
    try:
        for path in paths:
            print(f"wrote {printable(str(path))}", file=stream)
        stream.flush()
    except OSError as err:
        if not isinstance(err, BrokenPipeError):
            print(f"geo: warning: the files are written, but not their status line "
                  f"({err.strerror or err})", file=sys.stderr)
        with contextlib.suppress(OSError, ValueError, AttributeError):  # no second error
            devnull = os.open(os.devnull, os.O_WRONLY)  # when Python flushes it at exit
            os.dup2(devnull, stream.fileno())


def _is_stdout(path) -> bool:
    """Whether ``path`` is the file, device or pipe open as standard output."""
    try:
        here, out = os.stat(path), os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (here.st_dev, here.st_ino) == (out.st_dev, out.st_ino)
