"""Bars: long thin upright boxes (a sequence diagram's activation bars), cut apart or not.

Narrower than a shape and filled with the page's colour, a bar's inside would pass for a gap
between two lines; a full rectangle three times as tall as wide is a bar (:func:`bar_area`).

A frame's border drawn across an activation bar splits its inside into several areas, each
found on its own; cut pieces have borders that run on past their corners (the frame's line),
so they would be taken for open space. Pieces one above the other, of one width, whose two
side lines run on unbroken through the gap between them, where a line crosses the bar, are one
bar (a lane border that only starts at a title strip does not cut it).
"""

from __future__ import annotations

import numpy as np

from vl2code.layout.analysis import Box, colour_distance
from vl2code.layout.drawio_model import PLAIN, Shape

#: A bar is at most this wide (px, draw.io's activation bar is 10) and at least this many times
#: as long as it is wide ...
MAX_WIDTH = 16
BAR_LENGTH = 3
#: ... and a full rectangle: this share of its box, and of each side of it, is inside.
BAR_FULL = 0.95
#: Its pieces are at most this far apart (px: the lines and gaps that cross it).
MAX_CUT = 40
#: Share of the gap's rows where both side lines are drawn.
SIDES_DRAWN = 0.9
#: A line that cuts a bar runs on this far (px) beyond both its sides.
CROSS_REACH = 4


def bar_area(area: np.ndarray) -> bool:
    """Whether a narrow empty area (a bool mask of its box) is the inside of an upright bar: a
    full rectangle, not the gap between two lines or a 3-D box's slanted face."""
    height, width = area.shape
    if width + 2 > MAX_WIDTH or height < BAR_LENGTH * width or area.mean() < BAR_FULL:
        return False
    return all(side.mean() >= BAR_FULL for side in (area[0], area[-1], area[:, 0], area[:, -1]))


def join_bars(shapes: list[Shape], ink: np.ndarray, background: tuple[int, int, int]) -> list[Shape]:
    """``shapes`` with the pieces of each upright bar joined into the first piece, and without
    the areas of page colour a bar cuts off from a frame drawn across it."""
    bars = sorted((s for s in shapes if s.kind == "rectangle" and _upright_bar(s.box)), key=_top)
    joined: set[int] = set()
    for index, upper in enumerate(bars):
        if id(upper) in joined:
            continue
        for lower in bars[index + 1 :]:
            if id(lower) not in joined and _continues(upper.box, lower.box, ink):
                upper.box = Box.union([upper.box, lower.box])
                upper.mask |= lower.mask
                upper.mask[upper.box.y : upper.box.bottom, upper.box.x + 1 : upper.box.right - 1] = True
                joined.add(id(lower))
    bars = [b for b in bars if id(b) not in joined]
    for bar in bars:
        _extend(bar, ink)
    cut_off = {
        id(s)
        for s in shapes
        if s.kind == "rectangle"
        and colour_distance(s.fill, background) < PLAIN
        and any(_beside(s.box, b.box) for b in bars)
    }
    return [s for s in shapes if id(s) not in joined | cut_off]


def _beside(piece: Box, bar: Box) -> bool:
    """Whether ``piece`` is space the bar cuts off: one side along the bar, which runs past both
    its ends (the rest of a frame the bar is drawn across)."""
    along = min(abs(piece.x - bar.right), abs(piece.right - bar.x)) <= 3
    spanned = bar.y <= piece.y + 3 and bar.bottom >= piece.bottom - 3
    return along and spanned and piece.w > bar.w


def _extend(bar: Shape, ink: np.ndarray) -> None:
    """Carry ``bar`` up and down as far as both its side lines run on (to its real ends, past a
    short piece too small to be found on its own)."""
    box = bar.box
    top, bottom = box.y, box.bottom
    while top > 0 and _sides_drawn(ink, top - 1, box):
        top -= 1
    while bottom < ink.shape[0] and _sides_drawn(ink, bottom, box):
        bottom += 1
    if (top, bottom) != (box.y, box.bottom):
        bar.box = Box(box.x, top, box.w, bottom - top)
        bar.mask[top:bottom, box.x + 1 : box.right - 1] = True


def _sides_drawn(ink: np.ndarray, row: int, box: Box) -> bool:
    return bool(
        ink[row, max(0, box.x) : box.x + 3].any() and ink[row, max(0, box.right - 3) : box.right].any()
    )


def _upright_bar(box: Box) -> bool:
    return box.w <= MAX_WIDTH and box.h >= BAR_LENGTH * box.w


def _top(shape: Shape) -> tuple[int, int]:
    return shape.box.y, shape.box.x


def _continues(upper: Box, lower: Box, ink: np.ndarray) -> bool:
    """Whether ``lower`` carries on the bar ``upper`` below a cut: level sides, drawn on between."""
    if abs(upper.x - lower.x) > 2 or abs(upper.right - lower.right) > 2:
        return False
    gap = lower.y - upper.bottom
    if not -2 <= gap <= MAX_CUT:
        return False
    if gap <= 0:
        return True
    rows = range(upper.bottom, lower.y)
    drawn = [_sides_drawn(ink, row, upper) for row in rows]
    return sum(drawn) >= SIDES_DRAWN * len(drawn) and any(_crossed(ink, row, upper) for row in rows)


def _crossed(ink: np.ndarray, row: int, box: Box) -> bool:
    """Whether a line crosses the bar at ``row``: drawn on just outside both its sides (a lane's
    border only starts at the side of the title strip it closes)."""
    left, right = box.x - CROSS_REACH, box.right + CROSS_REACH
    return (
        left >= 0
        and right <= ink.shape[1]
        and bool(ink[row, left : box.x].all() and ink[row, box.right : right].all())
    )
