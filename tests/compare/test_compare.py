"""compare() on real renders: identity, degradations moving the right metric, screenshots
(OCR) agreeing with DOM blocks, masks and the JSON form."""

from __future__ import annotations

import json

import pytest

from vl2code.compare import METRICS, CompareOptions, compare
from vl2code.page import PageImage


def with_css(html: str, css: str) -> str:
    return html.replace("</head>", f"<style>{css}</style></head>")


def screenshot_of(page: PageImage) -> PageImage:
    return PageImage(page.image, kind="image")


@pytest.fixture(scope="module")
def original(renderer, page_html):
    return renderer.render_html(page_html)


@pytest.fixture(scope="module")
def variants(renderer, page_html):
    removed = page_html.replace(
        "<p>If you have many listings and a data feed available, we can work with you to get them\n"
        "     listed quickly and easily, straight from your own website.</p>",
        "",
    )
    assert removed != page_html
    return {
        "grey": renderer.render_html(with_css(page_html, "* { color: #999 !important; }")),
        "moved": renderer.render_html(
            with_css(page_html, "main { padding-left: 240px; padding-top: 120px; }")
        ),
        "removed": renderer.render_html(removed),
    }


def test_a_page_against_itself_scores_one_everywhere(original):
    result = compare(original, original)
    assert result.score == pytest.approx(1.0)
    assert all(result.metrics[name] == pytest.approx(1.0) for name in METRICS)
    assert result.pixel.diff_pixels == 0
    assert result.mismatches == ()


def test_grey_text_lowers_colour_and_little_else(original, variants):
    result = compare(original, variants["grey"])
    assert result.metrics["color"] < 0.9
    assert (
        result.metrics["text"] > 0.97 and result.metrics["position"] > 0.97 and result.metrics["block"] > 0.9
    )
    assert any(m.kind == "color" for m in result.mismatches)


def test_moved_content_lowers_position(original, variants):
    result = compare(original, variants["moved"])
    assert result.metrics["position"] < 0.95
    assert result.metrics["text"] > 0.97 and result.metrics["color"] > 0.95
    misplaced = [m for m in result.mismatches if m.kind == "misplaced"]
    assert misplaced and "right" in misplaced[0].detail


def test_removed_paragraph_lowers_block_match_and_is_reported_missing(original, variants):
    result = compare(original, variants["removed"])
    assert result.metrics["block"] < 0.9
    assert result.metrics["text"] > 0.95
    missing = [m for m in result.mismatches if m.kind == "missing_text"]
    assert any("data feed" in m.text for m in missing)
    assert result.mismatches[0].severity >= result.mismatches[-1].severity


@pytest.mark.parametrize("kind", ["grey", "moved", "removed"])
def test_screenshot_reference_agrees_with_dom_reference(original, variants, kind):
    by_dom = compare(original, variants[kind])
    by_ocr = compare(screenshot_of(original), variants[kind])
    for name in METRICS:
        assert by_ocr.metrics[name] == pytest.approx(by_dom.metrics[name], abs=0.05), name


def test_screenshot_against_its_own_html_matches_closely(original):
    result = compare(screenshot_of(original), original)
    assert result.metrics["text"] > 0.97
    assert min(result.metrics[n] for n in ("block", "position", "color")) > 0.95


def test_masks_hide_a_region_from_pixels_and_blocks(original, variants):
    footer = next(b for b in original.text_blocks if b.text.startswith("Copyright"))
    x, y, w, h = footer.bbox
    grey_footer_only = compare(original, variants["grey"], CompareOptions(masks=((0, 0, 2000, y - 5),)))
    unmasked = compare(original, variants["grey"])
    assert grey_footer_only.pixel.diff_pixels < unmasked.pixel.diff_pixels
    assert grey_footer_only.pixel.total_pixels < unmasked.pixel.total_pixels
    assert grey_footer_only.block_counts["reference"] < unmasked.block_counts["reference"]
    everything = CompareOptions(masks=((0, 0, 5000, 5000),))
    assert compare(original, variants["grey"], everything).pixel.diff_pixels == 0


def test_no_text_on_one_side_zeroes_the_block_metrics(original, renderer):
    blank = renderer.render_html("<html><body style='background:#fff'></body></html>")
    result = compare(original, blank)
    assert [result.metrics[n] for n in ("block", "text", "position", "color")] == [0.0, 0.0, 0.0, 0.0]
    assert result.score == pytest.approx(0.2 * result.metrics["perceptual"])


def test_to_dict_is_json_ready(original, variants):
    data = compare(original, variants["moved"]).to_dict()
    text = json.dumps(data)
    assert set(data["metrics"]) == set(METRICS)
    assert "diff_image" not in text
    assert data["mismatches"][0]["kind"] in {"missing_text", "extra_text", "misplaced", "color"}


def test_diff_image_covers_both_pages(original, variants):
    result = compare(original, variants["moved"])
    assert result.diff_image.size == (
        max(original.width, variants["moved"].width),
        max(original.height, variants["moved"].height),
    )
