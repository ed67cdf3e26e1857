"""On real Design2Code dev pages (skipped without the shared data): a page's render against
its own screenshot, against another page, and screenshot-only scoring agreeing with DOM."""

from __future__ import annotations

from pathlib import Path

import pytest

from vl2code.commands.eval import capture_like_design2code, score_pair
from vl2code.compare import METRICS, compare
from vl2code.page import PageImage
from vl2code.render import Renderer
from vl2code.settings import Settings

PAGES = ("10578", "13283", "2141")
#: 10578's screenshot shows a page background and header picture its CSS fetched from the web.
PIXEL_EXACT_PAGES = ("13283", "2141")


@pytest.fixture(scope="module")
def d2c_renderer():
    """Renders the way `vl2code eval` does: as the Design2Code screenshots were taken."""
    settings = Settings()
    capture_like_design2code(settings)
    with Renderer(settings.render) as renderer:
        yield renderer


@pytest.fixture(scope="module")
def renders(d2c_renderer, design2code_dev: Path):
    return {page: d2c_renderer.render_file(design2code_dev / f"{page}.html") for page in PAGES}


@pytest.mark.parametrize("page", PAGES)
def test_render_matches_its_own_screenshot(d2c_renderer, design2code_dev, page):
    result = score_pair(d2c_renderer, design2code_dev / f"{page}.html", design2code_dev / f"{page}.png")
    assert result.metrics["text"] >= 0.94
    assert min(result.metrics[name] for name in ("block", "position", "color")) >= 0.95
    assert result.score >= 0.95
    if page in PIXEL_EXACT_PAGES:
        assert result.pixel.ratio <= 0.02


def test_a_different_page_scores_much_lower(d2c_renderer, design2code_dev, renders):
    own = score_pair(d2c_renderer, design2code_dev / "10578.html", design2code_dev / "10578.png")
    different = compare(renders["10578"], renders["13283"])
    assert own.score - different.score >= 0.2


@pytest.mark.parametrize(
    ("reference", "candidate"), [("10578", "13283"), ("13283", "2141"), ("2141", "10578")]
)
def test_screenshot_reference_agrees_with_html_reference(renders, reference, candidate):
    by_dom = compare(renders[reference], renders[candidate])
    by_ocr = compare(PageImage(renders[reference].image), renders[candidate])
    for name in METRICS:
        assert by_ocr.metrics[name] == pytest.approx(by_dom.metrics[name], abs=0.1), name
