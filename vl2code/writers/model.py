"""The model writer: Qwen3-VL (in-process or behind a server) drafts and revises through prompts."""

from __future__ import annotations

import threading
from typing import Any

from PIL import Image

from vl2code.backends import Backend, BackendKind, GenerationParams, GenerationResult, create_backend
from vl2code.backends.base import Task
from vl2code.progress import ProgressCallback
from vl2code.prompts import PromptContext, VisualFeedback, build_request, ocr_hints
from vl2code.sections import join_html_sections, split_sections
from vl2code.settings import Settings, Target
from vl2code.targets import extract
from vl2code.writers import Draft, Feedback


class ModelWriter:
    """Drafts with the Instruct model (or Thinking with ``mode = "thinking"``), revises with Thinking."""

    def __init__(self, kind: BackendKind, settings: Settings) -> None:
        self.name: str = kind
        self.kind = kind
        self.settings = settings
        self._backends: dict[Task, Backend] = {}

    def _backend(self, role: Task) -> Backend:
        if role not in self._backends:
            self._backends[role] = create_backend(self.kind, self.settings, role)
        return self._backends[role]

    def _params(self) -> GenerationParams:
        generation = self.settings.generation
        return GenerationParams(
            generation.temperature, generation.top_p, generation.max_new_tokens, generation.seed
        )

    def _hints(self, image: Image.Image) -> tuple[Any, ...]:
        """Text and positions read from the screenshot: they raise Block-Match in practice."""
        if not self.settings.generation.ocr_hints:
            return ()
        from vl2code.ocr import read_text

        return ocr_hints(read_text(image).lines)

    def _ask(self, role: Task, context: PromptContext, cancel: threading.Event | None) -> GenerationResult:
        return self._backend(role).generate(build_request(context), cancel=cancel)

    def draft(
        self,
        image: Image.Image,
        target: Target,
        *,
        error: str | None = None,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
    ) -> Draft:
        role: Task = "draft" if self.settings.generation.mode == "instruct" else "refine"
        sections = (
            [image]
            if target == "drawio"
            else [section.image for section in split_sections(image, self.settings.model.max_pixels)]
        )
        codes, results = [], []
        for section in sections:
            context = PromptContext(
                target,
                section,
                "draft",
                ocr_hints=self._hints(section),
                extraction_error=error,
                params=self._params(),
            )
            result = self._ask(role, context, cancel)
            results.append(result)
            codes.append(extract(target, result.text))
        code = join_html_sections(codes) if len(codes) > 1 else codes[0]
        return _draft(code, results)

    def revise(
        self,
        image: Image.Image,
        target: Target,
        feedback: Feedback,
        *,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
    ) -> Draft:
        context = PromptContext(
            target,
            image,
            "refine",
            current_code=feedback.code,
            feedback=VisualFeedback.from_comparison(feedback.render.image, feedback.comparison),
            ocr_hints=self._hints(image),
            params=self._params(),
        )
        result = self._ask("refine", context, cancel)
        return _draft(extract(target, result.text), [result])


def _draft(code: str, results: list[GenerationResult]) -> Draft:
    return Draft(
        code=code,
        thinking="\n\n".join(r.thinking for r in results if r.thinking),
        prompt_tokens=sum(r.prompt_tokens or 0 for r in results),
        completion_tokens=sum(r.completion_tokens for r in results),
        seconds=sum(r.total_s for r in results),
        model=results[-1].model,
    )
