"""Benchmark geoparsing throughput on the shared dev corpora (../shared/eval).

For each system (``geo`` = the geoparser, the toponym stage of geo.analyze;
``geotext`` = the baseline of
geo.evaluate) a fresh child process imports it, loads the gazetteer once
(load time reported), then parses every document of each corpus, timing only
the parse calls: prints documents/s and characters/s per corpus, the load time
and the child's peak RSS.  With ``--rounds N`` (default 3) that is done in N fresh
processes and each corpus reports its fastest round: on a shared machine, single
runs of the same code vary by a third.  Every round starts cold (empty caches).

With ``--stages`` the ``geo`` child also times the full analysis stage by stage
(recognition, resolution and metonymy, spatial features, claims: chars/s each, as
``geo.analyze`` runs them), after a warm-up sentence through every stage.

With ``--whole`` it compares whole processes instead, start-up, index load and
writing included, on the news corpora (LGL, TR-News, GeoVirus, GeoWebNews) in one
JSONL file: ``geo parse --jsonl`` with ``-j 1``, ``-j 2`` and ``--only toponyms``,
and a process that runs the geotext baseline over the same documents and writes
its predictions. Runs are interleaved (each round runs every command once) and
each command reports its fastest and median round, and its least CPU time (user +
system, all its processes: the steadier figure on a busy machine). The processes run as an installed
package does, with compiled bytecode (pip compiles it at install time; here in a
temporary ``PYTHONPYCACHEPREFIX`` written by one untimed run of each command):
``--no-bytecode`` compiles every module's source in every process instead, as a
checkout run with ``PYTHONDONTWRITEBYTECODE=1`` does (about 0.1 s more a process,
and a third of the instructions of a one-document run). ``--instructions`` counts the
machine instructions of ``geo parse --jsonl`` (``-j 1`` and ``--only toponyms``)
with valgrind instead, for this checkout and ``--baseline DIR``; ``--limit N`` takes
the first N documents of each corpus. ``--baseline DIR`` runs (or counts) another
checkout's ``geo`` too, each of its commands right after this checkout's in every
round. Each checkout's processes use a cache directory of their own (the user cache's
indexes linked, not built again): its compiled patterns (``geo._patterns``) are written
by one untimed run of each command, and no other process (another checkout, another
version: they share the user cache's patterns file) replaces them while it runs.

With ``--patterns`` it times the spatial distance patterns on the news corpora,
searched over the whole text and only in the windows around distance units (as
``geo.text.spatial`` does), and checks that both find the same matches.

Usage: python benchmarks/bench_parser.py [--corpus lgl] [--system geo] [--limit N]
       [--rounds N] [--stages]
       python benchmarks/bench_parser.py --whole [--rounds N] [--jobs 2] [--no-bytecode]
           [--baseline DIR]
       python benchmarks/bench_parser.py --whole --instructions [--limit N] [--baseline DIR]
           [--no-bytecode]
       python benchmarks/bench_parser.py --patterns
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_T0 = time.perf_counter()  # before geo is imported: load time includes the import
from geo.evaluate import (  # noqa: E402
    CORPORA,
    SYSTEMS,
    corpus_path,
    default_eval_dir,
    make_predictor,
    read_gold,
)
from geo.gazetteer.index import load_gazetteer  # noqa: E402

NEWS = ("lgl", "tr-news", "geovirus", "geowebnews")


#: A sentence that takes every stage through its patterns and word lists before the
#: timing starts (the distance and claims patterns are compiled on first use: once a
#: process, and kept between ``geo`` commands, see ``geo._patterns``).
_WARM_UP = (
    "Russia said on Friday that its forces had captured 12 villages near Kupiansk, "
    "within 10 km of Kharkiv, 30 miles north of Sumy; Kyiv denied it."
)


def _stage_timer(gaz, demonyms: bool):
    """A predictor that runs geo.analyze's three stages as it runs them and times each.

    ``toponyms`` is what ``geo parse --only toponyms`` runs (recognition, resolution
    and the metonymy marks); ``claims`` is given the gazetteer's country names, as
    ``geo.analyze`` gives them. Every stage is run once on :data:`_WARM_UP` first, so
    that no stage's share holds its one-time pattern compiling (reported as load).
    """
    from geo.text.claims import extract_claims
    from geo.text.geoparse import geoparse
    from geo.text.metonymy import mark_metonymy
    from geo.text.spatial import extract_features
    from geo.text.spatial.vocabulary import compile_patterns

    spent = {"toponyms": 0.0, "features": 0.0, "claims": 0.0}
    country_name = getattr(gaz, "country_name", None)

    def run(text: str) -> list:
        t0 = time.perf_counter()
        toponyms = mark_metonymy(text, geoparse(text, gaz, demonyms=demonyms))
        t1 = time.perf_counter()
        features = extract_features(text, toponyms, gaz)
        t2 = time.perf_counter()
        extract_claims(text, toponyms, features, country_name=country_name)
        t3 = time.perf_counter()
        spent["toponyms"] += t1 - t0
        spent["features"] += t2 - t1
        spent["claims"] += t3 - t2
        return list(toponyms)

    compile_patterns()  # the distance patterns the sentence does not need, as a -j N run does
    run(_WARM_UP)
    for key in spent:
        spent[key] = 0.0
    return run, spent


def measure(system: str, eval_dir: Path, corpora: list[str], limit: int | None,
            demonyms: bool, stages: bool = False) -> dict:
    """Load ``system`` and parse ``corpora``; runs in the child process."""
    gaz = load_gazetteer()
    spent = None
    if stages and system == "geo":
        predictor, spent = _stage_timer(gaz, demonyms)
    else:
        predictor = make_predictor(system, gazetteer=gaz, demonyms=demonyms)
    load_s = time.perf_counter() - _T0  # process start (less the interpreter) to ready
    rows = []
    for corpus in corpora:
        texts = [d["text"] for d in read_gold(corpus_path(eval_dir, corpus), limit=limit)]
        toponyms = 0
        seconds = 0.0
        if spent is not None:
            before = dict(spent)
        for text in texts:
            t = time.perf_counter()
            toponyms += len(predictor(text))
            seconds += time.perf_counter() - t
        row = {"corpus": corpus, "docs": len(texts), "chars": sum(map(len, texts)),
               "toponyms": toponyms, "seconds": seconds}
        if spent is not None:
            row["stages"] = {k: spent[k] - before[k] for k in spent}
        rows.append(row)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"system": system, "load_s": load_s, "peak_rss_mb": peak, "corpora": rows}


def run_child(system: str, args: argparse.Namespace, corpora: list[str]) -> dict | None:
    cmd = [sys.executable, __file__, "--child", system, "--eval-dir", str(args.eval_dir)]
    for c in corpora:
        cmd += ["--corpus", c]
    if args.limit is not None:
        cmd += ["--limit", str(args.limit)]
    if args.demonyms:
        cmd.append("--demonyms")
    if args.stages:
        cmd.append("--stages")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        last = (proc.stderr.strip() or "no output").splitlines()[-1]
        print(f"{system}: failed: {last}", file=sys.stderr)
        return None
    return json.loads(proc.stdout)


def report(r: dict) -> None:
    print(f"\n{r['system']}: load {r['load_s']:.2f} s (import geo, gazetteer, warm-up), "
          f"peak RSS {r['peak_rss_mb']:.0f} MB")
    print(f"  {'corpus':<11} {'docs':>6} {'chars':>10} {'toponyms':>9} {'parse s':>8} "
          f"{'docs/s':>9} {'chars/s':>12}")
    total = {"docs": 0, "chars": 0, "toponyms": 0, "seconds": 0.0}
    for row in [*r["corpora"], None]:
        if row is None:
            if len(r["corpora"]) < 2:
                break
            row = {"corpus": "all", **total}
        else:
            for k in total:
                total[k] += row[k]
        s = row["seconds"]
        dps = f"{row['docs'] / s:,.0f}" if s else "n/a"
        cps = f"{row['chars'] / s:,.0f}" if s else "n/a"
        print(f"  {row['corpus']:<11} {row['docs']:>6,} {row['chars']:>10,} "
              f"{row['toponyms']:>9,} {s:>8.2f} {dps:>9} {cps:>12}")
    staged = [row for row in r["corpora"] if "stages" in row]
    if staged:
        print("  stages of the full analysis (chars/s; share of its time):")
        for row in staged:
            total_s = sum(row["stages"].values()) or 1e-9
            cells = "  ".join(
                f"{k} {row['chars'] / v:>11,.0f} ({v / total_s:4.0%})" if v else f"{k} n/a"
                for k, v in row["stages"].items()
            )
            print(f"  {row['corpus']:<11} {cells}  full {row['chars'] / total_s:,.0f}")


def _geotext_process(src: str, out: str) -> int:
    """The geotext baseline as a whole process: read JSONL, predict, write JSONL."""
    gaz = load_gazetteer()
    predictor = make_predictor("geotext", gazetteer=gaz)
    with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        for line in f:
            doc = json.loads(line)
            w.write(json.dumps({"id": doc.get("id"), "toponyms": predictor(doc["text"])},
                               ensure_ascii=False) + "\n")
    return 0


def patterns(args: argparse.Namespace) -> int:
    """Whole-text against windowed searches of the spatial distance patterns."""
    from geo.text import spatial

    texts = [d["text"] for c in NEWS if corpus_path(args.eval_dir, c).is_file()
             for d in read_gold(corpus_path(args.eval_dir, c))]
    chars = sum(map(len, texts))
    t = time.perf_counter()
    windows = [spatial._unit_windows(x) for x in texts]
    spent = time.perf_counter() - t
    print(f"\nspatial distance patterns on the news corpora ({chars:,} characters); "
          f"finding the unit windows: {spent:.3f} s ({sum(map(len, windows))} windows, "
          f"{sum(b - a for w in windows for a, b in w):,} characters)")
    print(f"  {'pattern':<14} {'whole text s':>12} {'windows s':>10} {'matches':>8} same")
    totals = [spent, 0.0]
    for name in ("_P_WITHIN", "_P_BOUND", "_P_RADIUS", "_P_RADIUS_OF", "_P_BARE", "_P_OFFSET"):
        lazy = getattr(spatial, name)
        pattern = lazy.compiled() if hasattr(lazy, "compiled") else lazy  # compile first
        t = time.perf_counter()
        whole = [(m.span(), m.groupdict()) for x in texts for m in pattern.finditer(x)]
        t_whole = time.perf_counter() - t
        t = time.perf_counter()
        windowed = [(m.span(), m.groupdict()) for x, w in zip(texts, windows, strict=True)
                    for m in spatial._qty_matches(pattern, x, w)]
        t_windows = time.perf_counter() - t
        totals[0] += t_windows
        totals[1] += t_whole
        print(f"  {name:<14} {t_whole:>12.3f} {t_windows:>10.3f} {len(whole):>8} "
              f"{whole == windowed}")
    print(f"  all six: {totals[1]:.2f} s over the whole text, {totals[0]:.2f} s in windows "
          "(windows included)")
    return 0


def _checkout() -> Path:
    """The checkout whose ``geo`` this process imported (``PYTHONPATH`` or the working
    directory): child processes run there, since ``python -m`` puts the working
    directory first on ``sys.path``."""
    import geo

    return Path(geo.__file__).resolve().parent.parent


def _private_cache(tmp: str, code: Path) -> str:
    """A cache directory for ``code``'s processes alone, in ``tmp``: the indexes of the user
    cache linked (not built again), the kept patterns its own. Other processes (other
    checkouts, other versions) write the shared patterns file while a benchmark runs:
    a command would count their compiling."""
    from geo.gazetteer.cache import cache_dir

    own = Path(tmp, f"cache-{abs(hash(str(code))):x}")
    if not own.is_dir():
        own.mkdir()
        shared = cache_dir()
        for index in shared.glob("index-v*"):
            (own / index.name).symlink_to(index.resolve(), target_is_directory=True)
        if (shared / "fingerprints.json").is_file():
            (own / "fingerprints.json").write_bytes((shared / "fingerprints.json").read_bytes())
    return str(own)


def _environment(code: Path, pycache: str | None, cache: str | None = None) -> dict[str, str]:
    """The environment of a whole process: ``code`` first on the path, the bytecode
    kept in ``pycache`` (``None``: every process compiles the sources) and, with
    ``cache``, that cache directory (:func:`_private_cache`)."""
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


def whole_process(args: argparse.Namespace) -> int:
    """Interleaved whole-process runs on the news corpora; prints best and median times."""
    paths = [corpus_path(args.eval_dir, c) for c in NEWS]
    paths = [p for p in paths if p.is_file()]
    if not paths:
        print("bench_parser: no news corpus found", file=sys.stderr)
        return 2
    geo = [sys.executable, "-m", "geo.cli", "parse", "--jsonl"]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "news.jsonl")
        with src.open("wb") as f:
            for p in paths:
                lines = p.read_bytes().splitlines(keepends=True)
                f.write(b"".join(lines[: args.limit] if args.limit is not None else lines))
        docs = sum(1 for _ in src.open("rb"))
        chars = sum(len(json.loads(line)["text"]) for line in src.open(encoding="utf-8"))
        out = str(Path(tmp, "out.jsonl"))
        pycache = None if args.no_bytecode else str(Path(tmp, "pycache"))
        if args.instructions:
            return _whole_instructions(args, geo, src, out, docs, chars, pycache, tmp)
        geo_commands = {
            "geo parse -j 1": [*geo, str(src), "-o", out, "-q", "-j", "1"],
            f"geo parse -j {args.jobs}": [*geo, str(src), "-o", out, "-q", "-j", str(args.jobs)],
            "geo parse --only toponyms": [*geo, str(src), "-o", out, "-q", "--only", "toponyms"],
        }
        # (command, checkout): with --baseline, each geo command of both checkouts in turn
        checkouts = {"": _checkout()} | (
            {" [baseline]": args.baseline.resolve()} if args.baseline else {})
        commands = {"geotext (baseline)": ([sys.executable, os.path.abspath(__file__),
                                            "--geotext-process", str(src), out], _checkout())}
        for name, cmd in geo_commands.items():
            for suffix, path in checkouts.items():
                commands[name + suffix] = (cmd, path)
        envs = {path: _environment(path, pycache, _private_cache(tmp, path))
                for path in {p for _, p in commands.values()}}
        # untimed: writes the bytecode every command imports and the kept patterns
        for cmd, path in commands.values():
            subprocess.run(cmd, capture_output=True, check=False, cwd=path, env=envs[path])
        times: dict[str, list[float]] = {k: [] for k in commands}
        cpus: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(max(1, args.rounds)):
            for name, (cmd, path) in commands.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t = time.perf_counter()
                proc = subprocess.run(cmd, capture_output=True, check=False, cwd=path,
                                      env=envs[path])
                times[name].append(time.perf_counter() - t)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus[name].append(after.ru_utime - before.ru_utime
                                  + after.ru_stime - before.ru_stime)
                if proc.returncode not in (0, 1):
                    print(f"{name}: failed: {proc.stderr.decode()[-300:]}", file=sys.stderr)
                    return 1
    base = min(times["geotext (baseline)"])
    mode = "no bytecode cache" if pycache is None else "bytecode cached"
    print(f"\nwhole process, news corpora ({docs} documents, {chars:,} characters), "
          f"{len(times['geo parse -j 1'])} interleaved rounds, {os.cpu_count()} cores, {mode}; "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"  {'command':<39} {'best s':>7} {'median s':>9} {'chars/s':>10} {'x geotext':>10} "
          f"{'best cpu s':>11} {'median cpu s':>13}")
    for name, ts in times.items():
        best = min(ts)
        print(f"  {name:<39} {best:>7.2f} {statistics.median(ts):>9.2f} "
              f"{chars / best:>10,.0f} {best / base:>9.2f}x {min(cpus[name]):>11.2f} "
              f"{statistics.median(cpus[name]):>13.2f}")
    for suffix in checkouts:
        one = min(times["geo parse -j 1" + suffix])
        many = min(times[f"geo parse -j {args.jobs}" + suffix])
        print(f"  -j {args.jobs} speed-up over -j 1{suffix}: {one / many:.2f}x")
    return 0


#: The environment of a counted process: a fixed hash seed, and numpy's OpenBLAS with no
#: worker threads (its idle threads spin, a count varying by tens of millions a run).
COUNTING_ENV = {"PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}


def _whole_instructions(args, geo: list[str], src: Path, out: str, docs: int,
                        chars: int, pycache: str | None, tmp: str) -> int:
    """Machine instructions of whole ``geo parse --jsonl`` processes (valgrind), this
    checkout and ``--baseline DIR``: the figure a busy machine does not change."""
    # python -m puts the working directory first on sys.path: each version runs in its own
    versions = {"this": _checkout()} | (
        {"baseline": args.baseline.resolve()} if args.baseline else {})
    commands = {"-j 1": [*geo, str(src), "-o", out, "-q", "-j", "1"],
                "--only toponyms": [*geo, str(src), "-o", out, "-q", "--only", "toponyms"]}
    mode = "no bytecode cache" if pycache is None else "bytecode cached"
    print(f"\nwhole process, news corpora ({docs} documents, {chars:,} characters), "
          f"machine instructions (valgrind), {mode}")
    for name, cmd in commands.items():
        for version, path in versions.items():
            env = {**_environment(path, pycache, _private_cache(tmp, path)),
                   **COUNTING_ENV}
            # uncounted: the bytecode and the kept patterns
            subprocess.run(cmd, capture_output=True, env=env, cwd=path, check=False)
            proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                                   "--cachegrind-out-file=/dev/null", *cmd],
                                  capture_output=True, text=True, env=env, cwd=path,
                                  check=False)
            found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
            if proc.returncode not in (0, 1) or not found:
                print(f"{name}: failed: {proc.stderr[-300:]}", file=sys.stderr)
                return 1
            count = int(found.group(1).replace(",", ""))
            print(f"  {'geo parse ' + name:<28} {version:<9} {count / 1e9:6.2f} G "
                  f"({count / chars:,.0f} a character)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=default_eval_dir())
    parser.add_argument("--corpus", action="append", choices=list(CORPORA),
                        help="corpus (repeatable; default: all present)")
    parser.add_argument("--system", action="append", choices=list(SYSTEMS),
                        help="system (repeatable; default: all)")
    parser.add_argument("--limit", type=int, metavar="N", help="first N documents per corpus")
    parser.add_argument("--demonyms", action="store_true", help="geo: also tag demonyms")
    parser.add_argument("--rounds", type=int, default=3, metavar="N",
                        help="fresh processes to run; each corpus reports its fastest (default 3)")
    parser.add_argument("--stages", action="store_true",
                        help="geo: also time the full analysis stage by stage")
    parser.add_argument("--whole", action="store_true",
                        help="compare whole processes (geo parse --jsonl, geotext) instead")
    parser.add_argument("--jobs", type=int, default=2, help="with --whole: -j N to compare")
    parser.add_argument("--instructions", action="store_true",
                        help="with --whole: count machine instructions (valgrind) instead")
    parser.add_argument("--baseline", type=Path, metavar="DIR",
                        help="with --whole: also run (or count) another checkout's geo, "
                             "interleaved")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="with --whole: compile the sources in every process (no bytecode "
                             "cache)")
    parser.add_argument("--patterns", action="store_true",
                        help="time the spatial distance patterns, whole text against windows")
    parser.add_argument("--child", choices=list(SYSTEMS), help=argparse.SUPPRESS)
    parser.add_argument("--geotext-process", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.geotext_process:
        return _geotext_process(*args.geotext_process)
    if not args.eval_dir.is_dir():
        print(f"bench_parser: error: evaluation data not found at {args.eval_dir}",
              file=sys.stderr)
        return 2
    if args.whole:
        return whole_process(args)
    if args.patterns:
        return patterns(args)
    corpora = list(dict.fromkeys(args.corpus or
                                 [c for c in CORPORA if corpus_path(args.eval_dir, c).is_file()]))
    if args.child:
        r = measure(args.child, args.eval_dir, corpora, args.limit, args.demonyms, args.stages)
        print(json.dumps(r))
        return 0
    status = 0
    for system in dict.fromkeys(args.system or SYSTEMS):
        rounds = [run_child(system, args, corpora) for _ in range(max(1, args.rounds))]
        if any(r is None for r in rounds):
            status = 1
            continue
        best = min(rounds, key=lambda r: r["load_s"])
        best = {**best, "corpora": [
            min((r["corpora"][k] for r in rounds), key=lambda row: row["seconds"])
            for k in range(len(corpora))
        ]}
        if len(rounds) > 1:
            print(f"\n{system}: fastest of {len(rounds)} rounds per corpus")
        report(best)
    return status


if __name__ == "__main__":
    sys.exit(main())
