"""Benchmark the commands on one long live blog: time, peak memory and output size.

Users run ``geo`` over archives and long live blogs (issue 12). This builds one
made-up live blog of each size (default 100 KB, 300 KB and 1 MB of characters) from
the project's own front-line entries below (no corpus text), timestamped entries
("09:12 GMT - ...") over many days, with distances and directions from towns,
claims by speakers with their statuses and sides, numbers and dates; the entries are
filled in round-robin from lists of towns and regions, so a longer blog names more
places as well as the same places more often, as a real one does.

Each command runs as a fresh process (``python -m geo``), one after the other:

``parse``   ``geo parse BLOG -o OUT.json``
``map``     ``geo map BLOG --offline -o OUT.html``
``report``  ``geo report BLOG -o OUT.html``

Printed per size and command: the child's CPU time (user + system, the figure a
busy machine changes least), wall time, peak RSS and the size of what it wrote.
``--profile CMD`` runs one command of the largest size under cProfile instead and
prints its 30 largest cumulative entries; ``--write DIR`` only writes the blogs
(``liveblog-300k.txt``, ...) for use elsewhere.

The children import geo as this process would (``PYTHONPATH`` decides, not the working
directory), so ``PYTHONPATH=DIR python benchmarks/bench_liveblog.py`` measures the
checkout DIR.

This is a benchmark, not a test: nothing here runs under pytest.

Usage: python benchmarks/bench_liveblog.py [--sizes 100k,300k,1m]
       [--commands parse,map,report] [--rounds N] [--profile parse|map|report]
       [--write DIR] [--keep DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Live-blog entries written for this benchmark (no corpus text): each is filled in
#: with towns ``{a} {b} {c}``, a region ``{r}``, a weekday, numbers ``{n} {m}``.
ENTRIES = (
    "Russian artillery hit the outskirts of {a} overnight, the regional governor said on "
    "{day}, adding that {n} homes were damaged and two people were taken to hospital.",
    "Ukraine's General Staff said its air defences downed {n} of {m} drones launched "
    "at the {r} region; the figures could not be independently verified.",
    "Fighting is now about {n} km east of {b}, according to a Ukrainian battalion "
    "commander who spoke to reporters near {c} on condition of anonymity.",
    "Moscow's defence ministry claimed its troops had captured a village between {a} "
    "and {b}. Kyiv denied the claim, saying its units still held the settlement.",
    "Evacuations continued from {c} and nearby villages, where shelling has cut power "
    "to roughly {m} households, the local military administration said.",
    "A missile struck an industrial site in {b} on {day} morning. Officials in the "
    "{r} region said debris fell within {n} miles of the city centre.",
    "Russian bloggers reported an assault on positions {n} kilometres south-west of "
    "{a}; Ukraine's army said the attack had been repelled.",
    "The mayor of {c} said a guided bomb hit an apartment block, killing {n} people. "
    "Rescuers were still searching the rubble on {day} evening.",
    "Satellite images reviewed by analysts show new trenches along the road from {a} "
    "to {b}, some {m} km from the current line of contact.",
    "Belarus said it was moving troops closer to its border with Ukraine for "
    "exercises; Kyiv said it saw no sign of an attack from the north.",
)
TOWNS = (
    "Kharkiv", "Sumy", "Kupiansk", "Izium", "Lyman", "Bakhmut", "Pokrovsk",
    "Kramatorsk", "Sloviansk", "Toretsk", "Chasiv Yar", "Orikhiv", "Huliaipole",
    "Kherson", "Nikopol", "Zaporizhzhia", "Vovchansk", "Kostiantynivka", "Avdiivka",
    "Vuhledar", "Marinka", "Siversk", "Kreminna", "Svatove", "Bilopillia",
    "Shostka", "Okhtyrka", "Myrnohrad", "Selydove", "Kurakhove", "Velyka Novosilka",
    "Robotyne", "Tokmak", "Melitopol", "Berdiansk", "Mariupol", "Novohrodivka",
    "Dobropillia", "Druzhkivka", "Borova", "Balakliia", "Chuhuiv", "Lozova",
    "Pavlohrad", "Synelnykove", "Kryvyi Rih", "Beryslav", "Oleshky", "Hola Prystan",
)
REGIONS = ("Kharkiv", "Sumy", "Donetsk", "Zaporizhzhia", "Kherson", "Dnipropetrovsk",
           "Kursk", "Belgorod", "Bryansk", "Luhansk")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
COMMANDS = ("parse", "map", "report")


def parse_size(text: str) -> int:
    """``"300k"`` -> 300_000, ``"1m"`` -> 1_000_000 (characters)."""
    t = text.strip().lower().removesuffix("b")
    mult = {"k": 1_000, "m": 1_000_000}.get(t[-1:], 1)
    return int(float(t.rstrip("km")) * mult)


def label(n: int) -> str:
    return f"{n // 1_000_000}m" if n % 1_000_000 == 0 else f"{n // 1000}k"


def build_blog(n_chars: int) -> str:
    """About ``n_chars`` characters of a made-up live blog: a headline, then entries
    under "HH:MM GMT - " stamps, newest first as live blogs run, a day's header
    every 24 entries."""
    parts = ["Live: Russia's war in Ukraine, day by day\n\n"]
    total = len(parts[0])
    i = 0
    while total < n_chars:
        if i % 24 == 0:
            parts.append(f"{DAYS[(i // 24) % 7]}'s updates\n\n")
        t = len(TOWNS)
        n = 3 + (i * 7) % 40
        entry = ENTRIES[i % len(ENTRIES)].format(
            a=TOWNS[i % t], b=TOWNS[(i * 7 + 3) % t], c=TOWNS[(i * 11 + 5) % t],
            r=REGIONS[(i // 3) % len(REGIONS)], day=DAYS[(i // 24) % 7],
            n=n, m=n * 3 + i % 17,
        )
        minute = 23 * 60 + 59 - (i * 37) % (24 * 60)
        parts.append(f"{minute // 60:02d}:{minute % 60:02d} GMT - {entry}\n\n")
        total += len(parts[-2]) if i % 24 == 0 else 0
        total += len(parts[-1])
        i += 1
    return "".join(parts).rstrip() + "\n"


def _argv(command: str, blog: Path, out: Path) -> list[str]:
    if command == "parse":
        return ["parse", str(blog), "-o", str(out)]
    if command == "map":
        return ["map", str(blog), "--offline", "-o", str(out)]
    return ["report", str(blog), "-o", str(out)]


def run_one(command: str, blog: Path, out: Path) -> dict:
    """One fresh ``python -m geo`` process: CPU, wall, peak RSS (its own, from
    ``wait4``), bytes written."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        # Run from the blog's directory: ``-m`` puts the working directory first on the
        # path, so from a checkout it would import that checkout whatever PYTHONPATH says.
        proc = subprocess.Popen([sys.executable, "-m", "geo", *_argv(command, blog, out)],
                                stdout=subprocess.DEVNULL, stderr=err, cwd=blog.parent)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        return {"error": f"exit {proc.returncode}: {stderr.strip()[-200:]}"}
    return {
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "wall_s": wall,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "bytes": out.stat().st_size if out.exists() else 0,
    }


def profile(command: str, blog: Path, out: Path) -> None:
    code = (
        "import cProfile, pstats, sys\n"
        "from geo.cli import main\n"
        f"argv = {_argv(command, blog, out)!r}\n"
        "cProfile.run('rc = main(argv)', sys.argv[1])\n"
        "pstats.Stats(sys.argv[1]).sort_stats('cumulative').print_stats(30)\n"
    )
    with tempfile.NamedTemporaryFile(suffix=".prof") as fh:
        subprocess.run([sys.executable, "-c", code, fh.name], check=False, cwd=blog.parent)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100k,300k,1m")
    ap.add_argument("--commands", default=",".join(COMMANDS))
    ap.add_argument("--rounds", type=int, default=1, help="best CPU of N runs")
    ap.add_argument("--profile", choices=COMMANDS)
    ap.add_argument("--write", type=Path, help="only write the blogs into DIR")
    ap.add_argument("--keep", type=Path, help="write the outputs into DIR (kept)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sizes = sorted(parse_size(s) for s in args.sizes.split(","))
    commands = [c for c in args.commands.split(",") if c]
    with tempfile.TemporaryDirectory() as tmp:
        work = args.write or args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        blogs = {}
        for n in sizes:
            blogs[n] = work / f"liveblog-{label(n)}.txt"
            blogs[n].write_text(build_blog(n), encoding="utf-8")
        if args.write:
            print("\n".join(str(p) for p in blogs.values()))
            return 0
        if args.profile:
            n = sizes[-1]
            profile(args.profile, blogs[n], work / f"out-{label(n)}-{args.profile}")
            return 0
        rows = []
        for n in sizes:
            for command in commands:
                ext = ".json" if command == "parse" else ".html"
                out = work / f"out-{label(n)}-{command}{ext}"
                runs = [run_one(command, blogs[n], out) for _ in range(max(1, args.rounds))]
                ok = [r for r in runs if "error" not in r]
                best = min(ok, key=lambda r: r["cpu_s"]) if ok else runs[0]
                rows.append({"size": n, "chars": len(blogs[n].read_text("utf-8")),
                             "command": command, **best})
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    print(f"{'size':>6} {'command':<7} {'cpu s':>7} {'wall s':>7} {'peak MB':>8} {'output':>12}")
    for r in rows:
        if "error" in r:
            print(f"{label(r['size']):>6} {r['command']:<7} {r['error']}")
            continue
        print(f"{label(r['size']):>6} {r['command']:<7} {r['cpu_s']:7.2f} {r['wall_s']:7.2f} "
              f"{r['peak_rss_mb']:8.0f} {r['bytes']:12,d}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
