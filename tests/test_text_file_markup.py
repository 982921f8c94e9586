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


def test_a_first_line_of_markup_gives_its_text_as_the_title(tmp_path):
    # tester29 M2: a dump whose first line is a page's head markup; the second line is
    # the body, one sentence after another, whatever junk ends it
    path = tmp_path / "dump.txt"
    path.write_text('<script>alert("t")</script> Kharkiv "strike" </title><b>bold</b>\n\n'
                    'The governor said "a <script>x</script> drone" hit the centre, 20 km '
                    'north of Izium. {{7*7}} </div>\n', encoding="utf-8")
    assert guess_title(read_article(path).text) == 'Kharkiv "strike" bold'


def test_a_comment_or_a_page_title_element_above_the_story_is_no_title(tmp_path):
    # as a JSON line's "text" holds it (a file so made is read as a web page)
    text = ("<!-- saved from https://example.org -->\n"
            "<title>Drones hit Sumy | Example News</title>\n"
            "<p>Drones hit Sumy overnight, wounding two people, the governor said.</p>\n")
    assert guess_title(text) == "Drones hit Sumy | Example News"
    escaped = tmp_path / "escaped.txt"  # the same markup escaped once, as a feed leaves it
    escaped.write_text("&lt;title&gt;Drones hit Sumy&lt;/title&gt;\n"
                       "Drones hit Sumy overnight, wounding two people, the governor said.\n",
                       encoding="utf-8")
    assert guess_title(read_article(escaped).text) == "Drones hit Sumy"


def test_a_headline_that_only_looks_like_markup_is_kept():
    assert guess_title("Drones over <Sumy> and Kharkiv\n\nThe governor said so.") \
        == "Drones over <Sumy> and Kharkiv"
    # two sentences in one long line are the body, not a headline: the line above is
    assert guess_title("Floods hit the city\nRain fell all day across the whole region "
                       "on Friday. The mayor said more would come") == "Floods hit the city"
