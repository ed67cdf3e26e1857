"""Text blocks read from the DOM of a rendered page (see dom_blocks.js for the definition)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vl2code.page import TextBlock

#: The page-side function: one ``page.evaluate`` after the screenshot, no extra captures.
DOM_BLOCKS_JS = (Path(__file__).resolve().parent / "dom_blocks.js").read_text(encoding="utf-8")


def blocks_from_dom(raw: list[list[Any]]) -> tuple[TextBlock, ...]:
    """TextBlocks from dom_blocks.js rows; blocks with identical boxes merge, as in Design2Code.

    A merged block keeps the first block's colour and joins the texts with spaces.
    """
    merged: dict[tuple[float, float, float, float], tuple[list[str], tuple[int, int, int]]] = {}
    for text, x, y, width, height, (red, green, blue) in raw:
        bbox = (float(x), float(y), float(width), float(height))
        if bbox in merged:
            merged[bbox][0].append(text)
        else:
            merged[bbox] = ([text], (int(red), int(green), int(blue)))
    return tuple(TextBlock(" ".join(texts), bbox, colour) for bbox, (texts, colour) in merged.items())
