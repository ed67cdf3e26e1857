"""Where in a page's source a piece of rendered text comes from.

Rendered text and its source differ in whitespace, inline tags (``Hello <b>world</b>``) and
escaping (``&amp;``, draw.io's ``value="a&lt;br&gt;b"``), so the search allows any of those
between the words instead of looking for the text verbatim.
"""

from __future__ import annotations

import html
import re

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

#: What may stand between two words of rendered text in the source.
_GAP = r"(?:\s|&nbsp;|&#160;|<[^>]*>|&lt;[^&]*?&gt;)+"


def find_text(source: str, text: str) -> tuple[int, int] | None:
    """``(start, end)`` offsets of the first place in ``source`` that renders as ``text``."""
    words = text.split()
    if not words:
        return None
    direct = source.find(text.strip())
    if direct >= 0:
        return direct, direct + len(text.strip())
    pattern = _GAP.join(_word_pattern(word) for word in words)
    match = re.search(pattern, source, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _word_pattern(word: str) -> str:
    """A word as written plainly or HTML-escaped (``Q&A`` or ``Q&amp;A``)."""
    plain, escaped = re.escape(word), re.escape(html.escape(word, quote=True))
    return plain if plain == escaped else f"(?:{plain}|{escaped})"


def position_at(source: str, offset: int, codec: PositionCodec) -> types.Position:
    """The client position (in the negotiated code units) of a character offset into ``source``."""
    offset = max(0, min(offset, len(source)))
    line = source.count("\n", 0, offset)
    line_start = source.rfind("\n", 0, offset) + 1
    return types.Position(line=line, character=codec.client_num_units(source[line_start:offset]))


def range_at(source: str, start: int, end: int, codec: PositionCodec) -> types.Range:
    return types.Range(start=position_at(source, start, codec), end=position_at(source, end, codec))
