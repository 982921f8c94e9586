"""A site named after a person ("Ben Gurion Airport", "Will Rogers Airport") draws no
warning that the surname reads as a place the gazetteer lacks; a site after a bare name
still does (geo.text.unplaced_more._trimmed)."""

from __future__ import annotations

import logging

import pytest


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Planes landed at Ben Gurion Airport after midnight.", None),
        ("The storm grounded flights at Will Rogers Airport.", None),
        ("Rockets fell near Gurion Airport, police said.", "'Gurion'"),
    ],
)
def test_a_person_s_site_is_no_unplaced_name(gazetteer, caplog, text, warned):
    from geo import analyze

    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        analyze(text, gazetteer=gazetteer)
    if warned is None:
        assert "reads as a place" not in caplog.text
    else:
        assert warned in caplog.text
