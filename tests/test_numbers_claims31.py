"""Session 31 (claims31): "one" as one of a counted group counts 1 ("wounded 14, one of
them a girl", "that one of the drones had damaged a pier"); "one of the largest" and
"that one" stay no count."""

from geo.text.numbers import find_quantities


def _values(text):
    return [q.value for q in find_quantities(text)]


def test_one_of_them_after_a_count_counts_one():
    assert _values("Two workers were wounded, one of them seriously.") == [2, 1]


def test_one_of_the_drones_after_that_counts_one():
    found = find_quantities("The fleet later confirmed that one of the drones hit a pier.")
    assert [(q.value, q.unit) for q in found] == [(1, "drones")]


def test_one_of_a_superlative_or_a_reason_counts_nothing():
    assert _values("Kharkiv is one of the largest cities in Ukraine.") == []
    assert _values("Fuel was one of the reasons for the delay.") == []


def test_that_one_and_no_one_stay_pronouns():
    assert _values("He said that one was enough and no one was hurt.") == []


def test_that_one_opening_a_clause_after_a_count_counts_one():
    text = "He said two of the wounded were children and that one was in intensive care."
    assert _values(text) == [2, 1]
    assert _values("He said that one was enough.") == []


def test_one_of_them_as_a_speaker_or_a_member_counts_nothing():
    assert _values("Two residents heard blasts. One of them said he saw smoke.") == [2]
    assert _values("One of them, a retired teacher, said the bus had left.") == []
    assert _values("About 220 people are waiting and Walsh is one of them.") == [220]


def test_one_of_a_superlative_group_counts_nothing():
    assert _values("One of the earliest residents was Judge Alexander.") == []
    assert _values("He was one of the wealthiest men in the state.") == []
