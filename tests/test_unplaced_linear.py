"""The unplaced-name warning reads a run of capitalised words, or one long hyphenated
token, once from each start: its cost is linear in the run (tester14: a 116 KB paste of
"Kharkiv Kharkiv Kharkiv Sumy ..." took 404 s, most of it in this warning's pattern)."""

from __future__ import annotations

import logging
import time

import pytest

from geo.text.unplaced import warn_unnamed

#: A linear scan of these ~200 KB takes well under a tenth of a second; the quadratic
#: one took minutes.  The bound is in CPU seconds of this process (a loaded machine's
#: other processes do not count), and generous.
_BOUND_S = 5.0


@pytest.mark.parametrize("unit", ["Kharkiv Kharkiv Kharkiv Sumy ", "Kharkiv-Sumy-Izium-"])
def test_a_long_run_of_names_is_read_once(gazetteer, caplog, unit):
    text = unit * (200_000 // len(unit)) + ". Rebels said they had seized the town of Bwambalu."
    t0 = time.process_time()  # this process's CPU time: other processes' load is not it
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        warn_unnamed(text, gazetteer, ())
    assert time.process_time() - t0 < _BOUND_S
    # the scan went on to the end of the text
    assert any("'Bwambalu'" in r.getMessage() for r in caplog.records)


def test_a_name_of_up_to_four_words_before_its_head_word(gazetteer, caplog):
    text = "Boats were seen off Dzharylhach Tendra Biryuchyi Island and the Kinburn Spit."
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        warn_unnamed(text, gazetteer, ())
    names = [r.args[0] for r in caplog.records]
    assert "Dzharylhach Tendra Biryuchyi Island" in names and "Kinburn Spit" in names
