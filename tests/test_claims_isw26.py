"""Claims in analysts' daily assessments and milblogger round-ups (session 26): a
caveat over "either claim", the article's own report of air strikes, footage of an
advance into part of a place set against a claim of its capture, and where a
not-seen caveat about another claim's content lands.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2027, 6, 1)).claims


def holding(cs, words):
    (c,) = [c for c in cs if words in c.text]
    return c


@pytest.mark.parametrize(
    "caveat",
    [
        "ISW has not observed confirmation of either claim.",
        "ISW has not observed footage confirming both claims.",
        "Neither of these reports could be independently verified.",
    ],
)
def test_a_caveat_over_a_pair_reaches_both_claims(gazetteer, caveat):
    text = (
        "A Russian milblogger claimed that Russian forces struck a bridge near Ivanivka. A "
        "Ukrainian brigade spokesperson said that Ukrainian drones destroyed a Russian "
        f"ammunition depot near Kurakhove. {caveat}"
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "struck a bridge").status == "unverified"
    assert holding(cs, "ammunition depot").status == "unverified"


def test_a_singular_caveat_still_reaches_one_claim(gazetteer):
    text = (
        "A Ukrainian brigade spokesperson said that Ukrainian forces still hold Ivanivka. A "
        "Russian milblogger claimed that Russian forces entered Ivanivka. ISW has not "
        "observed confirmation of this claim."
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "entered Ivanivka").status == "unverified"
    assert holding(cs, "still hold Ivanivka").status == "asserted"


@pytest.mark.parametrize("strikes", ["airstrikes", "air strikes", "drone strikes"])
def test_forces_conducting_air_strikes_is_the_articles_report(gazetteer, strikes):
    text = f"Israeli forces conducted {strikes} on Houthi targets in Hudaydah on May 30."
    (c,) = claims(gazetteer, text)
    assert c.source is None
    assert c.status == "asserted"


@pytest.mark.parametrize(
    "evidence",
    [
        "advanced into southern Ivanivka",
        "entered the northern outskirts of Ivanivka",
        "advanced to the eastern edge of Ivanivka",
    ],
)
def test_footage_of_an_advance_into_part_of_a_place_confirms_no_capture(gazetteer, evidence):
    text = (
        "The Russian MoD claimed that Russian forces liberated Novopavlivka and Ivanivka. "
        f"Geolocated footage published on May 30 indicates that Russian forces recently {evidence}."
    )
    cs = claims(gazetteer, text)
    claim = holding(cs, "liberated Novopavlivka and Ivanivka")  # not cut at Ivanivka
    assert claim.status != "confirmed"
    assert holding(cs, evidence).status == "asserted"


def test_footage_of_the_capture_itself_still_confirms_it(gazetteer):
    text = (
        "The Russian MoD claimed that Russian forces seized Ivanivka. Geolocated footage "
        "published on May 30 shows Russian forces raising a flag over the administration "
        "building in Ivanivka."
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "seized Ivanivka").status in ("asserted", "confirmed")


def test_a_caveat_about_a_capture_leaves_the_footage_holding_it(gazetteer):
    text = (
        "The Russian MoD claimed that Russian forces seized Ivanivka. Geolocated footage "
        "published on May 30 indicates that Russian forces recently advanced into southern "
        "Ivanivka, but ISW has not observed evidence that Russian forces have seized the "
        "village."
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "seized Ivanivka").status == "unverified"
    assert holding(cs, "advanced into southern Ivanivka").status == "asserted"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Oryx documented the loss of 41 Russian armored vehicles between September 6 and "
            "12, according to its running list of visually confirmed equipment losses.",
            "Oryx",
        ),
        ("The Ukrainian Air Force shot down 41 drones overnight, per its Telegram channel.",
         "the Ukrainian Air Force"),
        (
            "Ukrainian border guards detained 14 men near the Romanian border, according to "
            "their Telegram channel.",
            "Ukrainian border guards",
        ),
    ],
)
def test_according_to_its_record_is_the_subjects_claim(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert c.source == source


def test_a_checkers_unseen_object_names_the_claims_it_leaves_unverified(gazetteer):
    text = (
        "Russian milbloggers claimed that Ukrainian forces attacked near Demidovka. A Russian "
        "milblogger claimed that Russian forces repelled the attack, but another milblogger "
        "stated that Ukrainian forces hold positions in Demidovka. ISW has not observed "
        "footage of fighting in Demidovka."
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "attacked near Demidovka").status == "unverified"
    assert holding(cs, "hold positions in Demidovka").status == "unverified"


def test_a_checkers_unseen_content_reaches_the_claim_it_matches(gazetteer):
    text = (
        "Houthi military spokesperson Yahya Saree claimed that the Houthis launched a ballistic "
        "missile at Ben Gurion Airport. The IDF reported that it intercepted the missile. "
        "CTP-ISW has not observed evidence that the missile struck the airport."
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "it intercepted the missile").status == "asserted"
    assert holding(cs, "Ben Gurion Airport").status in ("disputed", "unverified")


def test_a_party_without_evidence_is_still_about_the_claim_before(gazetteer):
    text = (
        "The governor said a Ukrainian drone hit a school in Belgorod. Russia's Defence "
        "Ministry said it shot down 30 drones over Kursk. It did not provide evidence that "
        "the school was hit."
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "shot down 30 drones").status == "unverified"


@pytest.mark.parametrize(
    "caveat",
    [
        "No footage of the claimed strikes has appeared.",
        "No such video has yet emerged.",
        "No images of the destroyed tanks have been published.",
    ],
)
def test_no_footage_having_appeared_leaves_the_claim_unverified(gazetteer, caveat):
    text = (
        "The Russian Ministry of Defense claimed that Russian forces destroyed three Leopard "
        f"tanks near Kostiantynivka. {caveat}"
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "Leopard tanks").status == "unverified"


@pytest.mark.parametrize(
    "answer",
    [
        "The IDF said that no drones crossed into Israeli territory.",
        "The Israeli military said no missile had landed in Eilat.",
    ],
)
def test_none_getting_through_disputes_a_launch(gazetteer, answer):
    text = (
        "The Telegram channel Sabreen News claimed that the Islamic Resistance in Iraq "
        f"launched two drones toward Eilat. {answer}"
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "launched two drones").status == "disputed"


def test_a_denial_of_a_capture_answers_every_claim_of_it_not_the_agreeing_one(gazetteer):
    text = (
        "According to DeepState, Russian troops captured the village of Zelenyi Hai. The "
        "Russian MoD claimed the capture of Zelenyi Hai on May 28. ISW assessed that "
        "Russian forces have not yet seized Zelenyi Hai. The Ukrainian 110th Mechanized "
        "Brigade denied that Russian forces had captured Zelenyi Hai."
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "troops captured the village").status == "denied"
    assert holding(cs, "claimed the capture").status in ("denied", "disputed")
    assert holding(cs, "have not yet seized").status == "asserted"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Open-source analysts geolocated the footage to a field east of Shcherbynivka.",
         "Open-source analysts"),
        ("Reuters verified the video, which shows a strike on a depot near Toretsk.", "Reuters"),
    ],
)
def test_a_checker_geolocating_the_footage_is_its_claim(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert c.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Geolocated footage shows Russian forces in eastern Toretsk.",
        "The video could not be verified.",
    ],
)
def test_evidence_named_by_its_check_is_no_checker(gazetteer, text):
    assert all(c.cue not in ("geolocated", "verified") for c in claims(gazetteer, text))


def test_footage_stating_the_capture_besides_a_short_advance_still_confirms_it(gazetteer):
    text = (
        "The Russian MoD claimed that Russian forces seized Ivanivka. Geolocated footage "
        "published on May 30 indicates that Russian forces seized Ivanivka and advanced "
        "into southern Novopavlivka."
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "claimed that Russian forces seized Ivanivka").status == "confirmed"


def test_a_denial_of_a_capture_leaves_a_claim_that_it_failed_asserted(gazetteer):
    text = (
        "Ukraine's General Staff said Russian forces failed to capture Zelenyi Hai in repeated "
        "assaults. According to DeepState, Russian troops captured the village of Zelenyi Hai. "
        "The Ukrainian 110th Mechanized Brigade denied that Russian forces had captured "
        "Zelenyi Hai."
    )
    cs = claims(gazetteer, text)
    assert holding(cs, "failed to capture").status == "asserted"
    assert holding(cs, "troops captured the village").status == "denied"
