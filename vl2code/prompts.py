"""Chat requests for the models, rendered from jinja2 templates (``templates/``) and a typed context.

The wording lives in the templates, so prompt changes never touch Python; this module only
decides which images go with which text. A draft shows the screenshot; a refinement shows the
screenshot, the current render and the diff image, in that order, as the text describes them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import jinja2
from PIL import Image

from vl2code.backends.base import (
    ChatMessage,
    GenerationParams,
    GenerationRequest,
    ImagePart,
    MessagePart,
    Task,
    TextPart,
)
from vl2code.settings import Target

TARGET_NAMES = {"html": "HTML + CSS page", "tailwind": "Tailwind page", "drawio": "draw.io file"}
FENCE_LANGUAGES = {"html": "html", "tailwind": "html", "drawio": "xml"}
METRIC_HELP = {
    "block": "how much of the target's text appears in matching blocks",
    "text": "how closely the text of matched blocks agrees",
    "position": "how close matched blocks are to their target positions",
    "color": "how close the text colours are",
    "perceptual": "overall visual similarity",
}
#: OCR hints beyond this many add tokens without helping.
MAX_OCR_HINTS = 120
MAX_MISMATCHES = 25


@dataclass(frozen=True)
class OcrHint:
    """A piece of text read from the screenshot and where it is (x, y, width, height in pixels)."""

    text: str
    bbox: tuple[float, float, float, float]


def ocr_hints(items: Iterable[Any], limit: int = MAX_OCR_HINTS) -> tuple[OcrHint, ...]:
    """Hints from anything with ``.text`` and ``.bbox`` (OCR lines, text blocks), top to bottom."""
    hints = [OcrHint(item.text.strip(), tuple(item.bbox)) for item in items if item.text.strip()]
    hints.sort(key=lambda hint: (hint.bbox[1], hint.bbox[0]))
    return tuple(hints[:limit])


@dataclass(frozen=True)
class VisualFeedback:
    """How the current code's render differs from the screenshot."""

    render: Image.Image
    score: float
    metrics: Mapping[str, float] = field(default_factory=dict)
    mismatches: tuple[str, ...] = ()  # one human-readable line each, worst first
    diff: Image.Image | None = None

    @classmethod
    def from_comparison(
        cls, render: Image.Image, comparison: Any, limit: int = MAX_MISMATCHES
    ) -> VisualFeedback:
        """From a ``vl2code.compare.Comparison`` of the screenshot with ``render``."""
        return cls(
            render=render,
            score=float(comparison.score),
            metrics={name: float(value) for name, value in comparison.metrics.items()},
            mismatches=tuple(mismatch.detail for mismatch in comparison.mismatches[:limit]),
            diff=comparison.diff_image,
        )


@dataclass(frozen=True)
class PromptContext:
    """Everything a prompt is made from. A refinement needs ``current_code`` and ``feedback``."""

    target: Target
    screenshot: Image.Image
    task: Task = "draft"
    current_code: str | None = None
    feedback: VisualFeedback | None = None
    ocr_hints: Sequence[OcrHint] = ()
    extraction_error: str | None = None  # why the previous answer could not be used, for a retry
    params: GenerationParams = field(default_factory=GenerationParams)

    def __post_init__(self) -> None:
        if self.target not in TARGET_NAMES:
            raise ValueError(f"unknown target {self.target!r}")
        if self.task == "refine" and (self.current_code is None or self.feedback is None):
            raise ValueError("a refine prompt needs current_code and feedback")


@functools.cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("vl2code.templates", "."),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_template(name: str, **values: Any) -> str:
    return environment().get_template(name).render(**values).strip()


def _template_values(context: PromptContext) -> dict[str, Any]:
    return {
        "target": context.target,
        "target_name": TARGET_NAMES[context.target],
        "fence_language": FENCE_LANGUAGES[context.target],
        "width": context.screenshot.width,
        "height": context.screenshot.height,
        "ocr_hints": list(context.ocr_hints),
        "extraction_error": context.extraction_error,
        "current_code": context.current_code,
        "feedback": context.feedback,
        "has_diff": context.feedback is not None and context.feedback.diff is not None,
        "metric_help": METRIC_HELP,
    }


def _user_parts(context: PromptContext, text: str) -> tuple[MessagePart, ...]:
    parts: list[MessagePart] = [ImagePart(context.screenshot, "screenshot")]
    if context.task == "refine":
        assert context.feedback is not None
        parts.append(ImagePart(context.feedback.render, "current render"))
        if context.feedback.diff is not None:
            parts.append(ImagePart(context.feedback.diff, "diff"))
    parts.append(TextPart(text))
    return tuple(parts)


def build_messages(context: PromptContext) -> tuple[ChatMessage, ...]:
    values = _template_values(context)
    system = render_template("system.jinja", **values)
    user = render_template("draft.jinja" if context.task == "draft" else "refine.jinja", **values)
    return (
        ChatMessage("system", (TextPart(system),)),
        ChatMessage("user", _user_parts(context, user)),
    )


def build_request(context: PromptContext) -> GenerationRequest:
    """The request a backend answers for this context."""
    return GenerationRequest(
        messages=build_messages(context),
        target=context.target,
        task=context.task,
        params=context.params,
    )
