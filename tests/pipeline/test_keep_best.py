"""The loop against a real OpenAI-compatible server on 127.0.0.1 with scripted revisions."""

from __future__ import annotations

from tests.pipeline.scripted_server import ScriptedChatServer
from vl2code.pipeline import convert
from vl2code.settings import load_settings

PARAGRAPHS = [
    "Quarterly revenue grew by eleven percent across every region.",
    "Support tickets fell after the new onboarding guide shipped.",
    "The mobile app now opens twice as fast on older phones.",
    "Next quarter the team focuses on search and accessibility.",
]


def page(paragraphs: list[str], marker: str) -> str:
    body = "".join(f"<p style='font-size:20px;margin:24px'>{text}</p>" for text in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{marker}</title></head><body style='font-family:sans-serif'>"
        f"<h1 style='color:#1d4ed8;margin:24px'>Company update</h1>{body}</body></html>"
    )


def fenced(html: str) -> str:
    return f"Here is the page:\n```html\n{html}\n```\nI matched the layout."


def scripted_settings(base_url: str, rounds: int, patience: int = 2):
    return load_settings(
        environ={},
        overrides={
            "generation.backend": "openai",
            "openai.base_url": base_url,
            "openai.model": "scripted",
            "generation.refine_rounds": rounds,
            "generation.target_score": 1.01,
            "generation.patience": patience,
            "generation.ocr_hints": False,
        },
    )


def test_keeps_the_best_revision_and_stops_after_patience(renderer, tmp_path):
    screenshot = renderer.render_html(page(PARAGRAPHS, "reference")).image
    answers = [
        fenced(page(PARAGRAPHS[:2], "draft")),
        fenced(page(PARAGRAPHS, "better")),
        fenced(page([], "worse-1")),
        fenced(page(PARAGRAPHS[:1], "worse-2")),
        fenced(page(PARAGRAPHS, "never-asked")),
    ]
    server = ScriptedChatServer(answers, reasoning="The second paragraph pair is missing.")
    with server.running():
        result = convert(
            screenshot,
            settings=scripted_settings(server.base_url, rounds=5),
            renderer=renderer,
            artifacts_dir=tmp_path / "runs",
        )

    assert len(server.requests) == 4, "two rounds without gain must stop the loop"
    assert [r.kept for r in result.rounds] == [True, True, False, False]
    assert "<title>better</title>" in result.code
    kept_scores = [r.score for r in result.rounds if r.kept]
    assert kept_scores == sorted(kept_scores) and kept_scores[1] > kept_scores[0]
    assert result.score == max(r.score for r in result.rounds if r.score is not None)
    assert "second paragraph" in result.thinking[0] and "second paragraph" not in result.code

    refine_request = server.requests[1]
    user_parts = refine_request["messages"][-1]["content"]
    images = [part for part in user_parts if part.get("type") == "image_url"]
    assert len(images) == 3, "a revision sees the screenshot, the current render and the diff"
    prompt_text = " ".join(part.get("text", "") for part in user_parts)
    assert "support tickets" in prompt_text.lower(), "the mismatch list names the missing text"

    for index in range(4):
        assert (tmp_path / "runs" / f"round-{index}" / "render.png").is_file()
    assert (tmp_path / "runs" / "summary.json").is_file()


def test_stops_as_soon_as_the_target_score_is_reached(renderer):
    screenshot = renderer.render_html(page(PARAGRAPHS, "reference")).image
    server = ScriptedChatServer([fenced(page(PARAGRAPHS, "exact")), fenced(page([], "unused"))])
    settings = scripted_settings("", rounds=3)
    with server.running():
        settings.openai.base_url = server.base_url
        settings.generation.target_score = 0.9
        result = convert(screenshot, settings=settings, renderer=renderer)
    assert len(server.requests) == 1
    assert result.score is not None and result.score >= 0.9


def test_an_invalid_draft_is_retried_once_with_the_error(renderer):
    screenshot = renderer.render_html(page(PARAGRAPHS, "reference")).image
    server = ScriptedChatServer(
        ["I cannot see any page here, sorry.", fenced(page(PARAGRAPHS, "second-try"))]
    )
    with server.running():
        result = convert(screenshot, settings=scripted_settings(server.base_url, rounds=0), renderer=renderer)
    assert len(server.requests) == 2
    retry_text = " ".join(p.get("text", "") for p in server.requests[1]["messages"][-1]["content"])
    assert "second-try" in result.code and retry_text != ""


def test_artifacts_never_hold_the_api_key(tmp_path, renderer):
    reference = page(PARAGRAPHS, "reference")
    screenshot = renderer.render_html(reference).image
    server = ScriptedChatServer([fenced(reference)])
    with server.running():
        settings = scripted_settings(server.base_url, rounds=0)
        settings.openai.api_key = "sk-secret-123"
        convert(screenshot, settings=settings, renderer=renderer, artifacts_dir=tmp_path / "run")
    written = "".join(p.read_text() for p in (tmp_path / "run").rglob("*.json"))
    assert '"settings"' in written and "sk-secret-123" not in written
