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
from vl2code.layout.drawio_bars import bar_area, join_bars
from vl2code.layout.drawio_connectors import find_connectors
from vl2code.layout.drawio_containers import (
    crossed_rectangles,
    is_open_space,
    mark_dashed,
    titled_containers,
)
from vl2code.layout.drawio_cylinders import absorb_lids, sag_depth
from vl2code.layout.drawio_ellipses import crossed_ellipses
from vl2code.layout.drawio_frames import uml_frames
from vl2code.layout.drawio_icons import find_icons
from vl2code.layout.drawio_labels import diagram_text, rotated_titles, shape_text, strip_titles
from vl2code.layout.drawio_line_boxes import line_boxes
from vl2code.layout.drawio_links import band_links
from vl2code.layout.drawio_model import PLAIN, Connector, Shape, line_ink
from vl2code.layout.drawio_mxfile import write_mxfile
from vl2code.layout.drawio_outlines import classify, fill_holes
from vl2code.layout.drawio_separators import faint_dividers, free_lines
from vl2code.layout.drawio_stores import find_data_stores
from vl2code.layout.drawio_tables import compartment_boxes, split_rows
from vl2code.layout.drawio_triangles import crossed_triangles
from vl2code.layout.drawio_unread import unread_labels
from vl2code.layout.tree import Paragraph, group_paragraphs

#: Smallest enclosed area that is a shape (px) and its smallest side.
MIN_SHAPE_AREA = 300
MIN_SHAPE_SIDE = 12
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


def generate_drawio(image: Image.Image) -> str:
    """The screenshot of a diagram as an uncompressed mxfile."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    pixels = np.asarray(rgb)
    background = page_background(pixels)
    ink = line_ink(pixels, background)
    page_lines = text_lines(pixels, diagram_text(rgb))
    shapes = titled_containers(ink, find_shapes(pixels, background, ink), page_lines)
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
    shapes = uml_frames(shapes, connectors)
    separators, connectors = free_lines(connectors, shapes, pixels.shape[:2])
    shapes += separators + faint_dividers(pixels, shapes + separators, connectors)
    for shape in shapes:
        shape.labels = titles.get(id(shape), shape.labels)
    _see_through(shapes, background)
    return write_mxfile(shapes, connectors, free, rgb.width, rgb.height)


def _see_through(shapes: list[Shape], background: tuple[int, int, int]) -> None:
    """A shape painted the page's colour that lies across a smaller one (a sequence diagram's
    frame over an activation bar) is drawn unfilled, so the smaller shows as in the picture."""
    for shape in shapes:
        if shape.kind in ("image", "swimlane") or colour_distance(shape.fill, background) >= PLAIN:
            continue
        if any(_across(shape.box, o.box) and o.box.area < shape.box.area for o in shapes if o is not shape):
            shape.filled = False


def _across(a: Box, b: Box) -> bool:
    """Whether ``a`` and ``b`` overlap without either holding the other."""
    return a.overlap(b) > 0 and not a.contains(b, slack=0) and not b.contains(a, slack=0)


def find_shapes(pixels: np.ndarray, background: tuple[int, int, int], ink: np.ndarray) -> list[Shape]:
    """Enclosed flat areas, classified by outline (a title strip and body found together merged);
    ``ink`` is the page's line ink, along which cut bars are joined."""
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
            if not bar_area(labels[y : y + h, x : x + w] == i):
                continue  # small marks must be solid paint (markers, nodes), not gaps between lines
        if x <= 0 and y <= 0 and x + w >= width and y + h >= height:
            continue  # the canvas
        component = (labels[y : y + h, x : x + w] == i).astype(np.uint8)
        filled = fill_holes(component)
        fill_colour = as_rgb(pixels[y : y + h, x : x + w][component.astype(bool)].mean(axis=0))
        kind = classify(filled)
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
        if stroke is None and colour_distance(fill_colour, background) < PLAIN:
            continue  # an area of background, not a drawn shape
        shape = Shape(box, kind, fill_colour, stroke, mask, start_size=lid)
        shapes.append(shape)
        if area < RING * filled.sum():
            rings[id(shape)] = area / (w + h) / 2
    shapes = join_bars(shapes, ink, background)
    return split_rows(pixels, _merge_lanes(compartment_boxes(absorb_lids(_absorb_rings(shapes, rings)))))


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
        plain = colour_distance(shape.fill, background) < PLAIN and shape.kind != "swimlane"
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
