"""Screenshot -> HTML and Tailwind on a page Chromium rendered, checked by parsing and rendering."""

from __future__ import annotations

import re

import numpy as np
import pytest
from bs4 import BeautifulSoup

from vl2code.compare import compare
from vl2code.layout import generate
from vl2code.page import PageImage

PAGE_TEXTS = ("Harbour Boats", "Boats for sale this week", "Browse listings", "Motor boats and cruisers")


@pytest.fixture(scope="module")
def page_html(page_screenshot) -> str:  # type: ignore[no-untyped-def]
    return generate(page_screenshot, "html")


def _text(html: str) -> str:
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def test_html_is_semantic_flow_markup_with_the_page_text(page_html: str) -> None:
    soup = BeautifulSoup(page_html, "html.parser")
    assert soup.find("html") and soup.body and soup.find("title")
    text = _text(page_html)
    for phrase in PAGE_TEXTS:
        assert phrase in text
    assert soup.find("header") is not None
    assert soup.find("h1") is not None and "Harbour Boats" in soup.find("h1").get_text()
    assert soup.find("button") is not None and "Browse listings" in soup.find("button").get_text()
    assert len(soup.find("ul").find_all("li")) == 3
    assert soup.find("hr") is not None
    assert "position:absolute" not in page_html.replace(" ", "")
    assert "<img" not in page_html  # placeholders, not pictures, by default


def test_rendered_html_reproduces_the_screenshot(renderer, page_screenshot, page_html: str) -> None:  # type: ignore[no-untyped-def]
    render = renderer.render_html(page_html, width=page_screenshot.width)
    assert render.image.size == page_screenshot.size
    result = compare(PageImage(image=page_screenshot), render)
    assert result.metrics["text"] >= 0.9
    assert result.metrics["position"] >= 0.9
    assert result.metrics["block"] >= 0.8
    # The blue picture placeholder sits where the picture was, in its colour.
    original = np.asarray(page_screenshot.convert("RGB"))
    produced = np.asarray(render.image.convert("RGB"))
    blue = (original[..., 2] > 200) & (original[..., 0] < 40) & (original[..., 1] < 40)
    ys, xs = np.nonzero(blue)
    centre = produced[int(ys.mean()), int(xs.mean())]
    assert centre[2] > 200 and centre[0] < 40


def test_tailwind_renders_like_the_inline_styles(renderer, page_screenshot, page_html: str) -> None:  # type: ignore[no-untyped-def]
    tailwind = generate(page_screenshot, "tailwind")
    assert '<script src="https://cdn.tailwindcss.com"></script>' in tailwind
    assert ' style="' not in tailwind.split("<body", 1)[1]
    assert re.search(r'class="[^"]*text-\[\d+(\.\d+)?px\]', tailwind)
    assert re.search(r'class="[^"]*bg-\[#[0-9a-f]{6}\]', tailwind)
    assert _text(tailwind) == _text(page_html)
    plain = np.asarray(
        renderer.render_html(page_html, width=page_screenshot.width).image.convert("L"), dtype=np.int16
    )
    utility = np.asarray(
        renderer.render_html(tailwind, width=page_screenshot.width).image.convert("L"), dtype=np.int16
    )
    assert plain.shape == utility.shape
    assert (np.abs(plain - utility) > 40).mean() < 0.01


def test_crop_mode_embeds_pictures_but_never_text(page_screenshot) -> None:  # type: ignore[no-untyped-def]
    html = generate(page_screenshot, "html", image_mode="crop")
    soup = BeautifulSoup(html, "html.parser")
    images = soup.find_all("img")
    assert len(images) == 1
    assert images[0]["src"].startswith("data:image/")
    assert 200 <= int(images[0]["width"]) <= 240  # the 220 px picture, not the page
    assert "Harbour Boats" in _text(html)


def test_unknown_target_is_rejected(page_screenshot) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        generate(page_screenshot, "svg")  # type: ignore[arg-type]


@pytest.mark.parametrize("target", ["html", "tailwind"])
def test_output_passes_the_same_validation_as_model_output(page_screenshot, target: str) -> None:  # type: ignore[no-untyped-def]
    from vl2code.targets import validate

    validate(target, generate(page_screenshot, target))
