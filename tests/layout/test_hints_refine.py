"""OCR hints for prompts, and numeric refinement from a comparison."""

from __future__ import annotations

import re
from types import SimpleNamespace

from PIL import Image

from vl2code.compare import compare
from vl2code.layout import format_hints, generate, hints, refine
from vl2code.page import PageImage


def test_hints_give_text_boxes_sizes_colours_and_roles(page_screenshot) -> None:  # type: ignore[no-untyped-def]
    found = hints(page_screenshot)
    by_text = {h["text"]: h for h in found if h["text"]}
    title = by_text["Harbour Boats"]
    assert title["role"] == "heading"
    x, y, w, h = title["bbox"]
    assert 30 <= x <= 50 and 10 <= y <= 40 and w > 100
    assert title["color"] == "#ffffff"
    assert 24 <= title["font_size"] <= 32
    assert by_text["Browse listings"]["role"] == "button"
    assert any(h["role"] == "band" for h in found)
    text = format_hints(found)
    assert '"Harbour Boats" at (' in text
    assert len(text.splitlines()) == len(found)


def _shift_paragraph(html: str, phrase: str, pixels: int) -> str:
    """Move the paragraph holding ``phrase`` down by adding to its top margin."""
    start = html.index(phrase)
    tag_start = html.rfind("<p ", 0, start)
    tag = html[tag_start : html.index(">", tag_start)]
    match = re.search(r"margin-top:(-?\d+)px", tag)
    moved = (
        tag.replace(match.group(0), f"margin-top:{int(match.group(1)) + pixels}px")
        if match
        else tag.replace('style="', f'style="margin-top:{pixels}px;')
    )
    return html[:tag_start] + moved + html[tag_start + len(tag) :]


def test_refine_moves_misplaced_text_back(renderer, page_screenshot) -> None:  # type: ignore[no-untyped-def]
    html = _shift_paragraph(generate(page_screenshot, "html"), "Questions about a boat?", 60)
    reference = PageImage(image=page_screenshot)
    before = compare(reference, renderer.render_html(html, width=page_screenshot.width))
    assert any(m.kind == "misplaced" for m in before.mismatches)
    revised = refine(html, "html", page_screenshot, before)
    assert revised != html
    assert "position:absolute" not in revised.replace(" ", "")
    after = compare(reference, renderer.render_html(revised, width=page_screenshot.width))
    assert after.metrics["position"] > before.metrics["position"]
    assert after.score >= before.score


def test_refine_never_fails_on_odd_input(page_screenshot) -> None:  # type: ignore[no-untyped-def]
    mismatch = SimpleNamespace(
        kind="misplaced",
        text="nothing like it",
        reference_bbox=(1, 2, 3, 4),
        candidate_bbox=None,
        severity=1.0,
    )
    odd = SimpleNamespace(mismatches=(mismatch, SimpleNamespace()))
    tiny = Image.new("RGB", (8, 8))
    for code, target in (("", "html"), ("<<<>>>", "html"), ("<mxfile", "drawio"), ("no tags", "tailwind")):
        assert refine(code, target, tiny, odd) == code
    assert refine("<p>x</p>", "html", tiny, None) == "<p>x</p>"
