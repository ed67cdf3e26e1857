"""Icons of a diagram: stencil drawings that no single shape explains, kept as pictures.

Two kinds are found. Dense blobs of several ink colours (a server, a cloud, a person) are
found once thin lines are opened away. Small line drawings of one colour (a star, a tag, a
crossed box in a wireframe) are whole ink components of icon size that close around space of
their own; a plain outline among them (a checkbox, a small ring) is a shape of its kind.
"""

from __future__ import annotations

import base64
import io

import cv2
import numpy as np
from PIL import Image

from vl2code.layout.analysis import Box, TextLine, as_rgb, colour_distance
from vl2code.layout.drawio_labels import picture_text
from vl2code.layout.drawio_model import PLAIN, Shape, clip_box, text_mask
from vl2code.layout.drawio_outlines import classify, fill_holes, polygon_corners

#: Icons: drawn pixels this far from the background, a bounding box at least this wide, this full.
ICON_CONTRAST = 60
MIN_ICON_SIDE = 14
ICON_DENSITY = 0.2
#: Line drawings: sides within these bounds (px; smaller is lettering, larger a shape's outline),
#: with at least this share of their filled outline enclosed (strokes and solid marks enclose none).
MIN_GLYPH, MAX_GLYPH = 12, 64
MIN_ENCLOSED = 0.25
#: A hollow triangle or diamond this thin is an arrowhead or an ER marker, not an icon.
HEAD_FULLNESS = 0.62
#: A line drawing is a plain box only when it fills this share of its bounding box.
FULL_BOX = 0.97
#: A drawn shape inside a line drawing covering this share of it is what the drawing is.
EXPLAINED = 0.4


def find_icons(
    image: Image.Image, background: tuple[int, int, int], shapes: list[Shape], lines: list[TextLine]
) -> tuple[list[Shape], list[TextLine]]:
    """Drawings that no single shape explains (stencil icons) become pictures.

    A blob of ink that one shape fills is that shape; a blob made of many small pieces, or of
    none, is an icon: it is kept as its pixels, with its labels (and text read inside it, such
    as a cloud's name) painted out so the text is only ever in a label. Returns the shapes that
    remain plus the icons, and ``lines`` plus the text read inside icons. Small line drawings
    that close around space of their own are icons too (:func:`line_glyphs`).
    """
    pixels = np.asarray(image)
    lines = list(lines)
    height, width = pixels.shape[:2]
    behind = _behind(pixels, background, shapes)
    distance = np.abs(pixels.astype(np.int32) - behind.astype(np.int32)).sum(axis=2)
    ink = (distance > ICON_CONTRAST).astype(np.uint8)
    ink[text_mask(lines, ink.shape)] = 0
    # Opening first drops thin connectors, so an icon is not joined to its neighbours by its lines.
    solid = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    closed = cv2.morphologyEx(solid, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    icons: list[Shape] = []
    swallowed: set[int] = set()
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if min(w, h) < MIN_ICON_SIDE or area < ICON_DENSITY * w * h or w * h > 0.25 * width * height:
            continue
        box = clip_box(Box(x, y, w, h).expand(3), width, height)  # the outline the opening took off
        x, y, w, h = box.x, box.y, box.w, box.h
        if _inks(pixels[y : y + h, x : x + w], background) < 2:
            continue  # one ink colour: arrowheads, thick strokes, lettering, not a drawn icon
        inside = [s for s in shapes if box.contains(s.box, slack=3)]
        if any(s.box.expand(4).area >= 0.6 * box.area for s in inside):
            continue  # one shape is this blob
        if any(
            s not in inside
            and not (s.box.area > 2 * box.area and s.box.contains(box))
            and s.box.overlap(box) >= 0.3 * min(box.area, s.box.area)
            for s in shapes
        ):
            continue  # a shape with its outline, shadow or arrowheads, or a part of a container
        swallowed.update(id(s) for s in inside)
        lines += [
            line for line in picture_text(image, box) if not any(line.box.overlap(o.box) for o in lines)
        ]
        crop = pixels[y : y + h, x : x + w].copy()
        for line in lines:
            if line.box.overlap(box):
                b = line.box.expand(2)
                rows = slice(max(0, b.y - y), max(0, b.bottom - y))
                columns = slice(max(0, b.x - x), max(0, b.right - x))
                crop[rows, columns] = behind[y : y + h, x : x + w][rows, columns]
        mask = np.zeros((height, width), dtype=bool)
        mask[y : y + h, x : x + w] = True
        fill = as_rgb(crop.reshape(-1, 3).mean(axis=0))
        icons.append(Shape(box, "image", fill, None, mask, picture=_png_uri(crop)))
    glyphs, covered = line_glyphs(pixels, behind, ink, [s for s in shapes if id(s) not in swallowed] + icons)
    swallowed |= covered
    icons = [icon for icon in icons if id(icon) not in covered]
    kept = [s for s in shapes if id(s) not in swallowed]
    for shape in kept:
        if shape.parent is not None and id(shape.parent) in swallowed:
            shape.parent = None
    return kept + icons + glyphs, lines


def _inks(crop: np.ndarray, background: tuple[int, int, int]) -> int:
    """How many distinct colours (coarsely quantised) make up at least 5% of the non-background pixels."""
    flat = crop.reshape(-1, 3).astype(np.int32)
    drawn = flat[np.abs(flat - np.array(background)).sum(axis=1) > ICON_CONTRAST]
    if len(drawn) == 0:
        return 0
    codes = (drawn[:, 0] >> 6) * 16 + (drawn[:, 1] >> 6) * 4 + (drawn[:, 2] >> 6)
    counts = np.bincount(codes)
    return int((counts >= 0.05 * len(drawn)).sum())


def _png_uri(crop: np.ndarray) -> str:
    """A crop as draw.io writes embedded images in a style: ``data:image/png,<base64>`` (no ';')."""
    buffer = io.BytesIO()
    Image.fromarray(crop).save(buffer, "PNG", optimize=True)
    return "data:image/png," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _behind(pixels: np.ndarray, background: tuple[int, int, int], shapes: list[Shape]) -> np.ndarray:
    """The colour behind each pixel: the fill of the smallest shape there, else the background.

    Icons sit on panels as often as on the canvas: ink is measured against what lies behind.
    """
    height, width = pixels.shape[:2]
    behind = np.empty_like(pixels)
    behind[:] = background
    for shape in sorted(shapes, key=lambda s: -s.box.area):
        behind[shape.mask] = shape.fill if shape.body_fill is None else shape.body_fill
        if shape.body_fill is not None:
            title = clip_box(shape.title_box(), width, height)
            behind[title.y : title.bottom, title.x : title.right] = shape.fill
    return behind


def line_glyphs(
    pixels: np.ndarray, behind: np.ndarray, ink: np.ndarray, shapes: list[Shape]
) -> tuple[list[Shape], set[int]]:
    """Small closed line drawings standing alone: outlines of their kind, or pictures.

    Returns them and the ids of the shapes a picture takes in (a ticked box's inside).
    A whole ink component is alone by construction (a line joined to it would make it larger).
    Hollow arrowheads are left to the connectors: a triangle or a diamond with an empty middle.
    """
    height, width = ink.shape
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    glyphs: list[Shape] = []
    covered: set[int] = set()
    for i in range(1, count):
        x, y, w, h, _area = (int(v) for v in stats[i])
        if not (MIN_GLYPH <= w <= MAX_GLYPH and MIN_GLYPH <= h <= MAX_GLYPH):
            continue
        component = (labels[y : y + h, x : x + w] == i).astype(np.uint8)
        filled = fill_holes(component)
        if filled.sum() - component.sum() < MIN_ENCLOSED * filled.sum():
            continue
        if filled.mean() < HEAD_FULLNESS and polygon_corners(filled) <= 4:
            continue
        box = Box(x, y, w, h)
        within = [s for s in shapes if box.contains(s.box)]  # its inside, found as small shapes
        behind_it = as_rgb(behind[y + h // 2, x + w // 2])
        around = as_rgb(behind[max(0, y - 2), x + w // 2])  # what the drawing itself sits on
        if any(_drawn(s, around) and s.box.area >= EXPLAINED * box.area for s in within):
            continue  # already drawn as what it is (a placeholder, a state's filled disc)
        if any(
            s.box.overlap(box) and not (s.box.contains(box, slack=0) and s.box.area > 2 * box.area)
            for s in shapes
            if s not in within
        ):
            continue  # part of a larger shape's drawing
        mask = np.zeros((height, width), dtype=bool)
        mask[y : y + h, x : x + w] = filled.astype(bool)
        colour = as_rgb(np.median(pixels[y : y + h, x : x + w][component.astype(bool)], axis=0))
        kind = _plain_kind(component, filled, ink[y : y + h, x : x + w])
        if kind is not None:
            if not within:  # else the shape found inside is this outline already
                glyphs.append(Shape(box, kind, behind_it, colour, mask))
            continue
        crop = clip_box(box.expand(1), width, height)
        picture = _png_uri(pixels[crop.y : crop.bottom, crop.x : crop.right].copy())
        glyphs.append(Shape(crop, "image", colour, None, mask, picture=picture))
        covered.update(id(s) for s in within)
    return glyphs, covered


def _drawn(shape: Shape, behind: tuple[int, int, int]) -> bool:
    """Whether ``shape`` is a drawing of its own: a picture or placeholder, or painted."""
    return shape.kind in ("image", "placeholder") or colour_distance(shape.fill, behind) >= PLAIN


def _plain_kind(component: np.ndarray, filled: np.ndarray, ink: np.ndarray) -> str | None:
    """The kind of shape a line drawing is when it is only an outline; None: keep its pixels.

    A drawing nearly a box (a tag), or one drawn on inside (crossed, or ticked with a tick
    apart from the box or touching it), is a picture.
    """
    kind = classify(filled)
    if kind == "rectangle" and filled.mean() < FULL_BOX:
        return None
    clear = cv2.erode(filled, np.ones((5, 5), np.uint8), borderType=cv2.BORDER_CONSTANT, borderValue=0)
    inside = clear.astype(bool)  # 2 px clear of the outline
    drawn_on = (ink.astype(bool) & filled.astype(bool) & ~component.astype(bool)).any()
    if drawn_on or (component.astype(bool) & inside).any() or _holes(component, filled) > 1:
        return None
    return kind if kind in ("rectangle", "rounded", "ellipse") else None


def _holes(component: np.ndarray, filled: np.ndarray) -> int:
    """How many separate spaces ``component`` closes around."""
    count, _ = cv2.connectedComponents((filled & (1 - component)).astype(np.uint8), connectivity=4)
    return count - 1
