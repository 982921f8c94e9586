"""Texts whose paragraphs are single lines (extracted web pages, newsroom exports, pasted
wire copy: no blank line anywhere): each line is a paragraph for the claims stages, as a
blank line would make it (:func:`geo.text.sentences.lines_are_paragraphs`)."""

import re

from geo import analyze
from geo.text.claims.line_groups import line_groups
from geo.text.claims.segmentation import split_sentences

LINES = (
    "Units took the settlement of Kleshcheyevka, the Russian Defence Ministry said on Monday.\n"
    "Troops repelled three counterattacks near Dimitrov, the ministry said. Over the past day "
    "the Ukrainian army lost up to 410 servicemen in this area.\n"
    "Air defences shot down 41 drones overnight, the ministry added.\n"
)


def test_each_line_is_a_paragraph_when_no_line_is_blank():
    assert [s.paragraph for s in split_sentences(LINES)] == [0, 1, 1, 2]
    blank = LINES.replace("\n", "\n\n")
    assert [s.paragraph for s in split_sentences(blank)] == [0, 1, 1, 2]
    # with a blank line in the text, lines within a block stay one paragraph
    mixed = "Kyiv under fire\n\n" + LINES
    assert {s.paragraph for s in split_sentences(mixed)} == {0, 1}


def test_a_wrapped_line_stays_in_its_paragraph():
    text = (
        "Russian troops repelled three counterattacks near Dimitrov and\n"
        "Rodinskoye, the ministry said.\nAir defences shot down 41 drones, it added.\n"
    )
    assert [s.paragraph for s in split_sentences(text)] == [0, 1]


def test_a_count_opens_no_claim_of_the_next_line():
    claims = analyze(LINES, date="2025-12-01").claims
    texts = [LINES[c.start : c.end] for c in claims]
    assert all("\n" not in t.strip() for t in texts), texts
    last = next(c for c in claims if "41 drones" in LINES[c.start : c.end])
    assert LINES[last.start : last.end].startswith("Air defences")


# A headline of sentence case, long and without a full stop, then the dateline line: in a
# text with no blank line the next line outruns it, so no wrapping cut it.
HEADED = (
    (
        "Ukraine's army counts 140 clashes on the front, most of them near Kostiantynivka\n"
        "KYIV, March 3, 2027 (Ukrinform) - Ukrainian forces fought 140 combat clashes with "
        "Russian troops over the past day, the General Staff said on Tuesday evening.\n"
        "The enemy attacked 38 times near Chasiv Yar, the General Staff said.\n",
        "fought 140 combat clashes",
        "General Staff",
    ),
    (
        "Moscow claims two more villages in the south, Kyiv says its troops still hold one\n"
        "MOSCOW, April 12 - Russia's Defence Ministry said on Sunday that its forces had "
        "captured the villages of Stepove and Malynivka during the past week of fighting.\n"
        "A spokesman for Ukraine's southern forces said Stepove was still in Ukrainian hands.\n",
        "had captured the villages",
        "Defence Ministry",
    ),
    (
        "Air force reports dozens of drones shot down overnight across the south of the country\n"
        "KYIV, June 9 (Reuters) - Air defences destroyed 52 of the 60 drones Russia launched "
        "overnight, the Ukrainian air force said on Monday in its morning statement.\n",
        "destroyed 52 of the 60 drones",
        "air force",
    ),
)


def test_a_headline_line_is_its_own_paragraph_before_a_longer_line():
    for text, _, _ in HEADED:
        first = split_sentences(text)[0]
        assert text[first.start : first.end] == text.split("\n", 1)[0]
        assert first.line and first.paragraph == 0


def test_a_headline_line_lends_no_speaker_to_the_dateline_line():
    for text, anchor, speaker in HEADED:
        at = text.index(anchor)
        claim = next(c for c in analyze(text, date="2027-03-03").claims
                     if c.start <= at < c.end)
        assert speaker.lower() in (claim.source or "").lower(), (claim.source, text)


def test_a_wrapped_paragraph_still_joins_its_lines():
    text = (
        "Russian troops kept up their attacks on the approaches to the town through the\n"
        "night and the morning, the governor said.\nTwo people were hurt.\n"
    )
    first = split_sentences(text)[0]
    assert text[first.start : first.end].endswith("governor said.")


# A paragraph's speaker and subject as a blank line ends them: "it" opening a paragraph
# takes no subject of the paragraph before, a bare spokesperson no party named in it.
_BLANK = re.compile(r"\n(?:[ \t]*\n)+")
SAME_AS_BLANK = (
    "Russia's Defence Ministry made no mention of the depot.\n\nIn its daily briefing it said "
    "air defences had shot down 12 drones over Belgorod.\n",
    "Ukraine's General Staff did not comment on the village.\n\nIn its evening update it said "
    "troops repelled 31 attacks near Pokrovsk.\n",
    "Ukraine's air force said it downed 20 drones overnight.\n\nThe Kremlin has not commented "
    "on the strikes on the refinery.\n\nSpokeswoman Olga Marchenko said Russian troops were "
    "advancing near Kupiansk.\n",
    "The Israeli military said it struck a weapons depot near Tyre.\n\nHezbollah did not say "
    "whether any of its fighters were hurt.\n\nSpokesman Ali Karim said the group had fired "
    "rockets at a base in Safed.\n",
)


def _claims(text):
    return [(" ".join(text[c.start : c.end].split()), c.source, c.status, c.side)
            for c in analyze(text, date="2026-03-02").claims]


def test_single_line_paragraphs_keep_the_speakers_of_blank_line_ones():
    for text in SAME_AS_BLANK:
        assert _claims(_BLANK.sub("\n", text)) == _claims(text)


def test_a_line_wrapped_before_a_name_still_joins():
    # the name did not fit on the first line; the second is no longer than the first
    # plus that name, as a wrapping makes it
    text = (
        "Two people were wounded when shells hit the market, the regional governor Oleh\n"
        "Syniehubov said on Telegram.\nRepairs began on Monday.\n"
    )
    sentences = split_sentences(text)
    assert text[sentences[0].start : sentences[0].end].endswith("on Telegram.")
    assert [s.paragraph for s in sentences] == [0, 1]


def test_a_line_in_lower_case_joins_however_long():
    # HTML source wrapped at odd places, indented: a lower-case line goes on the last one
    text = (
        "Residents said the shelter had been closed,\n"
        "            but after the sirens sounded for an hour the city opened it again and "
        "about 40 people spent the night there, officials said.\nThe market reopened.\n"
    )
    sentences = split_sentences(text)
    assert text[sentences[0].start : sentences[0].end].startswith("Residents said")
    assert text[sentences[0].start : sentences[0].end].endswith("officials said.")


def test_a_list_item_never_continues_the_line_before():
    """Key developments as a list with no stops: each item is a sentence of its own, so a
    speaker at one item's end speaks for that item only."""
    text = (
        "Key developments on Dec. 2:\n\n"
        "* Russian drones damage port infrastructure in Odesa Oblast\n"
        "* Ukrainian forces repel assault near Kostiantynivka, General Staff says\n"
        "* Explosions reported in occupied Melitopol, partisans claim strike on railway depot\n"
        "- Zelensky meets European leaders in Berlin to discuss air defence deliveries\n"
        "1. Russian forces struck energy facilities in Kharkiv Oblast overnight again\n"
    )
    by_source = {c.source: c.text for c in analyze(text).claims}
    staff = by_source["General Staff"]
    assert staff.startswith("* Ukrainian") and staff.endswith("General Staff says")
    groups = [text[a:b] for a, b in line_groups(text, 29, len(text))]
    assert len(groups) == 5 and groups[3].startswith("- Zelensky") and groups[4].startswith("1.")
    # A wrapped line of prose still joins the line before it.
    wrapped = (
        "Russian forces attacked the port infrastructure of Odesa Oblast with drones overnight\n"
        "and damaged a warehouse, the governor said."
    )
    assert len(line_groups(wrapped, 0, len(wrapped))) == 1
