"""An article's ``url`` field is shown as a link to its source (tester15: accepted, never shown).

Only an http(s) address with a host becomes a link; anything else (``javascript:``,
``data:``, relative, a quote-breaking string) gives no link at all; the link is a
click, never a load (``remote_resources`` lists none), and a saved page stays offline.
"""

from __future__ import annotations

import pytest

from geo.model import Analysis, Claim, Place, Toponym
from geo.render import report_html, to_html
from geo.render._html import source_link
from geo.render.output import remote_resources

SUMY = Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906, "21", "Sumy", "Ukraine", 256474)


def _analysis(url):
    text = "Officials said two drones hit Sumy overnight."
    s = text.index("Sumy")
    claim = Claim(0, len(text), text, "Officials", "", "asserted", toponyms=(0,))
    return Analysis(text=text, toponyms=(Toponym(s, s + 4, "Sumy", SUMY, 0.9),),
                    claims=(claim,), headline=None, url=url)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://example.org/a/b?x=1&y=2", "example.org"),
        ("http://news.example.com:8080/p", "news.example.com"),
        ("  HTTPS://Example.ORG/x  ", "example.org"),
        ("ht\ttps://example.org/", "example.org"),  # browsers drop the tab too
    ],
)
def test_an_http_address_is_a_link_to_its_host(url, host):
    link = source_link(url)
    assert link.startswith('<a href="http') and link.endswith(f">{host}</a>")
    assert 'rel="noopener noreferrer nofollow"' in link
    assert "\t" not in link and "&y" not in link.replace("&amp;y", "")


@pytest.mark.parametrize(
    "url",
    [
        None, 7, "", "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "/relative/path", "//example.org/x",
        "https://", "http://[::1", "ftp://example.org/f", "vbscript:msgbox(1)",
    ],
)
def test_anything_else_gives_no_link(url):
    assert source_link(url) == ""


def test_a_quote_in_the_address_stays_inside_the_attribute():
    link = source_link('https://example.org/"><script>alert(1)</script>')
    assert "<script>" not in link and link.count('"') == 6  # href, rel, target: three pairs


@pytest.mark.parametrize("render", [report_html, lambda a: to_html(a, offline=True)])
def test_the_map_and_report_link_to_the_source(render):
    page = render(_analysis("https://example.org/story?id=1&s=2"))
    # HTML in the report; the same HTML as a JavaScript string in the map's title box
    forms = ('href="https://example.org/story?id=1&amp;s=2"',
             'href=\\"https://example.org/story?id=1\\u0026amp;s=2\\"')
    assert any(form in page for form in forms)
    assert not [u for u in remote_resources(page) if "example.org" in u]


@pytest.mark.parametrize("render", [report_html, lambda a: to_html(a, offline=True)])
def test_a_script_address_leaves_no_trace(render):
    page = render(_analysis("javascript:alert(document.domain)"))
    assert "alert(document.domain)" not in page
    assert "javascript:alert" not in page.lower()


def test_a_link_leaves_out_a_user_name_and_password():
    from geo.render._html import source_link

    link = source_link("https://user:pw@example.org/a?b=1#c")
    assert "user" not in link and "pw@" not in link
    assert 'href="https://example.org/a?b=1#c"' in link
    assert 'href="https://[::1]:8080/x"' in source_link("https://u@[::1]:8080/x")


def test_a_port_out_of_range_gives_no_link():
    from geo.render._html import source_link

    assert source_link("https://[::1]:99999/x") == ""


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://news.example.org/a?token=SECRET", "https://news.example.org/a"),
        ("https://x.org/a?id=5&access_token=S&page=2", "https://x.org/a?id=5&amp;page=2"),
        ("https://x.org/a?X-Amz-Signature=S&X-Amz-Date=1", "https://x.org/a?X-Amz-Date=1"),
        ("https://x.org/a?api%5Fkey=S&monkey=1", "https://x.org/a?monkey=1"),
        ("https://x.org/a?id=5", "https://x.org/a?id=5"),
    ],
)
def test_credentials_in_the_query_are_left_out_of_the_link(url, href):
    """tester34 W25: a saved report is shared; a token in the address would go with it."""
    assert source_link(url).startswith(f'<a href="{href}" ')
