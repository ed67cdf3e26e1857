"""Boxes split into compartments: a titled stack of cells (an ER table, a UML class, an entity).

Each compartment of such a box is an enclosed flat area of its own, so shape search finds a
title strip and the cells under it as separate rectangles that touch. Drawn apart, every later
pass sees them as unrelated (a key row grows into a lane, the title into a pool). Found here
first, they become what draw.io's own table templates are: a swimlane whose title is the top
strip, holding the other cells as children, each with its own label.
"""

from __future__ import annotations

from vl2code.layout.analysis import Box
from vl2code.layout.drawio_model import Shape
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
