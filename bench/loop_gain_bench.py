"""The render-compare-refine loop with the layout backend over the dev pages and diagrams.

For every dev screenshot (and every dev diagram, rendered to PNG first) this runs the whole
conversion, checks that the output is valid and that the kept score never decreases, and
reports the score after each round. Usage: python bench/loop_gain_bench.py [--refine N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from vl2code.pipeline import convert
from vl2code.render import Renderer
from vl2code.settings import load_settings
from vl2code.targets import validate

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def kept_scores(result) -> list[float]:  # type: ignore[no-untyped-def]
    """The best score after each round (what the loop would keep if it stopped there)."""
    best, kept = float("-inf"), []
    for record in result.rounds:
        if record.kept and record.score is not None:
            best = record.score
        kept.append(best)
    return kept


def run_case(name: str, image, target: str, renderer: Renderer, settings) -> list[float]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = convert(image, target=target, settings=settings, renderer=renderer)
    validate(target, result.code)
    kept = kept_scores(result)
    assert all(b >= a for a, b in zip(kept, kept[1:], strict=False)), f"{name}: kept score decreased {kept}"
    trail = " -> ".join(f"{s:.3f}" for s in kept)
    print(f"{name:<48} {time.perf_counter() - started:6.1f} s  {trail}", flush=True)
    return kept


def summarise(label: str, trails: list[list[float]]) -> None:
    rounds = max(len(t) for t in trails)
    padded = [t + [t[-1]] * (rounds - len(t)) for t in trails]
    means = [statistics.fmean(t[i] for t in padded) for i in range(rounds)]
    gains = " ".join(f"+{b - a:.4f}" for a, b in zip(means, means[1:], strict=False))
    print(
        f"{label}: {len(trails)} converted, mean kept score per round "
        f"{' -> '.join(f'{m:.4f}' for m in means)} (gain per round {gains})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--refine", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="at most this many of each (0: all)")
    args = parser.parse_args()
    settings = load_settings(
        overrides={
            "generation.backend": "layout",
            "generation.refine_rounds": args.refine,
            "generation.target_score": 1.01,
        }
    )
    pages = sorted((SHARED / "design2code-dev").glob("*.png"))[: args.limit or None]
    diagrams = sorted((SHARED / "drawio-dev").glob("*.xml"))[: args.limit or None]
    if not pages and not diagrams:
        print(f"no dev data under {SHARED}", file=sys.stderr)
        return 2
    page_trails, diagram_trails = [], []
    with Renderer(settings.render) as renderer:
        for page in pages:
            page_trails.append(run_case(page.name, page, "html", renderer, settings))
        for diagram in diagrams:
            screenshot = renderer.render_file(diagram).image
            diagram_trails.append(run_case(diagram.name, screenshot, "drawio", renderer, settings))
    if page_trails:
        summarise("pages (html)", page_trails)
    if diagram_trails:
        summarise("diagrams (drawio)", diagram_trails)
    return 0


if __name__ == "__main__":
    sys.exit(main())
