"""Count the machine instructions the geoparser spends a character (valgrind's cachegrind).

Wall-clock throughput on a shared machine varies by a third from run to run; the
number of instructions executed does not (within about 1 %), so this is the figure to
compare two versions of the parser with.  A child process loads the gazetteer and
warms the parser up on a sentence (patterns compiled, word lists read), then either
stops or parses the corpora; the difference of the two instruction counts, divided by
the characters parsed, is the parser's cost.

Needs valgrind (Debian package ``valgrind``).  Slow: about 30 s per 250,000
characters.

With ``--stage full`` the child runs the whole analysis (``geo.analyze``: spatial
features and claims too) instead of recognition and resolution alone; with ``--stage
claims`` both children analyse the documents up to their spatial features and only the
parsing one extracts their claims (``geo.text.claims.extract_claims``, with the same
arguments as ``geo.analyze`` gives it): the claims stage's cost alone.

Usage: python benchmarks/bench_instructions.py [--corpus tr-news --corpus geovirus]
       [--stage toponyms|full|claims]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from geo.evaluate import CORPORA, corpus_path, default_eval_dir, read_gold
from geo.gazetteer.index import ensure_index

_CHILD = """
import sys
from geo.evaluate import corpus_path, make_predictor, read_gold
from geo.gazetteer.index import load_gazetteer
from pathlib import Path
gaz = load_gazetteer()
docs = []
if sys.argv[3] == "claims":
    # The claims stage alone: both children find the toponyms and features of every
    # document first, only the parsing child extracts the claims from them.
    import datetime
    from geo import analyze
    from geo.text.claims import extract_claims
    day = datetime.date(2026, 1, 1)
    analyze("Russia said on Friday that its forces had captured 12 villages near Kupiansk, "
            "within 10 km of Kharkiv.", gazetteer=gaz, date=day)  # warm-up: compiled patterns
    for corpus in sys.argv[4:]:
        for doc in read_gold(corpus_path(Path(sys.argv[2]), corpus)):
            docs.append(analyze(doc["text"], gazetteer=gaz, date=day,
                                stages=("toponyms", "features")))
    if sys.argv[1] == "parse":
        for a in docs:
            extract_claims(a.text, a.toponyms, a.features, article_date=day,
                           country_name=gaz.country_name)
    sys.exit(0)
if sys.argv[3] == "full":
    import datetime
    from geo import analyze
    day = datetime.date(2026, 1, 1)
    analyze("Russia said on Friday that its forces had captured 12 villages near Kupiansk, "
            "within 10 km of Kharkiv.", gazetteer=gaz, date=day)  # warm-up: compiled patterns
    predict = lambda text: analyze(text, gazetteer=gaz, date=day)  # noqa: E731
else:
    predict = make_predictor("geo", gazetteer=gaz)
    predict("Michael Jordan visited Jordan; Russian forces shelled Kharkiv and Sumy.")  # warm-up
if sys.argv[1] == "parse":
    for corpus in sys.argv[4:]:
        for doc in read_gold(corpus_path(Path(sys.argv[2]), corpus)):
            predict(doc["text"])
"""


def count_instructions(child: str, args: list[str], name: str = "bench_instructions") -> int:
    """Machine instructions (valgrind cachegrind) of ``python -c child *args``, with a
    fixed hash seed; a failed child is a one-line ``SystemExit`` naming ``name``."""
    cmd = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, "-c", child, *args,
    ]  # fmt: skip
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if proc.returncode != 0 or not found:
        last = (proc.stderr.strip() or "no output").splitlines()[-1]
        raise SystemExit(f"{name}: error: the child failed: {last}")
    return int(found.group(1).replace(",", ""))


def prepare(
    name: str, eval_dir: Path, corpora: list[str] | None
) -> tuple[list[str], int] | None:
    """The corpora to count (default: tr-news and geovirus) and their characters, the
    gazetteer index built now if missing (not inside a measured child); ``None``, with a
    one-line error naming ``name``, without valgrind or the evaluation data."""
    if shutil.which("valgrind") is None:
        print(f"{name}: error: valgrind not found (apt-get install valgrind)", file=sys.stderr)
        return None
    if not eval_dir.is_dir():
        print(f"{name}: error: evaluation data not found at {eval_dir}", file=sys.stderr)
        return None
    corpora = list(dict.fromkeys(corpora or ["tr-news", "geovirus"]))
    ensure_index()
    chars = sum(len(doc["text"]) for c in corpora for doc in read_gold(corpus_path(eval_dir, c)))
    return corpora, chars


def instructions(mode: str, eval_dir: Path, corpora: list[str], stage: str = "toponyms") -> int:
    return count_instructions(_CHILD, [mode, str(eval_dir), stage, *corpora])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=default_eval_dir())
    parser.add_argument("--corpus", action="append", choices=list(CORPORA),
                        help="corpus (repeatable; default: tr-news and geovirus)")
    parser.add_argument("--stage", choices=("toponyms", "full", "claims"), default="toponyms",
                        help="toponyms: recognition and resolution (the default); full: the "
                             "whole analysis, spatial features and claims included (geo.analyze); "
                             "claims: the claims stage alone (extract_claims, given the toponyms "
                             "and features)")
    args = parser.parse_args()
    prepared = prepare("bench_instructions", args.eval_dir, args.corpus)
    if prepared is None:
        return 2
    corpora, chars = prepared
    base = instructions("load", args.eval_dir, corpora, args.stage)
    total = instructions("parse", args.eval_dir, corpora, args.stage)
    print(json.dumps({"corpora": corpora, "stage": args.stage, "chars": chars,
                      "instructions": total - base,
                      "instructions_per_char": round((total - base) / chars)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
