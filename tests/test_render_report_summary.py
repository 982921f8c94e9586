"""The report's text: quotes shown once, and a corpus summary one line per article.

A claim that is itself a quotation ("\"Units … liberated X,\" the ministry said")
is shown as written, not wrapped in a second pair of marks; a report of many
articles opens with a totals line and one short line per article, by date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

import pytest

from geo.model import Analysis, Claim, Place
from geo.render.controls import article_order
from geo.render.popups import claim_html, exchange_html
from geo.render.report import report_page
from geo.render.scene import build_corpus_scene

from .test_render import sentence, toponym

TOWN = Place(699373, "Novopavlivka", "place", "UA", 48.14, 36.79, admin1_code="04")


def one_claim(text: str, start: str, status: str = "asserted") -> Analysis:
    i, j, t = sentence(text, start)
    claim = Claim(i, j, t, "the ministry", "said", status, toponyms=(0,))
    return Analysis(text, (toponym(text, "Novopavlivka", TOWN),), (), (claim,))


@pytest.mark.parametrize("mark", ['"', "“", "«", "'", "„"])
def test_a_claim_that_opens_with_a_quote_is_not_quoted_again(mark):
    close = {"“": "”", "«": "»", "„": "“"}.get(mark, mark)
    text = f"{mark}Units liberated Novopavlivka,{close} the ministry said."
    a = one_claim(text, mark)
    page = report_page(a)
    assert "“&quot;" not in page and "““" not in page and "“«" not in page
    (quote,) = re.findall(r"<blockquote>(.*?)</blockquote>", page)
    assert quote.startswith(("&quot;", "&#x27;", mark)) and not quote.startswith("“" + mark)
    popup = claim_html(a.claims[0], 0, a)
    assert f'<blockquote class="geo-quote">“{mark}' not in popup


def test_a_plain_claim_is_still_quoted_and_escaped():
    text = "The ministry said <b>Novopavlivka</b> was taken."
    page = report_page(one_claim(text, "The ministry said"))
    (quote,) = re.findall(r"<blockquote>(.*?)</blockquote>", page)
    assert quote == "“The ministry said &lt;b&gt;Novopavlivka&lt;/b&gt; was taken.”"


def test_an_answer_quoting_a_quote_shows_it_once():
    text = '"We took Novopavlivka," the ministry said. Kyiv denied it.'
    a = one_claim(text, '"We took')
    i, j, t = sentence(text, "Kyiv denied")
    answer = Claim(i, j, t, "Kyiv", "denied", "denied", toponyms=(), responds_to=0)
    a = Analysis(a.text, a.toponyms, (), (a.claims[0], answer))
    html = exchange_html(answer, 1, a, {})
    assert "says &quot;We took" in html and "“&quot;" not in html


def test_a_corpus_report_lists_its_articles_one_line_each_by_date():
    texts = [f"The ministry said it struck Novopavlivka on day {k}." for k in range(5)]
    many = [one_claim(t, "The ministry said") for t in texts]
    dates = ["2026-11-20", "", "2026-11-01", "2026-11-20", "2026-11-05"]
    titles = [f"Report {k}" for k in range(5)]
    scene = build_corpus_scene(many, titles=titles, dates=dates)
    page = report_page(many, scene=scene)
    (summary,) = re.findall(r'<ul class="geo-summary">(.*?)</ul>', page)
    lines = re.findall(r"<li>(.*?)</li>", summary)
    assert [re.search(r"<b>(.*?)</b>", x).group(1) for x in lines] == [
        "Report 2", "Report 4", "Report 0", "Report 3", "Report 1"]  # undated last
    assert lines[0] == "2026-11-01 · <b>Report 2</b>: 1 asserted · 1 place"
    assert "5 claims (5 asserted); 1 place named; 0 spatial statements" in page
    # one totals sentence, not the articles run together in one paragraph
    assert page.count("Report 0") == 2  # its summary line and its table row


def test_article_order_is_by_date_then_input_order():
    assert article_order([]) == []
    assert article_order([("a", ""), ("b", "")]) == [0, 1]
    assert article_order([("a", "2026-02-01"), ("b", "2025-12-31")]) == [1, 0]


def test_a_report_of_many_articles_gives_each_title_once():
    """Each article's date and title head its first claim's row only: an article of
    three claims does not repeat its headline three times (on screen or in print)."""
    text = ("Units liberated Novopavlivka, the ministry said. Shelling hit Novopavlivka, "
            "the governor said. Drones struck Novopavlivka, the army said.")
    starts = ("Units", "Shelling", "Drones")
    claims = tuple(Claim(*sentence(text, s), "the ministry", "said", "asserted", toponyms=(0,))
                   for s in starts)
    many = Analysis(text, (toponym(text, "Novopavlivka", TOWN),), (), claims,
                    headline="Three <b>strikes</b>", date=datetime.date(2025, 6, 2))
    one = replace(one_claim("Units liberated Novopavlivka, the ministry said.", "Units"),
                  headline="One claim", date=datetime.date(2025, 6, 1))
    page = report_page([many, one])
    body = page[page.index("<tbody>"):]
    assert body.count("Three &lt;b&gt;strikes&lt;/b&gt;") == 1
    assert body.count("One claim") == 1
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body)
    assert len(rows) == 4 and all(r.count("<td") == 10 for r in rows)
    # by date: the one-claim article first, then the three claims under one title
    assert "One claim" in rows[0] and "Three" in rows[1]
    assert all('<td class="geo-num geo-same"></td>' in r for r in rows[2:])
    assert "\0" not in page
