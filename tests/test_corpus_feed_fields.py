"""JSON lines as feeds and scrapers write them: HTML left in the fields, RSS dates."""

from __future__ import annotations

import json

import pytest

from geo import cli
from geo.corpus_lines import read_record, record_date
from geo.markup_escapes import decode_in_place

pytestmark = pytest.mark.gazetteer

FEED = {
    "id": "rss-1",
    "title": "Drones over Aalborg &amp; Copenhagen &#8211; live",
    "date": "Fri, 26 Sep 2025 10:00:00 GMT",
    "url": "https://example.org/dk?a=1&amp;b=2",
    "text": "Police in &lt;b&gt;Aalborg&lt;/b&gt; said on Thursday that drones were seen "
            "near the airport; Copenhagen&#39;s airport shut for four hours.",
}


def test_a_feed_line_is_read_with_its_markup_decoded(tmp_path, capsys, gazetteer):
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps(FEED) + "\n", encoding="utf-8")
    assert cli.main(["parse", "--jsonl", str(src), "-q"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["title"] == "Drones over Aalborg & Copenhagen – live"
    assert row["url"] == "https://example.org/dk?a=1&b=2"
    assert row["date"] == "2025-09-26"
    given = FEED["text"]
    # offsets are those of the line as given: each names its place there
    spans = {given[t["start"] : t["end"]]: t["name"] for t in row["toponyms"]}
    assert spans == {"Aalborg": "Aalborg", "Copenhagen": "Copenhagen"}
    claim = row["claims"][0]
    assert claim["source"] == "police in Aalborg"
    assert claim["dates"][0]["start"] == "2025-09-25"  # "on Thursday" before the feed's Friday


def test_in_place_decoding_keeps_every_offset():
    for text in (FEED["text"], "Qu&eacute;bec &amp; Montr&#233;al", "<p>Kyiv</p>&nbsp;x",
                 "AT&T: x < 5 > 3", "&#0; &bogus; &#x110000;", "<Sumy> &lt;script&gt;"):
        assert len(decode_in_place(text)) == len(text)
    assert "Kyiv" in decode_in_place("<p>Kyiv</p>") and "<p>" not in decode_in_place("<p>Kyiv</p>")


def test_a_word_with_a_reference_inside_is_one_name(gazetteer):
    import geo

    text = "Drones were seen over Montr&eacute;al on Friday."
    rec = read_record({"id": 1, "text": text})
    a = geo.analyze(rec.text, gazetteer=gazetteer)
    assert [(text[t.start : t.end], t.place.name) for t in a.toponyms] == [
        ("Montr&eacute;al", "Montréal")]


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("Sat, 25 Oct 2025 10:00:00 GMT", "2025-10-25"),
        ("25 Oct 2025 23:30:00 -0500", "2025-10-25"),  # the day as written, in its zone
        ("Sat, 25 Oct 2025 00:10:00 +1400", "2025-10-25"),
    ],
)
def test_an_rss_date_is_a_date(value, day):
    assert record_date(value).isoformat() == day


def test_a_date_that_is_none_of_these_is_left_out_with_a_warning(tmp_path, capsys, caplog):
    # the article is kept (tester29 R2: before, the line was an error record)
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "Sumy.", "date": "Sat, 99 Foo 2025 10:00"})
                   + "\n", encoding="utf-8")
    assert cli.main(["parse", "--jsonl", str(src), "-q"]) == 0
    captured = capsys.readouterr()
    record = json.loads(captured.out)
    assert "error" not in record and "date" not in record
    assert "RFC 2822" in record["warnings"][0] and "left out" in record["warnings"][0]
    said = [r.getMessage() for r in caplog.records]
    assert any(m.startswith('warning: line 1 (id 1): "date" must be') for m in said), said


def test_a_url_keeps_what_looks_like_markup():
    # a URL holds no markup: its references are decoded, nothing is dropped
    rec = read_record({"id": 1, "text": "Sumy", "url": "https://example.org/<b>x</b>?a=1&amp;b=2"})
    assert rec.url == "https://example.org/<b>x</b>?a=1&b=2"
    rec = read_record({"id": 2, "text": "Sumy", "url": "https://example.org/a%20b"})
    assert rec.url == "https://example.org/a%20b"


def test_geo_dask_records_carry_the_left_out_fields_too():
    from geo.corpus import Options
    from geo.dask import analyze_records

    out = analyze_records([{"id": "e", "text": "Strike on Sumy.", "title": 7,
                            "date": "2026-02-30"}], Options(stages=("toponyms",)))
    assert [w.split(":")[0] for w in out[0]["warnings"]] == [
        '"title" must be a string, got a number', "\"date\" '2026-02-30' is no day of the calendar"]
    assert out[0]["toponyms"][0]["text"] == "Sumy" and "date" not in out[0]
