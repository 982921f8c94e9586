"""Articles as people have them: saved web pages and (mocked) URLs, never the network."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from geo import cli, sources
from geo.errors import InputError

PAGES = Path(__file__).parent / "pages"
SUMY = PAGES / "sumy_drones.html"


def test_a_saved_page_gives_text_title_and_date():
    article = sources.read_article(SUMY)
    assert article.title == "Drones strike Sumy as talks stall"
    assert article.date == dt.date(2025, 6, 18)
    assert "within approximately 10 miles (16 kilometers) of Sumy" in article.text
    # navigation, side bars and footer are not the article
    for boilerplate in ("Most read", "Madrid", "Manchester", "Subscribe", "Paris"):
        assert boilerplate not in article.text


@pytest.mark.parametrize(
    ("data", "name", "html"),
    [
        (b"<!doctype html><p>x</p>", None, True),
        (b"\xef\xbb\xbf  <html><body>x</body></html>", "a.txt", True),
        (b"<p>x</p>", "page.HTM", True),
        (b"Shelling near <Sumy>.", "article.txt", False),
        (b"Shelling near Sumy.", None, False),
    ],
)
def test_looks_like_html(data, name, html):
    assert sources.looks_like_html(data, name) is html


def test_a_page_with_no_article_is_one_error(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>T</title></head><body><script>x=1</script></body></html>",
                     "utf-8")
    with pytest.raises(InputError, match="no article text"):
        sources.read_article(empty)


@pytest.mark.gazetteer
def test_parse_a_saved_page(capsys):
    assert cli.main(["parse", str(SUMY), "--compact"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == "Drones strike Sumy as talks stall"
    assert out["date"] == "2025-06-18"
    assert "Sumy" in {t["name"] for t in out["toponyms"]}
    assert any(f["kind"] == "ring" and f["radius_km"] == 16.0 for f in out["features"])
    # "on Friday" anchored on the page's date (Wednesday 18 June 2025)
    dates = [d for c in out["claims"] for d in c["dates"] if d["text"].endswith("Friday")]
    assert dates and dates[0]["start"] == "2025-06-13"


@pytest.mark.gazetteer
def test_an_explicit_date_wins_over_the_page(capsys):
    assert cli.main(["parse", str(SUMY), "--date", "2025-07-02", "--compact"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["date"] == "2025-07-02"
    dates = [d for c in out["claims"] for d in c["dates"] if d["text"].endswith("Friday")]
    assert dates[0]["start"] == "2025-06-27"


@pytest.mark.gazetteer
def test_a_page_on_standard_input(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SUMY.read_bytes())))
    assert cli.main(["parse", "-", "--compact", "--only", "toponyms"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == "Drones strike Sumy as talks stall" and out["claims"] == []


@pytest.mark.gazetteer
def test_the_page_title_is_the_map_headline(tmp_path, capsys):
    html = tmp_path / "map.html"
    assert cli.main(["map", str(SUMY), "--offline", "-o", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    assert "Drones strike Sumy as talks stall" in page
    report = tmp_path / "report.html"
    assert cli.main(["report", str(SUMY), "-o", str(report)]) == 0
    assert "Drones strike Sumy as talks stall" in report.read_text(encoding="utf-8")


def test_a_url_needs_fetch(capsys):
    assert cli.main(["parse", "https://example.org/news/sumy.html"]) == 2
    assert "--fetch" in capsys.readouterr().err


class _Response(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


@pytest.mark.gazetteer
def test_fetch_reads_the_page_with_a_timeout(monkeypatch, capsys):
    """--fetch downloads through urllib with a timeout (mocked here: tests stay offline)."""
    calls = []

    def urlopen(request, timeout):
        calls.append((request.full_url, timeout))
        return _Response(SUMY.read_bytes())

    monkeypatch.setattr("urllib.request.urlopen", urlopen)
    url = "https://example.org/news/sumy.html"
    assert cli.main(["parse", "--fetch", url, "--compact", "--only", "toponyms"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["url"] == url and out["title"] == "Drones strike Sumy as talks stall"
    assert calls == [(url, 20.0)]


def test_fetch_errors_are_one_line(monkeypatch, capsys):
    import urllib.error

    def refuse(request, timeout):
        raise urllib.error.URLError("timed out")

    monkeypatch.setattr("urllib.request.urlopen", refuse)
    for target in ("https://example.org/x", "file:///etc/passwd", "ftp://x"):
        assert cli.main(["parse", "--fetch", target]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "error" in err


def test_article_stem_for_a_url():
    assert cli._article_stem("https://example.org/news/sumy-drones.html?x=1", True) == (
        "sumy-drones"
    )
    assert cli._article_stem("https://example.org/", True) == "article"
    assert cli._article_stem("dir/My article.html", False) == "My-article"


@pytest.mark.gazetteer
def test_a_hostile_page_title_is_data(capsys):
    """Template syntax and markup in a page's title come through as plain text."""
    page = PAGES / "hostile_title.htm"
    article = sources.read_article(page)
    assert article.title == "{{7*7}} <script>alert(1)</script> Kharkiv"
    assert cli.main(["parse", str(page), "--compact", "--only", "toponyms"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == article.title  # not "49 ...", not unescaped into markup
    assert [t["name"] for t in out["toponyms"]][:2] == ["Kharkiv", "Kharkiv"]
