"""A sentence's Russian regions and the government's seat do not move a front town to a
far Russian namesake (geo/text/sentence_own_names.py).

Russian-spelling copy often closes a sentence on the front with the ministry's seat and
the regions drones hit: "..., the Defence Ministry in Moscow said, while drones again
targeted the Belgorod and Kursk regions".  The name read by its Russian spelling
("Volchansk": Vovchansk) stays the front town; only a namesake inside those regions, or
a sentence naming towns of the other country, would speak for a move.
"""

import pytest


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Russian artillery shelled Volchansk overnight, the Defence Ministry in Moscow said,"
         " while Ukrainian drones again targeted the Belgorod and Kursk regions.",
         "Volchansk", "UA"),
        ("Russian forces advanced near Seversk on Friday, the Defence Ministry in Moscow said,"
         " while drones attacked the Belgorod and Voronezh regions.", "Seversk", "UA"),
        ("Units pressed on toward Liman, the ministry in Moscow said, as air defences downed"
         " drones over the Bryansk and Kursk regions.", "Liman", "UA"),
        # towns of the sentence in the other country still speak for its own-name namesake
        ("Ukraine in turn hit refineries in Saratov, Novokuibyshevsk and Tuapse, the port of"
         " Primorsk and a power plant in Belgorod.", "Primorsk", "RU"),
    ],
)  # fmt: skip
def test_regions_and_the_seat_do_not_move_a_front_town_abroad(gazetteer, text, name, country):
    from geo import analyze

    got = [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    assert got and got[0].place is not None
    assert got[0].place.country_code == country
