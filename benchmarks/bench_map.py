"""Benchmark the map renderer against issue 5's targets.

* size of the offline (self-contained) map of the seed article and of the
  example article (target <= 1.5 MB);
* cold ``geo map ARTICLE --offline`` time: a fresh process that imports geo,
  opens the gazetteer, analyses and writes the offline map (target <= 3 s on a
  2-core machine). Uses the ``geo map`` command when the CLI has it, else the
  same steps through ``python -c``;
* PNG export time (render + headless Chromium screenshot; target <= 3 s), and
  the matplotlib fallback's time;
* a map of many articles: the cold ``geo map --jsonl`` of the example corpus,
  and the render time of 3, 12 and 48 articles (the corpus repeated, online
  map without basemap), which should grow linearly.

Usage: python benchmarks/bench_map.py [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_944e834f7d2eb772.txt"
EXAMPLE = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"
CORPUS = ROOT / "data" / "examples" / "front-week.jsonl"
TARGET_BYTES = 1_500_000
TARGET_S = 3.0

_COLD = """
import sys
import geo, geo.render
text = open(sys.argv[1], encoding="utf-8").read()
geo.render.save_html(geo.analyze(text), sys.argv[2], offline=True)
"""


def articles() -> list[tuple[str, Path]]:
    found = [("seed", SEED)] if SEED.exists() else []
    return [*found, ("example", EXAMPLE)]


def has_map_command() -> bool:
    geo = shutil.which("geo") or str(Path(sys.executable).parent / "geo")
    try:
        out = subprocess.run([geo, "--help"], capture_output=True, text=True, timeout=60)
    except OSError:
        return False
    return " map " in out.stdout or "{map" in out.stdout or ",map" in out.stdout


def cold_map_seconds(article: Path, out: Path, runs: int) -> tuple[float, str]:
    """Median wall time of a fresh process writing the offline map."""
    if has_map_command():
        geo = shutil.which("geo") or str(Path(sys.executable).parent / "geo")
        cmd = [geo, "map", str(article), "--offline", "-o", str(out)]
        how = "geo map --offline"
    else:
        cmd = [sys.executable, "-c", _COLD, str(article), str(out)]
        how = "python -c (analyze + render + save_html), no `geo map` yet"
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        times.append(time.perf_counter() - t)
    return statistics.median(times), how


def corpus_row(gaz, tmpdir: Path, runs: int) -> dict:
    """Size and cold time of the corpus map; render time as the corpus grows."""
    from geo.render import render, to_html
    from geo.render.articles import analyse_articles, read_articles

    out = tmpdir / "corpus.html"
    geo_cmd = shutil.which("geo") or str(Path(sys.executable).parent / "geo")
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([geo_cmd, "map", "--jsonl", str(CORPUS), "--offline", "-o", str(out)],
                       check=True, capture_output=True, timeout=300)
        times.append(time.perf_counter() - t)
    analyses = analyse_articles(read_articles(jsonl=str(CORPUS)), gaz)
    row: dict = {"offline_map_bytes": out.stat().st_size,
                 "cold_map_s": round(statistics.median(times), 3), "render_s": {}}
    for copies in (1, 4, 16):
        many = [a for _ in range(copies) for a in analyses]
        t = time.perf_counter()
        to_html(render(many, tiles=None, gazetteer=gaz))
        row["render_s"][str(len(many))] = round(time.perf_counter() - t, 3)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="cold runs per measurement")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    import geo
    from geo.render import export_png, find_chromium, to_html

    gaz = geo.load_gazetteer()  # built once into the cache if absent (not timed)
    results: dict = {"targets": {"offline_map_bytes": TARGET_BYTES, "seconds": TARGET_S}}
    with tempfile.TemporaryDirectory(prefix="geo-bench-") as tmp:
        tmpdir = Path(tmp)
        for name, path in articles():
            analysis = geo.analyze(path.read_text(encoding="utf-8"), gazetteer=gaz)
            page = to_html(geo.render.render(analysis, offline=True, gazetteer=gaz))
            size = len(page.encode("utf-8"))
            cold, how = cold_map_seconds(path, tmpdir / f"{name}.html", args.runs)
            row = {"offline_map_bytes": size, "cold_map_s": round(cold, 3), "cold_map_how": how,
                   "toponyms": len(analysis.toponyms), "features": len(analysis.features),
                   "claims": len(analysis.claims)}
            if find_chromium():
                times = []
                for i in range(args.runs):
                    t = time.perf_counter()
                    export_png(analysis, tmpdir / f"{name}{i}.png", gazetteer=gaz,
                               engine="chromium")
                    times.append(time.perf_counter() - t)
                row["png_chromium_s"] = round(statistics.median(times), 3)
            try:
                import matplotlib  # noqa: F401
            except ImportError:
                pass
            else:
                t = time.perf_counter()
                export_png(analysis, tmpdir / f"{name}.mpl.png", gazetteer=gaz,
                           engine="matplotlib")
                row["png_matplotlib_s"] = round(time.perf_counter() - t, 3)
            results[name] = row
        results["corpus"] = corpus_row(gaz, tmpdir, args.runs)

    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    for name, row in results.items():
        if name == "targets":
            continue
        if name == "corpus":
            print(f"corpus ({CORPUS.name}): offline map {row['offline_map_bytes'] / 1e6:.3f} MB, "
                  f"cold geo map --jsonl {row['cold_map_s']:.2f} s")
            for n, sec in row["render_s"].items():
                each = sec / int(n) * 1000
                print(f"  render {n:>3} articles  {sec:6.3f} s  ({each:.1f} ms each)")
            continue
        size = row["offline_map_bytes"]
        print(f"{name}: {row['toponyms']} toponyms, {row['features']} features, "
              f"{row['claims']} claims")
        print(f"  offline map        {size / 1e6:6.3f} MB   (target <= {TARGET_BYTES / 1e6:.1f} MB)"
              f"{'' if size <= TARGET_BYTES else '  OVER'}")
        print(f"  cold map           {row['cold_map_s']:6.2f} s    (target <= {TARGET_S:.0f} s)"
              f"  [{row['cold_map_how']}]")
        if "png_chromium_s" in row:
            print(f"  PNG via Chromium   {row['png_chromium_s']:6.2f} s    "
                  f"(target <= {TARGET_S:.0f} s)")
        if "png_matplotlib_s" in row:
            print(f"  PNG via matplotlib {row['png_matplotlib_s']:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
