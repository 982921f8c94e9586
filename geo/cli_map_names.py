"""The names of ``geo map``'s and ``geo report``'s outputs: a default map's file name in
maps/ (readable in any script, never a map of other inputs replaced) and the record of
which inputs made it (``maps/.geo-sources.json``).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

from .errors import InputError

__all__ = ["article_image_paths", "article_stem", "default_output", "safe_name"]


def _safe_char(ch: str) -> bool:
    """Whether ``ch`` may stay in a default file name: letters, digits and marks of any
    script, symbols such as emoji, ``_``, ``.`` and ``-``; never a separator, a space,
    a control or format character (bidi overrides, zero-width joiners) or punctuation
    that shells and other systems treat specially."""
    import unicodedata

    if ch in "_.-":
        return True
    return unicodedata.category(ch)[0] in "LNM" or unicodedata.category(ch) == "So"


def article_stem(article: str, fetch: bool) -> str:
    """A file name stem for an article path or URL (``maps/<stem>.html``): readable in
    any script ("Київ", "🙂"), other characters made ``-``; "article" when nothing is
    left.

    Examples
    --------
    >>> article_stem("news/Київ — звіт.txt", False), article_stem("🙂.txt", False)
    ('Київ-звіт', '🙂')
    >>> article_stem("...", False), article_stem("a\u202egnp.exe.txt", False)
    ('article', 'a-gnp.exe')
    """
    from pathlib import PurePosixPath
    from urllib.parse import unquote, urlsplit

    # a URL's path as its reader sees it: "%D1%85..." is "х...", "%3Cscript%3E" "<script>"
    name = (PurePosixPath(unquote(urlsplit(article).path)).stem if fetch
            else PurePosixPath(article).stem)
    return safe_name(name) or "article"


def safe_name(text: str) -> str:
    """``text`` as a part of a file name: letters, digits and marks of any script,
    symbols, ``_``, ``.`` and ``-`` kept (NFC), anything else (a separator, a space, a
    control or bidi mark) made ``-``, no leading or trailing ``.``/``-``, at most 80
    characters; "" when nothing is left.

    >>> safe_name("a/../b"), safe_name("Київ 2"), safe_name("..")
    ('a-..-b', 'Київ-2', '')
    """
    import re
    import unicodedata

    name = unicodedata.normalize("NFC", text)
    name = re.sub(r"-{2,}", "-", "".join(ch if _safe_char(ch) else "-" for ch in name))
    return name.strip(".-")[:80].strip(".-")


#: Which input each default map in maps/ was made from (``geo map`` without ``-o``).
_SOURCES = ".geo-sources.json"


def _source(inputs: list[str], fetch: bool) -> str | None:
    """What identifies the inputs of a map (``None`` with standard input among them,
    never the same twice): their real paths, one a line; a URL only by a digest (its
    query may hold a token, which is not written down)."""
    import hashlib

    if "-" in inputs:
        return None
    if fetch:  # a URL's own bytes (an undecodable one too): never two URLs as one
        return "url-sha256:" + hashlib.sha256(os.fsencode(inputs[0])).hexdigest()
    return "\n".join(_path_text(os.path.realpath(p)) for p in inputs)


def _path_text(path: str) -> str:
    r"""A path as the JSON record holds it, the same text on every run: a name whose
    bytes are not UTF-8 (decoded as lone surrogates) is written ``bytes:`` and its
    bytes, escaped (``\xff``): the record reads back equal, so the same inputs replace
    their map instead of making a new one each run.

    Examples
    --------
    >>> _path_text("/news/Київ.txt")
    '/news/Київ.txt'
    >>> _path_text(os.fsdecode(b"/news/art\xff.txt"))
    'bytes:/news/art\\xff.txt'
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return "bytes:" + os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


@contextlib.contextmanager
def default_output(inputs: list[str], fetch: bool, suffix: str = ".html") -> Iterator[str]:
    """``maps/<stem><suffix>`` for the first input (``.html`` a map's, ``.report.html`` a
    report's), never a page made from other inputs: a context that yields the path.

    Two inputs can give one stem ("a/sumy.txt" and "b/sumy.txt", "...", names of
    symbols only), and a map of several articles is named after the first.
    ``maps/.geo-sources.json`` says which inputs made each default map: a map of the
    same inputs is replaced, one of other inputs (or of unknown origin, or of
    standard input, which is never the same twice) is kept, and the new map is
    ``<stem>-2.html``, ``<stem>-3.html``...  The name is chosen and reserved in the
    record under a lock of ``maps/.geo-sources.lock`` (``fcntl.flock``; none where
    :mod:`fcntl` is missing), so runs started together never choose one name; the
    record keeps it for these inputs when the body succeeds, and gives it back when
    the body raises (standard input's map is kept by its file alone). An unreadable
    record is left as it is (a warning; no map it does not vouch for is replaced).

    Raises
    ------
    geo.errors.InputError
        ``maps`` is a file.
    """
    if os.path.exists("maps") and not os.path.isdir("maps"):
        raise InputError("the default output folder maps/ is a file here: give -o FILE.html")
    os.makedirs("maps", exist_ok=True)
    first = inputs[0]
    stem = "stdin" if first == "-" else article_stem(first, fetch)
    source = _source(inputs, fetch)
    with _maps_locked():
        sources = _read_sources(warn=True)
        name, n = f"{stem}{suffix}", 1
        while _taken(name, sources, source):
            n += 1
            name = f"{stem}-{n}{suffix}"
        before = None if sources is None else sources.get(name)
        # standard input's reservation: a mark no other run makes
        mark = source if source is not None else f"pending:{os.getpid()}:{os.urandom(6).hex()}"
        if sources is not None and before != mark:
            _write_sources({**sources, name: mark})
    done = False
    try:
        yield os.path.join("maps", name)
        done = True
    finally:
        if sources is not None and not (done and source is not None):
            _give_back(name, mark, before)


def _taken(name: str, sources: dict[str, str] | None, source: str | None) -> bool:
    """Whether the default name ``name`` belongs to a map of other inputs (or one being
    made): its file is there or the record holds it, for inputs other than ``source``
    (all, for standard input or an unreadable record, which vouch for nothing)."""
    mine = source is not None and sources is not None and sources.get(name) == source
    there = os.path.lexists(os.path.join("maps", name)) or (sources is not None
                                                           and name in sources)
    return there and not mine


@contextlib.contextmanager
def _maps_locked() -> Iterator[None]:
    """An exclusive lock of maps/'s record (``maps/.geo-sources.lock``), waited for;
    nothing where :mod:`fcntl` is missing or the folder takes no lock file (then it
    takes no map either)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(os.path.join("maps", ".geo-sources.lock"),
                     os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):  # a file system without locks
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _read_sources(warn: bool = False) -> dict[str, str] | None:
    """The record of maps/ (``{}`` when there is none; ``None`` when it is unreadable,
    said once on standard error when ``warn``)."""
    import json

    record = os.path.join("maps", _SOURCES)
    sources: object = {}
    try:
        with open(record, encoding="utf-8") as f:
            sources = json.load(f)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, RecursionError):
        sources = None
    if not isinstance(sources, dict):
        if warn:
            print(f"geo: warning: {record} is unreadable: left as it is, and no map in maps/ "
                  "is replaced", file=sys.stderr)
        return None
    return sources


def _write_sources(sources: dict[str, str]) -> None:
    """Write maps/'s record (sorted, one entry a line); only a convenience: a failure
    never fails a map."""
    from ._io import atomic_write, dumps_json

    with contextlib.suppress(InputError, OSError):
        atomic_write(os.path.join("maps", _SOURCES),
                     dumps_json(dict(sorted(sources.items())), indent=1) + "\n")


def _give_back(name: str, mark: str, before: str | None) -> None:
    """Undo a reservation (a run that failed, or standard input's map once written):
    the record holds again what it held for ``name`` before, if the reservation is
    still there."""
    with _maps_locked():
        sources = _read_sources()
        if sources is None or sources.get(name) != mark or before == mark:
            return
        if before is None:
            sources.pop(name)
        else:
            sources[name] = before
        _write_sources(sources)


def article_image_paths(images: dict[str, str], ids: list[str | None], *,
                        taken=()) -> dict[str, str]:
    """One image path per article for a map of several (``{"png:0": "figs-sumy-1.png"}``):
    the option's file name with the article's id, made safe as a default map's name
    (:func:`safe_name`: any script kept; separators, spaces, controls and bidi marks
    made ``-``; its number when nothing is left), before the suffix; an id given twice,
    or two ids made alike, get ``-2``, ``-3``... in input order, never a file twice.

    Raises
    ------
    geo.errors.InputError
        An option that names a device or pipe (``/dev/stdout``): it can take one file.

    Examples
    --------
    >>> article_image_paths({"png": "out/figs.png"}, ["Sumy 1", "a/../b", "Sumy/1", None])
    ... # doctest: +NORMALIZE_WHITESPACE
    {'png:0': 'out/figs-Sumy-1.png', 'png:1': 'out/figs-a-..-b.png',
     'png:2': 'out/figs-Sumy-1-2.png', 'png:3': 'out/figs-4.png'}
    """
    from ._output_paths import is_special_file

    out: dict[str, str] = {}
    used = {os.path.normcase(os.path.abspath(p)) for p in taken}
    for option, path in images.items():
        if is_special_file(path):
            raise InputError(f"--{option} {path}: a map of several articles writes one file "
                             "per article: give a file name (FIGS.{option} gives "
                             f"FIGS-<id>.{option})")
        base, suffix = os.path.splitext(path)
        for k, doc_id in enumerate(ids):
            stem = safe_name(str(doc_id)) if doc_id is not None else ""
            stem = stem or str(k + 1)
            name, n = f"{base}-{stem}{suffix}", 1
            while os.path.normcase(os.path.abspath(name)) in used:
                n += 1
                name = f"{base}-{stem}-{n}{suffix}"
            used.add(os.path.normcase(os.path.abspath(name)))
            out[f"{option}:{k}"] = name
    return out
