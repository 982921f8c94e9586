"""The package's data files (``geo/data/...``), found without :mod:`importlib.resources`.

``importlib.resources`` costs a cold process about 19 M instructions to import (its
``abc``, ``_common`` and ``readers`` modules: 3 % of a cold ``geo geocode``), for what
is, in any installation from a directory (pip, an editable install, a checkout), the
path of a file beside the package's ``__init__.py``. :func:`package_file` gives that
path; only a package that is not a directory (imported from a zip file) asks
``importlib.resources``, as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["package_file"]

_ROOT = Path(__file__).parent


def package_file(name: str) -> Any:
    """``geo``'s data file ``name`` (a ``/``-separated path inside the package, such as
    ``"data/water.json"``): a :class:`pathlib.Path` when the package is a directory,
    else the :mod:`importlib.resources` traversable (``read_text``, ``open``).

    >>> package_file("data/water.json").name
    'water.json'
    """
    if _ROOT.is_dir():
        return _ROOT.joinpath(name)
    from importlib import resources  # a package inside a zip file

    return resources.files("geo").joinpath(name)
