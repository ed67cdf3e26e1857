"""OCR of diagrams and other sparse screenshots: labels the page-layout pass drops are read."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PIL import Image, ImageDraw

from vl2code.compare import compare
from vl2code.ocr import read_text
from vl2code.ocr_gaps import unread_regions
from vl2code.page import PageImage

LABELS = {"check", "stock", "ship", "parcel", "refund", "customer", "missing"}


@pytest.fixture(scope="module")
def diagram(renderer, fixtures_dir) -> Image.Image:
    xml = (fixtures_dir / "compare" / "small_diagram.drawio").read_text(encoding="utf-8")
    return renderer.render_drawio(xml).image


def words_of(image: Image.Image) -> set[str]:
    return {token for word in read_text(image).words for token in re.findall(r"[a-z]+", word.text.lower())}


def test_reads_the_labels_of_a_rendered_diagram(diagram):
    assert LABELS <= words_of(diagram)


def test_labels_are_placed_where_they_are_drawn(diagram):
    boxes = {word.text: word.bbox for word in read_text(diagram).words}
    x, y, w, h = boxes["missing"]
    ink = np.asarray(diagram.convert("L").crop((x, y, x + w, y + h)))
    assert 8 <= h <= 20 and ink.min() < 100


def test_a_diagram_compared_with_itself_as_screenshots_scores_one(diagram):
    result = compare(PageImage(diagram), PageImage(diagram.copy()))
    assert result.score == 1.0
    assert result.metrics["block"] == 1.0


def test_unread_regions_are_glyph_clusters_outside_what_was_read():
    image = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, 390, 190), outline=0, width=2)  # a frame: not text
    draw.line((20, 100, 380, 100), fill=0, width=2)  # a connector: not text
    draw.text((40, 40), "first label", fill=0)
    draw.text((240, 140), "second label", fill=0)
    marks = np.asarray(image) < 128
    unread = unread_regions(marks.copy(), [])
    assert len(unread.regions) == 2
    assert all(h < 20 for _, _, _, h in unread.regions)
    assert not unread.glyphs[100, 200] and not unread.glyphs[10, 200]  # connector and frame left out
    x, y, w, h = unread.regions[0]
    assert unread.glyphs[y : y + h, x : x + w].any()
    assert len(unread_regions(marks.copy(), [unread.regions[0]]).regions) == 1


def test_reads_the_lane_labels_of_a_dev_diagram(drawio_dev, renderer):
    """Three labels beside dotted rules and coloured boxes: the page-layout pass reads none."""
    xml = (drawio_dev / "software__example_mapping.xml").read_text(encoding="utf-8")
    labels = {value.lower() for value in re.findall(r'value="([A-Za-z]+)"', xml)}
    assert labels == {"story", "rule", "examples"}
    assert labels <= words_of(renderer.render_drawio(xml).image)
