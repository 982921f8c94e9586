"""Rough edges the round-16 tester found in the command line: ``-q`` on map and report,
blank lines of a corpus, a binary ``.html``, "Read more" links in a saved page, Dask's
log lines as a cluster stops, repeated ids in a cluster's GeoParquet run."""

from __future__ import annotations

import json
import logging

import pytest

from geo import cli
from geo.cli_args import build_parser
from geo.dask_client import quiet_stop
from geo.errors import InputError
from geo.sources import article_from_html


@pytest.mark.parametrize("command", [["map", "a.txt"], ["report", "a.txt", "-o", "r.html"]])
@pytest.mark.parametrize("flag", ["-q", "--quiet"])
def test_map_and_report_take_quiet_as_parse_does(command, flag):
    args = build_parser("geo").parse_args([*command, flag])
    assert args.quiet is True
    assert build_parser("geo").parse_args(command).quiet is False


# --- saved pages ----------------------------------------------------------------------

PAGE = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Strike</title>"
    "</head><body><article><h1>Strike on Dnipro</h1>"
    "<p>A Russian drone struck a residential building in Dnipro on Friday, killing two "
    "people, the regional governor said. <a href='/more'>{link}</a></p>"
    "<p>Russia's defence ministry said it hit a military target near Pavlohrad, about "
    "70 km east of Dnipro, on Friday morning.</p>"
    "<p>Earlier, shelling hit Nikopol and Marhanets across the reservoir, officials said.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    "link", ["Read more", "READ MORE »", "Continue reading", "Read the full story", "Learn more"]
)
def test_a_link_that_leads_elsewhere_does_not_run_into_the_next_paragraph(link):
    text = article_from_html(PAGE.format(link=link).encode()).text
    assert link.split()[0].lower() not in text.lower().replace("regional", "")
    assert "said.\nRussia's defence ministry" in text


def test_a_link_in_the_articles_words_stays():
    page = PAGE.replace("<a href='/more'>{link}</a>", "As <a href='/x'>Reuters</a> reported.")
    assert "As Reuters reported." in article_from_html(page.encode()).text


def test_a_binary_html_file_is_no_web_page():
    data = bytes((i * 37 + 11) % 256 for i in range(20_000))  # every byte value, no markup
    with pytest.raises(InputError, match="is not a web page: binary data"):
        article_from_html(data, name="rnd.html")


def test_a_page_with_no_article_text_is_said_so_not_binary():
    with pytest.raises(InputError, match=r"no article text found in p\.html"):
        article_from_html(b"<html><body><div></div></body></html>", name="p.html")


def test_a_page_in_another_encoding_is_no_binary_data():
    words = "\u0422\u0435\u043a\u0441\u0442 \u0441\u0442\u0430\u0442\u044c\u0438. " * 20
    page = (f"<html><head><meta charset='windows-1251'></head><body><article><p>{words}"
            "</p></article></body></html>").encode("cp1251")
    assert "\u0422\u0435\u043a\u0441\u0442" in article_from_html(page, name="p.html").text


# --- a corpus's blank lines -----------------------------------------------------------


@pytest.mark.gazetteer
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_blank_lines_give_no_record_but_are_counted(tmp_path, jobs, gazetteer):
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "a", "text": "Shelling hit Kharkiv."}\n\n   \n'
        b"not json\n\r\n"
        b'{"text": "Drones struck Sumy."}\n'
    )
    out = tmp_path / "out.jsonl"
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "-q", "-j", jobs]) == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 3
    assert records[0]["id"] == "a"
    assert (records[1]["line"], "error" in records[1]) == (4, True)
    assert (records[2]["id"], records[2]["line"]) == (None, 6)
    # --resume reads the same lines: nothing left to do, nothing appended
    before = out.read_bytes()
    assert cli.main(["parse", "--jsonl", str(src), "-o", str(out), "-q", "--resume"]) == 1
    assert out.read_bytes() == before


# --- Dask ---------------------------------------------------------------------------


@pytest.fixture
def root_level():
    root = logging.getLogger()
    before = root.level
    yield root
    root.setLevel(before)


def test_a_cluster_stopping_says_nothing_at_the_default_level(caplog, root_level):
    root_level.setLevel(logging.WARNING)
    nanny = logging.getLogger("distributed.nanny")
    before = logging.getLogger("distributed").level
    with caplog.at_level(logging.WARNING), quiet_stop():
        nanny.warning("Worker process still alive after 4.0 seconds, killing")
    assert "still alive" not in caplog.text
    assert logging.getLogger("distributed").level == before  # set back


def test_a_cluster_stopping_is_told_with_verbose(caplog, root_level):
    root_level.setLevel(logging.INFO)
    distributed = logging.getLogger("distributed")
    saved = distributed.level  # an earlier interrupted run may have muted it
    distributed.setLevel(logging.NOTSET)
    try:
        with caplog.at_level(logging.INFO), quiet_stop():
            logging.getLogger("distributed.nanny").warning(
                "Worker process still alive after 4.0 seconds, killing")
    finally:
        distributed.setLevel(saved)
    assert "still alive" in caplog.text


def test_repeated_ids_of_a_geoparquet_cluster_run_are_said_per_file(caplog):
    from geo.dask_run import _warn_repeated

    blocks = [("a.jsonl", 0, 10, 1), ("a.jsonl", 10, 20, 3), ("b.jsonl", 0, 10, 1)]
    counts = [(2, [], [("x", 1), ("y", 2)]), (1, [], [("x", 3)]), (1, [], [("x", 1)])]
    with caplog.at_level(logging.WARNING, logger="geo.corpus"):
        _warn_repeated(blocks, counts)
    said = [r.getMessage() for r in caplog.records]
    assert said == [
        'warning: a.jsonl: 1 line(s) repeat the id of an earlier line (first: id "x" on '
        "line 3): each is analysed; give each document its own id"
    ]
