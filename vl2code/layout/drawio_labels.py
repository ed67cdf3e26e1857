"""Reading a diagram's text: the canvas in sparse-text mode, then each shape's own interior.

Sparse-text mode finds labels scattered over a canvas but often cuts a label inside a small
shape short (the outline next to it reads as a boundary). A second read of each shape's
interior alone, outline painted over, sees the whole label; it wins when it is longer and
holds what the first read found.
A title strip running down a lane's left side holds text turned a quarter turn: it is read
from the strip rotated upright.
"""

from __future__ import annotations

import re
from dataclasses import replace

import cv2
import numpy as np
from PIL import Image

from vl2code.layout.analysis import Box, TextLine, text_lines
from vl2code.layout.drawio_model import Shape, clip_box
from vl2code.layout.ocr_passes import as_result, recognise
from vl2code.layout.tree import Paragraph, group_paragraphs
from vl2code.ocr import LINE_MARKERS, OcrResult, OcrWord

#: Dashes and bars (and an arrowhead after them) at a word's ends: a line the label cuts.
LINE_STUBS = re.compile(r"^[<>|]*[-–—_|~]+|[-–—_|~]+[<>|]*$|^\|+|\|+$")
#: Diagram labels are small and scattered: they are read enlarged, as sparse text.
DIAGRAM_OCR_SCALE = 2
#: Shape interiors are read enlarged this much, as one block of text; Tesseract cuts some small
#: labels short at one enlargement and not at another, so a second one is tried when it did.
INSIDE_OCR_SCALE = 3
INSIDE_OCR_SCALES = (INSIDE_OCR_SCALE, 2)
#: A short label read unsurely at both ("CTO" at 65%) is read once more, closer.
CLOSE_OCR_SCALE = 4
#: Interiors larger than this (px) are containers or pictures, not one label.
MAX_LABEL_AREA = 200_000


def diagram_text(image: Image.Image) -> OcrResult:
    """Words and lines of a diagram, read with Tesseract's sparse-text mode on an enlarged copy.

    Page-layout analysis, which suits documents, finds little in a diagram: labels are short,
    small and spread over the canvas between lines and shapes.
    """
    from tesserocr import PSM

    groups = _without_outsized(recognise(image, PSM.SPARSE_TEXT, DIAGRAM_OCR_SCALE))
    trimmed = [[t for word in group if (t := without_line_stubs(word))] for group in groups]
    return as_result([group for group in trimmed if group], image)


#: A word this many times taller than the diagram's typical word, read less surely than
#: OUTSIZED_CONFIDENCE, is a drawing read as letters (two thick ellipses as "Con) Com)").
OUTSIZED = 2.5
OUTSIZED_CONFIDENCE = 80.0


def _without_outsized(groups: list[list[OcrWord]]) -> list[list[OcrWord]]:
    heights = [word.bbox[3] for group in groups for word in group]
    if not heights:
        return groups
    typical = float(np.median(heights))
    return [
        [w for w in group if w.bbox[3] <= OUTSIZED * typical or w.confidence >= OUTSIZED_CONFIDENCE]
        for group in groups
    ]


def without_line_stubs(word: OcrWord) -> OcrWord | None:
    """``word`` without the dashes, bars and arrowheads at its ends: what is left of the line a
    label is written on ("SQL——>|" is "SQL"). None when nothing else is left."""
    text = LINE_STUBS.sub("", word.text)
    if text == word.text or word.text in LINE_MARKERS:  # "- secret": the OCR kept it as a marker
        return word
    if not any(c.isalnum() for c in text):
        return None
    lead = word.text.index(text)  # what is left is the middle of the word
    trail = len(word.text) - lead - len(text)
    x, y, w, h = word.bbox
    step = w / len(word.text)
    return replace(word, text=text, bbox=(round(x + lead * step), y, round(w - (lead + trail) * step), h))


def shape_text(image: Image.Image, shapes: list[Shape], lines: list[TextLine]) -> list[TextLine]:
    """``lines`` with each simple shape's label replaced by its interior read when that is longer.

    A read replaces the canvas read only when it holds more letters and all the canvas read's
    words; otherwise the next enlargement is tried.
    """
    pixels = np.asarray(image)
    holders = {id(s.parent) for s in shapes if s.parent is not None}
    kept = list(lines)
    for shape in shapes:
        if id(shape) in holders or shape.kind in ("swimlane", "image"):
            continue
        if shape.box.w < 16 or shape.box.h < 10 or shape.box.area > MAX_LABEL_AREA:
            continue
        inside = [line for line in kept if shape.holds_centre(line.box)]
        heard = False  # whether any read found words, sure enough to keep or not
        for scale in INSIDE_OCR_SCALES + (CLOSE_OCR_SCALE,):
            if scale == CLOSE_OCR_SCALE and not heard:
                break
            groups = _read_interior(image, pixels, shape, scale)
            heard = heard or any(groups)
            read = text_lines(pixels, as_result(groups, image))
            if _letters(read) > _letters(inside) and _extends(read, inside):
                kept = [line for line in kept if not shape.holds_centre(line.box)] + read
                break
    return kept


def strip_titles(image: Image.Image, shapes: list[Shape], lines: list[TextLine]) -> list[TextLine]:
    """Titles read from the title strips of lanes, panels and tables that the canvas read left
    without text: light lettering on a coloured strip is no darker than the page around it."""
    found: list[TextLine] = []
    for lane in (s for s in shapes if s.kind == "swimlane" and s.horizontal):
        strip = lane.title_box().expand(-2)
        if strip.w < 6 or strip.h < 6 or any(strip.contains_point(*line.box.centre) for line in lines):
            continue
        found += picture_text(image, strip)
    return found


def rotated_titles(
    image: Image.Image, shapes: list[Shape], lines: list[TextLine]
) -> tuple[list[TextLine], dict[int, list[Paragraph]]]:
    """Lanes titled down their left side, read upright: ``lines`` without the misreads there,
    and each such lane's labels by ``id``.

    The upright reading's boxes are in the turned strip's coordinates, so it takes no part in
    placing text on the page: it is the lane's label as it is.
    """
    from tesserocr import PSM

    titles: dict[int, list[Paragraph]] = {}
    for lane in (s for s in shapes if s.kind == "swimlane" and not s.horizontal):
        strip = clip_box(lane.title_box().expand(-2), image.width, image.height)
        if strip.w < 6 or strip.h < 6:
            continue
        lines = [line for line in lines if not strip.contains_point(*line.box.centre)]
        upright = image.crop((strip.x, strip.y, strip.right, strip.bottom)).transpose(
            Image.Transpose.ROTATE_270
        )
        result = as_result(recognise(upright, PSM.SINGLE_BLOCK, INSIDE_OCR_SCALE), upright)
        titles[id(lane)] = group_paragraphs(text_lines(np.asarray(upright), result))
    return lines, titles


#: Taller marks (px) are drawings, not letters; shorter ones than MIN_LETTER cannot be read.
MAX_LETTER = 40
MIN_LETTER = 5
#: Crops shorter than FIELD_HEIGHT (px) are one line of text: letters up to this share of it.
FIELD_HEIGHT = 30
FIELD_LETTER = 0.8
#: Words read inside a picture must be this sure: drawings read as letters too.
ICON_WORD_CONFIDENCE = 85


def picture_text(image: Image.Image, box: Box) -> list[TextLine]:
    """Confident text inside a picture (a cloud's or a stencil's own label), in page coordinates."""
    from tesserocr import PSM

    b = clip_box(box, image.width, image.height)
    crop, letters = _letters_only(np.asarray(image)[b.y : b.bottom, b.x : b.right])
    if letters < 2:
        return []  # nothing the size of a word is drawn in it
    groups = recognise(Image.fromarray(crop), PSM.SINGLE_BLOCK, INSIDE_OCR_SCALE, (b.x, b.y))
    sure = [[w for w in group if w.confidence >= ICON_WORD_CONFIDENCE] for group in groups]
    return text_lines(np.asarray(image), as_result([g for g in sure if g], image))


def _letters_only(crop: np.ndarray) -> tuple[np.ndarray, int]:
    """``crop`` with every mark too tall to be a letter or touching its edge (outlines, drawings)
    painted in its commonest colour (Tesseract reads a label inside an outline as one odd word),
    and how many marks of a readable letter's height are left."""
    packed = (crop[..., 0].astype(np.int32) << 16) | (crop[..., 1].astype(np.int32) << 8) | crop[..., 2]
    values, counts = np.unique(packed, return_counts=True)
    common = int(values[np.argmax(counts)])
    behind = np.array([common >> 16, (common >> 8) & 255, common & 255], dtype=np.int32)
    ink = (np.abs(crop.astype(np.int32) - behind).sum(axis=2) > 60).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    height, width = ink.shape
    x, y, w, h = stats[:, 0], stats[:, 1], stats[:, 2], stats[:, 3]
    touches = (x == 0) | (y == 0) | (x + w == width) | (y + h == height)
    # A field one line tall (an input, a search box) holds letters nearly as tall as itself.
    share = FIELD_LETTER if height < FIELD_HEIGHT else 0.45
    large = [i for i in range(1, count) if h[i] > min(share * height, MAX_LETTER) or touches[i]]
    letters = sum(1 for i in range(1, count) if i not in set(large) and h[i] >= MIN_LETTER)
    cleaned = crop.copy()
    cleaned[np.isin(labels, large)] = behind
    return cleaned, letters


def _read_interior(image: Image.Image, pixels: np.ndarray, shape: Shape, scale: int) -> list[list[OcrWord]]:
    """Word groups read from the shape's interior alone, its outline and drawings painted over."""
    from tesserocr import PSM

    inner = cv2.erode(shape.mask.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    b = clip_box(shape.box, image.width, image.height)
    crop = pixels[b.y : b.bottom, b.x : b.right].copy()
    crop[~inner[b.y : b.bottom, b.x : b.right]] = shape.fill
    if shape.kind == "placeholder":  # its X runs through the caption
        x0, y0 = shape.box.x - b.x, shape.box.y - b.y
        x1, y1 = x0 + shape.box.w, y0 + shape.box.h
        for start, end in (((x0, y0), (x1, y1)), ((x0, y1), (x1, y0))):
            _paint_out_line(crop, start, end, shape.fill)
    return recognise(Image.fromarray(_letters_only(crop)[0]), PSM.SINGLE_BLOCK, scale, (b.x, b.y))


def _paint_out_line(
    crop: np.ndarray, start: tuple[int, int], end: tuple[int, int], paper: tuple[int, int, int]
) -> None:
    """Paint a thin straight line out of ``crop``: its ideal pixels, and the pixels beside them
    where paper lies on both sides across the line (a letter under the line keeps its strokes)."""
    height, width = crop.shape[:2]
    colour = np.array(paper, dtype=np.int32)

    def at(x: float, y: float) -> tuple[int, int]:
        return min(max(round(y), 0), height - 1), min(max(round(x), 0), width - 1)

    def is_paper(x: float, y: float) -> bool:
        return int(np.abs(crop[at(x, y)].astype(np.int32) - colour).sum()) < 60

    length = max(1.0, float(np.hypot(end[0] - start[0], end[1] - start[1])))
    nx, ny = -(end[1] - start[1]) / length, (end[0] - start[0]) / length  # across the line
    beside = []
    for t in np.linspace(0.0, 1.0, int(length) + 1):
        x, y = start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t
        if is_paper(x + 2.5 * nx, y + 2.5 * ny) and is_paper(x - 2.5 * nx, y - 2.5 * ny):
            beside += [at(x + d * nx, y + d * ny) for d in (-1, 0, 1)]
    cv2.line(crop, start, end, tuple(int(c) for c in paper), thickness=1)
    for point in beside:
        crop[point] = paper


def _extends(read: list[TextLine], inside: list[TextLine]) -> bool:
    """Whether ``read`` holds every word of ``inside``: it completes a cut label, not replaces it.

    Icons and pictures in a shape read as letters too; a longer read that lost the words the
    canvas pass found is such a misreading.
    """
    whole = " ".join(line.text for line in read).lower()
    return all(word.lower() in whole for line in inside for word in line.text.split())


def _letters(lines: list[TextLine]) -> int:
    return sum(c.isalnum() for line in lines for c in line.text)
