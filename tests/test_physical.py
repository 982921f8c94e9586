"""Capes, islands, peninsulas, ranges and deserts: the physical table, the names read in a
text, how they settle with the gazetteer's readings, and their toponyms."""

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import Point

from geo.gazetteer.index import Candidate
from geo.model import Place, Toponym
from geo.text import physical as physical_module
from geo.text.geoparse import geoparse
from geo.text.physical import find_physical
from geo.text.physical_places import TOWN_POPULATION, physical_toponyms, settle_physical
from geo.text.physical_table import PhysicalTable, core_name, index_rows, physical_table
from geo.text.tokens import Mention

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_physical.py"
_DATA = Path(__file__).resolve().parents[1] / "geo" / "data" / "physical.json"

#: A small table: made-up features at made-up points.
_ROWS = [
    {"name": "Cape Varno", "names": [], "kind": "cape", "rank": 3, "lat": 10.0, "lon": 20.0},
    {"name": "Osterlia", "names": [], "kind": "peninsula", "rank": 3, "lat": 12.0,
     "lon": 22.0, "wkt": "POLYGON ((21 11, 23 11, 23 13, 21 13, 21 11))"},
    {"name": "Brannic Mountains", "names": ["Brannic Mts."], "kind": "range", "rank": 2,
     "lat": 30.0, "lon": 40.0, "bare": ["brannics"]},
    {"name": "Tolva", "names": [], "kind": "island", "rank": 5, "lat": -5.0, "lon": 100.0},
    {"name": "Tolva", "names": [], "kind": "island", "rank": 6, "lat": 40.0, "lon": -30.0},
    {"name": "Kesh Desert", "names": [], "kind": "desert", "rank": 1, "lat": 25.0,
     "lon": 15.0, "bare": ["kesh"]},
    {"name": "Mount Kel", "names": ["Mt. Kel"], "kind": "mountain", "rank": 4, "lat": 5.0,
     "lon": 6.0},
]


@pytest.fixture
def small_table(monkeypatch):
    table = PhysicalTable([json.dumps(r) for r in _ROWS], index_rows(_ROWS))
    monkeypatch.setattr(physical_module, "physical_table", lambda: table)
    return table


def test_core_names():
    assert core_name("kola peninsula") == "kola"
    assert core_name("cape of good hope") == "good hope"
    assert core_name("isla de pascua") == "pascua"
    assert core_name("alps") == "alps"


def test_a_name_is_found_with_the_word_a_text_gives_it(small_table):
    assert [f.name for f in small_table.find("Varno", "cape")] == ["Cape Varno"]
    assert [f.name for f in small_table.find("Osterlian", "peninsula")] == ["Osterlia"]
    assert [f.name for f in small_table.find("Brannic", "mountains")] == ["Brannic Mountains"]
    assert [f.name for f in small_table.find("Brannic", "mts.")] == ["Brannic Mountains"]
    # the word's kinds only: Tolva is an island, not a desert
    assert small_table.find("Tolva", "desert") == []
    assert [f.rank for f in small_table.find("Tolva", "island")] == [5.0, 6.0]
    assert small_table.find("Varno", "river") == []
    assert [f.name for f in small_table.bare("Brannics")] == ["Brannic Mountains"]
    assert small_table.has_bare("kesh") and not small_table.has_bare("tolva")
    assert small_table.named("Brannic Mts.")[0].name == "Brannic Mountains"


def test_a_polygon_has_its_geometry_a_point_none(small_table):
    assert small_table.find("Osterlia", "peninsula")[0].geometry.area == pytest.approx(4.0)
    assert small_table.find("Varno", "cape")[0].geometry is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ships rounded Cape Varno at dawn.", [("Cape Varno", "Cape Varno")]),
        ("The Osterlian peninsula was quiet.", [("Osterlian peninsula", "Osterlia")]),
        ("The Osterlia Peninsula was quiet.", [("Osterlia Peninsula", "Osterlia")]),
        ("Snow fell in the Brannic Mountains and the Kesh.",
         [("Brannic Mountains", "Brannic Mountains"), ("Kesh", "Kesh Desert")]),
        ("Patrols crossed the Brannics.", [("Brannics", "Brannic Mountains")]),
        # "Mt" for Mount, with its dot or without it; "MT" (Montana) is no mountain
        ("Climbers set out for Mt. Kel.", [("Mt. Kel", "Mount Kel")]),
        ("Rangers closed the trail up Mt Kel.", [("Mt Kel", "Mount Kel")]),
        ("Helena, MT Kel", []),
        ("Tolva Island and the Kesh Desert.",
         [("Tolva Island", "Tolva"), ("Kesh Desert", "Kesh Desert")]),
        # a name the table lacks, an organisation's name, a word alone: nothing
        ("Snake Island was retaken.", []),
        ("the Brannic Mountains Brigade", []),
        ("the Kesh Desert Resort", []),
        ("the kesh", []),
        ("No physical feature here.", []),
    ],
)
def test_find_physical(small_table, text, found):
    assert [(text[s.start : s.end], s.features[0].name) for s in find_physical(text)] == found


class _Gaz:
    """A stand-in gazetteer: record -> (kind, population)."""

    def __init__(self, records):
        self.records = records

    def kind(self, record):
        return self.records[record][0]

    def population(self, record):
        return self.records[record][1]

    def bounds_many(self, records):
        """(west, south, east, north) of each record: the third item, else NaN (none)."""
        nan = float("nan")
        return np.array([(self.records[r][2:3] or [(nan,) * 4])[0] for r in records])


def _mention(text, name, *records, fuzzy=False):
    start = text.index(name)
    m = Mention(start, start + len(name), name.lower(), 0, 0)
    m.candidates = [Candidate(r, 0) for r in records]
    m.fuzzy = fuzzy
    return m


def test_settle_drops_mentions_inside_and_keeps_regions_and_longer_names(small_table):
    gaz = _Gaz({1: ("place", 900), 2: ("admin1", 0), 3: ("place", 5000)})
    text = "Cape Varno, Tolva Island, the Kesh and West Cape Varno."
    spans = find_physical(text)
    assert len(spans) == 4
    inside = _mention(text, "Varno", 1)
    region = _mention(text, "Tolva Island", 2)
    longer = Mention(text.index("West"), len(text) - 1, "west cape varno", 0, 0)
    longer.candidates = [Candidate(3, 0)]
    kept, mentions, contested = settle_physical(gaz, [inside, region, longer], spans)
    assert [text[s.start : s.end] for s in kept] == ["Cape Varno", "Kesh"]
    assert mentions == [region, longer]
    assert contested == {}


def test_settle_leaves_a_region_elsewhere_to_resolution(small_table):
    # Tolva's features lie at (-5, 100) and (40, -30); a region of the name far from both
    # no longer keeps the name before resolution, one around a feature does
    text = "Ferries reached Tolva Island."
    far = _Gaz({2: ("admin1", 0, (10.0, 50.0, 12.0, 52.0))})
    kept, _, contested = settle_physical(far, [_mention(text, "Tolva Island", 2)],
                                                find_physical(text))
    assert [text[s.start : s.end] for s in kept] == ["Tolva Island"]
    assert contested == {(16, 28): "town"}
    here = _Gaz({2: ("admin1", 0, (99.0, -6.0, 101.0, -4.0))})
    kept, _, contested = settle_physical(here, [_mention(text, "Tolva Island", 2)],
                                                find_physical(text))
    assert kept == [] and contested == {}


def test_settle_leaves_a_town_of_the_name_to_resolution(small_table):
    gaz = _Gaz({1: ("place", 900), 2: ("place", TOWN_POPULATION * 2)})
    text = "Cape Varno and the Kesh."
    town = _mention(text, "Cape Varno", 1)
    big = _mention(text, "Kesh", 2)
    kept, mentions, contested = settle_physical(gaz, [town, big], find_physical(text))
    # the worded name is settled later; a large town of a bare name keeps it
    assert [text[s.start : s.end] for s in kept] == ["Cape Varno"]
    assert mentions == [town, big]
    assert contested == {(town.start, town.end): "town"}
    # a large town whose alternate name it is ("Los Andes" for "the Andes") does not
    big.candidates = [Candidate(2, 2)]
    kept, _, contested = settle_physical(gaz, [big], find_physical(text)[1:])
    assert [text[s.start : s.end] for s in kept] == ["Kesh"]
    assert contested == {(big.start, big.end): "town"}
    # a spelling only is no reading: the feature takes the name
    fuzzy = _mention(text, "Cape Varno", 1, fuzzy=True)
    kept, mentions, contested = settle_physical(gaz, [fuzzy], find_physical(text)[:1])
    assert mentions == [] and contested == {(fuzzy.start, fuzzy.end): "unknown"}


def _town(text, name, lat, lon, population=900, kind="place", cc="XA"):
    s = text.index(name)
    return Toponym(s, s + len(name), name,
                   Place(7, name, kind, cc, lat, lon, population=population), 0.9)


def test_a_contested_name_is_the_town_in_its_region_or_near_the_text_places(small_table):
    text = "Cape Varno, Westmark, held a festival."
    spans = find_physical(text)[:1]
    key = {(spans[0].start, spans[0].end): "town"}
    town = _town(text, "Cape Varno", 50.0, 60.0)
    region = _town(text, "Westmark", 51.0, 61.0, kind="admin1")
    tops = physical_toponyms(text, (town, region), spans, key)
    assert [t.place.kind for t in tops] == ["place", "admin1"]
    # no container: the text's places lie nearer the town than the cape
    text2 = "Cape Varno and Eastholm held a festival."
    town2, near = _town(text2, "Cape Varno", 50.0, 60.0), _town(text2, "Eastholm", 50.1, 60.1)
    spans2 = find_physical(text2)[:1]
    key2 = {(spans2[0].start, spans2[0].end): "town"}
    assert physical_toponyms(text2, (town2, near), spans2, key2)[0].place.kind == "place"
    # the text's places nearer the cape: the cape
    far = _town(text2, "Eastholm", 10.5, 20.5)
    top = physical_toponyms(text2, (town2, far), spans2, key2)[0]
    assert top.place.kind == "physical" and top.physical == "cape" and top.cue == "physical"
    # alone: a small town gives way, a large one keeps its name
    assert physical_toponyms(text2, (town2,), spans2, key2)[0].place.kind == "physical"
    big = _town(text2, "Cape Varno", 50.0, 60.0, population=TOWN_POPULATION)
    assert physical_toponyms(text2, (big,), spans2, key2)[0].place.kind == "place"


def test_a_namesake_nearest_the_text_places_is_taken(small_table):
    text = "Boats left Porta for Tolva Island."
    porta = _town(text, "Porta", 41.0, -29.0)
    tops = physical_toponyms(text, (porta,), find_physical(text))
    top = tops[1]
    assert (top.place.name, top.place.lat, top.physical) == ("Tolva", 40.0, "island")
    assert top.to_dict()["physical"] == "island" and top.to_dict()["kind"] == "physical"
    # without other places: the best ranked
    assert physical_toponyms(text, (), find_physical(text))[0].place.lat == -5.0


def test_the_shipped_index_is_the_records_index():
    """The first line's index is what :func:`index_rows` makes of the records now (a
    change to the gazetteer's normalisation needs the table rebuilt)."""
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    head = json.loads(lines[0])
    rows = [json.loads(x) for x in lines[1:]]
    assert head["metadata"]["count"] == len(rows)
    assert head["index"] == index_rows(rows)


def _build_module():
    spec = importlib.util.spec_from_file_location("build_physical", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _feature(props, geometry):
    return {"type": "Feature", "properties": props, "geometry": geometry}


def test_build_script_on_small_sources(tmp_path):
    build = _build_module()
    square = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
    sources = {
        build.POINTS: [
            _feature({"featurecla": "cape", "name": "CAPE  VARNO", "name_alt": None,
                      "scalerank": 3}, {"type": "Point", "coordinates": [20.0, 10.0]}),
            _feature({"featurecla": "waterfall", "name": None, "scalerank": 3},
                     {"type": "Point", "coordinates": [1.0, 1.0]}),
        ],
        build.ELEVATION: [
            _feature({"featurecla": "mountain", "name": "Mt. Kel", "scalerank": 6},
                     {"type": "Point", "coordinates": [5.0, 6.0]}),
        ],
        build.POLYS: [
            _feature({"featurecla": "Range/mtn", "name": "Brannic Mts.", "namealt": None,
                      "scalerank": 2}, square),
            _feature({"featurecla": "Continent", "name": "Europe", "scalerank": 0}, square),
        ],
    }
    for name, features in sources.items():
        (tmp_path / name).write_text(json.dumps({"features": features}), encoding="utf-8")
    table = build.build(tmp_path)
    recs = {r["name"]: r for r in table["features"]}
    assert sorted(recs) == ["Brannic Mountains", "Cape Varno", "Mount Kel"]
    assert recs["Brannic Mountains"]["names"] == ["Brannic Mts."]
    assert "wkt" in recs["Brannic Mountains"] and "wkt" not in recs["Cape Varno"]
    assert recs["Cape Varno"]["lat"] == 10.0 and recs["Cape Varno"]["lon"] == 20.0
    assert build.dumps(table) == build.dumps(build.build(tmp_path))  # deterministic
    out = tmp_path / "physical.json"
    assert build.main(["--source", str(tmp_path), "--out", str(out)]) == 0
    from geo.text.physical_table import read_table

    assert read_table(out.read_text(encoding="utf-8")).find("Brannic", "mountains")


# -- the real table (a few integration tests) ---------------------------------------------


def test_real_table_points_lie_inside_their_polygons():
    table = physical_table()
    for name, word in (("Kola", "peninsula"), ("Crimean", "peninsula"), ("Ural", "mountains"),
                       ("Carpathian", "mountains"), ("Kuril", "islands")):
        f = table.find(name, word)[0]
        assert f.geometry.buffer(0.01).contains(Point(f.lon, f.lat)), f.name


def _tops(gazetteer, text):
    return {t.text: t for t in geoparse(text, gazetteer)}


def test_cape_horn_is_the_cape_in_chile(gazetteer):
    from shapely.ops import nearest_points

    from geo.geometry.measures import distance_km

    top = _tops(gazetteer, "The yacht rounded Cape Horn in heavy seas.")["Cape Horn"]
    assert top.place.kind == "physical" and top.physical == "cape"
    # within 20 km of Chile's land (Natural Earth's polygon in the gazetteer), not the
    # town of British Columbia
    chile = next(c.record for c in gazetteer.lookup("Chile")
                 if gazetteer.kind(c.record) == "country")
    near = nearest_points(gazetteer.geometry(chile), Point(top.lon, top.lat))[0]
    assert distance_km((top.lat, top.lon), (near.y, near.x)) < 20


def test_a_town_named_as_a_cape_stays_the_town_in_its_state(gazetteer):
    tops = _tops(gazetteer, "Tourists filled the hotels of Cape May, New Jersey.")
    assert tops["Cape May"].place.kind == "place"
    assert tops["Cape May"].place.country_code == "US"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Drones struck airfields on the Crimean peninsula.", "Crimea", "peninsula"),
        ("Warships gathered off the Kola Peninsula.", "Kola Peninsula", "peninsula"),
        ("Smugglers moved through the Carpathians into Hungary.", "Carpathian Mountains",
         "range"),
        ("Japan and Russia dispute the Kuril Islands.", "Kuril Islands", "islands"),
        ("A sandstorm swept across the Sahara.", "Sahara", "desert"),
    ],
)
def test_real_features_are_read(gazetteer, text, name, kind):
    found = [t for t in geoparse(text, gazetteer) if t.physical]
    assert [(t.place.name, t.physical) for t in found] == [(name, kind)]
    assert found[0].geometry is not None


def test_snake_island_is_not_in_natural_earth():
    """Natural Earth's layers lack Snake Island, the Kinburn, Arabat and Tendra spits, Cape
    Tarkhankut, Scarborough Shoal and the Golan Heights (see PROVENANCE.md)."""
    table = physical_table()
    assert table.find("Snake", "island") == [] and table.find("Kinburn", "spit") == []
    assert table.named("Cape Tarkhankut") == [] and table.find("Golan", "highlands") == []



def test_a_feature_far_from_the_text_places_is_a_namesake(small_table):
    """"Mount Washington" of a story from Los Angeles: no mountain 4,000 km off."""
    text = "Ships left Porta and Nessa for Cape Varno."
    a, b = _town(text, "Porta", 60.0, -100.0), _town(text, "Nessa", 61.0, -101.0)
    spans = find_physical(text)
    unknown = {(spans[0].start, spans[0].end): "unknown"}
    top = physical_toponyms(text, (a, b), spans, unknown)[-1]
    assert top.text == "Cape Varno" and top.place is None
    # a name recognition did not read whole as a place: the feature, however far
    assert physical_toponyms(text, (a, b), spans)[-1].place.kind == "physical"
    # one place of the text is not enough to call it a namesake
    assert physical_toponyms(text, (a,), spans, unknown)[-1].place.kind == "physical"
    # the text's places around it: the feature
    c, d = _town(text, "Porta", 10.5, 20.5), _town(text, "Nessa", 11.0, 21.0)
    assert physical_toponyms(text, (c, d, a), spans, unknown)[-1].place is not None


def test_a_world_feature_is_never_a_namesake(small_table):
    text = "Ships left Porta and Nessa for the Kesh."
    a, b = _town(text, "Porta", 60.0, -100.0), _town(text, "Nessa", 61.0, -101.0)
    spans = find_physical(text)
    unknown = {(spans[0].start, spans[0].end): "unknown"}
    assert physical_toponyms(text, (a, b), spans, unknown)[-1].place.name == "Kesh Desert"


def test_a_town_name_resolution_left_unplaced_is_as_a_name_unknown(small_table):
    text = "Ships left Porta and Nessa for Cape Varno."
    a, b = _town(text, "Porta", 60.0, -100.0), _town(text, "Nessa", 61.0, -101.0)
    spans = find_physical(text)
    s = spans[0]
    unplaced = Toponym(s.start, s.end, "Cape Varno", None, 0.0)
    tops = physical_toponyms(text, (a, b, unplaced), spans, {(s.start, s.end): "town"})
    assert tops[-1].text == "Cape Varno" and tops[-1].place is None and tops[-1].cue == "physical"
    # near the text's places: the feature
    c, d = _town(text, "Porta", 10.5, 20.5), _town(text, "Nessa", 11.0, 21.0)
    tops = physical_toponyms(text, (c, d, unplaced), spans, {(s.start, s.end): "town"})
    assert tops[-1].place.kind == "physical"


# -- an island named like a region elsewhere (texts written for these tests) ----------


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        # not the Bahamas' Long Island district: the island of New York
        ("Commuters from Long Island and Queens crowded the trains into Manhattan.",
         "Long Island", 40.858, -73.058),
        ("Beaches on Long Island, east of New York City, were closed.",
         "Long Island", 40.858, -73.058),
        ("Long Island ferries run to Fire Island from Bay Shore.", "Long Island", 40.858, -73.058),
        # not Uruguay's department: Indonesia's island
        ("Ferries carried rice from Kupang to Flores and Sumba.", "Flores", -8.594, 121.157),
        # not the Philippine province: the Galapagos island
        ("Tourists sailed from Puerto Ayora to Isabela in the Galapagos, Ecuador.",
         "Isabela", -0.5289, -91.1598),
    ],
)
def test_an_island_named_like_a_region_elsewhere(gazetteer, text, name, lat, lon):
    t = next(t for t in geoparse(text, gazetteer) if t.text == name)
    assert (t.place.kind, t.place.lat, t.place.lon) == ("physical", lat, lon)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tourists flew from Nassau to Long Island in the Bahamas.", "Long Island", "admin1"),
        ("Long Island, Bahamas, was hit by the hurricane near Exuma.", "Long Island", "admin1"),
        ("Drones struck Crimea overnight.", "Crimea", "admin1"),  # the region is here
        ("Wine from Piedmont is sold in Turin and Milan.", "Piedmont", "admin1"),
    ],
)
def test_a_region_near_the_texts_places_keeps_the_name(gazetteer, text, name, kind):
    t = next(t for t in geoparse(text, gazetteer) if t.text == name)
    assert t.place.kind == kind
