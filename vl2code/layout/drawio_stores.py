"""Data stores: a label between two equal horizontal lines (the data-flow diagram symbol).

No enclosed area makes them, so shape search misses them and connector tracing finds two loose
straight lines. Two such lines of the same extent, one above the other, with text between them
are one shape (``partialRectangle`` with only its top and bottom drawn).
"""

from __future__ import annotations

import numpy as np

from vl2code.layout.analysis import Box, TextLine
from vl2code.layout.drawio_model import Connector, Shape

#: The lines' ends may differ this much (px); their gap is within these bounds (px).
END_SLACK = 4
MIN_GAP, MAX_GAP = 15, 90
MIN_LENGTH = 40


def find_data_stores(
    connectors: list[Connector], lines: list[TextLine], shapes: list[Shape], size: tuple[int, int]
) -> tuple[list[Shape], list[Connector]]:
    """Data-store shapes made of pairs of loose horizontal lines, and the connectors left over.

    Lines with shapes between them are dividers of a page (a wireframe's toolbar), not a store.
    """
    flat = [c for c in connectors if _loose_horizontal(c)]
    used: set[int] = set()
    stores: list[Shape] = []
    for top in sorted(flat, key=lambda c: c.points[0][1]):
        if id(top) in used:
            continue
        (ax0, ay), (ax1, _) = sorted(top.points)
        for bottom in flat:
            if bottom is top or id(bottom) in used:
                continue
            (bx0, by), (bx1, _) = sorted(bottom.points)
            gap = by - ay
            if not (
                MIN_GAP <= gap <= MAX_GAP and abs(ax0 - bx0) <= END_SLACK and abs(ax1 - bx1) <= END_SLACK
            ):
                continue
            box = Box(min(ax0, bx0), ay, max(ax1, bx1) - min(ax0, bx0), gap)
            if not any(box.contains_point(*line.box.centre) for line in lines):
                continue
            if any(box.contains_point(*shape.box.centre) for shape in shapes):
                continue
            used.update((id(top), id(bottom)))
            mask = np.zeros(size, dtype=bool)
            mask[box.y : box.bottom, box.x : box.right] = True
            stores.append(Shape(box, "datastore", (255, 255, 255), top.color, mask))
            break
    return stores, [c for c in connectors if id(c) not in used]


def _loose_horizontal(connector: Connector) -> bool:
    """A single straight horizontal line attached to nothing and with no arrowheads."""
    if len(connector.points) != 2 or connector.source or connector.target:
        return False
    if connector.start_arrow or connector.end_arrow:
        return False
    (x0, y0), (x1, y1) = connector.points
    return abs(y0 - y1) <= 1 and abs(x1 - x0) >= MIN_LENGTH
