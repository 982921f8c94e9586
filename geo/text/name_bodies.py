"""Recognition, things named with a place's name: vessels, outlets, military commands,
addresses.

A place's name is often part of the name of something that is no location the text
speaks of; :func:`named_thing` tells three kinds, each by the words right around it:

- **a vessel**, after the word for its kind or its prefix: "the tanker Marlin Luanda",
  "the bulk carrier Eternity C", "the cruiser Moskva", "the MV Rubymar", "USS Carney"
  (a ship named after a town sails elsewhere);
- **an outlet**, a place before a masthead's head word: "the Kyiv Independent", "the
  Lansing State Journal", "the Washington Post", "the Honolulu Star-Advertiser", "the
  Dallas Morning News" (not a building named so: "the Odesa Post Office", "Times Square");
- **an address**, a street named after a place after a house number ("6016 Dublin
  Road", "1935 Orchard St.", "1000 W. California Street"), after a house number and a
  compass letter before a comma ("2710 N. RIDGEWAY, CHICAGO") or before streets' plural
  word ("near Rivers and Stokes avenues"); a street named so without a number is left to
  :mod:`geo.text.city_parts` (a street of the text's city); a street named the French,
  Spanish or Italian way ("Rue de Rivoli", "Calle de Alcalá", "Via Roma"):
  :mod:`geo.text.foreign_streets`;
- **a military command or fleet** named by a compass point (or an armed group's branch
  named by the land it claims: "Islamic State West Africa Province"): "the Northeastern
  Command", "Operational Command North", "the Southern Military District", "the Northern
  Fleet", "the Western Group of Forces" (never Iceland's Northeastern Region, nor
  Fleet, Hampshire).

So are a person's names next to their age ("82-year-old Geneva Morgan", "Vernon Adkins,
40, of McKee"), a brand in a list of brands ("sold under the labels Lucerne, Albertson,
..."), a currency's code ("US$1 million") and a word before a hyphen that is a prefix
("Co-workers", "Part-time").  The whole run of capitalised words is the thing's name:
none of its words is read as a place ("Luanda" of "Marlin Luanda" neither).  Cost: one
anchored match on each side of a mention, linear in the text.
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .foreign_streets import in_foreign_street
from .tokens import Mention, _Tokens

__all__ = ["MASTHEADS", "OUTLET_AFTER", "named_thing"]

#: A vessel's kind, before its name ("the tanker", "a Liberian-flagged bulk carrier").
_VESSEL_WORDS = (
    r"tankers?|supertankers?|vessels?|ships?|freighters?|carriers?|frigates?|destroyers?|"
    r"cruisers?|corvettes?|submarines?|warships?|trawlers?|ferry|ferries|yachts?|"
    r"superyachts?|barges?|tugs?|tugboats?|dredgers?|icebreakers?|liners?|schooners?|"
    r"minesweepers?|steamers?|steamships?|flagships?|containerships?|boats?"
)
#: A vessel's prefix ("MV", "USS", "HMS", the Kaiser's "SMS"; not "MT", Montana's postal code, nor
#: "SS").
_VESSEL_PREFIX = r"(?:MV|M/V|M/T|USS|USNS|HMS|HMCS|HMAS|HMNZS|SMS|RFS|FV|RV)"
#: Before the name: the vessel's kind (and a prefix), or a prefix alone, and a quote.
_VESSEL_BEFORE = re.compile(
    rf"(?:\b(?:{_VESSEL_WORDS})[ \t]+(?:{_VESSEL_PREFIX}[ \t]+)?|(?<![\w/]){_VESSEL_PREFIX}[ \t]+)"
    r"[\"“‘']?$"
)
_LOOK_BEHIND = 40

#: The head word of a masthead ("Post", "Star-Advertiser", "Morning News").
MASTHEADS = (
    r"Post|Independent|Times|Tribune|Herald|Gazette|Journal|Telegraph|Chronicle|Pravda|"
    r"Mercury|Courier|Sentinel|Guardian|Observer|Mirror|Standard|Express|Insider|News|"
    r"Press|Star|Globe|Inquirer|Enquirer|Examiner|Dispatch|Ledger|Register|Bee|"
    r"Advertiser|Bulletin|Citizen|Today|Daily"
)
#: After the name: the words of a masthead ("State Journal", "Morning News", "Free
#: Press", "Star-Advertiser") or "news agency" ("the Saba news agency"), possessive or not
#: ("the Washington Post's reporter"), not a building's or a square's name after it.
OUTLET_AFTER = re.compile(
    r"(?:[ \t]+(?:State|Daily|Evening|Morning|Sunday|Weekly|Free|Business|City))*"
    rf"[ \t]+(?:{MASTHEADS}|news[ \t]+agency)(?:-[A-Z][a-z]+)?\b(?:['’]s\b)?"
    r"(?![ \t]+(?:Office|Square|Building|Museum|Tower|Street|Road|Avenue|Centre|Center)\b)"
    r"(?![\w’'-])"
)
#: Before the name: a broadcaster's head ("Voice of America", "Radio Free Europe").
_OUTLET_BEFORE = re.compile(r"\b(?:Voice[ \t]+of|Radio[ \t]+Free)[ \t]+(?:the[ \t]+)?$")
#: The words of a compass point's name ("Northeastern", "North", "Central").
_COMPASS = frozenset(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern north-eastern north-western south-eastern "
    "south-western northeast northwest southeast southwest north-east north-west "
    "south-east south-west".split()
)
#: After a compass point's name: a military body's head ("Command", "Fleet", "Military
#: District", "Group of Forces", "Operational Command").
_COMMAND_AFTER = re.compile(
    r"[ \t]+(?:(?:Operational|Military|Naval|Air|Joint|Regional|Territorial)[ \t]+)?"
    r"(?:Command|Fleet|Flotilla|Military[ \t]+District|District[ \t]+Command|Group[ \t]+of"
    r"[ \t]+Forces|Grouping|Army[ \t]+Group|Front[ \t]+Command)\b"
)
#: A street's word after its name ("Road", "St.", "Ave.", "Trail").
_STREET_WORD = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Av|Boulevard|Blvd|Drive|Dr|Lane|Ln|Trail|Court|Ct|"
    r"Terrace|Way|Pike|Parkway|Pkwy|Circle|Cir|Place|Pl|Highway|Hwy)\b"
    # Not a saint's or a doctor's title ("Dublin St. Patrick's"); a quadrant may follow
    # ("1600 Pennsylvania Ave NW").
    r"(?!\.?[ \t]+(?!(?:NW|NE|SW|SE)\b)[A-Z])\.?"
)
#: Before a name: a house number, and a compass point's abbreviation or word ("6016",
#: "1000 W.", "730 North").
_HOUSE_NUMBER_BEFORE = re.compile(
    r"(?<![\w.,])(?<!(?i:in|by) )(?<!(?i:since|until) )"  # not a year: "In 2012 Dublin Road"
    r"\d{1,6}[A-Za-z]?[ \t]+(?:(?:[NSEW]|North|South|East|West)\.?[ \t]+)?$"
)
#: Before a name: a house number and a compass letter ("2710 N.", "30 W"): the name is a
#: street's, even with its word left out before a comma ("2710 N. RIDGEWAY, CHICAGO").
_COMPASS_HOUSE_BEFORE = re.compile(r"(?<![\w.,])\d{1,6}[A-Za-z]?[ \t]+[NSEW]\.?[ \t]+$")
#: Before a name: a house number, then at most two capitalised words of a street's name
#: ("5977 Guide Meridian, Bellingham": the street's last word is the name), never a
#: month's or a day's name ("On 24 February Bucha, Irpin and ...": a date).
_HOUSE_WORDS_BEFORE = re.compile(
    r"(?<![\w.,])(?<!(?i:in|by|on) )(?<!(?i:since|until) )"
    r"\d{1,6}[A-Za-z]?[ \t]+"
    r"((?:(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*\b)[A-Z][a-z]+[ \t]+){0,2})$"
)
#: After a one-word name: a comma and a capitalised word, the town of an address
#: ("40 Elm, Ithaca", "5977 Guide Meridian, Bellingham"): after a house number (and the
#: street's first words), the name is a street's, its word left out ...
_TOWN_AFTER_COMMA = re.compile(r",[ \t]+[A-Z][a-z]")
#: ... unless it names a region or a town this large ("200 Kharkiv, Sumy and Poltava"),
#: or the number is a date's day ("On May 5 Robotyne, Verbove and ...").
_HOUSE_STREET_POPULATION = 50_000
_DAY_BEFORE = re.compile(
    r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}[ \t]+$"
)
#: After the name: a street's word, with at most one more word of its name between
#: ("Dublin Road", "Orchard St.", "Bradford Walk Trail").
_STREET_AFTER = re.compile(rf"(?:[ \t]+[A-Z][a-z]+)?[ \t]+{_STREET_WORD}")
#: The same in a lower-case address ("1600 pennsylvania ave nw", read with the name's
#: capital restored): the street's word in lower case, then the line's end, a comma or a
#: quadrant.
_STREET_AFTER_LOWER = re.compile(
    r"[ \t]+(?:road|rd|street|st|avenue|ave|boulevard|blvd|drive|dr|lane|ln|parkway|pkwy|"
    r"highway|hwy)\.?(?=$|[,\n]|[ \t]+(?:nw|ne|sw|se)\b)"
)
#: After the name: streets' plural word ("near Rivers and Stokes avenues").
_STREETS_AFTER = re.compile(r"[ \t]+(?:streets|avenues|roads|boulevards|drives|lanes)\b")
#: Before a name: a list of brands or labels it is one of ("sold under the labels Lucerne,
#: Albertson, Mountain Dairy, ...", "brand names including Dole, Green Harvest").
_BRAND = r"[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3}"
_BRANDS_BEFORE = re.compile(
    r"\b(?:labels?|brands?|brand[ \t]+names?|trademarks?)"
    r"(?:[ \t]+(?:including|includes|include|such[ \t]+as|like|of))?[ \t]*:?[ \t]+"
    rf"(?:{_BRAND},[ \t]*)*(?:{_BRAND},?[ \t]+(?:and|or)[ \t]+)?$"
)
_BRANDS_BEHIND = 400
#: Next to a currency's code: a dollar sign ("US$1 million", "$US 15 billion", "NZ$").
_CURRENCY_AFTER = re.compile(r"\$")
#: After a word: a hyphen and a lower-case word, the word a prefix ("Co-workers",
#: "Neo-natal", "Part-time").
_PREFIX_AFTER = re.compile(r"-[a-z]")
#: A word this common (rank) or this short before such a hyphen is the prefix.
_PREFIX_RANK = 5_000
_PREFIX_LENGTH = 3
#: A word this common before a hyphen is the word whatever town it names ("Part-time").
_EVERYDAY_RANK = 300
#: A town this large before a hyphen is itself ("Seattle-based").
_PREFIX_POPULATION = 100_000
#: Before a name: a person's age ("82-year-old Geneva Morgan").
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old[ \t]+$")
#: After a name's run: a person's age between commas ("Vernon Adkins, 40, of McKee",
#: "Paul Block Jr., 49, of Waterloo").
_AGE_AFTER = re.compile(r"\.?(?:[ \t]+(?:Jr|Sr|II|III)\.?)?,[ \t]+\d{1,3},")
#: After any name: a military district's ("the Leningrad Military District").
_MILITARY_DISTRICT = re.compile(r"[ \t]+Military[ \t]+District\b")
#: Before a compass point's name: a command's head ("Operational Command North").
_COMMAND_BEFORE = re.compile(r"\b(?:Operational|Air|Naval|Joint)[ \t]+Command[ \t]+$")
#: A fleet's head word after any capitalised name ("the Northern Fleet", "the Pacific
#: Fleet"): never the town of Fleet.
_FLEET = frozenset({"fleet", "flotilla"})
#: An armed group's "province" (its branch, named by the land it claims): "Islamic State
#: West Africa Province", "the Islamic State's Central Africa Province", "IS Sinai Province".
_GROUP_BEFORE = re.compile(
    r"\b(?:Islamic[ \t]+State|ISIS|ISIL|IS)(?:['’]s)?(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+$"
)
_PROVINCE_AFTER = re.compile(r"[ \t]+Province\b")


def named_thing(text: str, tokens: _Tokens, mention: Mention, gaz: Gazetteer | None = None) -> int:
    """The last token of the name of a vessel, an outlet or a military command that
    ``mention`` is part of (see the module docstring), or -1 when it names none.
    A mention with a cue ("in Moskva") or a container is a place still, unless a
    masthead follows it."""
    s, e = mention.start, mention.end
    outlet = OUTLET_AFTER.match(text, e)
    if outlet is not None:  # whatever cue: "in the Washington Post", "Lansing State Journal"
        return _token_ending(tokens, mention.last, outlet.end())
    behind = text[max(0, s - _BRANDS_BEHIND) : s]
    if ("brand" in behind or "label" in behind or "trademark" in behind) and (
        _BRANDS_BEFORE.search(text, max(0, s - _BRANDS_BEHIND), s)
    ):  # (the pattern's words tested first: most names have none of them before)
        return mention.last  # "sold under the labels Lucerne, Albertson, ..."
    if _aged_person(text, tokens, mention):
        return tokens.capital_run(mention.last)[1]  # "82-year-old Geneva Morgan,"
    if _OUTLET_BEFORE.search(text, max(0, s - 16), s):
        return mention.last  # "the Voice of America news agency", "Radio Free Europe"
    group = text[max(0, s - 40) : s]
    if ("IS" in group or "Islamic" in group) and _GROUP_BEFORE.search(group):
        if text[s:e].endswith("Province"):
            return mention.last  # "Islamic State West Africa Province", read as one name
        province = _PROVINCE_AFTER.match(text, e)
        if province is not None:
            return _token_ending(tokens, mention.last, province.end())
    if in_foreign_street(text, s, e, mention.key):
        return mention.last  # "Rue de Rivoli in Paris", "Calle de Alcalá", "Via Roma"
    if mention.cue or mention.containers:
        return -1
    if mention.first == mention.last and (_CURRENCY_AFTER.match(text, e) or text[s - 1 : s] == "$"):
        return mention.last  # "US$1 million", "$US 15 billion"
    if gaz is not None and _prefix(text, mention, gaz):
        return mention.last  # "Co-workers", "Neo-natal", "Part-time"
    if _VESSEL_BEFORE.search(text[max(0, s - _LOOK_BEHIND) : s]):
        return tokens.capital_run(mention.last)[1]
    if _STREETS_AFTER.match(text, e):
        return mention.last  # "near Rivers and Stokes avenues"
    street = _STREET_AFTER.match(text, e) or _STREET_AFTER_LOWER.match(text, e)
    if street is not None and _HOUSE_NUMBER_BEFORE.search(text[max(0, s - 16) : s]):
        return _token_ending(tokens, mention.last, street.end())  # "6016 Dublin Road"
    if _COMPASS_HOUSE_BEFORE.search(text[max(0, s - 16) : s]) and text[e : e + 1] == ",":
        return mention.last  # "2710 N. RIDGEWAY, CHICAGO": a street, its word left out
    house = (
        _HOUSE_WORDS_BEFORE.search(text[max(0, s - 40) : s])
        if gaz is not None and mention.first == mention.last and _TOWN_AFTER_COMMA.match(text, e)
        else None
    )
    if (
        house is not None
        and not _DAY_BEFORE.search(text[max(0, s - 40) : s])
        and not any(w.lower() in lx.DEMONYMS for w in house.group(1).split())
        and _small_name(gaz, mention.key, street_words=bool(house.group(1)))
    ):  # (not "3 Ukrainian Bucha, ...": a count of people)
        return mention.last  # "40 Elm, Ithaca", "5977 Guide Meridian, Bellingham"
    if _MILITARY_DISTRICT.match(text, e):
        return mention.last  # "the Leningrad Military District": a formation, not the city
    words = mention.key.split()
    if all(w in _COMPASS for w in words) and (
        _COMMAND_AFTER.match(text, e) or _COMMAND_BEFORE.search(text[max(0, s - 30) : s])
    ):
        return mention.last
    first = mention.first
    if (
        mention.first == mention.last
        and mention.key in _FLEET
        and first > 0
        and tokens.at[first - 1].capitalized
        and text[tokens.at[first - 1].end : s] == " "
    ):
        return mention.last  # "the Northern Fleet", "the Baltic Fleet"
    return -1


def _small_name(gaz: Gazetteer, key: str, *, street_words: bool = False) -> bool:
    """Does ``key`` name no country or region, and no town of
    :data:`_HOUSE_STREET_POPULATION` or more?  After a street's first words
    (``street_words``: "5977 Guide Meridian") a town of any size is the street's word: no
    count of people or things reads so."""
    kinds, population = gaz.name_summary_normalized(key)
    large = population >= _HOUSE_STREET_POPULATION and not street_words
    return not large and not {"country", "admin1"} & set(kinds)


def _aged_person(text: str, tokens: _Tokens, mention: Mention) -> bool:
    """Is the mention inside a person's name of two words or more next to their age:
    after it, the name closed by a comma ("82-year-old Geneva Morgan, of Glasgow"; not
    "a 40-year-old New York man"), or before it, opened by a given name ("Vernon Adkins,
    40, of McKee"; not "Kyiv, 35 km away")?"""
    a, b = tokens.capital_run(mention.last)
    if b == a:
        return False
    end = tokens.ends[b]
    if text[end : end + 1] == "," and _AGE_BEFORE.search(
        text, max(0, tokens.starts[a] - 16), tokens.starts[a]
    ):
        return True
    return tokens.at[a].norm in lx.first_names() and _AGE_AFTER.match(text, end) is not None


def _prefix(text: str, mention: Mention, gaz: Gazetteer) -> bool:
    """Is the one-word mention a prefix before a hyphen and a lower-case word ("Co-workers",
    "Part-time"): short, or an everyday word (among the :data:`_EVERYDAY_RANK` commonest,
    or a common one naming no town of :data:`_PREFIX_POPULATION`) that names no region;
    never a country's name nor a word in capitals ("US-based",
    "NY-based", "Seattle-based", "Pennsylvania-based", "Kyiv-based" stay places)?"""
    if mention.first != mention.last or not _PREFIX_AFTER.match(text, mention.end):
        return False
    word = text[mention.start : mention.end]
    kinds, max_pop = gaz.name_summary_normalized(mention.key)
    if "country" in kinds or word.isupper():
        return False  # "US-based", "NY-based"
    if len(word) <= _PREFIX_LENGTH:
        return True  # "Co-workers", "Neo-natal"
    rank = gaz.common_rank(mention.key)
    if rank is None or "admin1" in kinds:
        return False  # "Pennsylvania-based", "Kyiv-based"
    # "Part-time", "Semi-final"; not "Sydney-based", "Seattle-based"
    return rank < _EVERYDAY_RANK or (rank < _PREFIX_RANK and max_pop < _PREFIX_POPULATION)


def _token_ending(tokens: _Tokens, k: int, end: int) -> int:
    """The last token from ``k`` on that ends by ``end`` (the masthead's last word)."""
    ends = tokens.ends
    while k + 1 < len(ends) and ends[k + 1] <= end:
        k += 1
    return k
