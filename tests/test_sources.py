"""Articles as people have them: saved web pages and (mocked) URLs, never the network."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from geo import cli, sources
from geo.errors import InputError

from .waiting import CHILD_TIMEOUT_S

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
def test_a_pages_analysis_gives_the_extracted_text_its_offsets_count_in(tmp_path, capsys):
    # tester29 R3: the offsets point into trafilatura's text, which the output lacked
    assert cli.main(["parse", str(SUMY), "--compact", "--only", "toponyms"]) == 0
    out = json.loads(capsys.readouterr().out)
    text = out["text"]
    assert list(out)[-1] == "text" and text == sources.read_article(SUMY).text
    assert out["toponyms"] and all(text[t["start"]:t["end"]] == t["text"]
                                   for t in out["toponyms"])
    plain = tmp_path / "plain.txt"  # a text file's offsets count in the file: no "text"
    plain.write_text("Shelling hit Sumy.\n", encoding="utf-8")
    assert cli.main(["parse", str(plain), "--compact", "--only", "toponyms"]) == 0
    assert "text" not in json.loads(capsys.readouterr().out)
    assert cli.main(["parse", str(plain), "--compact", "--only", "toponyms", "--text"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "Shelling hit Sumy.\n"
    assert cli.main(["parse", "--jsonl", str(plain), "--text"]) == 2  # a line has its text
    assert "--text: only with an ARTICLE" in capsys.readouterr().err


@pytest.mark.gazetteer
def test_the_page_title_is_the_map_headline(tmp_path, capsys):
    html = tmp_path / "map.html"
    assert cli.main(["map", str(SUMY), "--offline", "-o", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    assert "Drones strike Sumy as talks stall" in page
    report = tmp_path / "report.html"
    assert cli.main(["report", str(SUMY), "-o", str(report)]) == 0
    assert "Drones strike Sumy as talks stall" in report.read_text(encoding="utf-8")


@pytest.mark.gazetteer
def test_a_pages_geojson_carries_the_extracted_text(tmp_path, capsys):
    """--geojson of a saved page: its offsets count in the extracted text, which is in no
    file, so the collection carries it, last, as geo parse does; a text file's does not."""
    out = tmp_path / "page.geojson"
    assert cli.main(["map", str(SUMY), "--offline", "-o", str(tmp_path / "m.html"),
                     "--geojson", str(out)]) == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    text = collection["text"]
    assert list(collection)[-1] == "text" and text == sources.read_article(SUMY).text
    places = [f["properties"] for f in collection["features"]
              if f["properties"]["layer"] == "place"]
    assert places and all(text[p["start"]:p["end"]] == p["text"] for p in places)
    plain = tmp_path / "plain.txt"
    plain.write_text("Shelling hit Sumy.\n", encoding="utf-8")
    assert cli.main(["map", str(plain), "--offline", "-o", str(tmp_path / "p.html"),
                     "--geojson", str(out)]) == 0
    assert "text" not in json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.gazetteer
def test_a_pages_text_is_in_the_geojson_of_several_articles(tmp_path, capsys):
    """A saved page among several articles: the corpus GeoJSON carries its extracted text
    under its article index ("texts"), which its features' offsets count in; a text
    file's is in its file and is not repeated."""
    plain = tmp_path / "plain.txt"
    plain.write_text("Shelling hit Kharkiv, officials said.\n", encoding="utf-8")
    out = tmp_path / "both.geojson"
    assert cli.main(["map", str(plain), str(SUMY), "--offline", "-o", str(tmp_path / "m.html"),
                     "--geojson", str(out)]) == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert list(collection)[-1] == "texts"
    assert collection["texts"] == {"1": sources.read_article(SUMY).text}
    page = [f["properties"] for f in collection["features"]
            if f["properties"]["article_index"] == 1 and f["properties"]["layer"] == "place"]
    text = collection["texts"]["1"]
    assert page and all(text[p["start"]:p["end"]] == p["text"] for p in page)


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
    assert out["text"] == sources.read_article(SUMY).text  # extracted: its offsets' text


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
    from geo.cli_maps import article_stem

    assert article_stem("https://example.org/news/sumy-drones.html?x=1", True) == (
        "sumy-drones"
    )
    assert article_stem("https://example.org/", True) == "article"
    assert article_stem("dir/My article.html", False) == "My-article"


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


_BODY = ("<p>Russian forces shelled Sumy on Friday, officials said. The attack hit the centre "
         "of the city and damaged buildings near the station, the regional governor said.</p>")


def _page(head: str, body: str = "") -> bytes:
    return (f"<html><head><title>Shelling</title>{head}</head><body><article>{body}{_BODY}"
            "</article></body></html>").encode()


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        # the page's own dates, kept (the first of a month too, when written out)
        ('<meta property="article:published_time" content="2025-06-18T07:30:00Z">', "",
         dt.date(2025, 6, 18)),
        ('<meta property="article:published_time" content="2025-02-01T10:00:00Z">', "",
         dt.date(2025, 2, 1)),
        ("", "<p>Published 3 March 2025</p>", dt.date(2025, 3, 3)),
        # never later than today: a page dated ahead gives the same date whenever it is read
        ('<meta property="article:published_time" content="2999-05-03">', "",
         dt.date(2999, 5, 3)),
        # impossible dates, which htmldate moves to the 1st of the month: no date
        ('<meta property="article:published_time" content="2025-02-30">', "", None),
        ('<meta property="article:published_time" content="2025-02-30T10:00:00Z">'
         '<meta property="article:modified_time" content="2025-03-02">', "", None),
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2025-04-31"}</script>', "", None),
        ("", '<time datetime="2025-06-31">June 31</time>', None),
        ('<link rel="canonical" href="https://example.org/2025/02/30/story">', "", None),
        ('<meta name="date" content="2025-13-05">', "", None),  # not moved to 5 December
        # a year alone in the text is no date (htmldate would say 1 January)
        ("", "<p>The offensive began in 2025.</p>", None),
    ],
)
def test_a_page_date_is_its_own_or_none(tmp_path, head, body, date):
    page = tmp_path / "page.html"
    page.write_bytes(_page(head, body))
    assert sources.read_article(page).date == date


def test_an_impossible_page_date_leaves_the_article_undated(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_bytes(_page('<meta property="article:published_time" content="2025-02-30">'))
    assert cli.main(["parse", str(page), "--compact", "--only", "toponyms"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out.get("date") is None and out["title"] == "Shelling"


def test_finding_a_page_date_is_linear(tmp_path):
    """A page made of the year over and over: each character looked at about once."""
    import time

    for size in (200_000, 2_000_000):
        page = "2025-" * (size // 5)
        start = time.process_time()
        assert sources.page_date(dt.date(2025, 3, 1), page) is None
        spent = time.process_time() - start
        if size == 200_000:
            small = max(spent, 1e-3)
    assert spent < 30 * small


@pytest.mark.parametrize(
    ("data", "said"),
    [
        # bytes that are no page at all
        (bytes(range(256)) * 64, "is not a web page: binary data (NUL or control bytes), "
                                 "neither HTML nor text"),
        # a page with no article
        (b"<html><body><script>x=1</script></body></html>", "no article text found in"),
    ],
)
def test_a_page_that_gives_no_article_is_one_line_naming_it(tmp_path, data, said):
    """One line, naming the file: not trafilatura's and htmldate's own log lines too."""
    import subprocess
    import sys

    page = tmp_path / "odd page.html"
    page.write_bytes(data)
    proc = subprocess.run([sys.executable, "-m", "geo.cli", "parse", str(page)],
                          capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 2
    if said.startswith("no article"):
        assert proc.stderr == f"geo: error: {said} {page}\n"
    else:
        assert proc.stderr == f"geo: error: {page} {said}\n"


@pytest.mark.parametrize(
    "failure",
    [
        "incomplete",  # the reply cut short (http.client.IncompleteRead)
        "not http",  # something else answered (http.client.BadStatusLine)
        "refused",  # urllib's own error
    ],
)
def test_fetch_errors_never_say_a_key_or_password(monkeypatch, capsys, failure):
    """A keyed URL's query and credentials stay out of messages, and every failure of
    the download is one line, exit 2 (IncompleteRead was an internal error)."""
    import http.client
    import urllib.error

    def fail(request, timeout):
        if failure == "incomplete":
            raise http.client.IncompleteRead(b"<html>", 100)
        if failure == "not http":
            raise http.client.BadStatusLine("SSH-2.0-OpenSSH")
        raise urllib.error.URLError("Connection refused")

    monkeypatch.setattr("urllib.request.urlopen", fail)
    url = "https://example.org/news/a.html?api_key=K3Y-S3CRET&x=1"
    assert cli.main(["parse", "--fetch", url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("geo: error: cannot fetch ")
    assert "https://example.org/news/a.html?..." in err and "S3CRET" not in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--fetch", "https://me:s3cret@example.org/a"], "sends no user name or password"),
        (["https://me:s3cret@example.org/a?k=S3CRET"], "is a URL: add --fetch"),
        (["--fetch", "ftp://me:s3cret@example.org/a"], "needs an http:// or https:// URL"),
        (["--fetch", "http://[::1/a"], "not a URL that can be read"),
    ],
)
def test_urls_are_said_without_credentials(monkeypatch, capsys, args, said):
    def never(request, timeout):
        raise AssertionError("no request is made")

    monkeypatch.setattr("urllib.request.urlopen", never)
    assert cli.main(["parse", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err and "s3cret" not in err.lower()


def test_shown_url_of_a_page_with_no_article(monkeypatch, capsys):
    monkeypatch.setattr("urllib.request.urlopen", lambda request, timeout: _Response(
        b"<html><body><script>x=1</script></body></html>"))
    assert cli.main(["parse", "--fetch", "https://example.org/a?token=S3CRET"]) == 2
    assert capsys.readouterr().err == (
        "geo: error: no article text found in https://example.org/a?...\n")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "cp1251"])
def test_a_page_in_any_declared_or_recognisable_encoding_keeps_its_headline(tmp_path, codec):
    """A saved page in UTF-16 without a byte-order mark gave a headline of mojibake."""
    charset = '<meta charset="windows-1251">' if codec == "cp1251" else ""
    html = (f"<html><head>{charset}<title>Удар по Сумах</title></head><body><article>"
            f"{_BODY}</article></body></html>")
    page = tmp_path / "page.html"
    page.write_bytes(html.encode(codec))
    article = sources.read_article(page)
    assert article.title == "Удар по Сумах" and "Sumy on Friday" in article.text


@pytest.mark.parametrize(
    ("url", "requested"),
    [
        ("https://example.org/новини/123",
         "https://example.org/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/123"),
        ("https://example.org/search?q=новини&page=2",
         "https://example.org/search?q=%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8&page=2"),
        ("https://україна.example/", "https://xn--80aa2annq7l.example/"),
        ("https://bücher.example:8080/a", "https://xn--bcher-kva.example:8080/a"),
        ("https://example.org/a%20b/c d", "https://example.org/a%20b/c%20d"),  # %XX kept
        ("https://example.org/статья#раздел", "https://example.org/%D1%81%D1%82%D0%B0%D1%82"
         "%D1%8C%D1%8F"),  # the fragment is never sent
        ("http://[::1]:8000/x?a=1", "http://[::1]:8000/x?a=1"),
        ("https://example.org/news/sumy.html", "https://example.org/news/sumy.html"),
    ],
)
def test_fetch_requests_non_ascii_urls_as_a_browser_would(monkeypatch, url, requested):
    """A path, query or host name that is not ASCII was a bare encoding error before any
    network access; the request goes out encoded, the article keeps the URL as typed."""
    calls = []

    def urlopen(request, timeout):
        calls.append(request.full_url)
        return _Response(SUMY.read_bytes())

    monkeypatch.setattr("urllib.request.urlopen", urlopen)
    from geo.sources import fetch_article

    article = fetch_article(url)
    assert calls == [requested] and calls[0].isascii()
    assert article.url == url


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("javascript:alert(1)", "needs an http:// or https:// URL, got 'javascript:alert(1)'"),
        ("", "needs an http:// or https:// URL, got an empty one"),
        ("/etc/passwd", "got '/etc/passwd' (a file is read without --fetch)"),
        ("https://[::1", "'https://[::1' is not a URL that can be read: Invalid IPv6 URL"),
        ("https://example.org:99999/", "is not a URL that can be read: Port out of range"),
        ("https://example.org/a\nb", "'https://example.org/a\\nb' holds a control character"),
        ("https://example.org/a\x7fb?k=S3CRET", "holds a control character ('\\x7f')"),
        ("https://exa mple.org/", "a host name holds no space"),
        ("http:///x", "'http:///x' names no host"),
        ("https://ü..example/", "the host name cannot be encoded"),
    ],
)
def test_fetch_says_what_was_typed_and_why_it_cannot_be_read(monkeypatch, capsys, url, said):
    def never(request, timeout):
        raise AssertionError("no request is made")

    monkeypatch.setattr("urllib.request.urlopen", never)
    assert cli.main(["parse", "--fetch", url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err and "S3CRET" not in err


def _page_in(lang: str | None, body: str) -> bytes:
    html = f'<html lang="{lang}">' if lang else "<html>"
    return (f"{html}<head><title>Shelling</title></head><body><article>{body}{_BODY}"
            "</article></body></html>").encode()


@pytest.mark.parametrize(
    ("lang", "body", "date"),
    [
        # a month's name in the page's language, which htmldate does not read (it
        # says the 1st of January): read by dateparser
        ("fr", "<p>Publié le 1er mars 2025</p>", dt.date(2025, 3, 1)),
        ("uk", "<p>Опубліковано 1 березня 2025</p>", dt.date(2025, 3, 1)),
        # with no language declared, the usual ones are tried
        (None, "<p>Veröffentlicht am 1. April 2025</p>", dt.date(2025, 4, 1)),
        # a numeric day and month both ways real: read as the declared locale writes
        ("en-US", "<p>Posted 06/07/2025</p>", dt.date(2025, 6, 7)),
        ("en-GB", "<p>Posted 06/07/2025</p>", dt.date(2025, 7, 6)),
        ("fr", "<p>Publié le 06/07/2025</p>", dt.date(2025, 7, 6)),
        # one way only: no choice to make
        ("en-US", "<p>Posted 25/07/2025</p>", dt.date(2025, 7, 25)),
    ],
)
def test_a_page_date_is_read_in_the_pages_language(tmp_path, lang, body, date):
    page = tmp_path / "page.html"
    page.write_bytes(_page_in(lang, body))
    assert sources.read_article(page).date == date


def test_a_pages_date_is_the_same_whatever_language_order(tmp_path):
    """An ambiguous numeric date on a page with no declared language keeps htmldate's
    reading: no guess from the text's language."""
    page = tmp_path / "page.html"
    page.write_bytes(_page_in(None, "<p>Posted 06/07/2025</p>"))
    first = sources.read_article(page).date
    assert first in (dt.date(2025, 6, 7), dt.date(2025, 7, 6))
    assert sources.read_article(page).date == first


def test_a_guessed_first_of_january_with_two_named_dates_is_dropped():
    """htmldate's 1 January when the page writes two dates with a month's name it did
    not read: which is the publication's is not known."""
    page = '<html lang="fr"><p>Publié le 1er mars 2025, mis à jour le 4 mars 2025</p>'
    assert sources.page_date(dt.date(2025, 1, 1), page) is None
    one = '<html lang="fr"><p>Publié le 1er mars 2025</p>'
    assert sources.page_date(dt.date(2025, 1, 1), one) == dt.date(2025, 3, 1)


def test_a_page_title_is_a_display_field_markup_decoded_and_cut():
    from geo.sources import article_from_html

    body = ("<article><p>Russian drones struck the port of Odesa overnight, the navy "
            "said.</p></article>")
    page = ('<html><head><meta property="og:title" content="Odesa &lt;img src=x '
            'onerror=alert(2)&gt; port hit"></head><body>' + body + "</body></html>")
    assert article_from_html(page).title == "Odesa port hit"
    long = f"<html><head><title>{'Odesa ' * 900}</title></head><body>{body}</body></html>"
    title = article_from_html(long).title
    assert len(title) <= 202 and title.endswith("…")


def test_a_page_with_only_a_noscript_notice_has_no_article():
    from geo.errors import InputError
    from geo.sources import article_from_html

    page = "<html><head><title>T</title></head><body><noscript>Enable JS</noscript></body></html>"
    with pytest.raises(InputError, match="no article text found"):
        article_from_html(page, name="p.html")


def test_a_short_binary_file_named_html_is_said_to_be_binary():
    from geo.errors import InputError
    from geo.sources import article_from_html

    with pytest.raises(InputError, match="binary data"):
        article_from_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", name="p.html")
