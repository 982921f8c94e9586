"""Session 30's speed cuts (issue 12): each gated path gives what the ungated one gives.

- ``compound_tails.short_head_records``: the names the tail table decodes, chosen from the
  blob's bytes; the table built from them equals the one built from every hyphenated name.
- ``everyday_strays._near`` and ``border_namesakes``' test of a town near the sentence's
  places: ``within_km`` (the sphere first, the geodesic near the limit) where
  ``distance_km(...) <= km`` was asked; the same answers at a metre either side.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from geo.gazetteer.compound_tails import compound_tail, short_head_records

#: Heads of 1-4 characters of 1-4 bytes each, tails short and long, several hyphens,
#: hyphens first and last, spaces, and names with no hyphen.
_NAMES = [
    "Ké-Macina", "Tin-Akoff", "Kamianets-Podilskyi", "Ké-Ma", "Goma", "St-Bruno",
    "Ké-Macina-Sud", "Ké Macina", "-Macina", "Ké-", "A-Bcde", "Abcd-Efgh", "𐌰𐌱𐌲-Abcd",
    "𐌰𐌱𐌲𐌳-Abcd", "Ἀἁ-Ἂἃἄἅ", "Деб-Жовтень", "Дебр-Жовтень", "Sar-e Pul", "Neu-Anif",
    "Ab-Cdé", "Ab-Cd", "Ab-Cdе", "x-yzzy", "中国-北京市区", "中国人-北京市区", "al-Qusayr",
    "Al-Qusayr", "San-Pédro", "Ste-Anne", "ĲĳĲ-Abcd", "Ivano-Frankivsk", "Ké‐Macina", "-",
]  # fmt: skip


def _blob(names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    encoded = [n.encode("utf-8") for n in names]
    offsets = np.array(list(itertools.accumulate(map(len, encoded), initial=0)), np.int64)
    return np.frombuffer(b"".join(encoded), np.uint8), offsets


def _all_hyphenated(raw: np.ndarray, offsets: np.ndarray) -> list[int]:
    """The records the table read before the filter: every name with a hyphen."""
    hyphens = np.flatnonzero(raw == ord("-"))
    return np.unique(np.searchsorted(offsets, hyphens, "right") - 1).tolist()


@pytest.mark.parametrize("order", range(4))
def test_short_heads_keep_every_name_with_a_tail(order):
    names = _NAMES[order:] + _NAMES[:order]  # each name at the blob's start and end
    raw, offsets = _blob(names)
    kept = short_head_records(raw, offsets).tolist()
    assert kept == sorted(kept)
    assert set(kept) <= set(_all_hyphenated(raw, offsets))
    with_tail = [r for r, name in enumerate(names) if compound_tail(name)]
    assert set(with_tail) <= set(kept)
    assert {names[r] for r in with_tail} >= {"Ké-Macina", "Tin-Akoff", "𐌰𐌱𐌲-Abcd", "Деб-Жовтень"}
    assert "Ivano-Frankivsk" not in {names[r] for r in kept}  # the bytes alone refuse it


def test_short_heads_of_no_hyphen():
    raw, offsets = _blob(["Goma", "Kyiv"])
    assert short_head_records(raw, offsets).tolist() == []
    assert short_head_records(np.empty(0, np.uint8), np.zeros(1, np.int64)).tolist() == []


def test_tail_table_equals_the_table_of_every_hyphenated_name(gazetteer):
    data, offsets = gazetteer._blobs["names"]
    end = int(offsets[gazetteer._n_places])
    raw = np.frombuffer(data, dtype=np.uint8, count=end)
    table: dict[str, list[int]] = {}
    for record in _all_hyphenated(raw, offsets):
        tail = compound_tail(gazetteer.name(record))
        if tail:
            table.setdefault(tail, []).append(record)
    whole = {
        tail: tuple(sorted(found, key=lambda r: (-gazetteer.population(r), r)))
        for tail, found in table.items()
    }
    built = gazetteer._tail_table()
    assert built == whole and list(built) == list(whole)
    assert gazetteer.lookup_tail("macina")


def _ring(lat: float, lon: float) -> list[tuple[float, float, float]]:
    """Points around ``(lat, lon)`` at distances about the two thresholds below (100 and
    150 km, a metre and a few km either side), in eight directions: (lat, lon, km)."""
    from geo.geometry import distance_km, offset

    out = []
    for km in (95.0, 99.999, 100.0, 100.001, 105.0, 145.0, 149.999, 150.0, 150.001, 155.0):
        for bearing in range(0, 360, 45):
            p = offset((lat, lon), km, bearing)
            out.append((p.y, p.x, distance_km((lat, lon), (p.y, p.x))))
    return out


@pytest.mark.parametrize("lat, lon", [(50.45, 30.52), (0.0, 179.5), (-33.9, 18.4), (69.0, 33.1)])
def test_everyday_strays_near_is_the_geodesic_test(lat, lon):
    """``_near`` decides by ``within_km``: what ``distance_km(...) <= NEAR_KM`` decided."""
    from geo.model import Place
    from geo.text import everyday_strays as es

    here = Place(1, "Here", "place", "UA", lat, lon)
    for k, (plat, plon, km) in enumerate(_ring(lat, lon)):
        there = Place(2 + k, "There", "place", "UA", plat, plon)
        assert es._near(here, set(), [there]) == (km <= es.NEAR_KM)


@pytest.mark.parametrize("lat, lon", [(50.45, 30.52), (0.0, 179.5), (-33.9, 18.4), (69.0, 33.1)])
def test_border_namesakes_near_test_is_the_geodesic_test(lat, lon):
    """``border_namesakes`` keeps a town near the sentence's other places by ``within_km``
    at :data:`~geo.text.local_evidence.NEAR_KM`: what ``distance_km`` decided."""
    from geo.geometry import within_km
    from geo.text.border_namesakes import NEAR_KM

    for plat, plon, km in _ring(lat, lon):
        assert within_km((lat, lon), (plat, plon), NEAR_KM) == (km <= NEAR_KM)
