"""Tailwind pages: HTML documents that load Tailwind from its Play CDN script.

The renderer serves the CDN URL from a vendored copy, so pages render offline while staying
ordinary single files a user can open anywhere.
"""

from __future__ import annotations

import lxml.html

from vl2code.targets import html
from vl2code.targets.base import InvalidDocumentError

CDN_URL = "https://cdn.tailwindcss.com"
#: Script sources that load Tailwind in the browser (the v3 Play CDN and the v4 browser build).
_TAILWIND_SCRIPTS = ("cdn.tailwindcss.com", "@tailwindcss/browser")


def _has_tailwind(document: lxml.html.HtmlElement) -> bool:
    return any(
        any(marker in (script.get("src") or "") for marker in _TAILWIND_SCRIPTS)
        for script in document.iter("script")
    )


def extract(text: str) -> str:
    """A complete Tailwind page from raw model output, adding the CDN script when missing."""
    document = html.extract_document(text)
    if not _has_tailwind(document):
        head = document.find("head")
        script = lxml.html.Element("script")
        script.set("src", CDN_URL)
        metas = head.xpath("meta")
        head.insert(head.index(metas[-1]) + 1 if metas else 0, script)
    return html.serialize(document)


def validate(code: str) -> None:
    document = html.check_document(code)
    if not _has_tailwind(document):
        raise InvalidDocumentError(f'the page does not load Tailwind (<script src="{CDN_URL}">)')
