"""Prompts rendered from the packaged templates: which images go where, and what the text carries."""

from __future__ import annotations

import importlib.resources
import re
import subprocess
import sys
from types import SimpleNamespace

import pytest
from PIL import Image

from vl2code.backends import ImagePart, TextPart
from vl2code.prompts import OcrHint, PromptContext, VisualFeedback, build_request, ocr_hints

SCREENSHOT = Image.new("RGB", (1280, 900), "white")
RENDER = Image.new("RGB", (1280, 860), "grey")
DIFF = Image.new("RGB", (1280, 900), "red")


def _feedback(diff: Image.Image | None = DIFF) -> VisualFeedback:
    return VisualFeedback(
        render=RENDER,
        score=0.8123,
        metrics={"block": 0.9, "text": 0.95, "position": 0.7, "color": 0.66, "perceptual": 0.81},
        mismatches=(
            'missing text "Pricing" at (640, 32, 80, 20)',
            'colour of "Buy now" is #222222, expected #ffffff',
        ),
        diff=diff,
    )


def test_templates_ship_as_package_data():
    names = {entry.name for entry in importlib.resources.files("vl2code.templates").iterdir()}
    assert {
        "system.jinja",
        "draft.jinja",
        "refine.jinja",
        "target_html.jinja",
        "target_tailwind.jinja",
        "target_drawio.jinja",
    } <= names


@pytest.mark.parametrize(
    "target, must_say",
    [
        ("html", "<style>"),
        ("tailwind", '<script src="https://cdn.tailwindcss.com"></script>'),
        ("drawio", '<mxCell id="1" parent="0"/>'),
    ],
)
def test_draft_shows_the_screenshot_then_the_instructions(target, must_say):
    request = build_request(PromptContext(target, SCREENSHOT))
    system, user = request.messages
    assert (system.role, user.role, request.task, request.target) == ("system", "user", "draft", target)
    assert isinstance(user.parts[0], ImagePart) and user.parts[0].image is SCREENSHOT
    assert isinstance(user.parts[-1], TextPart) and len(request.images) == 1
    assert "1280x900 pixels" in user.text and must_say in user.text
    assert "OCR" not in user.text and "previous answer" not in user.text
    assert not re.search(r"{{|}}|{%|%}", system.text + user.text)


def test_ocr_hints_are_listed_top_to_bottom_with_positions():
    lines = [
        SimpleNamespace(text="Footer", bbox=(10, 850, 60, 14)),
        SimpleNamespace(text=" ", bbox=(0, 0, 1, 1)),
        SimpleNamespace(text="Welcome back", bbox=(20.4, 40.6, 180, 24)),
    ]
    hints = ocr_hints(lines)
    assert hints == (OcrHint("Welcome back", (20.4, 40.6, 180, 24)), OcrHint("Footer", (10, 850, 60, 14)))
    text = build_request(PromptContext("html", SCREENSHOT, ocr_hints=hints)).messages[1].text
    assert text.index('"Welcome back" at 20, 41, 180, 24') < text.index('"Footer" at 10, 850, 60, 14')


def test_refine_carries_all_visual_feedback_in_order():
    context = PromptContext(
        "tailwind",
        SCREENSHOT,
        "refine",
        current_code="<!DOCTYPE html><p>Pricing</p>",
        feedback=_feedback(),
        extraction_error=None,
    )
    request = build_request(context)
    user = request.messages[1]
    assert [part.image for part in user.parts if isinstance(part, ImagePart)] == [SCREENSHOT, RENDER, DIFF]
    text = user.text
    assert "Image 3 marks in red" in text and "0.812" in text
    assert "- color: 0.660" in text and "- perceptual: 0.810" in text
    assert 'missing text "Pricing" at (640, 32, 80, 20)' in text
    assert "```html\n<!DOCTYPE html><p>Pricing</p>\n```" in text


def test_refine_without_a_diff_image_does_not_mention_one():
    request = build_request(
        PromptContext("drawio", SCREENSHOT, "refine", current_code="<mxfile/>", feedback=_feedback(diff=None))
    )
    assert len(request.images) == 2 and "Image 3" not in request.messages[1].text
    assert "```xml\n<mxfile/>\n```" in request.messages[1].text


def test_a_retry_tells_the_model_why_its_answer_was_rejected():
    request = build_request(
        PromptContext("html", SCREENSHOT, extraction_error="the HTML has no content in its <body>")
    )
    assert "could not be used: the HTML has no content in its <body>" in request.messages[1].text


def test_feedback_from_a_comparison():
    mismatch = SimpleNamespace(detail="text 'Sign in' is 40 px too low")
    comparison = SimpleNamespace(
        score=0.5, metrics={"block": 0.4}, mismatches=(mismatch,) * 30, diff_image=DIFF
    )
    feedback = VisualFeedback.from_comparison(RENDER, comparison, limit=3)
    assert feedback.mismatches == ("text 'Sign in' is 40 px too low",) * 3
    assert (feedback.score, feedback.diff, feedback.render) == (0.5, DIFF, RENDER)


def test_refine_needs_code_and_feedback():
    with pytest.raises(ValueError, match="current_code and feedback"):
        PromptContext("html", SCREENSHOT, "refine", current_code="<p>x</p>")


def test_importing_the_library_side_does_not_import_torch():
    code = (
        "import sys, vl2code.backends, vl2code.prompts, vl2code.targets\n"
        "assert not {'torch', 'transformers'} & set(sys.modules), sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
