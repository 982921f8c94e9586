"""A governor's or leader's title names his region, the speaker's office, not a place of
his claim (geo.text.office_titles, geo.text.body_regions).  Texts written for these tests.
"""

import pytest

import geo
from geo.text.office_titles import office_title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("a strike on Dobropillia, Donetsk Governor Vadym Filashkin said", "Donetsk", True),
        ("Kremlin-installed Donetsk leader Denis Pushilin claimed", "Donetsk", True),
        ("Russia's Belgorod governor Vyacheslav Gladkov said", "Belgorod", True),
        ("Kharkiv regional governor Oleh Syniehubov said", "Kharkiv", True),
        ("New York Gov. Kathy Hochul said", "New York", True),
        ("a drone hit Donetsk, Governor Denis Pushilin said", "Donetsk", False),
        ("the Belgorod governor's office said", "Belgorod", False),
        ("Kharkiv Mayor Ihor Terekhov said", "Kharkiv", False),
    ],
)
def test_an_office_title_after_a_name(text, name, title):
    assert office_title(text, text.index(name) + len(name)) is title


@pytest.fixture(scope="module")
def run(gazetteer):
    return lambda text: geo.analyze(text, gazetteer=gazetteer)


def toponym(analysis, name, k=0):
    return [t for t in analysis.toponyms if t.text == name][k]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # The tester's.
        ("Russian forces killed 12 civilians in a strike on Dobropillia, Donetsk Governor "
         "Vadym Filashkin said.", "Donetsk", "Dobropillia"),
        ("Separately, Russia's Belgorod governor Vyacheslav Gladkov said a Ukrainian drone hit "
         "a car in the border town of Shebekino.", "Belgorod", "Shebekino"),
        # Our own: a leader's title, a region's governor after the place.
        ("Ukrainian shells hit a bus stop in Horlivka, Donetsk leader Denis Pushilin said.",
         "Donetsk", "Horlivka"),
        ("Drones struck a substation near Kupiansk, Kharkiv Governor Oleh Syniehubov said.",
         "Kharkiv", "Kupiansk"),
    ],
)
def test_the_titles_region_is_the_speakers_not_a_place_of_the_claim(run, text, name, place):
    a = run(text)
    title = toponym(a, name)
    assert title.place.kind == "admin1" and title.metonymic
    (claim,) = a.claims
    names = [a.toponyms[i].text for i in claim.toponyms]
    assert place in names and name not in names


@pytest.mark.gazetteer
def test_a_title_alone_in_its_sentence_stays_the_claims_place(run):
    a = run("Belgorod Governor Vyacheslav Gladkov said drones wounded three people.")
    belgorod = toponym(a, "Belgorod")
    assert belgorod.place.kind == "admin1" and not belgorod.metonymic
    (claim,) = a.claims
    assert [a.toponyms[i].text for i in claim.toponyms] == ["Belgorod"]


@pytest.mark.gazetteer
def test_the_same_name_as_a_place_of_the_claim_stays_the_city(run):
    a = run("Kremlin-installed Donetsk leader Denis Pushilin claimed that Ukrainian artillery "
            "shelled a market in Donetsk, killing 6 people.")
    title, market = toponym(a, "Donetsk", 0), toponym(a, "Donetsk", 1)
    assert title.place.kind == "admin1" and title.metonymic
    assert market.place.kind == "place" and not market.metonymic


@pytest.mark.gazetteer
def test_the_region_of_a_later_sentence_is_the_governors(run):
    a = run("Ukrainian troops shelled the city of Energodar overnight, Zaporozhye Region "
            "Governor Yevgeny Balitsky told TASS. The Kiev regime is deliberately targeting "
            "civilian infrastructure in the region, the governor said.")
    region = toponym(a, "Zaporozhye Region")
    assert region.metonymic
    later = a.claims[-1]
    assert "in the region" in later.text
    assert [a.toponyms[i].text for i in later.toponyms] == ["Zaporozhye Region"]
