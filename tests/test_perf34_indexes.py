"""The per-text indexes of session 34's linear passes read as the scans they replace."""

from __future__ import annotations

import random

from geo.model import Place, Toponym
from geo.text.compact_lists import _nearest
from geo.text.spatial.border_places import _in_sentence, _index
from geo.text.spatial.context import Context


def _toponyms(rng: random.Random, ordered: bool) -> list[Toponym]:
    out = []
    for _ in range(rng.randint(0, 12)):
        start = rng.randint(0, 200)
        kind = rng.choice(["place", "admin1", "country"])
        gid = rng.choice([1, 2, 3])
        place = Place(gid, "X", kind, "UA", 50.0, 30.0) if rng.random() < 0.8 else None
        width = rng.randint(1, 9)
        out.append(Toponym(start, start + width, "X" * width, place))
    return sorted(out, key=lambda t: t.start) if ordered else out


def test_border_places_index_reads_as_the_scans_it_replaces():
    rng = random.Random(34)
    for n in range(400):
        tops = _toponyms(rng, ordered=n % 4 != 0)
        ctx = Context("x" * 220, tops, object())
        s = rng.randint(0, 200)
        e = s + rng.randint(0, 60)
        scan = [i for i, t in enumerate(tops) if s <= t.start and t.end <= e]
        found = [i for i in _in_sentence(ctx, s, e) if s <= tops[i].start and tops[i].end <= e]
        assert found == scan
        named = {t.place.geonameid: i for i, t in enumerate(tops)
                 if t.end <= s and t.place is not None and t.place.kind == "place"}  # fmt: skip
        index = _index(ctx)
        k = sum(e_ <= s for e_ in index.town_ends)
        one = index.one_town[k - 1] if k else None
        assert one == (next(iter(named.values())) if len(named) == 1 else None)


def test_nearest_partners_read_as_the_whole_sort():
    rng = random.Random(34)
    for _ in range(2000):
        partners = rng.sample(range(40), rng.randint(0, 20))
        if rng.random() < 0.7:
            partners.sort()
        j = rng.randint(0, 39)
        whole = sorted(partners, key=lambda i: (abs(i - j), i > j))[:6]
        assert _nearest(tuple(partners), j) == whole
