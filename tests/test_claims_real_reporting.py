"""Claims in the shapes of real reporting: a press release's bulleted list, a sentence
longer than MAX_SENTENCE, a denial that answers the claim whose words it repeats, a
reaction naming whose figure it disputes, a party's silence on its own losses, a
maritime agency named with its abbreviation, a private firm, a medium relaying a
speaker, an interception answering a claim of a hit, a caveat over either side's
battlefield accounts, a speaker inside another's words, a person named after an
organisation's title.

Every text here is written for these tests.
"""

import pytest

from geo.text.claims import extract_claims
from geo.text.claims.segmentation import MAX_SENTENCE, split_sentences

pytestmark = pytest.mark.gazetteer


def analyzed(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


def holding(claims, words):
    found = [c for c in claims if words in c.text]
    assert found, f"no claim holds {words!r}"
    return found[0]


_RELEASE = (
    "ODESA, April 2 — The Navy of the Armed Forces of Ukraine reports that over the past "
    "week its units:\n"
    "• destroyed 3 Russian landing boats near the Kinburn Spit, according to data from "
    "the crews of the coastal guard;\n"
    "• shot down 41 attack drones over the Odesa and Mykolaiv regions;\n"
    "- escorted 12 grain ships through the corridor to the Bosphorus.\n"
)


def test_list_items_go_on_with_the_speaker_who_opens_the_list(gazetteer):
    claims = analyzed(gazetteer, _RELEASE)
    for words, values in (
        ("destroyed 3 Russian landing boats", [3]),
        ("shot down 41 attack drones", [41]),
        ("escorted 12 grain ships", [12]),
    ):
        c = holding(claims, words)
        assert "Navy" in c.source and c.side == "UA"
        assert [q.value for q in c.quantities] == values


def test_an_item_naming_its_own_speaker_keeps_it(gazetteer):
    text = (
        "The regional administration reported the following:\n"
        "• Governor Oleh Kiper said two people were injured in Odesa;\n"
        "• a port building was damaged.\n"
    )
    c = holding(analyzed(gazetteer, text), "two people were injured")
    assert c.source == "Oleh Kiper"


def test_a_sentence_longer_than_max_sentence_keeps_its_speaker():
    items = "; ".join(
        f"defenders repelled {n} assaults near the positions of brigade number {n} and held "
        f"the line on the approaches to the district centre"
        for n in range(10, 40)
    )
    text = f"The General Staff said on Friday that over the past day {items}."
    assert len(text) > 2 * MAX_SENTENCE
    pieces = split_sentences(text)
    assert len(pieces) > 1 and all(p.cut for p in pieces[1:]) and not pieces[0].cut
    (c,) = extract_claims(text, [])
    assert c.source.lower() == "the general staff" and (c.start, c.end) == (0, len(text))


def test_a_denial_answers_the_claim_whose_words_it_repeats(gazetteer):
    text = (
        "Putin told the French president on Friday that Russian troops had encircled "
        "thousands of Ukrainian soldiers near Pokrovsk, the Kremlin said. Russia's Defence "
        "Ministry said its air defences had shot down 40 drones over the Belgorod region. "
        "Ukraine's General Staff denied that any of its units had been encircled."
    )
    claims = analyzed(gazetteer, text)
    assert holding(claims, "had encircled").status == "denied"
    assert holding(claims, "shot down 40 drones").status == "asserted"


def test_a_reaction_naming_the_owner_of_a_figure_answers_that_owner(gazetteer):
    text = (
        "An Israeli strike on a car near Tyre killed three people, Lebanon's Health Ministry "
        "said. The Israeli military said it had targeted a Hezbollah commander. It "
        "rejected the ministry's figures, saying all three were fighters."
    )
    claims = analyzed(gazetteer, text)
    assert holding(claims, "killed three people").status == "disputed"
    assert holding(claims, "targeted a Hezbollah commander").status == "asserted"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Kyiv's count of Russian losses: Kyiv's silence on losses is about its own
        (
            "Russian forces lost 1,150 soldiers over the past day, Ukraine's General Staff "
            "said. Kyiv has not commented on losses.",
            "asserted",
        ),
        # Moscow's count of Ukrainian losses: that is what the silence leaves unverified
        (
            "Russia's Defence Ministry said Ukrainian forces had lost up to 1,150 troops "
            "over the past day. Kyiv has not commented on losses.",
            "unverified",
        ),
    ],
)
def test_a_silence_on_losses_is_about_the_other_sides_claims(gazetteer, text, status):
    (c,) = analyzed(gazetteer, text)
    assert c.status == status


@pytest.mark.parametrize(
    "closing",
    [
        "the United Kingdom Maritime Trade Operations (UKMTO) agency said",
        "the UK Maritime Trade Operations (UKMTO) said",
    ],
)
def test_a_maritime_agency_named_with_its_abbreviation_keeps_its_side(gazetteer, closing):
    text = f"A bulk carrier was hit by a projectile 40 nautical miles west of Mokha, {closing}."
    (c,) = analyzed(gazetteer, text)
    assert "Maritime Trade Operations" in c.source and c.side == "GB"


@pytest.mark.parametrize(
    ("speaker", "side"),
    [
        ("British maritime security firm Ambrey", "independent"),
        ("A Greek maritime security firm", "independent"),
        ("A Russian private military firm", "RU"),
    ],
)
def test_a_private_firm_is_independent_whatever_its_country(gazetteer, speaker, side):
    (c,) = analyzed(gazetteer, f"{speaker} said the tanker was sailing to Jeddah.")
    assert c.side == side


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to Saba, Houthi military spokesman Yahya Saree said the group had "
            "fired two drones at Eilat.",
            "Yahya Saree",
        ),
        (
            "Al-Masirah TV reported that the Houthis said they had downed a U.S. drone over Marib.",
            "the Houthis",
        ),
        ("The Saba news agency said U.S. aircraft had struck the port of Ras Isa.", None),
    ],
)
def test_a_medium_relaying_a_speaker_gives_the_claim_to_the_speaker(gazetteer, text, source):
    (c,) = analyzed(gazetteer, text)
    if source is None:
        assert "Saba" in c.source and c.side != "NL"  # the outlet, not the Dutch island
    else:
        assert c.source == source


def test_an_interception_answers_a_claim_of_a_hit(gazetteer):
    text = (
        "The Houthis said on Tuesday they had fired a ballistic missile at Ben Gurion "
        "airport. Their spokesman said the missile had hit its target. The group also said "
        "U.S. aircraft carried out four strikes on Saada. The Israeli military said a "
        "missile launched from Yemen had been intercepted."
    )
    claims = analyzed(gazetteer, text)
    assert holding(claims, "had hit its target").status == "disputed"
    assert holding(claims, "four strikes on Saada").status == "asserted"


def test_either_sides_battlefield_accounts_reach_both_sides(gazetteer):
    text = (
        "Ukrainian troops pushed Russian units back from the outskirts of Kupiansk, a "
        "Ukrainian military spokesperson said on Monday.\n\n"
        "He said drone crews had destroyed nine Russian armoured vehicles.\n\n"
        "Russia's Defence Ministry said its forces had taken the village of Pishchane.\n\n"
        "Vitaly Ganchev, the Russian-installed head of the occupied part of the Kharkiv "
        "region, said Ukrainian units were pulling back from Kupiansk.\n\n"
        "Reuters could not independently verify either side's battlefield accounts."
    )
    claims = analyzed(gazetteer, text)
    for words in ("pushed Russian units back", "nine Russian armoured", "Pishchane", "pulling"):
        assert holding(claims, words).status == "unverified", words


def test_a_speaker_inside_anothers_words_is_no_antecedent(gazetteer):
    text = (
        "Nazar Voloshyn, a spokesman for Ukraine's forces, said a company commander had "
        "told reporters that Russian troops were crossing the river at night. He said "
        "Ukrainian units had hit 11 boats."
    )
    c = holding(analyzed(gazetteer, text), "hit 11 boats")
    assert c.source == "Nazar Voloshyn" and c.side == "UA"


def test_a_person_named_after_an_organisations_title_is_registered(gazetteer):
    text = (
        "World Health Organization Director-General Tedros Adhanom Ghebreyesus said "
        "three hospitals had been hit. He said 40 patients were evacuated."
    )
    c = holding(analyzed(gazetteer, text), "40 patients were evacuated")
    assert c.source is not None and "Ghebreyesus" in c.source and c.side == "independent"


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("The plant's four reactors have been in cold shutdown since 2023.", False),
        ("Since the truce began in May, Israel has kept troops at three posts in Lebanon.", False),
        ("Since the morning, 64 clashes have been recorded along the front near Pokrovsk.", True),
    ],
)
def test_a_standing_state_since_a_time_is_background(gazetteer, sentence, claim):
    text = f"The IAEA said the line to the Zaporizhzhia plant was cut. {sentence}"
    claims = analyzed(gazetteer, text)
    assert any(sentence in c.text for c in claims) is claim


def test_a_party_silent_about_a_monitors_words_leaves_them_asserted(gazetteer):
    text = (
        "OCHA spokesperson Jens Laerke told a briefing in Geneva that aid trucks had been "
        "held at Tawila for nine days. The RSF did not respond to a request for comment."
    )
    (c,) = analyzed(gazetteer, text)
    assert c.status == "asserted"
    text = (
        "Activists said RSF fighters had burned 40 homes in Kutum. The RSF did not respond "
        "to a request for comment."
    )
    (c,) = analyzed(gazetteer, text)
    assert c.status == "unverified"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Chad's U.N. ambassador, Ahmad Mahamat, blamed the RSF for the attack on Adre.", "TD"),
        ("U.N. envoy Ramtane Lamamra said talks would resume in Jeddah next week.", "independent"),
        ("Médecins Sans Frontières said its clinic in Rafah treated 48 wounded.", "independent"),
    ],
)
def test_a_countrys_un_envoy_and_an_aid_group(gazetteer, text, side):
    (c,) = analyzed(gazetteer, text)
    assert c.side == side


def test_a_numbered_list_keeps_its_numbers_and_its_speaker(gazetteer):
    text = (
        "KYIV — Ukraine's General Staff said in its evening summary:\n"
        "1. Russian forces carried out 87 assaults along the front.\n"
        "2. Ukrainian aviation struck 9 areas where Russian troops were concentrated.\n"
    )
    for words in ("87 assaults", "struck 9 areas"):
        c = holding(analyzed(gazetteer, text), words)
        assert "General Staff" in c.source and c.side == "UA"
    assert [text[s.start : s.end][:2] for s in split_sentences(text)][1:] == ["1.", "2."]
