"""A bare state body in a wire digest speaks for its item's dateline country."""

from __future__ import annotations

import pytest

import geo

DIGEST = (
    "BEIJING, Nov. 26 (Xinhua) -- China opposes any provocation in the Taiwan Strait, the "
    "Foreign Ministry said on Wednesday.\n\n"
    "TOKYO, Nov. 26 (Kyodo) -- Japan will give aid to Ukraine for the winter, the Foreign "
    "Ministry said.\n\n"
    "SEOUL, Nov. 26 (Yonhap) -- A government spokeswoman said the talks with Beijing would go on.\n"
)


@pytest.fixture(scope="module")
def digest_claims(gazetteer):
    return geo.analyze(DIGEST, gazetteer=gazetteer, date="2025-11-26").claims


def test_each_item_s_bare_ministry_is_its_dateline_s(digest_claims):
    assert [(c.source, c.side) for c in digest_claims] == [
        ("the Foreign Ministry", "CN"),
        ("the Foreign Ministry", "JP"),
        ("a government spokeswoman", "KR"),
    ]


def test_a_body_named_with_its_country_before_keeps_it(gazetteer):
    text = ("KYIV, Nov 3 (Reuters) - Russia's defence ministry said it shot down 40 drones. "
            "The ministry said Belgorod was hit.")
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.side for c in claims] == ["RU", "RU"]
