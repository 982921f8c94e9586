"""A bare national body in an undated piece of an outlet named after a capital speaks for
the outlet's country ("the Air Force" in the Kyiv Independent's live blog). Every text
here is written for these tests."""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer

_BLOG = (
    "Ukraine war latest: strikes on Dnipro and Bryansk\n\n"
    "Live updates by the {outlet} news desk\n\n"
    "Russia launched 112 drones and three missiles against Ukraine overnight, the Air Force "
    "said in a statement on Telegram. Russia's Bryansk Oblast governor said a fire broke out "
    "at an oil depot. Russian forces also shelled Kherson and Dnipro, officials said.\n"
)


def air_force_side(gazetteer, outlet):
    from geo import analyze

    found = analyze(_BLOG.format(outlet=outlet), gazetteer=gazetteer, date=dt.date(2027, 4, 15))
    return next(c for c in found.claims if "112 drones" in c.text).side


def test_the_kyiv_independents_air_force_is_ukraines(gazetteer):
    assert air_force_side(gazetteer, "Kyiv Independent") == "UA"


def test_an_outlet_named_after_no_capital_tells_no_side(gazetteer):
    assert air_force_side(gazetteer, "Global Wire") is None
