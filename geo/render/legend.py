"""The automatic legend: only what the map actually shows, in a fixed order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._html import esc
from .styles import PLACE_SHAPES, STATUS_STYLES, WATER_COLOR, StatusStyle

__all__ = ["legend_html", "mark_icon", "swatch_svg"]


def _fill(style: StatusStyle) -> tuple[str, float]:
    if style.fill in ("hatch", "cross"):
        return f"url(#geo-fill-{style.status})", 1.0
    if style.fill == "none":
        return "none", 0.0
    return style.color, max(style.fill_opacity, 0.15)


def swatch_svg(style: StatusStyle, role: str = "area") -> str:
    """A 28×14 SVG sample of how a status is drawn (area, band or line)."""
    dash = f' stroke-dasharray="{style.dash_array}"' if style.dash_array else ""
    if role == "line":
        body = (
            f'<line x1="1" y1="7" x2="27" y2="7" stroke="{style.color}" '
            f'stroke-width="{min(style.weight, 3):g}"{dash}/>'
        )
    elif role == "band":
        body = (
            f'<rect x="1" y="2" width="26" height="10" fill="{style.color}" fill-opacity=".2"/>'
            f'<line x1="1" y1="7" x2="27" y2="7" stroke="{style.color}" stroke-width="1.5"{dash}/>'
        )
    else:
        fill, opacity = _fill(style)
        body = (
            f'<rect x="1.5" y="1.5" width="25" height="11" fill="{fill}" '
            f'fill-opacity="{opacity:g}" stroke="{style.color}" '
            f'stroke-width="{min(style.weight, 2.5):g}"{dash}/>'
        )
    return f'<svg width="28" height="14" aria-hidden="true" focusable="false">{body}</svg>'


def mark_icon(shape: str, color: str, text: str = "") -> str:
    """Inner HTML of a marker's div icon (also used in the legend)."""
    if shape == "badge":
        return f'<div class="geo-badge" style="background:{color}">{esc(text)}</div>'
    if shape == "water":  # a drop: a water body's point, never a town's circle
        return (
            f'<div class="geo-shape geo-shape-water" style="background:{color};'
            'border-radius:50% 0 50% 50%;transform:rotate(-45deg)"></div>'
        )
    return f'<div class="geo-shape geo-shape-{shape}" style="background:{color}"></div>'


def _ring_symbol(color: str) -> str:
    return (
        f'<svg width="28" height="14" aria-hidden="true"><circle cx="14" cy="7" r="5.5" '
        f'fill="none" stroke="{color}" stroke-width="1.5"/></svg>'
    )


def _estimate_swatch(color: str) -> str:
    return (
        f'<svg width="28" height="14" aria-hidden="true"><rect x="1.5" y="1.5" width="25" '
        f'height="11" fill="{color}" fill-opacity=".08" stroke="{color}" stroke-width="1.5" '
        'stroke-dasharray="4 4"/></svg>'
    )


def _water_swatch() -> str:
    return (
        f'<svg width="28" height="14" aria-hidden="true"><rect x="1.5" y="1.5" width="25" '
        f'height="11" fill="{WATER_COLOR}" fill-opacity=".1" stroke="{WATER_COLOR}" '
        'stroke-width="1.2"/></svg>'
    )


def _row(key: str, label: str, *, screen_only: bool = False, kind: str = "") -> str:
    """One legend row; ``screen_only``: left out of prints, as the marks it explains;
    ``kind``: the place kind of its marks (the page hides the row while none is in view:
    geo.render.page_declutter)."""
    cls = "geo-row geo-unnamed" if screen_only else "geo-row"
    data = f' data-kind="{esc(kind)}"' if kind in _VIEWED else ""
    return (f'<div class="{cls}"{data}><span class="geo-key">{key}</span>'
            f"<span>{label}</span></div>")


#: Place kinds whose legend row shows only while one of their marks is in view: a
#: speaker's point and a country's point often lie far outside the front's view; a
#: count badge ("+n") shows only where claims are too crowded for the zoom.
_VIEWED = ("speaker", "country", "count")


def legend_html(scene: Any, overlays: Sequence[Any] = (), *, offline: bool = False) -> str:
    """The legend's HTML (every label escaped) for a :class:`~geo.render.scene.Scene`."""
    parts: list[str] = []
    statuses = scene.statuses
    claim_count: dict[str, int] = {}
    for mark in scene.claims:
        claim_count[mark.status] = claim_count.get(mark.status, 0) + 1
    if statuses:
        parts.append("<h4>Claims by status</h4>" if scene.claims else "<h4>Status</h4>")
        for status in statuses:
            style = STATUS_STYLES[status]
            n = claim_count.get(status, 0)
            count = f" ({n} claim{'s' if n != 1 else ''})" if n else ""
            parts.append(
                _row(swatch_svg(style), f"{esc(scene.status_label(status))}{esc(count)}")
            )
    roles = {(s.role, s.kind) for s in scene.shapes}
    kinds = {m.kind for m in scene.places}
    geometry_rows = []
    neutral = STATUS_STYLES["stated"]
    if any(r == "area" and k in ("ring", "near") for r, k in roles):
        geometry_rows.append(_row(swatch_svg(neutral), "distance ring / area"))
        geometry_rows.append(
            _row(_ring_symbol(neutral.color), "ring too small to see at this zoom")
        )
    if any(r == "band" for r, _ in roles):
        geometry_rows.append(_row(swatch_svg(neutral, "band"), "uncertainty band (“about”)"))
    if any(r == "region" for r, _ in roles):
        geometry_rows.append(_row(swatch_svg(neutral), "region"))
    if any(r == "water" for r, _ in roles):
        geometry_rows.append(_row(_water_swatch(), "sea, lake or river named"))
    if any(r == "estimate" for r, _ in roles) or "estimated" in kinds:
        geometry_rows.append(
            _row(mark_icon("estimated", neutral.color), "estimated place (not in the gazetteer)")
        )
        geometry_rows.append(_row(_estimate_swatch(neutral.color), "where it may lie"))
    if "speaker" in kinds:
        geometry_rows.append(
            _row(mark_icon("speaker", neutral.color), "speaker (“Moscow said”): no claim here",
                 kind="speaker")
        )
    if any(r == "line" for r, _ in roles):
        geometry_rows.append(_row(swatch_svg(neutral, "line"), "offset or line"))
    if scene.points:
        geometry_rows.append(_row(mark_icon("point", neutral.color), "stated point"))
    for kind, (shape, label, _) in PLACE_SHAPES.items():
        if kind in kinds:
            # a kind whose every point is left out of prints (countries' unnamed points)
            hidden = all(m.screen_only for m in scene.places if m.kind == kind)
            geometry_rows.append(
                _row(mark_icon(shape, neutral.color), esc(label), screen_only=hidden,
                     kind=kind)
            )
    if scene.claims:
        geometry_rows.append(
            _row(mark_icon("badge", STATUS_STYLES["asserted"].color, "n"),
                 "claim n (colour: status)")
        )
        # shown while a count badge is in view (crowded claims: page_declutter)
        geometry_rows.append(
            _row('<div class="geo-badge geo-count-badge">+n</div>',
                 "n more claims here: zoom in", kind="count")
        )
    if geometry_rows:
        parts.append("<h4>On the map</h4>")
        parts.extend(geometry_rows)
    if overlays:
        parts.append("<h4>Overlays</h4>")
        for overlay, color in overlays:
            key = (
                f'<svg width="28" height="14" aria-hidden="true"><line x1="1" y1="7" x2="27" '
                f'y2="7" stroke="{color}" stroke-width="3"/></svg>'
            )
            parts.append(_row(key, esc(overlay.name)))
    if scene.unlocated_claims:
        n = len(scene.unlocated_claims)
        parts.append(
            f"<p>{n} claim{'s' if n != 1 else ''} without a place on the map.</p>"
        )
    if getattr(scene, "skipped", ()):
        n = len(scene.skipped)
        parts.append(
            f"<p>{n} spatial statement{'s' if n != 1 else ''} could not be drawn: "
            + esc("; ".join(scene.skipped[:3]))
            + ("…" if n > 3 else "")
            + "</p>"
        )
    if getattr(scene, "far", ()):
        parts.append('<p class="geo-far-note">Places far from the front: in the overview '
                     "(bottom left).</p>")
    if offline:
        parts.append("<p>Basemap: Natural Earth (no tiles).</p>")
    return "".join(parts)
