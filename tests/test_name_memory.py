"""A name the text has placed stays a place when a body's or a person's name takes its
word up later ("Gatesville is a city in Texas ... The Gatesville Messenger ...
Gatesville was settled"); a person read first keeps the word.

Every text here is written for these tests.
"""

import pytest

from geo.text.name_memory import NotPlaces
from geo.text.tokens import Mention


def test_placed_names_are_refused_by_the_memory():
    memory = NotPlaces()
    memory.add("smith")
    memory.placed_name("gatesville")
    memory.add("gatesville")
    assert "smith" in memory and "gatesville" not in memory


def test_a_person_remembered_first_keeps_the_word():
    memory = NotPlaces()
    memory.add("shelby")
    memory.placed_name("shelby")
    assert "shelby" in memory  # only later words are refused


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("Gatesville is a city in Coryell County, Texas.", True),  # a definition
        ("They moved to Mooresville, North Carolina, in May.", True),  # a container
        ("Mooresville Christian Academy opened in May.", False),
        ("Gatesville won the vote.", False),
    ],
)
def test_read_notes_a_definition_or_container(text, placed):
    memory = NotPlaces()
    at = text.index("Gatesville") if "Gatesville" in text else text.index("Mooresville")
    name = text[at:].split()[0].strip(",")
    memory.read(text, Mention(at, at + len(name), name.lower(), 0, 0))
    memory.add(name.lower())
    assert (name.lower() not in memory) is placed


def test_read_notes_a_container():
    text = "They moved to Mooresville in May."
    at = text.index("Mooresville")
    memory = NotPlaces()
    memory.read(text, Mention(at, at + 11, "mooresville", 0, 0, containers=(("US", "NC"),)))
    memory.add("mooresville")
    assert "mooresville" not in memory


def _names(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.start) for t in geoparse(text, gazetteer) if t.place is not None]


@pytest.mark.gazetteer
def test_a_town_stays_a_town_after_its_newspaper(gazetteer):
    text = (
        "Gatesville is a city in Coryell County, Texas. The Gatesville Messenger is its "
        "weekly newspaper. Gatesville was settled in 1854."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "Gatesville"]
    assert text.rindex("Gatesville") in found  # "Gatesville was settled"


@pytest.mark.gazetteer
def test_a_town_stays_a_town_after_its_paper_in_north_carolina(gazetteer):
    text = (
        "Mooresville is a town in Iredell County, North Carolina. The Mooresville "
        "Tribune covers it. Mooresville lies near a lake."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "Mooresville"]
    assert text.rindex("Mooresville") in found  # "Mooresville lies near a lake"


def test_a_bodys_word_after_a_preposition_of_place_is_a_place_again():
    memory = NotPlaces()
    memory.add_body("brevard")  # "the Brevard Farmers Market"
    text = "The market moved to Brevard. Brevard said no. A Brevard Farmers Market stall."
    assert not memory.refuses("brevard", text, text.index("Brevard"), text.index("."))
    second = text.index("Brevard said")
    assert memory.refuses("brevard", text, second, second + 7)  # no preposition
    third = text.index("Brevard Farmers")
    assert memory.refuses("brevard", text, third, third + 7)  # the body's name again


def test_of_makes_a_home_only_before_punctuation():
    memory = NotPlaces()
    memory.add_body("brevard")
    text = "Ann Cole of Brevard, a baker, and the head of Brevard said so."
    first = text.index("Brevard")
    assert not memory.refuses("brevard", text, first, first + 7)
    last = text.rindex("Brevard")
    assert memory.refuses("brevard", text, last, last + 7)


def test_a_persons_word_keeps_no_exception():
    memory = NotPlaces()
    memory.add_body("murray")
    memory.add("murray")  # a person's too: "Coach Tim Murray"
    text = "They handed the ball to Murray."
    assert memory.refuses("murray", text, text.index("Murray"), text.index("."))


@pytest.mark.gazetteer
def test_a_town_named_by_a_church_stays_a_town_after_a_preposition(gazetteer):
    text = (
        "Hundreds came to First Methodist Church Gatlinburg on Sunday. The pastor "
        "moved to Gatlinburg in 2001, and the choir sang in Gatlinburg for years."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "Gatlinburg"]
    assert text.index("to Gatlinburg") + 3 in found
    assert text.index("in Gatlinburg") + 3 in found


@pytest.mark.gazetteer
def test_a_shop_named_after_its_neighbourhood(gazetteer):
    text = (
        "Crowds filled the Shadyside Giant Eagle Market District on Sunday. Dana Roth of "
        "Shadyside, a nurse, shops there; the store in Shadyside opened in 2002."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "Shadyside"]
    assert text.index("of Shadyside") + 3 in found
    assert text.index("in Shadyside") + 3 in found


@pytest.mark.gazetteer
def test_a_school_named_by_a_word_is_that_school_alone(gazetteer):
    # "at McGill" after "McGill University": the school's shorthand, no town of McGill.
    text = (
        "He trained for four years at McGill University in Montreal. He was proud to "
        "study at McGill, one of the best schools in Canada."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "McGill"]
    assert text.index("at McGill,") + 3 not in found


@pytest.mark.gazetteer
def test_a_persons_surname_stays_the_persons_after_to(gazetteer):
    text = "Coach Tim Murray praised the team. The players gave the ball to Murray."
    assert all(name != "Murray" for name, _ in _names(gazetteer, text))


def test_later_surnames_drop_a_bare_name_the_story_later_gives_a_person():
    text = "Kemper wins the race. Later Ann B. Kemper thanked voters in Kemper."
    memory = NotPlaces()
    memory.add_surname("kemper", text.index("Ann"))
    head = Mention(0, 6, "kemper", 0, 0)
    after = Mention(text.rindex("Kemper"), text.rindex("Kemper") + 6, "kemper", 12, 12)
    assert memory.later_surnames(text, [head, after]) == [after]  # "in Kemper" is after
    cued = Mention(0, 6, "kemper", 0, 0, "in")
    assert memory.later_surnames(text, [cued]) == [cued]


@pytest.mark.gazetteer
def test_a_headlines_surname_is_the_persons_named_below(gazetteer):
    text = (
        "Sanford rejects the stimulus money. COLUMBIA - Gov. Mark Sanford said on Friday "
        "that the state would not take it."
    )
    assert all(name != "Sanford" for name, _ in _names(gazetteer, text))


@pytest.mark.gazetteer
def test_the_before_a_given_name_is_a_pubs_name_not_a_person(gazetteer):
    text = "Twickenham pub holds a quiz. Drinkers at The George Twickenham raised 500 pounds."
    found = [start for name, start in _names(gazetteer, text) if name == "Twickenham"]
    assert 0 in found  # no person "George Twickenham" named later takes the word


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lancaster school nurses vote to join a union. Nurses in Lancaster earn less.",
         "Lancaster"),
        ("Rochester man says his home was burglarized. A Rochester man told police.",
         "Rochester"),
    ],
)  # fmt: skip
def test_a_sentence_opener_is_a_place_where_the_text_places_it(gazetteer, text, name):
    # One sense per text: the opening word, held back as an everyday word, is the
    # place the text names elsewhere.
    found = [start for n, start in _names(gazetteer, text) if n == name]
    assert 0 in found and len(found) == 2


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Reading the report, she moved to Reading in May.",  # a verb: never held
        "Nash Riad sold the ticket. Later Riad moved to Nash, Texas.",  # a name goes on
    ],
)
def test_a_sentence_opener_that_is_no_place_stays_out(gazetteer, text):
    assert all(start != 0 for _, start in _names(gazetteer, text))


@pytest.mark.gazetteer
def test_an_opener_alone_stays_an_everyday_word(gazetteer):
    text = "Lancaster school nurses vote to join a union on Monday."
    assert all(name != "Lancaster" for name, _ in _names(gazetteer, text))


@pytest.mark.gazetteer
def test_a_run_with_no_given_name_is_a_bodys(gazetteer):
    # "Okeechobee TIGER Funding Event": no person's name, so "in Okeechobee" is the town.
    text = (
        "The mayor spoke at the Okeechobee TIGER Funding Event on Friday. Roads in "
        "Okeechobee will be rebuilt."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "Okeechobee"]
    assert text.index("in Okeechobee") + 3 in found


def test_a_noted_surname_drops_only_earlier_bare_mentions_of_a_remembered_word():
    text = "Bingham wins. Manchester too. Mayor Ryan Bingham spoke in Bingham."
    memory = NotPlaces()
    memory.add("bingham")
    memory.note_surname("bingham", 26 + 10)
    memory.note_surname("manchester", 14)  # not remembered (a large town's): not noted
    mentions = [
        Mention(0, 7, "bingham", 0, 0),
        Mention(14, 24, "manchester", 2, 2),
        Mention(58, 65, "bingham", 10, 10),  # after "in", and after the full name
    ]
    kept = memory.later_surnames(text, mentions)
    assert [m.start for m in kept] == [14, 58]
