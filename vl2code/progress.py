"""Progress events the conversion loop reports to its front ends (CLI, language server)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Stage = Literal["queued", "load", "draft", "render", "compare", "refine", "done"]


@dataclass(frozen=True)
class ProgressEvent:
    """One step of a conversion; ``round`` 0 is the draft, 1..N the refinement rounds."""

    stage: Stage
    round: int
    total_rounds: int
    score: float | None = None
    message: str = ""
    tokens_per_s: float | None = None


ProgressCallback = Callable[[ProgressEvent], None]
