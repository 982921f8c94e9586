"""Russian Defence Ministry summaries name the group of forces that took or struck each
place; each group fights in its own regions, which tell namesakes apart."""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo import analyze

    return {
        t.text: (t.place.name, gazetteer.admin1(gazetteer.by_geonameid(t.place.geonameid)[0])[1])
        for t in analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None and t.place.geonameid
    }


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # Zapad fights by Kupiansk: not the larger Petropavlivka in Dnipropetrovsk Oblast
        ("Units of the Zapad group of forces liberated the settlement of Petropavlovka, "
         "the Russian Defence Ministry said.", "Petropavlovka", "Kharkiv"),
        # Dnepr fights on the Zaporizhzhia front: the village, not the city of 220,000
        ("Units of the Dnepr group of forces struck Ukrainian positions near Kamenskoye "
         "over the past day.", "Kamenskoye", "Zaporizhzhia"),
        # Tsentr fights toward Dnipropetrovsk Oblast: not the Novopavlivkas of the south
        ("Assault units of the Tsentr group of forces advanced near Novopavlovka and "
         "repelled three counterattacks.", "Novopavlovka", "Dnipropetrovsk"),
        # Battlegroup Vostok, named first: Uspenivka by Huliaipole, not the Odesa village
        ("Battlegroup Vostok said on Tuesday its troops had taken Uspenovka after "
         "heavy fighting.", "Uspenovka", "Zaporizhzhia"),
    ],
)  # fmt: skip
def test_a_group_of_forces_locates_its_places(gazetteer, text, name, region):
    assert places(gazetteer, text)[name][1] == region


def test_a_group_names_only_its_own_paragraph(gazetteer):
    text = (
        "Units of the Zapad group of forces liberated the settlement of Petropavlovka.\n\n"
        "Separately, troops of the Tsentr group took control of Novopavlovka."
    )
    got = places(gazetteer, text)
    assert got["Petropavlovka"][1] == "Kharkiv"
    assert got["Novopavlovka"][1] == "Dnipropetrovsk"


def test_a_group_does_not_move_a_world_city(gazetteer):
    text = "Units of the Vostok group of forces repelled attacks, Moscow said on Friday."
    assert places(gazetteer, text)["Moscow"][0] == "Moscow"
