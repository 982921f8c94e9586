"""Popup, tooltip and table-cell HTML for places, features and claims.

Every function returns markup in which each piece of article text has been
escaped by :func:`geo.render._html.esc`; the markup itself is made only of
fixed tags and class names. Callers hand it to JavaScript through
:func:`geo.render._html.js`, never by string concatenation.

Examples
--------
>>> from geo.model import Claim
>>> c = Claim(0, 9, "<b>x</b>!", "Kyiv <officials>", "said", "asserted")
>>> "&lt;officials&gt;" in claim_html(c, 0, None)
True
>>> describe_distance(16.0934)
'16.1 km'
>>> compass(315.0)
'north-west'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ._html import esc, quoted, truncate
from .feature_text import _anchor_name, compass, describe_distance, describe_feature
from .styles import PLACE_SHAPES, STATED, STATUS_STYLES

__all__ = [
    "claim_html",
    "claim_summary",
    "compass",
    "dates_text",
    "describe_distance",
    "describe_feature",
    "exchange_html",
    "feature_html",
    "place_html",
    "places_text",
    "quantities_text",
    "status_badge",
    "with_side_names",
]

_QUOTE_LIMIT = 600
_SNIPPET = 70


def quantities_text(claim: Any) -> str:
    """ "3,000 bodies; up to 79 troops" (the text's own numbers with their qualifiers and
    units)."""
    out = []
    for q in getattr(claim, "quantities", ()) or ():
        unit = f" {q.unit}" if q.unit and q.unit not in q.text else ""
        said = getattr(q, "qualifier", None)
        lead = f"{said} " if said and said != "range" else ""  # "up to 300 servicemen"
        out.append(f"{lead}{q.text}{unit}")
    return "; ".join(out)


def dates_text(claim: Any) -> str:
    """ "June 2 (2025-06-02); August 2024 – April 2025 (2024-08-01 – 2025-04-30)"."""
    out = []
    for d in getattr(claim, "dates", ()) or ():
        if d.start and d.end and d.start != d.end:
            iso = f"{d.start} – {d.end}"
        else:
            iso = d.start or d.end or ""
        out.append(f"{d.text} ({iso})" if iso and iso != d.text else d.text)
    return "; ".join(out)


def places_text(claim: Any, analysis: Any) -> str:
    """Names of the places a claim refers to, each once, in order."""
    names: list[str] = []
    for i in getattr(claim, "toponyms", ()) or ():
        name = _anchor_name(analysis, i)
        if name and name not in names:
            names.append(name)
    return ", ".join(names)


def status_badge(status: str) -> str:
    """A small coloured label for a status."""
    style = STATUS_STYLES.get(status, STATUS_STYLES[STATED])
    return (
        f'<span class="geo-status geo-s-{esc(style.status)}">'
        f"{esc(style.glyph)} {esc(style.label)}</span>"
    )


def _marked(text: str, needle: str) -> str:
    """Escaped ``text`` with the first occurrence of ``needle`` wrapped in <mark>."""
    text = truncate(text, _QUOTE_LIMIT)
    i = text.find(needle) if needle else -1
    if i < 0:
        return esc(text)
    j = i + len(needle)
    return f"{esc(text[:i])}<mark>{esc(text[i:j])}</mark>{esc(text[j:])}"


def _speaker(claim: Any) -> str:
    return claim.source or getattr(claim, "party", None) or "an unnamed source"


def exchange_html(claim: Any, index: int, analysis: Any, answers: dict[int, list[int]]) -> str:
    """The claims this one answers or is answered by: "Russia says … — Ukraine denies"."""
    claims = getattr(analysis, "claims", ()) if analysis is not None else ()
    lines = []
    target = getattr(claim, "responds_to", None)
    if isinstance(target, int) and 0 <= target < len(claims) and target != index:
        other = claims[target]
        lines.append(
            f"{esc(_speaker(other))} says {_quote(other.text, 160)} (claim {target + 1})"
            f" — {esc(_speaker(claim))} {esc(_VERB.get(claim.status, 'answers'))}"
        )
    for j in (answers or {}).get(index, ()):
        other = claims[j]
        lines.append(
            f"{esc(_speaker(claim))} says this — {esc(_speaker(other))} "
            f"{esc(_VERB.get(other.status, 'answers'))}: {_quote(other.text, 160)} "
            f"(claim {j + 1})"
        )
    return "".join(f'<div class="geo-exchange">{line}</div>' for line in lines)


def _quote(text: str, limit: int) -> str:
    """``text`` cut to ``limit``, escaped, in quotation marks unless it opens with its own."""
    return quoted(esc(truncate(text, limit)), text)


_VERB = {"denied": "denies", "confirmed": "confirms", "disputed": "disputes",
         "asserted": "answers", "unverified": "answers"}


def claim_html(
    claim: Any,
    index: int,
    analysis: Any,
    *,
    highlight: str = "",
    answers: dict[int, list[int]] | None = None,
    article: str = "",
    date: str = "",
) -> str:
    """The full account of one claim: status, quoted sentence, source, numbers, dates,
    places, the claims it answers or that answer it (``answers``: claim index ->
    indexes of the claims responding to it), and on a map of many articles the
    article's title and date."""
    rows = []
    source = claim.source or "unattributed"
    if claim.cue:
        source += f" ({claim.cue})"
    rows.append(("Source", esc(source)))
    status = status_badge(claim.status)
    if getattr(claim, "status_cue", ""):
        status += f" <q>{esc(truncate(claim.status_cue, 120))}</q>"
    rows.append(("Status", status))
    if quantities := quantities_text(claim):
        rows.append(("Numbers", esc(quantities)))
    if dates := dates_text(claim):
        rows.append(("Dates", esc(dates)))
    if analysis is not None and (places := places_text(claim, analysis)):
        rows.append(("Places", esc(places)))
    party = getattr(claim, "party", None)
    if party and party != claim.source:
        rows.append(("For", esc(party)))
    if getattr(claim, "side", None):
        rows.append(("Side", esc(claim.side)))
    if getattr(claim, "kind", "attributed") == "reported":
        rows.append(("Kind", "reported by the article, not attributed to a source"))
    if article:
        rows.append(("Article", esc(article) + (f" ({esc(date)})" if date else "")))
    elif date:
        rows.append(("Article date", esc(date)))
    facts = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    exchange = exchange_html(claim, index, analysis, answers or {}) if analysis else ""
    return (
        f'<div class="geo-claim geo-s-{esc(claim.status)}">'
        f'<div class="geo-claim-head">Claim {index + 1}</div>'
        f'<blockquote class="geo-quote">{quoted(_marked(claim.text, highlight), claim.text)}'
        "</blockquote>"
        f'<dl class="geo-facts">{facts}</dl>{exchange}</div>'
    )


def claim_summary(claim: Any, index: int, *, number: str = "") -> str:
    """One plain-text line for a tooltip: "Claim 3 · Claimed (asserted) · Vladimir Putin"."""
    style = STATUS_STYLES.get(claim.status, STATUS_STYLES[STATED])
    parts = [f"Claim {number or index + 1}", style.label]
    if claim.source:
        parts.append(truncate(claim.source, 60))
    return " · ".join(parts)


def feature_html(
    feature: Any,
    analysis: Any,
    claim_indexes: Sequence[int],
    status: str,
    *,
    answers: dict[int, list[int]] | None = None,
) -> str:
    """Popup of a drawn feature: what it is, the words it comes from, and its claims."""
    head = (
        f'<div class="geo-popup-head">{status_badge(status)} '
        f"{esc(describe_feature(feature, analysis))}</div>"
    )
    quote = f'<blockquote class="geo-quote">{_quote(feature.text, 300)}</blockquote>'
    note = f'<div class="geo-note">{esc(truncate(feature.note, 300))}</div>' if feature.note else ""
    claims = _claims_block(analysis, claim_indexes, highlight=feature.text, answers=answers)
    return f'<div class="geo-popup">{head}{quote}{note}{claims}</div>'


def _claims_block(analysis: Any, claim_indexes: Sequence[int], *, highlight: str = "",
                  answers: dict[int, list[int]] | None = None) -> str:
    claims = getattr(analysis, "claims", ()) if analysis is not None else ()
    parts = [claim_html(claims[i], i, analysis, highlight=highlight, answers=answers)
             for i in claim_indexes]
    if not parts:
        return '<div class="geo-note">Stated in the article; no source is attributed.</div>'
    return "".join(parts)


def _snippet(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - _SNIPPET), min(len(text), end + _SNIPPET)
    before = ("…" if lo > 0 else "") + " ".join(text[lo:start].split())
    after = " ".join(text[end:hi].split()) + ("…" if hi < len(text) else "")
    return f"{esc(before)} <mark>{esc(text[start:end])}</mark> {esc(after)}"


def place_html(
    place: Any, mentions: Sequence[int], claim_indexes: Sequence[int], status: str, analysis: Any
) -> str:
    """Popup of a place marker: the gazetteer entry, where the text names it, its claims."""
    shape_label = PLACE_SHAPES.get(place.kind, PLACE_SHAPES["other"])[1]
    facts = [esc(shape_label)]
    where = ", ".join(x for x in (place.admin1_name, place.country_name) if x)
    if where:
        facts.append(esc(where))
    if place.population:
        facts.append(f"pop. {place.population:,}")
    if place.geonameid:
        facts.append(f"GeoNames {int(place.geonameid)}")
    facts.append(f"{place.lat:.4f}, {place.lon:.4f}")
    head = (
        f'<div class="geo-popup-head"><b>{esc(place.name)}</b> '
        f'<span class="geo-note">{" · ".join(facts)}</span></div>'
    )
    text = getattr(analysis, "text", "") or ""
    toponyms = getattr(analysis, "toponyms", ())
    notes = ""
    if mentions and all(toponyms[i].metonymic for i in mentions if i < len(toponyms)):
        notes += ('<div class="geo-note">Named as a speaker (its government or people), '
                  "not as a place the claims are about: no claim is drawn here.</div>")
    if any(toponyms[i].estimated for i in mentions if i < len(toponyms)):
        notes += ('<div class="geo-note"><b>Estimated</b> location: the gazetteer lacks this '
                  "place; the text's own hints locate it within the dashed area.</div>")
    n = len(mentions)
    items = "".join(
        f"<li>{_snippet(text, toponyms[i].start, toponyms[i].end)}</li>"
        for i in mentions[:3]
        if toponyms[i].end <= len(text)
    )
    more = f"<li>… and {n - 3} more</li>" if n > 3 else ""
    said = f'<div class="geo-note">Named {n} time{"s" if n != 1 else ""}:</div>'
    body = f'{said}<ul class="geo-mentions">{items}{more}</ul>'
    claims = (
        "".join(
            f'<div class="geo-claim-line">{status_badge(analysis.claims[i].status)} '
            f"{esc(truncate(analysis.claims[i].text, 160))}</div>"
            for i in claim_indexes
        )
        if claim_indexes
        else ""
    )
    return f'<div class="geo-popup">{head}{notes}{body}{claims}</div>'


def with_side_names(items: Sequence[Any], sides: Sequence[tuple[str, str]]) -> list[Any]:
    """``items`` (marks, shapes: anything with a ``popup``) whose popups give each
    claim's side as the layers name it, "Russia (RU)" for "RU" (``sides``: (code, name)
    pairs, :attr:`Scene.sides`); a side with no other name stays its code.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class M:
    ...     popup: str
    >>> with_side_names([M("<dt>Side</dt><dd>RU</dd>")], [("RU", "Russia")])[0].popup
    '<dt>Side</dt><dd>Russia (RU)</dd>'
    """
    pairs = [(f"<dt>Side</dt><dd>{esc(code)}</dd>",
              f"<dt>Side</dt><dd>{esc(name)} ({esc(code)})</dd>")
             for code, name in sides if code and code != "independent" and name != code]
    out = []
    for item in items:
        popup = item.popup
        for old, new in pairs:
            popup = popup.replace(old, new)
        out.append(item if popup == item.popup else replace(item, popup=popup))
    return out
