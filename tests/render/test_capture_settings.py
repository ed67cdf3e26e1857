"""render.fonts pins the fonts a page may use; render.missing_images draws images that cannot
load as the Design2Code placeholder instead of the broken-image icon."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.render.render_helpers import pixel
from vl2code.errors import SettingsError
from vl2code.render import Renderer
from vl2code.render.fonts import FONT_SETS
from vl2code.settings import RenderSettings

needs_dejavu = pytest.mark.skipif(
    not FONT_SETS["dejavu"].folder.is_dir(), reason="fonts-dejavu-core is not installed"
)

TEXT = "The quick brown fox jumps over the lazy dog"


def _text_width(renderer: Renderer, family: str) -> float:
    page = renderer.render_html(f'<p style="font: 20px {family}; margin: 0">{TEXT}</p>')
    (block,) = page.text_blocks or ()
    return block.bbox[2]


@needs_dejavu
def test_pinned_fonts_are_the_only_fallback(renderer: Renderer) -> None:
    with Renderer(RenderSettings(fonts="dejavu")) as pinned:
        arial_pinned = _text_width(pinned, "Arial")
        serif_pinned = _text_width(pinned, "serif")
    dejavu_sans = _text_width(renderer, "'DejaVu Sans'")
    assert arial_pinned == pytest.approx(dejavu_sans, abs=0.5)
    assert serif_pinned == pytest.approx(_text_width(renderer, "'DejaVu Serif'"), abs=0.5)
    assert arial_pinned != pytest.approx(_text_width(renderer, "Arial"), abs=5)


def test_a_font_folder_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="is not a folder"):
        Renderer(RenderSettings(fonts=str(tmp_path / "nowhere"))).start()
    with pytest.raises(SettingsError, match="holds no font files"):
        Renderer(RenderSettings(fonts=str(tmp_path))).start()


PAGE_WITH_IMAGES = """<body style="margin: 0; background: white">
<img id="natural" src="rick.jpg" style="display: block; width: 320px">
<img id="sized" src="missing/photo.png" width="100" height="100" style="display: block">
<img id="lazy" src="https://example.com/photo.jpg" loading="lazy" width="50" height="50"
     style="display: block; margin-top: 2000px">
<img id="present" src="red.png" style="display: block">
<div style="width: 100px; height: 100px; background: url(missing-background.png)"></div>
</body>"""


def _red_png(folder: Path) -> None:
    from PIL import Image

    Image.new("RGB", (40, 40), (255, 0, 0)).save(folder / "red.png")


def test_images_that_cannot_load_become_placeholders(tmp_path: Path) -> None:
    _red_png(tmp_path)
    with Renderer(RenderSettings(missing_images="placeholder")) as renderer:
        image = renderer.render_html(PAGE_WITH_IMAGES, base_dir=tmp_path).image
    blue = (0, 0, 255)
    assert pixel(image, 160, 90) == blue and pixel(image, 160, 179) == blue  # 320 wide, 16:9
    assert pixel(image, 160, 181) != blue
    assert pixel(image, 50, 230) == blue  # the sized one keeps its size
    assert pixel(image, 25, 2305) == blue  # lazy and remote: still drawn in a full-page capture
    assert pixel(image, 20, 2350) == (255, 0, 0)  # images that load are left alone
    assert pixel(image, 50, 2420) == (255, 255, 255)  # CSS backgrounds are not images to replace


def test_missing_images_are_broken_by_default(renderer: Renderer, tmp_path: Path) -> None:
    _red_png(tmp_path)
    image = renderer.render_html(PAGE_WITH_IMAGES, base_dir=tmp_path).image
    assert pixel(image, 160, 90) != (0, 0, 255)
