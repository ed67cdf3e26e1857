"""What is on a screenshot: backgrounds, boxes, buttons, separators, images and lines of text.

Everything here works on pixels with vectorised numpy/OpenCV, so a full page takes tens of
milliseconds beside the OCR. Regions come from three cheap observations:

- *flat* areas (neighbouring pixels of nearly the same colour) that are rectangular are
  backgrounds, cards, buttons or placeholder images; a ring of one colour around one is its border;
- thin runs of one colour with the same colour on both sides are separators;
- busy areas (many colour changes) that are not text are images.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

import cv2
import numpy as np
from PIL import Image

from vl2code.cjk import join_words
from vl2code.layout.fonts import DEFAULT_FAMILY, FontChoice, fit, shape_similarity, with_tracking
from vl2code.layout.ocr_passes import as_result, recognise, split_at_gaps
from vl2code.ocr import OcrLine, OcrResult, OcrWord, ink_mask, read_text, union_box

RGB = tuple[int, int, int]
RegionKind = Literal["band", "box", "button", "image", "separator", "bullet"]

#: Largest per-channel step between neighbours that still counts as the same flat colour.
FLAT_STEP = 6
#: Smallest flat area worth a region (px), and its smallest side.
MIN_REGION_AREA = 400
MIN_REGION_SIDE = 10
#: Share of a region's bounding-box outline its flat pixels must cover to count as a rectangle.
MIN_OUTLINE_COVER = 0.8
#: Colour distance (sum over channels) below which two colours are the same paint.
SAME_COLOUR = 24
MIN_SEPARATOR_LENGTH = 40
MAX_SEPARATOR_THICKNESS = 4
MIN_IMAGE_SIDE = 16
MIN_IMAGE_AREA = 900
#: Font candidates compared by glyph shape, and how much of a line they are compared on.
FONT_CANDIDATES = 8
#: Score bonus for the page's main family when matching short lines.
PREFERRED_BONUS = 0.08
SAMPLE_CHARACTERS = 24
#: Words further apart than this many text heights are separate lines (menus, table cells).
WORD_GAP_SPLIT = 2.0
#: Lines shorter than this (characters) take the page's main font family unless it fits badly.
SHORT_LINE = 16
#: When no family's width and height agree better than this, the line is set with letter spacing.
TRACKED_MISMATCH = 0.2
#: Busy areas up to this height may be text the page pass missed; at most this many are re-read.
MAX_TEXT_REGION_HEIGHT = 64
MAX_REREAD = 40


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in image pixels."""

    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def area(self) -> int:
        return max(0, self.w) * max(0, self.h)

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, other: Box, slack: int = 2) -> bool:
        return (
            other.x >= self.x - slack
            and other.y >= self.y - slack
            and other.right <= self.right + slack
            and other.bottom <= self.bottom + slack
        )

    def contains_point(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def overlap(self, other: Box) -> int:
        w = min(self.right, other.right) - max(self.x, other.x)
        h = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0, w) * max(0, h)

    def expand(self, n: int) -> Box:
        return Box(self.x - n, self.y - n, self.w + 2 * n, self.h + 2 * n)

    def tuple(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.w, self.h)

    @staticmethod
    def union(boxes: list[Box]) -> Box:
        x0 = min(b.x for b in boxes)
        y0 = min(b.y for b in boxes)
        x1 = max(b.right for b in boxes)
        y1 = max(b.bottom for b in boxes)
        return Box(x0, y0, x1 - x0, y1 - y0)


@dataclass(frozen=True)
class Word:
    text: str
    box: Box
    color: RGB


@dataclass(frozen=True)
class TextLine:
    """One line of text with where its baseline is and the font that reproduces it."""

    text: str
    box: Box  # the ink
    words: tuple[Word, ...]
    color: RGB
    baseline: int  # image row of the baseline
    font: FontChoice

    @property
    def size(self) -> float:
        return self.font.size

    @property
    def bold(self) -> bool:
        return self.font.bold


@dataclass
class Region:
    """A rectangle of the page that is drawn: a fill, a border, a line or a picture."""

    box: Box
    kind: RegionKind
    fill: RGB
    border: RGB | None = None
    border_width: int = 0
    radius: int = 0
    textured: bool = False  # a photo or pattern rather than one colour


@dataclass
class Layout:
    """Everything found on one screenshot."""

    width: int
    height: int
    background: RGB
    regions: list[Region] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)

    @property
    def separators(self) -> list[Region]:
        return [r for r in self.regions if r.kind == "separator"]

    @property
    def images(self) -> list[Region]:
        return [r for r in self.regions if r.kind == "image"]


def analyse(image: Image.Image, ocr: OcrResult | None = None) -> Layout:
    """Find the regions and text lines of a screenshot (OCR is read unless given)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    pixels = np.asarray(rgb)
    if ocr is None:
        ocr = read_text(rgb)
    height, width = pixels.shape[:2]
    background = page_background(pixels)
    lines = text_lines(pixels, ocr)
    edges = edge_mask(pixels)
    boxes = flat_regions(pixels, edges, background)
    separators = find_separators(pixels, boxes)
    images = image_regions(pixels, edges, [line.box for line in lines], boxes, separators)
    images, reread = reread_text_like(rgb, images)
    lines += text_lines(pixels, reread)
    bullets = find_bullets(pixels, lines)
    regions = boxes + separators + images + bullets
    label_buttons(regions, lines)
    label_bands(regions, width)
    return Layout(width, height, background, regions, lines)


def as_rgb(values: np.ndarray) -> RGB:
    return (int(round(float(values[0]))), int(round(float(values[1]))), int(round(float(values[2]))))


def colour_distance(a: RGB, b: RGB) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1]) + abs(a[2] - b[2])


def page_background(pixels: np.ndarray) -> RGB:
    """The most common colour of the page's outer edge (what lies behind everything)."""
    ring = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]]).astype(np.int32)
    codes = (ring[:, 0] >> 3) * 1024 + (ring[:, 1] >> 3) * 32 + (ring[:, 2] >> 3)
    counts = np.bincount(codes)
    common = counts.argmax()
    if counts[common] < 0.6 * len(codes):
        return as_rgb(ring.mean(axis=0))  # a pattern: its average is what the eye sees
    return as_rgb(np.median(ring[codes == common], axis=0))


def channel_difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Largest per-channel absolute difference of two uint8 RGB arrays (OpenCV, no int copies)."""
    diff = cv2.absdiff(a, b)
    return cv2.max(cv2.max(diff[..., 0], diff[..., 1]), diff[..., 2])


def edge_mask(pixels: np.ndarray) -> np.ndarray:
    """True where a pixel differs from a 4-neighbour by more than a flat colour's step."""
    dx = channel_difference(pixels[:, 1:], pixels[:, :-1]) > FLAT_STEP
    dy = channel_difference(pixels[1:], pixels[:-1]) > FLAT_STEP
    edges = np.zeros(pixels.shape[:2], dtype=bool)
    edges[:, 1:] |= dx
    edges[:, :-1] |= dx
    edges[1:] |= dy
    edges[:-1] |= dy
    return edges


def flat_regions(pixels: np.ndarray, edges: np.ndarray, background: RGB) -> list[Region]:
    """Rectangular flat areas that differ from what surrounds them, or are framed by a border."""
    flat = (~edges).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(flat, connectivity=4)
    height, width = flat.shape
    keep = [
        i
        for i in range(1, count)
        if stats[i, cv2.CC_STAT_AREA] >= MIN_REGION_AREA
        and stats[i, cv2.CC_STAT_WIDTH] >= MIN_REGION_SIDE
        and stats[i, cv2.CC_STAT_HEIGHT] >= MIN_REGION_SIDE
    ]
    if not keep:
        return []
    sums = np.stack(
        [np.bincount(labels.ravel(), weights=pixels[..., c].ravel(), minlength=count) for c in range(3)],
        axis=1,
    )
    candidates: list[Region] = []
    for i in keep:
        x, y, w, h, area = (int(v) for v in stats[i])
        mask = labels[y : y + h, x : x + w] == i
        trimmed = _trim(mask)
        if trimmed is None:
            continue
        top, bottom, left, right = trimmed
        mask = mask[top:bottom, left:right]
        x, y, w, h = x + left, y + top, right - left, bottom - top
        if w < MIN_REGION_SIDE or h < MIN_REGION_SIDE:
            continue
        outline = np.concatenate([mask[0], mask[-1], mask[:, 0], mask[:, -1]])
        if outline.mean() < MIN_OUTLINE_COVER:
            continue
        # Flat components stop one pixel short of a colour change on every side.
        box = _clip(Box(x - 1, y - 1, w + 2, h + 2), width, height)
        fill = as_rgb(sums[i] / area)
        radius = _corner_radius(mask)
        border, border_width = _border(pixels, box, fill)
        if border is not None:
            box = _clip(box.expand(border_width), width, height)
        candidates.append(Region(box, "box", fill, border, border_width, radius))
    return _drop_plain(candidates, background, width, height)


def _trim(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    """The rows and columns a flat area mostly fills: thin spurs and gradient edges trimmed off."""
    rows = np.flatnonzero(mask.mean(axis=1) >= 0.5)
    if rows.size == 0:
        return None
    top, bottom = int(rows[0]), int(rows[-1]) + 1
    cols = np.flatnonzero(mask[top:bottom].mean(axis=0) >= 0.5)
    if cols.size == 0:
        return None
    return top, bottom, int(cols[0]), int(cols[-1]) + 1


def _clip(box: Box, width: int, height: int) -> Box:
    x0, y0 = max(0, box.x), max(0, box.y)
    x1, y1 = min(width, box.right), min(height, box.bottom)
    return Box(x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def _corner_radius(mask: np.ndarray) -> int:
    """How far the flat area's top-left corner is cut away (0 for a square corner)."""
    top = np.flatnonzero(mask[0])
    left = np.flatnonzero(mask[:, 0])
    if top.size == 0 or left.size == 0:
        return 0
    cut = int(min(top[0], left[0]))
    return cut + 1 if cut >= 2 else 0


def _border(pixels: np.ndarray, box: Box, fill: RGB) -> tuple[RGB | None, int]:
    """The colour and width of a uniform ring just outside ``box``, if there is one."""
    height, width = pixels.shape[:2]
    if box.x < 1 or box.y < 1 or box.right >= width or box.bottom >= height:
        return None, 0
    rings = []
    for k in range(1, 5):
        x0, y0, x1, y1 = box.x - k, box.y - k, box.right + k - 1, box.bottom + k - 1
        if x0 < 0 or y0 < 0 or x1 >= width or y1 >= height:
            break
        ring = np.concatenate(
            [
                pixels[y0, x0 + k : x1 - k],
                pixels[y1, x0 + k : x1 - k],
                pixels[y0 + k : y1 - k, x0],
                pixels[y0 + k : y1 - k, x1],
            ]
        ).astype(np.int32)
        if ring.size == 0:
            break
        median = np.median(ring, axis=0)
        uniform = (np.abs(ring - median).sum(axis=1) < SAME_COLOUR).mean()
        rings.append((as_rgb(median), uniform))
    if not rings:
        return None, 0
    colour, uniform = rings[0]
    if uniform < 0.85 or colour_distance(colour, fill) < 2 * SAME_COLOUR:
        return None, 0
    border_width = 1
    for other, other_uniform in rings[1:]:
        if other_uniform < 0.85 or colour_distance(other, colour) >= SAME_COLOUR:
            break
        border_width += 1
    if border_width == len(rings):
        return None, 0  # not a ring but the start of another area
    return colour, border_width


def _drop_plain(candidates: list[Region], background: RGB, width: int, height: int) -> list[Region]:
    """Keep areas that show: a fill unlike their parent's, or a border. Drop the page itself."""
    candidates.sort(key=lambda r: -r.box.area)
    kept: list[Region] = []
    for region in candidates:
        if region.box.area >= 0.97 * width * height:
            continue
        parent = next((p for p in reversed(kept) if p.box.contains(region.box)), None)
        parent_fill = parent.fill if parent else background
        differs = colour_distance(region.fill, parent_fill) >= SAME_COLOUR
        if differs or region.border is not None:
            kept.append(region)
    return kept


def find_separators(pixels: np.ndarray, boxes: list[Region]) -> list[Region]:
    """Thin horizontal and vertical lines with the same colour on both sides."""
    found = _lines(pixels, vertical=False) + _lines(pixels.transpose(1, 0, 2), vertical=True)
    edges_of_boxes = [r.box for r in boxes]
    return [s for s in found if not any(_on_outline(s.box, b) for b in edges_of_boxes)]


def _lines(pixels: np.ndarray, vertical: bool) -> list[Region]:
    k = 2
    pixels = np.ascontiguousarray(pixels)
    middle = pixels[k:-k]
    above = pixels[: -2 * k]
    below = pixels[2 * k :]
    off_above = channel_difference(middle, above) > 3 * FLAT_STEP
    off_below = channel_difference(middle, below) > 3 * FLAT_STEP
    sides_same = channel_difference(above, below) <= 2 * FLAT_STEP
    candidates = np.zeros(pixels.shape[:2], dtype=np.uint8)
    candidates[k:-k] = (off_above & off_below & sides_same).astype(np.uint8)
    runs = cv2.morphologyEx(candidates, cv2.MORPH_OPEN, np.ones((1, MIN_SEPARATOR_LENGTH), np.uint8))
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
    found = []
    for i in range(1, count):
        x, y, w, h, _area = (int(v) for v in stats[i])
        if h > MAX_SEPARATOR_THICKNESS or w < MIN_SEPARATOR_LENGTH:
            continue
        colour = _line_colour(pixels, x, y, w, h)
        box = Box(y, x, h, w) if vertical else Box(x, y, w, h)
        found.append(Region(box, "separator", colour))
    return found


def _line_colour(pixels: np.ndarray, x: int, y: int, w: int, h: int) -> RGB:
    """The colour of the line's row that stands out most from what lies beside the line."""
    beside = pixels[max(0, y - 2), x : x + w].reshape(-1, 3).astype(np.int32).mean(axis=0)
    rows = [pixels[row, x : x + w].reshape(-1, 3).astype(np.int32).mean(axis=0) for row in range(y, y + h)]
    return as_rgb(max(rows, key=lambda row: float(np.abs(row - beside).sum())))


def _on_outline(line: Box, box: Box, slack: int = 4) -> bool:
    """A line that runs along an edge of ``box`` is that box's border, not a separator."""
    if line.h <= line.w:
        along = line.x >= box.x - slack and line.right <= box.right + slack
        return along and (abs(line.y - box.y) <= slack or abs(line.bottom - box.bottom) <= slack)
    along = line.y >= box.y - slack and line.bottom <= box.bottom + slack
    return along and (abs(line.x - box.x) <= slack or abs(line.right - box.right) <= slack)


def image_regions(
    pixels: np.ndarray,
    edges: np.ndarray,
    text_boxes: list[Box],
    boxes: list[Region],
    separators: list[Region],
) -> list[Region]:
    """Busy areas that are not text: photos, icons, logos, patterns."""
    height, width = edges.shape
    busy = edges.astype(np.uint8)
    for box in text_boxes:
        grown = box.expand(3)
        busy[max(0, grown.y) : grown.bottom, max(0, grown.x) : grown.right] = 0
    for region in separators:
        grown = region.box.expand(2)
        busy[max(0, grown.y) : grown.bottom, max(0, grown.x) : grown.right] = 0
    # Region outlines are edges too; clear a thin frame along each box.
    for region in boxes:
        b = region.box
        for x0, y0, x1, y1 in (
            (b.x - 2, b.y - 2, b.right + 2, b.y + 3),
            (b.x - 2, b.bottom - 3, b.right + 2, b.bottom + 2),
            (b.x - 2, b.y - 2, b.x + 3, b.bottom + 2),
            (b.right - 3, b.y - 2, b.right + 2, b.bottom + 2),
        ):
            busy[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)] = 0
    density = cv2.boxFilter(busy.astype(np.float32), -1, (9, 9))
    dense = cv2.morphologyEx((density > 0.12).astype(np.uint8), cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dense, connectivity=8)
    found = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if w < MIN_IMAGE_SIDE or h < MIN_IMAGE_SIDE or area < MIN_IMAGE_AREA:
            continue
        if w * h > 0.5 * width * height:
            continue  # a patterned page background, not a picture
        inside = busy[y : y + h, x : x + w] & (labels[y : y + h, x : x + w] == i)
        rows, cols = np.flatnonzero(inside.any(axis=1)), np.flatnonzero(inside.any(axis=0))
        if rows.size == 0 or cols.size == 0:
            continue
        # Edge pixels include the one just outside the picture on every side.
        box = Box(
            x + int(cols[0]) + 1,
            y + int(rows[0]) + 1,
            int(cols[-1] - cols[0]) - 1,
            int(rows[-1] - rows[0]) - 1,
        )
        if any(t.overlap(box) > 0.5 * t.area for t in text_boxes if t.area):
            # Text sits on it: a picture behind text is drawn as a background, and so needs
            # no box of its own unless it is mostly picture.
            covered = sum(t.overlap(box) for t in text_boxes)
            if covered > 0.25 * box.area:
                continue
        crop = pixels[box.y : box.bottom, box.x : box.right].reshape(-1, 3)
        found.append(Region(box, "image", as_rgb(crop.mean(axis=0)), textured=True))
    return found


def find_bullets(pixels: np.ndarray, lines: list[TextLine]) -> list[Region]:
    """Small solid marks just left of a line of text (list bullets), which OCR does not read."""
    found = []
    height, width = pixels.shape[:2]
    for line in lines:
        h = line.box.h
        strip = _clip(Box(line.box.x - 3 * h, line.box.y, 3 * h - 1, h), width, height)
        if strip.w < 3:
            continue
        crop = pixels[strip.y : strip.bottom, strip.x : strip.right]
        behind = _surrounding_colour(pixels, line.box)
        ink = (np.abs(crop.astype(np.int32) - behind).sum(axis=2) > 90).astype(np.uint8)
        count, _labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        if count != 2:
            continue  # nothing there, or more than one mark: not a bullet
        x, y, w, h_mark, area = (int(v) for v in stats[1])
        solid = area / max(1, w * h_mark)
        if 2 <= w <= 0.7 * h and 2 <= h_mark <= 0.7 * h and 0.6 <= w / h_mark <= 1.6 and solid >= 0.5:
            box = Box(strip.x + x, strip.y + y, w, h_mark)
            colour = _ink_colour(pixels, box, behind)
            mark = np.abs(pixels[box.y : box.bottom, box.x : box.right].astype(np.int32) - behind).sum(axis=2)
            corners = (mark[0, 0] + mark[0, -1] + mark[-1, 0] + mark[-1, -1]) / 4
            round_mark = corners < 0.75 * mark.max()
            found.append(Region(box, "bullet", colour, radius=(w + 1) // 2 if round_mark else 0))
    return found


def text_lines(pixels: np.ndarray, ocr: OcrResult) -> list[TextLine]:
    """OCR lines with measured baseline, colours per word and the font that reproduces them."""
    lines: list[TextLine] = []
    sources: list[OcrLine] = []
    for ocr_line in (part for line in ocr.lines for row in _split_rows(line) for part in _split_gaps(row)):
        x, y, w, h = ocr_line.bbox
        text = ocr_line.text.strip()
        if h < 4 or w < 3 or not text or sum(c.isalnum() for c in text) < max(1, len(text) // 3):
            continue
        if (
            sum(c.isalnum() for c in text) <= 3
            and max((wd.confidence for wd in ocr_line.words), default=0) < 70
        ):
            continue  # a letter or two read into an icon or a picture
        box = Box(int(x), int(y), int(w), int(h))
        baseline = _baseline(pixels, box)
        above = max(1, baseline - box.y)
        font = _choose_font(pixels, ocr_line, box, above)
        behind = _surrounding_colour(pixels, box)
        words = tuple(
            Word(
                word.text,
                Box(*(int(v) for v in word.bbox)),
                _ink_colour(pixels, Box(*(int(v) for v in word.bbox)), behind),
            )
            for word in ocr_line.words
        )
        colour = _ink_colour(pixels, box, behind)
        if colour_distance(colour, as_rgb(behind)) < 40:
            continue  # no visible ink: a misreading of texture
        lines.append(TextLine(text, box, words, colour, baseline, font))
        sources.append(ocr_line)
    return _short_lines_in_main_family(pixels, lines, sources)


def _short_lines_in_main_family(
    pixels: np.ndarray, lines: list[TextLine], sources: list[OcrLine]
) -> list[TextLine]:
    """Short lines carry little shape to tell families apart: the page's main family is preferred.

    The main family is the one most characters of long lines were matched to; a short line is
    matched again with a bonus for it, so it keeps another family only when that looks clearly closer.
    """
    votes: dict[str, int] = {}
    for line in lines:
        if len(line.text) >= SHORT_LINE:
            votes[line.font.family.name] = votes.get(line.font.family.name, 0) + len(line.text)
    if not votes:
        return lines
    main = max(votes, key=lambda name: votes[name])
    result = []
    for line, source in zip(lines, sources, strict=True):
        if len(line.text) < SHORT_LINE and line.font.family.name != main:
            above = max(1, line.baseline - line.box.y)
            line = replace(line, font=_choose_font(pixels, source, line.box, above, prefer=main))
        result.append(line)
    return result


def _split_rows(line: OcrLine) -> list[OcrLine]:
    """OCR sometimes joins the ends of two neighbouring lines into one: split words by height."""
    if len(line.words) < 2:
        return [line]
    heights = sorted(w.bbox[3] for w in line.words)
    tolerance = 0.6 * heights[len(heights) // 2]
    rows: list[list[OcrWord]] = []
    for word in sorted(line.words, key=lambda w: w.bbox[1] + w.bbox[3] / 2):
        centre = word.bbox[1] + word.bbox[3] / 2
        if rows and abs(centre - (rows[-1][-1].bbox[1] + rows[-1][-1].bbox[3] / 2)) <= tolerance:
            rows[-1].append(word)
        else:
            rows.append([word])
    if len(rows) == 1:
        return [line]
    split = []
    for row in rows:
        row.sort(key=lambda w: w.bbox[0])
        box = Box.union([Box(*(int(v) for v in w.bbox)) for w in row])
        split.append(replace(line, text=join_words(w.text for w in row), bbox=box.tuple(), words=tuple(row)))
    return split


def _split_gaps(line: OcrLine) -> list[OcrLine]:
    """Words far apart on one baseline (menu items, table cells) are separate lines."""
    parts = split_at_gaps(list(line.words), WORD_GAP_SPLIT) if line.words else [[]]
    if len(parts) == 1:
        return [line]
    return [
        replace(
            line,
            text=join_words(w.text for w in part),
            bbox=union_box([w.bbox for w in part]),
            words=tuple(part),
        )
        for part in parts
    ]


def reread_text_like(image: Image.Image, images: list[Region]) -> tuple[list[Region], OcrResult]:
    """Read busy areas shaped like text again, enlarged and with contrast stretched.

    Pale, small or light-on-dark text is often missed by the page pass and then looks like a
    picture. What reads as text becomes text; what is shaped like text but unreadable is left
    out rather than drawn as a picture of text.
    """
    from tesserocr import PSM

    kept: list[Region] = []
    groups = []
    text_shaped = sorted(
        (r for r in images if r.box.h <= MAX_TEXT_REGION_HEIGHT and r.box.w >= 0.8 * r.box.h),
        key=lambda r: -r.box.area,
    )[:MAX_REREAD]
    for region in images:
        if region not in text_shaped:
            kept.append(region)
            continue
        b = region.box.expand(3)
        crop = image.crop((max(0, b.x), max(0, b.y), min(image.width, b.right), min(image.height, b.bottom)))
        found = recognise(_stretched(crop), PSM.SINGLE_BLOCK, 3, (max(0, b.x), max(0, b.y)))
        if sum(c.isalnum() for g in found for w in g for c in w.text) >= 2:
            groups.extend(found)
        elif not (region.box.w >= 1.5 * region.box.h and _two_tone(np.asarray(crop))):
            kept.append(region)
    return kept, as_result(groups, image)


def _two_tone(crop: np.ndarray) -> bool:
    """Mostly one background and one ink colour, as lettering is (a photo has many colours)."""
    pixels = crop.reshape(-1, 3).astype(np.int32)
    frame = np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]]).astype(np.int32)
    background = np.median(frame, axis=0)
    distance = np.abs(pixels - background).sum(axis=1)
    if distance.max() < 60:
        return False
    ink = np.median(pixels[distance >= 0.7 * distance.max()], axis=0)
    near_ink = np.abs(pixels - ink).sum(axis=1) < 60
    return float(((distance < 60) | near_ink).mean()) >= 0.8


def _stretched(crop: Image.Image) -> Image.Image:
    """Grey, full contrast, dark text on light: what Tesseract reads best."""
    grey = np.asarray(crop.convert("L")).astype(np.float32)
    low, high = np.percentile(grey, 2), np.percentile(grey, 98)
    if high - low < 1:
        return crop
    grey = np.clip((grey - low) * 255.0 / (high - low), 0, 255)
    if np.median(grey) < 128:
        grey = 255 - grey
    return Image.fromarray(grey.astype(np.uint8)).convert("RGB")


def _surrounding_colour(pixels: np.ndarray, box: Box) -> np.ndarray:
    """The median colour of a thin frame just outside ``box``: what the text is written on."""
    height, width = pixels.shape[:2]
    outer = _clip(box.expand(2), width, height)
    crop = pixels[outer.y : outer.bottom, outer.x : outer.right].astype(np.int32)
    frame = np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]])
    return np.median(frame, axis=0)


def _ink_colour(pixels: np.ndarray, box: Box, behind: np.ndarray) -> RGB:
    """The colour of the pixels in ``box`` farthest from the background, anti-aliasing left out."""
    crop = pixels[max(0, box.y) : box.bottom, max(0, box.x) : box.right].reshape(-1, 3).astype(np.int32)
    if crop.size == 0:
        return as_rgb(behind)
    distance = np.abs(crop - behind).sum(axis=1)
    peak = distance.max()
    if peak < 24:
        return as_rgb(behind)
    return as_rgb(np.median(crop[distance >= 0.7 * peak], axis=0))


def _choose_font(
    pixels: np.ndarray, ocr_line: OcrLine, box: Box, above: int, prefer: str | None = None
) -> FontChoice:
    """The family and weight whose size agrees by width and height and whose glyphs look alike.

    ``prefer`` (a family name) gets a small bonus: the page's main family, for short lines.
    """
    choices = fit(ocr_line.text.strip(), box.w, above, ocr_line.bold)[:FONT_CANDIDATES]
    if not choices:
        return FontChoice(DEFAULT_FAMILY, ocr_line.bold, max(6.0, box.h / 1.1), 1.0)
    sample_words = []
    for word in ocr_line.words:
        sample_words.append(word)
        if sum(len(w.text) + 1 for w in sample_words) >= SAMPLE_CHARACTERS:
            break
    sample_text = " ".join(w.text for w in sample_words)
    sample_box = Box.union([Box(*(int(v) for v in w.bbox)) for w in sample_words])
    ink = _tight(ink_mask(pixels, sample_box.tuple()))
    if ink is None:
        return choices[0]

    def score(choice: FontChoice) -> float:
        bonus = PREFERRED_BONUS if choice.family.name == prefer else 0.0
        return (
            shape_similarity(ink, choice.family, choice.bold, sample_text, choice.size)
            - choice.mismatch
            + bonus
        )

    best = max(choices, key=score)
    if best.mismatch > TRACKED_MISMATCH:
        return with_tracking(best, ocr_line.text.strip(), box.w, above)
    return best


def _tight(mask: np.ndarray) -> np.ndarray | None:
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size < 3 or cols.size < 3:
        return None
    return mask[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def _baseline(pixels: np.ndarray, box: Box) -> int:
    """The last ink row that most glyphs reach: below it only descenders continue."""
    crop = pixels[box.y : box.bottom, box.x : box.right].astype(np.int32)
    if crop.size == 0:
        return box.bottom
    outline = np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]])
    background = np.median(outline, axis=0)
    distance = np.abs(crop - background).sum(axis=2)
    peak = distance.max()
    if peak < 24:
        return box.bottom
    rows = (distance > 0.4 * peak).sum(axis=1)
    strong = np.flatnonzero(rows >= 0.3 * rows.max())
    return box.y + int(strong[-1]) + 1 if strong.size else box.bottom


def label_buttons(regions: list[Region], lines: list[TextLine]) -> None:
    """A small filled or framed box holding exactly one short line of text is a button."""
    for region in regions:
        if region.kind != "box" or region.box.h > 90 or region.box.w > 420:
            continue
        inside = [line for line in lines if region.box.contains(line.box)]
        if len(inside) == 1 and len(inside[0].text) <= 40:
            region.kind = "button"


def label_bands(regions: list[Region], width: int) -> None:
    """Boxes spanning (almost) the page width are bands: header, sections, footer."""
    for region in regions:
        if region.kind == "box" and region.box.w >= 0.97 * width:
            region.kind = "band"
