"""The text blocks a comparison matches: from the DOM when a render gave them, else from OCR.

Whatever their source, blocks are measured the same way so both kinds compare: the colour
is read from the image's pixels inside the box (the CSS colour can be hidden by overlays,
opacity or images), text is normalised with one function, and boxes are divided by their
own image's size.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from vl2code.cjk import drop_cjk_spaces
from vl2code.compare.segment import Unit, group_units, union_box
from vl2code.ocr import OcrWord, ink_mask, read_text, text_color
from vl2code.page import RGB, PageImage

PixelBox = tuple[float, float, float, float]
#: OCR words of one line closer than this many times the taller word's height are one run:
#: word spacing is 0.3-0.5 of it, while the gap to the next link, label or column is wider.
RUN_GAP = 0.6


@dataclass(frozen=True)
class Block:
    """One unit of matching: ``text`` is normalised, ``bbox`` is ``(x, y, w, h)`` over the
    image size (0..1), ``pixel_bbox`` the same box in pixels, ``shown`` the text as read."""

    text: str
    bbox: tuple[float, float, float, float]
    pixel_bbox: PixelBox
    color: RGB
    shown: str

    @property
    def area(self) -> float:
        return self.bbox[2] * self.bbox[3]

    @property
    def centre(self) -> tuple[float, float]:
        x, y, w, h = self.bbox
        return (x + w / 2, y + h / 2)


_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032`\u00b4"), "'") | dict.fromkeys(
    map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'
)
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalise_text(text: str) -> str:
    """Lower-case words without accents, separated by single spaces.

    Design2Code lower-cases; accents and punctuation are dropped as well, because OCR reads
    them unreliably (dashes, bullets, quotes, separators, "pàgina" as "pagina") and the text
    score must mean the same whether a side's text came from the DOM or from OCR.
    """
    folded = unicodedata.normalize("NFKD", text.translate(_DASHES).translate(_QUOTES).lower())
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    return drop_cjk_spaces(" ".join(_NOT_WORD.sub(" ", plain).replace("_", " ").split()))


def _in_image(box: Sequence[float], width: int, height: int) -> PixelBox | None:
    x, y, w, h = box
    x0, y0 = max(0.0, x), max(0.0, y)
    x1, y1 = min(float(width), x + w), min(float(height), y + h)
    if x1 - x0 < 1 or y1 - y0 < 1:
        return None
    return (x0, y0, x1 - x0, y1 - y0)


def ink_lines(pixels: np.ndarray, box: PixelBox) -> list[PixelBox]:
    """The text lines inside ``box``: runs of pixel rows that hold ink, each cut to its ink.

    A DOM text node's box spans every line it wraps over (and the line height around them);
    cutting it into inked lines gives the same kind of box OCR gives, so both segment alike.
    """
    ink = ink_mask(pixels, box)
    rows = ink.any(axis=1)
    if not rows.any():
        return []
    x0, y0 = max(0, round(box[0])), max(0, round(box[1]))  # the crop's origin, as ink_mask cuts it
    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
    lines = []
    for top, bottom in zip(edges[::2], edges[1::2], strict=True):
        cols = np.flatnonzero(ink[top:bottom].any(axis=0))
        lines.append(
            (float(x0 + cols[0]), float(y0 + top), float(cols[-1] - cols[0] + 1), float(bottom - top))
        )
    return lines


def dom_units(page: PageImage, pixels: np.ndarray) -> list[Unit]:
    """One unit per DOM text node that shows, in document order, with its inked lines."""
    height, width = pixels.shape[:2]
    units = []
    for node in page.text_blocks or ():
        clipped = _in_image(node.bbox, width, height)
        if clipped is None or not normalise_text(node.text):
            continue
        lines = ink_lines(pixels, clipped)
        if lines:
            units.append(Unit(node.text, tuple(lines)))
    return units


def ocr_units(image: Image.Image) -> list[Unit]:
    """OCR words joined into runs, as a DOM text node runs: the words of one line that follow
    each other at word spacing. Tesseract's word boxes hug the ink, like the inked lines of DOM
    nodes, and a run's box spans the ascenders and descenders of all its words, as a node's
    does; a word alone in a menu gets the very box its DOM node gets."""
    units = []
    for line in read_text(image).lines:
        run = [line.words[0]]
        for previous, word in itertools.pairwise(line.words):
            x, _, _, height = word.bbox
            gap = x - (previous.bbox[0] + previous.bbox[2])
            if gap > RUN_GAP * max(height, previous.bbox[3]):
                units.append(_run_unit(run))
                run = []
            run.append(word)
        units.append(_run_unit(run))
    return units


def _run_unit(words: list[OcrWord]) -> Unit:
    box = union_box([word.bbox for word in words])
    return Unit(" ".join(word.text for word in words), (box,))


def page_blocks(page: PageImage, masks: Sequence[Sequence[float]] = ()) -> list[Block]:
    """The page's blocks: DOM text nodes when the render gave them, OCR words otherwise,
    grouped into lines and paragraphs by one geometric rule (see :mod:`.segment`)."""
    image = page.image.convert("RGB")
    pixels = np.asarray(image)
    units = dom_units(page, pixels) if page.text_blocks is not None else ocr_units(image)
    units = [unit for unit in units if not _masked(unit, masks)]
    blocks = []
    for group in group_units(units):
        text = " ".join(units[i].text for i in group)
        box = _in_image(
            union_box([b for i in group for b in units[i].boxes]), pixels.shape[1], pixels.shape[0]
        )
        normalised = normalise_text(text)
        if box is None or not normalised:
            continue
        x, y, w, h = box
        blocks.append(
            Block(
                text=normalised,
                bbox=(x / pixels.shape[1], y / pixels.shape[0], w / pixels.shape[1], h / pixels.shape[0]),
                pixel_bbox=box,
                color=text_color(pixels, box),
                shown=" ".join(text.split()),
            )
        )
    return blocks


def _masked(unit: Unit, masks: Sequence[Sequence[float]]) -> bool:
    x, y, w, h = union_box(unit.boxes)
    cx, cy = x + w / 2, y + h / 2
    return any(mx <= cx <= mx + mw and my <= cy <= my + mh for mx, my, mw, mh in masks)


def merge(first: Block, second: Block) -> Block:
    """Two adjacent blocks as one, as Design2Code merges them (texts joined, boxes united,
    colours averaged)."""
    return Block(
        text=f"{first.text} {second.text}",
        bbox=union_box([first.bbox, second.bbox]),
        pixel_bbox=union_box([first.pixel_bbox, second.pixel_bbox]),
        color=tuple((a + b) // 2 for a, b in zip(first.color, second.color, strict=True)),  # type: ignore[arg-type]
        shown=f"{first.shown} {second.shown}",
    )
