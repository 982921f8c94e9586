"""Rules of session 21 that met only once merged: a name moved abroad by its sentence
keeps the reading the text gives it elsewhere; "the X" heading a noun is no river."""

from __future__ import annotations

import geo


def test_a_name_read_at_home_elsewhere_is_not_moved_by_one_sentence(gazetteer):
    text = ("Hamilton is a port city in the Canadian province of Ontario, on Lake Ontario. "
            "The city grew around its steel mills. Hamilton is home to the Royal Botanical "
            "Gardens and to Mohawk College.")
    codes = {t.place.country_code for t in geo.analyze(text, gazetteer=gazetteer).toponyms
             if t.text == "Hamilton" and t.place is not None}
    assert codes == {"CA"}


def test_the_x_heading_a_noun_stays_the_place(gazetteer):
    text = ("The Sacramento River rose overnight. Sacramento is the capital of California, "
            "and the Sacramento metropolitan area has two million people. Crews worked along "
            "the Sacramento on Friday.")
    found = [(t.text, t.water, t.place is not None)
             for t in geo.analyze(text, gazetteer=gazetteer).toponyms if t.text == "Sacramento"]
    assert found[:2] == [("Sacramento", "", True), ("Sacramento", "", True)]
    assert found[-1][1] == "river"
