"""Fuzz the analysis and the map rendering with hostile and malformed text.

Seeded and reproducible: input ``i`` of a run depends only on ``--seed`` and
``i`` (``--show I`` prints it, ``--only I`` runs it alone).  Inputs (made in
fuzz_inputs.py) mix real place names, numbers (400-digit ones, exponents, number
words), units, compass words, spatial and claim phrasing, dates near the calendar's
ends, HTML, template syntax (Jinja, JavaScript), right-to-left and zero-width
characters, emoji, control characters, lone surrogates and, one in ``--big-every``,
a 100 KB text.

Every input goes through :func:`geo.analyze` (one in ``--geocode-every`` also through
:func:`geo.geocode`: an InputError is an answer, any other exception is counted);
its analysis JSON and GeoJSON are serialised and checked strictly (no NaN/Infinity:
``json.loads(s, parse_constant=reject)``; no lone surrogate: it must encode as UTF-8).
``--render`` inputs (the first ones, the hostile title and overlay included) are
also drawn: the online and the offline map page, the embeddable fragment, the
report page and the notebook view, in turn; a rendered page that shows the value
of a template canary (``{{ 'zq' ~ 'jx' }}`` -> zqjx) has evaluated article text.

Printed at the end: counts of exceptions by type and location (the innermost
frame in geo/), non-strict outputs, evaluated templates, the slowest inputs per
character, and the total.  Exit status 1 when anything was found, else 0.

Usage: python benchmarks/fuzz.py [--seed 0] [--analyze 20000] [--render 200]
       [--big-every 500] [--budget S] [--only I] [--show I] [--failures FILE]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_inputs import CANARIES, HTML, TEMPLATES, hostile_title, make_input

# --------------------------------------------------------------------------- checks


class InputTimeout(Exception):
    """One input ran past --input-timeout."""


def _reject(name: str) -> Any:
    raise ValueError(f"non-strict JSON constant {name}")


def strict_problem(s: str) -> str | None:
    """Why ``s`` is not strict JSON (NaN/Infinity, lone surrogates), or None."""
    try:
        json.loads(s, parse_constant=_reject)
    except ValueError as err:
        return str(err)[:80]
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return "lone surrogate"
    return None


def where(err: BaseException) -> str:
    """file:function:line of the innermost frame inside the geo package."""
    frames = traceback.extract_tb(err.__traceback__)
    inside = [f for f in frames if f"{os.sep}geo{os.sep}" in f.filename]
    f = (inside or frames or [None])[-1]
    if f is None:
        return "?"
    path = f.filename
    cut = path.rfind(f"{os.sep}geo{os.sep}")
    return f"{path[cut + 1 :] if cut >= 0 else os.path.basename(path)}:{f.name}:{f.lineno}"


class Findings:
    def __init__(self) -> None:
        self.exceptions: collections.Counter[tuple[str, str, str]] = collections.Counter()
        self.examples: dict[tuple[str, str, str], int] = {}
        self.messages: dict[tuple[str, str, str], str] = {}
        self.nonstrict: collections.Counter[tuple[str, str]] = collections.Counter()
        self.nonstrict_examples: dict[tuple[str, str], int] = {}
        self.evaluated: collections.Counter[str] = collections.Counter()
        self.evaluated_examples: dict[str, int] = {}
        self.timing: list[tuple[float, float, int, int]] = []  # (s/char, s, chars, index)
        self.runs = collections.Counter()

    def exception(self, stage: str, i: int, err: BaseException) -> None:
        key = (stage, type(err).__name__, where(err))
        self.exceptions[key] += 1
        self.examples.setdefault(key, i)
        self.messages.setdefault(key, str(err)[:160])

    def non_strict(self, stage: str, i: int, why: str) -> None:
        key = (stage, why)
        self.nonstrict[key] += 1
        self.nonstrict_examples.setdefault(key, i)

    def any(self) -> bool:
        return bool(self.exceptions or self.nonstrict or self.evaluated)


def timed(fn: Callable[[], Any], limit_s: float) -> tuple[Any, float]:
    def alarm(signum: int, frame: Any) -> None:
        raise InputTimeout(f"over {limit_s:g} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, limit_s)
    t0 = time.perf_counter()
    try:
        return fn(), time.perf_counter() - t0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# --------------------------------------------------------------------------- stages


def run_analyze(i: int, text: str, gaz: Any, found: Findings, limit_s: float) -> Any:
    import geo

    found.runs["analyze"] += 1
    try:
        analysis, seconds = timed(lambda: geo.analyze(text, gazetteer=gaz), limit_s)
    except Exception as err:
        found.exception("analyze", i, err)
        return None
    if text:
        found.timing.append((seconds / len(text), seconds, len(text), i))
    for what, make in (("analysis JSON", analysis.to_dict), ("GeoJSON", analysis.to_geojson)):
        try:
            s = json.dumps(make(), ensure_ascii=False)
        except Exception as err:
            found.exception(f"serialise {what}", i, err)
            continue
        why = strict_problem(s)
        if why:
            found.non_strict(what, i, why)
    return analysis


def run_geocode(i: int, text: str, found: Findings) -> None:
    """Look up a piece of the input (the whole of it, one time in 20) in the gazetteer.

    An InputError (a query the geocoder refuses, with its reason) is an answer; any
    other exception is counted.
    """
    import geo

    query = text if i % 20 == 0 else text[: 1 + i % 80]
    found.runs["geocode"] += 1
    try:
        loc = geo.geocode(query)
        if loc is not None:
            json.dumps(loc.raw, ensure_ascii=False).encode("utf-8")
    except geo.InputError:
        return
    except Exception as err:
        found.exception("geocode", i, err)


def _overlay_file(directory: Path, i: int, title: str | None) -> Path:
    rng = random.Random(f"overlay:{i}")
    name = rng.choice(["{{7*191}}", "a{%b", "<b>x<\\b>", "x\u202ey", "{#c#}", "ov'\"", "plain"])
    props = {
        "name": title or "overlay",
        "note": rng.choice(TEMPLATES + HTML),
        "n": rng.choice([1, 1.5, None, True, "{{7*191}}"]),
    }
    data = {
        "type": "FeatureCollection",
        "name": rng.choice(TEMPLATES),
        "features": [
            {
                "type": "Feature",
                "properties": props,
                "geometry": {"type": "Point", "coordinates": [34.8, 50.9]},
            }
        ],
    }
    path = directory / f"{name}-{i}.geojson"
    path.write_text(json.dumps(data), encoding="utf-8", errors="surrogatepass")
    return path


def run_render(
    i: int,
    text: str,
    analysis: Any,
    gaz: Any,
    found: Findings,
    workdir: Path,
    limit_s: float,
    seed: int = 0,
) -> None:
    from geo.render import MapView, load_overlay, report_html, to_fragment, to_html
    from geo.render import render as render_map

    title = hostile_title(seed, i)
    mode = ("online", "offline", "fragment", "report", "notebook")[i % 5]
    found.runs[f"render {mode}"] += 1
    try:
        overlay = load_overlay(_overlay_file(workdir, i, title)) if i % 2 else None
    except Exception as err:
        found.exception("overlay", i, err)
        overlay = None
    overlays = [overlay] if overlay else []

    def draw() -> str:
        if mode == "online":
            return to_html(
                render_map(analysis, title=title, overlays=overlays, gazetteer=gaz, tiles=None)
            )
        if mode == "offline":
            return to_html(
                render_map(analysis, title=title, overlays=overlays, offline=True, gazetteer=gaz),
                offline=True,
            )
        if mode == "fragment":
            return to_fragment(analysis, title=title, overlays=overlays, gazetteer=gaz)
        if mode == "report":
            return str(report_html(analysis, title=title, overlays=overlays, gazetteer=gaz))
        return MapView(analysis, title=title, overlays=overlays, gazetteer=gaz)._repr_html_()

    try:
        page, _ = timed(draw, limit_s)
    except Exception as err:
        found.exception(f"render {mode}", i, err)
        return
    sources = text + (title or "") + json.dumps(TEMPLATES + HTML)
    for canary, payload in CANARIES.items():
        if canary in page and canary not in sources.replace(payload, ""):
            found.evaluated[f"render {mode}: {canary}"] += 1
            found.evaluated_examples.setdefault(f"render {mode}: {canary}", i)
    try:
        page.encode("utf-8")
    except UnicodeEncodeError:
        found.non_strict(f"render {mode} page", i, "lone surrogate")


# --------------------------------------------------------------------------- main


def iter_indices(args: argparse.Namespace) -> Iterator[int]:
    if args.only is not None:
        yield args.only
        return
    yield from range(args.analyze)


def report(found: Findings, args: argparse.Namespace, elapsed: float, done: int) -> None:
    print(
        f"\nfuzz: seed {args.seed}, {done:,} inputs analysed, "
        f"{sum(v for k, v in found.runs.items() if k.startswith('render')):,} rendered "
        f"in {elapsed:.0f} s"
    )
    for k, v in sorted(found.runs.items()):
        print(f"  runs {k}: {v:,}")
    total = sum(found.exceptions.values())
    print(f"\nexceptions: {total}")
    for key, n in found.exceptions.most_common():
        stage, name, loc = key
        print(
            f"  {n:>6}  {stage}: {name} at {loc}  (first: input {found.examples[key]}: "
            f"{found.messages[key]!r})"
        )
    print(f"\nnon-strict outputs: {sum(found.nonstrict.values())}")
    for key, n in found.nonstrict.most_common():
        print(f"  {n:>6}  {key[0]}: {key[1]}  (first: input {found.nonstrict_examples[key]})")
    print(f"\nevaluated templates: {sum(found.evaluated.values())}")
    for key, n in found.evaluated.most_common():
        print(f"  {n:>6}  {key}  (first: input {found.evaluated_examples[key]})")
    print("\nslowest per character (inputs of 1,000+ characters):")
    slow = sorted((t for t in found.timing if t[2] >= 1000), reverse=True)[:8]
    for per, s, n, i in slow:
        print(f"  input {i:>6}: {per * 1e6:8.1f} us/char  {s:7.3f} s  {n:>8,} chars")
    print("slowest overall:")
    for per, s, n, i in sorted(found.timing, key=lambda t: -t[1])[:5]:
        print(f"  input {i:>6}: {s:7.3f} s  {n:>8,} chars  ({per * 1e6:.1f} us/char)")
    print(
        f"\nreproduce one: python benchmarks/fuzz.py --seed {args.seed} --only I "
        f"[--render 1] (--show I prints it)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0, help="run seed (default 0)")
    parser.add_argument(
        "--analyze",
        type=int,
        default=20_000,
        metavar="N",
        help="inputs through geo.analyze (default 20000)",
    )
    parser.add_argument(
        "--render",
        type=int,
        default=200,
        metavar="N",
        help="of them, the first N are also rendered (default 200)",
    )
    parser.add_argument(
        "--big-every",
        type=int,
        default=500,
        metavar="K",
        help="one input in K is a 100 KB text (default 500; 0: none)",
    )
    parser.add_argument(
        "--geocode-every",
        type=int,
        default=10,
        metavar="K",
        help="one input in K is also looked up with geo.geocode (default 10)",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=None,
        metavar="S",
        help="stop starting new inputs after S seconds",
    )
    parser.add_argument(
        "--input-timeout",
        type=float,
        default=120.0,
        metavar="S",
        help="count an input that runs past S seconds as an InputTimeout",
    )
    parser.add_argument("--only", type=int, metavar="I", help="run input I alone")
    parser.add_argument("--show", type=int, metavar="I", help="print input I (repr) and exit")
    parser.add_argument(
        "--failures",
        type=Path,
        metavar="FILE",
        help="write the failing inputs' indices and texts here (JSON)",
    )
    args = parser.parse_args(argv)
    if args.show is not None:
        text, big = make_input(args.seed, args.show, args.big_every)
        print(repr(text) if not big else f"{len(text):,} characters: {text[:2000]!r}...")
        return 0

    import geo

    gaz = geo.load_gazetteer()
    found = Findings()
    t0 = time.perf_counter()
    done = 0
    with tempfile.TemporaryDirectory(prefix="geo-fuzz-") as tmp:
        for i in iter_indices(args):
            if args.budget is not None and time.perf_counter() - t0 > args.budget:
                print(
                    f"fuzz: budget of {args.budget:g} s reached after {done:,} inputs",
                    file=sys.stderr,
                )
                break
            text, _ = make_input(args.seed, i, args.big_every)
            analysis = run_analyze(i, text, gaz, found, args.input_timeout)
            if i % args.geocode_every == 0:
                run_geocode(i, text, found)
            done += 1
            if analysis is not None and (
                i < args.render or (args.only is not None and args.render > 0)
            ):
                run_render(i, text, analysis, gaz, found, Path(tmp), args.input_timeout, args.seed)
            if done % 1000 == 0:
                print(
                    f"fuzz: {done:,} inputs, {sum(found.exceptions.values())} exceptions, "
                    f"{time.perf_counter() - t0:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
    report(found, args, time.perf_counter() - t0, done)
    if args.failures:
        bad = sorted(
            {
                *found.examples.values(),
                *found.nonstrict_examples.values(),
                *found.evaluated_examples.values(),
            }
        )
        rows = [{"index": i, "text": make_input(args.seed, i, args.big_every)[0]} for i in bad]
        args.failures.write_text(
            json.dumps(rows, ensure_ascii=True, indent=1), encoding="utf-8", errors="surrogatepass"
        )
    return 1 if found.any() else 0


if __name__ == "__main__":
    sys.exit(main())
