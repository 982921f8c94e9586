"""Claims on unseen reporting, session 22: conscripts and prisoners as speakers, and a
closing "These claims could not be verified." that points at the claims it follows.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2026, 10, 20)).claims


@pytest.mark.parametrize(
    ("text", "word", "side"),
    [
        ("A Russian conscript told Ukrainian journalists that his company had lost 30 men.",
         "conscript", "RU"),
        ("A conscript from Russia's Belgorod region, captured in March, told the BBC that his "
         "unit had been sent forward without food.", "conscript", "RU"),
        ("Two Russian prisoners of war told reporters in Kharkiv that they had surrendered.",
         "prisoners", "RU"),
        ("A Ukrainian deserter told Russian state television that his brigade had run out of "
         "shells.", "deserter", "UA"),
    ],
)
def test_a_conscript_or_prisoner_speaks(gazetteer, text, word, side):
    (c,) = claims(gazetteer, text)
    assert word in c.source
    assert "journalists" not in c.source and "reporters" not in c.source
    assert c.side == side


def test_he_after_an_aged_conscript_is_the_conscript(gazetteer):
    text = (
        "A 19-year-old conscript from Russia's Kursk region told Ukrainian journalists that "
        "his platoon had been sent in without artillery cover. He said his officers had "
        "stayed behind."
    )
    _first, second = claims(gazetteer, text)
    assert "conscript" in second.source and second.side == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Governor Oleh Hryhorov said a glide bomb had damaged a school in Bilopillia. "
        "Separately, a Russian conscript told Ukrainian journalists that his company had lost "
        "30 men. He said his commanders had promised an easy victory. These claims could not "
        "be verified.",
        "Mayor Ihor Terekhov said two people were hurt in a strike on Kharkiv. A Russian "
        "milblogger claimed that Russian troops had entered Vovchansk. The same milblogger "
        "wrote that a Ukrainian brigade had fled. Those claims could not be independently "
        "confirmed.",
        "Odesa's governor said a drone had hit a port warehouse. Russia's Defence Ministry "
        "said its forces had destroyed a Ukrainian boat near Zatoka, and that 12 marines "
        "were killed. The claims could not be verified.",
    ],
)
def test_these_claims_point_at_the_last_speakers_run(gazetteer, text):
    found = claims(gazetteer, text)
    first, rest = found[0], found[1:]
    assert first.status == "asserted"  # the governor's or mayor's words before the run
    assert rest and all(c.status == "unverified" for c in rest)


def test_any_of_the_accounts_still_covers_every_speaker(gazetteer):
    text = (
        "Governor Oleh Hryhorov said a glide bomb had damaged a school in Bilopillia. "
        "A Russian milblogger claimed that Russian troops had entered Yunakivka. "
        "Reuters could not verify any of the accounts."
    )
    assert [c.status for c in claims(gazetteer, text)] == ["unverified", "unverified"]
