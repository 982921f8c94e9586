"""The reading copy (geo.text.composed): decomposed letters, stacked marks, odd hyphens
and homoglyphs read plain, offsets the input's."""

import unicodedata

import pytest

import geo
from geo.text.composed import reading_copy


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    a = geo.analyze(text)
    for t in a.toponyms:
        assert text[t.start : t.end] == t.text
    return [
        (t.text, t.place and t.place.name, t.place and t.place.country_code) for t in a.toponyms
    ]


def test_plain_text_has_no_copy():
    assert reading_copy("Shelling hit Kharkiv overnight.") is None
    assert reading_copy("Обстріл Харкова вночі.") is None
    assert reading_copy("Strikes on Malmö and Besançon") is None  # composed already


def test_decomposed_letters_compose_and_spans_cover_their_marks():
    text = _nfd("Rally in Curaçao and Zürich")
    copy, back = reading_copy(text)
    assert copy == "Rally in Curaçao and Zürich"
    s = copy.index("Curaçao")
    assert text[back.start(s) : back.end(s + len("Curaçao"))] == _nfd("Curaçao")
    e = len(copy)
    assert back.end(e) == len(text)  # the last mark stays in the span


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Police in São Paulo said on Monday that 3 people died.", "São Paulo", "BR"),
        ("Strikes hit Dnipró and Zaporižžja, the governor said.", "Zaporižžja", "UA"),
        ("Fans gathered in Göteborg and Besançon on Sunday.", "Besançon", "FR"),
        ("Flooding was reported in Malmö overnight.", "Malmö", "SE"),
    ],
)
def test_decomposed_text_finds_the_names_of_the_composed(sentence, name, country):
    got = _places(_nfd(sentence))
    assert (_nfd(name), country) in [(t, c) for t, _, c in got]
    assert all(c != "AU" for _, _, c in got)  # "Sa" is never South Australia


def test_stacked_marks_are_read_past():
    stacked = "K\u0337\u0322h\u0334a\u0338r\u0335k\u0336i\u0337v\u0338"
    got = _places(stacked + " was hit, the governor said.")
    assert [(n, c) for _, n, c in got] == [("Kharkiv", "UA")]
    got = _places("Drones hit Sum\u0301\u0301y overnight.")
    assert [(n, c) for _, n, c in got] == [("Sumy", "UA")]


def test_homoglyphs_in_a_latin_word_and_dotless_i():
    got = _places("Shelling hit P\u043ekr\u043evsk and Kramat\u043ersk, the governor said.")
    assert [n for _, n, _ in got] == ["Pokrovsk", "Kramatorsk"]
    got = _places("Shelling hit Iz\u0131um and Khark\u0131v.")
    assert [n for _, n, _ in got] == ["Izyum", "Kharkiv"]
    # A word of Cyrillic letters only is left as it is.
    copy = reading_copy("Сумы и Khark\u0131v")[0]
    assert copy == "Сумы и Kharkiv"


@pytest.mark.parametrize("dash", ["\u2011", "\u2010", "\u2013", "\u2212", "\u00ad"])
def test_odd_hyphens_in_compass_points_keep_distance_and_bearing(dash):
    text = f"A depot 30 kilometres north{dash}east of Kharkiv was hit, the army said."
    (f,) = geo.analyze(text).features
    assert (f.kind, f.distance_km, f.bearing_deg) == ("offset", 30.0, 45.0)
    assert text[f.start : f.end] == f.text
    text = f"Shelling 12 km south{dash}west of Sumy."
    (f,) = geo.analyze(text).features
    assert (f.distance_km, f.bearing_deg) == (12.0, 225.0)


def test_en_dash_between_names_is_left():
    assert reading_copy("the Kyiv\u2013Odesa highway") is None


def test_date_offsets_are_the_inputs():
    text = _nfd("KYIV, Ukraine, Nov 3 (Reuters) - Strikes hit Zaporižžja.")
    a = geo.analyze(text)
    if a.date_offsets is not None:
        s, e = a.date_offsets
        assert text[s:e].strip()
    assert any(t.place and t.place.country_code == "UA" for t in a.toponyms)


def test_runs_of_odd_characters_are_read_one_by_one():
    copy, back = reading_copy("Bila\u2011\u2011Tserkva, Sa\u0303\u00ado")
    assert copy == "Bila--Tserkva, São"
    assert back.end(len(copy)) == len("Bila\u2011\u2011Tserkva, Sa\u0303\u00ado")
    # A mark opening the text has no letter: it is left out.
    assert reading_copy("\u0301Kyiv")[0] == "Kyiv"


@pytest.mark.gazetteer
def test_the_geocoder_reads_the_query_so_too(gazetteer):
    from geo.geocoders import GazetteerGeocoder

    coder = GazetteerGeocoder(gazetteer)
    assert coder.geocode("P\u043ekr\u043evsk").raw["name"] == "Pokrovsk"
    assert coder.geocode("Khark\u0131v").raw["name"] == "Kharkiv"
    assert coder.geocode(_nfd("Zaporižžja")).raw["country_code"] == "UA"
