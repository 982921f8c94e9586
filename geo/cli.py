"""The ``geo`` command.

Exit status: 0 success, 1 nothing found (``parse --jsonl``: some lines gave error
records), 2 bad input or arguments, an output that cannot be written, or no network
for a download asked for (one line on stderr naming it, never a traceback), 3 a failure
of the tool itself (index, renderer, a bug: one line too; ``-v`` shows the traceback),
130 interrupted (Ctrl-C, or SIGTERM during any ``--jsonl`` batch run: ``parse``, ``map``,
``report``, from its start, -j N and --cluster alike),
143 terminated (SIGTERM).
"""

# The command is split along its stages: the arguments (geo.cli_args), the checks made
# before any work (geo.cli_checks), the runners of geocode, parse and index
# (geo.cli_commands), of a corpus (geo.cli_corpus) and of map and report (geo.cli_maps,
# its outputs' names in geo.cli_map_names).
# Here: the entry point, the article stage the commands share, and the exit statuses.
# Each runner is imported when its command runs, and imports what it needs then.

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from ._io import NamedStdout, check_size
from .cli_args import DEFAULT_MAX_CHARS as DEFAULT_MAX_CHARS  # importable from here too
from .cli_args import EXIT_FAILURE, EXIT_USAGE, build_parser
from .cli_args import EXIT_NOT_FOUND as EXIT_NOT_FOUND
from .cli_args import EXIT_OK as EXIT_OK
from .errors import GeoError, InputError

__all__ = ["main"]


def read_article(path: str, *, fetch: bool = False, max_chars: int = 0):
    """The article behind ``path``: a text file, a saved page, ``-`` or (``fetch``) a URL.

    Returns a :class:`geo.sources.Article` (text, title, date, url).

    Raises
    ------
    InputError
        Unreadable, not UTF-8 text, or longer than ``max_chars`` characters (0: no limit).
    """
    import re

    from .sources import fetch_article, shown_url
    from .sources import read_article as read_source

    if fetch:
        article = fetch_article(path)
    elif re.match(r"https?://", path, re.I) and not os.path.exists(path):
        raise InputError(f"{shown_url(path)} is a URL: add --fetch to download it")
    else:
        article = read_source(path)
    name = "standard input" if path == "-" else shown_url(path) if fetch else path[:200]
    check_size(article.text, max_chars, name)
    return article


def _analyse_article(path: str, date, *, demonyms: bool = False, fetch: bool = False,
                     stages=None, max_chars: int = 0):
    """Read and analyse one article for parse, map and report: (Analysis, Gazetteer).

    A page's title becomes the headline and its publication date anchors
    relative dates; an explicit ``date`` wins; the analysis of a page is marked
    ``extracted`` (its text is the one extracted from the page). The runners call it through this
    module (``geo.cli._analyse_article``), so that it can be replaced.
    """
    from .analysis import analyze
    from .gazetteer.index import load_gazetteer

    article = read_article(path, fetch=fetch, max_chars=max_chars)
    gaz = load_gazetteer()
    analysis = analyze(
        article.text,
        gazetteer=gaz,
        date=date if date is not None else article.date,
        demonyms=demonyms,
        title=article.title,
        url=article.url,
        stages=stages,
    )
    if getattr(article, "page", False):  # its text is in no file: geo parse gives it
        analysis = dataclasses.replace(analysis, extracted=True)
    return analysis, gaz


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``geo`` command; return its exit status."""
    own_process = argv is None
    if argv is None:  # the real command: a SIGTERM cleans up like Ctrl-C
        _exit_on_sigterm()
        _exit_without_collecting()
    argv = list(sys.argv[1:] if argv is None else argv)
    if sys.stdin is None:  # started with standard input closed: an empty article
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as we do
    if argv[:1] == ["eval"]:  # its own options: see geo.evaluate
        from .evaluate import main as eval_main

        return int(eval_main(argv[1:]))
    corpus_run = own_process and _looks_like_corpus_run(argv)
    if corpus_run:  # SIGTERM: 130 "interrupted" from now, as during the run (README)
        from .corpus_signals import stop_on_sigterm

        stop_on_sigterm()
    parser = build_parser(__doc__.splitlines()[0])
    args = parser.parse_args(argv)
    args.own_process = own_process  # the process ends with the command (not a test's main())
    if own_process and corpus_run != (getattr(args, "jsonl", None) is not None):
        if corpus_run:  # not a corpus run after all: SIGTERM is 143 "terminated"
            _exit_on_sigterm()
        else:
            from .corpus_signals import stop_on_sigterm

            stop_on_sigterm()
    level = logging.INFO if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="geo: %(message)s")
    for handler in logging.getLogger().handlers:  # file names may hold escape codes
        handler.setFormatter(_PrintableFormatter("geo: %(message)s"))
    for handler in logging.getLogger().handlers:  # libraries' own INFO loggers (Dask) too
        handler.setLevel(level)
        if own_process and not args.verbose:  # a cluster's workers stopped: no news
            handler.addFilter(_cluster_noise)
    repeats = _hold_repeats(args)
    text_log = logging.getLogger("geo.text")
    text_level = text_log.level  # set back after the command (a test's main() goes on)
    if getattr(args, "quiet", False):  # no word on each document's contents (workers fork)
        text_log.setLevel(logging.ERROR)
    stdout = sys.stdout
    sys.stdout = NamedStdout(stdout)  # a failed write says "cannot write standard output"
    try:
        with _kept_patterns(own_process, args.command), _one_article(own_process, args):
            status = int(args.func(args))
        sys.stdout.flush()  # what was printed must reach standard output: said here if not
        return status
    except InputError as err:
        print(f"geo: error: {_one_line(err)}", file=sys.stderr)
        return EXIT_USAGE
    except GeoError as err:
        print(f"geo: error: {_one_line(err)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt as err:
        if not getattr(err, "reported", False):  # a corpus run has said what it kept
            print("geo: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (| head): output is incomplete
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python exits
        return 128 + 13  # as if killed by SIGPIPE: never a silent success
    except MemoryError:
        if args.verbose:
            raise
        print(
            "geo: error: out of memory (a smaller --max-chars refuses such input early)",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    except OSError as err:  # a file system error on an output: the user's to fix
        if args.verbose:
            raise
        where = f"{printable(str(err.filename))}: " if err.filename else ""
        print(f"geo: error: {where}{err.strerror or _one_line(err)}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as err:  # a bug: one line; -v shows the traceback
        if args.verbose:
            raise
        print(
            f"geo: internal error: {type(err).__name__}: {_one_line(err)} "
            "(please report it; -v shows the traceback)",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    finally:
        sys.stdout = stdout
        text_log.setLevel(text_level)
        _say_repeats(repeats)


def _hold_repeats(args: Any):
    """For a corpus run (``--jsonl``), a :class:`~geo.batch_repeats.RepeatFilter` on the
    log handlers: a name not in the gazetteer is warned of once, then counted."""
    if getattr(args, "jsonl", None) is None:
        return None
    from .batch_repeats import RepeatFilter

    repeats = RepeatFilter()
    for handler in logging.getLogger().handlers:
        handler.addFilter(repeats)
    return repeats


def _say_repeats(repeats) -> None:
    """Take the filter of :func:`_hold_repeats` off and say what it held back, in one line."""
    if repeats is None:
        return
    for handler in logging.getLogger().handlers:
        handler.removeFilter(repeats)
    if line := repeats.summary():
        print(f"geo: warning: {printable(line)}", file=sys.stderr)


def _cluster_noise(record: logging.LogRecord) -> bool:
    """A log handler's filter: False for distributed's and tornado's records below ERROR
    (CRITICAL for tornado's), and for the scheduler's keys forgotten at a stop. Their
    loggers' levels are set at their import and their
    cluster's event loop logs from its own thread after a run ("Worker process still
    alive after 4.0 seconds, killing" as a stopped cluster's nannies close): a filter on
    the CLI's handlers holds for the whole process, whatever those levels become."""
    name = record.name
    if name == "tornado" or name.startswith("tornado."):
        return record.levelno >= logging.CRITICAL
    if name == "distributed" or name.startswith("distributed."):
        # the scheduler's "Couldn't gather keys: {...: 'forgotten'}" (an ERROR) when
        # Ctrl-C stops a gather: the keys were let go on purpose
        return record.levelno >= logging.ERROR and not record.getMessage().startswith(
            "Couldn't gather keys"
        )
    return True


def _looks_like_corpus_run(argv: Sequence[str]) -> bool:
    """Whether ``argv`` reads like ``geo parse --jsonl ...`` (a guess before the parser
    runs, corrected after it: ``--jsonl`` or an abbreviation of it, before any ``--``)."""
    if argv[:1] != ["parse"]:
        return False
    for arg in argv[1:]:
        if arg == "--":
            return False
        if len(arg) > 3 and "--jsonl".startswith(arg.split("=", 1)[0]):
            return True
    return False


def _kept_patterns(own_process: bool, command: str) -> contextlib.AbstractContextManager:
    """For the real command, regular expressions, the maps' Jinja templates and the
    methods of the dataclasses compiled once are kept in the user cache for the next
    process (:mod:`geo._patterns`, :mod:`geo._templates`, :mod:`geo._generated`); a
    test's ``main()`` compiles as usual. ``geo geocode`` keeps its own patterns (about
    50, not the text pipeline's 1,400: their file costs 30 M instructions to read)."""
    if not own_process:
        return contextlib.nullcontext()
    from ._generated import kept_generated
    from ._patterns import kept_patterns
    from ._templates import kept_templates
    from .gazetteer.cache import cache_dir

    kept = contextlib.ExitStack()
    kept.enter_context(kept_patterns(cache_dir(), "geocode" if command == "geocode" else ""))
    kept.enter_context(kept_templates(cache_dir()))
    kept.enter_context(kept_generated(cache_dir()))
    return kept


#: The commands that read one article (or look one name up) and end: no collections.
ONE_ARTICLE_COMMANDS = frozenset({"geocode", "parse", "map", "report"})


@contextlib.contextmanager
def _one_article(own_process: bool, args: Any) -> Iterator[None]:
    """For the real command on one article (not a corpus, not an index build), no
    garbage collections while it runs.

    Loading the pipeline creates hundreds of thousands of objects that live as long as
    the process, and the collector walked them again and again as they came (about 3 %
    of ``geo parse ARTICLE``'s instructions); one article leaves little garbage in
    reference cycles, and the process ends with the command (:func:`gc.freeze` at exit,
    :func:`_exit_without_collecting`). A corpus run collects as
    :func:`geo.corpus._loading` says; a test's ``main()`` collects as usual.
    """
    import gc

    if (
        not own_process
        or args.command not in ONE_ARTICLE_COMMANDS
        or getattr(args, "jsonl", None) is not None
        or not gc.isenabled()
    ):
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what the command made is never walked, at exit either
        gc.enable()


def _exit_without_collecting() -> None:
    """Spare the command's last moments a full garbage collection of every object.

    When the interpreter exits it collects the objects left in reference cycles, and
    so walks every object the command created: 40-60 ms after loading the pipeline,
    a sixth of ``geo parse``'s cold start. The objects are frozen (:func:`gc.freeze`)
    once everything registered with :mod:`atexit` has run (this handler, registered
    first, runs last): files and output were closed by then, and the operating
    system takes back the memory.
    """
    import atexit
    import gc

    atexit.register(gc.freeze)


def _exit_on_sigterm() -> None:
    """Make SIGTERM unwind the program (exit status 143) instead of killing it outright.

    Unwinding runs the ``finally`` blocks and context managers: temporary files and
    staging folders are removed, a headless browser is closed, nothing half-written
    is left behind.
    """
    import signal
    import threading

    def stop(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    default_hook = sys.unraisablehook

    def quiet_exit(unraisable: Any) -> None:
        # Python ignores an exception raised while it runs a weakref callback or a
        # __del__ ("Exception ignored in ..."). Our SystemExit landed there: no
        # traceback, and the signal is sent again, to land in ordinary code.
        if not isinstance(unraisable.exc_value, SystemExit):
            default_hook(unraisable)
            return
        again = threading.Timer(_SIGTERM_AGAIN_S, os.kill, (os.getpid(), signal.SIGTERM))
        again.daemon = True
        again.start()

    with contextlib.suppress(ValueError):  # only the main thread may set handlers
        signal.signal(signal.SIGTERM, stop)
        sys.unraisablehook = quiet_exit


_SIGTERM_AGAIN_S = 0.05


def _one_line(err: BaseException, limit: int = 500) -> str:
    """An error message on one line, at most ``limit`` characters, with no control
    characters (see :func:`printable`)."""
    text = printable(" ".join(str(err).split()))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def printable(text: str) -> str:
    """``text`` with control and format characters escaped (``\\x1b``, ``\\u202e``): a
    file name or an article's words never drive the terminal (colours, cursor moves,
    right-to-left overrides).

    >>> printable("no\\x1b[31mRED.txt")
    'no\\\\x1b[31mRED.txt'
    """
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


class _PrintableFormatter(logging.Formatter):
    """Log lines on one line with control characters escaped; a warning about the
    document read says so ("geo: warning: 'Kerem Shalom' (characters 3-15) reads as a
    place ..."), as a batch's warnings do, for scripts that look for "geo: warning:"."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        if (
            record.levelno == logging.WARNING
            and record.name.startswith("geo.text")  # a document's warnings, not a run's news
            and not line.startswith("geo: warning: ")
        ):
            line = "geo: warning: " + line.removeprefix("geo: ")
        return printable(line)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
