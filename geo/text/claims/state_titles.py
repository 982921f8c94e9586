"""Claims stage 2c, the titles of a state's officials, bodies and officers that wire
copy leaves unqualified for the country it files from (read by
:func:`~geo.text.claims.allegiance.national_body_side`): "Energy Minister Herman
Halushchenko" in copy from Kyiv, "police official Mohammad Khan" in copy from Peshawar,
"security forces said", "Capt. Ahmed Hassan told The Associated Press" in copy from
Mogadishu. A pattern only; one search over a speaker's phrase.
"""

from __future__ import annotations

import re

__all__ = ["NATIONAL_TITLE"]

#: Titles of a state's officials and bodies that wire copy leaves unqualified for the
#: country of its dateline: "Energy Minister Herman Halushchenko" in copy from Kyiv.
NATIONAL_TITLE = re.compile(
    r"\b(?:[Mm]inist(?:er|ry)|[Pp]rime\s+[Mm]inister|[Pp]remier|[Gg]eneral\s+[Ss]taff|"
    r"[Pp]resident(?!\s+of\b)|[Cc]hief\s+of\s+(?:the\s+)?[Gg]eneral\s+[Ss]taff|"
    r"(?:Defen[cs]e|State|Foreign|Home|War)\s+Secretary|Secretary\s+of\s+(?:State|Defen[cs]e)|"
    r"[Ss]ecurity\s+(?:source|official|services?|council)|[Ii]ntelligence\s+(?:source|service)|"
    r"[Ss]tate-run|[Pp]olice|[Ss]ecurity\s+forces)s?\b|"
    # an officer by rank before a name: "Capt. Ahmed Hassan", "Colonel Olena Ivanova"
    r"\b(?:(?:Capt|Maj|Col|Lt|Gen|Brig|Sgt|Cmdr|Adm)\.|"
    r"(?:Captain|Colonel|Lieutenant|Brigadier|Sergeant)\b)\s+[A-Z]"
)
