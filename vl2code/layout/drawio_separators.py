"""Separators: long straight lines that join nothing and point nowhere are shapes, not edges.

A divider between the rows of a list or under a toolbar connects no two shapes; draw.io users
draw it with the line shape (``line``) and move it as one object. A divider spans much of the
page; a shorter loose line is more likely an edge whose ends were not seen to touch (a gap, a
lifeline), so it stays an edge, as does every dashed line, and every line that touches a shape
at either end, crosses a shape's outline or carries an arrowhead. Hairlines too pale to be
traced as line ink are found apart (:func:`faint_dividers`).
"""

from __future__ import annotations

import numpy as np

from vl2code.layout.analysis import Box, as_rgb
from vl2code.layout.drawio_model import INK_CONTRAST, LINE_KINDS, Connector, Shape, clip_box, true_runs

#: A line shape's box is this tall (px) across the line, as draw.io's palette draws it.
LINE_BOX = 10
#: A divider spans at least this share of the page along its own direction.
MIN_SPAN = 0.5
#: A hairline differs from the colour on both sides of it by this much (sum over channels).
FAINT_CONTRAST = 30
#: A hairline this close (px) to a shape's box is that shape's own edge.
EDGE_BAND = 6


def free_lines(
    connectors: list[Connector], shapes: list[Shape], size: tuple[int, int]
) -> tuple[list[Shape], list[Connector]]:
    """(separators as line shapes, the connectors that stay edges)."""
    separators: list[Shape] = []
    edges: list[Connector] = []
    for connector in connectors:
        line = _separator(connector, size)
        if line is None or any(_crosses(connector, shape.box) for shape in shapes):
            edges.append(connector)
        else:
            separators.append(line)
    return separators, edges


def _crosses(line: Connector, box: Box) -> bool:
    """Whether ``line`` cuts across ``box``'s outline (a divider lies beside shapes or in one)."""
    ys, xs = line.pixels[:, 0], line.pixels[:, 1]
    on = (xs >= box.x) & (xs < box.right) & (ys >= box.y) & (ys < box.bottom)
    return bool(on.any() and not on.all())


def _separator(connector: Connector, size: tuple[int, int]) -> Shape | None:
    if connector.source or connector.target or connector.start_arrow or connector.end_arrow:
        return None
    if connector.dashed or connector.labels or len(connector.points) != 2:
        return None
    (x0, y0), (x1, y1) = connector.points
    horizontal = abs(x1 - x0) >= abs(y1 - y0)
    across = abs(y1 - y0) if horizontal else abs(x1 - x0)
    length = max(abs(x1 - x0), abs(y1 - y0))
    if across > 2 or length < MIN_SPAN * (size[1] if horizontal else size[0]):
        return None  # slanted, or too short to divide the page
    mask = np.zeros(size, dtype=bool)
    mask[connector.pixels[:, 0], connector.pixels[:, 1]] = True
    if horizontal:
        return _line_shape((y0 + y1) // 2, min(x0, x1), min(x0, x1) + length, True, connector.color, mask)
    return _line_shape((x0 + x1) // 2, min(y0, y1), min(y0, y1) + length, False, connector.color, mask)


def faint_dividers(pixels: np.ndarray, shapes: list[Shape], connectors: list[Connector]) -> list[Shape]:
    """Page-long hairlines too pale to be line ink (a table's row rules): line shapes.

    A hairline differs from the rows just above and below it, which match each other; a
    shape's edge or a connector already found there is not one.
    """
    height, width = pixels.shape[:2]
    taken = np.zeros((height, width), dtype=bool)
    for connector in connectors:
        taken[connector.pixels[:, 0], connector.pixels[:, 1]] = True
    for shape in shapes:
        edge = shape.box.expand(EDGE_BAND)
        taken[max(0, edge.y) : edge.bottom, max(0, edge.x) : edge.right] = True
        if shape.kind not in LINE_KINDS:  # a box's inside is open; a line shape is all edge
            inner = clip_box(shape.box.expand(-EDGE_BAND), width, height)
            taken[inner.y : inner.bottom, inner.x : inner.right] = False
    rules = [_rule(pixels, y, x0, x1, True) for y, x0, x1 in _hairlines(pixels, taken)]
    rules += [_rule(pixels, x, y0, y1, False) for x, y0, y1 in _hairlines(pixels.transpose(1, 0, 2), taken.T)]
    return rules


def _hairlines(pixels: np.ndarray, taken: np.ndarray) -> list[tuple[int, int, int]]:
    """(row, start, end) of each horizontal hairline at least MIN_SPAN of the page long."""
    width = pixels.shape[1]
    p = pixels.astype(np.int32)
    above, middle, below = p[:-4], p[2:-2], p[4:]
    contrast = _apart(middle, above)
    hair = (contrast > FAINT_CONTRAST) & (contrast <= INK_CONTRAST)  # darker lines are line ink
    hair &= (_apart(middle, below) > FAINT_CONTRAST) & (_apart(above, below) < FAINT_CONTRAST)
    hair &= ~taken[2:-2]
    found: list[tuple[int, int, int]] = []
    for row in np.flatnonzero(hair.sum(axis=1) >= MIN_SPAN * width):
        start, end = max(true_runs(hair[row]), key=lambda run: run[1] - run[0])
        y = int(row) + 2
        if end - start >= MIN_SPAN * width and not (found and found[-1][0] >= y - 2):
            found.append((y, start, end))  # a 2 px rule is one divider
    return found


def _apart(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a - b).sum(axis=2)


def _rule(pixels: np.ndarray, at: int, start: int, end: int, horizontal: bool) -> Shape:
    """A line shape along row ``at`` (column, when not ``horizontal``) from ``start`` to ``end``."""
    mask = np.zeros(pixels.shape[:2], dtype=bool)
    if horizontal:
        mask[at, start:end] = True
    else:
        mask[start:end, at] = True
    return _line_shape(at, start, end, horizontal, as_rgb(np.median(pixels[mask], axis=0)), mask)


def _line_shape(
    at: int, start: int, end: int, horizontal: bool, colour: tuple[int, int, int], mask: np.ndarray
) -> Shape:
    """draw.io's line shape: a LINE_BOX-thick box with the line through its middle."""
    half = LINE_BOX // 2
    if horizontal:
        box, kind = Box(start, at - half, end - start, LINE_BOX), "line"
    else:
        box, kind = Box(at - half, start, LINE_BOX, end - start), "vertical_line"
    return Shape(box, kind, colour, colour, mask, filled=False)
