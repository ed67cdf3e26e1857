"""The model-free writer: the layout engine drafts, and revises numerically from the mismatch list."""

from __future__ import annotations

import threading
import time

from PIL import Image

from vl2code import layout
from vl2code.errors import GenerationCancelled
from vl2code.progress import ProgressCallback
from vl2code.settings import Target
from vl2code.writers import Draft, Feedback


class LayoutWriter:
    """Backend ``layout``: OCR + layout analysis, seconds per page, nothing to download."""

    name = "layout"

    def __init__(self, image_mode: str = "placeholder") -> None:
        self.image_mode = image_mode

    def draft(
        self,
        image: Image.Image,
        target: Target,
        *,
        error: str | None = None,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
    ) -> Draft:
        _check(cancel)
        started = time.perf_counter()
        code = layout.generate(image, target, image_mode=self.image_mode)  # type: ignore[arg-type]
        return Draft(code=code, seconds=time.perf_counter() - started, model="layout engine")

    def revise(
        self,
        image: Image.Image,
        target: Target,
        feedback: Feedback,
        *,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
    ) -> Draft:
        _check(cancel)
        started = time.perf_counter()
        code = layout.refine(feedback.code, target, image, feedback.comparison)
        return Draft(code=code, seconds=time.perf_counter() - started, model="layout engine")


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise GenerationCancelled("generation cancelled")
