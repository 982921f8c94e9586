"""A place name the words after it call an outlet ("Saba, the Houthi-run news agency,")
names the outlet: no place drawn, no country for its claim, and the speaker it relays
keeps the claim."""

from __future__ import annotations

import pytest

from geo import analyze
from geo.text.agents import names_an_agent

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "outlet"),
    [
        ("According to Saba, the Houthi-run news agency, missiles hit a ship.", "Saba", True),
        ("Al-Masirah, the group's TV channel, showed the launch.", "Al-Masirah", True),
        ("Reports from Dakar, a Senegalese daily, said the talks failed.", "Dakar", True),
        # not an apposition closing on the outlet's word
        ("Shelling hit Sumy, the agency said.", "Sumy", False),
        ("Shelling hit Sumy, the regional capital, officials said.", "Sumy", False),
    ],
)
def test_an_outlet_apposition_names_an_agent(text, name, outlet):
    s = text.index(name)
    assert names_an_agent(text, s, s + len(name)) is outlet


def test_the_relayed_speaker_keeps_the_claim_and_no_island_speaks():
    text = (
        "Houthi strike claim\n\nAccording to Saba, the Houthi-run news agency, military "
        "spokesman Yahya Saree said missiles hit a ship in the Red Sea."
    )
    a = analyze(text)
    saba = [t for t in a.toponyms if t.text == "Saba"]
    # the agency, not the Dutch island: metonymic, or no place at all (an organisation
    # after "according to")
    assert all(t.metonymic or t.place is None for t in saba)
    (claim,) = a.claims
    assert claim.source == "Yahya Saree"
    assert claim.side != "NL"
