"""What a check run tells people (a table) and programs (JSON)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from vl2code.checks.results import CheckResult, CheckRun

STATUS_LABELS = {
    "passed": "ok",
    "failed": "FAIL",
    "error": "ERROR",
    "updated": "updated",
    "unchanged": "unchanged",
}
#: How many mismatches a table row and a JUnit failure name.
WORST_SHOWN = 3


def format_table(run: CheckRun, *, quiet: bool = False, columns: int | None = None) -> str:
    """One row per check, skipped files as notes, and a summary line.

    ``quiet`` keeps only what needs attention: failing rows and, if anything failed, the summary.
    """
    results = [r for r in run.results if r.status in ("failed", "error")] if quiet else list(run.results)
    lines: list[str] = []
    if results:
        rows = [("FILE", "SCORE", "THRESHOLD", "CHANGED", "RESULT", "WORST MISMATCHES")]
        rows += [_row(result) for result in results]
        widths = [max(len(row[i]) for row in rows) for i in range(5)]
        available = (columns or shutil.get_terminal_size((120, 24)).columns) - sum(widths) - 2 * 5
        for row in rows:
            cells = [row[i].ljust(widths[i]) for i in range(5)]
            lines.append("  ".join([*cells, _clip(row[5], max(available, 30))]).rstrip())
    lines += [f"note {result.target.name}: {note}" for result in results for note in result.notes]
    if not quiet:
        lines += [f"skipped {item.display}: {item.reason}" for item in run.skipped]
    if not quiet or run.exit_code:
        lines.append(summary_line(run))
    return "\n".join(lines)


def _row(result: CheckResult) -> tuple[str, str, str, str, str, str]:
    score = "-" if result.score is None else f"{result.score:.3f}"
    pixels = "-" if result.pixel_ratio is None else f"{100 * result.pixel_ratio:.2f}%"
    notes = list(result.reasons) if result.status in ("failed", "error") else []
    notes += [m.detail for m in result.mismatches[:WORST_SHOWN]]
    return (
        result.target.name,
        score,
        f"{result.target.threshold:.2f}",
        pixels,
        STATUS_LABELS[result.status],
        "; ".join(notes) or "-",
    )


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary_line(run: CheckRun) -> str:
    counts = run.counts()
    parts = [f"{count} {status}" for status, count in counts.items() if count]
    if run.skipped:
        parts.append(f"{len(run.skipped)} skipped")
    text = ", ".join(parts) or "nothing to check (no file has a reference screenshot)"
    written = [r.diff_image for r in run.results if r.diff_image is not None]
    if written:
        text += f"; diff images in {_near(run.diff_dir)}"
    return f"{text} ({run.duration_ms / 1000:.1f} s)"


def _near(path: Path) -> str:
    """``path`` relative to the current folder when it is inside it: shorter, and clickable in CI logs."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def run_to_dict(run: CheckRun) -> dict[str, Any]:
    """Plain data for ``--json``: stable keys, paths as strings, scores as numbers."""
    return {
        "passed": run.exit_code == 0,
        "exit_code": run.exit_code,
        "counts": run.counts(),
        "duration_ms": round(run.duration_ms, 1),
        "diff_dir": str(run.diff_dir),
        "results": [_result_to_dict(result) for result in run.results],
        "skipped": [{"file": item.display, "reason": item.reason} for item in run.skipped],
    }


def _result_to_dict(result: CheckResult) -> dict[str, Any]:
    target = result.target
    return {
        "file": target.display,
        "name": target.name,
        "kind": target.kind,
        "reference": str(target.reference),
        "reference_source": target.link.source,
        "width": result.width,
        "status": result.status,
        "score": result.score,
        "threshold": target.threshold,
        "metrics": result.metrics,
        "pixel_ratio": result.pixel_ratio,
        "diff_pixels": result.diff_pixels,
        "reasons": list(result.reasons),
        "notes": list(result.notes),
        "mismatches": [mismatch.to_dict() for mismatch in result.mismatches],
        "diff_image": None if result.diff_image is None else str(result.diff_image),
        "duration_ms": round(result.duration_ms, 1),
    }
