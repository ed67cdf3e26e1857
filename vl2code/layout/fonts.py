"""Font families the layout engine can choose from, measured with FreeType.

Screenshots do not say which font they use, but a line's ink width and its height above the
baseline do: for the right family both imply the same font size. The families here are the
defaults browsers fall back to on Linux, Windows and macOS (Chromium on Linux draws Arial as
Liberation Sans and its default sans-serif as DejaVu Sans or Noto Sans). A family whose font file
is not installed is simply not a candidate.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

#: Measuring size: large enough that rounding inside FreeType does not matter.
REFERENCE_SIZE = 100
FONT_DIRECTORIES = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".fonts",
    Path.home() / ".local/share/fonts",
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)


@dataclass(frozen=True)
class Family:
    """One font family: the CSS stack to write and the files to measure it with."""

    name: str
    css: str
    regular_file: str
    bold_file: str
    serif: bool


FAMILIES = (
    Family(
        "DejaVu Sans", "'DejaVu Sans', Verdana, sans-serif", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", False
    ),
    Family(
        "Liberation Sans",
        "'Liberation Sans', Arial, Helvetica, sans-serif",
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        False,
    ),
    Family("DejaVu Serif", "'DejaVu Serif', Georgia, serif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", True),
    Family(
        "Liberation Serif",
        "'Liberation Serif', 'Times New Roman', Times, serif",
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        True,
    ),
    Family("Noto Sans", "'Noto Sans', sans-serif", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", False),
    Family("Roboto", "Roboto, 'Helvetica Neue', sans-serif", "Roboto-Regular.ttf", "Roboto-Bold.ttf", False),
)
DEFAULT_FAMILY = FAMILIES[0]


@functools.cache
def _font_path(file_name: str) -> Path | None:
    for folder in FONT_DIRECTORIES:
        if folder.is_dir():
            found = next(folder.rglob(file_name), None)
            if found is not None:
                return found
    return None


@functools.cache
def _font(file_name: str) -> ImageFont.FreeTypeFont | None:
    path = _font_path(file_name)
    if path is None:
        return None
    try:
        return ImageFont.truetype(str(path), REFERENCE_SIZE)
    except OSError:
        return None


@functools.cache
def installed_families() -> tuple[Family, ...]:
    """The candidate families whose regular and bold files can be opened here."""
    return tuple(f for f in FAMILIES if _font(f.regular_file) is not None and _font(f.bold_file) is not None)


@dataclass(frozen=True)
class TextMetrics:
    """How a string sets in one face, in em (font size = 1)."""

    advance: float  # the width the browser gives the text
    ink_left: float  # where the first glyph's ink starts, right of the pen position
    ink_top: float  # ink height above the baseline
    ascent: float  # the face's line ascent and descent (where the browser puts the baseline)
    descent: float


@functools.lru_cache(maxsize=8192)
def measure(family: Family, bold: bool, text: str) -> TextMetrics | None:
    """Metrics of ``text`` set in ``family``; None when the family is not installed."""
    font = _font(family.bold_file if bold else family.regular_file)
    if font is None or not text:
        return None
    ascent, descent = font.getmetrics()
    scale = 1.0 / REFERENCE_SIZE
    stripped = text.lstrip()
    tops = [_glyph_box(font, c)[1] for c in set(text) if not c.isspace()]
    return TextMetrics(
        advance=font.getlength(text) * scale,
        ink_left=(_glyph_box(font, stripped[0])[0] + font.getlength(text[: len(text) - len(stripped)]))
        * scale
        if stripped
        else 0.0,
        ink_top=-min(tops, default=0) * scale,
        ascent=ascent * scale,
        descent=descent * scale,
    )


@functools.lru_cache(maxsize=16384)
def _glyph_box(font: ImageFont.FreeTypeFont, char: str) -> tuple[float, float, float, float]:
    """One character's ink box relative to its pen position on the baseline (cached: pages reuse letters)."""
    return font.getbbox(char, anchor="ls")


@dataclass(frozen=True)
class FontChoice:
    family: Family
    bold: bool
    size: float  # px, so that the text's advance matches the measured ink width
    mismatch: float  # |log| of the ratio of the size implied by width to the one implied by height
    letter_spacing: float = 0.0  # px added after each character (tracked capitals, wide display type)


def fit(text: str, ink_width: float, ink_height_above_baseline: float, bold_hint: bool) -> list[FontChoice]:
    """Every installed family and weight, with the size that reproduces the line, best first.

    Width and height each imply a size; the family for which they agree is the one the line was
    set in. A weight that disagrees with the stroke-based bold estimate pays a penalty.
    """
    choices = []
    for family in installed_families():
        for bold in (False, True):
            metrics = measure(family, bold, text)
            if metrics is None or metrics.advance <= 0 or metrics.ink_top <= 0:
                continue
            ink_em = max(metrics.advance - metrics.ink_left, 1e-3)
            size_w = ink_width / ink_em
            size_h = ink_height_above_baseline / metrics.ink_top
            mismatch = abs(math.log(max(size_w, 1e-3) / max(size_h, 1e-3)))
            if bold != bold_hint:
                mismatch += 0.03
            choices.append(FontChoice(family, bold, size_w, mismatch))
    choices.sort(key=lambda c: c.mismatch)
    return choices


def with_tracking(
    choice: FontChoice, text: str, ink_width: float, ink_height_above_baseline: float
) -> FontChoice:
    """The same face sized by its height, the extra width spread between letters as spacing.

    A line much wider than its height allows in every family is set with letter spacing.
    """
    metrics = measure(choice.family, choice.bold, text)
    if metrics is None or metrics.ink_top <= 0 or len(text) < 3:
        return choice
    size = ink_height_above_baseline / metrics.ink_top
    spacing = (ink_width - (metrics.advance - metrics.ink_left) * size) / (len(text) - 1)
    if spacing <= 0.02 * size:
        return choice
    return FontChoice(choice.family, choice.bold, size, choice.mismatch, round(spacing, 2))


def _glyph_image(family: Family, bold: bool, text: str, size: int) -> np.ndarray | None:
    """The ink of ``text`` set at ``size`` px, cropped to its bounding box (0..1 floats)."""
    path = _font_path(family.bold_file if bold else family.regular_file)
    if path is None:
        return None
    font = _sized_font(str(path), size)
    x0, y0, x1, y1 = (int(v) for v in font.getbbox(text))
    if x1 <= x0 or y1 <= y0:
        return None
    canvas = Image.new("L", (x1 - x0 + 2, y1 - y0 + 2), 0)
    ImageDraw.Draw(canvas).text((1 - x0, 1 - y0), text, fill=255, font=font)
    pixels = np.asarray(canvas, dtype=np.float32) / 255.0
    rows = np.flatnonzero(pixels.max(axis=1) > 0.3)
    cols = np.flatnonzero(pixels.max(axis=0) > 0.3)
    if rows.size == 0 or cols.size == 0:
        return None
    return pixels[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


@functools.lru_cache(maxsize=64)
def _sized_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def shape_similarity(ink: np.ndarray, family: Family, bold: bool, text: str, size: float) -> float:
    """Correlation between the screenshot's ink and ``text`` drawn in the family (-1..1).

    Widths cannot tell DejaVu Sans from DejaVu Serif; the glyph shapes (serifs, stroke contrast)
    can. Both images are brought to the same size first, so only the shapes are compared.
    """
    drawn = _glyph_image(family, bold, text, max(6, int(round(size))))
    if drawn is None or ink.size == 0:
        return -1.0
    height, width = ink.shape
    resized = cv2.resize(drawn, (width, height), interpolation=cv2.INTER_AREA)
    a = cv2.GaussianBlur(ink.astype(np.float32), (3, 3), 0).ravel()
    b = cv2.GaussianBlur(resized, (3, 3), 0).ravel()
    a = a - a.mean()
    b = b - b.mean()
    norm = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b / norm) if norm > 0 else -1.0
