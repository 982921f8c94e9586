"""People addressed and speakers' labels are no places (geo.text.addressed), and a
demonym before its noun is no region named like it (geo.text.context_rules)."""

import pytest

from geo.text.addressed import _addressed, drop_addressed, speaker_labels
from geo.text.geoparse import geoparse
from geo.text.tokens import Mention, _norm, _Tokens

_TRANSCRIPT = (
    "ANCHOR: Our correspondent is in Kharkiv. Joanna, what do we know?\n\n"
    "MILLS: Two missiles hit Sumy.\n\n"
    "ANCHOR: Meanwhile in Washington, JACKSON is speaking with officials. Michael?\n\n"
    "JACKSON: Thanks. Talks in Istanbul will go ahead.\n"
)


def _mention(text: str, name: str, nth: int = 0, cue: str = "") -> Mention:
    tokens = _Tokens(text)
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    e = s + len(name)
    first, last = tokens.starts.index(s), tokens.ends.index(e)
    return Mention(s, e, _norm(name), first, last, cue=cue)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Joanna, what do we know?", "Joanna"),
        ("We go to our reporter. Florence, are the roads open?", "Florence"),
        ("Joanna, there are also reports of fighting near Kupiansk?", "Joanna"),
        ("Officials met in Washington. Michael?", "Michael"),
        ("Thank you, Florence.", "Florence"),
        ("Good morning, Victoria!", "Victoria"),
    ],
)
def test_a_given_name_addressed_is_a_person(text, name):
    assert _addressed(text, _mention(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Florence, where the talks were held, was quiet.", "Florence"),
        ("Victoria, the state's capital, voted.", "Victoria"),
        ("Kharkiv, what a city it was?", "Kharkiv"),  # no given name
        ("Talks moved to Florence.", "Florence"),
        ("Thank you, Florence police said in a statement.", "Florence"),
    ],
)
def test_a_place_named_so_is_no_person_addressed(text, name):
    assert not _addressed(text, _mention(text, name))


def test_a_transcripts_labels_and_capitalised_speakers():
    assert speaker_labels(_TRANSCRIPT) == {"ANCHOR", "MILLS", "JACKSON"}
    label = _mention(_TRANSCRIPT, "JACKSON", nth=1)
    spoken_of = _mention(_TRANSCRIPT, "JACKSON")
    place = _mention(_TRANSCRIPT, "Istanbul")
    assert drop_addressed(_TRANSCRIPT, [spoken_of, place, label]) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW: Russia said on Monday it had taken the village.",
        "KYIV: Air raid alerts sounded.\nKYIV: The alert ended.\nODESA: Drones hit the port.",
        "No colon here at all.",
    ],
)
def test_datelines_with_a_colon_make_no_transcript(text):
    assert speaker_labels(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "[00:00:04] HOST (Maria): Welcome back.\n[00:00:12] TOM: So, I was in Orikhiv.\n"
            "[00:01:27] JORDAN: I was in Huliaipole.\n",
            {"HOST", "Maria", "TOM", "JORDAN"},
        ),
        ("(12:04) ANCHOR: Hello.\n(12:05) GEORGIA: Thanks, Bill.\n", {"ANCHOR", "GEORGIA"}),
        ("JORDAN: I was in Huliaipole briefly on the 25th.", {"JORDAN"}),
        ("CHAD: Yeah, the convoy left Abeche at dawn.", {"CHAD"}),
    ],
)
def test_timestamped_named_and_spoken_labels(text, labels):
    assert speaker_labels(text) == labels


@pytest.mark.parametrize(
    "text",
    ["JORDAN: Amman said the border was closed.", "GEORGIA: Tbilisi protests continue."],
)
def test_a_country_heading_a_report_is_no_speaker(text):
    assert speaker_labels(text) == frozenset()


@pytest.mark.gazetteer
def test_a_timestamped_transcript_maps_no_speaker(gazetteer):
    text = (
        "[00:00:04] HOST (Maria): Welcome back. Jordan, you were there?\n"
        "[00:01:27] JORDAN: I was in Huliaipole briefly on the 25th.\n"
    )
    found = {t.text for t in geoparse(text, gazetteer) if t.place}
    assert found == {"Huliaipole"}


@pytest.mark.gazetteer
def test_a_transcript_maps_no_person(gazetteer):
    found = {t.text: t.place.name for t in geoparse(_TRANSCRIPT, gazetteer) if t.place}
    assert "Joanna" not in found and "JACKSON" not in found and "Michael" not in found
    assert {"Kharkiv", "Sumy", "Washington", "Istanbul"} <= set(found)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Somali forces attacked al-Shabaab positions near Kismayo.", set()),
        ("The Somali government said the road was open.", set()),
        ("Fighting spread in the Somali region of Ethiopia.", {"Somali"}),
        ("Thousands fled the Somali Region.", {"Somali Region"}),
    ],
)
def test_a_demonym_before_its_noun_is_no_region_so_named(gazetteer, text, kept):
    found = {t.text for t in geoparse(text, gazetteer) if t.place and t.place.kind == "admin1"}
    assert found == kept


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Fighters of Islamic State West Africa Province attacked Gwoza.", {"Gwoza"}),
        ("Islamic State's Central Africa Province claimed the raid near Beni.", {"Beni"}),
        ("Islamic State Khorasan Province claimed the attack in Kabul.", {"Kabul"}),
        ("Islamic State fighters in Nineveh Province were killed.", {"Nineveh Province"}),
        ("Officials in West Africa met in Abuja.", {"West Africa", "Abuja"}),
    ],
)
def test_an_armed_groups_province_is_no_place(gazetteer, text, places):
    assert {t.text for t in geoparse(text, gazetteer) if t.place} == places
