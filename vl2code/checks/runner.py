"""Render each planned target with one shared browser, compare it, and judge it.

Failures of one file (a page that does not render, a corrupt reference) are reported as that
file's error and the run goes on, so CI shows every problem at once; a missing browser stops
the run, since nothing could be checked.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image

from vl2code.checks.diffs import diff_image_path, side_by_side, write_png
from vl2code.checks.masks import Masks, Rect, selector_rects
from vl2code.checks.plan import CheckTarget
from vl2code.checks.results import CheckResult
from vl2code.compare import METRICS, CompareOptions, Comparison, compare
from vl2code.errors import InputError, RenderError
from vl2code.images import load_screenshot, read_input_bytes
from vl2code.page import PageImage
from vl2code.render import Renderer
from vl2code.render.text_input import decode_text
from vl2code.settings import CheckSettings


@dataclass(frozen=True)
class RunOptions:
    """How a run treats its results: ``update`` rewrites references instead of judging.

    ``jobs`` is how many files are checked at once (they still share one browser).
    """

    update: bool = False
    write_all_diffs: bool = False
    jobs: int = 1


@dataclass(frozen=True)
class TargetChecker:
    """Everything one run shares between its targets."""

    renderer: Renderer
    check: CheckSettings
    masks: Masks
    diff_dir: Path
    options: RunOptions

    def __call__(self, target: CheckTarget) -> CheckResult:
        started = time.perf_counter()
        try:
            result = self._check(target)
        except (InputError, RenderError) as error:
            result = CheckResult(target, "error", reasons=(str(error),))
        return _with_duration(result, started)

    def _check(self, target: CheckTarget) -> CheckResult:
        reference = load_screenshot(target.reference) if target.reference.is_file() else None
        width = target.width
        if width is None and target.kind == "html" and reference is not None:
            width = reference.width
        html = decode_text(read_input_bytes(target.file), str(target.file)) if target.kind == "html" else None
        render = self._render(target, html, width)
        if self.options.update:
            return self._update(target, reference, render, width)
        assert reference is not None  # planning refused missing references
        if _same_pixels(reference, render) and not self.options.write_all_diffs:
            diff_image_path(self.diff_dir, target).unlink(missing_ok=True)
            return identical(target, width)
        return self._compare(target, reference, render, html, width)

    def _compare(
        self,
        target: CheckTarget,
        reference: Image.Image,
        render: Image.Image,
        html: str | None,
        width: int | None,
    ) -> CheckResult:
        """Compare, judge against the limits, and write (or clear) the diff image."""
        rects, notes = self._mask_rects(target, html, width)
        comparison = compare_screenshots(reference, render, self.check, rects)
        reasons = failure_reasons(comparison, target.threshold, self.check)
        passed = not reasons
        diff_path = diff_image_path(self.diff_dir, target)
        if passed and not self.options.write_all_diffs:
            diff_path.unlink(missing_ok=True)
            written = None
        else:
            write_png(
                diff_path,
                side_by_side(reference, render, comparison.diff_image, comparison.mismatches),
            )
            written = diff_path
        return CheckResult(
            target,
            "passed" if passed else "failed",
            width=width,
            score=comparison.score,
            metrics=dict(comparison.metrics),
            pixel_ratio=comparison.pixel.ratio,
            diff_pixels=comparison.pixel.diff_pixels,
            mismatches=tuple(comparison.mismatches),
            reasons=tuple(reasons),
            notes=notes,
            diff_image=written,
        )

    def _render(self, target: CheckTarget, html: str | None, width: int | None) -> Image.Image:
        """The file's render as a plain screenshot (see :func:`compare_screenshots` for why)."""
        if html is None:
            return self.renderer.render_file(target.file).image
        return self.renderer.render_html(
            html, base_dir=target.file.parent, width=width, text_blocks=False
        ).image

    def _mask_rects(
        self, target: CheckTarget, html: str | None, width: int | None
    ) -> tuple[tuple[Rect, ...], tuple[str, ...]]:
        """Rectangle masks as given, plus the boxes of selector masks in this page's render."""
        if not self.masks.selectors or html is None:
            return self.masks.rects, ()
        found, unmatched = selector_rects(
            self.renderer, html, base_dir=target.file.parent, width=width, selectors=self.masks.selectors
        )
        return self.masks.rects + found, tuple(f"mask {selector!r} matched nothing" for selector in unmatched)

    def _update(
        self, target: CheckTarget, reference: Image.Image | None, render: Image.Image, width: int | None
    ) -> CheckResult:
        """Write the render as the new reference, leaving identical ones untouched (no git churn)."""
        if reference is not None and _same_pixels(reference, render):
            return CheckResult(target, "unchanged", width=width)
        write_png(target.reference, render)
        return CheckResult(target, "updated", width=width, reasons=(f"wrote {target.reference}",))


def compare_screenshots(
    reference: Image.Image, render: Image.Image, check: CheckSettings, masks: Sequence[Rect] = ()
) -> Comparison:
    """Compare a render with its reference the way `vl2code check` does: both as screenshots.

    The reference is only pixels, so the render's DOM text blocks are left aside and both
    sides are read the same way (OCR): a render identical to its reference then scores
    exactly 1, which DOM blocks on one side and OCR on the other do not give.
    """
    options = CompareOptions(
        pixel_threshold=check.pixel_threshold, include_aa=check.include_aa, masks=tuple(masks)
    )
    return compare(PageImage(reference), PageImage(render), options)


def identical(target: CheckTarget, width: int | None) -> CheckResult:
    """The verdict for a render pixel-identical to its reference, without comparing.

    Comparing would read the text of both images for a foregone 1.0; an unchanged page, the
    usual case in a pre-commit hook, then costs only its render.
    """
    perfect = {name: 1.0 for name in METRICS}
    return CheckResult(
        target, "passed", width=width, score=1.0, metrics=perfect, pixel_ratio=0.0, diff_pixels=0
    )


def failure_reasons(comparison: Comparison, threshold: float, check: CheckSettings) -> list[str]:
    """Why a comparison fails its limits, one phrase each; empty when it passes."""
    reasons = []
    if comparison.score < threshold:
        reasons.append(f"score {comparison.score:.3f} < {threshold:.2f}")
    pixel = comparison.pixel
    if check.max_diff_pixels is not None and pixel.diff_pixels > check.max_diff_pixels:
        reasons.append(f"{pixel.diff_pixels:,} pixels differ > {check.max_diff_pixels:,}")
    if check.max_diff_ratio is not None and pixel.ratio > check.max_diff_ratio:
        reasons.append(f"{100 * pixel.ratio:.2f}% of pixels differ > {100 * check.max_diff_ratio:.2f}%")
    return reasons


def _same_pixels(first: Image.Image, second: Image.Image) -> bool:
    return first.size == second.size and np.array_equal(
        np.asarray(first.convert("RGB")), np.asarray(second.convert("RGB"))
    )


def _with_duration(result: CheckResult, started: float) -> CheckResult:
    return replace(result, duration_ms=1000 * (time.perf_counter() - started))


def check_all(checker: TargetChecker, targets: Sequence[CheckTarget]) -> tuple[CheckResult, ...]:
    """Every target's result, in plan order.

    With ``jobs`` above 1, one target's comparison (CPU, mostly OCR of its reference) overlaps
    the next one's render (which the browser does on its own thread and processes).
    """
    jobs = min(checker.options.jobs, len(targets))
    if jobs <= 1:
        return tuple(checker(target) for target in targets)
    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="vl2code-check") as pool:
        return tuple(pool.map(checker, targets))
