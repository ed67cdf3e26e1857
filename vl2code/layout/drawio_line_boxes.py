"""Small boxes drawn as four lines that flat-area search cannot see whole.

Two kinds are common in wireframes and forms:

- image placeholders: a box crossed corner to corner by both diagonals (where a picture, logo
  or avatar goes). The X cuts the inside into four triangles and connector tracing would turn
  it into two loose lines; found together with its outline it is one placeholder shape
  (draw.io's mock-up icon grid of one cell draws the same picture);
- fields: an input, search box or drop-down whose text or icon touches the outline, so its
  inside is notched or cut in pieces.

Boxes stacked on a shared line are the rows of a table, which lines at that scale also draw:
those stay as they are found.
"""

from __future__ import annotations

import numpy as np

from vl2code.layout.analysis import Box, as_rgb, colour_distance
from vl2code.layout.drawio_containers import closed_outlines, line_runs, same_box
from vl2code.layout.drawio_model import Shape

#: A box's shortest side (px; odd, so the opening that finds its sides stays centred): smaller
#: crossed boxes are checkboxes or close buttons.
MIN_SIDE = 13
#: Ends of the top and bottom sides agree within this (px).
CORNER_SLACK = 3
#: Share of each diagonal's sampled points that must be drawn.
DRAWN = 0.85
#: The middle of the diagonals is not sampled: a placeholder's caption is often written there.
CAPTION = (0.35, 0.65)
#: Found shapes inside a new box with at least this share of its area, in its colour, are its
#: pieces (what the text or the X cut its inside into).
PIECE = 0.2


def line_boxes(pixels: np.ndarray, ink: np.ndarray, shapes: list[Shape]) -> list[Shape]:
    """``shapes`` with each crossed box and each cut-up field added whole (their pieces dropped)."""
    runs, columns = line_runs(ink, MIN_SIDE)
    found: list[Shape] = []
    for box, top, bottom in closed_outlines(runs, columns, MIN_SIDE, CORNER_SLACK):
        if _crossed(ink, box):
            found.append(_line_box(pixels, box, top, "placeholder"))
        elif not _stacked(runs, top, bottom) and not any(_drawn_by(box, s.box) for s in shapes):
            found.append(_line_box(pixels, box, top, "rectangle"))
    if not found:
        return shapes
    kept = [s for s in shapes if not any(_piece_of(s, whole) for whole in found)]
    return kept + found


def _stacked(runs: list[Box], top: Box, bottom: Box) -> bool:
    """Whether another line of the same extent lies just above or below: a table's rows."""
    height = bottom.y - top.y
    return any(  # top and bottom themselves are neither above nor below
        abs(run.x - top.x) <= CORNER_SLACK
        and abs(run.right - top.right) <= CORNER_SLACK
        and (0 < top.y - run.y <= 2 * height or 0 < run.y - bottom.y <= 2 * height)
        for run in runs
    )


def _drawn_by(box: Box, shape: Box) -> bool:
    """Whether a found shape already draws ``box``'s lines: it is that shape, or a strip of it
    (a table's title row, its key column) sharing two of its sides."""
    if same_box(box, shape):
        return True
    shared = (
        abs(box.x - shape.x) <= CORNER_SLACK,
        abs(box.y - shape.y) <= CORNER_SLACK,
        abs(box.right - shape.right) <= CORNER_SLACK,
        abs(box.bottom - shape.bottom) <= CORNER_SLACK,
    )
    return shape.contains(box, slack=CORNER_SLACK) and sum(shared) >= 2


def _piece_of(shape: Shape, whole: Shape) -> bool:
    """Whether ``shape`` is a piece of the new shape ``whole`` (anything inside a placeholder is)."""
    if not whole.box.contains(shape.box, slack=2):
        return False
    if whole.kind == "placeholder":
        return True
    return shape.box.area >= PIECE * whole.box.area and colour_distance(shape.fill, whole.fill) < 24


def _crossed(ink: np.ndarray, box: Box) -> bool:
    """Whether both diagonals of ``box`` are drawn (their middle, where a caption sits, aside)."""
    height, width = ink.shape
    steps = np.linspace(0.06, 0.94, 48)
    steps = steps[(steps < CAPTION[0]) | (steps > CAPTION[1])]
    x0, y0, x1, y1 = box.x + 1, box.y + 1, box.right - 2, box.bottom - 2
    for (ax, ay), (bx, by) in (((x0, y0), (x1, y1)), ((x0, y1), (x1, y0))):
        xs = np.round(ax + (bx - ax) * steps).astype(int)
        ys = np.round(ay + (by - ay) * steps).astype(int)
        near = [
            ink[max(0, y - 1) : min(height, y + 2), max(0, x - 1) : min(width, x + 2)].any()
            for x, y in zip(xs, ys, strict=True)
        ]
        if np.mean(near) < DRAWN:
            return False
    return True


def _line_box(pixels: np.ndarray, box: Box, top: Box, kind: str) -> Shape:
    """The box as a shape: its paper's colour inside, its line's colour around."""
    # The strip just inside the top side: clear of most labels; the diagonals cross it at its ends.
    strip = pixels[box.y + 2 : box.y + 4, box.x + 2 : box.right - 2].reshape(-1, 3)
    inside = as_rgb(np.median(strip, axis=0))
    line = as_rgb(np.median(pixels[top.y : top.bottom, top.x : top.right].reshape(-1, 3), axis=0))
    mask = np.zeros(pixels.shape[:2], dtype=bool)
    mask[box.y : box.bottom, box.x : box.right] = True
    # draw.io centres its 1 px outline on the geometry's edges: the box runs line to line.
    return Shape(Box(box.x, box.y, box.w - 1, box.h - 1), kind, inside, line, mask)
