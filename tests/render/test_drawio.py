"""draw.io diagrams: compressed, uncompressed and multi-page files, stencils, bad input."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.render.render_helpers import share_of
from vl2code.errors import InputError
from vl2code.page import PageImage
from vl2code.render import Renderer
from vl2code.render.drawio import diagram_page

RED, BLUE, GREEN = (255, 0, 0), (0, 0, 255), (0, 170, 0)


def test_uncompressed_first_page(renderer: Renderer, render_fixtures: Path) -> None:
    page = renderer.render_file(render_fixtures / "two_pages.drawio")
    assert page.kind == "drawio" and page.text_blocks is None
    # The 200x100 red box plus the viewer's border, cropped to the diagram.
    assert 200 <= page.width <= 240 and 100 <= page.height <= 140
    assert share_of(page.image, RED) > 0.5
    assert share_of(page.image, BLUE) == 0


def test_second_page(renderer: Renderer, render_fixtures: Path) -> None:
    page = renderer.render_file(render_fixtures / "two_pages.drawio", page=1)
    assert share_of(page.image, BLUE) > 0.1
    assert share_of(page.image, GREEN) > 0.02  # the flowchart database stencil is drawn and filled
    assert share_of(page.image, RED) == 0


def test_compressed_diagram_matches_uncompressed(renderer: Renderer, render_fixtures: Path) -> None:
    compressed = renderer.render_file(render_fixtures / "compressed.drawio")
    plain = renderer.render_file(render_fixtures / "two_pages.drawio")
    assert compressed.image.size == plain.image.size
    assert np.array_equal(np.asarray(compressed.image), np.asarray(plain.image))


def test_bare_graph_model(renderer: Renderer, render_fixtures: Path) -> None:
    model = diagram_page((render_fixtures / "two_pages.drawio").read_text(), 1)
    assert model.startswith("<mxGraphModel")
    assert share_of(renderer.render_drawio(model).image, BLUE) > 0.1


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ("<mxfile><diagram>", "not valid XML"),
        ("<html><body/></html>", "expected <mxfile> or <mxGraphModel>"),
        ("<mxfile></mxfile>", "holds no <diagram>"),
        ("<mxfile><diagram>not base64 at all!</diagram></mxfile>", "cannot be decoded"),
    ],
)
def test_invalid_files_are_input_errors(renderer: Renderer, xml: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        renderer.render_drawio(xml)


def test_missing_page_is_an_input_error(renderer: Renderer, render_fixtures: Path) -> None:
    with pytest.raises(InputError, match="has 2 page"):
        renderer.render_file(render_fixtures / "two_pages.drawio", page=2)


def test_every_dev_diagram_renders_with_shapes(renderer: Renderer, drawio_dev: Path) -> None:
    diagrams = sorted(drawio_dev.glob("*.xml"))
    assert len(diagrams) == 24
    for path in diagrams:
        page = renderer.render_file(path)
        pixels = np.asarray(page.image)
        drawn = float((pixels.min(axis=2) < 200).mean())
        colours = len(np.unique(pixels.reshape(-1, 3)[::7], axis=0))
        assert page.width > 300 and page.height > 200, path.name
        assert drawn > 0.01, f"{path.name}: almost nothing drawn ({drawn:.3f})"
        assert colours > 20, f"{path.name}: only {colours} colours"


def _colour_count(page: PageImage) -> int:
    return len(np.unique(np.asarray(page.image).reshape(-1, 3), axis=0))


def test_stencil_shapes_are_drawn_not_boxes(renderer: Renderer, drawio_dev: Path) -> None:
    """The Citrix stencils come from the vendored stencil sets (about 2700 colours; as plain
    fallback boxes the diagram has under 1000)."""
    page = renderer.render_file(drawio_dev / "network__active_directory_1.xml")
    assert _colour_count(page) > 1800


def test_image_library_is_served(renderer: Renderer, drawio_dev: Path) -> None:
    """Clip-art images (img/lib/...) come from the vendored library (about 15000 colours; with
    broken images the diagram has under 2500)."""
    page = renderer.render_file(drawio_dev / "network__wireless_home_network.xml")
    assert _colour_count(page) > 8000
