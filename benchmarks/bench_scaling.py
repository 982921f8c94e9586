"""Benchmark how analysis cost grows with document size (time and peak RSS).

One document of each size (default 10 KB, 100 KB, 1 MB and 5 MB of characters) is
built at run time by concatenating the news texts of the dev corpora
(``--eval-dir``, default ``../shared/eval``; texts taken round-robin over the
corpus files so that every size mixes the same genres; repeated when the corpora
are shorter than the size; no corpus text is stored in the project).  Each size
runs in a fresh child process, so that its peak RSS is its own: the child imports
geo, opens the gazetteer and warms up on a short text (not timed), then times one
call of the measured stage on the whole document:

``geoparse``  toponyms only (``geo.text.geoparse.geoparse``);
``spatial``   toponyms and spatial statements;
``analyze``   the whole of ``geo.analyze`` (toponyms, statements, claims).

Printed per size: characters, seconds, microseconds per character, the ratio of
that per-character time to the one at 100 KB (or the smallest size run), peak RSS
of the child and its growth over the RSS once the gazetteer was loaded.  The issue's
targets (per-character time at 1 MB within 1.5x of 100 KB, at 5 MB within 2x; peak
RSS at 5 MB under 400 MB) are checked and shown as ok / MISSED.  A size whose child
runs past ``--timeout`` seconds is reported as such and the others still run.

This is a benchmark, not a test: nothing here runs under pytest.

With ``--rounds N`` each size runs in N fresh children and the fastest counts (the
peak RSS reported is the largest): the shared machine's load varies a lot.

With ``--text bulletin`` the document is a made-up front-line bulletin instead
(``build_bulletin``): a spatial statement and a claim every hundred characters,
where news text has a few a page; work done per statement or per claim that grows
with their number shows there.

With ``--text run`` the document is one run of a single character ("xxx..."), with
``--text repeat`` one short sentence over and over ("Sumy. Sumy. ..."): degenerate
input (hostile or broken pages) where a pattern re-tried at every position, or a
long run re-read for every piece of it, turns quadratic; the second also makes one
toponym every six characters. ``--text list`` is one comma list of names ("Sumy,
Kyiv, Lviv, ..."), ``--text same`` one list of one name ("Kyiv, Kyiv, ...": a
paragraph's places looked for past every other mention of the name), ``--text and``
one list joined by "and", ``--text regions`` a list closed by "regions": work per name
that grows with its list shows there.
``--text words`` is one run of capitalised names with no punctuation ("Kharkiv Kharkiv
Sumy ..."), ``--text hyphens`` one hyphenated token ("Kharkiv-Sumy-..."): a pattern
that reads a multi-word name up to a head word ("... District") and backtracks over
the whole run turns quadratic there; ``--text cyrillic`` ("Харків Суми ...") and
``--text districts`` ("Kharkiv District Sumy Raion ...") are runs a person's-name rule
took for one long name, re-read for each of its words.

Usage: python benchmarks/bench_scaling.py [--sizes 10k,100k,1m,5m]
       [--stage geoparse|spatial|analyze]
       [--text news|bulletin|run|repeat|list|same|and|regions|words|hyphens|cyrillic|districts]
       [--rounds N] [--timeout S] [--eval-dir DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

STAGES = ("geoparse", "spatial", "analyze")
DEFAULT_SIZES = "10k,100k,1m,5m"
#: (size in characters, per-character time ratio to 100 KB not to exceed).
TIME_TARGETS = {1_000_000: 1.5, 5_000_000: 2.0}
#: Peak RSS (MB) not to exceed at 5 MB.
RSS_TARGET_MB = {5_000_000: 400.0}


def parse_size(text: str) -> int:
    """``"10k"`` -> 10_000, ``"1m"`` -> 1_000_000, ``"2500"`` -> 2500 (characters)."""
    t = text.strip().lower().removesuffix("b")
    mult = 1
    if t.endswith("k"):
        mult, t = 1_000, t[:-1]
    elif t.endswith("m"):
        mult, t = 1_000_000, t[:-1]
    try:
        n = int(float(t) * mult)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 10k, 1m, 2500)") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"size must be positive: {text!r}")
    return n


def label(n: int) -> str:
    if n >= 1_000_000 and n % 100_000 == 0:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000 and n % 100 == 0:
        return f"{n / 1_000:g} KB"
    return f"{n} B"


def build_text(eval_dir: Path, n_chars: int) -> str:
    """``n_chars`` characters of news text: corpus documents round-robin, blank-line separated."""
    files = sorted(eval_dir.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"bench_scaling: error: no *.jsonl corpus in {eval_dir}")
    per_file: list[list[str]] = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
        texts = [t.strip() for t in texts if isinstance(t, str) and t.strip()]
        if texts:
            per_file.append(texts)
    docs: list[str] = []
    longest = max(map(len, per_file))
    for i in range(longest):
        docs.extend(texts[i] for texts in per_file if i < len(texts))
    parts: list[str] = []
    total = 0
    while total < n_chars:
        for d in docs:
            parts.append(d)
            total += len(d) + 2
            if total >= n_chars:
                break
    text = "\n\n".join(parts)[:n_chars]
    # Do not end inside a word: cut back to the last whitespace when there is one.
    cut = max(text.rfind(" "), text.rfind("\n"))
    return text[:cut] if cut > n_chars * 0.9 else text


#: Made-up front-line bulletin sentences (no corpus text), dense in what makes the
#: later stages work: distances and directions from places, regions, speakers and
#: their statuses, numbers and dates. Filled in round-robin with the towns below.
_BULLETIN = (
    "Russian forces shelled {a} and {b} on {day}, within {n} km of {c}, officials said.",
    "The General Staff said {n} drones were shot down over the {r} region overnight.",
    "Fighting continued {n} miles (about {m} kilometres) north-east of {a}, "
    "according to the governor of the {r} region.",
    "Moscow claimed its troops had taken a village between {b} and {c}, "
    "a claim Kyiv denied and which could not be independently verified.",
    "Air defences were active near {a} and along the border with {r} on {day}.",
)
_TOWNS = (
    "Kharkiv",
    "Sumy",
    "Kupiansk",
    "Izium",
    "Lyman",
    "Bakhmut",
    "Pokrovsk",
    "Kramatorsk",
    "Sloviansk",
    "Toretsk",
    "Chasiv Yar",
    "Orikhiv",
    "Huliaipole",
    "Kherson",
    "Nikopol",
    "Zaporizhzhia",
    "Vovchansk",
    "Kostiantynivka",
)
_REGIONS = ("Kursk", "Belgorod", "Bryansk", "Donetsk", "Kharkiv", "Zaporizhzhia")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def build_bulletin(n_chars: int) -> str:
    """``n_chars`` characters of a made-up front-line bulletin (see ``_BULLETIN``):
    a spatial statement, a claim and several toponyms every hundred characters."""
    parts: list[str] = []
    total = i = 0
    while total < n_chars:
        t = len(_TOWNS)
        s = _BULLETIN[i % len(_BULLETIN)].format(
            a=_TOWNS[i % t],
            b=_TOWNS[(i * 7 + 3) % t],
            c=_TOWNS[(i * 5 + 1) % t],
            r=_REGIONS[i % len(_REGIONS)],
            day=_DAYS[i % 7],
            n=5 + i % 40,
            m=round((5 + i % 40) * 1.609),
        )
        parts.append(s + ("\n\n" if i % 6 == 5 else " "))
        total += len(parts[-1])
        i += 1
    return "".join(parts)[:n_chars].rstrip()


#: Degenerate texts (``--text``): what is repeated up to the size.
DEGENERATE = {"run": "x", "repeat": "Sumy. ", "list": "Sumy, Kyiv, Lviv, Odesa, ",
              "and": "Kyiv and ", "same": "Kyiv, ", "regions": "Sumy, Kyiv, Lviv, Odesa, ",
              "words": "Kharkiv Kharkiv Sumy ", "hyphens": "Kharkiv-Sumy-",
              "cyrillic": "Харків Суми ", "districts": "Kharkiv District Sumy Raion ",
              # a whole text in one sentence, or one paragraph of sentences (the tester's)
              "clauses": "Russian troops shelled Kharkiv and Izium 10 km north of Kupiansk, "
                         "the governor said, ",
              "paragraph": "Russian troops shelled Kharkiv and Izium 10 km north of "
                           "Kupiansk, the governor said. "}
#: What closes a degenerate text (a list of names closed by a plural region word).
_CLOSING = {"regions": "Kharkiv regions."}


def build_degenerate(kind: str, n_chars: int) -> str:
    """``n_chars`` characters of :data:`DEGENERATE` ``kind`` repeated (and closed)."""
    unit = DEGENERATE[kind]
    closing = _CLOSING.get(kind, "")
    body = (unit * (n_chars // len(unit) + 1))[: n_chars - len(closing)]
    return (body + closing).rstrip()


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(stage: str, eval_dir: Path, n_chars: int, kind: str = "news") -> dict:
    """Runs in the child process: measure one stage on one document."""
    text = build_degenerate(kind, n_chars) if kind in DEGENERATE else (
        build_bulletin(n_chars) if kind == "bulletin" else build_text(eval_dir, n_chars)
    )
    from geo.gazetteer.index import load_gazetteer
    from geo.text.geoparse import geoparse

    gaz = load_gazetteer()
    if stage == "geoparse":

        def run(t: str) -> int:
            return len(geoparse(t, gaz))
    elif stage == "spatial":
        from geo.text.spatial import extract_features

        def run(t: str) -> int:
            return len(extract_features(t, geoparse(t, gaz), gaz))
    else:
        import geo

        def run(t: str) -> int:
            a = geo.analyze(t, gazetteer=gaz)
            return len(a.toponyms) + len(a.features) + len(a.claims)

    run("Shelling was reported 10 km north of Sumy on Friday, officials said.")  # warm-up
    base = _rss_mb()
    t0 = time.perf_counter()
    records = run(text)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "chars": len(text),
        "seconds": seconds,
        "records": records,
        "peak_rss_mb": peak,
        "base_rss_mb": base,
    }


def run_size(args: argparse.Namespace, n: int) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--child",
        str(n),
        "--stage",
        args.stage,
        "--eval-dir",
        str(args.eval_dir),
        "--text",
        args.text,
    ]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, check=False, timeout=args.timeout
        )
    except subprocess.TimeoutExpired:
        return {"size": n, "error": f"timeout after {args.timeout:g} s"}
    if proc.returncode != 0:
        lines = (proc.stderr.strip() or "no output").splitlines()
        return {
            "size": n,
            "error": f"exit {proc.returncode}: {lines[-1][:200]}",
            "wall_s": time.perf_counter() - t0,
        }
    return {"size": n, **json.loads(proc.stdout.strip().splitlines()[-1])}


def best_of(args: argparse.Namespace, n: int) -> dict:
    """The fastest of ``--rounds`` fresh children for size ``n``, with the largest peak RSS.

    On a shared machine single runs vary by a factor of several; the fastest round is
    the closest to the code's own cost. An error (a timeout) in the first round ends
    the rounds for that size.
    """
    runs = []
    for _ in range(max(1, args.rounds)):
        r = run_size(args, n)
        if "error" in r:
            return r if not runs else min(runs, key=lambda x: x["seconds"])
        runs.append(r)
    best = dict(min(runs, key=lambda x: x["seconds"]))
    best["peak_rss_mb"] = max(x["peak_rss_mb"] for x in runs)
    best["rounds"] = len(runs)
    return best


def report(rows: list[dict], stage: str) -> bool:
    """Print the table and the target checks; True when every checked target is met."""
    ok_rows = [r for r in rows if "error" not in r]
    ref = next((r for r in ok_rows if r["size"] == 100_000), ok_rows[0] if ok_rows else None)
    print(f"\nstage: {stage}" + (f"; ratios against {label(ref['size'])}" if ref else ""))
    print(
        f"  {'size':>7} {'chars':>10} {'records':>8} {'seconds':>9} {'us/char':>8} "
        f"{'ratio':>6} {'peak MB':>8} {'+MB':>7}"
    )
    ref_pc = ref["seconds"] / ref["chars"] if ref else None
    all_ok = True
    for r in rows:
        if "error" in r:
            print(f"  {label(r['size']):>7}  {r['error']}")
            all_ok = False
            continue
        pc = r["seconds"] / r["chars"]
        ratio = pc / ref_pc if ref_pc else float("nan")
        r["us_per_char"], r["ratio"] = pc * 1e6, ratio
        print(
            f"  {label(r['size']):>7} {r['chars']:>10,} {r['records']:>8,} "
            f"{r['seconds']:>9.2f} {pc * 1e6:>8.2f} {ratio:>6.2f} "
            f"{r['peak_rss_mb']:>8.0f} {r['peak_rss_mb'] - r['base_rss_mb']:>7.0f}"
        )
    checks = []
    for r in ok_rows:
        if r["size"] in TIME_TARGETS and ref and ref["size"] == 100_000:
            lim = TIME_TARGETS[r["size"]]
            checks.append(
                (
                    f"per-char time at {label(r['size'])} <= {lim}x of 100 KB",
                    f"{r['ratio']:.2f}x",
                    r["ratio"] <= lim,
                )
            )
        if r["size"] in RSS_TARGET_MB:
            lim = RSS_TARGET_MB[r["size"]]
            checks.append(
                (
                    f"peak RSS at {label(r['size'])} < {lim:g} MB",
                    f"{r['peak_rss_mb']:.0f} MB",
                    r["peak_rss_mb"] < lim,
                )
            )
    for name, value, ok in checks:
        all_ok &= ok
        print(f"  target: {name}: {value}: {'ok' if ok else 'MISSED'}")
    return all_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default=DEFAULT_SIZES,
        help=f"comma-separated sizes in characters (default {DEFAULT_SIZES})",
    )
    parser.add_argument(
        "--stage",
        choices=STAGES,
        default="analyze",
        help="what to time (default analyze: the whole pipeline)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=1800.0,
        metavar="S",
        help="give up on a size after S seconds (default 1800)",
    )
    parser.add_argument(
        "--eval-dir",
        type=Path,
        default=None,
        help="folder of *.jsonl corpora with a 'text' field "
        "(default ../shared/eval next to the repository)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        metavar="N",
        help="fresh children per size; the fastest counts, RSS the largest (default 1)",
    )
    parser.add_argument(
        "--text",
        choices=("news", "bulletin", *DEGENERATE),
        default="news",
        help="news: the dev corpora's texts (default); bulletin: a made-up front-line "
        "bulletin with a spatial statement and a claim every hundred characters; run: "
        "one character repeated; repeat: 'Sumy. ' repeated",
    )
    parser.add_argument("--json", action="store_true", help="also print the rows as JSON")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.eval_dir is None:
        from geo.evaluate import default_eval_dir

        args.eval_dir = default_eval_dir()
    if not args.eval_dir.is_dir():
        print(f"bench_scaling: error: corpus folder not found: {args.eval_dir}", file=sys.stderr)
        return 2
    if args.child is not None:
        print(json.dumps(child(args.stage, args.eval_dir, args.child, args.text)))
        return 0
    try:
        sizes = sorted(dict.fromkeys(parse_size(s) for s in args.sizes.split(",") if s.strip()))
    except argparse.ArgumentTypeError as err:
        parser.error(str(err))
    rows = []
    for n in sizes:
        r = best_of(args, n)
        rows.append(r)
        done = r.get("error") or f"{r['seconds']:.2f} s, peak {r['peak_rss_mb']:.0f} MB"
        print(f"{label(n)}: {done}", file=sys.stderr, flush=True)
    ok = report(rows, args.stage)
    if args.json:
        print(json.dumps(rows))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
