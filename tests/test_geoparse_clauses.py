"""A name read far from every place its own sentence names, in a text about fighting,
is its namesake among them (geo.text.local_evidence.local_namesakes)."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

# Paragraphs on other oblasts, as an assessment or a round-up has them.
_KHARKIV = (
    "Russian forces continued limited attacks in northern Kharkiv Oblast. Russian forces "
    "attacked near Vovchansk and Lyptsi, north of Kharkiv, and shelled Kupiansk, "
    "Balakliia and Izium. Drones hit Chuhuiv and Zolochiv.\n\n"
)


def _place(text, gazetteer, name):
    return next(t for t in geoparse(text, gazetteer) if t.text == name).place


@pytest.mark.parametrize(
    ("sentence", "name", "admin1"),
    [
        # Kamianske: the city of 227,000 on the Dnieper (Dnipropetrovsk), or the village
        # by Stepnohirsk (Zaporizhzhia)
        ("Russian forces are attacking toward Stepnohirsk from Vasylivka and near "
         "Kamianske.", "Kamianske", "26"),
        ("Ukrainian troops repelled assaults near Mala Tokmachka, Orikhiv and Kamianske.",
         "Kamianske", "26"),
        # a partner read where its own direction says it is not (the Piatykhatky of
        # Dnipropetrovsk Oblast, 66 km from the city) is none of the sentence's places
        ("A milblogger claimed that Russian forces are attacking toward Stepnohirsk from "
         "Piatykhatky (both north of Vasylivka) and near Kamianske.", "Kamianske", "26"),
    ],
)
def test_the_sentences_places_outweigh_the_rest_of_the_text(gazetteer, sentence, name,
                                                             admin1):
    assert _place(_KHARKIV + sentence, gazetteer, name).admin1_code == admin1


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # the city, near the sentence's places
        (_KHARKIV + "Missiles struck Dnipro and Kamianske overnight.", "Kamianske", "04"),
    ],
)
def test_readings_the_sentence_rule_leaves_alone(gazetteer, text, name, admin1):
    assert _place(text, gazetteer, name).admin1_code == admin1


def test_a_text_with_no_word_of_fighting_is_left_as_resolved(gazetteer):
    from geo.text.local_evidence import local_namesakes
    from geo.text.recognition import find_mentions
    from geo.text.resolution import resolve

    text = (
        "The orchestra of Kamianske toured Lviv, Ternopil and Rivne. In Odesa it played "
        "with musicians from Orikhiv, Vasylivka and Stepnohirsk."
    )
    mentions = find_mentions(text, gazetteer)
    resolved = resolve(mentions, gazetteer)
    # Move Kamianske to the Dnieper city, far from every place of its sentence.
    k = next(i for i, m in enumerate(mentions) if m.key == "kamianske")
    city = next(
        c.record for c in mentions[k].candidates if gazetteer.population(c.record) > 200_000
    )
    resolved[k] = (city, resolved[k][1])
    # Far from its sentence's places, with a namesake among them, in a text with no
    # word of fighting: the sentence rule leaves it (the town rules weigh sizes alone).
    assert local_namesakes(text, gazetteer, mentions, resolved)[k] == resolved[k]
    # About shelling, the sentence's places (Lviv, Ternopil, Rivne) still lie far from
    # every Kamianske: left alone too.
    war = text.replace("toured", "was shelled near")
    assert local_namesakes(war, gazetteer, mentions, resolved)[k] == (city, resolved[k][1])


def test_the_sentence_rule_needs_a_word_of_fighting(gazetteer):
    from geo.text.local_evidence import local_namesakes
    from geo.text.recognition import find_mentions
    from geo.text.resolution import resolve

    peace = "The choir of Kamianske sang in Stepnohirsk, Vasylivka and Orikhiv."
    war = "Russian troops shelled Kamianske, Stepnohirsk, Vasylivka and Orikhiv."
    for text, moved in ((peace, False), (war, True)):
        mentions = find_mentions(text, gazetteer)
        resolved = resolve(mentions, gazetteer)
        k = next(i for i, m in enumerate(mentions) if m.key == "kamianske")
        city = next(
            c.record for c in mentions[k].candidates if gazetteer.population(c.record) > 200_000
        )
        resolved[k] = (city, resolved[k][1])  # the Dnieper city, 120 km from the others
        after = local_namesakes(text, gazetteer, mentions, resolved)[k][0]
        assert (after != city) == moved
        if moved:
            assert gazetteer.admin1(after)[0] == "26"  # the village by Stepnohirsk
