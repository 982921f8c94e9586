"""The ``geo`` command.

Exit status: 0 success, 1 nothing found (``parse --jsonl``: some lines gave error
records), 2 bad input or arguments (one line on stderr, never a traceback), 3 a failure
of the tool itself (index, renderer, a bug: one line too; ``-v`` shows the traceback),
130 interrupted (Ctrl-C, or SIGTERM during ``parse --jsonl``), 143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ._io import (
    check_output_path,
    check_size,
    dumps_json,
    is_special_file,
    output_stream,
    staged_outputs,
)
from ._version import __version__
from .errors import GeoError, InputError

__all__ = ["main"]

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3

#: Default of --max-chars: the longest article analysed (characters). Well above any
#: news article (rarely 50,000); with cost linear in size, about a minute of work.
DEFAULT_MAX_CHARS = 2_000_000


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error message."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _number(what: str, *, minimum: int, zero: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number (``_`` and ``,`` allowed as separators) of at
    least ``minimum``; ``zero`` says what 0 means when it is allowed."""

    def parse(text: str) -> int:
        try:
            value = int(text.replace("_", "").replace(",", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None
        if value < minimum:
            lowest = f"0 ({zero}) or more" if minimum == 0 and zero else f"{minimum} or more"
            raise argparse.ArgumentTypeError(f"expected {lowest}, got {text!r}")
        return value

    return parse


_positive_int = _number("a positive integer", minimum=1)
_jobs = _number("a number of processes", minimum=0, zero="every core")
_max_chars = _number("a number of characters", minimum=0, zero="no limit")


def _stage_list(text: str) -> tuple[str, ...]:
    from .corpus import STAGES

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


def _build_parser() -> _Parser:
    parser = _Parser(prog="geo", description=__doc__.splitlines()[0])
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
    g.set_defaults(func=_cmd_geocode)

    p = sub.add_parser("parse", help="print the analysis JSON of an article or a corpus")
    p.add_argument(
        "article", nargs="?", help="a text file, a saved web page (.html), - for standard input"
    )
    p.add_argument(
        "--jsonl",
        metavar="IN.jsonl",
        nargs="+",
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
        "-j", "--jobs", type=_jobs, default=1, metavar="N",
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
        help="skip the ids already in OUT and append to it (continue an interrupted run)",
    )
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _add_max_chars(p)
    p.set_defaults(func=_cmd_parse)

    sub.add_parser(
        "eval", help="score the parser and the geotext baseline on ../shared/eval (see its --help)"
    )

    m = sub.add_parser("map", help="render the article's map (HTML; optionally more formats)")
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
    m.add_argument(
        "--offline",
        action="store_true",
        help="one self-contained file: no CDN, no tiles, a vector basemap",
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
    m.set_defaults(func=_cmd_map)

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
        "-o", "--output", metavar="FILE.html", required=True, help="the report page to write"
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
    r.set_defaults(func=_cmd_report)

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
    ix.set_defaults(func=_cmd_index)
    return parser


def _cmd_geocode(args: argparse.Namespace) -> int:
    from .geocoders import ATTRIBUTION, GazetteerGeocoder
    from .geometry import area_km2

    if args.geometry and not args.json:
        raise InputError("--geometry needs --json (the table has no geometry column)")
    _check_text_argument(args.name, "the name")
    geocoder = GazetteerGeocoder(country_codes=args.country)
    unknown = [c for c in args.country or () if not geocoder.gazetteer.has_country(c.upper())]
    if unknown:
        raise InputError(
            f"--country {unknown[0][:20]!r} is not an ISO 3166-1 alpha-2 country code "
            "(such as UA, RU, US)"
        )
    found = (
        geocoder.geocode(
            args.name,
            exactly_one=False,
            kinds=args.kind,
            limit=args.limit,
            geometry=True,
        )
        or []
    )
    rows: list[dict[str, Any]] = []
    for loc in found:
        raw = dict(loc.raw)
        geometry = raw.pop("geometry", None)
        if raw["kind"] in ("admin1", "country") and geometry is not None:
            raw["area_km2"] = round(area_km2(geometry), 1)
        raw["attribution"] = ATTRIBUTION
        if args.geometry:
            raw["geometry"] = geometry
        rows.append(raw)
    if args.json:
        print(dumps_json(rows, indent=1))
    elif rows:
        _print_table(rows)
        print(f"\n{ATTRIBUTION}")
    if not rows:
        print(f"geo: no match for {_short(args.name)} in the offline gazetteer", file=sys.stderr)
        return EXIT_NOT_FOUND
    return EXIT_OK


def _print_table(rows: Sequence[dict[str, Any]]) -> None:
    header = (
        "#",
        "name",
        "kind",
        "country",
        "admin-1",
        "population",
        "lat",
        "lon",
        "geonameid",
        "score",
    )
    table = [header]
    for i, r in enumerate(rows, 1):
        admin1 = r["admin1_name"] or r["admin1"]
        table.append(
            (
                str(i),
                r["name"],
                r["kind"],
                r["country_code"],
                admin1,
                f"{r['population']:,}" if r["population"] else "",
                f"{r['lat']:.5f}",
                f"{r['lon']:.5f}",
                str(r["geonameid"]),
                f"{r['score']:.2f}",
            )
        )
    widths = [max(len(row[c]) for row in table) for c in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def read_article(path: str, *, fetch: bool = False, max_chars: int = 0):
    """The article behind ``path``: a text file, a saved page, ``-`` or (``fetch``) a URL.

    Returns a :class:`geo.sources.Article` (text, title, date, url).

    Raises
    ------
    InputError
        Unreadable, not UTF-8 text, or longer than ``max_chars`` characters (0: no limit).
    """
    import re

    from .sources import fetch_article
    from .sources import read_article as read_source

    if fetch:
        article = fetch_article(path)
    elif re.match(r"https?://", path, re.I) and not os.path.exists(path):
        raise InputError(f"{path[:200]} is a URL: add --fetch to download it")
    else:
        article = read_source(path)
    check_size(article.text, max_chars, "standard input" if path == "-" else path[:200])
    return article


def _short(text: str, limit: int = 60) -> str:
    """``repr`` of ``text`` cut to about ``limit`` characters (a query, a name)."""
    return repr(text if len(text) <= limit else text[:limit] + "...") + (
        f" ({len(text):,} characters)" if len(text) > limit else ""
    )


def _check_outputs(args: argparse.Namespace, options: Sequence[tuple[str, Any]]) -> None:
    """Check every output path before any work: one-line errors naming the option."""
    seen: dict[Any, str] = {}
    articles = getattr(args, "article", None) or []
    if isinstance(articles, str):
        articles = [articles]
    sources = {Path(a).absolute() for a in articles if a != "-"}
    corpora = getattr(args, "jsonl", None) or []
    for corpus in [corpora] if isinstance(corpora, str) else corpora:
        if corpus != "-" and not any(c in corpus for c in "*?["):
            sources.add(Path(corpus).absolute())
    for option, path in options:
        if path is None or path == "-":
            continue
        p = check_output_path(path, option=option)
        suffix = "." + option.removeprefix("--")
        image = option in ("--png", "--pdf", "--svg")
        if image and p.suffix.lower() != suffix and not is_special_file(p):
            raise InputError(f"{option} {path}: the file name must end in {suffix}")
        key = p.absolute()
        if key in seen:
            raise InputError(f"{seen[key]} and {option} both write {path}")
        if key in sources:
            raise InputError(f"{option} {path} would overwrite the article (an input)")
        seen[key] = option


def _check_text_argument(value: str | None, what: str) -> None:
    """A command-line text that is not valid UTF-8 (its bytes decoded as surrogates)."""
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(f"{what} is not valid UTF-8 text (at character {err.start})") from None


def _warn_if_empty(analysis: Any, path: str) -> None:
    if not analysis.toponyms:
        name = "standard input" if path == "-" else path
        what = "the article is empty" if not analysis.text.strip() else "nothing to map"
        print(f"geo: warning: no places found in {name} ({what})", file=sys.stderr)


def _cmd_parse(args: argparse.Namespace) -> int:
    if (args.article is None) == (args.jsonl is None):
        raise InputError("give either an ARTICLE (or -) or --jsonl IN.jsonl")
    if args.article is not None:
        corpus_only = [o for o, v in (("-j", args.jobs != 1), ("--cluster", args.cluster),
                                      ("--format", args.format != "jsonl"),
                                      ("--resume", args.resume)) if v]
        if corpus_only:
            raise InputError(f"{', '.join(corpus_only)}: only with --jsonl (a corpus)")
        date = _article_date(args.date)
        _check_outputs(args, [("-o", args.output)])
        analysis, _ = _analyse_article(
            args.article, date, demonyms=args.demonyms, fetch=args.fetch, stages=args.stages,
            max_chars=args.max_chars,
        )
        _warn_if_empty(analysis, args.article)
        with output_stream(args.output) as out:
            out.write(dumps_json(analysis.to_dict(), indent=None if args.compact else 1))
            out.write("\n")
        return EXIT_OK
    if args.fetch or args.date:
        raise InputError("--fetch and --date go with an ARTICLE; JSON lines carry their own "
                         '"url" and "date"')
    from .corpus import Options

    options = Options(demonyms=args.demonyms, stages=args.stages, max_chars=args.max_chars)
    progress = not args.quiet and sys.stderr.isatty()
    if args.cluster:
        from .dask import run_cluster

        summary = run_cluster(args.jsonl, args.output, args.cluster, options=options,
                              fmt=args.format, resume=args.resume, progress=progress)
    else:
        from .corpus_run import run

        try:
            summary = run(args.jsonl, args.output, options=options, jobs=args.jobs,
                          resume=args.resume, progress=progress, fmt=args.format)
        except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the output is closed, workers stopped
            if args.jobs == 1:
                raise
            import os

            print("geo: interrupted", file=sys.stderr)
            sys.stdout.flush()
            sys.stderr.flush()
            # Exit now: the stopped worker pool's threads must not hold the exit up
            os._exit(130)
    if summary.skipped:
        print(f"geo: --resume: {summary.skipped} line(s) already done were skipped",
              file=sys.stderr)
    if summary.errors:
        print(
            f"geo: {summary.errors} input line(s) could not be analysed (error records "
            f"written; first: {summary.error_lines[0][:200]})",
            file=sys.stderr,
        )
        return EXIT_NOT_FOUND
    return EXIT_OK


def _article_date(text: str | None):
    import datetime as dt

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--date must be YYYY-MM-DD, got {text!r}") from None


def _analyse_article(path: str, date, *, demonyms: bool = False, fetch: bool = False,
                     stages=None, max_chars: int = 0):
    """Read and analyse one article for parse, map and report: (Analysis, Gazetteer).

    A page's title becomes the headline and its publication date anchors
    relative dates; an explicit ``date`` wins.
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
    return analysis, gaz


def _article_stem(article: str, fetch: bool) -> str:
    """A file name stem for an article path or URL (``maps/<stem>.html``)."""
    import re
    from pathlib import PurePosixPath
    from urllib.parse import urlsplit

    name = PurePosixPath(urlsplit(article).path).stem if fetch else PurePosixPath(article).stem
    return re.sub(r"[^\w.-]+", "-", name).strip(".-")[:80] or "article"


def _analyse_many(args: argparse.Namespace, date):
    """The analyses of the ARTICLE files and --jsonl lines (one or more), and the gazetteer.

    Each article with no place found gets a warning on standard error.
    """
    from .gazetteer.index import load_gazetteer
    from .render.articles import analyse_articles, read_articles

    if not args.article and args.jsonl is None:
        raise InputError("give an ARTICLE file (or -), several, or --jsonl CORPUS.jsonl")
    if len(args.article) == 1 and args.jsonl is None:
        analysis, gaz = _analyse_article(
            args.article[0], date, fetch=args.fetch, max_chars=args.max_chars
        )
        _warn_if_empty(analysis, args.article[0])
        return [analysis], gaz
    if args.fetch:
        raise InputError("--fetch takes one URL; save several pages and map the files")
    articles = read_articles(args.article, jsonl=args.jsonl, date=date, max_chars=args.max_chars)
    gaz = load_gazetteer()
    analyses = analyse_articles(articles, gaz)
    for analysis in analyses:
        _warn_if_empty(analysis, analysis.id or "an article")
    return analyses, gaz


def _cmd_map(args: argparse.Namespace) -> int:
    import os

    from .render import write_outputs

    date = _article_date(args.date)
    _check_text_argument(args.title, "--title")
    output = args.output
    if output is None:
        first = args.jsonl if args.jsonl is not None else (args.article or ["-"])[0]
        stem = "stdin" if first == "-" else _article_stem(first, args.fetch)
        os.makedirs("maps", exist_ok=True)
        output = os.path.join("maps", f"{stem}.html")
    targets = {
        "html": output,
        "geojson": args.geojson,
        "png": args.png,
        "pdf": args.pdf,
        "svg": args.svg,
        "fragment": args.fragment,
    }
    targets = {k: v for k, v in targets.items() if v is not None}
    _check_outputs(args, [("-o" if k == "html" else f"--{k}", v) for k, v in targets.items()])
    analyses, gaz = _analyse_many(args, date)
    # All files or none: written in a staging folder, moved into place at the end.
    with staged_outputs(targets) as staged:
        written = write_outputs(
            analyses if len(analyses) > 1 else analyses[0],
            **staged,
            offline=args.offline,
            overlays=args.overlay,
            title=args.title,
            date=date,
            gazetteer=gaz,
        )
    final = {str(path): targets[key] for key, path in staged.items()}
    for path in written:
        print(f"wrote {final.get(str(path), path)}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from .render import load_overlay, report_html

    date = _article_date(args.date)
    _check_text_argument(args.title, "--title")
    _check_outputs(args, [("-o", args.output)])
    overlays = [load_overlay(p) for p in args.overlay]
    analyses, gaz = _analyse_many(args, date)
    path = report_html(
        analyses if len(analyses) > 1 else analyses[0],
        args.output,
        title=args.title,
        date=date,
        offline=not args.online,
        overlays=overlays,
        gazetteer=gaz,
    )
    print(f"wrote {path}")
    return EXIT_OK


def _cmd_index(args: argparse.Namespace) -> int:
    from .gazetteer.index import ensure_index, load_gazetteer, prune_indexes, stale_indexes

    if args.action != "add" and (args.dumps or args.download):
        raise InputError("dump files and --download go with `geo index add`")
    if args.action == "add":
        from .gazetteer.dumps import add_dump, download_dump

        if not (args.dumps or args.download):
            raise InputError("geo index add needs a dump file or --download CC ...")
        files = [Path(f) for f in args.dumps]
        files += [download_dump(code, timeout=args.timeout) for code in args.download]
        for f in files:
            added = add_dump(f)
            print(f"added {f.name}: {added['places']:,} places, {added['admin']:,} "
                  "administrative units (GeoNames, CC BY 4.0)")  # fmt: skip
    if args.action == "prune":
        removed = prune_indexes()
        for path, size in removed:
            print(f"removed {path} ({size / 1e6:.0f} MB)")
        if not removed:
            print("no stale indexes")
        return EXIT_OK
    path = ensure_index(rebuild=args.action == "build" and args.force)  # add: a new fingerprint
    meta = load_gazetteer(path).meta
    counts = ", ".join(f"{k} {v:,}" for k, v in meta["counts"].items())
    print(f"index: {path}")
    print(f"records: {meta['records']:,} ({counts})")
    print(f"names: {meta['keys']:,} keys, {meta['postings']:,} postings")
    stale = stale_indexes()
    if stale:
        print(f"stale: {len(stale)} index(es) of other geo versions; `geo index prune` "
              "removes them")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``geo`` command; return its exit status."""
    if argv is None:  # the real command: a SIGTERM cleans up like Ctrl-C
        _exit_on_sigterm()
    argv = list(sys.argv[1:] if argv is None else argv)
    if sys.stdin is None:  # started with standard input closed: an empty article
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as we do
    if argv[:1] == ["eval"]:  # its own options: see geo.evaluate
        from .evaluate import main as eval_main

        return int(eval_main(argv[1:]))
    parser = _build_parser()
    args = parser.parse_args(argv)
    level = logging.INFO if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="geo: %(message)s")
    for handler in logging.getLogger().handlers:  # libraries' own INFO loggers (Dask) too
        handler.setLevel(level)
    try:
        return int(args.func(args))
    except InputError as err:
        print(f"geo: error: {_one_line(err)}", file=sys.stderr)
        return EXIT_USAGE
    except GeoError as err:
        print(f"geo: error: {_one_line(err)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
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
        where = f"{err.filename}: " if err.filename else ""
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


def _exit_on_sigterm() -> None:
    """Make SIGTERM unwind the program (exit status 143) instead of killing it outright.

    Unwinding runs the ``finally`` blocks and context managers: temporary files and
    staging folders are removed, a headless browser is closed, nothing half-written
    is left behind.
    """
    import signal

    def stop(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    with contextlib.suppress(ValueError):  # only the main thread may set handlers
        signal.signal(signal.SIGTERM, stop)


def _one_line(err: BaseException, limit: int = 500) -> str:
    """An error message on one line, at most ``limit`` characters."""
    text = " ".join(str(err).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
