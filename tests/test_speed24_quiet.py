"""Session 24, speed: the unplaced-name warnings are read only where someone hears them.

``geo -q`` sets the ``geo.text`` loggers to ERROR: the warning stage
(:func:`geo.text.unplaced.warn_unnamed`, :func:`~geo.text.unplaced.warn_unplaced_listed`)
then reads nothing, and the analysis is the same.
"""

from __future__ import annotations

import logging

import pytest

import geo.text.unplaced as unplaced
from geo.model import Toponym
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

_TEXTS = (
    "Rebels said they had seized the town of Bwambalu and the Kinburn Spit.",
    "Shelling hit Kupiansk and the village of Zoryanivka Mala, near Mitiga airport.",
    "Troops left Lyman. The Kholodnyi Yar district and Bakhmut were quiet.",
)


@pytest.fixture
def quiet():
    log = logging.getLogger("geo.text")
    level = log.level
    log.setLevel(logging.ERROR)  # as ``geo -q`` does
    try:
        yield
    finally:
        log.setLevel(level)


def test_quiet_reads_nothing(quiet, monkeypatch, caplog):
    def never(*args, **kwargs):
        raise AssertionError("read while no one hears the warnings")

    monkeypatch.setattr(unplaced, "called_places", never)
    monkeypatch.setattr(unplaced, "likely_places", never)
    bare = [Toponym(0, 7, "Bwambal")]
    with caplog.at_level(logging.ERROR, logger="geo.text"):
        assert unplaced.warn_unnamed("Bwambal is a town of Bwambalu.", None, bare) == frozenset()
        unplaced.warn_unplaced_listed(bare, {(0, 7)})
    assert not caplog.records


def test_warnings_still_said_when_heard(gazetteer, caplog):
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        told = unplaced.warn_unnamed(_TEXTS[0], gazetteer, ())
    assert "Bwambalu" in told
    assert any("'Bwambalu'" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("text", _TEXTS)
def test_the_same_toponyms_quiet_or_not(gazetteer, text, caplog):
    with caplog.at_level(logging.WARNING, logger="geo.text"):
        heard = geoparse(text, gazetteer)
    log = logging.getLogger("geo.text")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        quiet = geoparse(text, gazetteer)
    finally:
        log.setLevel(level)
    assert quiet == heard
