"""The whole loop through the real transformers path, on a tiny random Qwen3-VL (junk output)."""

from __future__ import annotations

import pytest

from vl2code.errors import ExtractionError
from vl2code.pipeline import convert
from vl2code.settings import load_settings

PAGE = (
    "<!DOCTYPE html><html><body style='margin:32px;font-family:sans-serif'>"
    "<h1>Release notes</h1><p>Faster exports and a new dark theme.</p></body></html>"
)


@pytest.fixture()
def tiny_settings(tiny_qwen_dirs):
    return load_settings(
        environ={},
        overrides={
            "generation.backend": "local",
            "model.draft_model": str(tiny_qwen_dirs.instruct),
            "model.refine_model": str(tiny_qwen_dirs.thinking),
            "model.allow_cpu": True,
            "model.min_pixels": 64 * 32 * 32,
            "model.max_pixels": 128 * 32 * 32,
            "generation.max_new_tokens": 24,
            "generation.refine_rounds": 2,
            "generation.target_score": 1.01,
        },
    )


def test_junk_draft_is_reported_as_a_clear_error(renderer, tiny_settings):
    screenshot = renderer.render_html(PAGE).image
    try:
        result = convert(screenshot, settings=tiny_settings, renderer=renderer)
    except ExtractionError as error:
        assert "invalid twice" in str(error) and "\n" not in str(error)
    else:  # a random model may, rarely, emit something that repairs into a document
        assert result.code.lstrip().lower().startswith("<!doctype html")


def test_junk_revisions_never_replace_the_best_version(renderer, tiny_settings):
    screenshot = renderer.render_html(PAGE).image
    result = convert(screenshot, settings=tiny_settings, renderer=renderer, initial_code=PAGE)
    assert result.code == PAGE
    assert result.rounds[0].kept and len(result.rounds) == 3
    for revision in result.rounds[1:]:
        assert not revision.kept
        assert revision.error or revision.score is not None
