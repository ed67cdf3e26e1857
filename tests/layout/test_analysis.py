"""Region and font analysis on pictures drawn here, so every expected value is known."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from tests.layout.conftest import label_font
from vl2code.layout.analysis import analyse, edge_mask, page_background
from vl2code.layout.fonts import FAMILIES, installed_families
from vl2code.ocr import OcrResult, read_text

NO_TEXT = OcrResult((), (), (), 0, 0)


def drawn_page() -> Image.Image:
    """A header band, a bordered card, a filled box, a separator and a photo-like patch."""
    image = Image.new("RGB", (800, 600), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, 799, 79], fill="#203040")
    draw.rectangle([40, 120, 340, 300], fill="#ffffff", outline="#888888", width=2)
    draw.rectangle([420, 120, 700, 300], fill="#ffe8cc")
    draw.line([40, 360, 740, 360], fill="#aaaaaa", width=1)
    noise = np.random.default_rng(3).integers(0, 255, (120, 160, 3), dtype=np.uint8)
    image.paste(Image.fromarray(noise), (420, 420))
    return image


def test_regions_of_a_drawn_page_are_found_with_their_colours() -> None:
    layout = analyse(drawn_page(), NO_TEXT)
    by_kind = {}
    for region in layout.regions:
        by_kind.setdefault(region.kind, []).append(region)
    (band,) = by_kind["band"]
    assert band.box.tuple() == (0, 0, 800, 80)
    assert band.fill == (0x20, 0x30, 0x40)
    boxes = {r.box.tuple(): r for r in by_kind["box"]}
    assert boxes[(40, 120, 301, 181)].border == (0x88, 0x88, 0x88)
    assert boxes[(40, 120, 301, 181)].border_width == 2
    assert boxes[(420, 120, 281, 181)].fill == (0xFF, 0xE8, 0xCC)
    (separator,) = by_kind["separator"]
    assert separator.box.y == 360 and separator.box.h == 1 and separator.box.w >= 690
    (picture,) = by_kind["image"]
    assert abs(picture.box.x - 420) <= 3 and abs(picture.box.w - 160) <= 6 and picture.textured


def test_page_background_and_edges() -> None:
    image = drawn_page()
    assert page_background(np.asarray(image)) == (255, 255, 255)
    edges = edge_mask(np.asarray(image))
    assert not edges[200, 600] and edges[80, 400]


def test_font_family_is_told_apart_by_glyph_shape() -> None:
    """A line set in a serif face is matched to a serif face, a sans line to a sans face."""
    families = {f.name: f for f in installed_families()}
    for name in ("DejaVu Sans", "DejaVu Serif"):
        image = Image.new("RGB", (900, 80), "white")
        draw = ImageDraw.Draw(image)
        font = label_font(26) if name == "DejaVu Sans" else _serif(families)
        draw.text((20, 20), "Harbour boats for sale this week", fill="#222222", font=font)
        layout = analyse(image, read_text(image))
        (line,) = layout.lines
        assert line.font.family.serif == (name == "DejaVu Serif")
        assert 23 <= line.size <= 29


def _serif(families):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    from vl2code.layout.fonts import _font_path

    path = _font_path(FAMILIES[2].regular_file)
    assert path is not None and "DejaVu Serif" in families
    return ImageFont.truetype(str(path), 26)
