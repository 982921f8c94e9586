"""Compiled Jinja templates kept between processes, for the ``geo`` command's maps.

folium and branca define about 60 Jinja templates in their class bodies, and Jinja
compiles each one (lexing, parsing, generating Python source, ``compile``) whenever
the class is created: in every ``geo map`` process, a third of importing folium (0.6 G
of ``geo map --offline``'s 4.9 G instructions). Jinja keeps compiled templates between
processes only for those loaded through a loader with a bytecode cache, never for
``Template(source)``.

:func:`kept_templates` keeps the code object Jinja makes for each template in a file of
the user cache (one marshal file for this interpreter, with a CRC-32, replaced whole),
keyed by the template's source, name and file name and by everything of its
environment that the compiling reads: the syntax (delimiters, whitespace options),
the optimizer, sandboxing, async mode, the code generator, and the filters and tests
by name, the way they take their arguments and a stamp of the files that define
them (the optimizer folds constant expressions by calling them), with a stamp of
Jinja's and MarkupSafe's own files. An environment with extensions, a ``finalize``
or an autoescape function compiles as usual. A later process hands the kept code to
Jinja as its own ``compile`` would have returned it, so the templates, and every
page rendered from them, are the same bytes. A damaged, foreign or unreadable file
is ignored; one that cannot be written costs only the time.

While :func:`kept_templates` lasts, :func:`install` (called by :mod:`geo.render._folium`
before folium is imported) puts the store in front of ``jinja2.Environment.compile``;
it is taken away, and the file written when templates were added, on leaving. Only
the ``geo`` command does this, in a process of its own (as with :mod:`geo._patterns`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

from ._kept import dump_kept, load_kept

__all__ = ["install", "kept_templates", "templates_file"]

log = logging.getLogger(__name__)

#: A templates file larger than this is not read (folium's and branca's: about 0.2 MB).
MAX_FILE_BYTES = 16 << 20
#: Templates kept from other processes when a process writes the file (bytes of source).
MAX_OTHERS_BYTES = 4 << 20
# Then the payload's CRC-32 (4 bytes, little-endian), then the marshalled {key: code}.
_MAGIC = b"geo-templates-1\n"

_LOCK = threading.Lock()
_PENDING: list[_Store] = []  # the store of the running command, installed on demand


def templates_file(directory: str | os.PathLike[str]) -> Path | None:
    """The file in ``directory`` for this interpreter's compiled templates (code objects
    are the interpreter's own), or None where they cannot be kept."""
    if sys.implementation.name != "cpython":  # pragma: no cover - another implementation
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"
    return Path(directory) / f"templates-{tag}.marshal"


@contextlib.contextmanager
def kept_templates(directory: str | os.PathLike[str]) -> Iterator[None]:
    """Inside, templates Jinja compiles once :func:`install` has run are read from (and
    new ones added to) the templates file in ``directory``; it is written on leaving
    when templates were added. Nothing is imported unless :func:`install` is called."""
    path = templates_file(directory)
    if path is None:
        yield
        return
    store = _Store(path)
    with _LOCK:
        _PENDING.append(store)
    try:
        yield
    finally:
        with _LOCK:
            _PENDING.remove(store)
            store.uninstall()
        store.save()


def install() -> None:
    """Put the running command's store (if any) in front of Jinja's compiling."""
    with _LOCK:
        for store in _PENDING:
            store.install()


class _Store:
    """The templates of one file: :meth:`compile` stands in for
    ``jinja2.Environment.compile``."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[tuple, CodeType] | None = None  # read when installed
        self.used: set[tuple] = set()
        self.added = 0
        self.original: Any = None
        self.stamps: dict[str, tuple] = {}

    def install(self) -> None:
        if self.original is not None:
            return
        try:
            import jinja2
        except ImportError:  # pragma: no cover - the maps' dependency
            return
        if self.entries is None:
            self.entries = _read(self.path)
        original = jinja2.Environment.compile
        store = self

        def compile(env, source, name=None, filename=None, raw=False, defer_init=False):
            return store.compile(env, source, name, filename, raw, defer_init)

        compile.__doc__ = original.__doc__
        self.original = original
        jinja2.Environment.compile = compile

    def uninstall(self) -> None:
        if self.original is None:
            return
        import jinja2

        jinja2.Environment.compile = self.original
        self.original = None

    def compile(self, env: Any, source: Any, name: Any, filename: Any, raw: bool,
                defer_init: bool) -> Any:
        original = self.original
        if raw or not isinstance(source, str) or self.entries is None:
            return original(env, source, name, filename, raw, defer_init)
        environment = self.environment_key(env)
        if environment is None:
            return original(env, source, name, filename, raw, defer_init)
        key = (source, name, filename, bool(defer_init), environment)
        code = self.entries.get(key)
        if code is None:
            code = original(env, source, name, filename, raw, defer_init)
            if not isinstance(code, CodeType):  # pragma: no cover - Jinja's own result
                return code
            self.entries[key] = code
            self.added += 1
        self.used.add(key)
        return code

    def environment_key(self, env: Any) -> tuple | None:
        """What of ``env`` the compiling of a template reads, or None when it cannot be
        told (extensions, a ``finalize``, an autoescape function: compiled as usual)."""
        try:
            return self._environment_key(env)
        except (AttributeError, TypeError):  # a filter that is not a plain function ...
            return None

    def _environment_key(self, env: Any) -> tuple | None:
        if env.extensions or env.finalize is not None or not isinstance(env.autoescape, bool):
            return None
        filters = tuple(sorted((n, *self.function_key(f)) for n, f in env.filters.items()))
        tests = tuple(sorted((n, *self.function_key(f)) for n, f in env.tests.items()))
        kind = type(env)
        return (
            self.module_stamp("jinja2"), self.module_stamp("markupsafe"),
            kind.__module__, kind.__qualname__, self.module_stamp(kind.__module__),
            env.block_start_string, env.block_end_string,
            env.variable_start_string, env.variable_end_string,
            env.comment_start_string, env.comment_end_string,
            env.line_statement_prefix, env.line_comment_prefix,
            env.trim_blocks, env.lstrip_blocks, env.newline_sequence,
            env.keep_trailing_newline, env.optimized, env.autoescape, env.is_async,
            env.sandboxed, tuple(sorted(getattr(env, "intercepted_binops", ()))),
            tuple(sorted(getattr(env, "intercepted_unops", ()))),
            _name(env.code_generator_class), _name(env.context_class), _name(env.undefined),
            filters, tests,
        )  # fmt: skip

    def function_key(self, function: Any) -> tuple:
        module = function.__module__
        return (module, function.__qualname__, str(getattr(function, "jinja_pass_arg", None)),
                self.module_stamp(module))

    def module_stamp(self, name: str) -> tuple:
        """The path, size and modification time of module ``name``'s file (its package's
        ``__init__`` for a package: Jinja's and MarkupSafe's versions)."""
        stamp = self.stamps.get(name)
        if stamp is None:
            module = sys.modules.get(name)
            path = getattr(module, "__file__", None) or ""
            try:
                st = os.stat(path)
                stamp = (path, st.st_size, st.st_mtime_ns)
            except (OSError, ValueError):
                stamp = (path, -1, -1)
            self.stamps[name] = stamp
        return stamp

    def save(self) -> None:
        """Write the file again if templates were added (atomically; errors logged)."""
        if not self.added or self.entries is None:
            return
        room = MAX_OTHERS_BYTES
        keep = {}
        for key, code in self.entries.items():  # others' while they fit, and our own
            if key not in self.used:
                room -= len(key[0])
                if room < 0:
                    continue
            keep[key] = code
        try:
            dump_kept(self.path, _MAGIC, keep, ".templates-")
        except (OSError, ValueError) as err:  # a read-only or full cache: compiled again
            log.debug("compiled templates not kept: %s", err)


def _name(value: Any) -> str:
    return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', repr(value))}"


def _read(path: Path) -> dict[tuple, CodeType]:
    """The entries of ``path`` that have the right shape; none if it is unreadable or
    damaged (its checksum does not match)."""
    loaded = load_kept(path, _MAGIC, MAX_FILE_BYTES)
    if not isinstance(loaded, dict):
        return {}
    return {
        k: v for k, v in loaded.items()
        if isinstance(k, tuple) and len(k) == 5 and isinstance(k[0], str)
        and isinstance(v, CodeType)
    }  # fmt: skip
