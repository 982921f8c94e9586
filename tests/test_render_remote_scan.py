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


# geo.render._html.js and geo.render.assets._script_safe search for their characters or
# comment first and run their patterns only where one occurs: the same text as always.
_JS_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027",
               "\u2028": "\\u2028", "\u2029": "\\u2029"}
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S*\s*$")
TEXT = st.lists(st.sampled_from(["a", " ", "\n", "<", ">", "&", "'", '"', "\u2028", "\u2029",
                                 "\u202a", "\u202e", "\u2066", "\u2069", "\u2065", "\u00e9",
                                 "//# sourceMappingURL=", "x.map", "\t", "</script"]),
                max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_js_gives_what_its_patterns_applied_everywhere_give(value):
    import json

    from geo._json import scrub_text
    from geo.render._html import js

    text = json.dumps({"v": value}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    text = _BIDI.sub("", text)
    expected = scrub_text(re.sub("[<>&'\u2028\u2029]", lambda m: _JS_ESCAPES[m.group(0)], text))
    assert js({"v": value}) == expected


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_a_librarys_source_map_comment_is_cut_as_the_pattern_everywhere_cuts_it(code):
    from geo.render.assets import _script_safe

    assert _script_safe(code) == _SOURCE_MAP.sub("", code).replace("</script", "<\\/script")
    tail = "\n//# sourceMappingURL=leaflet.js.map\n"
    assert _script_safe("L.map();" + tail) == "L.map();"
