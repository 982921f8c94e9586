"""folium, imported without importing pandas (a quarter of ``geo map``'s start-up) or
requests (a tenth).

``folium.utilities`` imports pandas whenever it is installed (``try: import pandas
as pd``), only to test ``isinstance(obj, pd.DataFrame)`` where it reads locations.
A map of an article never passes a DataFrame, and no object can be a DataFrame
before pandas is imported. So folium is imported here with pandas hidden, and its
``pd`` then stands for pandas as it is *when asked*: pandas' own ``DataFrame`` once
something (the caller, geopandas) has imported pandas, otherwise a class nothing is
an instance of. What folium does with a DataFrame is unchanged.

Likewise ``folium.features`` imports requests only to fetch a GeoJSON given as a URL
(``GeoJson("https://...")``), which no map of an article does: while folium is imported
(and nothing has imported requests yet), ``import requests`` gives a stand-in module
that imports the real one when first used (:class:`_RequestsWhenUsed`); folium's
``requests`` stays that stand-in, and any other ``import requests`` gets requests itself.

Every module of :mod:`geo.render` imports folium from here
(``from ._folium import folium``). pandas is hidden only while folium itself is
imported (once per process, with the first map), and only when nothing has imported
pandas yet; a thread of the same process importing pandas at that very moment would
see an ImportError.
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from typing import Any

__all__ = ["folium"]


class _NoDataFrame:
    """No object is an instance of this class (pandas is not imported)."""


class _PandasWhenImported:
    """What ``folium.utilities.pd`` is replaced with: pandas' ``DataFrame`` class
    when pandas has been imported, else :class:`_NoDataFrame`."""

    @property
    def DataFrame(self) -> Any:
        pandas = sys.modules.get("pandas")
        return getattr(pandas, "DataFrame", _NoDataFrame)


class _RequestsWhenUsed(types.ModuleType):
    """What ``import requests`` gives while folium is imported: requests itself is
    imported when an attribute is first asked for (``requests.get``)."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get("requests") is self:  # asked during folium's own import
            del sys.modules["requests"]
        import requests

        return getattr(requests, name)


_LOCK = threading.Lock()


def _import_folium() -> Any:
    from .._templates import install

    install()  # the geo command's kept templates (folium's compiled at its import)
    with _LOCK:
        if "folium" in sys.modules or sys.modules.get("pandas") is not None:
            import folium  # already there, or pandas already paid for: nothing to save

            return folium
        hidden = "pandas" not in sys.modules
        stand_in = None if "requests" in sys.modules else _RequestsWhenUsed("requests")
        if hidden:
            sys.modules["pandas"] = None  # type: ignore[assignment]  # import pandas fails
        if stand_in is not None:
            sys.modules["requests"] = stand_in
        try:
            from .._pyproj import without_downloads  # urllib.request: when first used

            folium = without_downloads(lambda: importlib.import_module("folium"))
            importlib.import_module("folium.utilities")
        finally:
            if hidden and sys.modules.get("pandas", 0) is None:
                del sys.modules["pandas"]
            if stand_in is not None and sys.modules.get("requests") is stand_in:
                del sys.modules["requests"]
        if hidden and getattr(folium.utilities, "pd", 0) is None:
            folium.utilities.pd = _PandasWhenImported()
        return folium


folium = _import_folium()
