"""An armed body's name that spells like a place is no place (geo.text.armed_names,
weighed in geo.text.false_places)."""

import pytest

from geo.text.armed_names import armed_name, force_name
from geo.text.geoparse import geoparse


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("the Assam Rifles said troops were deployed", "Assam", "force"),
        ("the Azov Brigade held the plant", "Azov", "force"),
        ("Fano militiamen clashed with troops", "Fano", "group"),
        ("Wagner fighters were seen", "Wagner", "group"),
        ("Police said the gang Los Lobos was behind it", "Los Lobos", "group"),
        ("the cartel Los Choneros claimed it", "Los Choneros", "group"),
        ("Troops entered Kharkiv on Monday", "Kharkiv", ""),
        ("the Kharkiv brigade said", "Kharkiv", ""),
        ("the Azov battalion said it had pushed", "Azov", "force"),
        ("the Aidar volunteer battalion", "Aidar", "force"),
        ("The Azov regiment held the plant", "Azov", "force"),
        ("a Kharkiv battalion was sent", "Kharkiv", ""),
        ("Troops near Azov battalion positions", "Azov", ""),
    ],
)
def test_the_word_beside_the_name_tells_an_armed_body(text, name, kind):
    s = text.index(name)
    assert armed_name(text, s, s + len(name)) == kind


def test_a_name_the_gazetteer_lacks_ending_in_a_units_word():
    text = "near a Frontier Corps checkpoint"
    assert armed_name(text, 7, 21, unknown=True) == "force"
    assert armed_name(text, 7, 21) == ""
    assert force_name("Sikh Regiment") and not force_name("Kinburn Spit")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        (
            "Fano militiamen clashed with federal troops near Gondar on Sunday.",
            {"Fano"},
            {"Gondar"},
        ),
        (
            "Police said the gang Los Lobos was behind a bomb in Guayaquil.",
            {"Los Lobos"},
            {"Guayaquil"},
        ),
        (
            "In Churachandpur the Assam Rifles said troops were deployed within minutes.",
            {"Assam"},
            {"Churachandpur"},
        ),
        ("The Azov Brigade said it held positions near Pokrovsk.", {"Azov"}, {"Pokrovsk"}),
        (
            "The Azov battalion said it had pushed the rebels out of Shyrokyne, east of Mariupol.",
            {"Azov"},
            {"Shyrokyne", "Mariupol"},
        ),
        ("Wagner fighters were seen in Bamako, Mali.", {"Wagner"}, {"Bamako", "Mali"}),
        (
            "Kharkiv fighters held the line near Kupiansk in Ukraine.",
            set(),
            {"Kharkiv", "Kupiansk", "Ukraine"},
        ),
    ],
)
def test_armed_bodies_are_no_places_their_homes_stay(gazetteer, text, absent, kept):
    found = {t.text for t in geoparse(text, gazetteer) if t.place}
    assert not (absent & found)
    assert kept <= found


@pytest.mark.gazetteer
def test_a_force_before_a_site_is_no_missing_place(gazetteer, caplog):
    geoparse("A bomb exploded near a Frontier Corps checkpoint in Turbat, Pakistan.", gazetteer)
    assert "Frontier Corps" not in caplog.text
