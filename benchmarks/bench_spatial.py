"""Time the spatial features stage (``extract_features``) on the news dev corpora.

A child process loads the gazetteer, finds and resolves the toponyms of every
document of the news corpora (LGL, TR-News, GeoVirus, GeoWebNews; not timed), then
times ``extract_features`` over all of them: once cold (the large distance patterns
compiled on first use, nothing remembered) and ``--passes`` times warm (patterns
compiled; regions and borders remembered from earlier documents are forgotten before
each pass), reporting CPU and wall time and characters/s of the best warm pass.

With ``--compare DIR`` each round also runs the same child on the checkout in DIR
(``PYTHONPATH=DIR``), interleaved with this one, so that both see the same load on
a shared machine; CPU time is the figure to compare.

With ``--instructions`` it counts machine instructions instead (valgrind's
cachegrind, steady within about 1 %): the toponyms are found once and pickled, and
each checkout runs a child that compiles the distance patterns and warms up on 40
documents, with and without then extracting the features of every document; the
difference divided by the characters is the stage's cost a character. About a
minute per checkout.

Usage: python benchmarks/bench_spatial.py [--rounds 3] [--passes 5] [--compare ../main]
       python benchmarks/bench_spatial.py --instructions [--compare ../main]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

NEWS = ("lgl", "tr-news", "geovirus", "geowebnews")


def child(eval_dir: Path, passes: int) -> dict:
    """Runs in the child: parse the corpora, then time the features stage."""
    from geo.evaluate import corpus_path, read_gold
    from geo.gazetteer.index import load_gazetteer
    from geo.text.geoparse import geoparse
    from geo.text.spatial import extract_features

    try:  # regions and borders remembered per gazetteer (not in older checkouts)
        from geo.text.spatial.context import _MEMOS as memos
    except ImportError:
        memos = {}
    gaz = load_gazetteer()
    texts = [d["text"] for c in NEWS if corpus_path(eval_dir, c).is_file()
             for d in read_gold(corpus_path(eval_dir, c))]  # fmt: skip
    docs = [(t, geoparse(t, gaz)) for t in texts]

    def run() -> tuple[float, float, int]:
        memos.clear()
        c0, w0 = time.process_time(), time.perf_counter()
        n = sum(len(extract_features(t, tops, gaz)) for t, tops in docs)
        return time.process_time() - c0, time.perf_counter() - w0, n

    cold_cpu, cold_wall, n = run()
    warm = [run() for _ in range(passes)]
    return {"chars": sum(map(len, texts)), "docs": len(texts), "features": n,
            "cold_cpu_s": cold_cpu, "cold_wall_s": cold_wall,
            "cpu_s": min(w[0] for w in warm), "wall_s": min(w[1] for w in warm)}  # fmt: skip


_COUNT_CHILD = """
import importlib, pickle, sys
from geo.gazetteer.index import load_gazetteer
from geo.text.spatial import extract_features
for name in ("geo.text.spatial", "geo.text.spatial.vocabulary"):
    try:
        module = importlib.import_module(name)
    except ImportError:
        continue
    for value in list(vars(module).values()):
        if type(value).__name__ == "_LazyPattern":
            value.compiled()  # compiled once a process: not counted
gaz = load_gazetteer()
with open(sys.argv[1], "rb") as f:
    docs = pickle.load(f)
for text, toponyms in docs[:40]:
    extract_features(text, toponyms, gaz)
if sys.argv[2] == "run":
    for text, toponyms in docs:
        extract_features(text, toponyms, gaz)
"""


def instructions(eval_dir: Path, checkouts: list[tuple[str, Path]]) -> int:
    """Instructions a character of the features stage, per checkout (cachegrind)."""
    import pickle
    import re
    import shutil
    import tempfile

    from geo.evaluate import corpus_path, read_gold
    from geo.gazetteer.index import load_gazetteer
    from geo.text.geoparse import geoparse

    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    gaz = load_gazetteer()
    texts = [d["text"] for c in NEWS if corpus_path(eval_dir, c).is_file()
             for d in read_gold(corpus_path(eval_dir, c))]  # fmt: skip
    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs.pkl"
        docs.write_bytes(pickle.dumps([(t, geoparse(t, gaz)) for t in texts]))
        for name, path in checkouts:
            counts = []
            for mode in ("warm", "run"):
                cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no",
                       "--cachegrind-out-file=/dev/null", sys.executable, "-c", _COUNT_CHILD,
                       str(docs), mode]  # fmt: skip
                env = dict(os.environ, PYTHONPATH=str(path))
                out = subprocess.run(cmd, env=env, cwd=tmp, capture_output=True, text=True,
                                     check=True)  # fmt: skip
                found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
                if found is None:
                    print(f"no instruction count from valgrind:\n{out.stderr[-500:]}",
                          file=sys.stderr)  # fmt: skip
                    return 1
                counts.append(int(found.group(1).replace(",", "")))
            spent = counts[1] - counts[0]
            print(
                f"{name} ({path}): {spent / chars:,.0f} instructions a character "
                f"({spent:,} for {len(texts)} documents, {chars:,} characters)"
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=None, help="default: ../shared/eval")
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per checkout")
    parser.add_argument("--passes", type=int, default=5, help="warm passes in each process")
    parser.add_argument("--compare", type=Path, help="another checkout, run interleaved")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions with valgrind instead of timing",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.eval_dir is None:
        from geo.evaluate import default_eval_dir

        args.eval_dir = default_eval_dir()
    if args.child:
        print(json.dumps(child(args.eval_dir, args.passes)))
        return 0
    here = Path(__file__).resolve().parents[1]
    checkouts = [("this", here)] + ([("compare", args.compare.resolve())] if args.compare else [])
    if args.instructions:
        return instructions(args.eval_dir, checkouts)
    results: dict[str, list[dict]] = {name: [] for name, _ in checkouts}
    for _ in range(args.rounds):
        for name, path in checkouts:
            env = dict(os.environ, PYTHONPATH=str(path))
            cmd = [sys.executable, __file__, "--child", "--eval-dir", str(args.eval_dir),
                   "--passes", str(args.passes)]  # fmt: skip
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
            results[name].append(json.loads(out.stdout))
    for name, path in checkouts:
        rows = results[name]
        best = min(rows, key=lambda r: r["cpu_s"])
        chars = best["chars"]
        per_round = ", ".join(f"{r['cpu_s']:.3f}" for r in rows)
        print(
            f"{name} ({path}): {best['docs']} documents, {chars:,} characters, "
            f"{best['features']} features"
        )
        print(
            f"  warm, best of {args.rounds} x {args.passes}: CPU {best['cpu_s']:.3f} s "
            f"({chars / best['cpu_s'] / 1e6:.2f} M chars/s), wall {best['wall_s']:.3f} s; "
            f"CPU of each round: {per_round}"
        )
        cold = min(r["cold_cpu_s"] for r in rows)
        print(f"  cold (first pass: patterns compiled on first use): CPU {cold:.3f} s "
              f"({chars / cold / 1e6:.2f} M chars/s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
