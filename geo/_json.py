"""Strict JSON out: the one dump geo uses for JSON, JSON lines and GeoJSON.

:func:`dumps_json` (non-finite numbers as ``null``, lone surrogates as U+FFFD),
:func:`iter_json` (the same text a piece at a time, for large documents) and
:func:`scrub_text`. Importable from :mod:`geo._io` as well.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator

__all__ = ["dumps_json", "iter_json", "scrub_text"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_text(text: str) -> str:
    """``text`` with every unpaired surrogate replaced by U+FFFD (same length, same offsets).

    A JSON ``"\\ud800"`` escape decodes to a lone surrogate, which no UTF-8 writer
    accepts; a Python string holds a valid pair as one character, so any surrogate
    left is unpaired.

    Examples
    --------
    >>> scrub_text("Sumy \\ud800!")
    'Sumy \\ufffd!'
    """
    if text.isascii():
        return text
    try:  # a surrogate is the one character UTF-8 cannot encode: encoding is a fast scan
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _strict(obj):
    """``obj`` with non-finite floats as ``None`` and strings scrubbed (a copy)."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, str):
        return scrub_text(obj)
    if isinstance(obj, dict):
        return {scrub_text(str(k)): _strict(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_strict(v) for v in obj]
    return obj


def dumps_json(obj, *, indent: int | None = None, sort_keys: bool = False) -> str:
    """Serialise ``obj`` as strict JSON: the one dump geo uses for JSON, JSONL and GeoJSON.

    Strict means any parser accepts it (Node's ``JSON.parse``, Python rejecting
    constants): a non-finite number (``NaN``, ``Infinity``: a 400-digit figure in
    an article) becomes ``null``, an unpaired surrogate becomes U+FFFD. Non-ASCII
    characters are written as themselves (``ensure_ascii=False``). The common case
    costs one C-encoder pass; the repairing copy is made only when needed.

    Examples
    --------
    >>> dumps_json({"value": float("inf"), "text": "Kyiv \\udc00"})
    '{"value": null, "text": "Kyiv \\ufffd"}'
    >>> dumps_json([1.5, "Київ"])
    '[1.5, "Київ"]'
    """
    if indent is not None and _size(obj):
        return "".join(iter_json(obj, indent=indent, sort_keys=sort_keys))
    return _dumps_whole(obj, indent=indent, sort_keys=sort_keys)


def _dumps_whole(obj, *, indent: int | None, sort_keys: bool) -> str:
    """:func:`dumps_json` in one call of ``json.dumps``."""
    options = {"ensure_ascii": False, "allow_nan": False, "indent": indent,
               "sort_keys": sort_keys}
    try:
        text = json.dumps(obj, **options)
    except ValueError:  # NaN or Infinity somewhere
        return json.dumps(_strict(obj), **options)
    if not text.isascii():
        try:  # a surrogate is the one character UTF-8 cannot encode (10x a search for it)
            text.encode("utf-8")
        except UnicodeEncodeError:
            return json.dumps(_strict(obj), **options)
    return text


#: A container of more items than this is indented a piece per item (see :func:`iter_json`).
_SPLIT_JSON = 32


def _size(obj) -> int:
    """How many items a list, tuple or dict of string keys holds (0 for anything else)."""
    if isinstance(obj, list | tuple):
        return len(obj)
    if isinstance(obj, dict) and all(type(k) is str for k in obj):
        return len(obj)
    return 0


def iter_json(obj, *, indent: int, sort_keys: bool = False, level: int = 0) -> Iterator[str]:
    """The pieces of ``dumps_json(obj, indent=indent)``: the same text, an item at a time.

    ``json.dumps`` with an indent is the pure-Python encoder, which holds every piece of
    the whole text in a list before it joins them (800 MB for 300,000 toponyms): here
    each item of the outer two containers and of any larger container (more than
    :data:`_SPLIT_JSON` items, at any depth) is dumped on its own and re-indented to
    its depth (a JSON text holds no raw line break), so that memory grows with the
    largest item, not with the document. Write
    the pieces as they come (``out.writelines``) to keep the whole text out of memory.

    Examples
    --------
    >>> obj = {"toponyms": [{"name": "Sumy", "lat": 50.9}] * 40, "n": float("nan")}
    >>> "".join(iter_json(obj, indent=1)) == json.dumps(_strict(obj), indent=1)
    True
    """
    size = _size(obj)
    if not size or (level >= 2 and size <= _SPLIT_JSON):
        yield _dumps_whole(obj, indent=indent, sort_keys=sort_keys).replace(
            "\n", "\n" + " " * (indent * level))
        return
    inner = "\n" + " " * (indent * (level + 1))
    if isinstance(obj, dict):
        items = sorted(obj.items()) if sort_keys else obj.items()
        yield "{"
        for n, (key, value) in enumerate(items):
            key_text = _dumps_whole(key, indent=None, sort_keys=False)
            yield ("," if n else "") + inner + key_text + ": "
            yield from iter_json(value, indent=indent, sort_keys=sort_keys, level=level + 1)
        yield "\n" + " " * (indent * level) + "}"
    else:
        yield "["
        for n, value in enumerate(obj):
            yield ("," if n else "") + inner
            yield from iter_json(value, indent=indent, sort_keys=sort_keys, level=level + 1)
        yield "\n" + " " * (indent * level) + "]"
