"""A bare repeat of a name read by its spelling takes that reading in resolution
(geo.text.introduced: repeat_introduced marks it, as_spelt gives it the reading the
name's first mention read so ends with)."""

from __future__ import annotations

from geo import analyze
from geo.text.introduced import as_spelt
from geo.text.tokens import Mention


def _mention(start, key, *, fuzzy=False, repeat=False):
    m = Mention(start, start + len(key), key, start, start, unknown=repeat)
    m.fuzzy, m.repeat = fuzzy, repeat
    return m


def test_a_repeat_takes_the_first_reading_of_its_name():
    mentions = [
        _mention(0, "hodeidha", repeat=True),  # before the first reading: the same
        _mention(10, "hodeidha", fuzzy=True),
        _mention(20, "hodeidha", fuzzy=True),
        _mention(30, "hodeidha", repeat=True),
        _mention(40, "mukalah", repeat=True),  # its name has no reading: none
        _mention(50, "mukalah", fuzzy=True),
        _mention(60, "sanaa"),
    ]
    resolved = [(None, 0.0), (7, 0.8), (9, 0.9), (None, 0.0), (None, 0.0), (None, 0.3), (5, 1.0)]
    assert as_spelt(mentions, resolved) == [
        (7, 0.8), (7, 0.8), (9, 0.9), (7, 0.8), (None, 0.0), (None, 0.3), (5, 1.0)
    ]  # fmt: skip


def test_no_name_read_by_spelling_leaves_the_readings():
    mentions = [_mention(0, "sanaa"), _mention(10, "aden")]
    assert as_spelt(mentions, [(5, 1.0), (None, 0.0)]) == [(5, 1.0), (None, 0.0)]


def test_repeats_of_a_spelt_name_after_an_opening_word(gazetteer):
    text = (
        "Yemen's Houthi movement said it had targeted a vessel about 70 nautical miles "
        "west of the port of Hodeidha.\n\nThe Hodeidha port authority said no ship was "
        "hit. In Hodeidha, residents heard blasts. Later, Hodeidha was quiet."
    )
    a = analyze(text, gazetteer=gazetteer)
    found = [t for t in a.toponyms if t.text == "Hodeidha"]
    assert len(found) == 4
    assert len({t.place for t in found}) == 1 and found[0].place.country_code == "YE"
    assert all(t.fuzzy for t in found)
    assert [t.cue for t in found[1:]] == ["repeat"] * 3

