"""The water table made from its JSON rows (records made when a lookup returns them)
answers as one made from records: same bodies, same order, the same object each time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.gazetteer.normalize import normalize
from geo.text.water_table import WaterBody, WaterTable

_names = st.sampled_from(["Dnipro", "Dnieper", "dnipro", "DNIPRO ", "Don", "Sea of Azov",
                          "Azov Sea", "Oskil", "Kakhovka Reservoir", "Kakhovka"])
_rows = st.lists(st.fixed_dictionaries({
    "name": _names,
    "kind": st.sampled_from(["river", "sea", "lake", "reservoir"]),
    "rank": st.sampled_from([0, 1.5, 3]),
    "lat": st.sampled_from([46.1, 47.0]),
    "lon": st.sampled_from([33.0, 35.2]),
    "names": st.lists(_names, max_size=3),
    "wkt": st.sampled_from(["", "POINT (33 46)"]),
}), max_size=12)


def _record(row) -> WaterBody:
    return WaterBody(row["name"], row["kind"], float(row["rank"]), float(row["lat"]),
                     float(row["lon"]), tuple(row["names"]), row["wkt"])


@settings(max_examples=200, deadline=None)
@given(_rows)
def test_rows_and_records_give_the_same_lookups(rows):
    lazy, made = WaterTable(rows), WaterTable([_record(r) for r in rows])
    assert len(lazy) == len(made)
    assert lazy._by_key.keys() == made._by_key.keys()
    for key in made._by_key:
        assert [(repr(b), b.wkt) for b in lazy.named(key)] == [
            (repr(b), b.wkt) for b in made.named(key)]
    # the table as it was made before: every name's records, best ranked first
    expected: dict[str, list[WaterBody]] = {}
    for body in map(_record, rows):
        for name in {body.name, *body.names}:
            expected.setdefault(normalize(name), []).append(body)
    assert lazy._by_key.keys() == expected.keys()
    for key, found in expected.items():
        found.sort(key=lambda b: (b.rank, b.name, b.lat, b.lon))
        assert [(repr(b), b.wkt) for b in lazy.named(key)] == [(repr(b), b.wkt) for b in found]
    for word in ("river", "sea", "lake"):
        for name in ("Dnipro", "Azov", "Kakhovka", "Don"):
            assert lazy.find_all(name, word) == made.find_all(name, word)


def test_a_body_is_made_once_and_only_when_asked():
    rows = [{"name": "Dnipro", "kind": "river", "rank": 1, "lat": 46.5, "lon": 32.5,
             "names": ["Dnieper"], "wkt": ""},
            {"name": "Don", "kind": "river", "rank": 2, "lat": 47.1, "lon": 39.4,
             "names": [], "wkt": ""}]
    table = WaterTable(rows)
    assert not any(isinstance(r, WaterBody) for r in table._rows)
    first = table.find("Dnieper", "river")
    assert first is table.find("Dnipro", "river") and first.rank == 1.0
    assert isinstance(table._rows[0], WaterBody) and isinstance(table._rows[1], dict)
