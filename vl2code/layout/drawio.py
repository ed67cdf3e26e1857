"""A diagram screenshot as a draw.io file: shapes, labels, free text, edges with arrows, containers.

Shapes are the enclosed flat areas of the picture: each is classified by how much of its bounding
box it fills and by its outline (rectangle, rounded rectangle, ellipse, rhombus, cylinder,
document...); its fill is its own colour and its stroke the colour of the ring around it. Title
strips grow into the lanes and pools they head (:mod:`drawio_containers`), text is read from the
canvas and from each shape (:mod:`drawio_labels`), dense drawings are kept as pictures (a band
between two pictures is a link, :mod:`drawio_links`), ellipses and triangles that crossing lines
cut apart are traced from their outlines (:mod:`drawio_ellipses`, :mod:`drawio_triangles`), and
the ink left once shapes and text are taken away is traced into connectors
(:mod:`drawio_connectors`). Text inside a shape is its label, text beside a connector the
connector's label, anything else free text.
"""

from __future__ import annotations

import base64
import io

import cv2
import numpy as np
from PIL import Image

from vl2code.layout.analysis import (
    Box,
    TextLine,
    as_rgb,
    colour_distance,
    edge_mask,
    page_background,
    text_lines,
)
from vl2code.layout.drawio_connectors import find_connectors
from vl2code.layout.drawio_containers import (
    crossed_rectangles,
    is_open_space,
    mark_dashed,
    titled_containers,
)
from vl2code.layout.drawio_cylinders import absorb_lids, sag_depth
from vl2code.layout.drawio_ellipses import crossed_ellipses
from vl2code.layout.drawio_labels import diagram_text, picture_text, rotated_titles, shape_text, strip_titles
from vl2code.layout.drawio_line_boxes import line_boxes
from vl2code.layout.drawio_links import band_links
from vl2code.layout.drawio_model import Connector, Shape, clip_box, line_ink, text_mask
from vl2code.layout.drawio_mxfile import write_mxfile
from vl2code.layout.drawio_stores import find_data_stores
from vl2code.layout.drawio_tables import compartment_boxes
from vl2code.layout.drawio_triangles import crossed_triangles
from vl2code.layout.drawio_unread import unread_labels
from vl2code.layout.tree import Paragraph, group_paragraphs

#: Smallest enclosed area that is a shape (px) and its smallest side.
MIN_SHAPE_AREA = 300
MIN_SHAPE_SIDE = 12
#: Corners cut at least this far (px) on all four sides are rounded, however full the box.
MIN_CORNER_CUT = 3
#: Smaller solid marks of a colour other than the background (nodes, markers) are shapes too.
MIN_SOLID_AREA = 49
MIN_SOLID_SIDE = 7
#: Distance (px) within which a label belongs to a connector.
LABEL_DISTANCE = 14
#: A flat area that covers less than this share of its outline's inside is a band (a thick
#: stroke); a shape inside it by at most RING_GAP px on each side is what it outlines.
RING = 0.35
RING_GAP = 8
#: An empty background-coloured area larger than this (px) is enclosed space, not a shape.
ENCLOSURE_AREA = 8000
#: Icons: drawn pixels this far from the background, a bounding box at least this wide, this full.
ICON_CONTRAST = 60
MIN_ICON_SIDE = 14
ICON_DENSITY = 0.2


def generate_drawio(image: Image.Image) -> str:
    """The screenshot of a diagram as an uncompressed mxfile."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    pixels = np.asarray(rgb)
    background = page_background(pixels)
    ink = line_ink(pixels, background)
    page_lines = text_lines(pixels, diagram_text(rgb))
    shapes = titled_containers(ink, find_shapes(pixels, background), page_lines)
    shapes += crossed_rectangles(pixels, ink, shapes)
    shapes = line_boxes(pixels, ink, shapes)
    _nest(shapes)
    lines = shape_text(rgb, shapes, page_lines)
    lines += strip_titles(rgb, shapes, lines)
    shapes = drop_enclosures(shapes, lines, background, ink)
    lines, titles = rotated_titles(rgb, shapes, lines)
    shapes, lines = find_icons(rgb, background, shapes, lines)
    shapes = crossed_ellipses(pixels, ink, shapes, lines, background) + shapes
    shapes = crossed_triangles(pixels, ink, shapes, lines) + shapes
    mark_dashed(shapes, ink)
    shapes, links, taken = band_links(pixels, background, shapes)
    ink = np.where(taken, 0, ink).astype(np.uint8)
    lines += unread_labels(rgb, ink, shapes, lines)
    connectors = find_connectors(pixels, ink, shapes, lines) + links
    stores, connectors = find_data_stores(connectors, lines, shapes, pixels.shape[:2])
    shapes += stores
    free = place_text(lines, shapes, connectors)
    for shape in shapes:
        shape.labels = titles.get(id(shape), shape.labels)
    return write_mxfile(shapes, connectors, free, rgb.width, rgb.height)


def find_shapes(pixels: np.ndarray, background: tuple[int, int, int]) -> list[Shape]:
    """Enclosed flat areas, classified by outline (a title strip and body found together merged)."""
    height, width = pixels.shape[:2]
    edges = edge_mask(pixels)
    count, labels, stats, _ = cv2.connectedComponentsWithStats((~edges).astype(np.uint8), connectivity=4)
    shapes: list[Shape] = []
    rings: dict[int, float] = {}  # thin closed bands by id: their thickness (px)
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if area < MIN_SOLID_AREA or w < MIN_SOLID_SIDE or h < MIN_SOLID_SIDE:
            continue
        small = area < MIN_SHAPE_AREA or w < MIN_SHAPE_SIDE or h < MIN_SHAPE_SIDE
        if small and _near(pixels[y + h // 2, x + w // 2], background):
            continue  # small marks must be solid paint (markers, nodes), not gaps between lines
        if x <= 0 and y <= 0 and x + w >= width and y + h >= height:
            continue  # the canvas
        component = (labels[y : y + h, x : x + w] == i).astype(np.uint8)
        filled = _fill_holes(component)
        fill_colour = as_rgb(pixels[y : y + h, x : x + w][component.astype(bool)].mean(axis=0))
        kind = _classify(filled)
        lid = 0  # a cylinder body's sag: its lid, an area of its own, rises that far above it
        if kind is None:
            lid = sag_depth(filled)
            if not lid:
                continue
            kind = "cylinder"
        box = Box(x - 1, y - 1 - lid, w + 2, h + 2 + lid)
        mask = np.zeros((height, width), dtype=bool)
        mask[y : y + h, x : x + w] = filled.astype(bool)
        stroke = _stroke(pixels, mask, fill_colour, background)
        if stroke is not None:
            box = box.expand(1)  # draw.io centres the stroke on the outline
        if stroke is None and colour_distance(fill_colour, background) < 24:
            continue  # an area of background, not a drawn shape
        shape = Shape(box, kind, fill_colour, stroke, mask, start_size=lid)
        shapes.append(shape)
        if area < RING * filled.sum():
            rings[id(shape)] = area / (w + h) / 2
    return _merge_lanes(compartment_boxes(absorb_lids(_absorb_rings(shapes, rings))))


def _absorb_rings(shapes: list[Shape], rings: dict[int, float]) -> list[Shape]:
    """A thick outline is a flat band of its own around the shape: it becomes that shape's stroke."""
    dropped: set[int] = set()
    for ring in (s for s in shapes if id(s) in rings):
        inner = next(
            (
                s
                for s in shapes
                if s is not ring
                and id(s) not in rings
                and ring.box.contains(s.box, slack=0)
                and _inside_ring(ring.box, s.box)
            ),
            None,
        )
        if inner is None:
            continue
        dropped.add(id(ring))
        width = max(2, round(rings[id(ring)]) + 2)  # the band and the two edges that bound it
        inner.stroke, inner.stroke_width = ring.fill, width
        inner.box = _band_box(ring.box, inner.box).expand(-(width // 2))
    return [s for s in shapes if id(s) not in dropped]


def _ring_gaps(ring: Box, inner: Box) -> list[int]:
    """How far (px) each side of ``ring`` lies outside ``inner``: left, top, right, bottom."""
    return [inner.x - ring.x, inner.y - ring.y, ring.right - inner.right, ring.bottom - inner.bottom]


def _band_box(ring: Box, inner: Box) -> Box:
    """The outer edge of the band around ``inner``: the ring's own sides, but a side that an
    arrowhead pushed out lies as far from ``inner`` as the farthest of the others."""
    gaps = _ring_gaps(ring, inner)
    band = max(g for g in gaps if g <= RING_GAP)
    left, top, right, bottom = (min(g, band) for g in gaps)
    return Box(inner.x - left, inner.y - top, inner.w + left + right, inner.h + top + bottom)


def _inside_ring(ring: Box, inner: Box) -> bool:
    """Whether ``inner`` fills ``ring`` up to its band: within RING_GAP px on every side, but
    one (an arrowhead that touches the outline joins the band there)."""
    gaps = sorted(_ring_gaps(ring, inner))
    return gaps[2] <= RING_GAP and gaps[3] <= 3 * RING_GAP


def find_icons(
    image: Image.Image, background: tuple[int, int, int], shapes: list[Shape], lines: list[TextLine]
) -> tuple[list[Shape], list[TextLine]]:
    """Dense drawings that no single shape explains (stencil icons) become pictures.

    A blob of ink that one shape fills is that shape; a blob made of many small pieces, or of
    none, is an icon: it is kept as its pixels, with its labels (and text read inside it, such
    as a cloud's name) painted out so the text is only ever in a label. Returns the shapes that
    remain plus the icons, and ``lines`` plus the text read inside icons.
    """
    pixels = np.asarray(image)
    lines = list(lines)
    height, width = pixels.shape[:2]
    # Icons sit on panels as often as on the canvas: ink is measured against what lies behind.
    behind = np.empty_like(pixels)
    behind[:] = background
    for shape in sorted(shapes, key=lambda s: -s.box.area):
        behind[shape.mask] = shape.fill if shape.body_fill is None else shape.body_fill
        if shape.body_fill is not None:
            title = clip_box(shape.title_box(), width, height)
            behind[title.y : title.bottom, title.x : title.right] = shape.fill
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
    kept = [s for s in shapes if id(s) not in swallowed]
    for shape in kept:
        if shape.parent is not None and id(shape.parent) in swallowed:
            shape.parent = None
    return kept + icons, lines


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


def drop_enclosures(
    shapes: list[Shape], lines: list[TextLine], background: tuple[int, int, int], ink: np.ndarray
) -> list[Shape]:
    """Areas of background colour that connectors and lanes enclose are space, not shapes.

    Large empty ones always; any size when the lines around them run on past their corners.
    """
    kept = []
    for shape in shapes:
        holds_text = any(shape.box.contains(line.box) for line in lines)
        holds_shapes = any(other.parent is shape for other in shapes)
        plain = colour_distance(shape.fill, background) < 24 and shape.kind != "swimlane"
        if (
            plain
            and shape.compartment_of is None  # a table's cell is drawn, however empty
            and not holds_shapes
            and ((shape.box.area > ENCLOSURE_AREA and not holds_text) or is_open_space(ink, shape))
        ):
            continue
        kept.append(shape)
    for shape in kept:
        if shape.parent is not None and shape.parent not in kept:
            shape.parent = None
    return kept


def _near(pixel: np.ndarray, colour: tuple[int, int, int]) -> bool:
    return int(np.abs(pixel.astype(np.int32) - np.array(colour)).sum()) < 60


def _fill_holes(component: np.ndarray) -> np.ndarray:
    contours, _ = cv2.findContours(component, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(component)
    cv2.drawContours(filled, contours, -1, 1, thickness=cv2.FILLED)
    return filled


def _classify(filled: np.ndarray) -> str | None:
    """Rectangle, rounded rectangle, ellipse, rhombus or cylinder, from how the area fills its box."""
    h, w = filled.shape
    ratio = float(filled.mean())
    if ratio >= 0.97:
        # Slightly rounded corners (draw.io's rounded=1 on a long box) hardly lower the ratio.
        return "rounded" if min(_corner_cuts(filled)) >= MIN_CORNER_CUT else "rectangle"
    corner = int(min(np.argmax(filled[0] > 0), np.argmax(filled[:, 0] > 0)))
    if ratio >= 0.9 and corner >= max(3, 0.08 * min(w, h)):
        rows = filled.mean(axis=1)
        if (
            rows[: h // 6].mean() < 0.9
            and rows[-h // 6 :].mean() < 0.9
            and rows[h // 3 : 2 * h // 3].mean() > 0.98
        ):
            return "cylinder" if h > w * 0.6 and corner < 0.3 * min(w, h) else "rounded"
        return "rounded"
    if ratio >= 0.9:
        return "rectangle"
    if not _symmetric(filled):
        return "document" if _wavy_bottom(filled, ratio) else None
    corners = _polygon_corners(filled)
    if (
        0.45 <= ratio <= 0.58
        and corners == 4
        and filled[h // 2].mean() > 0.9
        and filled[:, w // 2].mean() > 0.9
    ):
        return "rhombus"
    if 0.6 <= ratio <= 0.9 and corners == 4 and filled[0].mean() >= 0.4 and filled[-1].mean() >= 0.4:
        return "parallelogram"  # straight top and bottom sides (a flat ellipse simplifies to 4 too)
    if 0.6 <= ratio <= 0.9 and corners == 6:
        return "hexagon"
    if 0.7 <= ratio <= 0.83:
        return "ellipse"
    return None


def _corner_cuts(filled: np.ndarray) -> list[int]:
    """How far (px) along its top or bottom edge each corner of the area starts."""
    top, bottom = filled[0] > 0, filled[-1] > 0
    return [
        int(np.argmax(top)),
        int(np.argmax(top[::-1])),
        int(np.argmax(bottom)),
        int(np.argmax(bottom[::-1])),
    ]


def _wavy_bottom(filled: np.ndarray, ratio: float) -> bool:
    """A document: full rows down to its lower part, where a wave cuts the bottom edge."""
    h = filled.shape[0]
    rows = filled.mean(axis=1)
    return ratio >= 0.8 and rows[: int(0.7 * h)].mean() > 0.97 and rows[-h // 6 :].mean() < 0.85


def _polygon_corners(filled: np.ndarray) -> int:
    """Corners of the outline once simplified (an ellipse keeps many, a polygon its own)."""
    contours, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return 0
    contour = max(contours, key=cv2.contourArea)
    return len(cv2.approxPolyDP(contour, 0.03 * cv2.arcLength(contour, True), True))


def _symmetric(filled: np.ndarray) -> bool:
    return float((filled == filled[::-1, ::-1]).mean()) > 0.93


def _stroke(
    pixels: np.ndarray, mask: np.ndarray, fill: tuple[int, int, int], background: tuple[int, int, int]
) -> tuple[int, int, int] | None:
    """The colour of the ring just outside a shape's area, if it differs from fill and background."""
    grown = cv2.dilate(mask.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    ring = pixels[grown & ~mask].astype(np.int32)
    if ring.size == 0:
        return None
    off_fill = np.abs(ring - np.array(fill)).sum(axis=1) > 60
    off_background = np.abs(ring - np.array(background)).sum(axis=1) > 60
    outline = ring[off_fill & off_background]
    if len(outline) < 0.15 * len(ring):
        return None
    return as_rgb(np.median(outline, axis=0))


def _merge_lanes(shapes: list[Shape]) -> list[Shape]:
    """A container split by a line into a title strip and a body is one swimlane."""
    merged: list[Shape] = []
    used: set[int] = set()
    by_area = sorted(shapes, key=lambda s: -s.box.area)
    for body in by_area:
        if id(body) in used:
            continue
        if body.compartment_of is not None:
            merged.append(body)
            continue
        title = next(
            (
                s
                for s in by_area
                if s is not body
                and id(s) not in used
                and s.compartment_of is None
                and abs(s.box.x - body.box.x) <= 3
                and abs(s.box.right - body.box.right) <= 3
                and abs(s.box.bottom - body.box.y) <= 3
                and s.box.h < 0.25 * body.box.h
                and s.box.h <= 60
                and s.kind == "rectangle"
                and body.kind == "rectangle"
                and body.box.area > 20000
            ),
            None,
        )
        if title is not None:
            used.add(id(title))
            box = Box(body.box.x, title.box.y, body.box.w, body.box.bottom - title.box.y)
            body.mask |= title.mask
            body.body_fill, body.fill = body.fill, title.fill  # draw.io fills a title strip apart
            body.kind = "swimlane"
            body.start_size = title.box.h
            body.box = box
        merged.append(body)
    return merged


def _nest(shapes: list[Shape]) -> None:
    """Each shape's parent is the smallest other shape that encloses it."""
    by_area = sorted(shapes, key=lambda s: s.box.area)
    for index, shape in enumerate(by_area):
        shape.parent = shape.compartment_of
        if shape.parent is not None:
            continue
        for other in by_area[index + 1 :]:
            if other.box.area > 1.5 * shape.box.area and other.box.contains(shape.box, slack=3):
                shape.parent = other
                break


def place_text(lines: list[TextLine], shapes: list[Shape], connectors: list[Connector]) -> list[Paragraph]:
    """Labels go to the innermost shape that holds them, or a connector beside them; the rest is free."""
    free: list[TextLine] = []
    inside: dict[int, list[TextLine]] = {}
    for line in lines:
        cx, cy = (int(v) for v in line.box.centre)
        # Text inside crossing outlines (a Venn diagram's regions) belongs to no single one.
        holders = [s for s in shapes if not s.crossed and s.holds_centre(line.box)]
        if holders:
            holder = min(holders, key=lambda s: s.box.area)
            if holder.kind == "swimlane":
                label = holder.title_box().contains_point(cx, cy)  # body text is drawn on the lane
            else:
                label = not _holds_others(holder, shapes)
            if label:
                inside.setdefault(id(holder), []).append(line)
                continue
        free.append(line)
    for shape in shapes:
        paragraphs = group_paragraphs(inside.get(id(shape), []))
        if _side_by_side(paragraphs):
            free += inside.pop(id(shape))  # a row of a table or a form: texts in their places
            paragraphs = []
        shape.labels = paragraphs
    loose = []
    for paragraph in group_paragraphs(free):
        connector = _closest_connector(paragraph.ink, [c for c in connectors if c.source or c.target])
        if connector is not None:
            connector.labels.append(paragraph)
        else:
            loose.append(paragraph)
    return loose


def _side_by_side(paragraphs: list[Paragraph]) -> bool:
    """Whether two of ``paragraphs`` share a row (one label is stacked, never side by side)."""
    return any(
        min(a.ink.bottom, b.ink.bottom) - max(a.ink.y, b.ink.y) > 0.5 * min(a.ink.h, b.ink.h)
        for i, a in enumerate(paragraphs)
        for b in paragraphs[i + 1 :]
    )


def _holds_others(holder: Shape, shapes: list[Shape]) -> bool:
    """A container's body text that is not its title is free text placed on it."""
    return any(s.parent is holder for s in shapes)


def _closest_connector(box: Box, connectors: list[Connector]) -> Connector | None:
    """The connector whose middle part passes within reach of ``box`` (draw.io centres edge labels)."""
    best, best_distance = None, float(LABEL_DISTANCE)
    for connector in connectors:
        points = connector.pixels
        middle = points[len(points) // 4 : max(len(points) // 4 + 1, 3 * len(points) // 4)]
        ys, xs = middle[:, 0], middle[:, 1]
        dx = np.maximum(0, np.maximum(box.x - xs, xs - box.right))
        dy = np.maximum(0, np.maximum(box.y - ys, ys - box.bottom))
        distance = float(np.sqrt(dx * dx + dy * dy).min())
        if distance < best_distance:
            best, best_distance = connector, distance
    return best
