"""Regions a check ignores: rectangles given in pixels, or CSS selectors found in the render.

Dynamic parts of a page (a clock, an ad, a carousel) would fail every check. The reference is
only pixels, so a selector is looked up in the candidate render and the element's box is then
left out of the comparison on both images.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import ndimage

from vl2code.errors import SettingsError
from vl2code.render import Renderer

Rect = tuple[int, int, int, int]
RGB = tuple[int, int, int]
_RECT = re.compile(r"^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*$")
#: What would let a selector escape its style rule (or its <style> element) in the probe render.
_UNSAFE_SELECTOR = re.compile(r"[{}<]|/\*")


@dataclass(frozen=True)
class Masks:
    """Masks split by kind: ``rects`` apply as given, ``selectors`` need a rendered page."""

    rects: tuple[Rect, ...] = ()
    selectors: tuple[str, ...] = ()


def parse_masks(specs: Sequence[str]) -> Masks:
    """``x,y,w,h`` (pixels, width and height above 0) is a rectangle; anything else a CSS selector."""
    rects: list[Rect] = []
    selectors: list[str] = []
    for spec in specs:
        match = _RECT.match(spec)
        if match:
            x, y, w, h = (int(part) for part in match.groups())
            if w == 0 or h == 0:
                raise SettingsError(f"mask {spec!r}: width and height must be above 0")
            rects.append((x, y, w, h))
        elif _UNSAFE_SELECTOR.search(spec):
            raise SettingsError(f"mask {spec!r}: not a CSS selector (it contains {{, }}, < or /*)")
        elif spec.strip():
            selectors.append(spec.strip())
        else:
            raise SettingsError("mask: empty value (expected x,y,w,h or a CSS selector)")
    return Masks(tuple(rects), tuple(selectors))


#: Colours the probe render paints each selector's elements in (everything else is hidden).
PROBE_COLORS: tuple[RGB, ...] = (
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 0),
    (255, 0, 0),
    (0, 160, 0),
    (0, 0, 255),
    (0, 0, 0),
)
#: Per-channel distance from a probe colour that still counts (edges are blended with white).
PROBE_TOLERANCE = 24


def selector_rects(
    renderer: Renderer, html: str, *, base_dir: Path | None, width: int | None, selectors: Sequence[str]
) -> tuple[tuple[Rect, ...], tuple[str, ...]]:
    """The boxes of the elements ``selectors`` match, and the selectors that matched nothing.

    The page is rendered again with every element hidden (which keeps the layout) except the
    matches, painted in one flat colour per selector; each colour's connected regions are the
    boxes. This needs only the renderer's ordinary ``render_html``.
    """
    rects: list[Rect] = []
    unmatched: list[str] = []
    for start in range(0, len(selectors), len(PROBE_COLORS)):
        batch = list(selectors[start : start + len(PROBE_COLORS)])
        probe = renderer.render_html(
            html + _probe_style(batch), base_dir=base_dir, width=width, text_blocks=False
        ).image
        pixels = np.asarray(probe.convert("RGB"), dtype=np.int16)
        for selector, color in zip(batch, PROBE_COLORS, strict=False):
            found = _color_regions(pixels, color)
            rects.extend(found)
            if not found:
                unmatched.append(selector)
    return tuple(rects), tuple(unmatched)


def _probe_style(selectors: Sequence[str]) -> str:
    rules = [
        "html, body { background: #ffffff !important; }",
        "*, *::before, *::after { visibility: hidden !important; opacity: 1 !important; }",
    ]
    for selector, (r, g, b) in zip(selectors, PROBE_COLORS, strict=False):
        color = f"rgb({r}, {g}, {b})"
        rules.append(
            f":is({selector}) {{ visibility: visible !important; background: {color} !important; "
            f"color: {color} !important; border-color: {color} !important; box-shadow: none !important; "
            "text-shadow: none !important; object-position: -100000px -100000px !important; }"
        )
    return "<style>" + "\n".join(rules) + "</style>"


def _color_regions(pixels: np.ndarray, color: RGB) -> list[Rect]:
    mask = np.all(np.abs(pixels - np.array(color, dtype=np.int16)) <= PROBE_TOLERANCE, axis=2)
    labels, count = ndimage.label(mask)
    boxes = ndimage.find_objects(labels)
    return [
        (int(cols.start), int(rows.start), int(cols.stop - cols.start), int(rows.stop - rows.start))
        for rows, cols in boxes[:count]
    ]
