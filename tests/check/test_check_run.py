"""`run_checks` with the session's shared browser: limits, masks, widths, updates and errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

from vl2code.checks import CheckRun, RunOptions, run_checks
from vl2code.render import Renderer
from vl2code.settings import load_settings

PRICE_CHANGE = ('<p class="price">$29</p>', '<p class="price">$39</p>')
CLOCK_CHANGE = ("Updated 09:41", "Updated 17:05")


def _check(site: Path, renderer: Renderer, *files: str, update: bool = False, **flags: Any) -> CheckRun:
    """What `vl2code check FILES --flag value` does, with the shared browser."""
    settings = load_settings(start=site, environ={}, overrides={f"check.{k}": v for k, v in flags.items()})
    paths = [site / name for name in files]
    return run_checks(paths, settings, options=RunOptions(update=update), root=site, renderer=renderer)


def test_pixel_limits_fail_what_the_score_lets_pass(
    site: Path, renderer: Renderer, edit_page: Callable[[str, str], None]
) -> None:
    edit_page(*PRICE_CHANGE)
    lenient = _check(site, renderer, "pricing.html", threshold=0.5)
    assert lenient.exit_code == 0 and lenient.results[0].diff_pixels
    assert lenient.results[0].diff_image is None
    by_pixels = _check(site, renderer, "pricing.html", threshold=0.5, max_diff_pixels=10)
    assert by_pixels.exit_code == 1 and by_pixels.results[0].reasons[0].endswith("pixels differ > 10")
    by_ratio = _check(site, renderer, "pricing.html", threshold=0.5, max_diff_ratio=0.00001)
    assert by_ratio.exit_code == 1 and "% of pixels differ > 0.00%" in by_ratio.results[0].reasons[0]
    assert by_ratio.results[0].diff_image == site / ".vl2code" / "diffs" / "pricing.html.png"
    assert by_ratio.results[0].diff_image.is_file()


def test_write_all_diffs_and_custom_diff_folder(site: Path, renderer: Renderer) -> None:
    settings = load_settings(start=site, environ={}, overrides={"check.diff_dir": "out/diffs"})
    options = RunOptions(write_all_diffs=True)
    run = run_checks([site / "flow.drawio"], settings, options=options, root=site, renderer=renderer)
    assert run.results[0].status == "passed"
    assert run.results[0].diff_image == site / "out" / "diffs" / "flow.drawio.png"
    assert run.results[0].diff_image.is_file()


def test_selector_and_rectangle_masks_hide_dynamic_content(
    site: Path, renderer: Renderer, edit_page: Callable[[str, str], None]
) -> None:
    edit_page(*CLOCK_CHANGE)
    assert _check(site, renderer, "pricing.html", max_diff_pixels=0).exit_code == 1
    masked = _check(site, renderer, "pricing.html", max_diff_pixels=0, masks=[".clock", ".no-such-thing"])
    assert masked.exit_code == 0 and masked.results[0].diff_pixels == 0
    assert masked.results[0].notes == ("mask '.no-such-thing' matched nothing",)
    clock_box = _check(site, renderer, "pricing.html", max_diff_pixels=0, masks=["400,0,300,60"])
    assert clock_box.exit_code == 0 and clock_box.results[0].diff_pixels == 0
    elsewhere = _check(site, renderer, "pricing.html", max_diff_pixels=0, masks=["0,300,300,60"])
    assert elsewhere.exit_code == 1


def test_widths_render_at_the_given_viewports_with_a_reference_each(site: Path, renderer: Renderer) -> None:
    designs = site / "designs"
    assert _check(site, renderer, "pricing.html", update=True, widths=[800]).counts()["updated"] == 1
    assert Image.open(designs / "pricing.png").width == 800
    own_width = _check(site, renderer, "pricing.html")
    assert own_width.exit_code == 0 and own_width.results[0].width == 800
    both = _check(site, renderer, "pricing.html", update=True, widths=[800, 1000])
    assert [r.target.name for r in both.results] == ["pricing.html@800", "pricing.html@1000"]
    assert Image.open(designs / "pricing@800.png").width == 800
    assert Image.open(designs / "pricing@1000.png").width == 1000
    checked = _check(site, renderer, "pricing.html", widths=[800, 1000])
    assert checked.exit_code == 0
    assert [r.target.reference.name for r in checked.results] == ["pricing@800.png", "pricing@1000.png"]


def test_update_leaves_identical_references_untouched(site: Path, renderer: Renderer) -> None:
    reference = site / "designs" / "pricing.png"
    written = reference.stat().st_mtime_ns
    run = _check(site, renderer, update=True)
    assert run.counts()["unchanged"] == 2 and run.exit_code == 0
    assert reference.stat().st_mtime_ns == written


def test_a_file_that_cannot_render_is_an_error_and_the_run_goes_on(site: Path, renderer: Renderer) -> None:
    (site / "broken.drawio").write_text(
        "<mxfile><!-- vl2code: reference=designs/flow.png --><diagram>not a diagram", encoding="utf-8"
    )
    run = _check(site, renderer)
    statuses = {r.target.display: r.status for r in run.results}
    assert statuses == {"broken.drawio": "error", "flow.drawio": "passed", "pricing.html": "passed"}
    assert run.exit_code == 2
    broken = run.results[0]
    assert broken.score is None and len(broken.reasons) == 1 and broken.reasons[0].strip()
