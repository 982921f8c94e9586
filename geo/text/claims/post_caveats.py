"""Claims stage 5, the outlet's caveat after a reprinted post reaches all of the post.

An outlet reprints an official's post under a line naming the author
(:mod:`~geo.text.claims.post_headers`), then comments on it in its own voice::

    Vladimir Saldo, the Russian-installed head of the Kherson region, on Telegram:

    This morning the Kyiv regime's militants once again struck Nova Kakhovka. Three
    civilians were killed ...

    Our air defence units shot down five drones over Hola Prystan.

    The post included no photographs of the damage, and its account could not be
    independently verified.

The caveat ("its account could not be independently verified", "the claims could not be
confirmed") is about the post as a whole: every claim printed under the header takes its
status, and the outlet's own line keeps only what it states ("The post included no
photographs", asserted) when the caveat is a clause after its first. The caveat is read
in the line that ends the post (or, when that line is nothing but the caveat, on the
post's last claim, which it answered). Linear: each header reads the claims between it
and the next.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .context import _Context, _Draft

__all__ = ["post_caveats"]

#: A status cue about the post: "its account could not be verified", "the claims".
_ABOUT_POST = re.compile(
    r"\b(?:its|his|her|their|the|these|those|this|that|the\s+post[’']s)\s+(?:(?:Telegram\s+)?"
    r"(?:account|accounts|claims?|figures?|report|post|statement|version|toll))\b",
    re.IGNORECASE,
)
_CAVEATS = ("unverified", "disputed", "denied")


def post_caveats(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """Give every claim of a reprinted post the caveat the outlet's line after it sets
    (see the module docstring); ``drafts`` are changed in place and returned."""
    heads = list(ctx.allegiance.get("headers", ()))
    if not any(h.until is not None for h in heads):
        return drafts
    starts = [d.start for d in drafts]  # in text order
    for n, h in enumerate(heads):
        if h.until is None:
            continue
        lo, hi = bisect_left(starts, h.end), bisect_left(starts, h.until)
        # the next header's lines are not this post's: the spans read are disjoint
        stop = bisect_left(starts, heads[n + 1].end) if n + 1 < len(heads) else hi
        post = [d for d in drafts[lo : min(hi, stop)] if d.source == h.source]
        if not post:
            continue
        after = drafts[hi] if hi < len(drafts) and hi <= stop else None
        caveats: list[tuple[int, str, str]] = []
        if after is not None and after.source is None and after.first == post[-1].last + 1:
            kept = []
            for st in after.statuses:
                at = ctx.text.find(st[2], after.start, after.end) if st[2] else -1
                if st[1] in _CAVEATS and _ABOUT_POST.search(st[2]) and at > after.start:
                    caveats.append(st)  # "..., and its account could not be verified"
                else:
                    kept.append(st)
            after.statuses[:] = kept
        caveats += [
            st for st in post[-1].statuses if st[1] in _CAVEATS and _ABOUT_POST.search(st[2])
        ]
        for d in post:
            d.statuses.extend(st for st in caveats if st not in d.statuses)
    return drafts
