"""Visual-diff checks: keep pages and diagrams faithful to their reference screenshots.

``run_checks`` is the one call behind `vl2code check` (and the pre-commit hook): plan which
files to compare, render them all with one browser, compare, judge and write diff images.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from contextlib import nullcontext
from pathlib import Path

from vl2code.checks.masks import parse_masks
from vl2code.checks.plan import CheckPlan, CheckTarget, Skipped, plan_checks
from vl2code.checks.results import CheckResult, CheckRun
from vl2code.checks.runner import RunOptions, TargetChecker, check_all
from vl2code.errors import SettingsError
from vl2code.references import setting_base_dir
from vl2code.render import Renderer
from vl2code.settings import CheckSettings, Settings

__all__ = [
    "CheckPlan",
    "CheckResult",
    "CheckRun",
    "CheckTarget",
    "RunOptions",
    "Skipped",
    "plan_checks",
    "run_checks",
]


def run_checks(
    files: Sequence[Path],
    settings: Settings,
    *,
    options: RunOptions | None = None,
    root: Path | None = None,
    renderer: Renderer | None = None,
) -> CheckRun:
    """Check ``files`` (folders are searched; none means ``root``, the current folder by default).

    Pass a ``renderer`` to share an already running browser; otherwise one is started only
    when there is something to render, and closed at the end.
    """
    started = time.perf_counter()
    options = options or RunOptions()
    root = root or Path.cwd()
    validate_check_settings(settings.check)
    masks = parse_masks(settings.check.masks)
    plan = plan_checks(files, settings, root=root, update=options.update)
    diff_dir = diff_folder(settings)
    results: tuple[CheckResult, ...] = ()
    if plan.targets:
        with nullcontext(renderer) if renderer is not None else Renderer(settings.render) as active:
            checker = TargetChecker(active, settings.check, masks, diff_dir, options)
            results = check_all(checker, plan.targets)
    return CheckRun(results, plan.skipped, diff_dir, 1000 * (time.perf_counter() - started))


def diff_folder(settings: Settings) -> Path:
    folder = Path(settings.check.diff_dir).expanduser()
    return folder if folder.is_absolute() else setting_base_dir(settings, "check.diff_dir") / folder


def validate_check_settings(check: CheckSettings) -> None:
    """Reject values no comparison can honour, naming the setting (flags map to the same names)."""
    fractions = {
        "threshold": check.threshold,
        "pixel_threshold": check.pixel_threshold,
        "max_diff_ratio": check.max_diff_ratio,
    }
    fractions.update({f"thresholds.{glob}": value for glob, value in check.thresholds.items()})
    for name, value in fractions.items():
        if value is not None and not 0.0 <= value <= 1.0:
            raise SettingsError(f"check.{name}: must be from 0 to 1, got {value}")
    if check.max_diff_pixels is not None and check.max_diff_pixels < 0:
        raise SettingsError(f"check.max_diff_pixels: must be 0 or more, got {check.max_diff_pixels}")
    for width in check.widths:
        if not 100 <= width <= 10_000:
            raise SettingsError(f"check.widths: {width} px is not a usable viewport width (100-10000)")
