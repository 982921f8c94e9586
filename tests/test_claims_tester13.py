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


STAFF_TITLE = "Operational information as of 08:00 on 01.12.2024 regarding the Russian invasion"


@pytest.mark.parametrize(
    ("title", "line", "source", "side"),
    [
        (
            STAFF_TITLE,
            "In the Pokrovsk direction, the invaders made 41 attempts to advance near Promin.",
            "General Staff",
            "UA",
        ),
        (
            STAFF_TITLE,
            "Our defenders repelled 17 assaults in the Kursk region.",
            "General Staff",
            "UA",
        ),
        (
            "General Staff update as of 18:00 on 3 February",
            "Ukrainian defenders repelled three assaults near Kupiansk.",
            "General Staff",
            "UA",
        ),
        (
            "Summary of the Ministry of Defence of the Russian Federation",
            "Air defence systems shot down 47 Ukrainian drones over the Belgorod region.",
            "Ministry of Defence",
            "RU",
        ),
    ],
)
def test_a_bulletin_title_gives_its_lines_their_issuer(gazetteer, title, line, source, side):
    claims = analysed(gazetteer, f"{title}\n\n{line}")
    c = claim_of(claims, line[:25])
    assert source in (c.source or "")
    assert c.side == side
    assert c.kind == "attributed"


def test_a_bulletin_count_before_a_closing_speaker_stays_one_claim(gazetteer):
    text = (
        "General Staff update as of 18:00 on 3 February\n\n"
        "Since the start of the day, 97 clashes have been recorded at the front. The enemy "
        "carried out 38 air strikes, according to the General Staff of the Armed Forces."
    )
    (c,) = analysed(gazetteer, text)
    assert sorted(q.value for q in c.quantities) == [38, 97]


@pytest.mark.parametrize(
    "headline",
    [
        "Russian troops liberate Kurakhovo, Defense Ministry says",
        "Russian forces advance near Pokrovsk",
    ],
)
def test_a_headline_is_no_bulletin_title(gazetteer, headline):
    text = f"{headline}\n\nRussian shelling killed two people in Vovchansk on Monday."
    assert claim_of(analysed(gazetteer, text), "shelling killed").source is None


def test_a_bulletin_titles_full_date_dates_its_lines():
    from geo.text.claims import extract_claims

    text = f"{STAFF_TITLE}\n\nYesterday the enemy launched 3 missile strikes and 68 air strikes."
    (c,) = extract_claims(text, [])
    assert [(d.text, d.start) for d in c.dates] == [("Yesterday", "2024-11-30")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("as of 08:00 on 01.12.2024 regarding", "2024-12-01"),
        ("The strike on 9.3.2025 killed two.", "2025-03-09"),
    ],
)
def test_a_full_dotted_date_is_read_day_first(text, day):
    from geo.text.dates import find_dates

    (span,) = find_dates(text)
    assert span.start == span.end == day


@pytest.mark.parametrize("text", ["On 13.06 forces attacked.", "On 31.02.2024 nothing."])
def test_no_date_from_a_dotted_number_without_a_year_or_day(text):
    from geo.text.dates import find_dates

    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("before", "text", "side"),
    [
        (
            "Azerbaijan's defence ministry said Armenian forces had fired on its positions "
            "near Lachin.",
            "Georgian police detained dozens of protesters outside parliament in Tbilisi, "
            "the interior ministry said.",
            "GE",
        ),
        (
            "Russia's defence ministry said its air defences downed 25 drones over Belgorod.",
            "Two police officers were injured during the shelling of Kherson, according to "
            "the Interior Ministry.",
            "UA",
        ),
        (
            "Israel's foreign ministry said the talks in Cairo would resume.",
            "Three people were hurt in a blast in Amman, the Interior Ministry said.",
            "JO",
        ),
        (
            "",
            "Separately, Georgian police detained dozens of protesters in Tbilisi, the "
            "interior ministry said.",
            "GE",
        ),
    ],
)
def test_a_home_affairs_ministry_speaks_for_the_country_of_its_places(
    gazetteer, before, text, side
):
    claims = analysed(gazetteer, f"{before}\n\n{text}".strip())
    assert claim_of(claims, text[:20]).side == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Ukrainian President Volodymyr Zelensky has arrived in Brussels for talks, his "
            "office said.",
            "UA",
        ),
        (
            "Armenian Prime Minister Nikol Pashinyan arrived in Brussels for talks with EU "
            "officials, his office said.",
            "AM",
        ),
        (
            "Moldovan President Maia Sandu met European leaders in Chisinau on Monday, her "
            "office said.",
            "MD",
        ),
    ],
)
def test_his_office_speaks_for_the_person_named_before(gazetteer, text, side):
    (c,) = analysed(gazetteer, text)
    assert c.side == side


@pytest.mark.parametrize(
    "tail",
    [
        "in the port of Izmail, on the Danube river near the border with Romania.",
        "in Izmail, near the border with Moldova and Romania.",
    ],
)
def test_a_regional_official_speaks_for_the_towns_country_not_a_border_country(gazetteer, tail):
    text = f"In Odesa, regional governor Oleg Kiper said two people were wounded {tail}"
    (c,) = analysed(gazetteer, text)
    assert c.side == "UA"


def test_a_state_agency_dateline_after_a_headline_still_files_the_copy(gazetteer):
    text = (
        "Russian troops liberate Kurakhovo, Defense Ministry says\n\n"
        "MOSCOW, November 30. /TASS/. Units of the Yug Battlegroup have liberated Kurakhovo, "
        "the Russian Defense Ministry said on Saturday.\n\n"
        "Earlier, units of the Tsentr Battlegroup improved their position near Krasnoarmeysk. "
        "In the Kharkov Region, Russian forces repelled Ukrainian counterattacks near "
        "Volchansk."
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "Russian troops liberate").side == "RU"
    kharkov = claim_of(claims, "In the Kharkov Region")
    assert (kharkov.side, kharkov.kind) == ("RU", "attributed")


@pytest.mark.parametrize(
    ("claim", "silence", "status"),
    [
        (
            "Regional Gov. Oleh Syniehubov said a second strike targeted the town of Kupiansk.",
            "Russia's Defense Ministry did not comment on the attack on Sumy.",
            "asserted",
        ),
        (
            "The Israeli military said its troops were operating in Rafah against militants.",
            "Hamas did not comment on the fighting in Khan Younis.",
            "asserted",
        ),
        (
            "Regional Gov. Oleh Syniehubov said a second strike targeted the town of Kupiansk.",
            "Russia's Defense Ministry did not comment on the strike on Kupiansk.",
            "unverified",
        ),
    ],
)
def test_a_no_comment_about_other_places_leaves_the_claim_before_alone(
    gazetteer, claim, silence, status
):
    claims = analysed(gazetteer, f"{claim}\n\n{silence}")
    assert claim_of(claims, claim[:30]).status == status


def test_a_popup_says_the_qualifier_of_a_number():
    from geo.render.popups import quantities_text
    from geo.text.claims import extract_claims

    text = "Kyiv said up to 300 soldiers and 12 tanks were lost near Avdiivka."
    (c,) = extract_claims(text, [])
    assert quantities_text(c) == "up to 300 soldiers; 12 tanks"


@pytest.mark.parametrize(
    "silence",
    [
        "The Kremlin declined to comment on reports of a strike in Kursk.",
        "Moscow did not comment on the reported attack on a depot near Belgorod.",
    ],
)
def test_a_silence_about_a_place_farther_into_its_object_leaves_other_claims(gazetteer, silence):
    # The object of "declined to comment on" may name its place five or six words on.
    text = "Russian drones hit Odesa overnight, Governor Oleh Kiper said.\n\n" + silence
    claim = analysed(gazetteer, text)[0]
    assert (claim.source, claim.status) == ("Oleh Kiper", "asserted")


def test_a_silence_ends_its_object_at_the_next_clause(gazetteer):
    # "... did not comment on the strikes but said ...": the strikes (the governor's) are
    # the object, not Pishchane in the clause after "but".
    text = (
        "A second strike targeted Kupiansk, Governor Oleh Syniehubov said. Russia's Defense "
        "Ministry did not comment on the strikes but said its troops had taken Pishchane."
    )
    assert analysed(gazetteer, text)[0].status == "unverified"
