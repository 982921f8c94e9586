"""A namesake across a border that the name's own sentence speaks for.

"Novatek's Ust-Luga terminal on the Gulf of Finland suspended loading, and Transneft's
port of Primorsk was struck", in a story mostly of Ukraine's ports: resolution weighs
the whole text's country and reads Prymorsk, Zaporizhzhia Oblast (matched by its Russian
spelling), 1,600 km from every place of the sentence, while Primorsk, Leningrad Oblast
(the name's own spelling) lies 80 km from Ust-Luga.  :func:`sentence_namesakes_abroad`
moves such a reading to the namesake its sentence speaks for, when:

* no populated place of the name's sentence lies within :data:`NEAR_KM` of the reading,
  and every one of them lies in one country, another than the reading's;
* the namesake lies in that country, within :data:`NEAR_KM` of one of them, and is
  called by a name at least as good (its own name against an alternate's).

With no such namesake, a facility's name ("the X Bridge") read by an alternate or
foreign name in a country no other name of its paragraph is read in is no reading
("The Ava Bridge across the Irrawaddy between Sagaing and Mandalay": not Anshun, China,
whose old name Ava is, 1,100 km off).

Within one country :func:`geo.text.local_evidence.local_namesakes` decides.  A name the
text reads at the same place in another sentence ("Hamilton ... Hamilton is home to ...,
Mohawk College"), a name with a container, a demonym's country, a hint with a bearing or a city of
:data:`~geo.text.local_evidence.WORLD_CITY` keeps its reading.  Cost: one pass over the
mentions (each sentence's places gathered once), and for each reading moved its
candidates against its sentence's handful of places.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Candidate, Gazetteer
from ..geometry import within_km
from .hints import Hint
from .local_evidence import NEAR_KM, WORLD_CITY
from .sentences import Blocks
from .tokens import Mention

__all__ = ["sentence_namesakes_abroad"]


def sentence_namesakes_abroad(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """Resolution with each place read far from its whole sentence moved to the namesake
    the sentence's places (all of one other country) lie near (module docstring)."""
    out = list(resolved)
    sentence_of = [blocks.sentence(m.start) for m in mentions]
    places: dict[int, list[tuple[str, str, tuple[float, float]]]] = {}
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or m.fuzzy or m.actor or not gaz.is_place(rec):
            continue
        places.setdefault(sentence_of[k], []).append(
            (m.key, gaz.country_code(rec), gaz.lat_lon(rec))
        )
    paragraphs = _paragraph_countries(gaz, mentions, resolved, blocks)
    read_in: dict[tuple[str, int], set[int]] = {}  # (name, reading) -> its sentences
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is not None:
            read_in.setdefault((m.key, rec), set()).add(sentence_of[k])
    counts: dict[int, tuple[Counter[str], dict[str, Counter[str]]]] = {}
    decided: dict[tuple[int, str, int, tuple[Candidate, ...]], int | None] = {}
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec) or m.containers or m.demonym_country:
            continue
        if len(read_in[(m.key, rec)]) > 1:
            continue  # the text reads the name so in another sentence too ("Hamilton")
        hint = hints.get(k)
        if (hint is not None and hint.bearing_deg is not None) or gaz.population(rec) >= WORLD_CITY:
            continue
        s = sentence_of[k]
        if s not in counts:
            counts[s] = _counts(places.get(s, ()))
        every, by_name = counts[s]
        # the countries of the sentence's other names' places, counted, not listed per name
        countries = every - by_name[m.key] if m.key in by_name else every
        cc = gaz.country_code(rec)
        if len(countries) != 1 or cc in countries:
            continue
        quality = min((c.quality for c in m.candidates if c.record == rec), default=None)
        if quality is None:
            continue
        # The same name read alike in one sentence is decided once (a sentence of many
        # names asks its places once per name, not once per mention).
        memo = (s, m.key, rec, tuple(m.candidates))
        if memo not in decided:
            others = [p for key, _, p in places[s] if key != m.key]
            decided[memo] = _moved(gaz, rec, quality, m.candidates, next(iter(countries)), others)
        moved = decided[memo]
        if moved == rec:
            continue  # a place of the sentence lies near the reading
        if moved is not None:
            out[k] = (moved, score)
        elif m.cue == "facility" and quality >= QUALITY_ALTERNATE and not any(
            key != m.key and c == cc
            for key, c in paragraphs.get(blocks.paragraph(m.start), ())
        ):
            out[k] = (None, 0.0)  # "The Ava Bridge ... between Sagaing and Mandalay"
    return out


def _counts(
    rows: Sequence[tuple[str, str, tuple[float, float]]],
) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """A sentence's places (name, country, point) counted by country, in all and by name."""
    every: Counter[str] = Counter()
    by_name: dict[str, Counter[str]] = {}
    for key, cc, _ in rows:
        every[cc] += 1
        by_name.setdefault(key, Counter())[cc] += 1
    return every, by_name


def _moved(
    gaz: Gazetteer,
    rec: int,
    quality: int,
    candidates: Sequence[Candidate],
    there: str,
    others: Sequence[tuple[float, float]],
) -> int | None:
    """``rec`` itself when one of the sentence's ``others`` places (lat, lon) lies within
    :data:`NEAR_KM` of it; else the first candidate place in country ``there``, called by
    a name at least as good as ``quality``, within :data:`NEAR_KM` of one of them; else
    None."""
    here = gaz.lat_lon(rec)
    if any(within_km(here, p, NEAR_KM) for p in others):
        return rec
    return next(
        (
            c.record
            for c in candidates
            if c.quality <= quality
            and gaz.is_place(c.record)
            and gaz.country_code(c.record) == there
            and any(within_km(gaz.lat_lon(c.record), p, NEAR_KM) for p in others)
        ),
        None,
    )


def _paragraph_countries(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
) -> dict[int, list[tuple[str, str]]]:
    """Paragraph -> (name, country) of each name read in it (a country's own too)."""
    out: dict[int, list[tuple[str, str]]] = {}
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is not None and not m.fuzzy:
            out.setdefault(blocks.paragraph(m.start), []).append((m.key, gaz.country_code(rec)))
    return out
