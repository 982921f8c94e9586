"""Names broken at a line's end by an OCR's not-sign, a web page's soft hyphen, or in
Cyrillic, read whole; a region's word after the joined name cues the region (bug cases
r32-18, r32-20, r32-21)."""

from __future__ import annotations

import pytest

from geo.gazetteer.lookups import Candidate
from geo.gazetteer.normalize import normalize
from geo.text.composed import reading_copy
from geo.text.hyphenated import hyphenated_names

_NAMES = {normalize("Bakhmut"): 1, normalize("Маріуполь"): 2, normalize("Zaporizhzhia"): 3}


class _Gaz:
    def lookup_normalized(self, key):
        return [Candidate(_NAMES[key], 9)] if key in _NAMES else []

    def kind(self, record):
        return "place"

    def common_rank(self, word):
        return None


def _read(text):
    return [(text[m.start : m.end], m.cue) for m in hyphenated_names(text, _Gaz(), [])]


def test_an_ocr_not_sign_at_a_line_end_breaks_a_name():
    assert _read("Units left Bakh\u00ac\nmut.") == [("Bakh\u00ac\nmut", "")]


def test_a_cyrillic_name_hyphenated_at_a_line_end_is_read_whole():
    assert _read("Місто Маріу-\nполь в облозі.") == [("Маріу-\nполь", "")]


def test_a_lower_case_head_joins_nothing():
    assert _read("the bakh-\nmut road") == []


def test_a_region_word_after_the_joined_name_cues_the_region():
    assert _read("The Zapo-\nrizhzhia region said.") == [("Zapo-\nrizhzhia", "region")]


def test_the_reading_copy_writes_a_soft_hyphen_at_a_line_end_as_a_hyphen():
    copy, back = reading_copy("of Zapo\u00ad\nrizhzhia and Kram\u00adatorsk")
    assert copy == "of Zapo-\nrizhzhia and Kramatorsk"
    assert (back.start(3), back.end(len(copy))) == (3, 33)


@pytest.mark.gazetteer
def test_a_soft_hyphen_broken_region_resolves_to_the_region():
    from geo import analyze

    (t,) = analyze("The governor of Zapo\u00ad\nrizhzhia region said two people died.").toponyms
    assert (t.start, t.end, t.place.kind) == (16, 30, "admin1")
