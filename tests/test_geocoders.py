"""geopy-compatible geocoders: offline first, online only when asked for."""

from __future__ import annotations

import time

import pytest
from geopy.location import Location
from geopy.point import Point as GeopyPoint
from shapely.geometry import Point

from geo.errors import InputError
from geo.geocoders import (
    CachedGeocoder,
    GazetteerGeocoder,
    GeocoderChain,
    online_geocoder,
    parse_region_query,
)
from geo.geometry import area_km2


@pytest.fixture
def geocoder(mini_gazetteer):
    return GazetteerGeocoder(mini_gazetteer)


def test_constructor_does_no_io(monkeypatch):
    import geo.geocoders.offline as mod

    def boom(*a, **k):
        raise AssertionError("loaded the gazetteer in the constructor")

    monkeypatch.setattr(mod, "load_gazetteer", boom)
    GazetteerGeocoder()  # must not call load_gazetteer


def test_geocode_returns_geopy_location(geocoder):
    loc = geocoder.geocode("Sumy")
    assert isinstance(loc, Location)
    assert (loc.latitude, loc.longitude) == (50.91741, 34.79906)
    assert loc.raw["geonameid"] == 692194 and loc.raw["kind"] == "place"
    assert loc.raw["country_code"] == "UA" and loc.raw["admin1"] == "21"
    assert loc.raw["population"] == 256474 and "Сумы" in loc.raw["alternatives"]
    assert loc.address == "Sumy, Ukraine"


def test_bare_name_prefers_namesake_city_region_word_prefers_region(geocoder):
    assert geocoder.geocode("Kursk").raw["kind"] == "place"
    for query in ("Kursk region", "the Kursk region", "Kursk Oblast", "Kurskaya oblast'"):
        loc = geocoder.geocode(query, geometry=True)
        assert loc.raw["kind"] == "admin1", query
        assert abs(area_km2(loc.raw["geometry"]) - 29_997) / 29_997 < 0.05
    # Kyiv city is its own region (UA.12) inside Kyiv Oblast (UA.13): still the city.
    assert geocoder.geocode("Kiev").raw["geonameid"] == 703448


def test_exactly_one_false_limit_and_filters(geocoder):
    found = geocoder.geocode("Pokrovsk", exactly_one=False)
    assert [x.raw["name"] for x in found] == ["Pokrovsk", "Engels", "Pokrovsk"]
    assert found[0].raw["country_code"] == "UA"
    assert len(geocoder.geocode("Pokrovsk", exactly_one=False, limit=1)) == 1
    only_ru = geocoder.geocode("Pokrovsk", exactly_one=False, country_codes="ru")
    assert {x.raw["country_code"] for x in only_ru} == {"RU"}
    assert geocoder.geocode("Sumy", kinds=["admin1"]).raw["kind"] == "admin1"
    assert geocoder.geocode("Atlantis") is None
    assert geocoder.geocode("Atlantis", exactly_one=False) is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"query": ""}, "non-empty"),
        ({"query": "Sumy", "country_codes": "Ukraine"}, "alpha-2"),
        ({"query": "Sumy", "limit": 0}, "positive"),
        ({"query": "Sumy", "kinds": ["town"]}, "valid"),
        ({"query": "a" * 10_000_000}, "at most 1,000"),  # refused before any reading
    ],
)
def test_bad_queries(geocoder, kwargs, message):
    query = kwargs.pop("query")
    with pytest.raises(InputError, match=message):
        geocoder.geocode(query, exactly_one=False, **kwargs)


@pytest.mark.parametrize(
    "point", [(50.9, 34.8), GeopyPoint(50.9, 34.8), Point(34.8, 50.9)]
)
def test_reverse_accepts_any_point_form(geocoder, point):
    loc = geocoder.reverse(point)
    assert loc.raw["name"] == "Sumy"
    assert 0 < loc.raw["distance_km"] < 3


def test_reverse_many(geocoder):
    found = geocoder.reverse((50.9, 34.8), exactly_one=False, limit=3)
    distances = [x.raw["distance_km"] for x in found]
    assert distances == sorted(distances) and len(found) == 3


def test_parse_region_query():
    assert parse_region_query("Sumy Oblast") == "Sumy"
    assert parse_region_query("the governorate of Idlib") == "Idlib"
    assert parse_region_query("Odesa") is None


class FakeOnline:
    """Stands in for an online geopy geocoder; counts calls, never networks."""

    def __init__(self):
        self.calls = []

    def geocode(self, query, exactly_one=True, timeout=None):
        self.calls.append((time.monotonic(), query))
        if query == "Nowhere":
            return None
        return Location(f"{query}, Online", (1.0, 2.0), {"service": "fake"})

    def reverse(self, query, exactly_one=True, timeout=None):
        self.calls.append((time.monotonic(), query))
        return Location("Somewhere", (1.0, 2.0), {})


def test_chain_tries_offline_first(geocoder):
    online = FakeOnline()
    chain = GeocoderChain([geocoder, online])
    assert chain.geocode("Sumy").raw["geonameid"] == 692194
    assert online.calls == []
    assert chain.geocode("Smallville").address == "Smallville, Online"
    assert len(online.calls) == 1
    with pytest.raises(InputError):
        GeocoderChain([])


def test_cached_geocoder_caches_and_rate_limits(tmp_path):
    online = FakeOnline()
    cached = CachedGeocoder(online, cache_path=tmp_path / "c.sqlite", min_delay_seconds=0.2)
    first = cached.geocode("Smallville")
    again = cached.geocode("Smallville")
    assert len(online.calls) == 1
    assert (again.latitude, again.longitude, again.raw) == (first.latitude, first.longitude,
                                                             first.raw)
    assert cached.geocode("Nowhere") is None and cached.geocode("Nowhere") is None
    cached.geocode("Gotham")
    assert len(online.calls) == 3
    gaps = [b[0] - a[0] for a, b in zip(online.calls, online.calls[1:], strict=False)]
    assert min(gaps) >= 0.19
    cached.close()
    # The cache survives the process: a new wrapper answers without calling.
    fresh = FakeOnline()
    assert CachedGeocoder(fresh, cache_path=tmp_path / "c.sqlite").geocode("Gotham")
    assert fresh.calls == []


def test_online_geocoder_only_builds_what_is_asked(tmp_path):
    with pytest.raises(InputError, match="user_agent"):
        online_geocoder("nominatim", user_agent=" ")
    with pytest.raises(InputError, match="unknown geocoding service"):
        online_geocoder("no-such-service", user_agent="geo-tests")
    g = online_geocoder("nominatim", user_agent="geo-tests", timeout=3,
                        cache_path=tmp_path / "n.sqlite")
    assert g.geocoder.timeout == 3 and g.name == "nominatim"
    assert not (tmp_path / "n.sqlite").exists()  # nothing opened yet


# -- queries as users type them (issue 9) ---------------------------------------------


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("query", "geonameid"),
    [
        ("Paris, France", 2988507),
        ("Kyiv, Ukraine", 703448),
        ("Kharkiv, Ukraine", 706483),
        ("Paris, Texas", 4717560),  # a region restricts too
        ("Albany, N.Y.", 5106834),  # an AP state abbreviation
        ("Moscow, Idaho", 5601538),
        ("Odesa, Ukraine", 698740),
        ("Paris, FR", 2988507),  # an ISO 3166-1 code
        ("Kharkiv, UA", 706483),
    ],
)
def test_trailing_country_or_region_restricts(gazetteer, query, geonameid):
    loc = GazetteerGeocoder(gazetteer).geocode(query)
    assert loc is not None and loc.raw["geonameid"] == geonameid


@pytest.mark.gazetteer
def test_container_outside_any_match_falls_back_to_the_whole_query(gazetteer):
    # No Sumy in Mexico: the comma is not a container then, and nothing is invented.
    assert GazetteerGeocoder(gazetteer).geocode("Sumy, Mexico") is None


@pytest.mark.parametrize("invisible", ["\u200b", "\u00ad", "\u200d", "\ufeff", "\u2060"])
def test_invisible_characters_are_ignored(geocoder, invisible):
    loc = geocoder.geocode(f"Su{invisible}my")
    assert loc is not None and loc.raw["name"] == "Sumy"


@pytest.mark.parametrize("query", ["\ud800", "Sumy\udfff", "\udc80\udc80"])
def test_lone_surrogates_never_raise(geocoder, query):
    found = geocoder.geocode(query)  # no UnicodeEncodeError
    assert found is None or found.raw["name"] == "Sumy"


@pytest.mark.gazetteer
def test_public_geocode_takes_a_lone_surrogate(gazetteer):
    import geo

    assert geo.geocode("\ud800") is None


@pytest.mark.gazetteer
def test_cli_no_match_does_not_echo_a_huge_query(gazetteer, capsys):
    from geo.cli import main

    assert main(["geocode", "x" * 100_000]) == 2  # no place name is that long: bad input
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 200 and "100,000 characters" in err


@pytest.mark.gazetteer
def test_cli_geocode_with_container(gazetteer, capsys):
    import json

    from geo.cli import main

    assert main(["geocode", "Kyiv, Ukraine", "--json", "--limit", "1"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["geonameid"] == 703448


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("query", "geonameid"), [("Hodeidha", 79415), ("Karkhiv", 706483), ("Maarat al-Numan", 167611)]
)
def test_spellings_the_gazetteer_lacks_are_matched(gazetteer, query, geonameid):
    loc = GazetteerGeocoder(gazetteer).geocode(query)
    assert loc.raw["geonameid"] == geonameid and loc.raw["match"] == "spelling"


@pytest.mark.gazetteer
def test_exact_names_never_give_way_to_spellings(gazetteer):
    found = GazetteerGeocoder(gazetteer).geocode("Kharkiv", exactly_one=False, limit=25)
    assert {loc.raw["match"] for loc in found} != {"spelling"}
    assert all(loc.raw["match"] != "spelling" for loc in found)


@pytest.mark.gazetteer
def test_cli_unknown_country_code_is_a_usage_error(gazetteer, capsys):
    from geo.cli import main

    assert main(["geocode", "Paris", "--country", "XX"]) == 2
    assert "not an ISO 3166-1 alpha-2" in capsys.readouterr().err


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("query", "geonameid"),
    [
        ("Chornobyl", 710403),  # its own name, not Lazurnyi (GeoNames lists it so too)
        ("Artemovsk", 713174),  # Bakhmut's old name: a town of note, not the Siberian village
        ("Kharkov", 706483),
        ("Nikolayev", 700569),  # Mykolaiv, not the hamlet of Nikolayev in Rostov Oblast
        ("Dnepropetrovsk", 709930),
        ("Kalinin", 480060),  # Tver, a city of 420,000, not the village called so
        ("Stalingrad", 472757),
        ("Vasilyevka", 686729),  # a spelling of Vasylivka's own name stays Vasylivka's
    ],
)
def test_own_name_against_other_names(gazetteer, query, geonameid):
    loc = GazetteerGeocoder(gazetteer).geocode(query)
    assert loc is not None and loc.raw["geonameid"] == geonameid



def test_a_long_name_is_spelt_like_nothing(geocoder):
    """Matching by spelling tries each letter left out: a 5,000-letter name would cost
    25 M characters; past the longest names there is nothing to match."""
    gaz = geocoder.gazetteer
    assert gaz.lookup_fuzzy("a" * 5000) == []
    assert geocoder.geocode("Kharkivv") is not None  # a typo of a real name still matches


def test_a_skeleton_match_opens_as_the_name_does(gazetteer):
    """Vowels are dropped from skeletons: "Umanske" (a vowel first) and "Minsk" share
    one, but a spelling adds no opening vowel to a name; "Hodeidha" still finds Al
    Hudaydah (the article aside)."""
    assert "Minsk" not in {gazetteer.name(c.record) for c in gazetteer.lookup_fuzzy("umanske")}
    assert any(gazetteer.country_code(c.record) == "YE"
               for c in gazetteer.lookup_fuzzy("hodeidha"))
