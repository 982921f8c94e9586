"""Claims after the twenty-fifth round's fresh-eyes tester: a speaker cited inside one
labelled section of an assessment lends no voice to the next section; evidence about a
place of the article's own list neither cuts that list nor confirms it.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2026, 11, 30)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "cited", "own"),
    [
        (
            "Daily battlefield assessment, November 30, 2026\n\n"
            "Kupiansk axis: The Ukrainian General Staff reported that its forces repelled "
            "eleven assaults near Petropavlivka.\n\n"
            "Lyman axis: Russian troops attacked near Zarichne and Torske. Ukrainian troops "
            "pushed back an assault near Novoselivka.",
            "eleven assaults",
            ("attacked near Zarichne", "pushed back"),
        ),
        (
            "Front-line update, November 30, 2026\n\n"
            "Kostiantynivka direction: Russia's Defense Ministry said that Russian forces "
            "captured Yablunivka.\n\n"
            "Pokrovsk direction: Russian units assaulted positions near Rodynske and Udachne. "
            "Ukrainian forces held their positions near Shakhove.",
            "captured Yablunivka",
            ("assaulted positions", "held their positions"),
        ),
        (
            "Zaporizhzhia Oblast: A spokesperson for the Russian Vostok Group of Forces "
            "claimed that Russian troops took Uspenivka.\n\n"
            "Kherson Oblast: Russian forces shelled Beryslav and Antonivka. Ukrainian forces "
            "struck a Russian boat near Hola Prystan.",
            "took Uspenivka",
            ("shelled Beryslav", "struck a Russian boat"),
        ),
    ],
)
def test_speaker_cited_in_a_section_stays_in_it(gazetteer, text, cited, own):
    claims = analysed(gazetteer, text)
    assert claim_of(claims, cited).source is not None
    for words in own:
        c = claim_of(claims, words)
        assert (c.source, c.kind, c.side) == (None, "reported", "independent"), words


def test_bulletin_lead_still_speaks_for_its_sections(gazetteer):
    text = (
        "Since the start of the day, 88 clashes have been recorded, according to the "
        "General Staff of the Armed Forces of Ukraine.\n\n"
        "Lyman direction: the occupiers tried to advance near Zarichne and Torske."
    )
    c = claim_of(analysed(gazetteer, text), "Zarichne")
    assert c.source == "the General Staff of the Armed Forces of Ukraine"


@pytest.mark.parametrize(
    ("text", "listed", "evidence"),
    [
        (
            "Kupiansk direction: Russian forces attacked north of Kupiansk near Holubivka and "
            "Radkivka, west of Kupiansk near Kindrashivka and Petropavlivka, and south of "
            "Kupiansk near Kurylivka. Geolocated footage published on November 29 shows "
            "Russian troops in western Petropavlivka.",
            "south of Kupiansk near Kurylivka",
            "Geolocated footage",
        ),
        (
            "Pokrovsk direction: Russian troops assaulted Ukrainian positions east of Pokrovsk "
            "near Myrnohrad and Rodynske, and north of Pokrovsk near Shakhove. Geolocated "
            "imagery indicates that Russian forces advanced into eastern Rodynske.",
            "north of Pokrovsk near Shakhove",
            "Geolocated imagery",
        ),
        (
            "Russian forces continued attacks near Chasiv Yar, Predtechyne and Stupochky, and "
            "near Bila Hora. Satellite imagery confirmed that Russian troops entered northern "
            "Predtechyne.",
            "near Bila Hora",
            "Satellite imagery",
        ),
    ],
)
def test_evidence_neither_cuts_nor_confirms_the_articles_own_list(
    gazetteer, text, listed, evidence
):
    claims = analysed(gazetteer, text)
    own = claim_of(claims, listed)
    assert own.text.startswith(text[:20])  # the whole sentence, not cut at its list
    assert (own.source, own.status) == (None, "asserted")
    assert claim_of(claims, evidence).source.startswith(evidence)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Rwandan troops deployed near the gas project on the Afungi peninsula outside "
            "Palma said they had secured the road to Mueda.",
            "Rwandan troops",
        ),
        (
            "Medics working in a field hospital near Kramatorsk said dozens of wounded "
            "arrived on Sunday.",
            "medics",
        ),
        (
            "Medics in a field hospital near Kramatorsk said dozens of wounded arrived on "
            "Sunday.",
            "medics",
        ),
        (
            "Engineers repairing the damaged substation outside Zaporizhzhia told reporters "
            "that power would return by Friday.",
            "engineers",
        ),
    ],
)
def test_a_place_at_the_end_of_a_long_subject_is_no_speaker(gazetteer, text, source):
    (c,) = analysed(gazetteer, text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Residents who fled to Dikwa and Bama said the attackers came on motorcycles.",
            ("Dikwa", "Bama"),
        ),
        (
            "People who moved to Dnipro and Zaporizhzhia said the trains were full.",
            ("Dnipro", "Zaporizhzhia"),
        ),
        (
            "Families who came to Kramatorsk and Sloviansk said the shelling never stopped.",
            ("Kramatorsk", "Sloviansk"),
        ),
    ],
)
def test_places_people_went_to_stay_places_when_the_people_speak(gazetteer, text, places):
    from geo import analyze

    tops = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    for name in places:
        assert tops[name].metonymic is False, name


@pytest.mark.parametrize(
    ("text", "report", "denier"),
    [
        (
            "Gunmen attacked a police station in Tibu on Thursday, killing three officers, the "
            "army said.\n\nThe attack came as fighting between armed groups displaced more "
            "than 5,000 people toward Cucuta. The ELN denied responsibility in a statement.",
            "displaced more",
            "the ELN",
        ),
        (
            "A drone struck a market in Kherson on Friday, killing two people. Russia denied "
            "responsibility.",
            "struck a market",
            "Russia",
        ),
        (
            "Shells hit a hospital in Kherson overnight, wounding five people. Moscow denied "
            "any involvement in the shelling.",
            "hit a hospital",
            "Moscow",
        ),
    ],
)
def test_a_denial_of_involvement_does_not_deny_the_articles_own_report(
    gazetteer, text, report, denier
):
    claims = analysed(gazetteer, text)
    own = claim_of(claims, report)
    assert (own.source, own.status) == (None, "asserted")
    denial = claim_of(claims, "denied")
    assert (denial.source, denial.status) == (denier, "denied")


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        (
            "MOGADISHU, Somalia (AP) -- Militants stormed a base near Beledweyne in Somalia on "
            "Thursday. The attackers used a car bomb, Capt. Ahmed Hassan told reporters.",
            "Ahmed Hassan",
            "SO",
        ),
        (
            "PESHAWAR, Pakistan (AP) -- A bomb hit a checkpoint in Bannu in Pakistan on Friday. "
            "Two officers were wounded, said police official Mohammad Khan.",
            "Mohammad Khan",
            "PK",
        ),
        (
            "PESHAWAR, Pakistan (AP) -- Gunmen attacked a convoy near Bannu in Pakistan on "
            "Friday. Security forces said they had killed six militants in the raid.",
            "Security forces",
            "PK",
        ),
        (
            "KYIV, Ukraine (AP) -- A drone hit a depot near Kharkiv in Ukraine overnight. "
            "Colonel Olena Marchenko said three fires had been put out by morning.",
            "Olena Marchenko",
            "UA",
        ),
    ],
)
def test_an_unqualified_police_official_or_officer_speaks_for_the_dateline_country(
    gazetteer, text, source, side
):
    c = next(c for c in analysed(gazetteer, text) if c.source == source)
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "JUBA, South Sudan (AP) -- Fighting spread toward Ulang on Monday, the army said.\n\n"
            "Aid workers in Malakal said thousands of civilians had crossed into Ethiopia.",
            "Aid workers in Malakal",
        ),
        (
            "JUBA, South Sudan (AP) -- Fighting spread toward Ulang on Monday, the army said.\n\n"
            "A humanitarian official in Renk said food stocks would run out within a week.",
            "a humanitarian official in Renk",
        ),
        (
            "KYIV, Ukraine (AP) -- Shelling hit Kherson again on Monday, the governor said.\n\n"
            "Charity staff working in Kherson told reporters that two clinics had closed.",
            "Charity staff",
        ),
    ],
)
def test_aid_workers_speak_for_no_side(gazetteer, text, source):
    c = next(c for c in analysed(gazetteer, text) if c.source == source)
    assert c.side == "independent"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("In Kherson Oblast, shelling hit Bilozerka and Antonivka, killing one.", [(1, "people")]),
        ("In the northeast, a guided bomb hit Sloviansk, killing two.", [(2, "people")]),
        (
            "A drone hit a bus near Nikopol, wounding at least one and killing another three.",
            [(1, "people"), (3, "people")],
        ),
    ],
)
def test_a_count_after_a_verb_of_killing_counts_people(gazetteer, text, values):
    (c,) = analysed(gazetteer, text)
    assert [(q.value, q.unit) for q in c.quantities] == values


@pytest.mark.parametrize("text", ["One of the soldiers said so.", "No one was hurt."])
def test_one_as_a_pronoun_still_counts_nothing(text):
    from geo.text.numbers import find_quantities

    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Operational information as of 08:00 on 28.11.2026 regarding the Russian invasion",
         dt.date(2026, 11, 28)),
        ("General Staff update as of 18:00 on 3 February 2026", dt.date(2026, 2, 3)),
        ("Operational update as of 06:00 on 02.12.2026 on the southern front",
         dt.date(2026, 12, 2)),
    ],
)
def test_a_bulletin_title_stamped_as_of_a_time_on_a_date_dates_the_article(
    gazetteer, title, day
):
    from geo import analyze

    text = f"{title}\n\nThe enemy attacked three times near Vovchansk over the past day."
    assert analyze(text, gazetteer=gazetteer).date == day


def test_a_time_on_a_date_inside_the_story_dates_no_article(gazetteer):
    from geo import analyze

    text = (
        "Drones hit Sumy overnight.\n\nThe strike came as of 08:00 on 28.11.2026 the city "
        "had been without power for two days, officials said in a long statement that went "
        "on to list the damaged streets, the shelters opened and the schools closed."
    )
    assert analyze(text, gazetteer=gazetteer).date is None


def test_footage_of_half_the_places_of_the_articles_claim_still_confirms_it(gazetteer):
    text = (
        "Russian forces recently advanced near Kupiansk and Borova. Geolocated footage "
        "published on November 29 indicates that Russian forces recently advanced in "
        "northern Kupiansk."
    )
    own = claim_of(analysed(gazetteer, text), "near Kupiansk and Borova")
    assert own.status == "confirmed"
