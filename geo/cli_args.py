"""The ``geo`` command's arguments: one parser, a subparser per command.

Each command's ``func`` imports its runner (:mod:`geo.cli_commands`,
:mod:`geo.cli_maps`) only when that command runs, so that ``geo parse`` never
loads the map stack and ``geo geocode`` never loads the text pipeline.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import NoReturn

from ._version import __version__

__all__ = ["DEFAULT_MAX_CHARS", "EXIT_FAILURE", "EXIT_NOT_FOUND", "EXIT_OK", "EXIT_USAGE",
           "build_parser"]

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3

#: Default of --max-chars: the longest article analysed (characters). Well above any
#: news article (rarely 50,000); with cost linear in size, about a minute of work.
DEFAULT_MAX_CHARS = 2_000_000


def _runner(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command's runner, ``geo.<module>.<name>``, imported when the command runs."""

    def run(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(f"geo.{module}"), name)(args)

    return run


class _StoreOnce(argparse._StoreAction):
    """argparse's ``store``, refusing an option given twice (``-o a.html -o b.html``,
    ``--jsonl a.jsonl --jsonl b.jsonl``): the first would be dropped without a word
    (an output never written, an input never read)."""

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string is not None:
            given = namespace.__dict__.setdefault("_given_once", {})
            if self.dest in given:
                parser.error(f"{given[self.dest]} is given twice ({option_string} "
                             f"{_shown(values)}): give it once")
            given[self.dest] = option_string
        setattr(namespace, self.dest, values)


def _shown(values) -> str:
    """An option's value as it was typed, near enough (a list of files, stages)."""
    if isinstance(values, list):
        return " ".join(map(str, values))
    return ",".join(map(str, values)) if isinstance(values, tuple) else str(values)


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error message; an option that takes a value is given
    once (:class:`_StoreOnce`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", None, _StoreOnce)
        self.register("action", "store", _StoreOnce)

    def error(self, message: str) -> NoReturn:
        from .cli import printable  # an argument's escape codes never drive the terminal

        self.exit(EXIT_USAGE, f"{self.prog}: error: {printable(message)} (see --help)\n")


def _number(
    what: str, *, minimum: int, zero: str = "", maximum: int | None = None, why: str = ""
) -> Callable[[str], int]:
    """An argparse type: a whole number (``_`` and ``,`` allowed as separators) of at
    least ``minimum`` (and at most ``maximum``, ``why`` saying why); ``zero`` says what 0
    means when it is allowed."""

    def parse(text: str) -> int:
        try:
            value = int(text.replace("_", "").replace(",", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None
        if value < minimum:
            lowest = f"0 ({zero}) or more" if minimum == 0 and zero else f"{minimum} or more"
            raise argparse.ArgumentTypeError(f"expected {lowest}, got {text!r}")
        if maximum is not None and value > maximum:
            raise argparse.ArgumentTypeError(f"expected at most {maximum:,}{why}, got {text!r}")
        return value

    return parse


_positive_int = _number("a positive integer", minimum=1)
#: Worker processes on one machine: more is no faster, and each is a process to start.
MAX_JOBS = 512
_jobs = _number("a number of processes", minimum=0, zero="every core", maximum=MAX_JOBS,
                why=" (processes on this machine; --cluster spreads over machines)")
#: The largest --max-chars (a billion characters, gigabytes of text): beyond it a line's
#: byte budget no longer fits the readers' sizes; 0 still means no limit.
MAX_MAX_CHARS = 1_000_000_000
_max_chars = _number("a number of characters", minimum=0, zero="no limit",
                     maximum=MAX_MAX_CHARS, why=" (0: no limit)")


def _stage_list(text: str) -> tuple[str, ...]:
    from .corpus_records import STAGES

    stages = tuple(s.strip() for s in text.split(",") if s.strip())
    unknown = [s for s in stages if s not in STAGES]
    if unknown or not stages:
        raise argparse.ArgumentTypeError(
            f"stages are {', '.join(STAGES)} (comma-separated), got {text!r}"
        )
    return stages


def _add_article_options(p: argparse.ArgumentParser, *, date: bool = True) -> None:
    """Options of every command that reads one article (parse, map, report)."""
    p.add_argument(
        "--fetch", action="store_true",
        help="ARTICLE is a URL: download it (with a timeout) and read it as a web page",
    )
    if date:
        p.add_argument(
            "--date", metavar="YYYY-MM-DD",
            help="the article's date (default: the page's publication date, if any)",
        )


def _add_overlay(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--overlay",
        metavar="FILE.geojson",
        action="append",
        default=[],
        help="add your own GeoJSON layer (repeatable)",
    )


def _add_max_chars(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-chars",
        type=_max_chars,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"refuse an article longer than N characters (default {DEFAULT_MAX_CHARS:,}; "
        "0: no limit)",
    )


def _add_map_jobs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-j", "--jobs", type=_jobs, default=None, metavar="N",
        help="analyse several articles in N worker processes (0: every core; default 1); "
        "the page is the same bytes",
    )
    p.add_argument(  # as parse's: "geo map --jsonl corpus.jsonl -q"
        "-q", "--quiet", action="store_true",
        help="no warnings about a document's contents (names not located, output caps); "
             "skipped lines and errors are still reported",
    )


def build_parser(description: str) -> _Parser:
    """The ``geo`` command's argument parser; each command's ``func`` runs it."""
    parser = _Parser(prog="geo", description=description)
    parser.add_argument("--version", action="version", version=f"geo {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    g = sub.add_parser("geocode", help="look a name up in the offline gazetteer")
    g.add_argument("name", help='a place, region or country name ("Sumy", "Kursk region")')
    g.add_argument(
        "--country",
        action="append",
        metavar="CC",
        help="restrict to an ISO 3166-1 alpha-2 country code (repeatable)",
    )
    g.add_argument(
        "--kind",
        action="append",
        choices=["place", "admin1", "admin2", "country"],
        help="restrict to a kind of record (repeatable)",
    )
    g.add_argument("--limit", type=_positive_int, default=10, help="most candidates (default 10)")
    g.add_argument("--json", action="store_true", help="print a JSON list")
    g.add_argument(
        "--geometry",
        action="store_true",
        help="with --json: include each record's GeoJSON geometry (region polygons)",
    )
    g.set_defaults(func=_runner("cli_commands", "cmd_geocode"))

    p = sub.add_parser("parse", help="print the analysis JSON of an article or a corpus")
    p.add_argument(
        "article", nargs="?", help="a text file, a saved web page (.html), - for standard input"
    )
    p.add_argument(
        "--jsonl",
        metavar="IN.jsonl",
        nargs="+",
        action="extend",  # --jsonl a.jsonl --jsonl b.jsonl reads both, in that order
        help='read one {"id", "text"[, "title", "date", "url"]} per line (files or quoted '
        "glob patterns); write one analysis per line, in input order",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE",
        help="write here instead of standard output (a directory with --format geoparquet)",
    )
    p.add_argument(
        "--demonyms",
        action="store_true",
        help='count adjectives and demonyms ("Russian") as mentions of their country',
    )
    p.add_argument("--compact", action="store_true", help="one-line JSON")
    p.add_argument(
        "--text", action="store_true",
        help='also give the analysed text, "text": what start/end count in (always for a '
        "saved page or a fetched URL, whose text is extracted from the page)",
    )
    _add_article_options(p)
    p.add_argument(
        "--stages", "--only",
        metavar="STAGES",
        type=_stage_list,
        help="run only these stages (comma-separated: toponyms, features, claims; default "
        "all); --only toponyms is recognition and resolution alone",
    )
    c = p.add_argument_group("corpora (with --jsonl)")
    c.add_argument(
        "-j", "--jobs", type=_jobs, default=None, metavar="N",
        help="worker processes (0: every core; default 1); output is the same bytes",
    )
    c.add_argument(
        "--cluster", metavar="ADDRESS",
        help="run on a Dask scheduler (tcp://host:8786), or local:N for a local cluster of N "
        "worker processes (needs the dask extra)",
    )
    c.add_argument(
        "--format", choices=["jsonl", "geoparquet"], default="jsonl",
        help="jsonl (default), or geoparquet: -o DIR gets toponyms, features and claims "
        ".parquet tables",
    )
    c.add_argument(
        "--resume", action="store_true",
        help="skip the ids already in OUT and append to it (continue an interrupted run; "
             "lines of error records already there are not retried: exit status 1)",
    )
    c.add_argument(
        "-q", "--quiet", action="store_true",
        help="no progress bar and no warnings about a document's contents (names not "
             "located, output caps); skipped lines and errors are still reported",
    )
    _add_max_chars(p)
    p.set_defaults(func=_runner("cli_commands", "cmd_parse"))

    sub.add_parser(
        "eval", help="score the parser and the geotext baseline on ../shared/eval (see its --help)"
    )

    m = sub.add_parser(
        "map",
        help="render the article's map (HTML; optionally more formats)",
        description="Write the article's map: one HTML file that makes no network request "
        "when opened (Leaflet inlined, a vector basemap) unless --online; more formats "
        "on request.",
    )
    m.add_argument(
        "article",
        nargs="*",
        help="text files (- for standard input); several give one map with a time control",
    )
    m.add_argument(
        "--jsonl",
        metavar="CORPUS.jsonl",
        help='also map every line {"id", "text", "date", "title", "url"} of a corpus',
    )
    m.add_argument(
        "-o",
        "--output",
        metavar="FILE.html",
        help="the HTML map (default: maps/<article name>.html)",
    )
    reach = m.add_mutually_exclusive_group()
    reach.add_argument(
        "--offline",
        action="store_true",
        help="one self-contained file: no CDN, no tiles, a vector basemap (the default; "
        "kept for scripts that ask for it)",
    )
    reach.add_argument(
        "--online",
        action="store_true",
        help="link Leaflet from a CDN and draw OpenStreetMap tiles instead: a smaller "
        "file that needs a connection and tells those servers what is looked at",
    )
    m.add_argument("--geojson", metavar="FILE", help="also write the features as GeoJSON")
    m.add_argument("--png", metavar="FILE", help="also write a PNG (Chromium, else matplotlib)")
    m.add_argument("--pdf", metavar="FILE", help="also write a vector PDF (Chromium)")
    m.add_argument("--svg", metavar="FILE", help="also write an SVG (matplotlib)")
    m.add_argument("--fragment", metavar="FILE", help="also write an HTML snippet to embed")
    _add_overlay(m)
    m.add_argument("--title", help="map title (default: the article's first line)")
    m.add_argument("--date", metavar="YYYY-MM-DD",
                   help="the article's date (several articles: of those that have none)")
    m.add_argument("--demonyms", action="store_true", help=argparse.SUPPRESS)
    _add_article_options(m, date=False)
    _add_max_chars(m)
    _add_map_jobs(m)
    m.set_defaults(func=_runner("cli_maps", "cmd_map"))

    r = sub.add_parser(
        "report",
        help="the map plus a table of the article's claims",
        description="Write one HTML page: the article's map above a table of its claims "
        "(source, status, numbers, dates), each row linked to the map; several articles "
        "or a corpus give one map and their claims listed by date. Self-contained "
        "(works offline) unless --online.",
    )
    r.add_argument(
        "article",
        nargs="*",
        help="text files or saved pages (- for standard input); several: claims listed by date",
    )
    r.add_argument("--jsonl", metavar="CORPUS.jsonl", help="also report every line of a corpus")
    r.add_argument(
        "-o", "--output", metavar="FILE.html",
        help="the report page to write (default maps/<article name>.report.html)",
    )
    r.add_argument(
        "--online",
        action="store_true",
        help="link tiles and scripts from the network instead of inlining them "
        "(a smaller file that needs a connection)",
    )
    _add_overlay(r)
    r.add_argument("--title", help="page and map title (default: the article's first line)")
    r.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help='the date of articles that have none: resolves relative dates ("on Friday")',
    )
    _add_max_chars(r)
    _add_article_options(r, date=False)
    _add_map_jobs(r)
    r.set_defaults(func=_runner("cli_maps", "cmd_report"))

    ix = sub.add_parser(
        "index",
        help="build or inspect the offline gazetteer index; prune removes the indexes "
        "of other versions from the cache",
    )
    ix.add_argument("action", choices=["build", "info", "prune", "add"])
    ix.add_argument(
        "dumps",
        nargs="*",
        metavar="DUMP",
        help="with add: GeoNames dumps (XX.zip, XX.txt, allCountries.zip) whose populated "
        "places and administrative units join the index",
    )
    ix.add_argument("--force", action="store_true", help="rebuild even if present")
    ix.add_argument(
        "--download",
        nargs="+",
        metavar="CC",
        default=[],
        help="with add: fetch these countries' dumps from GeoNames first (network; cached)",
    )
    ix.add_argument(
        "--timeout", type=float, default=60.0, metavar="S", help="download timeout, seconds"
    )
    ix.set_defaults(func=_runner("cli_commands", "cmd_index"))
    return parser
