"""People's names that are places' names too: after a middle initial ("Kijuan D.
McDonald"), or a title and a given name ("The Rev. Al Meredith"), the name is a
person's, and so is its surname alone later; but a place named after a person keeps
its name ("named for Frank C. Armstrong ... a post office opened in Armstrong")."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _names(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer) if t.place is not None]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Kijuan D. McDonald was hauling a sack. Deputies chatted with McDonald, 24, "
            "of Archer, Fla.",
            ["Archer", "Fla."],
        ),
        ("The Rev. Al Meredith, senior pastor, spoke. Meredith escaped harm.", []),
        ("Judge David W. Lewis heard the case in Dover. Lewis set bail.", ["Dover"]),
        ("Mayor Curtis McCoy of Mansfield, La., spoke.", ["Mansfield", "La."]),
        # Two initials for the given names: a person's too, unless they spell a place's
        # abbreviation ("U.S. Steel", "D.C. Houston").
        ("The lineup: coach Matt Shaul, C.J. McArthur and Chad Foster of Dresden, Ohio.",
         ["Dresden", "Ohio"]),
        ("T. J. Holmes reported from Atlanta.", ["Atlanta"]),
        ("Shares of U.S. Steel fell.", ["U.S."]),
        ("He flew to Washington, D.C. Houston police said later.",
         ["Washington", "D.C.", "Houston"]),
    ],
)
def test_a_persons_name_is_no_place(gazetteer, text, places):
    assert _names(gazetteer, text) == places


@pytest.mark.parametrize(
    "text",
    [
        "The town was named for Frank C. Armstrong, a member of the Commission. In 1896, "
        "another post office opened in Armstrong.",
        "The town was named after Frank Armstrong. In 1896, another post office opened "
        "in Armstrong.",
        "The village was renamed in honor of General Wood B. Armstrong. The post office "
        "in Armstrong closed in 1920.",
    ],
)
def test_a_place_named_after_a_person_keeps_its_name(gazetteer, text):
    assert _names(gazetteer, text) == ["Armstrong"]


def test_an_initials_dot_never_spans_a_sentence(gazetteer):
    # "for him." ends a sentence: the person after it is remembered as usual.
    text = "The prize was named for him. Judge Ann B. Lewis said Lewis was fine."
    assert _names(gazetteer, text) == []


def test_a_headline_surname_before_a_titled_full_name_is_the_persons(gazetteer):
    # "Mayor Ryan Bingham" read whole after its title: the headline's Bingham is his.
    text = (
        "Bingham to unveil drug plan\n"
        "TORRINGTON, Conn. — Mayor Ryan Bingham will hold a press conference on Friday."
    )
    assert _names(gazetteer, text) == ["TORRINGTON", "Conn."]


def test_a_town_named_after_a_person_with_initials_keeps_its_name(gazetteer):
    # Two initials make only that mention a person's: the town named after him stays.
    text = (
        "The camp was first called Harriman after E. H. Harriman, a railway builder. "
        "Harriman grew around the rail yards."
    )
    person = text.index("E. H. Harriman") + len("E. H. ")
    starts = [t.start for t in geoparse(text, gazetteer) if t.text == "Harriman"]
    assert starts == [text.index("Harriman"), text.rindex("Harriman")] and person not in starts
