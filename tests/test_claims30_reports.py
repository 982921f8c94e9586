"""Session 30 (claims30): a figure "updated" like one raised ("has updated the toll to
seven dead"); a body named by its seat keeps its capital ("Kremlin rejects report");
"rejected a report by X that ..." is X's claim, denied when about the one rejecting it;
an untitled bulletin in a side's first person gives its lines that side."""

from geo.text.claims.extract import extract_claims
from geo.text.claims.our_voice import untitled_side


def _claims(text: str):
    return extract_claims(text, [])


def test_an_updated_toll_is_the_updaters_figure():
    (c,) = _claims("The regional military administration has updated the toll to seven dead.")
    assert c.source == "the regional military administration"


def test_updated_without_a_new_figure_is_no_cue():
    claims = _claims("The ministry updated its website on Monday.")
    assert all(c.cue != "updated" for c in claims)


def test_a_seat_of_government_keeps_its_capital():
    (c,) = _claims("Kremlin rejects report of new call-up\n\nThe weather was cold.")[:1]
    assert c.source == "Kremlin"


def test_a_rejected_report_about_the_rejecter_is_the_reporters_denied_claim():
    text = (
        "The Kremlin on Friday rejected a report by the Financial Times that Russian "
        "officials were preparing a second wave of mobilisation."
    )
    (c,) = _claims(text)
    assert (c.source, c.status) == ("Financial Times", "denied")


def test_a_rejected_report_about_another_party_is_disputed():
    text = (
        "The Pentagon rejected a report by the Financial Times that Russian officials were "
        "preparing a second wave of mobilisation."
    )
    (c,) = _claims(text)
    assert (c.source, c.status) == ("Financial Times", "disputed")


def test_an_untitled_bulletin_in_the_first_person_is_its_sides():
    text = (
        "Over the past day, 118 combat clashes took place along the front line.\n\n"
        "In the Kharkiv direction, our defenders repelled 4 enemy attacks near Vovchansk.\n\n"
        "In the Kupiansk direction, the occupiers attacked 7 times near Petropavlivka.\n\n"
        "The enemy's losses over the past day amounted to 910 personnel and 3 tanks."
    )
    claims = _claims(text)
    assert len(claims) == 4
    assert {(c.source, c.side) for c in claims} == {(None, "UA")}


def test_a_headline_is_no_untitled_bulletin():
    text = "Ukraine repels attacks\nOur defenders repelled 5 attacks, the occupiers lost 80 men."
    assert untitled_side(text) is None
    assert untitled_side(text.replace("attacks\n", "4 attacks.\n")) == "UA"


def test_a_later_confirmation_of_the_strike_confirms_the_others_report_of_it():
    text = (
        "Ukrainian drones struck the Tikhoretsk oil pumping station overnight, Suspilne "
        "reported. Russia's Defence Ministry said it had destroyed 31 drones over the "
        "region. The ministry later confirmed the strike, saying debris had fallen on the "
        "station."
    )
    claims = _claims(text)
    assert [c.status for c in claims[:2]] == ["confirmed", "asserted"]


def test_a_confirmed_strike_on_a_thing_no_claim_tells_confirms_nothing():
    text = (
        "The bridge remained standing and open to light vehicles, governor Oleh "
        "Syniehubov said. The ministry later confirmed the strike on the bridge, saying it "
        "had been used to move weapons to the front."
    )
    claims = _claims(text)
    assert all(c.status != "confirmed" for c in claims)


def test_a_silence_on_an_owners_statement_is_about_that_owners_claim():
    text = (
        "The Israeli army said it had carried out a drone strike on a car near Tyre. "
        "Lebanon's health ministry said the strike killed two people. "
        "Hezbollah did not immediately comment on the army's statement."
    )
    claims = _claims(text)
    assert [c.status for c in claims[:2]] == ["unverified", "asserted"]


def test_wire_copy_quoting_our_defenders_is_no_untitled_bulletin():
    text = (
        "Ukrainian forces repelled 14 attacks near Pokrovsk, the General Staff said.\n\n"
        "The occupiers lost 300 men, it added."
    )
    assert untitled_side(text + "\n\nOur defenders repelled all attacks.") is None
    quoted = "Over the past day, 14 attacks were repelled.\n\n“Our defenders repelled all "
    assert untitled_side(quoted + "attacks,” a commander said of the occupiers.") is None
