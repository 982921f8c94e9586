"""Names the gazetteer lacks are warned, never lost silently (geo.text.unplaced_more):
a place people fled ("fled Kamanyola and Luvungi"), a place taken ("took Bunagana",
"had taken Um Baru and Karnoi"), a name inside a list of places ("El Fula, An Nahud,
Al-Khuwei and ..."), an oil field ("the Heglig oil field"), a town on a border named by
its adjective ("on the Ugandan border"). Texts are written for these tests."""

from __future__ import annotations

import logging

import pytest

import geo

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aid agencies said 8,000 people had fled Kamanyola and Luvungi overnight.",
         ("Kamanyola", "Luvungi")),
        ("Rebels took Bunagana last year, a local official said.", ("Bunagana",)),
        ("The militia said it had taken Um Baru and Karnoi after a day of fighting.",
         ("Um Baru", "Karnoi")),
        ("Shelling was reported around Kadugli, Dilling, Al-Khuwei and Kauda.",
         ("Al-Khuwei",)),
        ("Drones struck the Heglig oil field on Monday.", ("Heglig",)),
        ("Traders in Ishasha on the Ugandan border said the market was shut.", ("Ishasha",)),
    ],
)
def test_an_unlocated_name_is_named_in_a_warning(gazetteer, caplog, text, names):
    with caplog.at_level(logging.WARNING, logger="geo"):
        a = geo.analyze(text, gazetteer=gazetteer)
    said = " ".join(r.getMessage() for r in caplog.records)
    placed = {t.text for t in a.toponyms if t.place is not None}
    for name in names:
        assert name in placed or repr(name) in said, name


def test_everyday_words_after_the_cues_are_no_place(gazetteer, caplog):
    text = "The minister took office in March and the decision was taken Monday in Kyiv."
    with caplog.at_level(logging.WARNING, logger="geo"):
        geo.analyze(text, gazetteer=gazetteer)
    said = " ".join(r.getMessage() for r in caplog.records)
    assert "'Monday'" not in said and "'March'" not in said
