"""Boxes split into compartments: a titled stack of cells (an ER table, a UML class, an entity).

Each compartment of such a box is an enclosed flat area of its own, so shape search finds a
title strip and the cells under it as separate rectangles that touch. Drawn apart, every later
pass sees them as unrelated (a key row grows into a lane, the title into a pool). Found here
first, they become what draw.io's own table templates are: a swimlane whose title is the top
strip, holding the other cells as children, each with its own label. A cell that lists items
on rows spaced wider than lines of text (an ER table's columns, a class's members) is split into
one row per item, as draw.io's templates draw them.
"""

from __future__ import annotations

import numpy as np

from vl2code.layout.analysis import Box
from vl2code.layout.drawio_model import INK_CONTRAST, Shape, true_runs
from vl2code.layout.linking import linked_groups

#: Cells touch when their facing sides are this close (px: the border line between them).
TOUCH = 4
#: ... and run along each other for this share of the shorter side.
ALONG = 0.8
#: The cells cover this share of the box they make up together (the rest is border lines).
COVERED = 0.85
#: A title strip is at most this tall (px) and this share of the whole box's height.
MAX_TITLE = 60
TITLE_SHARE = 0.6
#: Compartments are drawn cells: rectangles (a rounded box's cells have square inner corners).
CELL_KINDS = ("rectangle", "rounded")
#: Rows of a cell: bands of ink (INK_CONTRAST from the cell's fill) at least MIN_ROW_INK px
#: tall, apart by at least ROW_SPACING times their height (wrapped text is closer).
MIN_ROW_INK = 5
ROW_SPACING = 0.6


def compartment_boxes(shapes: list[Shape]) -> list[Shape]:
    """``shapes`` with every titled stack of touching cells replaced by one swimlane holding them.

    The title strip becomes the swimlane's title; the other cells (two or more) stay, each
    marked as a compartment of it (:attr:`Shape.compartment_of`).
    """
    cells = [s for s in shapes if s.kind in CELL_KINDS]
    tables: dict[int, Shape] = {}
    for group in _touching_groups(cells):
        box = Box.union([cell.box for cell in group])
        if len(group) < 2 or sum(c.box.area for c in group) < COVERED * box.area:
            continue
        title = next((c for c in group if _heads(c.box, box)), None)
        if title is None:
            continue
        body = [c for c in group if c is not title]
        if len(body) < 2:
            continue  # a titled box: a lane, a list or an entity, left to the lane passes
        # Its fill is the title's (a swimlane fills only its title strip); the cells paint the rest.
        stroke = title.stroke or next((c.stroke for c in body if c.stroke), None)
        table = Shape(box, "swimlane", title.fill, stroke, title.mask, start_size=title.box.h)
        for cell in body:
            cell.compartment_of = table
        tables[id(title)] = table
    return [tables.get(id(s), s) for s in shapes]


def _heads(cell: Box, box: Box) -> bool:
    """Whether ``cell`` is the title strip of ``box``: its full width along the top, and thin."""
    return (
        abs(cell.y - box.y) <= TOUCH
        and abs(cell.x - box.x) <= TOUCH
        and abs(cell.right - box.right) <= TOUCH
        and cell.h <= MAX_TITLE
        and cell.h <= TITLE_SHARE * box.h
    )


def _touching_groups(cells: list[Shape]) -> list[list[Shape]]:
    """Cells joined through shared sides (one above the other, or side by side)."""
    groups = linked_groups(len(cells), lambda i, j: _share_side(cells[i].box, cells[j].box))
    return [[cells[i] for i in group] for group in groups]


def _share_side(a: Box, b: Box) -> bool:
    across = min(a.right, b.right) - max(a.x, b.x)
    down = min(a.bottom, b.bottom) - max(a.y, b.y)
    stacked = min(abs(a.bottom - b.y), abs(b.bottom - a.y)) <= TOUCH and across >= ALONG * min(a.w, b.w)
    beside = min(abs(a.right - b.x), abs(b.right - a.x)) <= TOUCH and down >= ALONG * min(a.h, b.h)
    return stacked or beside


def split_rows(pixels: np.ndarray, shapes: list[Shape]) -> list[Shape]:
    """``shapes`` with each table cell that lists items on spaced rows cut into one cell per row.

    Cells side by side that span the same rows (a key column beside its names) are cut at the
    same lines, so each key stays level with its name. The cuts are open sides: no line is drawn
    where the picture has none.
    """
    cells = [s for s in shapes if s.compartment_of is not None]
    pieces: dict[int, list[Shape]] = {}
    for group in _level_groups(cells):
        cuts = _row_cuts(pixels, group)
        for cell in group if cuts else []:
            pieces[id(cell)] = _cut(cell, cuts)
    return [piece for s in shapes for piece in pieces.get(id(s), [s])]


def _level_groups(cells: list[Shape]) -> list[list[Shape]]:
    """Cells of one table that start and end level with each other."""
    groups = linked_groups(
        len(cells),
        lambda i, j: (
            cells[i].compartment_of is cells[j].compartment_of
            and abs(cells[i].box.y - cells[j].box.y) <= TOUCH
            and abs(cells[i].box.bottom - cells[j].box.bottom) <= TOUCH
        ),
    )
    return [[cells[i] for i in group] for group in groups]


def _row_cuts(pixels: np.ndarray, group: list[Shape]) -> list[int]:
    """Page rows where the cells of ``group`` divide into rows of items (none: one item)."""
    cell_bottom = min(c.box.bottom for c in group)
    top, bottom = max(c.box.y for c in group) + 3, cell_bottom - 3  # clear of the border lines
    if bottom - top < 2 * MIN_ROW_INK:
        return []
    inked = np.zeros(bottom - top, dtype=bool)
    for cell in group:
        crop = pixels[top:bottom, cell.box.x + 3 : cell.box.right - 3].astype(np.int32)
        inked |= (np.abs(crop - np.array(cell.fill)).sum(axis=2) > INK_CONTRAST).any(axis=1)
    bands = [(start + top, end + top) for start, end in true_runs(inked) if end - start >= MIN_ROW_INK]
    if len(bands) < 2:
        return []
    tallest = max(end - start for start, end in bands)
    gaps = [b[0] - a[1] for a, b in zip(bands, bands[1:], strict=False)]
    if min(gaps) < ROW_SPACING * tallest:
        return []
    cuts = [(a[1] + b[0]) // 2 for a, b in zip(bands, bands[1:], strict=False)]
    pitch = int(np.median(np.diff([start for start, _ in bands])))
    if cell_bottom - cuts[-1] > pitch + MIN_ROW_INK:
        cuts.append(cuts[-1] + pitch)  # space left under the last item is an empty row of its own
    return cuts


def _cut(cell: Shape, cuts: list[int]) -> list[Shape]:
    """``cell`` as one piece per row between ``cuts``; inner sides are left open."""
    bounds = [cell.box.y, *cuts, cell.box.bottom]
    pieces = []
    for index, (y0, y1) in enumerate(zip(bounds, bounds[1:], strict=False)):
        mask = np.zeros_like(cell.mask)
        mask[y0:y1] = cell.mask[y0:y1]
        open_sides = frozenset(
            (["top"] if index > 0 else []) + (["bottom"] if index < len(bounds) - 2 else [])
        )
        piece = Shape(Box(cell.box.x, y0, cell.box.w, y1 - y0), cell.kind, cell.fill, cell.stroke, mask)
        piece.compartment_of, piece.open_sides = cell.compartment_of, open_sides
        pieces.append(piece)
    return pieces
