"""Claims at scale: strict JSON whatever the numbers, the same claims in a long document."""

from __future__ import annotations

import json
import math

import pytest

from geo.model import Claim
from geo.text.claims import extract_claims
from geo.text.numbers import MAX_VALUE, find_quantities


def _strict(obj: object) -> str:
    def reject(name: str) -> None:
        raise ValueError(f"non-strict JSON constant {name}")

    out = json.dumps(obj, allow_nan=True)
    json.loads(out, parse_constant=reject)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Officials counted " + "9" * 400 + " shells near Sumy on Friday.",
        "The army said " + "1" * 309 + " drones were downed.",
        "It cost $" + "7" * 30 + " billion, the ministry said.",
        "Russia said " + "nine hundred " * 3 + "trillion trillion troops died.",
        "Officials said " + "two hundred and " * 5000 + "drones were fired.",
        "a thousand " * 3000,
    ],
)
def test_huge_numbers_never_give_non_finite_values(text):
    for q in find_quantities(text):
        assert math.isfinite(q.value) and abs(q.value) <= MAX_VALUE
    claims = extract_claims(text, [])
    _strict([c.to_dict() for c in claims])


def test_ordinary_large_numbers_are_kept():
    (q,) = find_quantities("The state spent $2 billion on 1,000,000 shells.")[:1]
    assert q.value == 2_000_000_000 and q.unit == "USD"
    assert [x.value for x in find_quantities("It holds 1,000,000 shells.")] == [1_000_000]


def test_quantities_by_bisection_match_the_word_and_date_rules():
    # Number words inside a date or inside a digit quantity are no second quantity.
    text = "On June 2 two hundred soldiers and 3 thousand drones crossed; in 2023 one tank."
    found = [(q.text, q.unit) for q in find_quantities(text)]
    assert found == [("two hundred", "soldiers"), ("3 thousand", "drones"), ("one", "tank")]


def _shift(c: Claim, by: int) -> tuple:
    d = c.to_dict()
    return (d["start"] - by, d["end"] - by, d["source"], d["status"], d["text"])


def test_a_repeated_article_gives_the_same_claims_in_each_copy():
    # Context (pronouns, "the city", denials) stays local: copy k of a document far
    # into a long text gives the claims of the first copy, shifted.
    one = (
        "Russia's defence ministry said its forces had captured 12 villages on Friday. "
        "Kyiv denied the claim.\n\n"
        "Ukraine's General Staff said 30 drones were shot down over the Kursk region. "
        "The figure could not be independently verified.\n\n"
    )
    base = extract_claims(one, [])
    text = one * 200
    claims = extract_claims(text, [])
    assert len(claims) == 200 * len(base)
    for k in (0, 57, 199):
        chunk = claims[k * len(base) : (k + 1) * len(base)]
        assert [_shift(c, k * len(one)) for c in chunk] == [_shift(c, 0) for c in base]


@pytest.mark.parametrize(
    "text",
    [
        "officials denied it, and the report could not be verified, " * 400,
        "Mr. " * 5000,
        "x" * 7000,
        "Kyiv said the town was shelled; " * 300,
    ],
)
def test_no_sentence_is_longer_than_the_bound(text):
    # A run with no sentence end is cut (at a clause break or a space), so the work
    # done on one sentence never grows with the document.
    from geo.text.claims import split_sentences
    from geo.text.claims.segmentation import MAX_SENTENCE

    sentences = split_sentences(text)
    assert sentences and all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in sentences)
    covered = "".join(text[s.start : s.end] for s in sentences)
    assert covered.replace(" ", "") == text.replace(" ", "").strip()


def test_claims_in_a_run_without_sentence_ends():
    text = "the governor said the town was shelled, " * 1000
    claims = extract_claims(text, [])
    assert claims and all(c.source == "the governor" for c in claims)
    assert all(c.end - c.start <= 1500 for c in claims)
