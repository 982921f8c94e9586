"""geo.render.remote_resources: two quick patterns find what one pattern of both did."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.render import remote_resources

# The one pattern the page was scanned with before (tags and CSS url() as alternatives).
ONE_PATTERN = re.compile(
    r"""<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?((?:https?:)?//[^"'\s>]+)"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?((?:https?:)?//[^"'\s>]+)"""
    r"""|url\(\s*["']?((?:https?:)?//[^"')\s]+)""",
    re.IGNORECASE,
)

PIECES = ['<script src="//a.js">', '<IMG style="x:url(//y)" src=//z>', 'URL( "https://q/r")',
          "url(//a(url(//b)", '<link href="http://l">', '<a href="//n">', "url(//c<img src=//d>)",
          " ", '"', "'", ">", "<", "uRl(", "u", "rl(", "(", ")", "//", "http:", "x", "src=",
          "<img ", "<LINK ", "\u017f", "\u0131", "\u212a"]


def one_pattern(html: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in ONE_PATTERN.finditer(html)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_same_resources_in_the_same_order(html):
    assert remote_resources(html) == one_pattern(html)


def test_a_style_url_inside_a_tag_read_before_its_source_is_not_listed_twice():
    html = '<img style="background:url(//y/1.png)" src="//z/2.png"><p>url( //w/3.css)</p>'
    assert remote_resources(html) == one_pattern(html) == ["//z/2.png", "//w/3.css"]


def test_url_written_in_any_case_and_its_word_right_at_the_start():
    assert remote_resources("URL(https://a/b)uRl('//c/d')") == ["https://a/b", "//c/d"]
    assert remote_resources("rl(//a) (//b) xurl(//c)") == ["//c"]
