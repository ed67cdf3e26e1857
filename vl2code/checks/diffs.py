"""Diff images a reviewer can read at a glance: reference, render and pixel diff side by side.

Mismatched text blocks are outlined on the first two panels (red: in the reference but wrong
or missing in the render; blue: only in the render), so the reason for a low score is visible
without reading the report.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw

from vl2code.checks.plan import CheckTarget
from vl2code.fileio import write_atomic

if TYPE_CHECKING:
    from vl2code.compare import Mismatch

GAP = 12
GAP_COLOR = (128, 128, 128)
REFERENCE_OUTLINE = (220, 0, 0)
CANDIDATE_OUTLINE = (0, 90, 220)
OUTLINE_WIDTH = 3


def diff_image_path(diff_dir: Path, target: CheckTarget) -> Path:
    """``pages/home.html`` -> ``pages__home.html.png`` (``@375`` added for a width), so names never clash."""
    stem = target.display.lstrip("/").replace("\\", "/").replace("/", "__")
    return diff_dir / f"{stem}{'' if target.width is None else f'@{target.width}'}.png"


def side_by_side(
    reference: Image.Image, candidate: Image.Image, diff: Image.Image, mismatches: Sequence[Mismatch]
) -> Image.Image:
    """One image: the reference and the render with mismatches outlined, then the pixel diff."""
    panels = [
        _outlined(reference, mismatches, "reference_bbox", REFERENCE_OUTLINE),
        _outlined(candidate, mismatches, "candidate_bbox", CANDIDATE_OUTLINE),
        diff.convert("RGB"),
    ]
    width = sum(panel.width for panel in panels) + GAP * (len(panels) - 1)
    sheet = Image.new("RGB", (width, max(panel.height for panel in panels)), GAP_COLOR)
    x = 0
    for panel in panels:
        sheet.paste(panel, (x, 0))
        x += panel.width + GAP
    return sheet


def _outlined(
    image: Image.Image, mismatches: Sequence[Mismatch], side: str, color: tuple[int, int, int]
) -> Image.Image:
    copy = image.convert("RGB")
    draw = ImageDraw.Draw(copy)
    for mismatch in mismatches:
        box = getattr(mismatch, side)
        if box is not None:
            x, y, w, h = box
            draw.rectangle((x, y, x + w, y + h), outline=color, width=OUTLINE_WIDTH)
    return copy


def write_png(path: Path, image: Image.Image) -> None:
    """Encode, then write atomically: a killed run never leaves a half-written PNG behind."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    write_atomic(path, buffer.getvalue())
