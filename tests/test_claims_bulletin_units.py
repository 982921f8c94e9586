"""A fighting unit's report stays in its paragraph: the next paragraph's sector line
("In the Huliaipole direction, ...") is not the unit's bulletin.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2025, 11, 29)).claims


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian brigade operating in the Pokrovsk direction reported that Russian forces "
        "are infiltrating Pokrovsk in small groups.\n\nIn the Huliaipole direction, Russian "
        "forces attacked near Uspenivka and toward Huliaipole itself.",
        "Ukraine's 3rd Assault Brigade said its drones destroyed two tanks near Lyman.\n\nIn the "
        "Kupiansk direction, Russian troops attacked Petropavlivka twelve times.",
        "A Ukrainian naval drone battalion said it had struck a ferry near Chornomorsk."
        "\n\nIn the Kherson direction, Russian forces shelled Antonivka and Bilozerka.",
    ],
)
def test_a_units_words_end_with_its_paragraph(gazetteer, text):
    first, second = claims(gazetteer, text)
    assert first.source is not None and first.side == "UA"
    assert second.source is None


@pytest.mark.parametrize(
    "staff",
    ["Ukraine's General Staff", "The General Staff of Ukraine's armed forces",
     "The General Staff of the Armed Forces of Ukraine"],
)
def test_a_general_staffs_bulletin_goes_on_with_its_sector_lines(gazetteer, staff):
    text = (
        f"{staff} reported 160 clashes over the past day."
        "\n\nIn the Pokrovsk direction, the enemy attacked 42 times near Rodynske and Myrnohrad."
    )
    first, second = claims(gazetteer, text)
    assert second.source == first.source and second.side == "UA"
