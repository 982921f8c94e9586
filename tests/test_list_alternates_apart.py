"""A list name read by another (old, foreign) name of a place far from its list
partners, when a place of the name lies by one of them, is that near place ("the ports
of Hodeidah, Salif and Ras Isa": Aş Şalīf, not Chlef in Algeria).  A pair "A, B" that
goes on with "and" and a name the gazetteer lacks is a list, not a name and its
container."""

import pytest

from geo.text.geoparse import geoparse
from geo.text.recognition import find_mentions

pytestmark = pytest.mark.gazetteer


def _by_key(text, gazetteer):
    return {m.key: m for m in find_mentions(text, gazetteer)}


def test_a_pair_going_on_with_an_unknown_name_is_a_list(gazetteer):
    ms = _by_key("The rebels hold the harbours of Mokha, Salif and Ras Kathib.", gazetteer)
    assert ms["mokha"].siblings and ms["salif"].siblings


def test_a_town_and_its_region_stay_a_container_pair(gazetteer):
    ms = _by_key("Officials in Austin, Texas and FEMA said the storm was over.", gazetteer)
    assert not ms["austin"].siblings and ms["austin"].containers


def test_an_alternate_name_far_from_the_lists_port_loses_to_one_by_it(gazetteer):
    text = (
        "Air strikes hit Sanaa on Friday. The rebels, who hold Yemen's coast including the "
        "ports of Hodeidah, Salif and Ras Isa, vowed to keep up attacks on ships bound for "
        "Israel, the United States and Britain, and Egypt and France condemned them.\n"
    )
    salif = next(t for t in geoparse(text, gazetteer) if t.text == "Salif")
    assert salif.place is not None and salif.place.country_code == "YE"
