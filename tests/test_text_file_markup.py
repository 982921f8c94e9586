"""A plain-text article file with a feed's HTML left in it is read as a JSON line is."""

from __future__ import annotations

from geo.sources import read_article
from geo.text.document import guess_title


def test_escaped_html_in_a_text_file_is_decoded_in_place(tmp_path):
    raw = "Police in &lt;b&gt;Aalborg&lt;/b&gt; said drones flew over Copenhagen&#39;s airport."
    path = tmp_path / "feed.txt"
    path.write_text(raw, encoding="utf-8")
    text = read_article(path).text
    assert len(text) == len(raw)  # every offset is an offset of the file as written
    assert text.split()[:4] == ["Police", "in", "Aalborg", "said"]
    assert "Copenhagen\u00ad\u00ad\u00ad\u00ad's" in text


def test_a_text_without_markup_is_unchanged(tmp_path):
    raw = "AT&T said 3 < 5 near <Sumy>, {{7*7}}."
    path = tmp_path / "plain.txt"
    path.write_text(raw, encoding="utf-8")
    assert read_article(path).text == raw


def test_a_guessed_title_drops_what_decoding_in_place_leaves(tmp_path):
    path = tmp_path / "feed.txt"
    path.write_text("Drones over Aalborg &amp; Copenhagen\n\nPolice said so on Friday.\n",
                    encoding="utf-8")
    assert guess_title(read_article(path).text) == "Drones over Aalborg & Copenhagen"
