"""The outcome of a check run, as plain values the reports read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vl2code.checks.plan import CheckTarget, Skipped

if TYPE_CHECKING:
    from vl2code.compare import Mismatch

Status = Literal["passed", "failed", "error", "updated", "unchanged"]
STATUSES: tuple[Status, ...] = ("passed", "failed", "error", "updated", "unchanged")


@dataclass(frozen=True)
class CheckResult:
    """One target's verdict.

    ``reasons`` say why it failed (or the error), ``notes`` what the user should know even when
    it passed (a mask that matched nothing), one line each.
    """

    target: CheckTarget
    status: Status
    width: int | None = None
    score: float | None = None
    metrics: dict[str, float] = field(default_factory=dict)
    pixel_ratio: float | None = None
    diff_pixels: int | None = None
    mismatches: tuple[Mismatch, ...] = ()
    reasons: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    diff_image: Path | None = None
    duration_ms: float = 0.0


@dataclass(frozen=True)
class CheckRun:
    results: tuple[CheckResult, ...]
    skipped: tuple[Skipped, ...]
    diff_dir: Path
    duration_ms: float

    @property
    def exit_code(self) -> int:
        """2 when a file could not be checked at all, 1 when one drifted from its reference, else 0."""
        statuses = {result.status for result in self.results}
        return 2 if "error" in statuses else 1 if "failed" in statuses else 0

    def counts(self) -> dict[str, int]:
        counted = Counter(result.status for result in self.results)
        return {status: counted[status] for status in STATUSES}
