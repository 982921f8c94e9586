"""Benchmark the offline gazetteer (issue 2 targets on a 2-core machine).

Prints: cold-process time of `geo geocode Sumy` (target < 1.0 s), index load
time (< 0.3 s), exact-name lookups per second (>= 100,000; best of --repeat rounds on a
freshly opened index, distinct names) and the peak RSS of
a process that loads the index and runs the lookups (< 400 MB).

Usage: python benchmarks/bench_gazetteer.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def cold_geocode(repeat: int) -> float:
    geo = Path(sys.executable).with_name("geo")
    cmd = [str(geo)] if geo.exists() else [sys.executable, "-m", "geo.cli"]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([*cmd, "geocode", "Sumy", "--json"], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def in_process(repeat: int) -> dict[str, float]:
    # Run in a child so the RSS figure is this work's own.
    code = f"""
import json, resource, time
from geo.gazetteer.index import ensure_index, Gazetteer
path = ensure_index()
loads = []
for _ in range({repeat}):
    t0 = time.perf_counter(); gaz = Gazetteer.open(path); loads.append(time.perf_counter() - t0)
# Distinct real names: every 7th place's primary name.
names = [gaz.name(i) for i in range(0, len(gaz), 7)][:30000]
# Best of {repeat} rounds, each on a freshly opened index (cold name memo): the
# machine is shared, and the best round is the code's own speed.
rates = []
for _ in range({repeat}):
    gaz = Gazetteer.open(path)
    t0 = time.perf_counter()
    found = sum(1 for n in names if gaz.lookup(n))
    rates.append(len(names) / (time.perf_counter() - t0))
import statistics
print(json.dumps({{"load_s": statistics.median(loads), "lookups_per_s": max(rates),
                   "found": found, "names": len(names),
                   "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cold = cold_geocode(args.repeat)
    r = in_process(args.repeat)
    rows = [
        ("cold `geo geocode Sumy --json` (median)", f"{cold:.3f} s", "< 1.0 s", cold < 1.0),
        ("index load (median)", f"{r['load_s'] * 1000:.1f} ms", "< 300 ms", r["load_s"] < 0.3),
        ("exact-name lookups", f"{r['lookups_per_s']:,.0f} /s", ">= 100,000 /s",
         r["lookups_per_s"] >= 100_000),
        ("peak RSS (load + lookups)", f"{r['peak_rss_mb']:.0f} MB", "< 400 MB",
         r["peak_rss_mb"] < 400),
    ]
    for name, value, target, ok in rows:
        print(f"{name:<42} {value:>14}   target {target:<14} {'ok' if ok else 'MISSED'}")
    print(f"({r['found']:,} of {r['names']:,} names found; "
          f"self RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
