"""`convert`: draft, render, compare, then revise while it pays, keeping the best version.

This module is the loop and nothing else: writers produce code, the renderer draws it, the
comparison scores it. A revision is kept only if it scores better than the best so far; the
loop stops at the target score, after ``patience`` rounds without improvement, or when the
rounds run out.
"""

from __future__ import annotations

import io
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image

from vl2code.artifacts import ArtifactWriter
from vl2code.backend_choice import BackendChoice, choose_backend
from vl2code.errors import ExtractionError, GenerationCancelled, InputError, RenderError
from vl2code.images import decode_image, load_screenshot
from vl2code.page import PageImage
from vl2code.progress import ProgressCallback, ProgressEvent
from vl2code.settings import Settings, Target, load_settings
from vl2code.writers import CodeWriter, Draft, Feedback

if TYPE_CHECKING:
    from vl2code.compare import Comparison
    from vl2code.render import Renderer

ImageInput = Path | str | bytes | Image.Image


@dataclass
class RoundRecord:
    """What one round produced and whether it became the best version."""

    round: int
    kind: str  # "draft" or "revision"
    score: float | None
    metrics: dict[str, float] = field(default_factory=dict)
    kept: bool = False
    error: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    completion_tokens: int = 0
    tokens_per_s: float | None = None
    model: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Result:
    """The best code found, its score, and every round's record."""

    code: str
    target: Target
    score: float | None
    comparison: Comparison | None
    rounds: list[RoundRecord]
    backend: str
    backend_reason: str
    artifacts_dir: Path | None = None
    thinking: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "score": self.score,
            "metrics": dict(self.comparison.metrics) if self.comparison else {},
            "backend": self.backend,
            "backend_reason": self.backend_reason,
            "rounds": [r.as_dict() for r in self.rounds],
            "artifacts_dir": str(self.artifacts_dir) if self.artifacts_dir else None,
        }


def load_image(image: ImageInput) -> Image.Image:
    """Any of the accepted inputs as a validated RGB screenshot."""
    if isinstance(image, Image.Image):
        return decode_image(_png_bytes(image), name="image")
    if isinstance(image, bytes):
        return decode_image(image, name="image")
    return load_screenshot(image)


def _png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def make_writer(choice: BackendChoice, settings: Settings) -> CodeWriter:
    """The writer for a chosen backend; model writers import torch or httpx only here."""
    if choice.kind == "layout":
        from vl2code.writers.layout import LayoutWriter

        return LayoutWriter()
    from vl2code.writers.model import ModelWriter

    return ModelWriter(choice.kind, settings)


class _Loop:
    """State of one conversion: the best version so far and the records of every round."""

    def __init__(
        self,
        image: Image.Image,
        target: Target,
        settings: Settings,
        renderer: Renderer,
        writer: CodeWriter,
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
        artifacts: ArtifactWriter,
    ) -> None:
        self.image = image
        self.reference = PageImage(image=image)
        self.target = target
        self.settings = settings
        self.renderer = renderer
        self.writer = writer
        self.progress = progress
        self.cancel = cancel
        self.artifacts = artifacts
        self.rounds: list[RoundRecord] = []
        self.thinking: list[str] = []
        self.best: tuple[str, PageImage, Comparison] | None = None
        self.total_rounds = settings.generation.refine_rounds

    def report(self, stage: str, round_: int, message: str = "", tokens_per_s: float | None = None) -> None:
        if self.progress is None:
            return
        score = self.best[2].score if self.best else None
        self.progress(ProgressEvent(stage, round_, self.total_rounds, score, message, tokens_per_s))  # type: ignore[arg-type]

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise GenerationCancelled("generation cancelled")

    def evaluate(self, draft: Draft, round_: int, kind: str) -> RoundRecord:
        """Render and compare one piece of code; keep it if it beats the best so far."""
        self.check_cancel()
        record = RoundRecord(
            round_,
            kind,
            None,
            completion_tokens=draft.completion_tokens,
            tokens_per_s=draft.tokens_per_s,
            model=draft.model,
        )
        record.seconds["write"] = round(draft.seconds, 3)
        if draft.thinking:
            self.thinking.append(draft.thinking)
        self.report("render", round_)
        started = time.perf_counter()
        render = self.render(draft.code)
        record.seconds["render"] = round(time.perf_counter() - started, 3)
        self.check_cancel()
        self.report("compare", round_)
        started = time.perf_counter()
        from vl2code.compare import compare

        comparison = compare(self.reference, render)
        record.seconds["compare"] = round(time.perf_counter() - started, 3)
        record.score = comparison.score
        record.metrics = dict(comparison.metrics)
        if self.best is None or comparison.score > self.best[2].score:
            self.best = (draft.code, render, comparison)
            record.kept = True
        self.rounds.append(record)
        self.artifacts.round(
            round_,
            self.target,
            draft.code,
            {
                "render.png": render.image,
                "diff.png": comparison.diff_image,
                "thinking.txt": draft.thinking or None,
            },
            {**record.as_dict(), "comparison": comparison.to_dict()},
        )
        self.report(
            kind,
            round_,
            f"score {comparison.score:.3f}" + (" (kept)" if record.kept else ""),
            draft.tokens_per_s,
        )
        return record

    def render(self, code: str) -> PageImage:
        if self.target == "drawio":
            return self.renderer.render_drawio(code)
        return self.renderer.render_html(code)

    def draft(self, initial_code: str | None) -> None:
        """Round 0: the user's code, or a draft (retried once with the error when invalid)."""
        if initial_code is not None:
            self.evaluate(Draft(code=initial_code, model="given"), 0, "draft")
            return
        error: str | None = None
        for attempt in range(2):
            self.check_cancel()
            self.report("draft", 0, "writing the draft" if not attempt else f"retrying: {error}")
            try:
                self.evaluate(
                    self.writer.draft(
                        self.image, self.target, error=error, cancel=self.cancel, progress=self.progress
                    ),
                    0,
                    "draft",
                )
                return
            except (ExtractionError, RenderError) as failure:
                error = str(failure)
        raise ExtractionError(f"the draft was invalid twice: {error}")

    def revise(self) -> None:
        """Rounds 1..N: revise the best version while it improves and the target is not reached."""
        target_score = self.settings.generation.target_score
        without_gain = 0
        for round_ in range(1, self.total_rounds + 1):
            assert self.best is not None
            if self.best[2].score >= target_score or without_gain >= self.settings.generation.patience:
                return
            self.check_cancel()
            self.report("refine", round_, "revising")
            code, render, comparison = self.best
            history = tuple(r.score for r in self.rounds if r.score is not None)
            try:
                draft = self.writer.revise(
                    self.image,
                    self.target,
                    Feedback(code, render, comparison, history),
                    cancel=self.cancel,
                    progress=self.progress,
                )
                record = self.evaluate(draft, round_, "refine")
            except (ExtractionError, RenderError) as failure:
                self.rounds.append(RoundRecord(round_, "refine", None, error=str(failure)))
                without_gain += 1
                continue
            without_gain = 0 if record.kept else without_gain + 1


def convert(
    image: ImageInput,
    *,
    target: Target = "html",
    settings: Settings | None = None,
    renderer: Renderer | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    artifacts_dir: Path | None = None,
    initial_code: str | None = None,
    writer: CodeWriter | None = None,
) -> Result:
    """Screenshot to code: the one call the CLI, the language server and scripts share.

    ``initial_code`` skips the draft and refines the given code instead (the editor's "refine
    to match reference"); ``writer`` replaces the backend chosen from the settings.
    """
    settings = settings or load_settings()
    if target not in ("html", "tailwind", "drawio"):
        raise InputError(f"unknown target {target!r} (choose html, tailwind or drawio)")
    screenshot = load_image(image)
    if writer is None:
        choice = choose_backend(settings)
        writer = make_writer(choice, settings)
    else:
        choice = BackendChoice(writer.name, "given by the caller")  # type: ignore[arg-type]
    own_renderer = renderer is None
    if renderer is None:
        from vl2code.render import Renderer

        renderer = Renderer(settings.render)
    artifacts = ArtifactWriter(artifacts_dir)
    loop = _Loop(screenshot, target, settings, renderer, writer, progress, cancel, artifacts)
    try:
        loop.draft(initial_code)
        loop.revise()
    finally:
        if own_renderer:
            renderer.close()
    assert loop.best is not None
    code, _, comparison = loop.best
    result = Result(
        code,
        target,
        comparison.score,
        comparison,
        loop.rounds,
        choice.kind,
        choice.reason,
        artifacts_dir,
        loop.thinking,
    )
    artifacts.summary({**result.summary(), "settings": settings.as_dict()})
    loop.report("done", len(loop.rounds) - 1, f"best score {comparison.score:.3f}")
    return result
