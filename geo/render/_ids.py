"""Deterministic element ids for folium/branca trees.

branca gives every element a random 32-hex-digit ``_id`` (``os.urandom``),
and folium uses ``get_name()`` (name + id) for JavaScript variables and
HTML ids, so each render differs. :func:`number_elements` replaces those ids
by ``<prefix>_<n>``, numbering the tree in a fixed depth-first order, and
re-keys the children dictionaries that were keyed by the old names. It touches
only the given tree (no class attributes, no global state).

It must run before the first render: rendering adds elements keyed by the
current names (see :func:`is_rendered`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator

from branca.element import Element, Figure

__all__ = ["is_rendered", "number_elements", "walk"]

_SUBTREES = ("header", "html", "script")


def walk(root: Element) -> Iterator[Element]:
    """Every element under ``root`` (itself first), depth first, in insertion order."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        element = stack.pop()
        if id(element) in seen:
            continue
        seen.add(id(element))
        yield element
        children = list(element._children.values())
        for attr in _SUBTREES:  # Figure and Popup keep parts outside _children
            sub = getattr(element, attr, None)
            if isinstance(sub, Element):
                children.append(sub)
        stack.extend(reversed(children))


def is_rendered(figure: Figure) -> bool:
    """True once a render has added generated scripts to the figure."""
    return bool(figure.script._children)


def number_elements(root: Element, prefix: str) -> int:
    """Give every element under ``root`` the id ``f"{prefix}_{n}"``; return how many.

    Examples
    --------
    >>> import folium
    >>> m = folium.Map(tiles=None)
    >>> number_elements(m.get_root(), "t") > 0, m.get_name()
    (True, 'map_t_2')
    """
    elements = list(walk(root))
    old_names = {id(e): e.get_name() for e in elements}
    for n, element in enumerate(elements, 1):
        element._id = f"{prefix}_{n}"
    for element in elements:
        if not element._children:
            continue
        element._children = OrderedDict(
            (child.get_name() if key == old_names.get(id(child)) else key, child)
            for key, child in element._children.items()
        )
    return len(elements)
