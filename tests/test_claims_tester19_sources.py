"""The tester's 19th round, claims: denials of other things, places and pronouns taken
for speakers, and the side of rebels a state backs (texts written for these tests)."""

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return [
        (c.source, c.status, c.side, text[c.start : c.end])
        for c in analyze(text, gazetteer=gazetteer).claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Poland's prime minister condemned the drone incursion. Lithuania denied that "
        "Belarusian helicopters had crossed its border.",
        "The opposition leader said the vote was rigged. Moscow's foreign ministry denied that "
        "its observers had been barred from polling stations.",
    ],
)
def test_a_denial_of_another_thing_answers_nothing_before_it(gazetteer, text):
    first, denial = claims(gazetteer, text)
    assert first[1] == "asserted"
    assert denial[1] == "denied" and denial[0] is not None  # the denier's own claim
    assert denial[3].split()[0] in ("Lithuania", "Moscow's")


def test_a_denial_of_the_same_event_still_denies_it(gazetteer):
    text = (
        "Russia's Defence Ministry said its forces had captured the village of Pisky. "
        "Ukraine's army denied that its units had retreated from the village."
    )
    (first,) = claims(gazetteer, text)
    assert first[:2] == ("Russia's Defence Ministry", "denied")


@pytest.mark.parametrize(
    "text",
    [
        "Ankara's foreign ministry denied reports that Turkish drones had been sold to the rebels.",
        "The army denied carrying out the strike on the market.",
    ],
)
def test_a_denial_with_nothing_to_answer_names_its_denier(gazetteer, text):
    ((source, status, _, _),) = claims(gazetteer, text)
    assert status == "denied" and source is not None and source.lower() in text.lower()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In Kherson, two people were wounded by shelling, said governor Oleksandr Prokudin "
         "on Telegram.", "Oleksandr Prokudin"),
        ("In Dnipro, a drone hit a warehouse, said the governor, Serhiy Lysak, in a video.",
         "the governor"),
        ("Residents of Bucha and of villages near Irpin said soldiers had searched homes.",
         "residents of Bucha and of villages near Irpin"),
        ("Ukraine's commander-in-chief, Oleksandr Syrskyi, said his troops were regrouping.",
         "Oleksandr Syrskyi"),
    ],
)  # fmt: skip
def test_no_place_or_object_is_the_speaker(gazetteer, text, speaker):
    ((source, _, _, _),) = claims(gazetteer, text)
    assert source == speaker


@pytest.mark.parametrize(
    "speaker",
    [
        "Rebel leader Alexander Zakharchenko said",
        "Separatist commander Eduard Basurin said",
        "The rebels' news agency said",
    ],
)
def test_rebels_the_text_calls_russian_backed_speak_for_russia(gazetteer, speaker):
    text = (
        "Pro-Russian separatists shelled the town of Debaltseve on Tuesday. "
        f"{speaker} his fighters had taken two villages."
    )
    *_, last = claims(gazetteer, text)
    assert last[2] == "RU"


def test_rebels_of_no_backer_keep_no_side(gazetteer):
    text = "Rebel leader Saw Tun said his fighters had taken two army posts near Lashio."
    ((_, _, side, _),) = claims(gazetteer, text)
    assert side is None


def test_a_side_as_speaker_makes_a_claim_its_caveat_covers(gazetteer):
    text = (
        "The Ukrainian army reports heavy fighting around Toretsk. The Russian side claims "
        "to have taken the village of Dachne; this could not be verified."
    )
    army, russia = claims(gazetteer, text)
    assert army[:3] == ("the Ukrainian army", "asserted", "UA")
    assert russia[:3] == ("the Russian side", "unverified", "RU")


def test_none_of_the_claims_reaches_past_a_partys_silence(gazetteer):
    text = (
        "Colombia's army said it had killed 12 rebels in a raid on a camp. The rebels said "
        "they had shot down an army helicopter. The army did not comment on the helicopter "
        "claim.\n\nA local official said six farmers were among the dead. None of the claims "
        "could be independently verified."
    )
    *_, army, rebels, official = claims(gazetteer, text)
    assert all(c[1] == "unverified" for c in (army, rebels, official))


@pytest.mark.parametrize("title", ["SUDAN: Humanitarian Situation Report No. 22",
                                   "Flash Report No. 3"])  # fmt: skip
def test_a_numbered_report_title_is_no_claim(gazetteer, title):
    text = f"{title}\n\nFighting in El Fasher has displaced an estimated 40,000 people."
    ((source, _, _, said),) = claims(gazetteer, text)
    assert source is None and said.startswith("Fighting")


def test_a_press_release_speaks_for_its_issuer(gazetteer):
    text = (
        "PRESS RELEASE\nGeneral Staff of the Armed Forces of Ukraine\nKyiv, 3 March 2025\n\n"
        "Overnight, the enemy attacked the city of Kharkiv with 40 drones, of which 31 were "
        "shot down.\n"
    )
    ((source, _, side, _),) = claims(gazetteer, text)
    assert (source, side) == ("General Staff of the Armed Forces of Ukraine", "UA")
    # a headline under the noun is no issuer
    text = "STATEMENT\nTroops advance near Kharkiv\n\nOvernight 40 drones were shot down.\n"
    assert all(c[0] != "Troops advance near Kharkiv" for c in claims(gazetteer, text))


def test_a_so_called_operation_in_a_title_keeps_the_owner(gazetteer):
    text = (
        "Kyiv's spokesman for the so-called Anti-Terrorist Operation, Andriy Lysenko, told "
        "reporters that five soldiers had been killed."
    )
    ((source, _, side, _),) = claims(gazetteer, text)
    assert (source, side) == ("Andriy Lysenko", "UA")


def test_a_plural_cue_word_before_a_verb_is_a_noun(gazetteer):
    text = (
        "Russia said it took the town. Ukraine said it still held it. "
        "The Russian side claims could not be verified."
    )
    assert [c[0] for c in claims(gazetteer, text)] == ["Russia", "Ukraine"]


def test_a_bare_body_in_a_release_is_the_issuers_states(gazetteer):
    text = (
        "PRESS RELEASE\nMinistry of Defence of Ukraine\nKyiv, 3 March 2025\n\n"
        "According to the Air Force, the missile was launched from the Kursk region of Russia.\n"
    )
    ((source, _, side, _),) = claims(gazetteer, text)
    assert (source, side) == ("the Air Force", "UA")


def test_an_abbreviation_with_its_article_keeps_the_full_names_side(gazetteer):
    text = (
        "The South Sudan People's Defence Forces (SSPDF) said it repelled an attack near "
        "Malakal. The SSPDF said 12 attackers were killed."
    )
    assert [c[2] for c in claims(gazetteer, text)] == ["SS", "SS"]
