"""Claims after a thirteenth tester's texts: status cues that answer another event,
a general staff's dated bulletin, sides in a new paragraph, section headings, and
quantities with their qualifiers and ranges.

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=None):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    "label", ["Key Takeaways", "Main Developments", "Latest Updates", "Background"]
)
def test_a_section_heading_label_is_no_speaker(gazetteer, label):
    # A report's section heading before a colon: the report's own words, no speaker.
    text = f"{label}: Russian forces recently advanced near Toretsk and Chasiv Yar."
    (c,) = analysed(gazetteer, text)
    assert c.source is None
    assert c.kind == "reported"


def test_a_two_word_name_label_is_still_a_speaker(gazetteer):
    (c,) = analysed(gazetteer, "Kaja Kallas: Europe will pay for air defence in Kharkiv.")
    assert c.source == "Kaja Kallas"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The enemy lost up to 300 servicemen near Kupiansk, the General Staff said.",
            [(300, "up to", None, 300)],
        ),
        (
            "At least six people were killed in Kharkiv, the governor said.",
            [(6, "at least", 6, None)],
        ),
        (
            "More than 2 million people fled Sudan, the UN said.",
            [(2_000_000, "more than", 2_000_000, None)],
        ),
        ("Nearly 5,000 troops massed near Pokrovsk, Kyiv said.", [(5000, "nearly", None, 5000)]),
        (
            "Russian forces lost between 1,200 and 1,500 troops near Avdiivka, Kyiv said.",
            [(1200, "range", 1200, 1500), (1500, "range", 1200, 1500)],
        ),
        (
            "Strikes on Khan Younis killed 20-30 people, the health ministry said.",
            [(20, "range", 20, 30), (30, "range", 20, 30)],
        ),
        ("The army said it shot down 12 drones over Sumy.", [(12, None, None, None)]),
    ],
)
def test_a_quantity_keeps_its_qualifier_and_range(gazetteer, text, expected):
    (c,) = analysed(gazetteer, text)
    assert [(q.value, q.qualifier, q.low, q.high) for q in c.quantities] == expected


def test_a_qualified_quantity_serialises_its_bounds_and_a_plain_one_as_before():
    from geo.model import Quantity
    from geo.text.numbers import find_quantities

    text = "Kyiv said 3 tanks and up to 40 drones were destroyed."
    plain, capped = find_quantities(text)
    assert plain.to_dict() == Quantity(3, "tanks", "3", 10, 11).to_dict()
    assert "qualifier" not in plain.to_dict()
    assert capped.to_dict()["qualifier"] == "up to"
    assert (capped.to_dict()["low"], capped.to_dict()["high"]) == (None, 40)


@pytest.mark.parametrize(
    "text",
    ["A score of 3-2 ended the match in Kyiv.", "The drones hover 300 metres above Sumy."],
)
def test_no_range_or_qualifier_where_the_text_gives_none(text):
    from geo.text.numbers import find_quantities

    assert all(q.qualifier is None for q in find_quantities(text))


@pytest.mark.parametrize(
    ("claim", "denial"),
    [
        (
            "The Israeli military said its troops were operating in Rafah against militants.",
            "Hezbollah denied it had fired rockets toward Kiryat Shmona.",
        ),
        (
            "In Syria, state media said government forces had repelled an attack near Aleppo.",
            "Turkey denied its drones had struck Kobani, a town near the border.",
        ),
        (
            "Yemen's Houthis said they had launched eight drones at the port of Eilat.",
            "Iran denied it had supplied weapons to the Houthis in Hodeidah.",
        ),
        (
            "Ukraine's air force said it shot down 30 drones over Kharkiv overnight.",
            "Moscow denied its forces had shelled Kherson.",
        ),
    ],
)
def test_a_denial_about_another_event_leaves_the_claim_before_alone(gazetteer, claim, denial):
    claims = analysed(gazetteer, f"{claim}\n\n{denial}")
    first = claim_of(claims, claim[:30])
    assert first.status == "asserted", first.status_cue


@pytest.mark.parametrize(
    ("claim", "denial"),
    [
        (
            "The Israeli military said Hezbollah fired rockets toward Kiryat Shmona.",
            "Hezbollah denied it had fired rockets toward Kiryat Shmona.",
        ),
        (
            "Ukrainian officials said Russian shelling hit Kherson overnight.",
            "Moscow denied its forces had shelled the city.",
        ),
    ],
)
def test_a_denial_about_the_same_event_still_answers_it(gazetteer, claim, denial):
    claims = analysed(gazetteer, f"{claim}\n\n{denial}")
    assert claim_of(claims, claim[:30]).status == "denied"
