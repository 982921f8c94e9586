"""Things that bear a place's name and are no place (geo.text.non_places), locations a
list or a container states (geo.text.metonymy), and map labels in the text's spelling.
Every text here is written for these tests."""

import pytest


def read(gazetteer, text):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [(t.text, t.place.country_code if t.place else None, t.metonymic) for t in a.toponyms]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun after a German indefinite article: no Isle of Man, no Berg, no Wald.
        (
            "In Bremen fand ein Mann einen Berg. Die Polizei sagte, ein Wald brannte.",
            [("Bremen", "DE", False)],
        ),
        # A wind named after a place.
        ("Chinook winds melted the snow in Calgary.", [("Calgary", "CA", False)]),
        ("Strong Santa Ana winds closed roads in Ventura.", [("Ventura", "US", False)]),
        # A body of everyday words a hamlet shares, acting.
        (
            "The Red Cross said its volunteers reached Gaziantep.",
            [("Gaziantep", "TR", False)],
        ),
        # ... but the hamlet itself, with its container, stays.
        (
            "He grew up in Red Cross, North Carolina.",
            [("Red Cross", "US", False), ("North Carolina", "US", False)],
        ),
        # A facility named after a person: no Norman, Oklahoma; its name kept whole (near
        # Kingston: there), else with no place, as annotators mark it.
        (
            "The plane landed at the Norman Manley International Airport near Kingston.",
            [("Norman Manley International Airport", "JM", False), ("Kingston", "JM", False)],
        ),
        (
            "She was taken to Karl Bremer Hospital in Cape Town.",
            [("Karl Bremer Hospital", None, False), ("Cape Town", "ZA", False)],
        ),
        # A place's name after the first: the facility is the place's.
        (
            "The Kyiv Boryspil International Airport reopened.",
            [("Kyiv", "UA", False), ("Boryspil", "UA", False)],
        ),
        # An institution's word after its city: no second place.
        (
            "Dancers of the Kharkiv Opera toured Italy.",
            [("Kharkiv", "UA", False), ("Italy", "IT", False)],
        ),
    ],
)
def test_things_named_after_places(gazetteer, text, expected):
    assert read(gazetteer, text) == expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A destination with its container is a location, not a government.
        (
            "Charities sent aid to Kingston, Jamaica, after the storm.",
            [("Kingston", "JM", False), ("Jamaica", "JM", False)],
        ),
        # Names listed after "in" are locations, each of them.
        (
            "Residents in Mandalay and Sagaing said the shaking lasted a minute.",
            [("Mandalay", "MM", False), ("Sagaing", "MM", False)],
        ),
        (
            "Officials in Kyiv, Kharkiv and Odesa said the attack was repelled.",
            [("Kyiv", "UA", False), ("Kharkiv", "UA", False), ("Odesa", "UA", False)],
        ),
        # A capital speaking alone still speaks for its government.
        ("Moscow said aid to Kyiv would stop.", [("Moscow", "RU", True), ("Kyiv", "UA", True)]),
    ],
)
def test_listed_and_contained_places_are_locations(gazetteer, text, expected):
    assert read(gazetteer, text) == expected


def test_a_town_is_labelled_as_the_text_writes_it():
    from types import SimpleNamespace

    from geo.render.placement import place_label

    town = SimpleNamespace(kind="place", name="Tigwav")
    assert place_label(town, ["PETIT-GOAVE", "Petit-Goâve"]) == "Petit-Goâve"
    assert place_label(town, ["petit-goâve"]) == "Tigwav"  # a lower-case copy
    assert place_label(town, ["Petit-\nGoâve"]) == "Petit- Goâve"
    region = SimpleNamespace(kind="admin1", name="Sumy")
    assert place_label(region, ["Sumy Oblast"]) == "Sumy region"
    # a country's point is named too, as the text writes it (no unnamed diamond)
    assert place_label(SimpleNamespace(kind="country", name="Haiti"), ["HAITI", "Haïti"]) == "Haïti"


@pytest.mark.gazetteer
def test_map_label_and_tooltip(gazetteer):
    import geo
    from geo.render.scene import build_scene

    a = geo.analyze("Shelling hit Kharkov on Monday.", gazetteer=gazetteer)
    marks = [m for m in build_scene(a).places if m.name == "Kharkiv"]
    assert marks and marks[0].label == "Kharkov"
    assert "Kharkov, Kharkiv" in marks[0].tooltip


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("The Zelvin Fire, which began on Tuesday, burned 9,000 hectares.", []),
        ("Crews fought the Zelvin fires and the Orbel blaze overnight.", []),
        ("Crews reached Zelvin, which began to burn on Tuesday.", ["Zelvin"]),
    ],
)
def test_a_fire_named_after_a_place_is_not_warned_about(mini_gazetteer, text, warned):
    from geo.model import Toponym
    from geo.text.unplaced_more import likely_places

    names = [w for w in ("Zelvin", "Orbel") if w in text]
    toponyms = [Toponym(text.index(w), text.index(w) + len(w), w) for w in names]
    spans = likely_places(text, mini_gazetteer, toponyms)
    assert [text[s:e] for s, e in spans] == warned


def test_an_unplaced_river_is_warned_about_as_water(mini_gazetteer, caplog):
    from geo.model import Toponym
    from geo.text.unplaced import warn_unnamed

    text = "A bridge across the Zelvin River opened; trucks reached Orbel town."
    names = ("Zelvin River", "Orbel")
    toponyms = [Toponym(text.index(w), text.index(w) + len(w), w) for w in names]
    with caplog.at_level("WARNING", logger="geo.text.unplaced"):
        warn_unnamed(text, mini_gazetteer, toponyms)
    river = [r.getMessage() for r in caplog.records if "Zelvin" in r.getMessage()]
    town = [r.getMessage() for r in caplog.records if "Orbel" in r.getMessage()]
    assert river and "water body" in river[0] and "download" not in river[0]
    assert town and "reads as a place" in town[0]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        (
            "Observers from the Organization for Security and Cooperation in Europe "
            "recorded 300 explosions near Avdiivka.",
            {"Europe"},
            {"Avdiivka"},
        ),
        (
            "Monitors of the Organisation for Security and Co-operation in Europe counted "
            "blasts near Horlivka.",
            {"Europe"},
            {"Horlivka"},
        ),
        (
            "The Conference on Interaction and Confidence-Building Measures in Asia met in "
            "Astana; the Conference on Disarmament in Geneva adjourned.",
            {"Asia"},
            {"Astana", "Geneva"},  # a town after "in": where the body meets
        ),
        ("Gas prices rose across Europe and Asia.", set(), {"Europe", "Asia"}),
    ],
)
def test_a_continent_ending_a_bodys_name_is_no_place(gazetteer, text, absent, kept):
    from geo.text.geoparse import geoparse

    found = {t.text for t in geoparse(text, gazetteer) if t.place}
    assert not (absent & found)
    assert kept <= found
