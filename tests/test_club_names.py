"""A sports club's name: the city in it names the club (metonymic, like "Bank of
America"), and the club's own word is no place ("Metalist Kharkiv": no village Metalist).
Every text here is written for these tests."""

import pytest

from geo.text.clubs import club_city, sports_context


def span(text, name):
    s = text.index(name)
    return s, s + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Real Madrid beat Valencia 3-1 at home.", "Madrid"),
        ("Inter Milan's coach was sent off in the second half.", "Milan"),
        ("Dynamo Kyiv drew 0-0 in the league on Sunday.", "Kyiv"),
        ("Fans of Leeds United sang through the match.", "Leeds"),
        ("Stoke City's goalkeeper saved a penalty.", "Stoke"),
        # An abbreviation of a club's form is a club anywhere.
        ("FC Porto opened a new office downtown.", "Porto"),
        ("Toronto FC opened a new office downtown.", "Toronto"),
    ],
)
def test_a_club_city(text, name):
    assert club_city(text, *span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # No words of sport: "Real", "Inter" and "City" are everyday words there.
        ("Real estate agents in Madrid reported record prices.", "Madrid"),
        ("Mexico City officials opened the new metro line.", "Mexico"),
        ("Residents of Kansas City and Leeds were interviewed.", "Leeds"),
        # A club's word elsewhere in a sporting text is no club's name.
        ("The league met in Milan after the match.", "Milan"),
        ("Salford City Council said the stadium would close.", "Salford"),
        # A state's postal code after a town, and a country's short form before one.
        ("Flooding hit Columbia SC and Charleston; the match was off.", "Columbia"),
        ("NK Pyongyang relations were discussed at the summit.", "Pyongyang"),
    ],
)
def test_not_a_club_city(text, name):
    assert not club_city(text, *span(text, name))


def test_sports_context_reads_a_score_not_a_distance():
    assert sports_context("They won 2-1 on Sunday.", 0, 4)
    assert not sports_context("Shelling hit 2-3 km from the town.", 0, 8)
    assert not sports_context("Convoys moved 10-12 miles a day.", 0, 7)




def read(gazetteer, text):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [(t.text, t.place.country_code if t.place else None, t.metonymic) for t in a.toponyms]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A club's word before the city: every club alike, the city kept and flagged,
        # the club's word (a village's name elsewhere) no place.
        (
            "Karpaty Lviv beat Vorskla Poltava 3-0 on Saturday; the match was played in Uzhhorod.",
            [("Lviv", "UA", True), ("Poltava", "UA", True), ("Uzhhorod", "UA", False)],
        ),
        (
            "Sporting Lisbon drew 1-1 with Dinamo Zagreb in the cup.",
            [("Lisbon", "PT", True), ("Zagreb", "HR", True)],
        ),
        (
            "Metalist Kharkiv, promoted last season, said its stadium in Kharkiv was hit.",
            [("Kharkiv", "UA", True), ("Kharkiv", "UA", False)],
        ),
        (
            "Zorya Luhansk lost 2-1 to Shakhtar Donetsk.",
            [("Luhansk", "UA", True), ("Donetsk", "UA", True)],
        ),
        # The city after it: "X City", "X United" where the text speaks of sport.
        (
            "Manchester City's coach said the squad would fly to Warsaw.",
            [("Manchester", "GB", True), ("Warsaw", "PL", False)],
        ),
        # Outside sport the same words are places.
        (
            "Zorya is a village in Luhansk region, near Lysychansk.",
            [("Zorya", "UA", False), ("Luhansk", "UA", False), ("Lysychansk", "UA", False)],
        ),
        ("Real estate prices in Madrid rose.", [("Madrid", "ES", False)]),
    ],
)
def test_club_names_in_text(gazetteer, text, expected):
    assert read(gazetteer, text) == expected


@pytest.mark.gazetteer
def test_a_club_city_has_the_club_cue_and_no_mark_on_the_map(gazetteer):
    import geo
    from geo.render.scene import build_scene

    text = "Dinamo Zagreb beat Legia Warsaw 2-0 in the cup; fans later marched through Split."
    a = geo.analyze(text, gazetteer=gazetteer)
    cues = [(t.text, t.cue, t.metonymic) for t in a.toponyms]
    assert ("Zagreb", "club", True) in cues and ("Warsaw", "club", True) in cues
    assert [m.name for m in build_scene(a).places] == ["Split"]


@pytest.mark.parametrize(
    "text",
    [
        # One word that other stories use too is no sport.
        "Donors face penalties for giving to any Los Angeles City political campaign.",
        '"It matters most," said Rock Hill City Manager Carey Smith.',
    ],
)
def test_one_everyday_word_of_sport_is_no_sports_context(text):
    s = text.index("City") - 1
    assert not club_city(text, text.rindex(" ", 0, s) + 1, s)
