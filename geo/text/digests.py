"""A digest's title: a line introducing one person's posts, reprinted (translated).

"Translated from Russian. Digest of posts by Kursk region governor Alexander Khinshtein
on Telegram, 3 December 2026." introduces the entries under it as that person's words
(:mod:`geo.text.claims.digest_titles`) and, closed by a date, dates the article
(:mod:`geo.text.stated_date`).
"""

from __future__ import annotations

import re

__all__ = ["DIGEST_TITLE"]

#: A digest's title: "Digest of posts by <author> on Telegram", "Summary of the
#: messages from <author> on X"; ``cue`` the digest's noun, ``issuer`` the author's phrase.
DIGEST_TITLE = re.compile(
    r"\b(?P<cue>digest|summary|round-?up|compilation|selection)\s+of\s+(?:the\s+)?"
    r"(?:latest\s+|daily\s+|recent\s+)?(?:Telegram\s+)?(?:posts|messages|updates|statements)\s+"
    r"(?:by|from)\s+(?P<issuer>[^,.;:\n]{3,90}?)\s+on\s+(?:his\s+|her\s+|the\s+)?"
    r"(?:Telegram|VK|VKontakte|X|Twitter|Facebook|Max)\b",
    re.IGNORECASE,
)
