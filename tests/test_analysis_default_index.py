"""``geo.analyze`` without a gazetteer opens the default index once per process and cache."""

from __future__ import annotations

import geo.analysis


def test_the_default_index_is_found_once_per_cache_setting(monkeypatch, mini_gazetteer):
    opened: list[str | None] = []

    def load(path=None):
        opened.append(path)
        return mini_gazetteer

    monkeypatch.setattr(geo.analysis, "load_gazetteer", load)
    monkeypatch.setattr(geo.analysis, "_DEFAULT", {})
    monkeypatch.setenv("GEO_CACHE_DIR", "/nonexistent/one")
    first = geo.analysis.analyze("Troops left the town.")
    second = geo.analysis.analyze("Troops returned to the town.")
    assert opened == [None]  # found once, not at every document
    assert first.to_dict()["toponyms"] == second.to_dict()["toponyms"] == []
    # Another cache (a test's, a user's setting changed in the process): found again.
    monkeypatch.setenv("GEO_CACHE_DIR", "/nonexistent/two")
    geo.analysis.analyze("Troops left the town.")
    assert opened == [None, None]
    # A gazetteer passed in is used as it is.
    geo.analysis.analyze("Troops left the town.", gazetteer=mini_gazetteer)
    assert opened == [None, None]
