"""Session 29 (tclaims29): a number added to an earlier one counts what that one counts;
the day of an impossible date is no quantity."""

import pytest

from geo.text.numbers import find_quantities


def _found(text):
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "At least 3,000 bodies were returned on Monday. Russia would hand over another 6,000.",
            [(3000, "bodies"), (6000, "bodies")],
        ),
        (
            "Air defences shot down 40 drones overnight. A further 12 were jammed.",
            [(40, "drones"), (12, "drones")],
        ),
        # a measure is not what "another" counts
        ("Troops advanced 3 km. Another 200 were captured.", [(3, "km"), (200, "")]),
        # another paragraph: its own count
        ("Officials counted 500 bodies.\n\nAnother 20 were missing.", [(500, "bodies"), (20, "")]),
        # no adding word: no unit taken
        ("Officials counted 500 bodies. Russia said 20 were missing.", [(500, "bodies"), (20, "")]),
    ],
)
def test_a_number_added_to_another_takes_its_unit(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On Sept. 31, Russian forces shelled 3 towns.", [(3, "towns")]),
        ("On June 31 the army said 40 drones were downed.", [(40, "drones")]),
        ("On 31 September the army said 40 drones were downed.", [(40, "drones")]),
        ("On Feb. 30, 2026, 40 drones were downed.", [(40, "drones")]),
        ("In March, 12 drones were shot down.", [(12, "drones")]),
        # a year after a month and a day is no count either
        ("On February 25, 1784 the county sent 40 settlers.", [(40, "settlers")]),
        # a full stop after a month's full name ends its sentence
        ("Local authorities, 27 November. 13 OCHA teams left.", [(13, "teams")]),
    ],
)
def test_the_day_of_an_impossible_date_is_no_quantity(text, expected):
    assert _found(text) == expected
