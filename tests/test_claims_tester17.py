"""Claims kinds the round-17 tester found: sourcing that leaks onto the lines after it,
posts by occupation officials, denials of the wrong claim, fact-check verdicts, transcript
labels and joint statements.  Texts are written for these tests."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _claims(text, date=None):
    return analyze(text, date=date).claims


def _by_start(text, start, date=None):
    return next(c for c in _claims(text, date) if c.text.startswith(start))


# -- "according to" sources its own line of a bulletin ---------------------------------


@pytest.mark.parametrize("source", ["the Ukrainian General Staff", "the AFU command"])
@pytest.mark.parametrize(
    "later",
    [
        "Our units took control of Ivanivka.",
        "South of the town, fighting continues for Ivanivka and Stepove.",
        "On the Orikhiv direction, the enemy retreats towards Stepove.",
    ],
)
def test_according_to_in_a_bulletin_in_its_own_voice_covers_its_line_only(source, later):
    text = (
        "On the Pokrovsk direction, our troops are clearing the outskirts of Pokrovsk. "
        f"In Myrnohrad, according to {source}, supply is possible only by drones. "
        f"{later}"
    )
    sourced = _by_start(text, "In Myrnohrad")
    assert sourced.source == source
    line = _by_start(text, later[:12])
    assert line.source is None


def test_a_staff_bulletin_goes_on_after_its_according_to():
    text = (
        "The enemy launched 3 missile strikes and 40 air strikes, according to the General "
        "Staff of the Armed Forces of Ukraine.\n\n"
        "Kupiansk direction: eight attacks were repelled near Kindrashivka."
    )
    line = _by_start(text, "Kupiansk direction")
    assert line.source is not None and "General Staff" in line.source
