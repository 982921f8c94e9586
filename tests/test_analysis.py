"""Analysis exports: GeoJSON and GeoDataFrame carry features, places and claims."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geo
from geo.geometry import ring
from geo.model import Analysis, Claim, Feature, Quantity, Toponym

from .conftest import ROOT

EXAMPLE = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"


def hand_made() -> Analysis:
    text = "Troops are within 16 km of Sumy, officials said."
    sumy = geo.Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906)
    top = Toponym(27, 31, "Sumy", sumy, 0.9, "")
    feature = Feature(
        "ring",
        11,
        31,
        "within 16 km of Sumy",
        ring((sumy.lat, sumy.lon), 16),
        anchor=0,
        anchors=(0,),
        radius_km=16.0,
    )
    claim = Claim(
        0,
        len(text),
        text,
        "officials",
        "said",
        "asserted",
        quantities=(Quantity(16, "km", "16 km"),),
        toponyms=(0,),
        features=(0,),
    )
    return Analysis(text, (top,), (feature,), (claim,), id="doc-1")


def test_geojson_carries_claims():
    gj = hand_made().to_geojson()
    assert gj["type"] == "FeatureCollection" and gj["id"] == "doc-1"
    ring_f, place_f = gj["features"]
    assert ring_f["geometry"]["type"] == "Polygon"
    assert ring_f["properties"]["radius_km"] == 16.0
    (claim,) = ring_f["properties"]["claims"]
    assert (claim["source"], claim["status"]) == ("officials", "asserted")
    assert place_f["geometry"]["coordinates"] == [34.79906, 50.91741]  # (lon, lat)
    lons = [x for x, _ in ring_f["geometry"]["coordinates"][0]]
    assert all(34.5 < x < 35.1 for x in lons)
    json.dumps(gj)  # serialisable as is


def test_geodataframe():
    df = hand_made().to_geodataframe()
    assert df.crs.to_epsg() == 4326
    assert list(df["layer"]) == ["feature", "place"]
    assert df.geometry.iloc[0].geom_type == "Polygon"


@pytest.mark.gazetteer
def test_exports_of_a_real_article(gazetteer):
    analysis = geo.analyze(EXAMPLE.read_text(encoding="utf-8"), gazetteer=gazetteer)
    gj = analysis.to_geojson()
    places = [f for f in gj["features"] if f["properties"]["layer"] == "place"]
    assert {f["properties"]["name"] for f in places} >= {"Sumy", "Istanbul", "Kyiv"}
    assert len(analysis.to_geodataframe()) == len(gj["features"])


SEED = ROOT.parent / "shared" / "seeds" / "000_944e834f7d2eb772.txt"


@pytest.mark.gazetteer
@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")
def test_seed_acceptance_and_exports(gazetteer):
    from pyproj import Geod

    analysis = geo.analyze(SEED.read_text(encoding="utf-8"), gazetteer=gazetteer)
    rings = [f for f in analysis.features if f.kind == "ring"]
    assert len(rings) == 1 and rings[0].radius_km == 16.0 and rings[0].approximate
    assert analysis.toponyms[rings[0].anchor].place.geonameid == 692194
    geod = Geod(ellps="WGS84")
    for lon, lat in rings[0].geometry.exterior.coords:
        _, _, metres = geod.inv(34.79906, 50.91741, lon, lat)
        assert abs(metres - 16_000) <= 16  # within 0.1 %
    (region,) = [f for f in analysis.features if f.kind == "region"]
    assert abs(geo.area_km2(region.geometry) - 29_997) / 29_997 < 0.05
    by_source = {(c.source, c.status) for c in analysis.claims}
    assert ("Vladimir Medinsky", "asserted") in by_source
    assert ("Ukrainian officials", "denied") in by_source
    assert ("Vladimir Putin", "unverified") in by_source
    gj = analysis.to_geojson()
    ring_props = next(
        f["properties"] for f in gj["features"] if f["properties"].get("kind") == "ring"
    )
    assert ring_props["claims"]  # the claim that speaks of the ring travels with it
    df = analysis.to_geodataframe()
    assert set(df["layer"]) == {"feature", "place"} and df.crs.to_epsg() == 4326


@pytest.mark.gazetteer
@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")
def test_seed_claims_are_not_pinned_on_speaking_capitals(gazetteer):
    # Issue 13: "Moscow said ..." pins no claim on Moscow; issue 11: sides and kinds.
    analysis = geo.analyze(SEED.read_text(encoding="utf-8"), gazetteer=gazetteer)
    for c in analysis.claims:
        assert not any(analysis.toponyms[i].metonymic for i in c.toponyms)
        assert (c.kind == "attributed") == (c.source is not None)
    sides = {(c.source, c.side) for c in analysis.claims if c.source}
    assert ("Ukrainian officials", "UA") in sides
    assert ("Vladimir Putin", "RU") in sides and ("Vladimir Medinsky", "RU") in sides
    moscow = [t for t in analysis.toponyms if t.text == "Moscow"]
    assert moscow and all(t.metonymic for t in moscow)


def test_analysis_json_is_strict_whatever_the_numbers(mini_gazetteer):
    def reject(name):
        raise ValueError(f"non-strict JSON constant {name}")

    text = "Officials counted " + "9" * 400 + " shells near Sumy on Friday, the governor said."
    out = json.dumps(geo.analyze(text, gazetteer=mini_gazetteer).to_dict(), allow_nan=False)
    (claim,) = json.loads(out, parse_constant=reject)["claims"]
    assert claim["quantities"] == []


@pytest.mark.gazetteer
def test_lone_surrogates_become_replacement_characters(gazetteer):
    """A JSON "\\ud800" escape in an article: U+FFFD, same offsets, UTF-8 writable."""
    text = "Kyiv \ud800 and Odesa were hit."
    analysis = geo.analyze(text, gazetteer=gazetteer, title="\udc00 news")
    assert analysis.text == "Kyiv \ufffd and Odesa were hit." and len(analysis.text) == len(text)
    assert [t.text for t in analysis.toponyms] == ["Kyiv", "Odesa"]
    json.dumps(analysis.to_dict(), ensure_ascii=False).encode("utf-8")  # no lone surrogate
    assert analysis.title == "\ufffd news"


from geo.text.document import _ENTRY, _ISSUE_WORDS, lead_title  # noqa: E402


def _title_every_line(text: str) -> str:
    """guess_title as first written: every line of the text stripped, then the first six."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    best = ""
    for line in lines[:6]:
        words = line.split()
        if line.endswith((".", "!", "?", ":")) and len(words) > 8:
            break
        if _ENTRY.match(line):
            break
        if line.startswith("##") or len(_ISSUE_WORDS.sub(" ", line).split()) < 2:
            continue  # a Markdown section heading, a masthead's issue or date line
        if 3 <= len(words) <= 25 and not line.endswith(".") and len(words) > len(best.split()):
            best = line
    title = best or (lead_title(text, lines[0]) if lines else "")
    if "\u00ad" in title or "  " in title:  # what HTML decoded in place leaves, folded
        title = " ".join(title.replace("\u00ad", "").split())
    return title


_LINES = st.lists(st.one_of(st.just(""), st.just(" \t"), st.text(alphabet="ab .!?:\t\x85\u2028",
                                                                  max_size=40)), max_size=12)


@settings(max_examples=500, deadline=None)
@given(_LINES.map("\n".join))
def test_guessed_title_reads_only_the_first_lines(text):
    """The headline guessed from the first six non-empty lines is the one guessed after
    stripping every line of the text."""
    from geo.text.document import guess_title

    assert guess_title(text) == _title_every_line(text)


@pytest.mark.parametrize("given_date", ["2025-06-20", " 2025-06-20T08:15:00+03:00 ",
                                        "2025-06-20T23:59:59Z"])
def test_analyze_reads_an_iso_date_string_as_a_json_line_does(gazetteer, given_date):
    import datetime

    text = "Officials in Kyiv said drones struck Sumy on Friday, a claim that was not verified."
    as_date = geo.analyze(text, gazetteer=gazetteer, date=datetime.date(2025, 6, 20))
    as_text = geo.analyze(text, gazetteer=gazetteer, date=given_date)
    assert as_text == as_date
    assert as_text.to_dict()["date"] == "2025-06-20"
    timestamp = datetime.datetime(2025, 6, 20, 8, 15)
    assert geo.analyze(text, gazetteer=gazetteer, date=timestamp) == as_date
    assert geo.analyze(text, gazetteer=gazetteer, date="").to_dict().get("date") is None


@pytest.mark.parametrize(("bad", "said"), [
    ("20/06/2025", "YYYY-MM-DD, an ISO 8601 or an RFC 2822 timestamp, got '20/06/2025'"),
    ("2025-02-30", "got '2025-02-30'"),
    (20250620, "a datetime.date or an ISO 8601 string, got int"),
    (b"2025-06-20", "got bytes"),
])
def test_analyze_refuses_any_other_date_with_an_input_error(mini_gazetteer, bad, said):
    with pytest.raises(geo.InputError, match="date must be") as info:
        geo.analyze("Shelling near Sumy.", gazetteer=mini_gazetteer, date=bad)
    assert said in str(info.value)


@pytest.mark.gazetteer
def test_geodataframe_columns_are_fixed(gazetteer):
    from geo.model.document import GEODATAFRAME_COLUMNS

    texts = [
        "Nothing happened anywhere worth a mention.",
        "Shelling was reported in Sumy, the governor said.",
        "A drone fell 20 km north of Kharkiv and ships sailed in the Black Sea, officials said.",
        "Fighting raged in the Carpathian Mountains near Uzhhorod.",
    ]
    frames = [geo.analyze(t, gazetteer=gazetteer).to_geodataframe() for t in texts]
    for df in frames:
        assert list(df.columns) == [*GEODATAFRAME_COLUMNS, "geometry"]
        assert df.crs.to_epsg() == 4326
    assert len(frames[0]) == 0
    # Every property the JSON objects carry has its column.
    for t in texts:
        for f in geo.analyze(t, gazetteer=gazetteer).to_geojson()["features"]:
            keys = set(f["properties"]) - {"geometry"}
            assert keys <= set(GEODATAFRAME_COLUMNS)
