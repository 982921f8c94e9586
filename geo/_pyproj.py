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

Most processes need only pyproj's geodesics: :func:`import_geod` loads ``pyproj.geod``
(the same ``Geod`` class, the same PROJ code) without running the package's
``__init__``, which imports every other part of pyproj (CRS, transformations, the
database, the network: 160 M of the 195 M instructions of ``import pyproj``). The
package stands in ``sys.modules`` only while ``pyproj.geod`` and what it imports are
loaded; after that only they are there, and the next ``import pyproj`` (anyone's, or
any other submodule's: its package first) imports the package as usual, its
``__init__`` using the geodesic modules already loaded, which it then has as
attributes too (:class:`_WholePackage`). A thread importing pyproj while
:func:`import_geod` runs would get the package without its ``__init__``.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

__all__ = ["import_geod", "import_pyproj", "without_downloads"]

#: The modules replaced while pyproj is imported, and the functions pyproj takes from
#: each by name at import time (``from urllib.request import urlretrieve``).
_DEFERRED: dict[str, tuple[str, ...]] = {
    "urllib.request": ("urlretrieve", "urlopen"),  # urlopen: folium's branca (geo.render)
    "importlib.metadata": (),
}
#: Those used as an attribute of their package (``import importlib.metadata``, then
#: ``importlib.metadata.version()``; xyzservices' ``urllib.request.urlopen``): the
#: stand-in is that attribute until the real module is imported.
_AS_ATTRIBUTE = frozenset({"importlib.metadata", "urllib.request"})

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
            return sys.modules["pyproj"]
        return _deferring(lambda: importlib.import_module("pyproj"))


def without_downloads(run: Any) -> Any:
    """``run()`` (an import: ``geo.render._folium``'s of folium, whose branca and
    xyzservices import urllib.request for downloads a map never makes, a tenth of
    ``geo map``'s start-up) with the modules of ``_DEFERRED`` that nothing has imported
    yet replaced by their stand-ins, as pyproj is imported."""
    with _LOCK:
        return _deferring(run)


def _deferring(run: Any) -> Any:
    """``run()`` with each module of ``_DEFERRED`` that nothing has imported yet replaced
    by its stand-in (the caller holds ``_LOCK``)."""
    stand_ins = {name: _ModuleWhenUsed(name) for name in _DEFERRED if name not in sys.modules}
    for name, stand_in in stand_ins.items():
        sys.modules[name] = stand_in
        parent, _, child = name.rpartition(".")
        package = importlib.import_module(parent)
        if name in _AS_ATTRIBUTE and child not in package.__dict__:
            setattr(package, child, stand_in)
    try:
        return run()
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def import_geod() -> type:
    """``pyproj.Geod`` (its class), imported now if it is not yet: when nothing has
    imported pyproj, without running the package's ``__init__`` (module docstring)."""
    geod = sys.modules.get("pyproj.geod")
    if geod is not None:
        return geod.Geod
    with _LOCK:
        if "pyproj" in sys.modules:
            return importlib.import_module("pyproj.geod").Geod
        spec = importlib.util.find_spec("pyproj")
        if spec is None:
            raise ModuleNotFoundError("No module named 'pyproj'", name="pyproj")
        before = set(sys.modules)
        sys.modules["pyproj"] = importlib.util.module_from_spec(spec)  # __init__ not run
        try:
            try:
                geod = importlib.import_module("pyproj.geod")
            except Exception:  # a pyproj whose geodesics need its __init__
                geod = None
        finally:
            del sys.modules["pyproj"]
        if geod is None:  # forget what was loaded half-way, and import it all
            for name in set(sys.modules) - before:
                sys.modules.pop(name, None)
            return _deferring(lambda: importlib.import_module("pyproj")).Geod
        loaded = sorted(m for m in set(sys.modules) - before if m.startswith("pyproj."))
        sys.meta_path.insert(0, _WholePackage(loaded))
        return geod.Geod


class _WholePackage:
    """The finder of the ``pyproj`` package after :func:`import_geod` (first on
    ``sys.meta_path`` until then): its spec as found without it, whose loader runs the
    ``__init__`` and then makes the submodules loaded before it (``loaded``) attributes
    of the package, as importing them after it would have."""

    def __init__(self, loaded: list[str]) -> None:
        self.loaded, self.finding = loaded, False

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "pyproj" or self.finding:
            return None
        self.finding = True  # the spec as the finders after this one find it
        try:
            spec = importlib.util.find_spec(name)
        finally:
            self.finding = False
        if spec is not None:
            spec.loader = _Completing(spec.loader, self)
        return spec


class _Completing:
    """``loader`` (pyproj's own), which after running the package's ``__init__`` sets
    the submodules ``finder`` saw loaded that it lacks as its attributes, and takes
    ``finder`` off ``sys.meta_path``; the module is left with ``loader`` as its
    ``__loader__``."""

    def __init__(self, loader: Any, finder: _WholePackage) -> None:
        self.loader, self.finder = loader, finder

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        module.__loader__ = module.__spec__.loader = self.loader
        self.loader.exec_module(module)
        if self.finder in sys.meta_path:
            sys.meta_path.remove(self.finder)
        for name in self.finder.loaded:
            parent, _, child = name.rpartition(".")
            if parent == "pyproj" and name in sys.modules and child not in module.__dict__:
                setattr(module, child, sys.modules[name])
