"""Titles guessed for texts with no given headline: live blogs and wire leads."""

from geo.text.document import guess_title


def test_a_live_blog_keeps_its_headline_over_a_longer_timestamped_entry():
    text = (
        "Sudan live: Army says it holds El Obeid\n\nUpdated: 3 Mar 2027\n\n"
        "11:20 GMT - Drone strike on a fuel depot near the airport kills at least seven people,"
        " say local medics\n\nThe strike hit before dawn."
    )
    assert guess_title(text) == "Sudan live: Army says it holds El Obeid"


def test_an_entry_with_an_american_time_zone_is_an_entry_too():
    text = "Election night live\n\n9:05 p.m. ET: Polls close across six states in the east\n"
    assert guess_title(text) == "Election night live"


def test_a_wire_lead_with_no_headline_gives_its_first_sentence_without_the_dateline():
    lead = (
        "MOSCOW, March 3. /TASS/. Air defence forces shot down 40 drones overnight. The air"
        " force said most of them were launched from Sumy region and that debris fell on"
        " houses in three districts of Kursk and in the Rylsk area, injuring two people."
    )
    title = guess_title(lead + "\n\nMore text.")
    assert title == "Air defence forces shot down 40 drones overnight."


def test_a_long_first_sentence_is_cut_to_its_first_words():
    lead = " ".join(["word"] * 40) + "."
    title = guess_title(lead)
    assert title.endswith("…")
    assert len(title.split()) == 26  # 25 words and the ellipsis
