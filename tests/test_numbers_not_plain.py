"""A number that is not plain ("0x10", "1_000", "1e3e3", "12.5.3") is no distance and no
quantity: never read as its tail ("10 km") nor cut in two ("1" and "000 km")."""

from __future__ import annotations

import pytest

from geo import analyze
from geo.text.numbers import find_quantities

NOT_PLAIN = ["0x10", "1_000", "1e3e3", "12.5.3", "1__0", "0b101", "10_km"]


@pytest.mark.parametrize("number", NOT_PLAIN)
@pytest.mark.parametrize(
    "template",
    [
        "Officials said shelling hit {n} km east of Sumy.",
        "Officials said troops were within {n} km of Sumy.",
        "Officials said a strike hit {n} km from Sumy.",
        "Officials said {n} people fled Sumy.",
    ],
)
def test_a_number_that_is_not_plain_is_no_distance_and_no_quantity(number, template,
                                                                    mini_gazetteer):
    text = template.format(n=number)
    analysis = analyze(text, gazetteer=mini_gazetteer)
    assert [f.kind for f in analysis.features if f.kind != "near"] == []
    assert [q.text for c in analysis.claims for q in c.quantities] == []
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "value"), [("1,000 km", 1000), ("10 km", 10),
                                             ("1.5 km", 1.5)])
def test_plain_numbers_are_still_read(text, value):
    (q,) = find_quantities(f"Troops advanced {text} on Friday.")
    assert (q.value, q.unit) == (value, "km")


@pytest.mark.parametrize("escape", ["\x1b[0m", "\x1b[31m", "\x1b[1;31m", "\x1b[38;5;196m"])
def test_a_terminal_escape_pasted_with_the_text_is_no_quantity(escape):
    text = f"Drones struck {escape}Sumy\x1b[0m and 12 drones were downed, the governor said."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(12, "drones")]
