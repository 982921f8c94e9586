"""The geoparser on articles written for these tests (and the seed, when present)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geo
from geo.text.geoparse import Weights, find_mentions, geoparse, tokenize

from .conftest import ROOT, SHARED
from .waiting import CHILD_TIMEOUT_S

pytestmark = pytest.mark.gazetteer

SEED = SHARED / "seeds" / "000_944e834f7d2eb772.txt"
EXAMPLE = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"


def found(text, gazetteer, **kw):
    """(surface text, geonameid or None, kind) of every toponym."""
    return [
        (t.text, t.place.geonameid if t.place else None, t.kind)
        for t in geo.analyze(text, gazetteer=gazetteer, **kw).toponyms
    ]


def spans(text, gazetteer, **kw):
    return {t.text for t in geo.analyze(text, gazetteer=gazetteer, **kw).toponyms}


def check_bodies_article(text, gazetteer):
    """What the seed and its retelling must yield."""
    tops = geo.analyze(text, gazetteer=gazetteer).toponyms
    ids = {t.place.geonameid for t in tops if t.place}
    assert {692194, 745044, 703448, 690791, 2017370} <= ids  # Sumy Istanbul Kyiv UA RU
    kursk = {(t.kind, t.cue) for t in tops if t.text.startswith("Kursk")}
    assert ("admin1", "region") in kursk  # "the Kursk region" -> Kursk Oblast
    assert any(kind == "place" for kind, _ in kursk)  # "expelled from Kursk" -> the city
    for t in tops:
        assert text[t.start : t.end] == t.text
        assert not any(w in t.text for w in ("Vladimir", "Medinsky", "Putin", "June", "August"))
    kiev = [t for t in tops if t.text == "Kiev"]
    assert kiev and all(t.place.name == "Kyiv" for t in kiev)


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")
def test_seed_article(gazetteer):
    text = SEED.read_text(encoding="utf-8")
    check_bodies_article(text, gazetteer)
    # The byline names a person, not a place.
    byline = [line for line in text.splitlines() if line.strip()][4]
    offset = text.index(byline)
    tops = geo.analyze(text, gazetteer=gazetteer).toponyms
    assert not [t for t in tops if offset <= t.start < offset + len(byline)]


def test_example_article_told_in_other_words(gazetteer):
    check_bodies_article(EXAMPLE.read_text(encoding="utf-8"), gazetteer)


def test_people_are_not_places(gazetteer):
    text = "Vladimir Putin spoke to Vladimir Zelensky. Later Putin flew to Vladimir."
    tops = found(text, gazetteer)
    assert [t[0] for t in tops] == ["Vladimir"]
    assert tops[0][1] == 473247  # the Russian city, at the end of the last sentence
    assert found("President Kennedy visited Dallas.", gazetteer)[0][0] == "Dallas"
    assert "Kennedy" not in spans("President Kennedy visited Dallas.", gazetteer)


def test_surname_seen_once_is_remembered(gazetteer):
    text = "Barack Obama arrived on Monday. Obama later left for Chicago."
    assert spans(text, gazetteer) == {"Chicago"}


def test_months_days_and_common_words(gazetteer):
    text = "In March, on a Sunday, most residents of Mobile said so. Reading the news was hard."
    assert spans(text, gazetteer) == {"Mobile"}


@pytest.mark.parametrize(("text", "name", "near"), [
    # A power plant whose site lies off its namesake is read there (Enerhodar, Kurchatov:
    # geo.text.facilities).
    ("Shelling hit the Zaporizhzhia nuclear power plant again.", "Zaporizhzhia", (47.5, 34.66)),
    ("Shelling hit the Zaporizhzhia Nuclear Power Plant again.", "Zaporizhzhia", (47.5, 34.66)),
    ("Drones attacked the Kursk Nuclear Power Plant on Sunday.", "Kursk", (51.65, 35.69)),
    ("Drones attacked the Kursk nuclear power plant on Sunday.", "Kursk", (51.65, 35.69)),
    ("Ukrainian drones hit the Novoshakhtinsk refinery overnight.", "Novoshakhtinsk",
     (47.8, 39.9)),
    ("Flights resumed at the Boryspil airport on Monday.", "Boryspil", (50.35, 30.95)),
    ("A missile hit the Odesa port overnight.", "Odesa", (46.5, 30.7)),
])  # fmt: skip
def test_a_facility_named_after_a_place_is_located_by_it(text, name, near, gazetteer):
    """Either case, one toponym: the place's name, located there (or at a power plant's
    site), its cue saying it stands for the facility (as the news corpora's annotators
    read "the Bali airport")."""
    [top] = geo.analyze(text, gazetteer=gazetteer).toponyms
    assert (top.text, top.cue) == (name, "facility")
    assert abs(top.lat - near[0]) < 0.3 and abs(top.lon - near[1]) < 0.3


def test_rivers_named_after_places(gazetteer):
    # The river itself is a water body (geo.text.water), never the city of Dnipro.
    assert spans("The Dnipro river rose again.", gazetteer) == {"Dnipro river"}
    assert spans("Drones struck Zaporizhzhia overnight.", gazetteer) == {"Zaporizhzhia"}


def test_diseases_named_after_places(gazetteer):
    text = ("Cases of the Marburg virus, Lassa fever and the Reston ebolavirus were "
            "reported; the outbreak began in Marburg.")
    assert [t.text for t in geo.analyze(text, gazetteer=gazetteer).toponyms] == ["Marburg"]
    text = "Cases of the Marburg Virus and Lassa Fever were reported."  # capitalised too
    assert geo.analyze(text, gazetteer=gazetteer).toponyms == ()


def test_organisations(gazetteer):
    text = "The Rapid Support Forces said they had surrounded El Fasher."
    assert spans(text, gazetteer) == {"El Fasher"}


def test_front_line_resolution_prefers_the_front(gazetteer):
    text = "Russian forces pressed towards Pokrovsk and Kostiantynivka in the Donetsk region."
    tops = {t.text: t for t in geo.analyze(text, gazetteer=gazetteer).toponyms}
    assert tops["Pokrovsk"].place.geonameid == 704422
    assert tops["Pokrovsk"].place.country_code == "UA"
    assert tops["Donetsk"].kind == "admin1" and tops["Donetsk"].cue == "region"


def test_region_words(gazetteer):
    for text in ("Strikes hit the Sumy region.", "Strikes hit Sumy Oblast.",
                 "Strikes hit the province of Sumy."):
        (top,) = geo.analyze(text, gazetteer=gazetteer).toponyms
        assert top.kind == "admin1" and top.place.admin1_code == "21", text
    (top,) = geo.analyze("Strikes hit the city of Sumy.", gazetteer=gazetteer).toponyms
    assert top.kind == "place" and top.cue == "city"


def test_cyrillic_names(gazetteer):
    tops = found("Вибухи пролунали у місті Харків та в Суми.", gazetteer)
    assert (706483, "place") in {(t[1], t[2]) for t in tops}


def test_containers_pick_the_right_namesake(gazetteer):
    tops = {t.text: t for t in geo.analyze(
        "A fire broke out in Alexandria, La., on Tuesday.", gazetteer=gazetteer).toponyms}
    assert tops["Alexandria"].place.country_code == "US"
    assert tops["Alexandria"].place.admin1_code == "LA"
    assert tops["La."].place.name == "Louisiana"
    tops = {t.text: t for t in geo.analyze(
        "Flooding hit Paris, Texas, and Paris, France.", gazetteer=gazetteer).toponyms}
    assert {t.place.country_code for t in geo.analyze(
        "Flooding hit Paris, Texas.", gazetteer=gazetteer).toponyms} == {"US"}
    # A container with two readings (a country and a US state) keeps both.
    athens = geo.analyze("He was born in Athens, Georgia.", gazetteer=gazetteer).toponyms[0]
    assert (athens.place.country_code, athens.place.admin1_code) == ("US", "GA")


def test_lists_of_regions_are_read_as_regions(gazetteer):
    """A list of states is not read as small towns named after them (Oregon, Ohio),
    nor as a name and its container ("Michigan, Oregon")."""
    text = (
        "Cases were reported in Michigan, Oregon, New Mexico, New York, Indiana, Ohio "
        "and Utah. The disorder hit Georgia, Oklahoma, Pennsylvania and California."
    )
    tops = geo.analyze(text, gazetteer=gazetteer).toponyms
    names = ["Michigan", "Oregon", "New Mexico", "New York", "Indiana", "Ohio", "Utah",
             "Georgia", "Oklahoma", "Pennsylvania", "California"]
    assert [(t.text, t.kind, t.place.country_code) for t in tops] == [
        (name, "admin1", "US") for name in names
    ]
    # Two names joined by a comma are still a town and its state.
    (oregon, _ohio) = geo.analyze("He lives in Oregon, Ohio.", gazetteer=gazetteer).toponyms
    assert (oregon.kind, oregon.place.admin1_code) == ("place", "OH")
    # A list of cities keeps a state a state.
    tops = {t.text: t for t in geo.analyze(
        "Letters reached New York City and Florida.", gazetteer=gazetteer).toponyms}
    assert tops["Florida"].kind == "admin1"


def test_counties(gazetteer):
    text = ("Deputies in Walker County arrested two men near LaFayette, Georgia. "
            "The Butler County Sheriff's Office said nothing.")
    tops = {t.text: t for t in geo.analyze(text, gazetteer=gazetteer).toponyms}
    walker = tops["Walker County"]
    assert (walker.kind, walker.place.admin1_code) == ("admin2", "GA")
    assert tops["Butler County"].kind == "admin2"  # a county inside an office's name
    # A surname is not a county: counties are named with their "County".
    assert [t.kind for t in geo.analyze("Mr Walker said so.", gazetteer=gazetteer).toponyms] == []


def test_state_cue_picks_the_state(gazetteer):
    for text in ("A cow from a Washington state farm tested positive.",
                 "It was found in the state of Washington."):
        (top,) = geo.analyze(text, gazetteer=gazetteer).toponyms
        assert (top.kind, top.place.admin1_code) == ("admin1", "WA")


def test_french_elisions_join_names(gazetteer):
    tops = geo.analyze("Strains from Zaire, Côte d'Ivoire and Sudan.", gazetteer=gazetteer)
    assert [(t.text, t.place.country_code) for t in tops.toponyms] == [
        ("Zaire", "CD"), ("Côte d'Ivoire", "CI"), ("Sudan", "SD")]


def test_names_with_lower_case_connectors(gazetteer):
    text = "Aid reached the Republic of the Congo, Bosnia and Herzegovina and Stratford upon Avon."
    tops = geo.analyze(text, gazetteer=gazetteer).toponyms
    assert [(t.text, t.place.country_code) for t in tops] == [
        ("Republic of the Congo", "CG"), ("Bosnia and Herzegovina", "BA"),
        ("Stratford upon Avon", "GB")]


def test_countries_beat_alternate_names(gazetteer):
    (top,) = geo.analyze("Talks were held in Mexico.", gazetteer=gazetteer).toponyms
    assert top.kind == "country" and top.place.country_code == "MX"


def test_demonyms_only_when_asked(gazetteer):
    text = "Russian troops and Ukrainian drones."
    assert found(text, gazetteer) == []
    tops = found(text, gazetteer, demonyms=True)
    assert [(t[0], t[2]) for t in tops] == [("Russian", "country"), ("Ukrainian", "country")]
    assert [t[1] for t in tops] == [2017370, 690791]


def test_no_confident_match_keeps_the_mention(gazetteer):
    tops = geoparse("Fighting near Sumy.", gazetteer, weights=Weights(min_score=2.0))
    assert [(t.text, t.place) for t in tops] == [("Sumy", None)]
    assert geo.analyze("", gazetteer=gazetteer).toponyms == ()


def test_possessives_and_offsets(gazetteer):
    text = "Kyiv's mayor and Kharkiv’s governor spoke."
    tops = geo.analyze(text, gazetteer=gazetteer).toponyms
    assert [(t.text, text[t.start : t.end]) for t in tops] == [("Kyiv", "Kyiv"),
                                                                ("Kharkiv", "Kharkiv")]


def test_tokenize_marks_sentence_starts():
    toks = tokenize('He left. "Then Kyiv\nSumy')
    assert [(t.text, t.initial) for t in toks] == [
        ("He", True), ("left", False), ("Then", True), ("Kyiv", False), ("Sumy", True)
    ]


def test_same_input_same_output(gazetteer):
    text = EXAMPLE.read_text(encoding="utf-8")
    a = geo.analyze(text, gazetteer=gazetteer).to_dict()
    b = geo.analyze(text, gazetteer=gazetteer).to_dict()
    assert json.dumps(a) == json.dumps(b)
    assert find_mentions(text, gazetteer)


def test_analysis_json_contract(gazetteer):
    d = geo.analyze("Shelling near Sumy.", gazetteer=gazetteer, id="x1").to_dict()
    assert d["id"] == "x1" and d["claims"] == []
    assert [(f["kind"], f["anchor"]) for f in d["features"]] == [("near", 0)]
    (t,) = d["toponyms"]
    for key in ("start", "end", "text", "name", "geonameid", "kind", "country_code", "lat",
                "lon", "score"):
        assert key in t
    assert (t["name"], t["geonameid"], t["kind"], t["country_code"]) == ("Sumy", 692194,
                                                                          "place", "UA")


def test_parse_cli_jsonl_with_a_bad_line(tmp_path, gazetteer):
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "Fighting near Pokrovsk."}\n'
        "{not json\n"
        '{"id": "c", "text": 42}\n'
        '{"id": "d", "text": "Talks in Istanbul.", "extra": true}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "geo.cli", "parse", "--jsonl", str(src), "-o", str(out)],
        capture_output=True, text=True, timeout=CHILD_TIMEOUT_S,
    )
    assert proc.returncode == 1, proc.stderr  # some lines failed: error records, exit 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "c", "d"]
    assert "error" in rows[1] and rows[1]["line"] == 2 and "error" in rows[2]
    assert rows[0]["toponyms"][0]["geonameid"] == 704422
    assert rows[3]["toponyms"][0]["geonameid"] == 745044
    assert "2 input line(s)" in proc.stderr


def test_parse_cli_article_and_errors(tmp_path, gazetteer):
    def run(*args, stdin=None):
        return subprocess.run([sys.executable, "-m", "geo.cli", "parse", *args],
                              capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, input=stdin)

    proc = run("-", stdin="Shelling near Sumy.")
    assert proc.returncode == 0 and json.loads(proc.stdout)["toponyms"][0]["name"] == "Sumy"
    for args in (["missing.txt"], [str(tmp_path)], []):
        proc = run(*args)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, args
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    proc = run(str(binary))
    assert proc.returncode == 2 and "UTF-8" in proc.stderr
    out = tmp_path / "nowhere" / "x.json"
    proc = run(str(EXAMPLE), "-o", str(out))
    assert proc.returncode == 2 and not out.exists()
    assert not Path(tmp_path / "nowhere").exists()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_gives_valid_spans(gazetteer, text):
    analysis = geo.analyze(text, gazetteer=gazetteer)
    last = -1
    for t in analysis.toponyms:
        assert 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text
        assert t.start > last  # in order, not overlapping
        last = t.end - 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Sumy", "Kyiv", "near", "the", "Oblast", "region", "of",
                                 "Kharkiv", "President", "Mr.", ",", ".", "\n", "'s", "-",
                                 "Vladimir", "Putin", "La.", "N.Y.", "U.S."]), max_size=30))
def test_word_salad_never_breaks(gazetteer, words):
    text = " ".join(words)
    for t in geo.analyze(text, gazetteer=gazetteer, demonyms=True).toponyms:
        assert text[t.start : t.end] == t.text


def _reference_tokens(text):
    """Word tokens the plain way: every match of the word pattern, one by one."""
    from geo.gazetteer.normalize import normalize
    from geo.text.tokens import _OPENERS, _SENTENCE_END, _WORD, _is_capitalized

    out = []
    prev_end = 0
    for m in _WORD.finditer(text):
        word, (start, end) = m.group(), m.span()
        if word == "s" and start and text[start - 1] in "'’":
            continue
        capitalized = _is_capitalized(word)
        initial = False
        if capitalized:
            gap = text[prev_end:start]
            if not out or "\n" in gap:
                initial = True
            else:
                stripped = gap.rstrip(_OPENERS)
                initial = bool(stripped) and stripped[-1] in _SENTENCE_END
        norm = word.lower().replace("'", "") if word.isascii() else normalize(word)
        out.append((start, end, word, norm, capitalized, initial))
        prev_end = end
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aBc D'’s.,\n-éÉ1 dLl")), max_size=60))
def test_lazy_tokens_match_the_plain_tokenizer(text):
    from geo.text.tokens import _Tokens

    assert [tuple(t) for t in tokenize(text)] == _reference_tokens(text)
    tokens = _Tokens(text)
    assert tokens.capitalized == [k for k, t in enumerate(tokenize(text)) if t.capitalized]


def test_batch_probes_and_rows_agree_with_single_ones(mini_gazetteer, mini_index_path):
    from geo.gazetteer.index import Gazetteer

    names = ["sumy", "kursk", "new", "new york", "nowhere at all", "kyiv", ""]
    fresh = Gazetteer.open(mini_index_path)
    fresh.probe_many(names)
    fresh.rows_many(range(len(fresh)))
    for name in names:
        assert fresh.probe_normalized(name) == mini_gazetteer._probe(name), name
        assert fresh.lookup_normalized(name) == mini_gazetteer.lookup_normalized(name), name
    for record in range(len(fresh)):
        assert fresh.row(record) == mini_gazetteer._row(record)


# Letters, digits of other scripts, "_", apostrophes, invisible joiners, a title-case
# letter, a lone surrogate, a dateline dash: the characters the two word finders must agree on.
_TOKEN_CHARS = list("aBc D'’s.,\n-éÉ1 dLl_\u0661\u00b2ǅß\u200b\u00ad\u2060()—\ud800")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TOKEN_CHARS), max_size=120))
def test_word_spans_match_the_word_pattern(text):
    """Longer texts are split from their character classes, shorter ones by the pattern:
    both give the same tokens (offsets, possessives, capitals, sentence starts)."""
    from geo.text import tokens as tk

    by_pattern = tk._Tokens(text)
    words, starts, ends, upper = tk._span_words(text)
    assert words == by_pattern.words
    assert (list(starts), list(ends)) == (by_pattern.starts, by_pattern.ends)
    if not tk._has_elision(text):
        assert upper.tolist() == by_pattern.capitalized
    long_text = text + " " * tk._SPLIT_BELOW  # the same words, split from the classes
    assert tk._split_words(long_text) == (words, list(starts), list(ends))
    by_classes = tk._Tokens(long_text)
    assert [tuple(t) for t in by_classes] == [tuple(t) for t in by_pattern]
    assert by_classes.capitalized == by_pattern.capitalized


def test_long_texts_keep_offsets_in_arrays():
    from array import array

    from geo.text import tokens as tk

    text = "Troops left Kyiv's suburbs for d'Ivoire. " * 8000
    tokens = tk._Tokens(text)
    assert isinstance(tokens.starts, array) and len(tokens) == 6 * 8000
    assert tokens.words[:6] == ["Troops", "left", "Kyiv", "suburbs", "for", "d'Ivoire"]
    assert tokens.capitalized[:3] == [0, 2, 5]
    assert tokens[-1].text == "d'Ivoire" and tokens[-1].end == len(text) - 2
