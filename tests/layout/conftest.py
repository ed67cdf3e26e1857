"""Layout-engine fixtures: a rendered fixture page and a diagram drawn with PIL."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from vl2code.layout.fonts import FAMILIES, _font_path


@pytest.fixture(scope="session")
def layout_fixtures(fixtures_dir: Path) -> Path:
    return fixtures_dir / "layout"


@pytest.fixture(scope="session")
def page_screenshot(renderer, layout_fixtures: Path) -> Image.Image:
    """tests/fixtures/layout/page.html as Chromium draws it at 1000 px."""
    html = (layout_fixtures / "page.html").read_text(encoding="utf-8")
    return renderer.render_html(html, width=1000).image


def label_font(size: int = 18) -> ImageFont.FreeTypeFont:
    path = _font_path(FAMILIES[0].regular_file)
    if path is None:
        pytest.skip("DejaVu Sans is not installed")
    return ImageFont.truetype(str(path), size)


def draw_box_arrow_diagram() -> Image.Image:
    """Two labelled boxes joined by an arrow from left to right, an ellipse and a rhombus below."""
    image = Image.new("RGB", (640, 360), "white")
    draw = ImageDraw.Draw(image)
    font = label_font()
    draw.rectangle([40, 60, 200, 140], fill="#dae8fc", outline="#6c8ebf", width=2)
    draw.text((120, 100), "Start", fill="black", font=font, anchor="mm")
    draw.rectangle([420, 60, 580, 140], fill="#d5e8d4", outline="#82b366", width=2)
    draw.text((500, 100), "Finish", fill="black", font=font, anchor="mm")
    draw.line([202, 100, 404, 100], fill="black", width=2)
    draw.polygon([(418, 100), (402, 92), (402, 108)], fill="black")
    draw.ellipse([60, 220, 220, 320], fill="#fff2cc", outline="#d6b656", width=2)
    draw.text((140, 270), "Review", fill="black", font=font, anchor="mm")
    draw.polygon([(500, 200), (590, 270), (500, 340), (410, 270)], fill="#f8cecc", outline="#b85450")
    draw.text((500, 270), "Ready", fill="black", font=font, anchor="mm")
    return image


@pytest.fixture(scope="session")
def diagram_screenshot() -> Image.Image:
    return draw_box_arrow_diagram()
