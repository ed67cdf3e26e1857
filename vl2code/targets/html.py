"""HTML + CSS pages: extract a complete single-file document from model output, and check one.

lxml's HTML parser closes what a truncated answer left open, the way a browser would; the
result always has a doctype, ``<head>`` with charset and viewport, and a non-empty body.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import lxml.html.defs

from vl2code.targets.base import InvalidDocumentError, NoCodeError, candidate_code

LANGUAGES = ("html", "htm", "xhtml", "xml", "tailwind")
DOCTYPE = "<!DOCTYPE html>"
VIEWPORT = "width=device-width, initial-scale=1"

#: An opening tag of a real HTML element (not "<3" or "a<b" in prose).
_MARKER = re.compile(
    r"<(!doctype\s+html|(?:" + "|".join(sorted(lxml.html.defs.tags, key=len, reverse=True)) + r")(?=[\s/>]))",
    re.IGNORECASE,
)
_DOCUMENT_START = re.compile(r"<!doctype\s+html|<html\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECLARATION = re.compile(r"<\?xml[^>]*\?>", re.IGNORECASE)


def _trim(code: str) -> str:
    """Cut the preamble before the document and any text after its end."""
    start = _DOCUMENT_START.search(code) or _MARKER.search(code)
    code = code[start.start() :] if start else code
    lowered = code.lower()
    for closing in ("</html>", "</body>"):
        end = lowered.rfind(closing)
        if end >= 0:
            return code[: end + len(closing)]
    return code


def parse(code: str) -> lxml.html.HtmlElement:
    """Parse leniently (unclosed tags are closed); raise InvalidDocumentError if nothing parses."""
    code = _XML_DECLARATION.sub("", _CONTROL.sub("", code))
    try:
        return lxml.html.document_fromstring(code)
    except (lxml.etree.ParserError, ValueError) as error:
        raise InvalidDocumentError(f"the HTML cannot be parsed ({error})") from None


def _new_element(tag: str, **attributes: str) -> lxml.html.HtmlElement:
    element = lxml.html.Element(tag)
    for name, value in attributes.items():
        element.set(name.replace("_", "-"), value)
    return element


def _ensure_head(document: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    head = document.find("head")
    if head is None:
        head = _new_element("head")
        document.insert(0, head)
    if not head.xpath("meta[@name='viewport']"):
        head.insert(0, _new_element("meta", name="viewport", content=VIEWPORT))
    if not head.xpath("meta[@charset]"):
        head.insert(0, _new_element("meta", charset="utf-8"))
    return head


def _body_has_content(document: lxml.html.HtmlElement) -> bool:
    body = document.find("body")
    if body is None:
        return False
    return len(body) > 0 or bool((body.text or "").strip())


def serialize(document: lxml.html.HtmlElement) -> str:
    return lxml.html.tostring(document, doctype=DOCTYPE, encoding="unicode", method="html") + "\n"


def extract_document(text: str) -> lxml.html.HtmlElement:
    """The parsed, repaired document in ``text``; shared by the HTML and Tailwind targets."""
    code = candidate_code(text, LANGUAGES, _MARKER)
    if code is None:
        raise NoCodeError("the model output contains no HTML")
    document = parse(_trim(code))
    if not _body_has_content(document):
        raise NoCodeError("the HTML has no content in its <body>")
    _ensure_head(document)
    return document


def extract(text: str) -> str:
    """A complete HTML document from raw model output, or a typed ExtractionError."""
    return serialize(extract_document(text))


def check_document(code: str) -> lxml.html.HtmlElement:
    """Parse ``code`` and check what every target's page needs; return the parsed document."""
    if not code.lstrip().lower().startswith("<!doctype html"):
        raise InvalidDocumentError("the document does not start with <!DOCTYPE html>")
    document = parse(code)
    if document.find("head") is None:
        raise InvalidDocumentError("the document has no <head>")
    if not _body_has_content(document):
        raise InvalidDocumentError("the document has no content in its <body>")
    if not document.xpath("head/meta[@name='viewport']"):
        raise InvalidDocumentError('the document has no <meta name="viewport">')
    return document


def validate(code: str) -> None:
    """Raise InvalidDocumentError with the first problem of an already-extracted page."""
    check_document(code)
