"""Cold start of the commands a user runs on one article: whole processes, best of N.

For each command prints the best and median wall time and the best CPU time
(user + system, the process and its children): on a shared machine the CPU time
is the steadier figure. Targets (issue 12): ``geo geocode`` and ``geo parse`` of
one article under 0.4 s, ``geo map --offline`` under 1.0 s.

``--baseline DIR`` times another checkout of geo (``/work/main``) in the same
rounds, interleaved with this one, so both see the same load.

By default the processes run as an installed package does: with its compiled
bytecode (pip compiles it at install time; here in a temporary
``PYTHONPYCACHEPREFIX``, written by one untimed run of each command).
``--no-bytecode`` compiles every module's source in every process, as a checkout
run with ``PYTHONDONTWRITEBYTECODE=1`` does. ``--hide pandas`` makes these modules
unimportable in the timed processes, as in an install without the extras that
bring them (``gis``, ``dask``): folium imports pandas whenever it is installed.

Each version's processes use a cache directory of their own (the user cache's indexes
linked; the compiled patterns, see ``geo._patterns``, written by the untimed run):
other processes replacing the shared patterns file do not add compiling to a figure.

``--instructions`` counts each command's machine instructions once instead
(valgrind's cachegrind; about 50 times slower): the figure that does not depend on
the machine's load, to compare versions with.

Usage: python benchmarks/bench_startup.py [--rounds 5] [--article PATH]
       [--baseline DIR] [--no-bytecode] [--hide pandas,pyarrow] [--instructions]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs `geo ARGS` with some modules made unimportable (None in sys.modules).
_HIDING = (
    "import sys\n"
    "sys.modules.update(dict.fromkeys(sys.argv[1].split(',')))\n"
    "sys.argv = ['geo', *sys.argv[2:]]\n"
    "from geo.cli import main\n"
    "sys.exit(main())\n"
)


def run_once(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True, cwd=cwd, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def instructions(cmd: list[str], cwd: Path, env: dict[str, str]) -> int:
    """Machine instructions the whole process executes (valgrind's cachegrind)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind (Debian package valgrind)")
    from bench_parser import COUNTING_ENV  # the same count every run

    proc = subprocess.run([valgrind, "--tool=cachegrind", "--cache-sim=no",
                           "--cachegrind-out-file=/dev/null", *cmd],
                          capture_output=True, text=True, check=True, cwd=cwd,
                          env={**env, **COUNTING_ENV})
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output: {proc.stderr[-300:]}")
    return int(found.group(1).replace(",", ""))


def _environment(code: Path, pycache: str | None, cache: str | None = None) -> dict[str, str]:
    """The environment of ``code``'s processes; with ``cache``, that cache directory
    (``bench_parser._private_cache``: the user cache's indexes linked, the kept
    patterns its own, so that neither the other version nor other processes replacing
    the shared patterns file add compiling to a count)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    if cache is not None:
        env["GEO_CACHE_DIR"] = cache
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--article", type=Path,
                        default=ROOT / "data" / "examples" / "sumy-kursk-bodies.txt")
    parser.add_argument("--baseline", type=Path, metavar="DIR",
                        help="another checkout of geo, timed in the same rounds")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="compile the sources in every process (no bytecode cache)")
    parser.add_argument("--hide", default="", metavar="MODULES",
                        help="comma-separated modules the processes cannot import")
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions once (valgrind) instead of timing")
    args = parser.parse_args()
    article = str(args.article.resolve())
    versions = {"this": ROOT}
    if args.baseline is not None:
        versions["baseline"] = args.baseline.resolve()
    if args.hide:
        prefix = [sys.executable, "-c", _HIDING, args.hide]
    else:
        prefix = [sys.executable, "-m", "geo.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        pycache = None if args.no_bytecode else os.path.join(tmp, "pycache")
        out = os.path.join(tmp, "m.html")
        commands = {
            "geo geocode Sumy": (["geocode", "Sumy"], 0.4),
            "geo parse ARTICLE": (["parse", article], 0.4),
            "geo map ARTICLE --offline": (["map", article, "--offline", "-o", out], 1.0),
        }
        # Each version runs in its own directory: `-m` puts the working directory first
        # on the path.
        from bench_parser import _private_cache

        envs = {v: _environment(code, pycache, _private_cache(tmp, code))
                for v, code in versions.items()}
        for version, code in versions.items():  # untimed: the bytecode, the index's caches
            for argv, _ in commands.values():
                subprocess.run([*prefix, *argv], capture_output=True, check=True, cwd=code,
                               env=envs[version])
        if args.instructions:
            counts = {(v, c): instructions([*prefix, *argv], code, envs[v])
                      for c, (argv, _) in commands.items() for v, code in versions.items()}
            mode = "no bytecode cache" if args.no_bytecode else "bytecode cached"
            hidden = f", without {args.hide}" if args.hide else ""
            print(f"instructions (valgrind), {mode}{hidden}")
            for (version, name), count in counts.items():
                print(f"{name:<28} {version:<9} {count / 1e9:>8.3f} G")
            return 0
        runs: dict[tuple[str, str], list[tuple[float, float]]] = {
            (v, c): [] for v in versions for c in commands
        }
        for _ in range(max(1, args.rounds)):  # interleaved: commands and versions
            for name, (argv, _target) in commands.items():
                for version, code in versions.items():
                    runs[version, name].append(run_once([*prefix, *argv], code, envs[version]))
    mode = "no bytecode cache" if args.no_bytecode else "bytecode cached"
    hidden = f", without {args.hide}" if args.hide else ""
    print(f"{len(versions)} version(s), {args.rounds} interleaved rounds, {mode}{hidden}; "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'command':<28} {'version':<9} {'best wall':>10} {'median':>8} {'best cpu':>9} "
          f"{'target':>7}")
    for name, (_, target) in commands.items():
        for version in versions:
            walls = [w for w, _ in runs[version, name]]
            cpus = [c for _, c in runs[version, name]]
            print(f"{name:<28} {version:<9} {min(walls):>9.2f}s "
                  f"{statistics.median(walls):>7.2f}s {min(cpus):>8.2f}s {target:>6.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
