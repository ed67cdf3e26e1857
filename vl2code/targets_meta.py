"""Output targets by file name: `.html` is HTML + CSS, `.drawio` is a draw.io diagram."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from vl2code.errors import InputError
from vl2code.settings import Target

TARGETS: tuple[Target, ...] = ("html", "tailwind", "drawio")
_EXTENSIONS = {".html": "html", ".htm": "html", ".drawio": "drawio", ".xml": "drawio"}


def target_for_output(path: Path, requested: str | None) -> Target:
    """The target a user means: ``--format`` if given, else the output file's extension."""
    if requested:
        if requested not in TARGETS:
            raise InputError(f"unknown format {requested!r} (choose html, tailwind or drawio)")
        return cast(Target, requested)
    try:
        return cast(Target, _EXTENSIONS[path.suffix.lower()])
    except KeyError:
        raise InputError(
            f"{path}: cannot tell the format from the extension (use .html or .drawio, or --format)"
        ) from None


def extension_for(target: str) -> str:
    return ".drawio" if target == "drawio" else ".html"


def is_drawio(target: str) -> bool:
    return target == "drawio"
