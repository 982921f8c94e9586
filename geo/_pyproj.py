"""pyproj, imported without the standard-library stacks it loads for its downloads and
its version report (a tenth of a cold ``geo parse`` of an article stating a distance).

``import pyproj`` imports ``pyproj.sync`` (``from urllib.request import urlretrieve``:
urllib.request, http.client, ssl and the email package, to download PROJ grids with
``pyproj.sync``) and ``pyproj._show_versions`` (``import importlib.metadata``, for
``pyproj.show_versions()``). ``geo`` calls neither: its geodesics (``Geod``) and
projections (``Transformer``) are computed in PROJ, offline.

So pyproj is imported here (:func:`import_pyproj`) with each of these modules, when
nothing has imported it yet, replaced by a stand-in (:class:`_ModuleWhenUsed`) for
the duration of the import: a function taken from it by name (pyproj.sync's
``urlretrieve``) imports the real module when called, and any other attribute asked
for imports it at once. After the import every ``import urllib.request`` or ``import
importlib.metadata`` gets the real module; pyproj works as before, only these modules
are loaded when first used (``pyproj.sync``'s downloads, ``pyproj.show_versions()``)
instead of with pyproj. The same idea as :mod:`geo.render._folium` (pandas, requests).

A thread of the same process importing one of these modules while pyproj is being
imported would get the stand-in, which works as the module for what it asks.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from typing import Any

__all__ = ["import_pyproj"]

#: The modules replaced while pyproj is imported, and the functions pyproj takes from
#: each by name at import time (``from urllib.request import urlretrieve``).
_DEFERRED: dict[str, tuple[str, ...]] = {
    "urllib.request": ("urlretrieve",),
    "importlib.metadata": (),
}
#: Those pyproj uses as an attribute of their package (``import importlib.metadata``,
#: then ``importlib.metadata.version()``): the stand-in is that attribute until the
#: real module is imported.
_AS_ATTRIBUTE = frozenset({"importlib.metadata"})

_LOCK = threading.Lock()


class _ModuleWhenUsed(types.ModuleType):
    """A stand-in for the module ``name``: the functions named in ``_DEFERRED`` are
    forwarders (the real module is imported when one is called); any other attribute
    imports the real module and is its attribute."""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):  # the import system asking (__path__, ...): a module
            raise AttributeError(attr)
        if attr in _DEFERRED.get(self.__name__, ()):
            return _forwarder(self.__name__, attr)
        return getattr(_real(self), attr)


def _real(stand_in: _ModuleWhenUsed) -> types.ModuleType:
    """The real module of ``stand_in``, imported now (the stand-in removed first)."""
    name = stand_in.__name__
    if sys.modules.get(name) is stand_in:
        del sys.modules[name]
    parent, _, child = name.rpartition(".")
    package = sys.modules.get(parent)
    if package is not None and package.__dict__.get(child) is stand_in:
        delattr(package, child)
    return importlib.import_module(name)


def _forwarder(module: str, function: str) -> Any:
    def forward(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), function)(*args, **kwargs)

    forward.__name__ = forward.__qualname__ = function
    forward.__doc__ = f"{module}.{function}, imported when first called."
    return forward


def import_pyproj() -> types.ModuleType:
    """pyproj (imported now if it is not yet), without loading the modules of
    ``_DEFERRED`` that nothing has imported yet."""
    pyproj = sys.modules.get("pyproj")
    if pyproj is not None:
        return pyproj
    with _LOCK:
        if "pyproj" in sys.modules:
            import pyproj

            return pyproj
        stand_ins = {name: _ModuleWhenUsed(name) for name in _DEFERRED
                     if name not in sys.modules}
        for name, stand_in in stand_ins.items():
            sys.modules[name] = stand_in
            parent, _, child = name.rpartition(".")
            package = importlib.import_module(parent)
            if name in _AS_ATTRIBUTE and child not in package.__dict__:
                setattr(package, child, stand_in)
        try:
            import pyproj
        finally:
            for name, stand_in in stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]
        return pyproj
