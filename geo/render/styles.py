"""How claims and geometries look: one table shared by the HTML map, the legend and
the static (matplotlib) renderer.

Conventions follow conflict maps: a **confirmed** claim is drawn solid; what is
only **asserted** or **unverified** is dashed with a hatched fill; **disputed**
claims get a dash-dot outline and a cross-hatch; **denied** ones a dotted grey
outline with no fill. Geometry the text states without attributing it to
anyone is drawn in a neutral thin line ("stated"). Colours are from the
Okabe–Ito palette (readable with the common colour-vision deficiencies) and
every status also differs in line pattern, so prints in grey still tell them
apart.

Examples
--------
>>> combined_status(["asserted", "confirmed"])
'confirmed'
>>> combined_status(["confirmed", "denied"])
'disputed'
>>> combined_status([])
'stated'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "FEATURE_GROUPS",
    "KIND_LABELS",
    "OVERLAY_COLORS",
    "PLACE_SHAPES",
    "STATED",
    "STATUS_ORDER",
    "STATUS_STYLES",
    "StatusStyle",
    "combined_status",
]

#: Status of a geometry or place that no claim refers to.
STATED = "stated"

#: Statuses in legend order (most to least certain, then the neutral one).
STATUS_ORDER: tuple[str, ...] = (
    "confirmed",
    "asserted",
    "unverified",
    "disputed",
    "denied",
    STATED,
)


@dataclass(frozen=True, slots=True)
class StatusStyle:
    """Drawing style of one claim status.

    ``dash_array`` is an SVG/Leaflet dash pattern in pixels (``None``: solid);
    ``fill`` is ``"solid"``, ``"hatch"`` (diagonal lines), ``"cross"`` (cross-hatch)
    or ``"none"``.
    """

    status: str
    label: str
    color: str
    dash_array: str | None
    fill: str
    fill_opacity: float
    weight: float
    glyph: str
    description: str

    @property
    def mpl_dashes(self) -> tuple[float, tuple[float, ...]] | str:
        """The dash pattern as a matplotlib ``linestyle``."""
        if not self.dash_array:
            return "solid"
        return (0.0, tuple(float(x) / 2 for x in self.dash_array.split()))

    @property
    def mpl_hatch(self) -> str | None:
        """The fill pattern as a matplotlib ``hatch`` string."""
        return {"hatch": "////", "cross": "xxx"}.get(self.fill)


STATUS_STYLES: dict[str, StatusStyle] = {
    s.status: s
    for s in (
        StatusStyle(
            "confirmed", "Confirmed", "#0072B2", None, "solid", 0.22, 3.0, "✓",
            "confirmed by a source other than the claimant",
        ),
        StatusStyle(
            "asserted", "Claimed (asserted)", "#E69F00", "8 5", "hatch", 0.55, 2.5, "!",
            "stated by its source, not independently confirmed",
        ),
        StatusStyle(
            "unverified", "Unverified", "#CC79A7", "3 5", "hatch", 0.55, 2.5, "?",
            "the article says it could not be verified",
        ),
        StatusStyle(
            "disputed", "Disputed", "#D55E00", "10 4 2 4", "cross", 0.55, 2.5, "⇄",
            "contested by another party",
        ),
        StatusStyle(
            "denied", "Denied", "#555555", "1 6", "none", 0.0, 2.5, "✕",
            "denied by the party concerned",
        ),
        StatusStyle(
            STATED, "Stated (no attributed claim)", "#2F4F6F", None, "solid", 0.08, 1.5, "·",
            "in the text, not tied to a claim",
        ),
    )
}

#: Feature kind -> (layer name, human label).
KIND_LABELS: dict[str, str] = {
    "ring": "distance ring",
    "near": "area near a place",
    "region": "region",
    "offset": "offset point",
    "between": "between places",
    "point": "point",
}

#: Feature kind -> feature group (layer) it is drawn in.
FEATURE_GROUPS: dict[str, str] = {
    "ring": "Distance rings",
    "near": "Distance rings",
    "region": "Regions",
    "offset": "Offsets and lines",
    "between": "Offsets and lines",
    "point": "Offsets and lines",
}

#: Place kind -> (CSS marker shape, legend label, matplotlib marker), in legend order.
PLACE_SHAPES: dict[str, tuple[str, str, str]] = {
    "place": ("circle", "city, town or village", "o"),
    "admin2": ("square", "county (centre)", "s"),
    "admin1": ("square", "region (label point)", "s"),
    "country": ("diamond", "country (label point)", "D"),
    "other": ("circle", "other place", "o"),
}

#: Colours given to user overlays in order (distinct from the status colours).
OVERLAY_COLORS: tuple[str, ...] = ("#B2182B", "#1B7837", "#762A83", "#8C510A", "#01665E")

_CERTAINTY = ("confirmed", "asserted", "unverified")


def combined_status(statuses: Iterable[str]) -> str:
    """One drawing status for a geometry several claims refer to.

    The same status from every claim is kept; a denial or dispute mixed with
    anything else makes the geometry ``"disputed"``; otherwise the most certain
    status wins (confirmed > asserted > unverified). No claim: ``"stated"``.
    """
    found = set(statuses)
    if not found:
        return STATED
    if len(found) == 1:
        return found.pop()
    if found & {"denied", "disputed"}:
        return "disputed"
    for status in _CERTAINTY:
        if status in found:
            return status
    return sorted(found)[0]
