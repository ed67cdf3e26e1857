"""Tailwind pages render styled with the network closed, from the vendored builds."""

from __future__ import annotations

from pathlib import Path

from tests.render.render_helpers import pixel
from vl2code.render import Renderer


def test_tailwind_v3_play_cdn_with_inline_config(renderer: Renderer, render_fixtures: Path) -> None:
    page = renderer.render_file(render_fixtures / "tailwind_v3.html")
    assert pixel(page.image, 80, 80) == (239, 68, 68)  # bg-red-500 in v3
    assert pixel(page.image, 80, 240) == (0, 255, 0)  # the page's own tailwind.config colour
    block = next(block for block in page.text_blocks or () if block.text == "Tailwind three")
    assert block.color == (29, 78, 216)  # text-blue-700
    assert block.bbox[3] >= 28  # text-2xl line height


def test_tailwind_v3_with_plugins_url(renderer: Renderer) -> None:
    html = (
        '<script src="https://cdn.tailwindcss.com?plugins=forms,typography"></script>'
        '<article class="prose"><h1>Title</h1></article><div class="bg-red-500 w-10 h-10"></div>'
    )
    page = renderer.render_html(html)
    heading = next(block for block in page.text_blocks or () if block.text == "Title")
    assert heading.bbox[3] > 30  # prose h1 is large; unstyled it would not be set at all
    colours = {pixel(page.image, x, y) for x in range(0, 60, 4) for y in range(0, page.height, 4)}
    assert (239, 68, 68) in colours


def test_tailwind_v4_browser_build(renderer: Renderer, render_fixtures: Path) -> None:
    page = renderer.render_file(render_fixtures / "tailwind_v4.html")
    red, green, blue = pixel(page.image, 80, 80)
    assert red > 220 and green < 80 and blue < 80  # bg-red-500 (oklch in v4)
    block = next(block for block in page.text_blocks or () if block.text == "Tailwind four")
    assert block.color[2] > 150 and block.color[0] < 60


def test_v4_from_unpkg_too(renderer: Renderer) -> None:
    html = (
        '<script src="https://unpkg.com/@tailwindcss/browser@4.1.0"></script>'
        '<div class="bg-black w-20 h-20"></div>'
    )
    assert pixel(renderer.render_html(html).image, 10, 10) == (0, 0, 0)
