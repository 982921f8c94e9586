"""Cold start of the commands a user runs on one article: whole processes, best of N.

For each command prints the best and median wall time and the best CPU time
(user + system, the process and its children): on a shared machine the CPU time
is the steadier figure. Targets (issue 12): ``geo geocode`` and ``geo parse`` of
one article under 0.4 s, ``geo map --offline`` under 1.0 s.

Usage: python benchmarks/bench_startup.py [--rounds 5] [--article PATH]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_once(cmd: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--article", type=Path,
                        default=ROOT / "data" / "examples" / "sumy-kursk-bodies.txt")
    args = parser.parse_args()
    geo = [sys.executable, "-m", "geo.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        commands = {
            "geo geocode Sumy": ([*geo, "geocode", "Sumy"], 0.4),
            "geo parse ARTICLE": ([*geo, "parse", str(args.article)], 0.4),
            "geo map ARTICLE --offline": (
                [*geo, "map", str(args.article), "--offline", "-o", os.path.join(tmp, "m.html")],
                1.0),
        }
        runs: dict[str, list[tuple[float, float]]] = {k: [] for k in commands}
        for _ in range(max(1, args.rounds)):  # interleaved
            for name, (cmd, _target) in commands.items():
                runs[name].append(run_once(cmd))
    print(f"{'command':<28} {'best wall':>10} {'median':>8} {'best cpu':>9} {'target':>7}")
    for name, (_, target) in commands.items():
        walls = [w for w, _ in runs[name]]
        cpus = [c for _, c in runs[name]]
        print(f"{name:<28} {min(walls):>9.2f}s {statistics.median(walls):>7.2f}s "
              f"{min(cpus):>8.2f}s {target:>6.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
