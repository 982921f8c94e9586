"""Claims a reader can trust (issue 11): status from later sentences and the other side,
speakers found whole, pronouns, two speakers, cue verbs and frames, sides and kinds.

Each example of the issue is a test; each comes with more examples of its kind. The real
gazetteer resolves the places, as ``geo parse`` would.
"""

from __future__ import annotations

import pytest

import geo

from .test_claims import check_invariants


@pytest.fixture(scope="module")
def run(gazetteer):
    def analyse(text: str):
        analysis = geo.analyze(text, gazetteer=gazetteer)
        check_invariants(text, analysis.claims)
        for c in analysis.claims:
            assert c.responds_to is None or 0 <= c.responds_to < len(analysis.claims)
            assert (c.kind == "attributed") == (c.source is not None)
        return analysis

    return analyse


def claims_of(run, text):
    return run(text).claims


def summary(c):
    return (c.source, c.status)


# --- 1. a denial in a later sentence, by another party ----------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Officials installed by Russia said a Ukrainian drone hit the substation. "
            "Kyiv denied any role in the strike.",
            "officials installed by Russia",
            "Kyiv denied any role in the strike",
        ),
        (
            "Russia's defence ministry said Ukrainian forces shelled the Zaporizhzhia plant. "
            "Ukraine denied responsibility.",
            "Russia's defence ministry",
            "Ukraine denied responsibility",
        ),
        (
            "Ukraine's military said a Russian missile struck a school in Kharkiv. "
            "Moscow, which says it does not target civilians, denied the attack.",
            "Ukraine's military",
            "Moscow, which says it does not target civilians, denied the attack",
        ),
        (
            "Hamas said an Israeli strike killed 12 people in Rafah on Friday. "
            "The Israeli military denied carrying out any strike in the area.",
            "Hamas",
            "The Israeli military denied carrying out any strike in the area",
        ),
    ],
)
def test_a_later_denial_by_another_party_denies_the_claim(run, text, source, cue):
    first, *rest = claims_of(run, text)
    assert (first.source, first.status, first.status_cue) == (source, "denied", cue)
    assert not rest  # a reaction that says nothing else is no claim of its own


# --- 2. no comment, could not be verified, did not confirm ----------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Russia's army said it had seized the village of Ivanivka on Tuesday. Kyiv has "
            "not commented, and the report could not be independently verified.",
            "Kyiv has not commented",
        ),
        (
            "The RSF said it had taken the town of Babanusa. The army did not confirm the report.",
            "The army did not confirm the report",
        ),
        (
            "Ukraine's General Staff said 14 Russian tanks were destroyed near Pokrovsk. "
            "Moscow declined to comment.",
            "Moscow declined to comment",
        ),
        (
            "Israel said its jets hit a weapons depot in Lebanon. Hezbollah did not respond "
            "to a request for comment.",
            "Hezbollah did not respond to a request for comment",
        ),
        (
            "Russian forces captured the village of Pishchane, the defence ministry said. "
            "Reuters could not independently verify the claim.",
            "Reuters could not independently verify the claim",
        ),
    ],
)
def test_no_comment_or_no_verification_after_a_claim_leaves_it_unverified(run, text, cue):
    first, *rest = claims_of(run, text)
    assert (first.status, first.status_cue) == ("unverified", cue)
    assert not rest


# --- 3. the other side concedes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Russia's defence ministry said its troops had taken Avdiivka. A day later "
            "Ukraine's army chief said he had ordered a withdrawal from the town, in effect "
            "acknowledging its fall.",
            "Ukraine's army chief",
        ),
        (
            "Russian forces captured Vuhledar, Moscow said on Wednesday. Ukraine's military "
            "said later it had pulled its troops out of the town.",
            "Ukraine's military",
        ),
        (
            "Ukraine said its forces had recaptured Robotyne. Russia's defence ministry "
            "admitted its units had withdrawn from the village.",
            "Russia's defence ministry",
        ),
    ],
)
def test_a_concession_by_the_other_side_confirms_the_claim(run, text, answer):
    first, second = claims_of(run, text)
    assert first.status == "confirmed"
    assert first.status_cue.startswith(answer)
    assert (second.source, second.status, second.responds_to) == (answer, "asserted", 0)


def test_the_other_side_confirming_a_loss_confirms_the_claim(run):
    text = (
        "Israel's military said it had killed a Hezbollah commander in southern Lebanon. "
        "Hezbollah confirmed his death on Sunday."
    )
    (c,) = claims_of(run, text)
    assert (c.status, c.status_cue) == ("confirmed", "Hezbollah confirmed his death on Sunday")


@pytest.mark.parametrize(
    "answer",
    ["The Pentagon said no ship was hit.", "The Pentagon said the destroyer was not damaged."],
)
def test_the_other_side_saying_nothing_was_hit_disputes_the_claim(run, answer):
    text = "The Houthis said they had fired missiles at a US destroyer in the Red Sea. " + answer
    first, second = claims_of(run, text)
    assert (first.status, second.responds_to, second.side) == ("disputed", 0, "US")


def test_a_withdrawal_by_the_same_side_confirms_nothing(run):
    text = (
        "Ukraine's army said it had pulled back from two villages near Pokrovsk. "
        "Ukraine's General Staff said it had withdrawn from Krasnohorivka."
    )
    first, second = claims_of(run, text)
    assert (first.status, second.status, second.responds_to) == ("asserted", "asserted", None)


# --- 4. analysts' reservations and geolocated evidence -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry claimed its forces took the village, but ISW has not observed "
        "confirmation of this claim.",
        "Russia's defence ministry said its troops had entered Kupiansk. ISW has not observed "
        "confirmation of the claim.",
        "Pro-Russian bloggers claimed that assault groups reached the station. Analysts have "
        "seen no visual confirmation of the advance.",
    ],
)
def test_an_analysts_reservation_leaves_the_claim_unverified(run, text):
    first, *_ = claims_of(run, text)
    assert first.status == "unverified"


@pytest.mark.parametrize(
    "text",
    [
        "Russia's defence ministry said its troops captured Robotyne. Geolocated footage "
        "shows Russian soldiers in the village centre.",
        "Ukraine said its drones hit an oil depot in Bryansk. Geolocated videos showed a "
        "large fire at the site.",
    ],
)
def test_geolocated_footage_confirms_the_claim_it_supports(run, text):
    first, second = claims_of(run, text)
    assert first.status == "confirmed"
    assert first.status_cue.lower().startswith("geolocated")
    assert (second.side, second.responds_to, second.status) == ("independent", 0, "asserted")


# --- 5. speakers the tool missed or cut -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A Russian military blogger claimed that assault groups reached the station.",
            "a Russian military blogger",
        ),
        (
            "A prominent Russian war blogger claimed that assault groups reached the station.",
            "a prominent Russian war blogger",
        ),
        (
            "The front is moving, the Institute for the Study of War said.",
            "the Institute for the Study of War",
        ),
        (
            "The Institute for the Study of War said Russian forces advanced near Siversk.",
            "the Institute for the Study of War",
        ),
        (
            "The UN Office for the Coordination of Humanitarian Affairs said 40 trucks entered.",
            "the UN Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "JNIM, the Group for the Support of Islam and Muslims, said it attacked an army "
            "post near Djibo.",
            "JNIM",
        ),
        (
            "The Group for the Support of Islam and Muslims said it attacked an army post.",
            "the Group for the Support of Islam and Muslims",
        ),
        ("Yemen's Houthis said they seized the ship in the Red Sea.", "Yemen's Houthis"),
        (
            "According to the U.S. Census Bureau, the county lost 3,000 residents in 2020.",
            "the U.S. Census Bureau",
        ),
        (
            "Jane Roe, M.S., R.D., a dietitian at the clinic, said the diet was safe.",
            "Jane Roe",
        ),
        (
            "John Smith, Ph.D., an analyst at the institute, said the front was stable.",
            "John Smith",
        ),
    ],
)
def test_speakers_are_found_whole(run, text, source):
    (c,) = claims_of(run, text)
    assert c.source == source


@pytest.mark.parametrize(
    "text",
    [
        "EXPLOSIONS REPORTED IN KHARKIV AND ODESA OVERNIGHT",
        "Explosions Reported in Kharkiv and Odesa Overnight",
        "CASUALTIES CLAIMED AFTER STRIKE ON SUMY",
    ],
)
def test_a_headline_without_a_speaker_has_none(run, text):
    assert all(c.source is None for c in claims_of(run, text))


def test_an_all_caps_headline_with_a_speaker_keeps_it(run):
    (c,) = claims_of(run, "ZELENSKY SAYS RUSSIA LAUNCHED 400 DRONES AT KYIV")
    assert c.source == "ZELENSKY"


# --- 6. pronouns bind within the sentence first ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The governor said the city was calm. The Russian Defence Ministry released video "
            "it said showed soldiers raising a flag in the town centre.",
            "the Russian Defence Ministry",
        ),
        (
            "Ukraine's navy said the ship was hit. The Kremlin issued a statement in which it "
            "said the ship had sunk in a storm.",
            "the Kremlin",
        ),
        (
            "The army said the road was cut. Local officials published a list they said "
            "showed 40 names.",
            "local officials",
        ),
    ],
)
def test_pronouns_bind_within_the_sentence_first(run, text, source):
    claims = claims_of(run, text)
    assert claims[-1].source == source


# --- 7. two speakers in one sentence -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Russia said its forces repelled the attack, while Ukraine's General Staff said "
            "fighting continued near the village.",
            "Russia",
            "Ukraine's General Staff",
        ),
        (
            "The RSF said it controlled the airport, but the army said its troops still held "
            "the runway.",
            "the RSF",
            "the army",
        ),
        (
            "Israel said the strike targeted a Hamas commander; Gaza's civil defence said "
            "fighting continued in the camp.",
            "Israel",
            "Gaza's civil defence",
        ),
    ],
)
def test_two_speakers_in_one_sentence_are_two_claims(run, text, first, second):
    a, b = claims_of(run, text)
    assert (a.source, b.source) == (first, second)
    assert a.status == "disputed" and b.responds_to == 0


def test_the_same_side_saying_fighting_continued_disputes_nothing(run):
    text = (
        "Ukraine's army said its troops had repelled an assault near Pokrovsk. "
        "Ukraine's General Staff said fighting continued in the area."
    )
    first, second = claims_of(run, text)
    assert (first.status, second.responds_to) == ("asserted", None)


def test_a_far_answer_names_who_answered(run):
    text = (
        "Russian troops have advanced to the outskirts of Kupiansk, Russia's defence ministry "
        "said on Tuesday. Ukraine's General Staff said its forces were holding their positions "
        "and that fighting continued on the city's northern edge."
    )
    first, second = claims_of(run, text)
    assert first.status == "disputed" and second.responds_to == 0
    assert first.status_cue == "Ukraine's General Staff: fighting continued"


def test_a_counter_claim_nested_in_a_quote_is_split_out(run):
    text = (
        "Ukraine's army said: “Russia claims it captured the village, but our troops still "
        "hold it.”"
    )
    nested, outer = claims_of(run, text)
    assert (nested.source, nested.text, nested.status) == (
        "Russia",
        "Russia claims it captured the village",
        "disputed",
    )
    assert (outer.source, outer.side, outer.responds_to) == ("Ukraine's army", "UA", 0)
    assert outer.text.startswith("our troops still hold it")
    assert nested.status_cue == "Ukraine's army: our troops still hold it"


def test_a_quoted_claim_nobody_answers_stays_in_the_quotation(run):
    text = "The governor said: “Russia claims it hit a base near Sumy.”"
    (c,) = claims_of(run, text)
    assert c.source == "the governor"


# --- 8. cue verbs and frames ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The ministry called the strike a tragic mishap.", "the ministry", "called"),
        ("Kyiv called the referendum a sham.", "Kyiv", "called"),
        ("Analysts believe the offensive will stall near Pokrovsk.", "analysts", "believe"),
        ("The governor warned that more strikes on Kharkiv were likely.", "the governor", "warned"),
        (
            "The Israeli military acknowledged that it had struck the crossing.",
            "the Israeli military",
            "acknowledged",
        ),
        (
            "Israel struck the crossing, saying it was used to smuggle weapons.",
            "Israel",
            "saying",
        ),
        (
            "Russian forces shelled Kherson overnight, claiming the city hid Ukrainian guns.",
            "Russian forces",
            "claiming",
        ),
        (
            "Five people were killed in Kherson, according to the regional governor.",
            "the regional governor",
            "according to",
        ),
        ('"We will not give up Pokrovsk, the commander said.', "the commander", "said"),
    ],
)
def test_cue_verbs_and_frames(run, text, source, cue):
    (c,) = claims_of(run, text)
    assert (c.source, c.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The village called Ivanivka lies on the river.",
        "The president called for calm in Kharkiv on Friday.",
        "A so-called filtration camp stood near Olenivka.",
        "Troops shelled Kherson overnight, killing three people.",
        "A post office called Ada has been in operation since 1854.",
        "Settlers from Ohio founded a village they called Wheeler in 1850.",
    ],
)
def test_what_is_no_cue(run, text):
    assert all(c.cue not in ("called", "killing") for c in claims_of(run, text))


# --- 9, 10. sides and kinds ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side", "party"),
    [
        ("Russia's defence ministry said its troops took Avdiivka.", "RU", "Russia"),
        (
            "A Russian military blogger claimed that assault groups reached the station.",
            "RU",
            "Russia",
        ),
        (
            "Moscow-installed officials said shelling killed three people in Donetsk.",
            "RU",
            "Russia",
        ),
        ("Officials installed by Russia said a drone hit the substation.", "RU", "Russia"),
        ("Ukraine's General Staff said 40 drones were downed.", "UA", "Ukraine"),
        ("The governor of Sumy region said two people died in the attack.", "UA", "Ukraine"),
        ("Kyiv denied that its forces shelled the plant.", "UA", "Ukraine"),  # the denier's
        ("The RSF said it had seized El Fasher.", None, "Rapid Support Forces"),
        ("The Rapid Support Forces said it had seized El Fasher.", None, "Rapid Support Forces"),
        ("The Institute for the Study of War said Russian forces advanced.", "independent", None),
        ("Analysts said the offensive had stalled near Pokrovsk.", "independent", None),
        ("The IAEA said a drone struck the reactor building.", "independent", None),
        (
            "The International Atomic Energy Agency said a drone struck the reactor building.",
            "independent",
            None,
        ),
        ("Yale researchers said 30 buildings in El Fasher were destroyed.", "independent", None),
        ("Kyiv-based analysts said the offensive had stalled.", "independent", None),
        ("Russian analysts said the offensive had stalled near Pokrovsk.", "RU", "Russia"),
        ("Energoatom said the plant lost external power.", "UA", "Ukraine"),
        ("Reuters reported that 12 people died in Kharkiv.", "independent", None),
        ("Russia handed over 6,000 bodies under a June 2 agreement.", "independent", None),
        ("The Israeli military said it struck a Hamas command centre.", "IL", "Israel"),
    ],
)
def test_sides(run, text, side, party):
    c = claims_of(run, text)[0]
    assert (c.side, c.party) == (side, party)


def test_a_speaker_keeps_their_side_by_name_and_pronoun(run):
    text = (
        "Russian President Vladimir Putin said the offer stood. Later Putin said talks "
        "could resume. He said 3,000 bodies would be returned."
    )
    assert [c.side for c in claims_of(run, text)] == ["RU", "RU", "RU"]


def test_kinds(run):
    text = (
        "Russia's defence ministry said its troops took Avdiivka. "
        "Russia handed over 6,000 bodies under a June 2 agreement."
    )
    attributed, reported = claims_of(run, text)
    assert (attributed.kind, reported.kind) == ("attributed", "reported")
    assert reported.source is None


@pytest.mark.parametrize(
    "text",
    [
        "Kherson lies 30 km from the front line.",
        "The river runs north of the border.",
        "Odesa is an ancient port.",
        "Sumy, a city of 250,000 people, lies 30 km from the border.",
        "The Dnipro river runs through the city of Zaporizhzhia.",
        "Pokrovsk had a pre-war population of 60,000.",
        "San Isidro is divided into 9 barangays.",
        "The township was founded in 1849 by settlers from Ohio, 20 km north of Dayton.",
        "The Dnipro flows south through Zaporizhzhia for 80 km.",
    ],
)
def test_geography_and_background_are_no_claims(run, text):
    assert claims_of(run, text) == ()


# --- the contract ---------------------------------------------------------------------------


def test_contract_fields(run):
    text = (
        "Russia said its forces repelled the attack, while Ukraine's General Staff said "
        "fighting continued near the village."
    )
    first, second = (c.to_dict() for c in claims_of(run, text))
    assert (first["side"], first["party"], first["kind"]) == ("RU", "Russia", "attributed")
    assert first["status_cue"].startswith("Ukraine's General Staff")
    assert (second["side"], second["responds_to"]) == ("UA", 0)


# --- a whole article ------------------------------------------------------------------------


def test_an_article_mixing_the_kinds(run):
    from .test_claims import article

    a = run(article("claims_frontline_sides.txt"))
    claims = a.claims
    by_source = {}
    for i, c in enumerate(claims):
        by_source.setdefault(c.source, []).append(i)

    def one(source):
        (i,) = by_source[source]
        return i, claims[i]

    # The headline: two speakers, the second disputes the first.
    assert [c.source for c in claims[:2]] == ["Russia", "Kyiv"]
    assert claims[0].status == "disputed" and claims[1].responds_to == 0
    # A capture claim disputed at once, then conceded two paragraphs later.
    mod_i, mod = one("Russia's defence ministry")
    _, staff = one("Ukraine's General Staff")
    _, army = one("Ukraine's army")
    assert (mod.side, mod.status) == ("RU", "confirmed")
    assert mod.status_cue.startswith("Ukraine's army said it had ordered its units to withdraw")
    assert staff.responds_to == mod_i and army.responds_to == mod_i and army.side == "UA"
    # A later denial by the other side, though the speaker's phrase names a Ukrainian city.
    _, installed = one("Moscow-installed officials in Donetsk")
    assert (installed.side, installed.status) == ("RU", "denied")
    assert installed.status_cue == "Kyiv denied targeting residential areas"
    assert {a.toponyms[i].text for i in installed.toponyms} == {"Donetsk"}
    # An analyst's reservation, answered by a claim of its own.
    blogger_i, blogger = one("a Russian military blogger")
    _, isw = one("the Institute for the Study of War")
    assert (blogger.side, blogger.status) == ("RU", "unverified")
    assert (isw.side, isw.responds_to) == ("independent", blogger_i)
    # A governor named in apposition, then "he".
    assert [claims[i].side for i in by_source["Serhiy Lysak"]] == ["UA", "UA"]
    # Background is no claim; no claim is pinned on a speaking capital or country.
    assert not [c for c in claims if "logistics hub" in c.text]
    assert not [i for c in claims for i in c.toponyms if a.toponyms[i].metonymic]
    assert all(t.metonymic for t in a.toponyms if t.text in ("Moscow", "Kyiv"))


# --- a denial of a claim the sentence itself states; "disputed that" ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces shelled Kupiansk overnight, the regional governor said. "
            "Kyiv denied Moscow's claim that it had lost Robotyne.",
            [("the regional governor", "asserted"), ("Moscow", "denied")],
        ),
        (
            "Ukraine denied Russia's claim that its forces had captured Avdiivka.",
            [("Russia", "denied")],
        ),
    ],
)
def test_a_denied_claim_named_in_the_sentence_is_that_claim(run, text, expected):
    assert [summary(c) for c in claims_of(run, text)] == expected


@pytest.mark.parametrize("verb", ["disputed", "denied", "rejected"])
def test_a_bare_reaction_that_answers_the_claim_before(run, verb):
    text = f"Zelensky said Ukrainian forces held Chasiv Yar. The Kremlin {verb} that."
    (claim,) = claims_of(run, text)
    assert claim.source == "Zelensky"
    assert claim.status == ("disputed" if verb in ("disputed", "rejected") else "denied")
