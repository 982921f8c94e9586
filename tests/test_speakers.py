"""A bare name that speaks is a person's ("Brandt said"), unless a place may speak
as its government or people (a country, a region, a capital, a large city) or the text
makes it a location ("the mayor of Marlow said", "in Marlow").

Every text here is written for these tests.
"""

import pytest

from geo.text.speakers import speaks
from geo.text.tokens import Mention


def _mention(text, name, **kw):
    at = text.index(name)
    return Mention(at, at + len(name), name.lower(), 0, 0, **kw)


@pytest.mark.parametrize(
    "text",
    [
        "Brandt said the company would hire more moderators.",
        "Asked about the cuts, Brandt told reporters she had no regrets.",
        "Brandt later added that the plan was final.",
        '"We were lucky," Brandt laughs.',
    ],
)
def test_a_name_that_speaks(text):
    assert speaks(text, _mention(text, "Brandt"))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of the town of Brandt said the library would reopen.",
        "A farmer from Brandt said the river rose overnight.",
        "Residents in Brandt said the bridge was unsafe.",
        "Brandt announced new curfews on Monday.",  # a council may announce
        "Brandt has recalled the contaminated batches.",  # a thing is recalled
        "Brandt is a village in Bavaria.",
    ],
)
def test_a_name_that_does_not_speak(text):
    assert not speaks(text, _mention(text, "Brandt"))


def test_a_name_with_a_cue_or_container_does_not_speak():
    text = "Brandt said little."
    assert not speaks(text, _mention(text, "Brandt", cue="in"))
    assert not speaks(text, _mention(text, "Brandt", containers=(("DE", "02"),)))


def _found(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.start) for t in geoparse(text, gazetteer)]


@pytest.mark.gazetteer
def test_a_small_place_that_speaks_is_a_person_everywhere_in_the_text(gazetteer):
    text = (
        "Marlow has coached the team for ten years. Marlow said on Monday that the "
        "players from Oxford would train in Reading this summer. Marlow's contract "
        "runs until 2030."
    )
    assert [name for name, _ in _found(gazetteer, text)] == ["Oxford", "Reading"]


@pytest.mark.gazetteer
def test_the_person_leaves_the_place_named_as_a_place(gazetteer):
    text = "The clinic in Marlow reopened. Marlow said the new clinic was overdue."
    found = _found(gazetteer, text)
    assert found == [("Marlow", text.index("Marlow"))]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moscow said the talks would resume in Istanbul.", "Moscow"),  # a capital
        ("Texas said it would appeal the ruling.", "Texas"),  # a first-level region
        ("Russia said the strikes hit military targets.", "Russia"),  # a country
        ("Chicago said the parade would go ahead.", "Chicago"),  # a city of millions
    ],
)
def test_places_that_speak_as_governments_stay(gazetteer, text, name):
    assert (name, text.index(name)) in _found(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Velykyi Burluk and Brandt said they had no power.",
        "Farmers near Kupiansk, Izium and Brandt said the shelling went on.",
    ],
)
def test_a_name_in_a_list_of_places_does_not_speak(text):
    assert not speaks(text, _mention(text, "Brandt"))


@pytest.mark.gazetteer
def test_a_province_named_after_its_town_is_a_person_s_name_when_the_text_says_so(gazetteer):
    """Rieti is an Italian province and its town of 47,000: "Laura Rieti ... Rieti
    said" is the director; with no person of the name, "Rieti said" is the province."""
    person = (
        "The director Laura Rieti grew up in Boston. Rieti said the new film was shot "
        "in Boston. Rieti will start a new project soon."
    )
    assert [name for name, _ in _found(gazetteer, person)] == ["Boston", "Boston"]
    province = "The province of Rieti lies north of Rome. Rieti said it would open two schools."
    assert [name for name, _ in _found(gazetteer, province)] == ["Rieti", "Rome", "Rieti"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "person",
    [
        'The plant could heat the town, explains councillor Dewly Nelson. "It could work," '
        "Nelson says. Across the B.C. border, Valemount plans a similar park.",
        'Mayor Tayo Nelson opened the rink in Valemount. "We waited years," Nelson said.',
        "Valemount's new clinic was praised by Dr. Ardeen Nelson. Nelson added that staff "
        "would follow.",
    ],
)
def test_a_region_s_name_after_a_title_and_a_name_the_lists_lack_is_a_person_s(
    gazetteer, person
):
    """Nelson is a New Zealand region and its town; after a title and a given name the
    name lists lack ("councillor Dewly Nelson"), "Nelson says" is that person."""
    assert "Nelson" not in [name for name, _ in _found(gazetteer, person)]
    place = 'The ferry from Picton reached Nelson on Friday. "We are full," Nelson said.'
    assert "Nelson" in [name for name, _ in _found(gazetteer, place)]


@pytest.mark.gazetteer
def test_a_regional_centre_that_speaks_stays_a_place(gazetteer):
    text = "Kherson said the curfew would stay. Russian troops shelled Kherson overnight."
    assert [name for name, _ in _found(gazetteer, text)] == ["Kherson", "Kherson"]


@pytest.mark.parametrize(
    "text",
    [
        "Later, Brandt reported that two houses had burned.",
        "On Monday, Brandt stated that the school would close.",
        "Separately, Brandt wrote on Telegram that the road was cut.",
        "Brandt posted a video of the damage.",
        "Brandt claimed in a post that the bridge held.",
        "Brandt announced on Facebook that the curfew was lifted.",
    ],
)
def test_a_name_that_reports_as_a_person_does(text):
    assert speaks(text, _mention(text, "Brandt"))


@pytest.mark.parametrize(
    "text",
    [
        "Brandt reported heavy shelling overnight.",  # a town's own report
        "Brandt claims the title of oldest village.",
        "Officials in Brandt reported that two houses had burned.",
    ],
)
def test_a_place_that_reports_stays(text):
    assert not speaks(text, _mention(text, "Brandt"))


@pytest.mark.gazetteer
def test_a_governor_after_a_sentence_adverbial_is_no_village(gazetteer):
    import geo

    a = geo.analyze(
        "Later, Fedorov reported that Russians had also struck Orikhiv.", gazetteer=gazetteer
    )
    assert [t.text for t in a.toponyms] == ["Orikhiv"]
    assert all(c.side != "KZ" for c in a.claims)
