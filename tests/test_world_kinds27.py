"""Session 27's round beyond Ukraine (eval/frontline/360-369).

A small town abroad, the only place the text reads in a country it never names, read
right after a region in its own sentence is a town of that region the gazetteer lacks
("In Shan state, trade through the border town of Muse": not Pennsylvania's Muse),
estimated in the sentence's region rather than the paragraph's first one; a town the
text sets facing a place across the border ("opposite the Chinese city of Ruili") is
estimated at the region's edge next to that place (geo.text.paragraph_regions,
geo.text.container_partners); a demonym right before the name keeps it abroad.
"""

from __future__ import annotations

import pytest

from geo.gazetteer.distance import nearest_km


def _found(gazetteer, text):
    from geo import analyze

    return {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}


_ROUNDUP = (
    "Weekly round-up\n\n"
    "Chad: New arrivals from Darfur crossed near Adre, aid workers in Abeche said.\n\n"
    "Myanmar: In Rakhine state, residents of Kyaukphyu and Sittwe reported shortages of "
    "rice. In Shan state, trade through the border town of Muse{facing} resumed after a "
    "month.\n\n"
    "Mali: Fighters attacked a convoy near Mopti."
)


@pytest.mark.gazetteer
def test_small_town_abroad_after_a_region_in_its_sentence_is_estimated_there(gazetteer):
    found = _found(gazetteer, _ROUNDUP.format(facing=""))
    muse = found["Muse"]
    assert muse.place is not None and muse.place.country_code == "MM"
    assert muse.estimated
    shan = found["Shan"].place
    assert muse.place.admin1_code == shan.admin1_code  # the sentence's region, not Rakhine's


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "facing",
    [", opposite the Chinese city of Ruili", " across the border from Ruili"],
)
def test_border_town_facing_a_place_abroad_is_estimated_next_to_it(gazetteer, facing):
    found = _found(gazetteer, _ROUNDUP.format(facing=facing))
    muse, ruili = found["Muse"].place, found["Ruili"].place
    assert muse.country_code == "MM" and ruili.country_code == "CN"
    assert nearest_km((muse.lat, muse.lon), [(ruili.lat, ruili.lon)]) <= 25


@pytest.mark.gazetteer
def test_without_a_facing_cue_the_estimate_keeps_the_region_point(gazetteer):
    text = _ROUNDUP.format(facing=", a day's drive from Ruili")
    found = _found(gazetteer, text)
    muse, ruili = found["Muse"].place, found["Ruili"].place
    assert muse.country_code == "MM"
    assert nearest_km((muse.lat, muse.lon), [(ruili.lat, ruili.lon)]) > 25


@pytest.mark.gazetteer
def test_a_larger_town_abroad_in_the_regions_sentence_stays(gazetteer):
    # Ruili (Mengmao, over 100,000 people) is no small town: it keeps its own reading
    found = _found(gazetteer, _ROUNDUP.format(facing=", opposite the Chinese city of Ruili"))
    assert found["Ruili"].place.country_code == "CN"
    assert not found["Ruili"].estimated


@pytest.mark.parametrize(
    ("text", "name", "abroad"),
    [
        ("Portland, Maine was named for the English Isle of Portland.", "Isle of Portland", True),
        ("In Shan state, trucks crossed at the Chinese border town of Nansan.", "Nansan", True),
        ("In Shan state, trade through the border town of Muse resumed.", "Muse", False),
        ("In Shan state, English teachers left Muse.", "Muse", False),
    ],
)
def test_a_demonym_before_the_name_says_it_lies_abroad(text, name, abroad):
    # the region its sentence named before it is then no home for the name
    from geo.text.paragraph_regions import _demonym_before

    start = text.index(name)
    assert _demonym_before(text, start, start + len(name)) is abroad


@pytest.mark.gazetteer
def test_a_moved_name_takes_its_place_in_the_region_when_the_index_has_one(gazetteer):
    # "Queensland's largest coal mines and the port of Gladstone": a name moved out of
    # another country into the region its sentence names is that region's place of the
    # name when the index has one (Queensland's Gladstone, 45,185 people), estimated
    # there only when it has none
    from geo.text.paragraph_regions import _in_region
    from geo.text.tokens import Mention

    def region(name, cc):
        return next(
            c.record
            for c in gazetteer.lookup(name)
            if gazetteer.kind(c.record) == "admin1" and gazetteer.country_code(c.record) == cc
        )

    gladstone = Mention(0, 9, "gladstone", 0, 0, candidates=gazetteer.lookup("Gladstone"))
    home = _in_region(gazetteer, gladstone, region("Queensland", "AU"))
    assert home is not None and gazetteer.country_code(home) == "AU"
    assert abs(gazetteer.lat_lon(home)[0] + 23.85) < 0.1
    muse = Mention(0, 4, "muse", 0, 0, candidates=gazetteer.lookup("Muse"))
    assert _in_region(gazetteer, muse, region("Shan", "MM")) is None
