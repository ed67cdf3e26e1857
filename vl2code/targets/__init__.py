"""Output formats: how to get a valid document of each target out of model text, and check one.

``extract(target, text)`` turns raw model output into a complete document or raises an
:class:`~vl2code.errors.ExtractionError` subclass whose message says why (worth feeding back
to the model on a retry); ``validate(target, code)`` checks code that is already extracted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vl2code.errors import SettingsError
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
    "extract",
    "target_format",
    "validate",
]
