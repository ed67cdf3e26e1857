"""Output formats: how to get a valid document of each target out of model text, and check one.

``extract(target, text)`` turns raw model output into a complete document or raises an
:class:`~vl2code.errors.ExtractionError` subclass whose message says why (worth feeding back
to the model on a retry); ``validate(target, code)`` checks code that is already extracted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from vl2code.errors import InputError, SettingsError
from vl2code.settings import Target
from vl2code.targets import drawio, html, tailwind
from vl2code.targets.base import InvalidDocumentError, NoCodeError


@dataclass(frozen=True)
class TargetFormat:
    name: str
    suffix: str  # the file extension generated code is saved with
    extract: Callable[[str], str]
    validate: Callable[[str], None]


TARGETS: dict[str, TargetFormat] = {
    "html": TargetFormat("html", ".html", html.extract, html.validate),
    "tailwind": TargetFormat("tailwind", ".html", tailwind.extract, tailwind.validate),
    "drawio": TargetFormat("drawio", ".drawio", drawio.extract, drawio.validate),
}


def target_format(target: str) -> TargetFormat:
    try:
        return TARGETS[target]
    except KeyError:
        raise SettingsError(f"unknown target {target!r} (expected one of {', '.join(TARGETS)})") from None


_TARGET_BY_EXTENSION: dict[str, Target] = {
    ".html": "html",
    ".htm": "html",
    ".drawio": "drawio",
    ".xml": "drawio",
}


def target_for_output(path: Path, requested: str | None) -> Target:
    """The target a user means: ``--format`` if given, else the output file's extension."""
    if requested:
        if requested not in TARGETS:
            raise InputError(f"unknown format {requested!r} (choose html, tailwind or drawio)")
        return cast(Target, requested)
    try:
        return _TARGET_BY_EXTENSION[path.suffix.lower()]
    except KeyError:
        raise InputError(
            f"{path}: cannot tell the format from the extension (use .html or .drawio, or --format)"
        ) from None


def extension_for(target: str) -> str:
    """The file extension generated code of ``target`` is saved with."""
    return target_format(target).suffix


def extract(target: str, text: str) -> str:
    """A complete, valid document of ``target`` from raw model output."""
    return target_format(target).extract(text)


def validate(target: str, code: str) -> None:
    """Raise InvalidDocumentError with the first problem of already-extracted ``code``."""
    target_format(target).validate(code)


__all__ = [
    "TARGETS",
    "InvalidDocumentError",
    "NoCodeError",
    "TargetFormat",
    "extension_for",
    "extract",
    "target_for_output",
    "target_format",
    "validate",
]
