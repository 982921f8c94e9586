"""Claims in wire copy: speakers named after their description, officials of a place,
what a "has not commented on ..." is about, and what a denier says besides.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2026, 3, 3)).claims


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        ("The UN refugee agency, UNHCR, said 4,000 people had fled Bara.", "UNHCR", "independent"),
        (
            "The U.N. agency for Palestinian refugees, UNRWA, said 70% of its schools were hit.",
            "UNRWA",
            "independent",
        ),
        ("Sudan's army spokesman, Nabil Abdallah, said the troops held the town.", None, "SD"),
        ("UNDP said unemployment in Gaza had reached 51 percent.", "UNDP", "independent"),
    ],
)
def test_a_name_after_its_description_speaks(gazetteer, text, source, side):
    (c,) = claims(gazetteer, text)
    if source is not None:
        assert c.source == source
    else:
        assert c.source == "Nabil Abdallah"
    assert c.side == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukrainian military observer Kostyantyn Mashovets stated that the troops held on.", "UA"),
        ("Russian war commentator Yuri Podolyaka said the village had fallen.", "RU"),
        ("An Israeli researcher, Dana Levi, said the strike hit a depot.", "IL"),
    ],
)
def test_a_national_title_before_a_name_gives_the_side(gazetteer, text, side):
    (c,) = claims(gazetteer, text)
    assert c.side == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "A glide bomb struck a shopping centre in Kharkiv, killing six people, regional "
            "governor Oleh Syniehubov said.",
            "UA",
        ),
        (
            "KHERSON, Ukraine — Shelling hit a market. The mayor said rescuers were at work.",
            "UA",
        ),
        ("Two civilians were hurt near Shebekino, the regional governor said.", "RU"),
        (
            "The Moscow-installed governor of the Zaporizhzhia region, Yevgeny Balitsky, said "
            "two people were killed in Enerhodar.",
            "RU",
        ),
        ("Denis Pushilin, head of the Donetsk People's Republic, said Avdiivka had fallen.", "RU"),
    ],
)
def test_an_official_of_a_place_speaks_for_its_country(gazetteer, text, side):
    assert claims(gazetteer, text)[-1].side == side


def test_no_comment_on_a_figure_is_about_the_claim_that_states_it(gazetteer):
    text = (
        "MOSCOW, October 5. /TASS/. According to the ministry, the Ukrainian army lost up to "
        "510 servicemen near Kupyansk over the past day.\n\n"
        "Belgorod Region Governor Vyacheslav Gladkov said two civilians were injured near "
        "Shebekino.\n\n"
        "Denis Pushilin said Russian troops were clearing positions in Artemovsk.\n\n"
        "The Ukrainian side has not commented on the reported losses."
    )
    losses, injured, clearing = claims(gazetteer, text)
    assert losses.status == "unverified"
    assert "has not commented" in losses.status_cue
    assert injured.status == clearing.status == "asserted"


def test_no_comment_on_a_countrys_statement_is_about_that_countrys_claim(gazetteer):
    text = (
        "Russia's Defence Ministry said its troops had repelled attacks near Martynovka. "
        "Ukraine's air force said it had shot down 20 drones. "
        "Kyiv did not comment on the Russian statement."
    )
    russian, ukrainian = claims(gazetteer, text)
    assert russian.status == "unverified"
    assert ukrainian.status == "asserted"


def test_no_comment_without_an_object_is_about_the_claim_before(gazetteer):
    text = (
        "Russia's Defence Ministry said its troops had captured Kruglyakovka. "
        "Ukraine's military has not commented."
    )
    (c,) = claims(gazetteer, text)
    assert c.status == "unverified"


@pytest.mark.parametrize(
    ("text", "denier", "cue"),
    [
        (
            "The Kremlin denied that Ukrainian troops had captured the town of Sudzha, saying "
            "fighting was continuing on its outskirts.",
            "the Kremlin",
            "saying",
        ),
        (
            "Hamas denied that the school was used for military purposes, calling the "
            "accusation a pretext for killing civilians.",
            "Hamas",
            "calling",
        ),
        (
            "Kyiv denied that its troops had left Kupiansk, describing the report as propaganda.",
            "Kyiv",
            "describing",
        ),
    ],
)
def test_what_a_denier_says_besides_is_its_own_claim(gazetteer, text, denier, cue):
    denied, said = claims(gazetteer, text)
    assert (denied.source, denied.status) == (None, "denied")
    assert (said.source, said.cue, said.status) == (denier, cue, "asserted")
    assert text[said.start : said.end].startswith(cue)


@pytest.mark.parametrize(
    "text",
    [
        "Settlers built a mill here in 1833, calling it Goodwinville.",
        "Spanish conquerors used the area for cattle, calling it El aguaje de San Jorge.",
        "Residents gathered in the square, calling for calm.",
    ],
)
def test_naming_or_asking_is_no_claim(gazetteer, text):
    assert all(c.cue not in ("calling", "describing") for c in claims(gazetteer, text))


def test_a_reported_that_clause_keeps_its_frame(gazetteer):
    # "saying" after "reported that Yulia had phoned ..." may be Yulia's: one claim.
    text = (
        "State TV reported that Yulia had phoned her cousin in Moscow, saying she was "
        "recovering."
    )
    (c,) = claims(gazetteer, text)
    assert c.cue == "reported"


def test_the_town_of_a_name_is_no_reference_back(gazetteer):
    # The denial names its own town: it does not answer the claim before about nothing
    # of the kind.
    text = (
        "He said Ukraine had no interest in taking Russian land. The Kremlin denied that "
        "Ukrainian troops had captured the town of Sudzha, saying fighting continued on its "
        "outskirts."
    )
    first = claims(gazetteer, text)[0]
    assert first.status == "asserted"
