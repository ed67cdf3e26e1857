"""`vl2code eval DIR`: score each ID.html's render against its ID.png, Design2Code style.

DIR holds pairs like the Design2Code test set (``ID.html`` + ``ID.png``). One browser renders
every page; the table lists each page's metrics and the mean. With ``--generate``, every
screenshot in DIR is first converted to code (written to ``--out``) and the generated code is
scored instead. Exit 0, or 2 on unusable input.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from vl2code.commands.render_flags import add_render_flags, render_overrides
from vl2code.compare import METRICS, Comparison, compare
from vl2code.errors import InputError, Vl2codeError
from vl2code.fileio import write_atomic
from vl2code.images import load_screenshot
from vl2code.page import PageImage
from vl2code.render import Renderer
from vl2code.render.fonts import FONT_SETS
from vl2code.settings import Settings, load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score a folder of ID.html + ID.png pairs (Design2Code metrics)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("folder", type=Path, metavar="DIR", help="folder of ID.html + ID.png pairs")
    parser.add_argument("--json", type=Path, metavar="REPORT.json", help="also write the report as JSON")
    parser.add_argument("--width", type=int, metavar="W", help="viewport width (default: render.width)")
    add_render_flags(parser)
    generation = parser.add_argument_group("generating (--generate)")
    generation.add_argument(
        "--generate", action="store_true", help="convert every screenshot in DIR, then score"
    )
    generation.add_argument(
        "--out", type=Path, metavar="OUTDIR", help="where generated code goes (default .vl2code/eval/DIR)"
    )
    generation.add_argument("--format", choices=("html", "tailwind", "drawio"), default="html")
    generation.add_argument("--backend", choices=("auto", "local", "openai", "layout"))
    generation.add_argument("--refine", type=int, metavar="N", help="refinement rounds")
    generation.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="screenshots at once (default: openai.concurrency for a server, else 1)",
    )
    generation.add_argument("--force", action="store_true", help="replace existing outputs in OUTDIR")
    parser.set_defaults(run=run)


@dataclass(frozen=True)
class PageResult:
    page_id: str
    comparison: Comparison | None
    error: str | None = None
    generation: dict[str, object] | None = None  # the pipeline's summary, with --generate


def find_pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    """(id, html, png) for every ID.html with an ID.png beside it, sorted by id."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    pairs = [(html.stem, html, html.with_suffix(".png")) for html in sorted(folder.glob("*.html"))]
    pairs = [pair for pair in pairs if pair[2].is_file()]
    if not pairs:
        raise InputError(f"{folder}: no ID.html + ID.png pairs found")
    return pairs


def capture_like_design2code(settings: Settings) -> None:
    """Render as the Design2Code screenshots were taken, where the user chose nothing else.

    Their pages lost their images (each ``<img>`` points at a file that is not there, drawn as a
    blue 16:9 box) and were captured on a machine with DejaVu as its only fonts; rendering the
    same way lets a page match its own screenshot instead of differing by every fallback font.
    """
    if "render.missing_images" not in settings.sources:
        settings.render.missing_images = "placeholder"
    if "render.fonts" not in settings.sources and FONT_SETS["dejavu"].folder.is_dir():
        settings.render.fonts = "dejavu"


def score_pair(renderer: Renderer, html_path: Path, png_path: Path, width: int | None = None) -> Comparison:
    """The render of ``html_path`` (DOM blocks) against the screenshot ``png_path`` (OCR)."""
    reference = PageImage(load_screenshot(png_path), kind="image")
    candidate = renderer.render_file(html_path, width=width)
    return compare(reference, candidate)


class Progress:
    """A one-line progress bar on a terminal (plain lines otherwise)."""

    def __init__(self, total: int, stream: TextIO = sys.stderr) -> None:
        self.total = total
        self.stream = stream
        self.started = time.monotonic()
        self.interactive = stream.isatty()

    def update(self, done: int, label: str) -> None:
        elapsed = time.monotonic() - self.started
        width = 30
        filled = round(width * done / self.total)
        bar = "#" * filled + "-" * (width - filled)
        line = f"[{bar}] {done}/{self.total} {label} ({elapsed:.0f}s)"
        if self.interactive:
            self.stream.write("\r" + line + "\033[K")
            if done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


def table(results: list[PageResult]) -> list[str]:
    header = f"{'page':<12}{'score':>8}" + "".join(f"{name:>12}" for name in METRICS) + f"{'pixels':>9}"
    lines = [header]
    scored = [r for r in results if r.comparison is not None]
    for result in results:
        if result.comparison is None:
            lines.append(f"{result.page_id:<12}{'error':>8}  {result.error}")
            continue
        c = result.comparison
        lines.append(
            f"{result.page_id:<12}{c.score:>8.3f}"
            + "".join(f"{c.metrics[name]:>12.3f}" for name in METRICS)
            + f"{c.pixel.ratio:>9.1%}"
        )
    if scored:
        means = mean_metrics(scored)
        lines.append(
            f"{'mean':<12}{means['score']:>8.3f}"
            + "".join(f"{means[name]:>12.3f}" for name in METRICS)
            + f"{means['pixel_ratio']:>9.1%}"
        )
    return lines


def mean_metrics(scored: list[PageResult]) -> dict[str, float]:
    comparisons = [r.comparison for r in scored if r.comparison is not None]
    means = {name: statistics.fmean(c.metrics[name] for c in comparisons) for name in METRICS}
    means["score"] = statistics.fmean(c.score for c in comparisons)
    means["pixel_ratio"] = statistics.fmean(c.pixel.ratio for c in comparisons)
    return means


def run(args: argparse.Namespace) -> int:
    settings = load_settings(
        overrides={
            "render.width": args.width,
            "generation.backend": args.backend,
            "generation.refine_rounds": args.refine,
            **render_overrides(args),
        }
    )
    capture_like_design2code(settings)
    results = generate_and_score(args, settings) if args.generate else score_pairs(args, settings)
    print("\n".join(table(results)))
    if args.json is not None:
        write_atomic(args.json, json.dumps(report(args.folder, results), indent=2))
    return 0 if any(r.comparison is not None for r in results) else 2


def score_pairs(args: argparse.Namespace, settings: Settings) -> list[PageResult]:
    pairs = find_pairs(args.folder)
    progress = Progress(len(pairs))
    results: list[PageResult] = []
    with Renderer(settings.render) as renderer:
        for done, (page_id, html, png) in enumerate(pairs, start=1):
            try:
                results.append(PageResult(page_id, score_pair(renderer, html, png, args.width)))
            except Vl2codeError as error:
                results.append(PageResult(page_id, None, str(error)))
            progress.update(done, page_id)
    return results


def generate_and_score(args: argparse.Namespace, settings: Settings) -> list[PageResult]:
    """Convert each screenshot with the loop; its score is the kept version's comparison."""
    from vl2code.commands import eval_generate

    out_dir = args.out or Path(".vl2code") / "eval" / args.folder.resolve().name
    jobs = eval_generate.plan_jobs(args.folder, out_dir, args.format, args.force)
    workers = eval_generate.concurrency_for(settings, args.jobs)
    eval_generate.describe_choice(settings, workers)
    progress = Progress(len(jobs))
    finished: list[str] = []

    def on_done(job: eval_generate.GenerationJob, _outcome: eval_generate.Outcome) -> None:
        finished.append(job.page_id)
        progress.update(len(finished), job.page_id)

    with Renderer(settings.render) as renderer:
        outcomes = eval_generate.generate_all(
            jobs, target=args.format, settings=settings, renderer=renderer, workers=workers, on_done=on_done
        )
    print(f"vl2code: generated code in {out_dir}", file=sys.stderr)
    results = []
    for job in jobs:
        outcome = outcomes[job.page_id]
        if isinstance(outcome, str):
            results.append(PageResult(job.page_id, None, outcome))
        else:
            results.append(PageResult(job.page_id, outcome.comparison, None, outcome.summary()))
    return results


def report(folder: Path, results: list[PageResult]) -> dict[str, object]:
    scored = [r for r in results if r.comparison is not None]
    pages: dict[str, object] = {}
    for r in results:
        entry = r.comparison.to_dict() if r.comparison is not None else {"error": r.error}
        if r.generation is not None:
            entry = {**entry, "generation": r.generation}
        pages[r.page_id] = entry
    return {"folder": str(folder), "pages": pages, "mean": mean_metrics(scored) if scored else None}
