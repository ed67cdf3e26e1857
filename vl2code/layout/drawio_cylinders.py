"""Cylinders (databases) whose lid is an area of its own.

draw.io's cylinder draws the lid as a whole ellipse on top of the body, so flat-area search
finds two areas: the lid (a flat ellipse) and the body, whose top is cut by the lid's lower arc
and whose bottom bulges by the same arc. A body like that is a cylinder reaching up to the lid's
top; the lid is part of it.
"""

from __future__ import annotations

import numpy as np

from vl2code.layout.analysis import Box
from vl2code.layout.drawio_model import Shape

#: Shallowest arc (px) that makes a sagging top and bottom.
MIN_SAG = 3
#: A lid is at least this share of the body's width.
LID_WIDTH = 0.8


def sag_depth(filled: np.ndarray) -> int:
    """How deep (px) both the top and bottom edges of an area sag in the middle, the same way
    (0 when they do not: the body of a cylinder whose lid is apart)."""
    h, w = filled.shape
    if w < 12 or h < 12:
        return 0
    columns = filled.astype(bool)
    tops = np.argmax(columns, axis=0)
    bottoms = h - 1 - np.argmax(columns[::-1], axis=0)
    edge = max(1, w // 10)
    middle = slice(2 * w // 5, 3 * w // 5)
    top_sag = float(tops[middle].mean() - np.concatenate([tops[:edge], tops[-edge:]]).mean())
    bottom_sag = float(bottoms[middle].mean() - np.concatenate([bottoms[:edge], bottoms[-edge:]]).mean())
    if top_sag < MIN_SAG or bottom_sag < MIN_SAG or abs(top_sag - bottom_sag) > max(3.0, 0.5 * top_sag):
        return 0
    band = filled[int(tops.max()) : int(bottoms.min()) + 1]
    if band.size == 0 or band.mean() < 0.97:
        return 0
    return round(top_sag)


def absorb_lids(shapes: list[Shape]) -> list[Shape]:
    """``shapes`` with each lidless cylinder body joined by its lid; a sagging area with no lid
    on top (space between curved connectors) is no cylinder and is dropped."""
    dropped: set[int] = set()  # lids (now part of their body) and bodies with no lid
    bodies = [s for s in shapes if s.kind == "cylinder" and s.start_size]
    for body in bodies:
        top = body.box
        for lid in shapes:
            if lid is body or lid.kind != "ellipse" or id(lid) in dropped:
                continue
            b = lid.box
            if (
                b.w >= LID_WIDTH * top.w
                and b.x >= top.x - 3
                and b.right <= top.right + 3
                and b.y <= top.y + 2
                and top.y <= b.bottom <= top.y + 4 * body.start_size + 8
            ):
                dropped.add(id(lid))
                body.mask |= lid.mask
                # The lid is a whole ellipse: the cylinder starts at its top, its depth is half of it.
                body.box = Box(top.x, b.y, top.w, top.bottom - b.y)
                body.start_size = max(body.start_size, b.h // 2)
                break
        else:
            dropped.add(id(body))
    return [s for s in shapes if id(s) not in dropped]
