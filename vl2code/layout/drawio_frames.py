"""UML frames: a box whose title sits in a tab with a cut corner in its top left corner.

A sequence diagram's fragments (``alt``, ``loop``, ``opt``) and UML's diagram frames name
themselves in a pentagon tab: a small box fitted into the frame's top left corner whose
bottom right corner is cut. Found as two shapes, the tab is the frame's title: one draw.io
``umlFrame`` with the tab's size and label.
"""

from __future__ import annotations

import numpy as np

from vl2code.layout.drawio_model import Connector, Shape

#: The tab fits into the frame's corner within this many px ...
CORNER = 3
#: ... is at most this share of the frame's width and height, and this tall (px).
TAB_SHARE = 0.6
MAX_TAB = 50


def uml_frames(shapes: list[Shape], connectors: list[Connector]) -> list[Shape]:
    """``shapes`` with each frame and its tab made one ``frame`` shape titled by the tab."""
    tabs: dict[int, Shape] = {}
    for frame in shapes:
        tab = next((s for s in shapes if s.parent is frame and _is_tab(s, frame)), None)
        if tab is None or frame.kind != "rectangle":
            continue
        frame.kind, frame.labels = "frame", tab.labels
        frame.start_size, frame.tab_width = tab.box.bottom - frame.box.y, tab.box.right - frame.box.x
        tabs[id(tab)] = frame
    for shape in shapes:
        if shape.parent is not None and id(shape.parent) in tabs:
            shape.parent = tabs[id(shape.parent)]
    for connector in connectors:
        if connector.source is not None and id(connector.source) in tabs:
            connector.source = tabs[id(connector.source)]
        if connector.target is not None and id(connector.target) in tabs:
            connector.target = tabs[id(connector.target)]
    return [s for s in shapes if id(s) not in tabs]


def _is_tab(tab: Shape, frame: Shape) -> bool:
    """A labelled pentagon fitted into ``frame``'s top left corner."""
    t, f = tab.box, frame.box
    fits = abs(t.x - f.x) <= CORNER and abs(t.y - f.y) <= CORNER
    small = t.w <= TAB_SHARE * f.w and t.h <= TAB_SHARE * f.h and t.h <= MAX_TAB
    return fits and small and bool(tab.labels) and _corner_cut(tab)


def _corner_cut(tab: Shape) -> bool:
    """Whether the bottom right corner of ``tab``'s area is cut off, and the top right is not."""
    b = tab.box
    area = tab.mask[max(0, b.y) : b.bottom, max(0, b.x) : b.right]
    rows, columns = np.flatnonzero(area.any(axis=1)), np.flatnonzero(area.any(axis=0))
    if len(rows) < 6 or len(columns) < 6:
        return False
    area = area[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1]  # the inside, not the stroke
    side = max(2, min(area.shape) // 3)
    bottom_right = area[-side:, -side:].mean()
    top_right = area[:side, -side:].mean()
    return bool(bottom_right < 0.5 and top_right > 0.8)
