"""Decide what one `vl2code check` run compares, before any browser starts.

Resolving every file's reference, width and threshold up front means a missing reference
fails the run in milliseconds with its path named, instead of after minutes of rendering.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from vl2code.errors import InputError
from vl2code.references import ReferenceLink, reference_for, threshold_for
from vl2code.settings import Settings

#: Folders that hold tools' files, never pages to check.
SKIPPED_FOLDERS = frozenset(
    {".git", ".hg", ".svn", "node_modules", ".venv", "venv", ".vl2code", "__pycache__"}
)

FileKind = Literal["html", "drawio"]
SUFFIXES: dict[str, FileKind] = {".html": "html", ".htm": "html", ".drawio": "drawio"}


@dataclass(frozen=True)
class CheckTarget:
    """One file, rendered at one width, against one reference screenshot.

    ``width`` is ``None`` when the reference image's own width decides (and for diagrams,
    whose size comes from their content).
    """

    file: Path
    display: str
    kind: FileKind
    link: ReferenceLink
    reference: Path
    width: int | None
    threshold: float

    @property
    def name(self) -> str:
        """How reports name this check: the file, plus ``@width`` when widths were asked for."""
        return self.display if self.width is None else f"{self.display}@{self.width}"


@dataclass(frozen=True)
class Skipped:
    display: str
    reason: str


@dataclass(frozen=True)
class CheckPlan:
    targets: tuple[CheckTarget, ...]
    skipped: tuple[Skipped, ...]


def plan_checks(files: Sequence[Path], settings: Settings, *, root: Path, update: bool = False) -> CheckPlan:
    """Targets for ``files`` (folders are searched; nothing given means ``root``).

    Files found by searching a folder are checked only when they have a reference; files named
    explicitly without one are reported as skipped. Raises :class:`InputError` naming the
    first reference screenshot that does not exist, unless ``update`` will create it.
    """
    targets: list[CheckTarget] = []
    skipped: list[Skipped] = []
    for path, explicit in _expand(files or [root]):
        display = display_name(path, root)
        kind = SUFFIXES.get(path.suffix.lower())
        if kind is None:
            skipped.append(Skipped(display, "not an HTML or draw.io file"))
            continue
        link = reference_for(path, _read_text(path), settings)
        if link is None:
            if explicit:
                skipped.append(Skipped(display, "no reference screenshot"))
            continue
        threshold = threshold_for(path, link, settings)
        widths: Sequence[int | None] = (
            settings.check.widths if kind == "html" and settings.check.widths else [None]
        )
        for width in widths:
            reference = _reference_at(link.path, width, several=len(widths) > 1, update=update)
            targets.append(CheckTarget(path, display, kind, link, reference, width, threshold))
    if not update:
        _require_references(targets)
    return CheckPlan(tuple(targets), tuple(skipped))


def _expand(files: Sequence[Path]) -> list[tuple[Path, bool]]:
    """Each file once, in a stable order, with whether the user named it."""
    seen: dict[Path, bool] = {}
    for given in files:
        if given.is_dir():
            for found in discover(given):
                seen.setdefault(found, False)
        elif given.exists():
            seen[given.resolve()] = True
        else:
            raise InputError(f"{given}: no such file")
    return list(seen.items())


def discover(folder: Path) -> list[Path]:
    """HTML and draw.io files under ``folder``, skipping tool and dependency folders."""
    found: list[Path] = []
    for current, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if name not in SKIPPED_FOLDERS)
        found.extend(
            Path(current, name).resolve() for name in sorted(names) if Path(name).suffix.lower() in SUFFIXES
        )
    return found


def display_name(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` when inside it, as a user would type it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


def per_width_reference(reference: Path, width: int) -> Path:
    """``designs/home.png`` at 375 px is ``designs/home@375.png``."""
    return reference.with_name(f"{reference.stem}@{width}{reference.suffix}")


def _reference_at(reference: Path, width: int | None, *, several: bool, update: bool) -> Path:
    """The screenshot for one width: its own ``@width`` file when there is one.

    When several widths are checked, ``--update`` writes one file per width, so that each
    width keeps a reference of its own from then on.
    """
    if width is None:
        return reference
    variant = per_width_reference(reference, width)
    return variant if variant.exists() or (several and update) else reference


def _require_references(targets: Sequence[CheckTarget]) -> None:
    missing = [target for target in targets if not target.reference.is_file()]
    if missing:
        first = missing[0]
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise InputError(
            f"{first.display}: reference screenshot {first.reference} does not exist{more}; "
            "create it with `vl2code check --update`"
        )
