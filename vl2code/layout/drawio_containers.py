"""Containers of a diagram that flat-area search cannot see whole: lanes, pools, frames, open space.

A lane's body is crossed by connectors, so it is never one enclosed area; only its title strip
is. A thin strip whose two long-side borders run on as lines and are closed by a line across
them is the title of a container that ends there (a pool titled on top, a lane titled on its
left side). Four drawn lines closing a rectangle whose inside other lines cut are one frame. And
an area of background colour whose borders run on past its corners is space
that longer lines happen to enclose, not a drawn box.
"""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np

from vl2code.layout.analysis import Box, TextLine, as_rgb
from vl2code.layout.drawio_model import Shape

#: A title strip: at most this thick (px), its long side at least this many times its thickness.
MAX_TITLE = 60
TITLE_ASPECT = 3
#: Gaps (px) a border line may have (anti-aliasing, a crossing connector's arrowhead).
LINE_GAP = 3
#: Share of the closing side that must be drawn.
CLOSED = 0.9


def titled_containers(ink: np.ndarray, shapes: list[Shape], lines: list[TextLine]) -> list[Shape]:
    """``shapes`` with each title strip that heads a container replaced by that container.

    A narrow column holding text written across it ("PK" in a table's key column) is a column
    of cells, not a lane's title, which is written along it.
    """
    result = []
    bodies = []
    for shape in shapes:
        across = any(
            shape.box.contains_point(*line.box.centre) and line.box.w >= 1.5 * line.box.h
            for line in lines
            if sum(c.isalnum() for c in line.text) >= 2
        )
        grows = shape.kind == "rectangle" and shape.compartment_of is None  # a table's cell stays
        container = _container_of(ink, shape) if grows else None
        if container is not None and not container.horizontal and across:
            container = None
        result.append(container or shape)
        if container is not None:
            bodies.append(container.box)
    # An uncrossed body is also one flat area: the container stands for it.
    return [s for s in result if not any(_fills(s.box, body) for body in bodies)]


def _fills(box: Box, container: Box) -> bool:
    """Whether ``box`` is a container's body: inside it and nearly all of it, not the container itself."""
    return box != container and container.contains(box, slack=3) and box.area >= 0.75 * container.area


def _container_of(ink: np.ndarray, strip: Shape) -> Shape | None:
    box = strip.box
    if box.h >= TITLE_ASPECT * box.w and box.w <= MAX_TITLE and box.h >= 40:
        return _grow(ink, strip, horizontal=False)
    if box.w >= TITLE_ASPECT * box.h and box.h <= MAX_TITLE and box.w >= 40:
        return _grow(ink, strip, horizontal=True)
    return None


def _grow(ink: np.ndarray, strip: Shape, horizontal: bool) -> Shape | None:
    """Follow the strip's long-side borders away from it; a drawn line across their ends closes it.

    A strip whose borders also run on past its outer side is a gap between lines that go
    further (connectors crossing a lane), not a title.
    """
    # Work on a transposed page for a strip titled on the left, so both cases run downwards.
    page = ink if horizontal else ink.T
    box = strip.box if horizontal else Box(strip.box.y, strip.box.x, strip.box.h, strip.box.w)
    height = page.shape[0]
    if _runs_on(page, box.x + 1, box.y + 1, 0, -1) and _runs_on(page, box.right - 2, box.y + 1, 0, -1):
        return None
    left = _run_end(page, box.x + 1, box.bottom - 2, height)
    right = _run_end(page, box.right - 2, box.bottom - 2, height)
    end = min(left, right)
    if end - box.bottom < max(40, 2 * box.h):
        return None
    across = page[max(0, end - LINE_GAP) : end + 1, max(0, box.x) : box.right].any(axis=0)
    if across.mean() < CLOSED:
        return None
    grown = Box(box.x, box.y, box.w, end + 1 - box.y)
    full = grown if horizontal else Box(grown.y, grown.x, grown.h, grown.w)
    mask = np.zeros_like(strip.mask)
    mask[max(0, full.y) : full.bottom, max(0, full.x) : full.right] = True
    return Shape(
        full,
        "swimlane",
        strip.fill,
        strip.stroke,
        mask,
        start_size=box.h,
        horizontal=horizontal,
    )


def _run_end(page: np.ndarray, column: int, start: int, height: int) -> int:
    """The last row of the vertical line through ``column`` (within 2 px) going down from ``start``."""
    band: np.ndarray = np.asarray(page[:, max(0, column - 2) : column + 3].any(axis=1))
    row, gap = start, 0
    last = start
    while row < height and gap <= LINE_GAP:
        if band[row]:
            last, gap = row, 0
        else:
            gap += 1
        row += 1
    return last


def is_open_space(ink: np.ndarray, shape: Shape) -> bool:
    """Whether the lines around ``shape`` run on past its corners (space between longer lines)."""
    box = shape.box
    probes = 0
    for x, y, dx, dy in (
        (box.x + 1, box.y + 1, -1, 0),
        (box.x + 1, box.y + 1, 0, -1),
        (box.right - 2, box.y + 1, 1, 0),
        (box.right - 2, box.y + 1, 0, -1),
        (box.x + 1, box.bottom - 2, -1, 0),
        (box.x + 1, box.bottom - 2, 0, 1),
        (box.right - 2, box.bottom - 2, 1, 0),
        (box.right - 2, box.bottom - 2, 0, 1),
    ):
        probes += _runs_on(ink, x, y, dx, dy)
    return probes >= 3


def _runs_on(ink: np.ndarray, x: int, y: int, dx: int, dy: int) -> bool:
    """Whether a line goes on from the corner ``(x, y)`` in direction ``(dx, dy)`` for 5-10 px."""
    height, width = ink.shape
    steps = [(x + dx * k, y + dy * k) for k in range(5, 11)]
    inside = [(px, py) for px, py in steps if 0 <= px < width and 0 <= py < height]
    return bool(inside) and all(
        ink[max(0, py - 1) : py + 2, max(0, px - 1) : px + 2].any() for px, py in inside
    )


#: Straight runs at least this long (px) can be the sides of a drawn rectangle.
MIN_SIDE = 30
#: Sides of one rectangle end within this many px of each other.
CORNER_SLACK = 4
#: Dashed frames: gaps (px) closed along their lines; a side drawn along this share of its
#: length (not all of it, yet more than stray marks) is dashed.
DASH_GAP = 4
DASH_DRAWN = (0.3, 0.85)
#: Smaller rectangles drawn with lines are cells of a table, not frames (px).
MIN_FRAME = 60


def crossed_rectangles(pixels: np.ndarray, ink: np.ndarray, shapes: list[Shape]) -> list[Shape]:
    """Rectangles drawn as four lines whose inside lines or shapes split (sequence-diagram frames).

    Flat-area search sees only the pieces; two horizontal lines of one extent whose ends are
    joined by vertical lines are one rectangle. Ones that a found shape or lane already is are
    left out.
    """
    found: list[Shape] = []
    tables = {id(s.compartment_of): s.compartment_of for s in shapes if s.compartment_of is not None}
    runs, columns = line_runs(ink, MIN_SIDE, bridge=DASH_GAP)
    for box, top, _ in closed_outlines(runs, columns, MIN_SIDE // 2, CORNER_SLACK):
        small = box.h < MIN_FRAME or box.w < MIN_FRAME  # a table's row, not a frame
        in_table = any(table.box.contains(box, slack=3) for table in tables.values())  # its cells' lines
        if (small or in_table) or any(
            same_box(box, s.box) or (s.kind == "swimlane" and _fills(box, s.box)) for s in shapes
        ):
            continue
        mask = np.zeros(ink.shape, dtype=bool)
        mask[box.y : box.bottom, box.x : box.right] = True
        inside = as_rgb(pixels[min(box.y + 4, box.bottom - 1), min(box.x + 4, box.right - 1)])
        drawn = ink[top.y : top.bottom, top.x : top.right].astype(bool)
        line = as_rgb(np.median(pixels[top.y : top.bottom, top.x : top.right][drawn], axis=0))
        found.append(Shape(box.expand(1), "rectangle", inside, line, mask))
    return found


def mark_dashed(shapes: list[Shape], ink: np.ndarray) -> None:
    """Flag boxes whose top side is drawn along only part of its length: dashed borders."""
    for shape in (s for s in shapes if s.kind in ("rectangle", "rounded", "swimlane") and s.stroke):
        box = shape.box
        inset = max(4, box.h // 8) if shape.kind == "rounded" else 4  # clear of rounded corners
        if box.w <= 2 * inset + MIN_SIDE:
            continue
        band = ink[max(0, box.y) : box.y + 3, box.x + inset : box.right - inset].astype(bool)
        drawn = float(band.any(axis=0).mean()) if band.size else 1.0
        shape.dashed = DASH_DRAWN[0] <= drawn < DASH_DRAWN[1]


def line_runs(ink: np.ndarray, side: int, bridge: int = 0) -> tuple[list[Box], np.ndarray]:
    """The horizontal runs of ``ink`` at least ``side`` px long (top to bottom) and the mask of
    its vertical ones; gaps of up to ``bridge`` px along a line (dashes) are closed first."""
    along_rows = along_columns = ink
    if bridge:
        along_rows = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((1, bridge + 1), np.uint8))
        along_columns = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((bridge + 1, 1), np.uint8))
    rows = cv2.morphologyEx(along_rows, cv2.MORPH_OPEN, np.ones((1, side), np.uint8))
    columns = cv2.morphologyEx(along_columns, cv2.MORPH_OPEN, np.ones((side, 1), np.uint8))
    return horizontal_runs(rows), columns


def closed_outlines(
    runs: list[Box], columns: np.ndarray, min_height: int, slack: int
) -> Iterator[tuple[Box, Box, Box]]:
    """Rectangles drawn as four lines (:func:`line_runs`), as (box, top line, bottom line): each
    horizontal run with the nearest run below it (at least ``min_height`` lower) of the same
    extent (within ``slack``) whose ends vertical runs join."""
    for index, top in enumerate(runs):
        for bottom in runs[index + 1 :]:
            if bottom.y - top.y < min_height:
                continue
            if abs(bottom.x - top.x) > slack or abs(bottom.right - top.right) > slack:
                continue
            left, right = min(top.x, bottom.x), max(top.right, bottom.right)
            box = Box(left, top.y, right - left, bottom.bottom - top.y)
            if spans_height(columns, box.x, box) and spans_height(columns, box.right - 1, box):
                yield box, top, bottom
                break  # the nearest closing line ends the rectangle, whether or not it is kept


def horizontal_runs(rows: np.ndarray) -> list[Box]:
    """Thin horizontal runs of ink, top to bottom."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(rows, connectivity=8)
    boxes = [Box(*(int(v) for v in stats[i][:4])) for i in range(1, count)]
    return sorted((b for b in boxes if b.h <= 4), key=lambda b: b.y)


def spans_height(columns: np.ndarray, x: int, box: Box) -> bool:
    """Whether a vertical line at ``x`` (within 2 px) covers the rectangle's height."""
    band = columns[box.y : box.bottom, max(0, x - 2) : x + 3].any(axis=1)
    return bool(band.mean() >= CLOSED)


def same_box(a: Box, b: Box) -> bool:
    return all(abs(p - q) <= 6 for p, q in zip(a.tuple(), (b.x, b.y, b.w, b.h), strict=True))
