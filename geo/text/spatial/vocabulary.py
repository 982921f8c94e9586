"""Vocabulary of spatial statements: units, numbers, directions and the phrase patterns.

Constants of the conventions (units, compass points, band widths) and the
regular expressions every other stage of :mod:`geo.text.spatial` reads: number
words and digits, distance units and qualifiers, the 16 compass points, and the
phrases of rings, offsets, nearness, "between", borders and regions. The large
distance patterns are compiled on first use (:class:`_LazyPattern`).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

from .. import lexicon as lx
from ..fold import FoldedPattern

__all__ = [
    "BORDER_BAND_KM",
    "COMPASS_POINTS",
    "NAMED_LINE",
    "NAMED_LINES",
    "UNITS_KM",
    "compile_patterns",
]

#: Kilometres per unit, by canonical unit name.
UNITS_KM: MappingProxyType[str, float] = MappingProxyType(
    {"km": 1.0, "m": 0.001, "mi": 1.609344, "nmi": 1.852, "ft": 0.0003048, "yd": 0.9144e-3}
)
_METRIC = frozenset({"km", "m"})

#: The 16 compass points: abbreviation -> bearing in degrees clockwise from north.
COMPASS_POINTS: MappingProxyType[str, float] = MappingProxyType(
    {
        name: i * 22.5
        for i, name in enumerate("N NNE NE ENE E ESE SE SSE S SSW SW WSW W WNW NW NNW".split())
    }
)

#: Half-width, km, of the band drawn along a border for "near the border".
BORDER_BAND_KM = 25.0
_BORDER_CONTEXT_KM = 150.0  # keep the border within this distance of the place named
_BORDER_TOLERANCE_M = 2000.0  # country outlines closer than this share a boundary

_URBAN_DENSITY_PER_KM2 = 3000.0
_NEAR_MARGIN_KM = 10.0
_SECTOR_HALF_WIDTH_DEG = 45.0
_SECTOR_VERTICES = 33
_BACKREF_CHARS = 600  # an offset without a place refers back at most this far
_MOVEMENT_WINDOW = 40


# --------------------------------------------------------------------------- lexicon

_ONES = {"zero": 0} | lx.NUMBER_ONES
_TENS = lx.NUMBER_TENS
_NUMBER_WORDS = sorted([*_ONES, *_TENS, "hundred", "thousand", "dozen", "half", "an", "a"],
                       key=lambda w: (-len(w), w))  # fmt: skip
_WORD = "(?:" + "|".join(_NUMBER_WORDS) + ")"
_WORDNUM = rf"\b{_WORD}(?:(?:\s+|-)(?:and\s+)?{_WORD}){{0,6}}\b"  # bounded: no runaway backtracking
_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
# A number written as a power ("1e39", "2.5E3", "10^4") or NaN/Infinity: read whole
# (measures.parse_number), so that a distance that cannot be drawn is skipped with the
# usual warning instead of being lost or misread as its last digits ("10^4" as 4).
_POWER = (r"(?<![\w.,^])(?:\d+(?:\.\d+)?(?:e[+-]?\d+|\s?\^\s?[+-]?\d+)(?!\d)"
          r"|(?-i:NaN|Infinity)\b)")
_NUM = rf"(?:{_POWER}|{_DIGITS}|{_WORDNUM})"
# A number with a minus sign ("-30 km from Kyiv", "−5 km"): read with its sign, so that
# the distance is refused with the usual warning instead of drawn as 30 km or lost.
_SNUM = rf"(?:(?<![\w.,)\]−-])[-−](?=\d))?{_NUM}"
# Each a lower-case word starting with a plain letter (windows.unit_spans relies on it).
_UNIT_WORDS = (
    r"nautical[\s-]+miles?", "nmi", "nm", r"kilomet(?:er|re)s?", "klicks?", "kms?",
    r"met(?:er|re)s?", "miles?", "mi", "m", "feet", "foot", "ft", "yards?", "yds?",
)  # fmt: skip
_UNIT_END = r"(?![\w’'])"
_UNIT = "(?:" + "|".join(_UNIT_WORDS) + ")" + _UNIT_END
_QUAL = (
    r"(?:approximately|approx\.?|about|some|roughly|around|nearly|almost|circa|ca\."
    r"|an\s+estimated|close\s+to|more\s+or\s+less)"
)
_ADVERB = r"(?:(?:just|only|barely|merely)\s+)?"


class _LazyPattern:
    """A regular expression compiled on first use.

    The distance patterns below are about 12 KB each and cost 15-40 ms each to
    compile: a text without a unit followed by the word a pattern needs next never
    needs it (:func:`.windows.qty_matches`), and ``geo geocode`` or ``--only
    toponyms`` never pays for them.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # search, match, finditer, fullmatch, ...
        return getattr(self.compiled(), name)


def _simple(named: bool) -> str:
    """One stated distance: "10 km", "10-15 km", "10 to 15 km", "between 10 and 15 km"."""

    def g(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    if not named:
        # The same matches, in the same order, with the first number of "10 to 15 km" and
        # of "10 km" written once: a dash range ("10-15 km") and a "to"/"or" range never
        # both match where one starts (after the first number and its unit come a dash
        # or "to"/"or"), so the dash range may come first; and a number cut short ("1"
        # of "1,000", "twenty" of "twenty-five") is never followed by what either reading
        # needs next (a unit, "to"/"or"), so trying both readings after each length of
        # the number finds what trying every length for each reading found.
        return (
            rf"(?:between\s+{_NUM}\s+and\s+{_NUM}[\s-]*{_UNIT}"
            rf"|{_DIGITS}(?:[\s-]*{_UNIT})?\s*[-–—]\s*{_DIGITS}[\s-]*{_UNIT}"
            rf"|{_SNUM}(?:(?:[\s-]*{_UNIT})?\s*(?:to|or)\s*{_NUM}[\s-]*{_UNIT}|[\s-]*{_UNIT}))"
        )
    return (
        rf"(?:between\s+{g('b1', _NUM)}\s+and\s+{g('b2', _NUM)}[\s-]*{g('bu', _UNIT)}"
        rf"|{g('r1', _SNUM)}(?:[\s-]*{g('ru1', _UNIT)})?\s*(?:to|or)\s*{g('r2', _NUM)}[\s-]*"
        rf"{g('ru2', _UNIT)}"
        rf"|{g('d1', _DIGITS)}(?:[\s-]*{g('du1', _UNIT)})?\s*[-–—]\s*{g('d2', _DIGITS)}[\s-]*"
        rf"{g('du2', _UNIT)}"
        rf"|{g('n', _SNUM)}[\s-]*{g('u', _UNIT)})"
    )


_SIMPLE = _simple(False)
# A distance, optionally restated in another unit: "10 miles (16 kilometers)", "10 miles,
# or 16 km,". The restatement is written once, its closing chosen by the opening (a
# conditional group): the same matches as the two alternatives
# ``\s*\(\s*(?:Q\s+)?S\s*\)|,?\s+or\s+(?:Q\s+)?S,?``, tried in the same order, for
# two thirds of the pattern (each distance pattern compiles in 9 ms instead of 14).
_QTY = (
    rf"{_SIMPLE}(?:(?:\s*(?P<paren>\()\s*|,?\s+or\s+)(?:{_QUAL}\s+)?{_SIMPLE}"
    r"(?(paren)\s*\)|,?))?"
)
_SIMPLE_NAMED = _LazyPattern(_simple(True), re.IGNORECASE)
_QTY_FULL = _LazyPattern(rf"\s*(?:{_QUAL}\s+)?(?:{_QTY})\s*", re.IGNORECASE)

_DIR_WORDS = {
    3: [("north", "north", "east"), ("east", "north", "east"), ("east", "south", "east"),
        ("south", "south", "east"), ("south", "south", "west"), ("west", "south", "west"),
        ("west", "north", "west"), ("north", "north", "west")],
    2: [("north", "east"), ("south", "east"), ("south", "west"), ("north", "west")],
    1: [("north",), ("east",), ("south",), ("west",)],
}  # fmt: skip
_DIR = (
    "(?:"
    + "|".join(r"[\s-]?".join(parts) for n in (3, 2, 1) for parts in _DIR_WORDS[n])
    + "|(?-i:"
    + "|".join(sorted(COMPASS_POINTS, key=lambda a: (-len(a), a)))
    + r"))(?![\w-])"
)
_SIDE = r"(?:(?:north|south)[\s-]?(?:east|west)ern|northern|southern|eastern|western)"

_FLAGS = re.IGNORECASE
#: "5 km from the edge of Kostiantynivka", "3 miles from the outskirts of Lyman": the
#: distance is from the town's edge (group ``edge``: drawn out by its urban radius);
#: "7 km from the centre of Kherson", "from central Kherson": from its point.
#: A town's edge: "outskirts", "(outer) edge", "city limits".
_EDGE_NOUN = r"(?:outskirts|(?:outer\s+)?edges?|city\s+limits|limits)"
_EDGE = (
    rf"(?:(?P<edge>the\s+(?:{_SIDE}\s+)?{_EDGE_NOUN}\s+of\s+)"
    r"|the\s+(?:(?:city|town)\s+)?cent(?:er|re)\s+of\s+|(?:central|downtown)\s+)?"
)
_P_WITHIN = _LazyPattern(
    rf"\bwithin\s+{_ADVERB}(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+(?:away\s+)?"
    rf"(?:of|from|around)\s+{_EDGE}",
    _FLAGS,
)
_P_BOUND = _LazyPattern(
    r"\b(?P<bound>less\s+than|fewer\s+than|under|no\s+more\s+than|not\s+more\s+than|up\s+to"
    r"|at\s+most|no\s+(?:further|farther)\s+than)\s+"
    rf"(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+(?:away\s+)?(?:of|from)\s+",
    _FLAGS,
)
_P_RADIUS = _LazyPattern(
    rf"\b(?:(?:with)?in\s+)?(?:an?|the)\s+(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+"
    r"(?:radius|(?:(?:buffer|exclusion|security|safety|demilitari[sz]ed)\s+)?zone|perimeter)"
    r"\s+(?:of|from|around)\s+",
    _FLAGS,
)
_P_RADIUS_OF = _LazyPattern(
    rf"\b(?:(?:with)?in\s+)?(?:a|the)\s+radius\s+of\s+(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?P<qty>{_QTY})\s+(?:of|from|around)\s+",
    _FLAGS,
)
_P_BARE = _LazyPattern(
    r"(?:\b(?P<lower>more\s+than|over|at\s+least|beyond|further\s+than|farther\s+than"
    r"|greater\s+than)\s+)?"
    rf"{_ADVERB}(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+(?:away\s+)?"
    rf"(?:from|(?P<outside>outside(?:\s+of)?)|(?P<off>off(?:\s+the\s+coast\s+of)?))\s+{_EDGE}",
    _FLAGS,
)
_P_OFFSET = _LazyPattern(
    rf"{_ADVERB}(?:(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+(?:away\s+)?(?:to\s+the\s+)?"
    rf"(?P<dir>{_DIR})(?P<of>\s+(?:of|from)\b)?",
    _FLAGS,
)
def compile_patterns() -> None:
    """Compile the distance patterns now rather than on first use.

    A corpus run with worker processes calls this once before forking them: each
    worker inherits the compiled patterns instead of compiling its own (about 0.1 s
    of CPU a process).
    """
    for pattern in (_P_WITHIN, _P_BOUND, _P_RADIUS, _P_RADIUS_OF, _P_BARE, _P_OFFSET):
        pattern.compiled()


# What follows the last unit of each pattern's quantity, up to the word that must come
# next (lower case, for folded text): a unit not followed so starts no phrase of the
# pattern (windows.tail_windows).
_AFTER_QTY = r"(?:\s*\)|,)?\s+"
_TAIL_WITHIN = re.compile(rf"{_AFTER_QTY}(?:away\s+)?(?:of|from|around)\s")
_TAIL_BOUND = re.compile(rf"{_AFTER_QTY}(?:away\s+)?(?:of|from)\s")
_TAIL_RADIUS = re.compile(
    rf"{_AFTER_QTY}(?:radius|(?:(?:buffer|exclusion|security|safety|demilitari[sz]ed)\s+)?zone"
    r"|perimeter)\s"
)
_TAIL_RADIUS_OF = re.compile(rf"{_AFTER_QTY}(?:of|from|around)\s")
_TAIL_BARE = re.compile(rf"{_AFTER_QTY}(?:away\s+)?(?:from|outside|off)\s")
_TAIL_OFFSET = re.compile(  # a direction word, or 1-3 compass letters (abbreviations)
    rf"{_AFTER_QTY}(?:away\s+)?(?:to\s+the\s+)?(?:north|south|east|west|[nesw]{{1,3}}(?![\w-]))"
)


_P_NEAR = FoldedPattern(
    r"\b(?P<cue>near|close\s+to|not\s+far\s+from|(?:just\s+)?outside(?:\s+of)?"
    r"|in\s+the\s+vicinity\s+of|in\s+the\s+area\s+of|around)\s+"
)
# Where a near phrase can start (folded text): the first words of its cues, each at the
# start of a word (the literal first lets ``re`` skip ahead; windows.matches_at).
_NEAR_STARTS = tuple(
    re.compile(rf"{word}(?<!\w{word}){rest}")
    for word, rest in (
        ("near", r"\s"), ("close", r"\s+to\s"), ("not", r"\s+far\s+from\s"),
        ("just", r"\s+outside\s"), ("outside", r"\s"), ("in", r"\s+the\s+(?:vicinity|area)\s+of\s"),
        ("around", r"\s"),
    )
)  # fmt: skip
_OUTSKIRTS_WORDS = ("outskirts", "suburbs", "edge", "fringe", "approaches", "environs")
_P_OUTSKIRTS = re.compile(
    r"\b(?:(?:on|in|at|to|into|from|along)\s+)?(?:the\s+)?"
    rf"(?:(?P<side>{_SIDE})\s+)?(?P<what>outskirts|suburbs|edge|fringes?|approaches|environs)"
    r"\s+(?:of|to)\s+",
    _FLAGS,
)
_P_POSSESSIVE_OUTSKIRTS = re.compile(
    rf"['’]s\s+(?:(?P<side>{_SIDE})\s+)?(?P<what>outskirts|suburbs|edge|fringes?|approaches"
    r"|environs)\b",
    _FLAGS,
)
_P_BETWEEN = FoldedPattern(r"\bbetween\s+")
_P_AND = re.compile(r",?\s+and\s+", _FLAGS)
# "talks between Kyiv and Moscow" is about two governments, not a line on the ground.
_NOT_SPATIAL_BETWEEN = re.compile(
    r"\b(?:relations?|relationships?|talks|negotiations?|ties|tensions?|dialogue|agreements?"
    r"|deals?|treat(?:y|ies)|exchanges?|swaps?|trade|wars?|conflicts?|disputes?|rivalry"
    r"|cooperation|contacts?|meetings?|summits?|differences|gap|matche?s?|games?|flights?"
    r"|partnerships?|alliances?|accords?|rifts?|mediat\w+|diplomacy|channel|hotline)"
    r"(?:\s+[\w’'-]+)?\s+$",
    _FLAGS,
)
_MAX_BETWEEN_KM = 1000.0
#: De facto boundaries news names by a name of their own, read as the shared boundary of
#: the two countries' polygons (Natural Earth draws the de facto line): "the Line of
#: Control" (Kashmir), "the Line of Actual Control" (India and China), "the Blue Line"
#: (Israel and Lebanon).
NAMED_LINES: dict[str, tuple[str, str]] = {
    "line of control": ("IN", "PK"),
    "line of actual control": ("IN", "CN"),
    "blue line": ("IL", "LB"),
}
NAMED_LINE = r"Line\s+of\s+(?:Actual\s+)?Control|Blue\s+Line"
_P_BORDER = re.compile(
    r"\b(?P<cue>(?i:near|close\s+to|along|on|at|across))\s+the\s+"
    rf"(?:(?P<adj>[A-Z][\w’'.]*(?:(?:\s*[-–/]\s*|\s+)[A-Z][\w’'.]*)?)\s+)?"
    rf"(?P<border>border|frontier|{NAMED_LINE})(?P<with>\s+(?:with|of)\s+)?",
)
_P_PLURAL_REGIONS = re.compile(r"[\s-]+(?:regions|oblasts|provinces|governorates|states)\b", _FLAGS)
_REGION_WORD = "(?:" + "|".join(sorted(lx.REGION_WORDS, key=lambda w: (-len(w), w))) + ")"
_AFTER_REGION = re.compile(rf"[\s-]+{_REGION_WORD}\b", _FLAGS)
#: A region word ending a name ("Kherson Oblast"): after a space, right at its end, and
#: with the spaces before it (what is cut off for the bare name).
_SPACED_REGION_WORD_END = _LazyPattern(rf"\s{_REGION_WORD}$", _FLAGS)
_REGION_WORD_END = _LazyPattern(rf"{_REGION_WORD}$", _FLAGS)
_TRAILING_REGION_WORD = _LazyPattern(rf"\s*{_REGION_WORD}$", _FLAGS)
# \Z, not $: a "$" also matches before a line break ending the window, which would
# open a heading's region ("\nSumy Oblast:") on the break.
_BEFORE_REGION = re.compile(rf"(?:\bthe\s+)?(?:{_REGION_WORD}\s+of\s+)?(?:\bthe\s+)?\Z", _FLAGS)
#: Who holds a place, written before it ("Russian-occupied", "Ukrainian-held", "rebel-held",
#: "occupied", "Russian controlled"): not part of its name, so an anchor is read past it.
_CONTROL = (
    r"(?:(?:[\w'’]+-|(?-i:[A-Z][a-z]+)\s+)?"
    r"(?:occupied|held|controlled|annexed|besieged|embattled|liberated|recaptured)\s+)"
)
#: What may qualify "town" in "the southern Lebanese town of", "the Russian-held city of":
#: a side, a holder, a capitalised word (a demonym) or a describing word.
_TOWN_QUALIFIER = (
    rf"(?:{_SIDE}\s+|{_CONTROL}|(?-i:[A-Z][a-z]+)\s+|(?:regional|frontline|front-line|border"
    r"|small|key|strategic|coastal|industrial|frontier)\s+)"
)
_ANCHOR_PREFIX = re.compile(
    # "50 km northeast of the capital, Port-au-Prince": the capital named in apposition
    r"the\s+(?:[A-Za-z'’]+\s+)?capital,\s+|"
    rf"(?:the\s+)?{_CONTROL}?(?:(?:{_TOWN_QUALIFIER}{{0,3}}"
    r"(?:city|town|village|settlement|hamlet|port|capital)|(?:regional\s+|frontline\s+|"
    r"front-line\s+|border\s+)?(?:region|oblast|province|district))"
    rf"\s+of\s+(?:the\s+)?{_CONTROL}?)?",
    _FLAGS,
)
_THE = re.compile(r"the\s+", _FLAGS)
#: "the city" (:data:`geo.text.lexicon.ANTECEDENT_WORDS`) or a region's capital, not "the
#: city of X" (the name that follows is the anchor).
_THE_CITY = re.compile(
    rf"the\s+(?:{'|'.join(lx.ANTECEDENT_WORDS)}|(?:regional|provincial|oblast|district)\s+"
    r"(?:capital|centre|center|seat))\b(?!\s+of\b)",
    _FLAGS,
)
_NOT_ANCHOR_AFTER = re.compile(
    r"(?:[\s-]+|['’]s\s+)(?:river|reservoir|lake|sea|bay|gulf|canal|dam|bridge|strait|channel"
    r"|mountains?|hills?|forest|highway|road|motorway|railway|airport|airfield|air\s+base"
    r"|airbase|nuclear|power\s+plant|plant|station|direction|axis|front|sector|salient"
    r"|border|frontier|rivers|lakes|count(?:y|ies)|square|street|avenue|boulevard|park|valley"
    r"|basin|delta|islands?|peninsula|coast|depot|" + "|".join(sorted(lx.FACILITY_WORDS)) + r")\b",
    _FLAGS,
)
#: A site named after the place before it ("the Zaporizhzhia nuclear power plant",
#: "Goma's airport", "the Engels air base"): an anchor only for a distance of at least
#: :data:`SITE_ANCHOR_KM` (the site lies somewhere by its town; geometry is drawn from the
#: town's point).
_SITE_AFTER = re.compile(
    r"(?:[\s-]+|['’]s\s+)(?:(?:nuclear|thermal|hydroelectric)\s+)?(?:power\s+(?:plant|station)"
    r"|nuclear\s+plant|airport|airfield|air\s+base|airbase|refinery|[NTH]PP)\b",
    _FLAGS,
)
SITE_ANCHOR_KM = 10.0
#: After a name: a dash, a second name and a road or border word ("the Kupiansk-Svatove
#: road", "the Gaza-Egypt border"): the first end of a road named by its two ends
#: (:mod:`.roads`), or the first side of a border, is no anchor ("north of the
#: Kupiansk-Svatove road" is not north of Kupiansk, "near the Gaza-Egypt border" not near
#: Gaza City).
_ROAD_AFTER_DASH = re.compile(
    r"[ \t]?[-‐‑–—/][ \t]?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]+(?i:(?:main[ \t]+)?"
    r"(?:road|highway|motorway|expressway|freeway|railroad|rail(?:way)?|(?:supply|logistics?)"
    r"[ \t]+(?:road|route|line))s?|border|frontier)\b"
)
_WATER_WORDS = frozenset(
    "river reservoir lake sea bay gulf canal dam bridge strait channel".split()
)
_MOVEMENT = re.compile(
    r"\b(?:advanc\w*|push\w*|pushed|mov(?:ed|ing|es?)|dr[io]ve\w*|travel\w*|walk\w*|"
    r"retreat\w*|withdr[ae]w\w*|fle[dw]|fleeing|march\w*|evacuat\w*|relocat\w*|flown|flew"
    r"|pulled\s+back|fell\s+back)\b",
    _FLAGS,
)
_TRAVEL_AFTER = re.compile(r"\s+(?:to|towards?|into)\b", _FLAGS)
_NOT_BACKREF_AFTER = re.compile(r"[\s-]+(?:[A-Z]|(?i:to|towards?|into|along|across)\b)")
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")
