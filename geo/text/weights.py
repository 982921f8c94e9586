"""How resolution mixes its evidence: :class:`Weights` and :data:`DEFAULT_WEIGHTS`
(read by :func:`geo.text.evidence.score_candidates`; tuned on the development corpora)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_WEIGHTS", "Weights"]


@dataclass(frozen=True, slots=True)
class Weights:
    """How resolution mixes its evidence (tuned on the development corpora)."""

    prior: float = 1.0  # context-free score: name match, importance, namesake rule
    front: float = 0.3  # a town where the war is fought, in a text about fighting
    country: float = 0.2  # share of the text's places in the candidate's country
    country_km: float = 100.0  # ... times exp(-km farther than the nearest namesake / this)
    region: float = 0.05  # the text speaks of the candidate's admin-1 region
    named_region: float = 0.1  # ... and names it outright: a place in it
    proximity: float = 0.1  # closeness to the other places (exp(-km / proximity_km))
    proximity_km: float = 250.0
    support: float = 0.3  # a namesake place with fewer of the text's places around it
    support_population: int = 300_000  # ... unless it is this large
    colocation: float = 1.0  # ... the share of support a candidate's co-located names give
    colocation_below: float = 0.5  # ... when no namesake has this much support
    named_support: float = 0.5  # a namesake this well placed in a region the text names
    container: float = 0.1  # "Alexandria, La.": the candidate is in the named container
    region_cue: float = 0.1  # "the X region": an admin-1 candidate
    siblings: float = 0.15  # a list's names are of one kind ("Georgia, Oklahoma and Ohio")
    reading: float = 0.2  # "Oklahoma lawmakers" (a region), "the city's mayor" (a city)
    hint: float = 0.5  # "X, 10 km west of Y": the candidate lies there (or not: minus)
    other_name: float = 0.3  # the name is only another (old, foreign) name of the candidate
    other_name_km: float = 150.0  # ... unless it alone lies this near the text's places
    other_name_village_km: float = 40.0  # ... or a village called so this near
    other_name_alone: float = 0.04  # ... in a text with no other place (a name's default)
    fuzzy_km: float = 300.0  # a name spelt otherwise: this near another place of the text
    fuzzy_city_population: int = 100_000  # ... or a city this large in the text's country
    village: float = 0.5  # the text calls the name a village: a city or region loses
    village_population: int = 200_000  # ... a place this large
    list_village_population: int = 10_000  # a village far from its "near" list: none
    stray: float = 0.5  # a reading far from a text wholly about one other country
    stray_km: float = 800.0  # ... this far from all the text's places
    stray_share: float = 0.85  # ... when one or two countries hold this share of its votes
    stray_votes: int = 4  # ... of this many at least
    stray_population: int = 100_000  # ... unless a town this large, and no namesake
    stray_home_km: float = 50.0  # ... lies this near the text's places
    min_score: float = 0.4  # below: no confident match


DEFAULT_WEIGHTS = Weights()

