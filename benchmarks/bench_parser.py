"""Benchmark geoparsing throughput on the shared dev corpora (../shared/eval).

For each system (``geo`` = the geoparser, the toponym stage of geo.analyze;
``geotext`` = the baseline of
geo.evaluate) a fresh child process imports it, loads the gazetteer once
(load time reported), then parses every document of each corpus, timing only
the parse calls: prints documents/s and characters/s per corpus, the load time
and the child's peak RSS.  With ``--rounds N`` (default 3) that is done in N fresh
processes and each corpus reports its fastest round: on a shared machine, single
runs of the same code vary by a third.  Every round starts cold (empty caches).

Usage: python benchmarks/bench_parser.py [--corpus lgl] [--system geo] [--limit N]
       [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
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


def measure(system: str, eval_dir: Path, corpora: list[str], limit: int | None,
            demonyms: bool) -> dict:
    """Load ``system`` and parse ``corpora``; runs in the child process."""
    predictor = make_predictor(system, gazetteer=load_gazetteer(), demonyms=demonyms)
    load_s = time.perf_counter() - _T0  # process start (less the interpreter) to ready
    rows = []
    for corpus in corpora:
        texts = [d["text"] for d in read_gold(corpus_path(eval_dir, corpus), limit=limit)]
        toponyms = 0
        seconds = 0.0
        for text in texts:
            t = time.perf_counter()
            toponyms += len(predictor(text))
            seconds += time.perf_counter() - t
        rows.append({"corpus": corpus, "docs": len(texts), "chars": sum(map(len, texts)),
                     "toponyms": toponyms, "seconds": seconds})
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
    parser.add_argument("--child", choices=list(SYSTEMS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.eval_dir.is_dir():
        print(f"bench_parser: error: evaluation data not found at {args.eval_dir}",
              file=sys.stderr)
        return 2
    corpora = list(dict.fromkeys(args.corpus or
                                 [c for c in CORPORA if corpus_path(args.eval_dir, c).is_file()]))
    if args.child:
        r = measure(args.child, args.eval_dir, corpora, args.limit, args.demonyms)
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
