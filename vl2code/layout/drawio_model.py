"""The pieces a diagram is made of, shared by the draw.io passes: shapes and connectors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from vl2code.layout.analysis import Box, TextLine
from vl2code.layout.tree import Paragraph


@dataclass
class Shape:
    box: Box
    kind: str  # rectangle, rounded, ellipse, rhombus, cylinder, swimlane
    fill: tuple[int, int, int]
    stroke: tuple[int, int, int] | None
    mask: np.ndarray  # filled area in page pixels (bool, full size)
    labels: list[Paragraph] = field(default_factory=list)
    parent: Shape | None = None
    start_size: int = 0  # swimlane title strip; a cylinder's lid depth when its lid was apart
    cell_id: str = ""
    picture: str = ""  # data URI of an icon's pixels (kind "image")
    stroke_width: int = 1
    horizontal: bool = True  # False: a swimlane whose title strip runs down its left side
    crossed: bool = False  # an ellipse traced from its outline among overlapping others
    filled: bool = True  # False: only the outline is drawn (fillColor=none)
    opacity: int = 100  # translucent fill (overlapping sets seen through each other)
    dashed: bool = False  # a dashed outline (a group's border)
    compartment_of: Shape | None = None  # the table this is a cell of (drawio_tables)
    body_fill: tuple[int, int, int] | None = None  # a swimlane's body, when painted apart from its title
    open_sides: frozenset[str] = frozenset()  # sides drawn without a line (a table row's inner cuts)
    tab_width: int = 0  # a UML frame's title tab (its height is start_size)

    def holds_centre(self, box: Box) -> bool:
        """Whether the centre of ``box`` (a text line's, say) lies in this shape's filled area."""
        cx, cy = (int(v) for v in box.centre)
        height, width = self.mask.shape
        return bool(self.mask[min(max(cy, 0), height - 1), min(max(cx, 0), width - 1)])

    def title_box(self) -> Box:
        """The title strip of a swimlane (empty for other shapes)."""
        if self.kind != "swimlane":
            return Box(self.box.x, self.box.y, 0, 0)
        if self.horizontal:
            return Box(self.box.x, self.box.y, self.box.w, self.start_size)
        return Box(self.box.x, self.box.y, self.start_size, self.box.h)


#: Kinds of shape that are a drawn line (draw.io's ``line`` shape, lying or upright).
LINE_KINDS = ("line", "vertical_line")


@dataclass
class Connector:
    points: list[tuple[int, int]]  # start and end
    source: Shape | None
    target: Shape | None
    start_arrow: bool
    end_arrow: bool
    color: tuple[int, int, int]
    pixels: np.ndarray  # (n, 2) y, x of its ink
    labels: list[Paragraph] = field(default_factory=list)
    dashed: bool = False


def clip_box(box: Box, width: int, height: int) -> Box:
    """``box`` cut to the page, so crops never start at a negative index."""
    x0, y0 = max(0, box.x), max(0, box.y)
    return Box(x0, y0, min(width, box.right) - x0, min(height, box.bottom) - y0)


#: Line ink differs from the background by this much (sum over channels).
INK_CONTRAST = 120
#: A fill nearer the page's colour than this (colour_distance) is the page: space, not paint.
PLAIN = 24


def line_ink(pixels: np.ndarray, background: tuple[int, int, int]) -> np.ndarray:
    """Pixels drawn clearly off the background: outlines, connectors, text (uint8 0/1)."""
    distance = np.abs(pixels.astype(np.int32) - np.array(background)).sum(axis=2)
    return (distance > INK_CONTRAST).astype(np.uint8)


def text_mask(lines: Sequence[TextLine], size: tuple[int, int], margin: int = 2) -> np.ndarray:
    """Where the text ``lines`` lie, each box widened by ``margin`` px: ink there is lettering."""
    mask = np.zeros(size, dtype=bool)
    for line in lines:
        b = line.box.expand(margin)
        mask[max(0, b.y) : b.bottom, max(0, b.x) : b.right] = True
    return mask


#: A shape's outline is drawn within this many px of its filled area's edge.
OUTLINE_REACH = 4


def outline_zones(shape: Shape) -> tuple[np.ndarray, np.ndarray]:
    """(around, inside): the shape's area widened by OUTLINE_REACH px, where its outline is
    drawn, and narrowed by 2 px, clear of it. Worked out on the shape's own stretch of the page."""
    height, width = shape.mask.shape
    reach = OUTLINE_REACH + 4
    b = clip_box(shape.box.expand(reach), width, height)
    crop = shape.mask[b.y : b.bottom, b.x : b.right].astype(np.uint8)
    size = 2 * OUTLINE_REACH + 1
    around = np.zeros((height, width), dtype=bool)
    inside = np.zeros((height, width), dtype=bool)
    around[b.y : b.bottom, b.x : b.right] = cv2.dilate(crop, np.ones((size, size), np.uint8)).astype(bool)
    inside[b.y : b.bottom, b.x : b.right] = cv2.erode(crop, np.ones((5, 5), np.uint8)).astype(bool)
    return around, inside


def true_runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True in ``flags`` (a row of pixels), end exclusive."""
    edges = np.diff(np.concatenate(([0], flags.astype(np.int8), [0])))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(), strict=True))
