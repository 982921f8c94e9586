"""Module attributes imported on first use (PEP 562), for ``geo`` and ``geo.render``.

A package lists where each public name lives; the name is imported when first asked
for and then kept as a plain attribute, so ``import geo`` (and every command) loads only
what it uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["attach"]


def attach(
    package: str, lazy: Mapping[str, str], exported: Sequence[str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package`` whose names ``lazy`` maps to the
    submodules (relative names) that define them; ``namespace`` is its ``globals()``.

    Raises
    ------
    AttributeError
        From ``__getattr__``, for a name the package does not have.
    """

    def __getattr__(name: str) -> Any:
        module = lazy.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", package), name)
        namespace[name] = value  # once imported, a plain attribute
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *exported})

    return __getattr__, __dir__
