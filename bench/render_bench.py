"""Warm render time per page against the raw Playwright floor, measured in the same run.

For every Design2Code dev page: the median time of ``Renderer.render_html`` (with and without
DOM text blocks) next to the median time of a bare ``page.set_content`` + full-page PNG
screenshot on a reused page of a second browser with the same flags (the floor: what any
renderer built on Playwright pays). Prints per-page numbers and the medians over pages.

With ``--fidelity``: instead, the share of pixels of each page's render that differ from the
page's reference PNG (any channel off by more than 25, height difference counted as differing).

Usage: .venv/bin/python bench/render_bench.py [DATA_DIR] [--rounds N] [--fidelity]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np
from PIL import Image
from playwright.sync_api import sync_playwright

from vl2code.render import LAUNCH_ARGS, Renderer, find_browser
from vl2code.render.session import VIEWPORT_HEIGHT

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "design2code-dev"


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def pixel_diff_ratio(reference: Image.Image, render: Image.Image) -> float:
    """Share of differing pixels over the larger of the two sizes."""
    ref = np.asarray(reference.convert("RGB"), dtype=np.int16)
    got = np.asarray(render.convert("RGB"), dtype=np.int16)
    height, width = min(ref.shape[0], got.shape[0]), min(ref.shape[1], got.shape[1])
    differing = int((np.abs(ref[:height, :width] - got[:height, :width]).max(axis=2) > 25).sum())
    total = max(ref.shape[0], got.shape[0]) * max(ref.shape[1], got.shape[1])
    return (differing + total - height * width) / total


def fidelity(pages: list[Path]) -> None:
    ratios = {}
    with Renderer() as renderer:
        for page in pages:
            rendered = renderer.render_file(page)
            ratios[page.stem] = pixel_diff_ratio(Image.open(page.with_suffix(".png")), rendered.image)
    for name, ratio in sorted(ratios.items(), key=lambda item: -item[1]):
        print(f"{name:>8} {ratio:7.2%}")
    over = sum(ratio > 0.02 for ratio in ratios.values())
    print(f"\n{len(ratios)} pages: median {statistics.median(ratios.values()):.2%}, {over} above 2%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--fidelity", action="store_true", help="compare renders with the reference PNGs")
    args = parser.parse_args()
    pages = sorted(args.data.glob("*.html"))
    if not pages:
        raise SystemExit(f"no .html pages in {args.data}")
    if args.fidelity:
        fidelity(pages)
        return

    floor: dict[str, list[float]] = {page.stem: [] for page in pages}
    plain: dict[str, list[float]] = {page.stem: [] for page in pages}
    with_blocks: dict[str, list[float]] = {page.stem: [] for page in pages}
    parts: dict[str, list[float]] = {}
    with sync_playwright() as playwright, Renderer() as renderer:
        executable = find_browser(renderer.settings.browser, playwright.chromium.executable_path)
        browser = playwright.chromium.launch(executable_path=executable, args=list(LAUNCH_ARGS))
        raw_page = browser.new_page(
            viewport={"width": 1280, "height": VIEWPORT_HEIGHT}, device_scale_factor=1
        )
        raw_page.route("**/*", lambda route: route.abort())
        htmls = {page.stem: page.read_text(encoding="utf-8") for page in pages}
        for html in htmls.values():  # warm both browsers on every page once
            raw_page.set_content(html)
            raw_page.screenshot(full_page=True)
            renderer.render_html(html)
        for _ in range(args.rounds):
            for name, html in htmls.items():
                started = time.perf_counter()
                raw_page.set_content(html)
                raw_page.screenshot(full_page=True, type="png")
                floor[name].append(_ms(started))

                started = time.perf_counter()
                renderer.render_html(html, text_blocks=False)
                plain[name].append(_ms(started))

                started = time.perf_counter()
                rendered = renderer.render_html(html)
                with_blocks[name].append(_ms(started))
                for part, value in rendered.timings_ms.items():
                    parts.setdefault(part, []).append(value)
        browser.close()

    print(f"{'page':>8} {'floor ms':>9} {'render ms':>10} {'+blocks ms':>11} {'ratio':>6}")
    for name in floor:
        f, p, b = (statistics.median(series[name]) for series in (floor, plain, with_blocks))
        print(f"{name:>8} {f:9.1f} {p:10.1f} {b:11.1f} {p / f:6.2f}")
    medians = [
        statistics.median(statistics.median(series[name]) for name in floor)
        for series in (floor, plain, with_blocks)
    ]
    print(f"\n{len(floor)} pages x {args.rounds} rounds, medians over pages:")
    labels = (
        "floor (set_content + full-page PNG screenshot)",
        "Renderer.render_html(text_blocks=False)",
        "Renderer.render_html() with text blocks",
    )
    for label, median in zip(labels, medians, strict=True):
        print(f"  {label:<48} {median:7.1f} ms  ({median / medians[0]:.2f}x floor)")
    print(
        "  inside render_html (median ms): "
        + ", ".join(f"{k} {statistics.median(v):.1f}" for k, v in parts.items())
    )


if __name__ == "__main__":
    main()
