"""Claims: who says what, how sure, with the numbers and dates they state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ._common import _check_span, shown_text

__all__ = ["CLAIM_KINDS", "STATUSES", "Claim", "DateSpan", "Quantity"]

STATUSES: tuple[str, ...] = ("asserted", "unverified", "disputed", "denied", "confirmed")
CLAIM_KINDS: tuple[str, ...] = ("attributed", "reported")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number the text states, with what it counts: 3,000 bodies."""

    value: float
    unit: str
    text: str
    start: int = 0
    end: int = 0
    # "up to", "at least", "more than", "less than", "nearly", "about" or "range" (the
    # words before the number, :mod:`geo.text.qualifiers`); None: stated plainly.
    qualifier: str | None = None
    low: float | None = None  # the bounds the text gives, in ``unit`` (None: no bound)
    high: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": _plain(self.value),
            "unit": self.unit,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.qualifier is not None:  # added fields, only on a qualified number
            out["qualifier"] = self.qualifier
            out["low"] = None if self.low is None else _plain(self.low)
            out["high"] = None if self.high is None else _plain(self.high)
        return out


def _plain(value: float) -> float:
    """An integral float as an int (300.0 -> 300), for JSON."""
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date or period the text states; ``start``/``end`` are ISO dates (None if unknown)."""

    text: str
    start: str | None
    end: str | None
    precision: str = "day"  # day | week | month | year | relative
    offset_start: int = 0
    offset_end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
            "offsets": [self.offset_start, self.offset_end],
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed assertion: who says what, how sure, about where and when."""

    start: int
    end: int
    text: str
    source: str | None
    cue: str | None
    status: str
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateSpan, ...] = ()
    toponyms: tuple[int, ...] = ()
    features: tuple[int, ...] = ()
    status_cue: str = ""  # the words that set the status ("has not confirmed")
    # "attributed" (it has a speaker) or "reported" (the article's own reporting).
    kind: str = "attributed"
    # ISO 3166-1 alpha-2 code of the party the speaker speaks for, "independent"
    # (monitors, agencies, analysts, the outlet), or None when unknown.
    side: str | None = None
    party: str | None = None  # the party's name ("Rapid Support Forces"), when known
    responds_to: int | None = None  # index of the claim a denial/confirmation answers

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)
        if self.status not in STATUSES:
            raise InputError(f"status must be one of {', '.join(STATUSES)}; got {self.status!r}")
        if self.kind not in CLAIM_KINDS:
            raise InputError(
                f"claim kind must be one of {', '.join(CLAIM_KINDS)}; got {self.kind!r}"
            )
        if self.responds_to is not None and self.responds_to < 0:
            raise InputError(f"responds_to must be >= 0, got {self.responds_to!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": shown_text(self.text),
            "source": self.source,
            "cue": self.cue,
            "status": self.status,
            "status_cue": self.status_cue,
            "kind": self.kind,
            "side": self.side,
            "party": self.party,
            "responds_to": self.responds_to,
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
            "toponyms": list(self.toponyms),
            "features": list(self.features),
        }
