"""Claims stage 4e, a post's byline: a line naming the author of the post printed under it.

Besides a header ending with a colon (:mod:`~geo.text.claims.post_headers`), a reprinted
post may stand under a byline that names its medium and its author, as a note::

    Telegram, 14 March 2025. Post by Yevgeny Balitsky, head of the Russian-installed
    administration of the Zaporozhye region.

    Telegram channel of the governor of the Kherson region Vladimir Saldo, 2 June 2025

    Thread by Frontline Watch (@FrontWatchOSINT), posted on X on 3 July 2026

:func:`post_bylines` finds every such line: a line of its own (at most 240 characters,
not the text's last) that names a social medium and reads "post by/from <author>"
("message", "statement", "thread", "video address" too) or "channel of <author>", with no
cue verb ("Saldo wrote on Telegram that ..." is an ordinary attribution; "Post on the Telegram
channel of the 93rd Separate Mechanized Brigade" is a byline; "posted on X" in
a thread's byline is none) or other verb ("A post by
a resident showed smoke over Odesa." is a sentence), the words opening their sentence of the
line (after "A", "The", the medium: "Telegram post by"). The author is the phrase
after "by"/"of" up to a comma, a full stop or the line's end, cut to its last run of
capitalised words ("Vladimir Saldo"; the person after a body's name, "Zaporizhzhia
Regional Military Administration Ivan Fedorov": "Ivan Fedorov"); the words that
describe the author are the line from "by"/"of" on ("head of the Russian-installed
administration ..."). Linear: one pass over the text's byline words.
"""

from __future__ import annotations

import re

from ..fold import ascii_lowered
from .gates import matches_from
from .post_headers import _ARTICLE, _CUE, _MEDIUM, _NAME_RUN, PostLine
from .statement_headers import hit_lines

__all__ = ["post_bylines"]

#: The longest byline (characters).
_LINE_REACH = 240
#: "Post by", "message from", "video address by", "channel of".
_BYLINE = re.compile(
    r"\b(?:(?:[Pp]ost|[Mm]essage|[Ss]tatement|[Tt]hread|[Vv]ideo\s+(?:address|message))\s+"
    r"(?:by|from)|"
    r"[Cc]hannel\s+of)\s+(?:the\s+)?"
)
#: The words a byline begins with, lower-cased: the only places ``_BYLINE`` is tried.
_BYLINE_STARTS = ("post", "message", "statement", "thread", "video", "channel")
_MEDIUM_WORD = re.compile(rf"\b{_MEDIUM}\b")
#: What may come before the byline's words in their sentence: "A", "Telegram", "Post on
#: the Telegram" ("Post on the Telegram channel of the 93rd Separate Mechanized Brigade").
_OPENING = re.compile(
    rf"[ \t]*(?:(?:Post|Message|Statement)\s+(?:on|in|from)\s+)?(?:(?:An?|The|the)\s+)?"
    rf"(?:(?:Official|{_MEDIUM})\s+)?"
)
#: A verb of a sentence, no byline: "A post by a resident showed smoke over X."
_VERB = re.compile(r"(?<![\w-])(?:shows?|showed|shown|(?!translated)[a-z]{3,}ed)\b")
#: A body's name before a person's, in one run of capitalised words: "Zaporizhzhia
#: Regional Military Administration Ivan Fedorov" (the person: two or three words).
_BODY_BEFORE = re.compile(
    r".*\b(?:Administration|Ministry|Council|Staff|Service|Agency|Office|Committee|Region|"
    r"Oblast|Republic|Government|Command|Department|Police)\s+"
    r"(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\s*$)"
)
#: The medium a byline names after "posted": "..., posted on X on 3 July 2026".
_POSTED_ON = re.compile(rf",?\s+posted\s+(?:on|to)\s+{_MEDIUM}\b")
#: Where the author's phrase ends: a comma, a full stop closing it, a bracket, a dash.
_AUTHOR_END = re.compile(r",|\.(?:\s|$)|\s[(–—-]\s?|\s*$")


def post_bylines(text: str) -> list[PostLine]:
    """Every post byline of ``text``, in text order (see the module docstring), as a
    :class:`~geo.text.claims.post_headers.PostLine` whose cue is the medium."""
    out: list[PostLine] = []
    n = len(text)
    bylines = matches_from(_BYLINE, text, _BYLINE_STARTS, ascii_lowered(text))
    for hit, start, end in hit_lines(text, bylines):
        line = text[start:end].rstrip()
        if end - start > _LINE_REACH or end == n or not line.strip():
            continue
        medium = _MEDIUM_WORD.search(line)
        said = _POSTED_ON.sub("", line)  # "Thread by X, ..., posted on X on 3 July": no verb
        if medium is None or _CUE.search(said) or line.endswith(("?", "!")):
            continue
        stop_at = text.rfind(". ", start, hit.start())
        opening = stop_at + 2 if stop_at >= 0 else start
        if not _OPENING.fullmatch(text, opening, hit.start()) or _VERB.search(said):
            continue  # "A post by a resident showed smoke over Odesa.": a sentence
        stop = start + len(line)
        a = hit.end()
        cut = _AUTHOR_END.search(text, a, stop)
        b = cut.start() if cut else stop
        run = _NAME_RUN.search(text, a, b)
        if run is None:
            continue  # "a post by a local resident": no author named
        a = run.start()
        if m := _BODY_BEFORE.match(text, a, b):
            a = m.end()  # "... Regional Military Administration Ivan Fedorov": the person
        author = text[a:b].strip()
        if m := _ARTICLE.match(author):
            a, author = a + m.end(), author[m.end() :]
        if author:
            out.append(PostLine(author, a, a + len(author), medium.group(), end, (hit.end(), stop)))
    return out
