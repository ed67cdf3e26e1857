"""vl2code: screenshot to working code (HTML/CSS, Tailwind or draw.io), rendered, compared and refined.

``vl2code.convert`` is the one library call the CLI, the language server and scripts share; it is
imported lazily so that ``import vl2code`` stays cheap (no browser, no torch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from vl2code.pipeline import Result, convert

__all__ = ["Result", "__version__", "convert"]


def __getattr__(name: str) -> Any:
    if name in ("convert", "Result"):
        from vl2code import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'vl2code' has no attribute {name!r}")
