"""Compiled Jinja templates kept between processes (geo._templates): the same templates,
the same pages, a key that tells environments apart, damaged files ignored."""

from __future__ import annotations

import subprocess
import sys

import jinja2
import pytest

from geo import _templates
from geo._templates import install, kept_templates, templates_file

from .conftest import ROOT

SOURCE = "{% for x in items %}<{{ x|upper }}>{% endfor %}\n{{ 'a b'|title }}"


def _counting(monkeypatch):
    """Count the calls that reach Jinja's own compiling."""
    calls = []
    original = jinja2.Environment.compile

    def counted(self, *args, **kwargs):
        calls.append(args[0] if args else kwargs.get("source"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    return calls


def _render(env=None, source=SOURCE):
    env = env or jinja2.Environment()
    return env.from_string(source).render(items=["a", "b"])


def test_kept_templates_render_the_same_and_are_not_compiled_again(tmp_path, monkeypatch):
    calls = _counting(monkeypatch)
    expected = _render()
    assert len(calls) == 1
    with kept_templates(tmp_path):
        install()
        assert _render() == expected
    assert len(calls) == 2 and templates_file(tmp_path).is_file()
    with kept_templates(tmp_path):
        install()
        assert _render() == expected
        assert _render(jinja2.Template.environment_class()) == expected
    assert len(calls) == 2  # read back: Jinja did not compile it again
    assert jinja2.Environment.compile.__name__ == "counted"  # put back on leaving


def test_nothing_changes_until_installed_or_after_leaving(tmp_path, monkeypatch):
    calls = _counting(monkeypatch)
    with kept_templates(tmp_path):
        _render()
    assert not templates_file(tmp_path).exists() and len(calls) == 1
    with kept_templates(tmp_path):
        install()
    _render()
    assert len(calls) == 2


@pytest.mark.parametrize(
    "other",
    [
        lambda: jinja2.Environment(trim_blocks=True),
        lambda: jinja2.Environment(variable_start_string="[[", variable_end_string="]]"),
        lambda: jinja2.Environment(autoescape=True),
        lambda: jinja2.Environment(optimized=False),
    ],
)
def test_environments_that_compile_differently_do_not_share_templates(tmp_path, other):
    source = "{% if x %}\n  [[ y ]]{{ y }}\n{% endif %}<{{ '<b>' }}>"
    with kept_templates(tmp_path):
        install()
        plain = jinja2.Environment().from_string(source).render(x=1, y="&")
    with kept_templates(tmp_path):
        install()
        kept = other().from_string(source).render(x=1, y="&")
    assert kept == other().from_string(source).render(x=1, y="&")
    assert plain == jinja2.Environment().from_string(source).render(x=1, y="&")


def test_a_filter_of_the_same_name_doing_otherwise_is_compiled_again(tmp_path):
    """The optimizer folds constant filter calls into the code: a filter is part of the
    key (its name, its module's file, the way it takes arguments)."""
    source = "{{ 'abc'|shout }}"
    first = jinja2.Environment()
    first.filters["shout"] = _upper
    second = jinja2.Environment()
    second.filters["shout"] = _backwards
    with kept_templates(tmp_path):
        install()
        assert first.from_string(source).render() == "ABC"
    assert len(_templates._read(templates_file(tmp_path))) == 1
    with kept_templates(tmp_path):
        install()
        assert second.from_string(source).render() == "cba"
        assert first.from_string(source).render() == "ABC"
    assert len(_templates._read(templates_file(tmp_path))) == 2


def _upper(s):
    return s.upper()


def _backwards(s):
    return s[::-1]


def test_environments_with_extensions_compile_as_usual(tmp_path, monkeypatch):
    calls = _counting(monkeypatch)
    for _ in range(2):
        with kept_templates(tmp_path):
            install()
            env = jinja2.Environment(extensions=["jinja2.ext.loopcontrols"])
            assert _render(env) == _render()
    assert calls.count(SOURCE) == 3  # the plain one once, the extension's every time


def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path, monkeypatch):
    with kept_templates(tmp_path):
        install()
        expected = _render()
    path = templates_file(tmp_path)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    calls = _counting(monkeypatch)
    with kept_templates(tmp_path):
        install()
        assert _render() == expected
    assert len(calls) == 1  # compiled again, and the file written again
    for junk in (b"", b"geo-templates-1\n\0\0\0\0", b"not a templates file" * 10):
        path.write_bytes(junk)
        with kept_templates(tmp_path):
            install()
            assert _render() == expected


def test_an_unwritable_cache_costs_only_the_time(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    with kept_templates(blocked / "cache"):
        install()
        assert _render() == _render()
    assert not (blocked / "cache").exists()


def test_others_templates_are_kept_within_the_limit(tmp_path, monkeypatch):
    with kept_templates(tmp_path):
        install()
        _render(source="{{ 1 }}")
    monkeypatch.setattr(_templates, "MAX_OTHERS_BYTES", 0)
    with kept_templates(tmp_path):
        install()
        _render(source="{{ 2 }}")
    kept = _templates._read(templates_file(tmp_path))
    assert [k[0] for k in kept] == ["{{ 2 }}"]


_MAP = """
import sys
from pathlib import Path
from geo._templates import kept_templates
import geo
from geo.gazetteer.index import Gazetteer
with kept_templates(sys.argv[2]) if sys.argv[2] != "-" else open(__file__):
    from geo.render import render, to_html
    gaz = Gazetteer.open(sys.argv[1])
    analysis = geo.analyze("Shelling hit Sumy and Kharkiv on Monday, 20 km north of Sumy.",
                           gazetteer=gaz)
    sys.stdout.write(to_html(render(analysis, offline=True, gazetteer=gaz), offline=True))
"""


def test_a_map_page_is_the_same_bytes_with_templates_kept(mini_index_path, tmp_path):
    """folium's templates compiled in the process, kept by it (a cold file) and read
    back (a warm one): the same page."""
    script = tmp_path / "page.py"
    script.write_text(_MAP)

    def page(cache: str) -> str:
        return subprocess.run([sys.executable, str(script), str(mini_index_path), cache],
                              capture_output=True, text=True, check=True, cwd=ROOT).stdout

    plain = page("-")
    cache = tmp_path / "cache"
    assert page(str(cache)) == plain
    assert templates_file(cache).stat().st_size > 10_000  # folium's and branca's
    assert page(str(cache)) == plain
