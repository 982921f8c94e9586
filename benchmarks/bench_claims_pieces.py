"""Count the machine instructions of each piece of the claims stage (valgrind's cachegrind).

The pieces the claims stage runs on every text or every sentence before its rules:
the dates (``find_dates``), the quantities (``find_quantities``, given the dates), the
sentences (``split_sentences``), the tokens (``tokenize_between`` of every sentence)
and the people named (``_register_persons`` of every sentence, given its tokens, with
the context it reads). As in ``bench_instructions.py``, a child process loads the
gazetteer, finds the toponyms of the documents and whatever the piece is given, and
warms the piece up on one document; a second child then also runs the piece over every
document; the difference of the two counts is the piece's cost.

Each child imports the ``geo`` of the working directory (``python -c`` puts it first on
the path): run it from the checkout to count, with its bytecode compiled first
(``python -m compileall geo``), as for ``bench_instructions.py``. For counts that
repeat to the instruction, put a directory holding a
``sitecustomize.py`` of ``import gc; gc.disable()`` on ``PYTHONPATH`` (the cyclic
collector otherwise runs at points that shift with every allocation) and set
``OPENBLAS_NUM_THREADS=1``. Needs valgrind; about a minute a piece.

Usage: python benchmarks/bench_claims_pieces.py [--piece tokens ...] [--corpus tr-news ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geo.evaluate import CORPORA, default_eval_dir

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_instructions import count_instructions, prepare

PIECES = ("dates", "quantities", "sentences", "tokens", "persons")

_CHILD = """
import datetime, sys
from pathlib import Path
from geo import analyze
from geo.evaluate import corpus_path, read_gold
from geo.gazetteer.index import load_gazetteer
from geo.text.claims.context import _Context
from geo.text.claims.segmentation import split_sentences, tokenize_between
from geo.text.claims.speakers import _register_persons
from geo.text.dates import find_dates
from geo.text.numbers import find_quantities

mode, eval_dir, piece, corpora = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4:]
gaz = load_gazetteer()
day = datetime.date(2026, 1, 1)
docs = [analyze(d["text"], gazetteer=gaz, date=day, stages=("toponyms",))
        for c in corpora for d in read_gold(corpus_path(eval_dir, c))]
given = {}
if piece == "quantities":
    given = {id(a): find_dates(a.text, article_date=day) for a in docs}
elif piece in ("tokens", "persons"):
    given = {id(a): [(s, tokenize_between(a.text, s.start, s.end))
                     for s in split_sentences(a.text)] for a in docs}


def run(a):
    if piece == "dates":
        find_dates(a.text, article_date=day)
    elif piece == "quantities":
        find_quantities(a.text, dates=given[id(a)])
    elif piece == "sentences":
        split_sentences(a.text)
    elif piece == "tokens":
        for s, _ in given[id(a)]:
            tokenize_between(a.text, s.start, s.end)
    else:
        ctx = _Context(a.text, a.toponyms, country_name=gaz.country_name)
        for s, toks in given[id(a)]:
            if not s.line:
                _register_persons(ctx, toks)


if docs:
    run(docs[0])  # warm-up: compiled patterns, word lists
if mode == "parse":
    for a in docs:
        run(a)
"""


def instructions(mode: str, eval_dir: Path, piece: str, corpora: list[str]) -> int:
    return count_instructions(_CHILD, [mode, str(eval_dir), piece, *corpora],
                              "bench_claims_pieces")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=default_eval_dir())
    parser.add_argument("--corpus", action="append", choices=list(CORPORA),
                        help="corpus (repeatable; default: tr-news and geovirus)")
    parser.add_argument("--piece", action="append", choices=PIECES,
                        help="piece to count (repeatable; default: all five)")
    args = parser.parse_args()
    prepared = prepare("bench_claims_pieces", args.eval_dir, args.corpus)
    if prepared is None:
        return 2
    corpora, chars = prepared
    total = 0
    for piece in dict.fromkeys(args.piece or PIECES):
        count = instructions("parse", args.eval_dir, piece, corpora) - instructions(
            "load", args.eval_dir, piece, corpora
        )
        total += count
        print(json.dumps({"corpora": corpora, "piece": piece, "chars": chars,
                          "instructions": count,
                          "instructions_per_char": round(count / chars)}), flush=True)
    print(json.dumps({"corpora": corpora, "piece": "total", "instructions": total}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
