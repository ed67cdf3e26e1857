"""What every output format shares: typed extraction errors and finding code in model text.

Model output arrives in many shapes: fenced or bare, after a chatty preamble, followed by
an explanation, cut off at the token limit, or with reasoning left over before ``</think>``.
These helpers reduce it to the candidate code; each target then parses and repairs it.
"""

from __future__ import annotations

import re

from vl2code.errors import ExtractionError


class NoCodeError(ExtractionError):
    """The output holds no code of the requested kind at all (empty, prose only, reasoning only)."""


class InvalidDocumentError(ExtractionError):
    """The code was found but cannot be made into a valid document of the target."""


_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([\w+.-]*)[^\n]*$", re.MULTILINE)


def strip_thinking(text: str) -> str:
    """Drop reasoning left in the text: everything up to the last ``</think>``, and a ``<think>``
    block that was never closed (the output ended while still reasoning)."""
    _, tag, tail = text.rpartition("</think>")
    text = tail if tag else text
    return text.partition("<think>")[0]


def fenced_blocks(text: str) -> list[tuple[str, str]]:
    """``(language, body)`` of each fenced block; an unclosed last fence runs to the end of the text.

    Fences pair up in order, so a block's body may contain shorter fences of the other kind.
    """
    blocks: list[tuple[str, str]] = []
    position = 0
    while True:
        opening = _FENCE.search(text, position)
        if opening is None:
            return blocks
        marker, language = opening.group(1), opening.group(2).lower()
        body_start = opening.end() + 1
        closing = re.compile(rf"^[ \t]*{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$", re.MULTILINE)
        end = closing.search(text, body_start)
        if end is None:
            blocks.append((language, text[body_start:]))
            return blocks
        blocks.append((language, text[body_start : end.start()]))
        position = end.end()


def candidate_code(text: str, languages: tuple[str, ...], marker: re.Pattern[str]) -> str | None:
    """The most likely code in ``text``: the largest fenced block of a wanted language whose
    body contains ``marker``, else the text itself if it contains ``marker``."""
    text = strip_thinking(text)
    blocks = fenced_blocks(text)
    wanted = [body for language, body in blocks if not language or language in languages]
    matching = [body for body in wanted if marker.search(body)]
    if matching:
        return max(matching, key=len)
    for language, body in blocks:
        if language and language not in languages:
            text = text.replace(body, "")
    if marker.search(text):
        return text
    return None
