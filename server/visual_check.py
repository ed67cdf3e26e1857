"""Render an editor's document (its unsaved text) and compare it with its reference screenshot.

Blocking on purpose: the server calls it from worker threads, never from the event loop. The
pass/fail rule is the one `vl2code check` applies, so the editor and CI agree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vl2code.images import load_screenshot
from vl2code.page import PageImage
from vl2code.references import ReferenceLink, reference_for, threshold_for
from vl2code.settings import Settings

if TYPE_CHECKING:
    from vl2code.compare import Comparison
    from vl2code.render import Renderer

DocumentKind = Literal["html", "drawio"]
_KINDS: dict[str, DocumentKind] = {".html": "html", ".htm": "html", ".drawio": "drawio", ".xml": "drawio"}


@dataclass(frozen=True)
class DocumentCheck:
    """One document's render compared with its reference."""

    path: Path
    link: ReferenceLink
    threshold: float
    reference: PageImage
    render: PageImage
    comparison: Comparison
    failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.failures


def document_kind(path: Path) -> DocumentKind | None:
    """What a file renders as, from its name; ``None`` for files vl2code does not render."""
    return _KINDS.get(path.suffix.lower())


def find_reference(path: Path, text: str, settings: Settings) -> ReferenceLink | None:
    """The document's reference link, or ``None`` when it has none or is not a page or diagram."""
    if document_kind(path) is None:
        return None
    return reference_for(path, text, settings)


def check_document(
    path: Path, text: str, link: ReferenceLink, settings: Settings, renderer: Renderer
) -> DocumentCheck:
    """Render ``text`` as the file at ``path`` would render and compare it with the reference."""
    from vl2code.checks.runner import compare_screenshots, failure_reasons

    reference = load_reference(link.path, *_stamp(link.path))
    if document_kind(path) == "drawio":
        render = renderer.render_drawio(text, timeout_s=settings.render.timeout_s)
    else:
        render = renderer.render_html(
            text, base_dir=path.parent, width=reference.width, timeout_s=settings.render.timeout_s
        )
    comparison = compare_screenshots(reference.image, render.image, settings.check)
    threshold = threshold_for(path, link, settings)
    failures = tuple(failure_reasons(comparison, threshold, settings.check))
    return DocumentCheck(path, link, threshold, reference, render, comparison, failures)


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (0, 0)
    return (stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def load_reference(path: Path, mtime_ns: int, size: int) -> PageImage:
    """A reference screenshot, kept while its file is unchanged (the stamp is part of the key)."""
    return PageImage(load_screenshot(path), kind="image")
