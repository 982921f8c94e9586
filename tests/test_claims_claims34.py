"""Session 34 claims fixes: speakers of Ukrainian and Russian text ("..., повідомив
Генеральний штаб ЗСУ", "сообщили в Минобороны России", "За даними Генштабу,", "Росія
заявила, що", "Про це повідомив X"), Cyrillic dates, "The news site said", an outlet named
like a town, a party's silence about its own side's claims, "unable to reach the area to
verify"."""

from __future__ import annotations

import geo
from geo.text.claims.cyrillic_speakers import cyrillic_side
from geo.text.dates import find_dates


def _claims(text, gazetteer):
    return geo.analyze(text, gazetteer=gazetteer).claims


def test_a_closing_ukrainian_speaker_speaks_for_ukraine(gazetteer):
    text = ("Сили оборони уразили нафтобазу поблизу Клинців у Брянській області, "
            "повідомив Генеральний штаб ЗСУ.")  # fmt: skip
    (claim,) = _claims(text, gazetteer)
    assert claim.source == "Генеральний штаб ЗСУ"
    assert claim.side == "UA"


def test_an_impersonal_russian_verb_gives_the_body_after_v(gazetteer):
    text = ("Силы ПВО сбили 48 украинских беспилотников над Белгородской областью, "
            "сообщили в Минобороны России.")  # fmt: skip
    (claim,) = _claims(text, gazetteer)
    assert claim.source == "Минобороны России"
    assert claim.side == "RU"


def test_a_time_adverb_before_the_body_is_no_part_of_it(gazetteer):
    text = "Ранее в Минобороны России сообщили, что подразделения нанесли удар у Юнаковки."
    (claim,) = _claims(text, gazetteer)
    assert (claim.source, claim.side) == ("Минобороны России", "RU")


def test_a_state_name_closing_a_body_is_no_persons_name(gazetteer):
    """"Российской Федерации", "Півдня України": two capitalised words, no person (review)."""
    for text, source, side in [
        ("Военные уничтожили 20 беспилотников под Курском, сообщили в Минобороны Российской "
         "Федерации.", "Минобороны Российской Федерации", "RU"),
        ("Ворог атакував Херсон, повідомили в Силах оборони Півдня України.",
         "Силах оборони Півдня України", "UA"),
    ]:
        (claim,) = _claims(text, gazetteer)
        assert (claim.source, claim.kind, claim.side) == (source, "attributed", side)


def test_opening_phrases_and_a_subject_before_its_verb(gazetteer):
    text = ("За даними Генштабу, на об'єкті зафіксовано пожежу.\n\n"
            "Росія заявила, що збила 34 безпілотники.\n\n"
            "По словам губернатора Белгородской области Вячеслава Гладкова, в Шебекино "
            "ранены два человека.")  # fmt: skip
    claims = _claims(text, gazetteer)
    assert [(c.source, c.side) for c in claims] == [
        ("Генштабу", "UA"), ("Росія", "RU"), ("Вячеслава Гладкова", "RU")
    ]


def test_pro_tse_povidomyv_speaks_the_sentence_before(gazetteer):
    text = ("Російські війська обстріляли Херсон з артилерії, загинув чоловік. Про це "
            "повідомив начальник Херсонської ОВА Олександр Прокудін у своєму Telegram-каналі.")
    claims = _claims(text, gazetteer)
    assert claims[0].source == "Олександр Прокудін"
    assert claims[0].text.startswith("Російські війська")
    assert claims[0].side == "UA"


def test_a_pronoun_after_a_closing_verb_is_no_speaker(gazetteer):
    text = "Ворог знову цілив у житлові квартали, сказав він."
    assert all(c.source != "він" for c in _claims(text, gazetteer))


def test_cyrillic_side_reads_russia_before_ukraine():
    assert cyrillic_side("Генштаб ВС РФ", "") == "RU"
    assert cyrillic_side("Олександр Богомаз", "Губернатор Брянської області") == "RU"
    assert cyrillic_side("Сергій Лисак", "начальник обласної військової адміністрації") == "UA"
    assert cyrillic_side("міського голови", "") is None


def test_cyrillic_day_and_month_are_a_date_not_a_quantity():
    (date,) = find_dates("Удари 20 грудня 2027 року.")
    assert (date.text, date.start) == ("20 грудня 2027", "2027-12-20")
    (date,) = find_dates("МОСКВА, 15 декабря. /ТАСС/.")
    assert date.text == "15 декабря"
    assert find_dates("20 грудей") == []


def test_the_news_site_speaks_and_an_outlet_named_like_a_town_has_no_country(gazetteer):
    text = ("The news site Baza reported that a fire had broken out at the depot. "
            "The news site said firefighters had been battling the blaze for six hours.")
    claims = _claims(text, gazetteer)
    assert [c.source for c in claims] == ["Baza", "the news site"]
    assert claims[0].side is None


def test_a_party_s_silence_spares_its_own_side_s_claims(gazetteer):
    text = ("A Ukrainian drone strike set fire to an oil depot in the Kursk region, "
            "Ukraine's SBU said.\n\nThe Russian defence ministry said air defences had "
            "downed 27 Ukrainian drones. The Kremlin did not comment on the strike.")
    claims = _claims(text, gazetteer)
    ministry = next(c for c in claims if c.source == "the Russian defence ministry")
    assert ministry.status == "asserted"


def test_unable_to_reach_the_area_to_verify_is_a_caveat(gazetteer):
    text = ("The army said it still held Kamanyola.\n\n"
            "Reuters was unable to reach the area to verify the competing accounts.")
    (claim,) = _claims(text, gazetteer)
    assert claim.status == "unverified"


def test_a_denial_of_the_town_denies_the_capture_claim_before(gazetteer):
    text = ("Russian units have entered Huliaipole, the news site reported. Voloshyn, a "
            "Ukrainian army spokesman, said the situation was difficult but controlled and "
            "denied that Russian troops had gained a foothold in the town.")  # fmt: skip
    claims = _claims(text, gazetteer)
    assert [(c.source, c.status) for c in claims] == [
        ("the news site", "denied"), ("Voloshyn", "asserted")
    ]


def test_a_denial_of_the_town_by_the_claim_s_own_speaker_denies_nothing(gazetteer):
    text = ("Russian units have entered Huliaipole, the news site reported. The news site "
            "later denied that Russian troops had gained a foothold in the town.")
    claims = _claims(text, gazetteer)
    assert claims[0].status != "denied"


def test_a_toll_put_higher_after_a_comma_is_a_figure(gazetteer):
    (claim,) = _claims("A local resistance committee put the toll higher, at 67 dead.", gazetteer)
    assert claim.source == "a local resistance committee"


def test_a_coordinated_verb_after_an_apposed_name_is_the_same_speaker_s(gazetteer):
    text = ('"The road is liberated," M23 spokesperson Lawrence Kanyuka said on X.\n\n'
            "Congo's army spokesperson, General Sylvain Ekenge, said the army still held "
            'Kamanyola and called the rebel statement "propaganda".')  # fmt: skip
    claims = _claims(text, gazetteer)
    assert [(c.source, c.status) for c in claims] == [
        ("Lawrence Kanyuka", "disputed"), ("Sylvain Ekenge", "asserted")
    ]


def test_a_site_that_is_a_place_is_no_speaker(gazetteer):
    text = ("A private group planning a redevelopment at the old Celanese site has said the "
            "road must be improved. Kershaw County's official web site states that the town "
            "was laid out in 1732.")  # fmt: skip
    sources = [c.source for c in _claims(text, gazetteer)]
    assert "Celanese site" not in sources and "the old Celanese site" not in sources
    assert "Kershaw County’s official web site" in sources or any(
        s and s.endswith("web site") for s in sources
    )
    assert cyrillic_side("МВС", "") == "UA"
