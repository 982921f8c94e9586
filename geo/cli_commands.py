"""The runners of ``geo geocode``, ``geo parse`` and ``geo index``.

Each takes the parsed arguments and returns the exit status; errors are raised
(:class:`~geo.errors.InputError`, :class:`~geo.errors.GeoError`) and turned into
one line and a status by :func:`geo.cli.main`. What a command needs is imported
when it runs: ``geo geocode`` loads no text pipeline, ``geo parse`` no geocoder,
web or map stack.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._io import dumps_json, iter_json, output_stream
from .cli import printable  # a file name printed: one line, no escape codes
from .cli_args import EXIT_NOT_FOUND, EXIT_OK
from .cli_checks import (
    article_date,
    check_format,
    check_outputs,
    check_text_argument,
    short,
    warn_if_empty,
)
from .errors import InputError

__all__ = ["cmd_geocode", "cmd_index", "cmd_parse"]


def cmd_geocode(args: argparse.Namespace) -> int:
    """``geo geocode NAME``: the gazetteer's candidates, as a table or JSON."""
    from .geocoders import ATTRIBUTION, GazetteerGeocoder

    if args.geometry and not args.json:
        raise InputError("--geometry needs --json (the table has no geometry column)")
    check_text_argument(args.name, "the name")
    geocoder = GazetteerGeocoder(country_codes=args.country)
    unknown = [c for c in args.country or () if not geocoder.gazetteer.has_country(c.upper())]
    if unknown:
        raise InputError(
            f"--country {unknown[0][:20]!r} is not an ISO 3166-1 alpha-2 country code "
            "(such as UA, RU, US)"
        )
    # The records geocoder.geocode() would wrap in geopy Locations: no geopy, no requests.
    matches = geocoder.matches(args.name, kinds=args.kind)[: args.limit]
    rows: list[dict[str, Any]] = []
    for match in matches:
        # The table shows neither the geometry nor the area: only JSON reads the shapes
        # (shapely) and measures them (pyproj).
        raw = geocoder.record(match, geometry=args.json)
        geometry = raw.pop("geometry", None)
        if raw["kind"] in ("admin1", "country") and geometry is not None:
            from .geometry import area_km2

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
        print(f"geo: no match for {short(args.name)} in the offline gazetteer", file=sys.stderr)
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
        "match",
    )
    table = [header]
    for i, r in enumerate(rows, 1):
        # A region is not in itself: its own code says nothing the name does not.
        admin1 = r["admin1_name"] or (r["admin1"] if r["kind"] != "admin1" else "")
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
                # "spelling ~": only spelt like the query (a close spelling, no such name).
                f"{r['match']} ~" if r.get("fuzzy") else r["match"],
            )
        )
    widths = [max(len(row[c]) for row in table) for c in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    if any(r.get("fuzzy") for r in rows):
        print("~ only a close spelling: no place in the gazetteer has this name")


def cmd_parse(args: argparse.Namespace) -> int:
    """``geo parse ARTICLE``: one analysis as JSON; ``--jsonl``: a corpus
    (:func:`geo.cli_corpus.run_corpus`)."""
    if (args.article is None) == (args.jsonl is None):
        raise InputError("give either an ARTICLE (or -) or --jsonl IN.jsonl")
    if args.article is None:
        if args.text:
            raise InputError('--text: only with an ARTICLE (a JSON line\'s offsets count in '
                             'its own "text")')
        from .cli_corpus import run_corpus

        return run_corpus(args)
    corpus_only = [o for o, v in (("-j", args.jobs not in (None, 1)), ("--cluster", args.cluster),
                                  ("--format", args.format != "jsonl"),
                                  ("--resume", args.resume)) if v]
    if corpus_only:
        raise InputError(f"{', '.join(corpus_only)}: only with --jsonl (a corpus)")
    date = article_date(args.date)
    check_outputs(args, [("-o", args.output)])
    check_format("-o", args.output, "JSON", command="parse")
    from . import cli  # looked up there when called: the article stage can be replaced

    analysis, _ = cli._analyse_article(
        args.article, date, demonyms=args.demonyms, fetch=args.fetch, stages=args.stages,
        max_chars=args.max_chars,
    )
    warn_if_empty(analysis, args.article)
    # the text the offsets count in, when asked, and always for a page's extracted text
    record = analysis.to_dict(text=args.text or analysis.extracted)
    with output_stream(args.output) as out:
        if args.compact:
            out.write(dumps_json(record))
        else:  # a piece at a time: the whole indented text never sits in memory
            out.writelines(iter_json(record, indent=1))
        out.write("\n")
    return EXIT_OK


def cmd_index(args: argparse.Namespace) -> int:
    """``geo index build|info|prune|add``: the offline gazetteer index."""
    from .gazetteer.cache import cache_usage
    from .gazetteer.index import ensure_index, load_gazetteer, prune_indexes, stale_indexes

    if args.action != "add" and (args.dumps or args.download):
        raise InputError("dump files and --download go with `geo index add`")
    if args.action == "add":
        from .gazetteer.dumps import add_dump, download_dump

        if not (args.dumps or args.download):
            raise InputError("geo index add needs a dump file or --download CC ...")
        files = [Path(f) for f in args.dumps]
        for f in files:  # before any download: a device or a folder is no dump
            if f.exists() and not f.is_file():
                raise InputError(f"{printable(str(f))} is not a file")
        files += [download_dump(code, timeout=args.timeout) for code in args.download]
        for f in files:
            added = add_dump(f)
            print(f"added {printable(f.name)}: {added['places']:,} places, {added['admin']:,} "
                  "administrative units (GeoNames, CC BY 4.0)")  # fmt: skip
    if args.action == "prune":
        removed = prune_indexes()
        for path, size in removed:
            print(f"removed {printable(str(path))} ({size / 1e6:.0f} MB)")
        kept = stale_indexes()
        if not removed and not kept:
            print("no stale indexes")
        if kept:
            print(f"kept {len(kept)} stale index(es) in use or used in the last 5 minutes")
        return EXIT_OK
    path = ensure_index(rebuild=args.action == "build" and args.force)  # add: a new fingerprint
    meta = load_gazetteer(path).meta
    counts = ", ".join(f"{k} {v:,}" for k, v in meta["counts"].items())
    print(f"index: {printable(str(path))}")
    print(f"records: {meta['records']:,} ({counts})")
    print(f"names: {meta['keys']:,} keys, {meta['postings']:,} postings")
    usage = cache_usage(path.parent)
    print(f"cache: {printable(str(path.parent))}: this index {usage['current'] / 1e6:.0f} MB, "
          f"other files {usage['other'] / 1e6:.1f} MB")
    if usage["stale_indexes"]:
        print(f"stale: {usage['stale_indexes']} index(es) of other geo versions, "
              f"{usage['stale'] / 1e6:.0f} MB; `geo index prune` removes them (a build "
              "removes those unused for a day)")
    return EXIT_OK
