"""The JSON ``text`` of a toponym, feature or claim drops the soft hyphens and space runs
that in-place markup decoding leaves, while offsets keep counting in the input (tester31
T29)."""

from __future__ import annotations

from geo.model import Toponym
from geo.model._common import shown_text


def test_soft_hyphens_and_space_runs_are_dropped_from_shown_text():
    assert shown_text("hit   <Kharkiv\u00ad\u00ad and Sumy\u00ad's") == "hit <Kharkiv and Sumy's"
    assert shown_text("plain text\nstays") == "plain text\nstays"


def test_a_toponyms_json_text_has_no_soft_hyphen_but_keeps_its_offsets():
    t = Toponym(start=4, end=15, text="Kram\u00adatorsk", place=None, score=0.5)
    d = t.to_dict()
    assert (d["start"], d["end"], d["text"]) == (4, 15, "Kramatorsk")
