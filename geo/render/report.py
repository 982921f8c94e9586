"""``report_html``: the map of an article above a table of its claims.

Each row of the table (source, status, numbers, dates, places, geometry) is
linked to the map: clicking it (or pressing Enter on it) fits the map to the
claim's badge, features and places and opens the claim's popup.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._html import esc, js, quoted, source_link
from .claim_frame import framing_features, framing_toponyms
from .controls import article_order
from .elements import _Element
from .folium_map import _date_text, render, scene_of, title_of
from .output import atomic_write, to_html
from .popups import (
    dates_text,
    describe_feature,
    exchange_html,
    places_text,
    quantities_text,
    status_badge,
)
from .scene import build_corpus_scene, gazetteer_for, ref_key
from .styles import STATUS_ORDER

__all__ = ["report_html", "report_page"]

_REPORT_CSS = (
    "body{overflow:auto;background:#fafafa}"
    ".geo-report{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
    "color:#1a1a1a;max-width:1200px;margin:0 auto;padding:12px 16px 32px}"
    ".geo-report h1{font-size:20px;margin:8px 0 2px}"
    ".geo-report .geo-sub{color:#555;margin:0 0 10px}"
    ".geo-report table{border-collapse:collapse;width:100%;background:#fff}"
    ".geo-report th,.geo-report td{border-bottom:1px solid #ddd;padding:6px 8px;"
    "text-align:left;vertical-align:top}"
    ".geo-report th{background:#f0f0f0;font-size:12px;text-transform:uppercase;"
    "letter-spacing:.03em;color:#444}"
    ".geo-report tr[data-geo-refs]{cursor:pointer}"
    ".geo-report tr[data-geo-refs]:hover,.geo-report tr[data-geo-refs]:focus"
    "{background:#eef5fb;outline:none}"
    ".geo-report td.geo-num{font-weight:700;white-space:nowrap}"
    ".geo-report blockquote{margin:0;font-style:italic}"
    ".geo-report .geo-summary{margin:0 0 12px;padding-left:18px;columns:2 360px;"
    "column-gap:28px;color:#444;font-size:13px}"
    ".geo-report .geo-summary li{break-inside:avoid}"
    ".geo-report footer{margin-top:14px;color:#666;font-size:12px}"
    "@media print{.geo-report tr{break-inside:avoid}}"
)


class ReportTable(_Element):
    """The claims table below the map, wired to ``map.geo.focus``."""

    def __init__(self, html: str, css: str) -> None:
        super().__init__()
        self._name = "GeoReport"
        self.header_html = f"<style>{css}</style>"
        self.table_template = html

    def script_js(self) -> str:
        return (
            "(function (map, box) {"
            "if (!box) { return; }"
            "Array.prototype.forEach.call(box.querySelectorAll('tr[data-geo-refs]'),"
            " function (row) {"
            "function go() {"
            "if (map.geo.focus(JSON.parse(row.getAttribute('data-geo-refs')))) {"
            "map.getContainer().scrollIntoView({block: 'start'});}}"
            "row.addEventListener('click', go);"
            "row.addEventListener('keydown', function (e) {"
            "if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); }});"
            "});"
            f"}})({self._map_name()}, document.getElementById({js(self.get_name())}));"
        )

    def render(self, **kwargs: Any) -> None:
        # The table's id is its (deterministic) name, known only at render time.
        self.body_html = self.table_template.replace("__GEO_ID__", esc(self.get_name()))
        super().render(**kwargs)


def _summary(*analyses: Any) -> str:
    """"3 claims (2 asserted, 1 denied); 4 places named; 1 spatial statement"
    over ``analyses`` (places counted once however many articles name them)."""
    claims = [claim for analysis in analyses for claim in analysis.claims]
    n = len(claims)
    counted = _status_counts(claims)
    places = len({t.place.geonameid or t.place.name
                  for analysis in analyses for t in analysis.toponyms if t.place})
    features = sum(len(analysis.features) for analysis in analyses)
    text = f"{n} claim{'s' if n != 1 else ''}"
    if counted:
        text += f" ({counted})"
    return f"{text}; {places} place{'s' if places != 1 else ''} named; " + (
        f"{features} spatial statement{'s' if features != 1 else ''}"
    )


def _status_counts(claims: Any) -> str:
    """"2 asserted, 1 denied": how many of ``claims`` have each status, in the legend's
    order, named by the status itself (a legend label such as "Claimed (asserted)" would
    nest its brackets in the summary's); "" when there is no claim."""
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim.status] = counts.get(claim.status, 0) + 1
    return ", ".join(f"{counts[s]} {s}" for s in STATUS_ORDER if s in counts)


def _short(analysis: Any) -> str:
    """One article in a few words: "2 asserted, 1 denied · 3 places · 1 spatial
    statement" (no claim: "no claim"; no spatial statement: left out)."""
    claims = _status_counts(analysis.claims)
    places = len({t.place.geonameid or t.place.name for t in analysis.toponyms if t.place})
    parts = [claims or "no claim", f"{places} place{'s' if places != 1 else ''}"]
    if n := len(analysis.features):
        parts.append(f"{n} spatial statement{'s' if n != 1 else ''}")
    return " · ".join(parts)


def _article_lines(articles: Any, analyses: list[Any]) -> str:
    """One line per article, by date as the time control lists them (undated last):
    "2026-11-01 · Title: 1 asserted · 2 places"."""
    pairs = list(zip(articles, analyses, strict=False))
    order = article_order([(a.title, a.date) for a, _ in pairs])
    items = "".join(
        f"<li>{esc(pairs[k][0].date + ' · ') if pairs[k][0].date else ''}"
        f"<b>{esc(pairs[k][0].title)}</b>: {esc(_short(pairs[k][1]))}</li>"
        for k in order
    )
    return f'<ul class="geo-summary">{items}</ul>'


def _linked(analysis: Any) -> str:
    """`` (host)`` linking to the article's ``url``, or ``""`` (:func:`._html.source_link`)."""
    link = source_link(getattr(analysis, "url", None))
    return f" ({link})" if link else ""


def _rows(analysis: Any, unlocated: set[Any], *, article: int = 0, multi: bool = False,
          day: str = "") -> list[tuple[str, int, int, str]]:
    """(date, article, claim, row HTML) of every claim of one article (of many: the row
    starts with a NUL, where :func:`_article_cells` puts the date and title cells)."""
    rows = []
    for ci, claim in enumerate(analysis.claims):
        key = ref_key(article, ci)
        refs: list[list[Any]] = [["claims", key]]
        framing = framing_features(claim, analysis)
        refs += [["features", ref_key(article, fi)] for fi in framing]
        refs += [["places", ref_key(article, ti)] for ti in framing_toponyms(claim, analysis)]
        source = claim.source or "unattributed"
        if claim.cue:
            source += f" ({claim.cue})"
        status = status_badge(claim.status)
        if claim.status_cue:
            status += f"<br><q>{esc(claim.status_cue)}</q>"
        geometry = "; ".join(describe_feature(analysis.features[fi], analysis)
                             for fi in framing)
        link = (
            "" if key in unlocated
            else f' tabindex="0" role="button" data-geo-refs="{esc(js(refs))}" '
            f'aria-label="Show claim {ci + 1} on the map"'
        )
        number = f"{article + 1}.{ci + 1}" if multi else str(ci + 1)
        # the article's date and title: written by report_page on its first row only
        first = "\0" if multi else ""
        answer = exchange_html(claim, ci, analysis, {})
        rows.append((day, article, ci, (
            f"<tr{link}>{first}"
            f'<td class="geo-num">{number}</td>'
            f"<td><blockquote>{quoted(esc(claim.text), claim.text)}</blockquote>{answer}</td>"
            f"<td>{esc(source)}</td><td>{status}</td>"
            f"<td>{esc(quantities_text(claim))}</td><td>{esc(dates_text(claim))}</td>"
            f"<td>{esc(places_text(claim, analysis))}</td>"
            f"<td>{esc(geometry) if geometry else ('—' if key in unlocated else 'place')}"
            "</td></tr>"
        )))
    return rows


def _article_cells(rows: list[tuple[str, int, int, str]], articles: Sequence[Any],
                   analyses: Sequence[Any]) -> list[str]:
    """The rows of a report of many articles, their date and title cells filled on the
    first row of each article's claims only (the rest of its rows leave them empty, so
    an article of five claims shows its title once, on screen and in print)."""
    out, previous = [], None
    for _day, k, _ci, html in rows:
        if k == previous:
            cells = '<td class="geo-num geo-same"></td><td class="geo-same"></td>'
        else:
            article = articles[k] if k < len(articles) else None
            day = article.date if article else ""
            title = article.title if article else ""
            cells = (f'<td class="geo-num">{esc(day) or "undated"}</td>'
                     f"<td>{esc(title)}{_linked(analyses[k])}</td>")
        previous = k
        out.append(html.replace("\0", cells, 1))
    return out


def report_page(analysis: Any, *, title: str | None = None, date: Any = None,
                gazetteer: Any = None, scene: Any = None) -> str:
    """The report's body HTML: heading, summary and claims table (ids filled at render).

    ``analysis`` may be a list of analyses (a report of many articles: claims
    listed by date, then article). ``scene``: the map's scene when the map is
    already built (not built again)."""
    many = list(analysis) if isinstance(analysis, list | tuple) else [analysis]
    multi = len(many) > 1
    if scene is None:
        scene = build_corpus_scene(many, gazetteer=gazetteer,
                                   dates=None if multi else [date])
    unlocated = set(scene.unlocated_claims)  # registry keys (see ref_key)
    rows: list[tuple[str, int, int, str]] = []
    for k, one in enumerate(many):
        article = scene.articles[k] if k < len(scene.articles) else None
        rows += _rows(one, unlocated, article=k, multi=multi,
                      day=article.date if article else "")
    if multi:
        rows.sort(key=lambda r: (r[0] or "9999", r[1], r[2]))
    body = _article_cells(rows, scene.articles, many) if multi else [r[3] for r in rows]
    columns = 10 if multi else 8
    if not body:
        body.append(f'<tr><td colspan="{columns}">No attributed claim.</td></tr>')
    from ..geocoders import ATTRIBUTION

    if multi:
        heading = title or f"{len(many)} articles"
        days = scene.dates
        sub = f"{len(many)} articles" + (f", {days[0]} – {days[-1]}" if days else "")
        head_cells = "<th>Date</th><th>Article</th>"
        sub_html = (
            f'<p class="geo-sub">{esc(sub)}: {esc(_summary(*many))}. Claims by date; click a '
            f"row to show it.</p>{_article_lines(scene.articles, many)}"
        )
    else:
        heading = title_of(many[0], title)
        dated = _date_text(many[0], date)
        head_cells = ""
        link = source_link(getattr(many[0], "url", None))
        sub_html = (
            f'<p class="geo-sub">{esc("Article date: " + dated + " · ") if dated else ""}'
            f'{"Source: " + link + " · " if link else ""}'
            f"{esc(_summary(many[0]))}. Click a row to show it on the map.</p>"
        )
    return (
        '<section class="geo-report" id="__GEO_ID__">'
        f"<h1>{esc(heading)}</h1>{sub_html}"
        f"<table><thead><tr>{head_cells}<th>#</th><th>Claim</th><th>Source</th><th>Status</th>"
        "<th>Numbers</th><th>Dates</th><th>Places</th><th>On the map</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
        f"<footer>{esc(ATTRIBUTION)}.</footer></section>"
    )


def report_html(
    analysis: Any,
    path: str | os.PathLike[str] | None = None,
    *,
    title: str | None = None,
    date: Any = None,
    offline: bool = True,
    gazetteer: Any = None,
    map_height: str = "62vh",
    **options: Any,
) -> str | Path:
    """A report page: the map above a table of the claims, each row linked to the map.

    Parameters
    ----------
    analysis : geo.model.Analysis or list of them
        Several analyses: one map of many articles (with a time control) above
        their claims listed by date.
    path : str or path-like, optional
        Written atomically when given (the path is returned); else the HTML is.
    offline : bool
        Self-contained by default: a report is kept and passed around.
    map_height : str
        CSS height of the map.
    **options
        Passed to :func:`geo.render.render` (``overlays``, ``tiles``, ...).
    """
    gazetteer = gazetteer_for(analysis, gazetteer, basemap=offline)
    fmap = render(analysis, title=title, date=date, offline=offline, gazetteer=gazetteer,
                  height=map_height, **options)
    table = report_page(analysis, title=title, date=date, gazetteer=gazetteer,
                        scene=scene_of(fmap))
    fmap.add_child(ReportTable(table, _REPORT_CSS))
    page = to_html(fmap, offline=offline)
    if path is None:
        return page
    return atomic_write(path, page)
