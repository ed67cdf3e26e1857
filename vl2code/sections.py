"""Tall screenshots: split at blank rows into sections a model can see at full resolution, then join.

A 1280 x 6000 page squeezed into the model's pixel budget loses its text; cutting it where a row
of pixels is uniform (between page sections) keeps every part legible and every cut invisible.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from bs4 import BeautifulSoup
from PIL import Image

#: A row counts as blank when its pixels deviate this little from the row's median colour.
BLANK_ROW_TOLERANCE = 6
#: Sections shorter than this are merged with their neighbour: too little to be worth a request.
MIN_SECTION_HEIGHT = 160


@dataclass(frozen=True)
class Section:
    """A horizontal slice of a screenshot, ``top`` pixels from the top of the page."""

    image: Image.Image
    top: int


def blank_rows(image: Image.Image) -> np.ndarray:
    """Boolean per row: True where the row is a single flat colour."""
    pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
    median = np.median(pixels, axis=1, keepdims=True)
    return np.abs(pixels - median).max(axis=(1, 2)) <= BLANK_ROW_TOLERANCE


def split_sections(image: Image.Image, max_pixels: int) -> list[Section]:
    """Cut ``image`` into sections of at most ``max_pixels`` each, at blank rows where possible."""
    max_height = max(MIN_SECTION_HEIGHT * 2, max_pixels // max(image.width, 1))
    if image.height <= max_height:
        return [Section(image, 0)]
    blank = blank_rows(image)
    cuts = [0]
    while image.height - cuts[-1] > max_height:
        start, limit = cuts[-1], cuts[-1] + max_height
        window = np.flatnonzero(blank[start + MIN_SECTION_HEIGHT : limit]) + start + MIN_SECTION_HEIGHT
        cuts.append(int(window[-1]) if window.size else limit)
    if image.height - cuts[-1] < MIN_SECTION_HEIGHT and len(cuts) > 1:
        cuts.pop()
    bounds = [*cuts, image.height]
    return [
        Section(image.crop((0, top, image.width, bottom)), top)
        for top, bottom in zip(bounds, bounds[1:], strict=False)
    ]


def join_html_sections(documents: list[str]) -> str:
    """One HTML document from per-section documents: head of the first, styles and bodies in order."""
    if len(documents) == 1:
        return documents[0]
    first = BeautifulSoup(documents[0], "lxml")
    head, body = first.head, first.body
    assert head is not None and body is not None
    body.clear()
    for index, document in enumerate(documents):
        soup = BeautifulSoup(document, "lxml")
        if index:
            for node in soup.find_all(["style", "script", "link"]):
                if node.find_parent("body") is None:
                    head.append(node)
        wrapper = first.new_tag("div", attrs={"data-vl2code-section": str(index)})
        for child in list(soup.body.contents if soup.body else []):
            wrapper.append(child)
        body.append(wrapper)
    return "<!DOCTYPE html>\n" + str(first.html)
