"""Code writers: what the conversion loop asks for a draft and for each revision.

The loop does not care whether a model or the layout engine writes the code; each writer turns
a screenshot (and, for a revision, the visual feedback) into a complete document of the target.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PIL import Image

from vl2code.progress import ProgressCallback
from vl2code.settings import Target

if TYPE_CHECKING:
    from vl2code.compare import Comparison
    from vl2code.page import PageImage


@dataclass(frozen=True)
class Draft:
    """One piece of code a writer produced, with what it cost."""

    code: str
    thinking: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    model: str = ""

    @property
    def tokens_per_s(self) -> float | None:
        return self.completion_tokens / self.seconds if self.completion_tokens and self.seconds else None


@dataclass(frozen=True)
class Feedback:
    """What a revision is asked to fix: the current code, its render and how it compares."""

    code: str
    render: PageImage
    comparison: Comparison
    history: tuple[float, ...] = field(default_factory=tuple)


class CodeWriter(Protocol):
    """Writes a draft and revisions for one screenshot."""

    name: str

    def draft(
        self,
        image: Image.Image,
        target: Target,
        *,
        error: str | None = None,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
    ) -> Draft: ...

    def revise(
        self,
        image: Image.Image,
        target: Target,
        feedback: Feedback,
        *,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
    ) -> Draft: ...
