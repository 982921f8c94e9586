"""A ministry bulletin's directions: a village taken "in the X direction" is placed by X
whatever verb or settlement word opens it, and a list given a region of its own ("near
A and B in the Zaporozhye region") is placed there, not by the direction a sentence
before named."""

from __future__ import annotations

import pytest

from geo import analyze
from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer

POKROVSK = (48.28, 37.18)
STEPNOHIRSK = (47.59, 35.36)


def _point(text, name):
    t = next(t for t in analyze(text).toponyms if t.text == name)
    assert t.place is not None
    return t.place.lat, t.place.lon


@pytest.mark.parametrize(
    "text",
    [
        "The Center group liberated the village of Novoaleksandrovka in the Krasnoarmeysk "
        "direction, the ministry said.",
        "Russian units seized Novoaleksandrovka in the Pokrovsk direction on Monday.",
        "Troops took control of Novoaleksandrovka on the Pokrovsk axis, Moscow said.",
    ],
)
def test_a_village_taken_in_a_direction_is_placed_by_it(text):
    assert distance_km(_point(text, "Novoaleksandrovka"), POKROVSK) < 40


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Center group repelled counterattacks in the Krasnoarmeysk direction near "
            "Dimitrov and Rodinskoye. The Dnepr group struck Ukrainian units near Kamenskoye "
            "and Stepnogorsk in the Zaporozhye region.",
            "Stepnogorsk",
        ),
        (
            "In the Pokrovsk direction, Russian forces attacked near Udachne and Kotlyne. "
            "Russian forces also attacked near Kamianske and Stepnohirsk in Zaporizhzhia "
            "Oblast.",
            "Stepnohirsk",
        ),
    ],
)
def test_a_list_in_a_region_of_its_own_leaves_the_direction(text, name):
    assert distance_km(_point(text, name), STEPNOHIRSK) < 20
