"""Benchmark the claims stage alone: cost per character as the document grows.

One document of each size (default 100 KB, 1 MB, 5 MB) is built at run time by
concatenating the news texts of the dev corpora (``--eval-dir``, default
``../shared/eval``: TR-News, GeoWebNews, LGL, GeoVirus, repeated when shorter than
the size; no corpus text is stored in the project). The toponyms and spatial
features the claims stage takes are computed per source article (so that the
geoparser's own cost does not enter) and shifted to the concatenated text; then
:func:`geo.text.claims.extract_claims` runs once on the whole document. CPU time
(``time.process_time``) is reported, the least of ``--repeat`` runs: the machine
may be shared.

Printed per size: characters, CPU seconds, microseconds per character, the ratio to
the smallest size (targets of the scaling issue: 1 MB within 1.5x of 100 KB, 5 MB
within 2x), and the number of claims. ``--stages`` instead prints, over the source
articles one by one, the CPU share of geoparsing, metonymy, spatial features and
claims (what ``geo parse --jsonl`` spends per article).

This is a benchmark, not a test: nothing here runs under pytest.

Usage: python benchmarks/bench_claims.py [--sizes 100k,1m,5m] [--repeat 3] [--stages]
       [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from geo.evaluate import default_eval_dir

CORPORA = ("tr-news", "geowebnews", "lgl", "geovirus")
TARGETS = {1_000_000: 1.5, 5_000_000: 2.0}


def parse_size(text: str) -> int:
    t = text.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(t[-1:], 1)
    return int(float(t.rstrip("km")) * mult)


def load_articles(eval_dir: Path) -> list[str]:
    texts: list[str] = []
    for name in CORPORA:
        path = eval_dir / f"{name}-dev.jsonl"
        if path.is_file():
            with path.open(encoding="utf-8") as f:
                texts.extend(json.loads(line)["text"] for line in f if line.strip())
    if not texts:
        sys.exit(f"bench_claims: no dev corpora in {eval_dir}")
    return texts


def analysed(texts: list[str]):
    from geo.gazetteer.index import load_gazetteer
    from geo.text.geoparse import geoparse
    from geo.text.metonymy import mark_metonymy
    from geo.text.spatial import extract_features

    gaz = load_gazetteer()
    out = []
    for text in texts:
        tops = mark_metonymy(text, geoparse(text, gaz))
        out.append((text, tops, extract_features(text, tops, gaz)))
    return gaz, out


def concatenated(docs, size: int):
    parts, tops, feats = [], [], []
    pos = i = 0
    while pos < size:
        text, t, f = docs[i % len(docs)]
        i += 1
        base = len(tops)
        tops += [dataclasses.replace(x, start=x.start + pos, end=x.end + pos) for x in t]
        feats += [
            dataclasses.replace(
                x,
                start=x.start + pos,
                end=x.end + pos,
                anchor=x.anchor + base if x.anchor >= 0 else -1,
                anchors=tuple(a + base for a in x.anchors),
            )
            for x in f
        ]
        parts.append(text)
        pos += len(text) + 2
    return "\n\n".join(parts), tops, feats


def scaling(docs, gaz, sizes: list[int], repeat: int = 1) -> None:
    from geo.text.claims import extract_claims

    first = None
    print(f"{'chars':>10} {'CPU s':>8} {'us/char':>8} {'ratio':>6} {'claims':>7}")
    for size in sizes:
        text, tops, feats = concatenated(docs, size)
        cpu = float("inf")
        for _ in range(repeat):  # the least CPU time of the runs: the machine may be busy
            t0 = time.process_time()
            claims = extract_claims(text, tops, feats, country_name=gaz.country_name)
            cpu = min(cpu, time.process_time() - t0)
        per = cpu / len(text) * 1e6
        first = first or per
        target = TARGETS.get(size)
        ok = "" if target is None else ("ok" if per / first <= target else "MISSED")
        print(f"{len(text):>10} {cpu:>8.2f} {per:>8.2f} {per / first:>6.2f} {len(claims):>7} {ok}")


def stages(texts: list[str]) -> None:
    from geo.gazetteer.index import load_gazetteer
    from geo.text.claims import extract_claims
    from geo.text.geoparse import geoparse
    from geo.text.metonymy import mark_metonymy
    from geo.text.spatial import extract_features

    gaz = load_gazetteer()
    cpu = dict.fromkeys(("geoparse", "metonymy", "features", "claims"), 0.0)
    for text in texts:
        t0 = time.process_time()
        tops = geoparse(text, gaz)
        t1 = time.process_time()
        tops = mark_metonymy(text, tops)
        t2 = time.process_time()
        feats = extract_features(text, tops, gaz)
        t3 = time.process_time()
        extract_claims(text, tops, feats, country_name=gaz.country_name)
        t4 = time.process_time()
        for key, dt in zip(cpu, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            cpu[key] += dt
    n = sum(map(len, texts))
    total = sum(cpu.values())
    print(f"{len(texts)} articles, {n} characters, {total:.2f} CPU s")
    for key, dt in cpu.items():
        print(f"  {key:9s} {dt:6.2f} s {dt / total:6.1%} {n / dt / 1e3:9.0f} k chars/s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m,5m", help="document sizes (characters)")
    parser.add_argument("--stages", action="store_true", help="CPU share of each stage")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (least CPU kept)")
    parser.add_argument(
        "--eval-dir", type=Path, default=default_eval_dir()
    )
    args = parser.parse_args(argv)
    texts = load_articles(args.eval_dir)
    if args.stages:
        stages(texts)
        return
    gaz, docs = analysed(texts)
    scaling(docs, gaz, [parse_size(s) for s in args.sizes.split(",")], max(1, args.repeat))


if __name__ == "__main__":
    main()
