"""Session 34 (claims34d): a person named again by surname keeps the office a description
after their full name gave them; an unnamed official in a headline is the installed one
the lede names."""

from geo.text.claims.extract import extract_claims
from geo.text.claims.named_again import described_after


def test_a_surname_finds_the_full_name_with_its_role_after_it():
    text = (
        "Serhiy Lysak, head of the regional military administration\n\n"
        "Shelling hit a school, Lysak said."
    )
    at = text.index("Lysak said")
    start, end, name = described_after(text, at, "Lysak")
    assert name == "Serhiy Lysak"
    assert text[start:end] == "Serhiy Lysak, head of the regional military administration"


def test_no_description_or_no_role_gives_none():
    text = "Serhiy Lysak, who spoke on Monday\n\nShelling hit a school, Lysak said."
    assert described_after(text, text.index("Lysak said"), "Lysak") is None
    assert described_after(text, 40, "the ministry") is None


def test_a_surname_speaks_for_the_installed_office_named_after_the_full_name():
    text = (
        "Vitaly Ganchev, head of the Russian-installed administration of the region\n\n"
        "Ukrainian troops withdrew from two villages overnight, Ganchev said."
    )
    (claim,) = extract_claims(text, [])
    assert claim.source == "Ganchev"
    assert claim.side == "RU"


def test_a_headline_official_is_the_installed_head_the_lede_names():
    text = (
        "Troops press offensive toward the city, says regional official\n\n"
        "MOSCOW, Nov 24 (Sputnik) - Troops advanced to the outskirts of the city, the head "
        "of the Russian-installed administration of the region, Ivan Petrov, said on Monday."
    )
    claims = extract_claims(text, [])
    assert claims[0].source == "regional official"
    assert claims[0].side == "RU"


def test_a_headline_official_without_an_installed_office_below_is_not_given_one():
    text = (
        "Troops press offensive toward the city, says regional official\n\n"
        "KYIV, Nov 24 - Troops advanced to the outskirts of the city, the regional governor, "
        "Ivan Petrov, said on Monday."
    )
    claims = extract_claims(text, [])
    assert claims[0].side != "RU"


def test_a_bare_defence_ministry_reporting_a_nations_capture_is_that_nations():
    (claim,) = extract_claims(
        "The Defense Ministry reported that Russian forces liberated Sosnovka.", []
    )
    assert claim.side == "RU"


def test_a_bare_defence_ministry_reporting_strikes_is_not_read_by_the_attacker():
    (claim,) = extract_claims(
        "The Defense Ministry reported that Russian forces shelled Sosnovka.", []
    )
    assert claim.side != "RU"


def test_a_full_name_described_in_a_sentence_is_not_a_header():
    text = (
        "Will Stone, president of a produce firm in Florida, said sales had fallen. "
        "Shipments stopped, Stone said."
    )
    assert described_after(text, text.index("Stone said"), "Stone") is None
