"""Claims after the sixteenth round's held-out articles (297-304): posts reprinted under
a line naming their author, an agency's retelling going on, people placed before a
relative clause, footage of the other side's forces.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2027, 10, 14)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("header", "author", "side"),
    [
        (
            "Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration, on "
            "Telegram (translated from Ukrainian):",
            "Ivan Fedorov",
            "UA",
        ),
        (
            "Kursk region governor Alexander Khinshtein, Telegram, 3 May (translated):",
            "Alexander Khinshtein",
            "RU",
        ),
        (
            "Post by Sumy regional administration head Oleh Hryhorov on Facebook:",
            "Oleh Hryhorov",
            "UA",
        ),
    ],
)
def test_a_post_under_a_line_naming_its_author_is_the_authors(gazetteer, header, author, side):
    text = (
        f"{header}\n\nOver the past day, the enemy shelled 12 settlements. According to "
        "preliminary data, one person was killed.\n\nVerkhnia Street: a drone hit a car. "
        "The driver was wounded.\n\nPlease stay in shelters during air-raid alerts!\n"
    )
    claims = analysed(gazetteer, text)
    for words in ("shelled 12 settlements", "one person was killed", "a drone hit a car",
                  "The driver was wounded"):  # fmt: skip
        c = claim_of(claims, words)
        assert (c.source, c.side) == (author, side), words
    assert not [c for c in claims if "shelters" in c.text]  # an appeal, no claim


@pytest.mark.parametrize(
    "line",
    [
        "The governor wrote on Telegram:",  # a cue of its own: an attribution
        "Ivan Fedorov on Telegram. He said:",  # a sentence
        "the head of the region, on Telegram:",  # no name opening the line
        "Vyacheslav Gladkov, Telegram, 14 October",  # no colon closing it
    ],
)
def test_no_post_header(line):
    from geo.text.claims.post_headers import post_headers

    assert post_headers(f"{line}\n\nA drone hit a car.\n") == []


def test_an_agency_retelling_goes_on_after_according_to(gazetteer):
    text = (
        "BELGOROD, October 14. /TASS/. A drone attacked a car in Shebekino, Governor "
        "Vyacheslav Gladkov said.\n\nAccording to Gladkov, the driver was taken to hospital. "
        "In the village of Novaya Tavolzhanka, a drone dropped an explosive device on a "
        "house; nobody was hurt.\n"
    )
    c = claim_of(analysed(gazetteer, text), "dropped an explosive device")
    assert "Gladkov" in c.source and c.side == "RU"


def test_an_agency_retelling_does_not_reach_a_description(gazetteer):
    text = (
        "BELGOROD, October 14. /TASS/. According to Gladkov, the driver was taken to "
        "hospital. Shebekino lies about 7 km from the border with Ukraine.\n"
    )
    assert not [c for c in analysed(gazetteer, text) if "lies about" in c.text]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A local elder in Moqokori, who asked not to be named for fear of reprisals, said "
            "he had seen the bodies of 15 soldiers.",
            "elder",
        ),
        ("Residents I spoke to say hundreds of families have fled toward Hinche.", "residents"),
        ("Villagers we talked with said the army had shelled the market in Bhamo.", "villagers"),
    ],
)
def test_people_of_a_place_speak_not_the_place(gazetteer, text, speaker):
    (c,) = analysed(gazetteer, text)
    assert speaker in c.source.lower() and c.side is None


def test_footage_of_the_other_sides_advance_confirms_no_counterattack(gazetteer):
    text = (
        "A Kremlin-affiliated milblogger claimed that Ukrainian forces counterattacked "
        "near Shcherbynivka and pushed Russian forces back. Geolocated footage published "
        "on October 18 indicates that Russian forces advanced along Tsentralna Street in "
        "central Shcherbynivka."
    )
    c = claim_of(analysed(gazetteer, text), "counterattacked")
    assert c.status != "confirmed"
