"""Values a map page writes once: the same outline, popup or icon for many items.

A long text gives a map many items that share a value: a region's outline drawn for
every statement about the region, the ring around a town stated again and again, the
popup an offset's line shares with its band and its point, the few styles and place
icons. :class:`PageValues` numbers the values of one page as its layers are written,
in the order their scripts run; an item's shared value (:data:`SHARED_KEYS`) becomes
its number, and the call that first uses a value writes it (the page's ``addShapes``
and ``addMarks`` put it back in the item before drawing). What is drawn, and every
popup and tooltip, is the same; a 300 KB live blog's map was a third its outlines
written again.

Examples
--------
>>> values = PageValues()
>>> values.call_args([{"p": "<b>A</b>", "r": 1}, {"p": "<b>A</b>", "r": 2}])
('[{"p":0,"r":1},{"p":0,"r":2}]', '["\\\\u003cb\\\\u003eA\\\\u003c/b\\\\u003e"]')
>>> values.call_args([{"p": "<b>A</b>"}, {"p": "B"}])
('[{"p":0},{"p":1}]', '["B"]')
"""

from __future__ import annotations

from typing import Any

from ._html import js

__all__ = ["SHARED_KEYS", "PageValues"]

#: The item keys whose values are numbered: geometry, style, popup, tooltip, icon (the
#: page's ``SHARED`` list names the same keys; each of their values is a string or an
#: object, never a number of its own). A value that is None is left as it is.
SHARED_KEYS = ("g", "s", "p", "t", "icon")


class PageValues:
    """The values one page has written so far, by their script text, with their numbers."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        #: Each object's script text by id (the object kept with it): an outline
        #: shared by many items is one dict, serialised once.
        self.texts: dict[int, tuple[Any, str]] = {}

    def __deepcopy__(self, memo: dict[int, Any]) -> PageValues:
        """An empty table: a copy of a map is rendered as a page of its own."""
        return PageValues()

    def call_args(self, items: list[dict[str, Any]]) -> tuple[str, str]:
        """``(items, more)``, the two script-safe JSON arguments of one call: the items
        with each shared value replaced by its number, and the list of the values this
        call uses first (in their numbers' order)."""
        numbers = self.numbers
        more: list[str] = []
        out = []
        for item in items:
            item = dict(item)
            for key in SHARED_KEYS:
                value = item.get(key)
                if value is None:
                    continue
                seen = self.texts.get(id(value))
                if seen is None or seen[0] is not value:
                    seen = self.texts[id(value)] = (value, js(value))
                text = seen[1]
                number = numbers.get(text)
                if number is None:
                    number = numbers[text] = len(numbers)
                    more.append(text)
                item[key] = number
            out.append(item)
        return js(out), "[" + ",".join(more) + "]"
