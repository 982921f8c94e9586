"""The static exports' choice of renderer (geo.render.static, geo.render.chromium)."""

from __future__ import annotations

import pytest

import geo.render.static as static
from geo.errors import RenderError
from geo.render.chromium import find_chromium, install_hint

from .test_render import sample_analysis


def test_a_wrong_geo_chromium_is_named_in_the_error(monkeypatch, tmp_path, mini_gazetteer):
    missing = tmp_path / "no-such-browser"
    monkeypatch.setenv("GEO_CHROMIUM", str(missing))
    assert find_chromium() is None  # $GEO_CHROMIUM is then the only name tried
    assert str(missing) in install_hint()
    with pytest.raises(RenderError, match=r"\$GEO_CHROMIUM names no executable"):
        static.export_png(sample_analysis(), tmp_path / "m.png", engine="chromium",
                          gazetteer=mini_gazetteer)
    assert not (tmp_path / "m.png").exists()


def test_without_geo_chromium_the_error_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.delenv("GEO_CHROMIUM", raising=False)
    monkeypatch.setattr(static, "find_chromium", lambda: None)
    html = tmp_path / "m.html"
    html.write_text("<html></html>", encoding="utf-8")
    with pytest.raises(RenderError, match="apt-get install chromium"):
        static.export_pdf(html, tmp_path / "m.pdf")
