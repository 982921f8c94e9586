"""The ``geo`` command.

Exit status: 0 success, 1 nothing found, 2 bad input or arguments (one line on
stderr, never a traceback), 3 a failure of the tool itself (index, renderer).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from ._io import open_text, output_stream, read_text
from ._version import __version__
from .errors import GeoError, InputError

__all__ = ["main"]

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error message."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return value


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

    p = sub.add_parser("parse", help="print the analysis JSON of an article")
    p.add_argument("article", nargs="?", help="a text file, or - for standard input")
    p.add_argument(
        "--jsonl",
        metavar="IN.jsonl",
        help='read one {"id": ..., "text": ...} per line; write one analysis per line',
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument(
        "--demonyms",
        action="store_true",
        help='count adjectives and demonyms ("Russian") as mentions of their country',
    )
    p.add_argument("--compact", action="store_true", help="one-line JSON")
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
    m.add_argument(
        "--overlay",
        metavar="FILE.geojson",
        action="append",
        default=[],
        help="add your own GeoJSON layer (repeatable)",
    )
    m.add_argument("--title", help="map title (default: the article's first line)")
    m.add_argument("--date", metavar="YYYY-MM-DD",
                   help="the article's date (several articles: of those that have none)")
    m.add_argument("--demonyms", action="store_true", help=argparse.SUPPRESS)
    m.set_defaults(func=_cmd_map)

    r = sub.add_parser("report", help="the map plus a table of the article's claims")
    r.add_argument(
        "article",
        nargs="*",
        help="text files (- for standard input); several: claims listed by date",
    )
    r.add_argument("--jsonl", metavar="CORPUS.jsonl", help="also report every line of a corpus")
    r.add_argument("-o", "--output", metavar="FILE.html", required=True,
                   help="the report page (self-contained unless --online)")
    r.add_argument("--online", action="store_true", help="use tiles and CDNs instead of inlining")
    r.add_argument("--overlay", metavar="FILE.geojson", action="append", default=[],
                   help="add your own GeoJSON layer (repeatable)")
    r.add_argument("--title", help="report title (default: the article's first line)")
    r.add_argument("--date", metavar="YYYY-MM-DD", help="the date of articles that have none")
    r.set_defaults(func=_cmd_report)

    ix = sub.add_parser(
        "index",
        help="build or inspect the offline gazetteer index; prune removes the indexes "
        "of other versions from the cache",
    )
    ix.add_argument("action", choices=["build", "info", "prune"])
    ix.add_argument("--force", action="store_true", help="rebuild even if present")
    ix.set_defaults(func=_cmd_index)
    return parser


def _cmd_geocode(args: argparse.Namespace) -> int:
    from .geocoders import ATTRIBUTION, GazetteerGeocoder
    from .geometry import area_km2

    geocoder = GazetteerGeocoder(country_codes=args.country)
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
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif rows:
        _print_table(rows)
        print(f"\n{ATTRIBUTION}")
    if not rows:
        print(f"geo: no match for {args.name!r} in the offline gazetteer", file=sys.stderr)
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


def read_article(path: str) -> str:
    """The text of an article file, or of standard input for ``-``."""
    if path == "-":
        return sys.stdin.read()
    return read_text(path, what="article file")


def _cmd_parse(args: argparse.Namespace) -> int:
    from .gazetteer.index import load_gazetteer

    if (args.article is None) == (args.jsonl is None):
        raise InputError("give either an ARTICLE (or -) or --jsonl IN.jsonl")
    if args.article is not None:
        analysis, _ = _analyse_article(args.article, None, demonyms=args.demonyms)
        result = analysis.to_dict()
        with output_stream(args.output) as out:
            json.dump(result, out, ensure_ascii=False, indent=None if args.compact else 1)
            out.write("\n")
        return EXIT_OK
    source = (
        contextlib.nullcontext(sys.stdin)
        if args.jsonl == "-"
        else open_text(args.jsonl, what="JSONL file")
    )
    gaz = load_gazetteer()
    errors = 0
    with source as lines, output_stream(args.output) as out:
        try:
            for lineno, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                record = _parse_line(line, lineno, gaz, demonyms=args.demonyms)
                errors += "error" in record
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
        except UnicodeDecodeError as err:
            raise InputError(f"{args.jsonl} is not UTF-8 text (byte {err.start})") from None
    if errors:
        print(
            f"geo: {errors} input line(s) could not be analysed (error records written)",
            file=sys.stderr,
        )
    return EXIT_OK


def _parse_line(line: str, lineno: int, gaz, *, demonyms: bool) -> dict[str, Any]:
    from .analysis import analyze

    try:
        doc = json.loads(line)
    except json.JSONDecodeError as err:
        return {"id": None, "line": lineno, "error": f"not JSON: {err.msg} (column {err.colno})"}
    if not isinstance(doc, dict):
        return {"id": None, "line": lineno, "error": "expected a JSON object with id and text"}
    doc_id = doc.get("id")
    text = doc.get("text")
    if not isinstance(text, str):
        return {"id": doc_id, "line": lineno, "error": 'missing or non-string "text"'}
    try:
        return analyze(text, gazetteer=gaz, demonyms=demonyms, id=doc_id).to_dict()
    except InputError as err:
        return {"id": doc_id, "line": lineno, "error": str(err)}


def _article_date(text: str | None):
    import datetime as dt

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--date must be YYYY-MM-DD, got {text!r}") from None


def _analyse_article(path: str, date, *, demonyms: bool = False):
    from .analysis import analyze
    from .gazetteer.index import load_gazetteer

    text = read_article(path)
    gaz = load_gazetteer()
    return analyze(text, gazetteer=gaz, date=date, demonyms=demonyms), gaz


def _analyse_many(args: argparse.Namespace, date):
    """The analyses of the ARTICLE files and --jsonl lines (one or more), and the gazetteer."""
    from .gazetteer.index import load_gazetteer
    from .render.articles import analyse_articles, read_articles

    if not args.article and args.jsonl is None:
        raise InputError("give an ARTICLE file (or -), several, or --jsonl CORPUS.jsonl")
    if len(args.article) == 1 and args.jsonl is None:
        analysis, gaz = _analyse_article(args.article[0], date)
        return [analysis], gaz
    articles = read_articles(args.article, jsonl=args.jsonl, date=date)
    gaz = load_gazetteer()
    return analyse_articles(articles, gaz), gaz


def _cmd_map(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from .render import write_outputs

    date = _article_date(args.date)
    output = args.output
    analyses, gaz = _analyse_many(args, date)
    if output is None:
        first = args.jsonl if args.jsonl is not None else args.article[0]
        stem = "stdin" if first == "-" else Path(first).stem
        os.makedirs("maps", exist_ok=True)
        output = os.path.join("maps", f"{stem}.html")
    written = write_outputs(
        analyses if len(analyses) > 1 else analyses[0],
        html=output,
        offline=args.offline,
        geojson=args.geojson,
        png=args.png,
        pdf=args.pdf,
        svg=args.svg,
        fragment=args.fragment,
        overlays=args.overlay,
        title=args.title,
        date=date,
        gazetteer=gaz,
    )
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from .render import load_overlay, report_html

    date = _article_date(args.date)
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

    if args.action == "prune":
        removed = prune_indexes()
        for path, size in removed:
            print(f"removed {path} ({size / 1e6:.0f} MB)")
        if not removed:
            print("no stale indexes")
        return EXIT_OK
    path = ensure_index(rebuild=args.action == "build" and args.force)
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
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["eval"]:  # its own options: see geo.evaluate
        from .evaluate import main as eval_main

        return int(eval_main(argv[1:]))
    parser = _build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="geo: %(message)s",
    )
    try:
        return int(args.func(args))
    except InputError as err:
        print(f"geo: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except GeoError as err:
        print(f"geo: error: {err}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("geo: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
