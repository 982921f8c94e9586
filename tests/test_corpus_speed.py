"""Speed work must not change results: windowed spatial patterns, stages, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import spatial

from .conftest import SHARED


def _whole_text(pattern, text, windows, need=()):
    return pattern.finditer(text)


def _features(text, gazetteer):
    from geo.text.geoparse import geoparse

    return [f.to_dict() for f in spatial.extract_features(text, geoparse(text, gazetteer),
                                                          gazetteer)]


@pytest.mark.corpus
@pytest.mark.gazetteer
@pytest.mark.parametrize("corpus", ["tr-news", "geovirus", "geowebnews"])
def test_windowed_patterns_find_the_same_features_on_the_dev_corpora(
    corpus, shared_eval, gazetteer, monkeypatch
):
    """Every feature of every document, with the prefilter and with whole-text searches."""
    lines = (shared_eval / f"{corpus}-dev.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    seed = SHARED / "seeds" / "000_944e834f7d2eb772.txt"
    if seed.is_file():
        texts.append(seed.read_text(encoding="utf-8"))
    fast = [_features(t, gazetteer) for t in texts]
    monkeypatch.setattr(spatial.windows, "qty_matches", _whole_text)
    slow = [_features(t, gazetteer) for t in texts]
    assert fast == slow
    assert sum(map(len, fast)) > 0


PHRASES = [
    "within approximately 10 miles (16 kilometers) of ",
    "some 60 km to the south-east",
    "less than  5\tkm from ",
    "an 80-kilometre radius around ",
    "55 km north-west of ",
    "two hundred and fifty miles NE of ",
    "between 10 and 15 km from ",
    "on the northern outskirts of ",
    "the city's southern suburbs",
    "10km",
    "I'm ",
    "more than 1000000 km south-west of ",
]
PLACES = ["Sumy", "Donetsk", "Kharkiv", "the city", "Pokrovsk", "Kyiv, Ukraine"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PHRASES), st.sampled_from(PLACES),
                          st.sampled_from([". ", ", ", " and ", "\n\n", " " * 30])),
                min_size=1, max_size=12))
def test_windowed_patterns_match_whole_text_searches(parts):
    text = "".join(p + q + r for p, q, r in parts)
    windows = spatial._unit_windows(text)
    outskirts = spatial._unit_windows(text, spatial._OUTSKIRTS_HIT, 200, 200)
    for pattern in (spatial._P_WITHIN, spatial._P_BOUND, spatial._P_RADIUS,
                    spatial._P_RADIUS_OF, spatial._P_BARE, spatial._P_OFFSET):
        got = [(m.span(), m.groupdict()) for m in spatial._qty_matches(pattern, text, windows)]
        assert got == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    for pattern, need in ((spatial._P_WITHIN, ("within",)), (spatial._P_BARE, ("from",)),
                          (spatial._P_RADIUS, ("radius", "zone", "perimeter")),
                          (spatial._P_RADIUS_OF, ("radius",))):
        got = [(m.span(), m.groupdict())
               for m in spatial._qty_matches(pattern, text, windows, need)]
        assert got == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    offsets = spatial._direction_windows(text, windows)
    got = [(m.span(), m.groupdict())
           for m in spatial._qty_matches(spatial._P_OFFSET, text, offsets)]
    assert got == [(m.span(), m.groupdict()) for m in spatial._P_OFFSET.finditer(text)]
    got = [m.span() for m in spatial._qty_matches(spatial._P_OUTSKIRTS, text, outskirts)]
    assert got == [m.span() for m in spatial._P_OUTSKIRTS.finditer(text)]


def test_importing_geo_stays_light():
    """`import geo` loads neither the text pipeline, geopy, requests, folium nor pandas."""
    code = (
        "import sys, geo; heavy = ['geo.analysis', 'geo.geocoders', 'geopy', 'requests', "
        "'folium', 'pandas', 'shapely', 'pyproj', 'trafilatura', 'dask']; "
        "print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_public_names_still_resolve():
    import geo

    for name in geo.__all__:
        assert getattr(geo, name) is not None, name
    assert geo.ring.__module__ == "geo.geometry"
    with pytest.raises(AttributeError):
        geo.no_such_name  # noqa: B018


@pytest.mark.gazetteer
def test_geo_parse_loads_no_geocoder_web_or_map_stack(tmp_path):
    """`geo parse` runs without geopy, requests, folium, pandas or trafilatura."""
    article = tmp_path / "a.txt"
    article.write_text("Drones struck Sumy, 30 km north-west of Kharkiv, officials said.",
                       encoding="utf-8")
    code = (
        "import sys, io, contextlib\n"
        "from geo.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['parse', {str(article)!r}]) == 0\n"
        "heavy = ['geopy', 'requests', 'folium', 'pandas', 'trafilatura', 'dask']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
