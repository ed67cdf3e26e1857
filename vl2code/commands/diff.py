"""`vl2code diff A B`: how closely page B reproduces reference A (Design2Code scores + pixel diff).

A and B may each be a screenshot (PNG/JPEG/WebP), an HTML page or a draw.io file; pages and
diagrams are rendered first. Exit status: 0, or 1 when the score is below ``--threshold``,
2 on unusable input.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from contextlib import ExitStack
from pathlib import Path

from vl2code.commands.render_flags import add_render_flags, render_overrides
from vl2code.compare import METRICS, CompareOptions, Comparison, compare
from vl2code.errors import InputError
from vl2code.fileio import write_atomic
from vl2code.images import load_screenshot
from vl2code.page import PageImage
from vl2code.render import Renderer
from vl2code.render.renderer import IMAGE_SUFFIXES
from vl2code.settings import load_settings

#: Mismatches listed in the text report (all of them are in --json).
SHOWN_MISMATCHES = 10


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="compare a page or screenshot with a reference (Design2Code scores and a pixel diff)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("reference", type=Path, metavar="A", help="reference: PNG, HTML or draw.io")
    parser.add_argument("candidate", type=Path, metavar="B", help="candidate: PNG, HTML or draw.io")
    parser.add_argument("--out", type=Path, metavar="DIFF.png", help="write the diff picture here")
    parser.add_argument("--json", action="store_true", help="print the comparison as JSON")
    parser.add_argument(
        "--threshold", type=float, metavar="T", help="exit 1 when the score is below T (0..1)"
    )
    parser.add_argument(
        "--width", type=int, metavar="W", help="viewport width for HTML (default: render.width)"
    )
    parser.add_argument(
        "--pixel-threshold", type=float, default=0.1, metavar="P", help="pixelmatch colour threshold (0..1)"
    )
    parser.add_argument("--include-aa", action="store_true", help="count anti-aliased pixels as different")
    parser.add_argument(
        "--mask",
        action="append",
        default=[],
        metavar="X,Y,W,H",
        help="pixel rectangle to ignore (repeatable)",
    )
    add_render_flags(parser)
    parser.set_defaults(run=run)


def parse_mask(text: str) -> tuple[float, float, float, float]:
    try:
        x, y, w, h = (float(part) for part in text.split(","))
    except ValueError:
        raise InputError(f"--mask {text!r}: expected X,Y,W,H in pixels") from None
    if w <= 0 or h <= 0:
        raise InputError(f"--mask {text!r}: width and height must be positive")
    return (x, y, w, h)


def load_page(path: Path, stack: ExitStack, renderers: list[Renderer], args: argparse.Namespace) -> PageImage:
    """A screenshot as it is; pages and diagrams rendered (one browser for both inputs)."""
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return PageImage(load_screenshot(path), kind="image")
    if not renderers:
        settings = load_settings(overrides={"render.width": args.width, **render_overrides(args)})
        renderers.append(stack.enter_context(Renderer(settings.render)))
    try:
        return renderers[0].render_file(path, width=args.width)
    except InputError as error:
        if str(path) in str(error):
            raise
        raise InputError(f"{path}: {error}") from None


def report_lines(comparison: Comparison) -> list[str]:
    lines = [f"score {comparison.score:.3f}"]
    lines += [f"  {name:<11}{comparison.metrics[name]:.3f}" for name in METRICS]
    pixel = comparison.pixel
    lines.append(
        f"  {'pixels':<11}{pixel.ratio:.2%} differ ({pixel.diff_pixels:,} of {pixel.total_pixels:,})"
    )
    if comparison.mismatches:
        lines.append(f"mismatches ({len(comparison.mismatches)}, worst first):")
        lines += [
            f"  [{m.severity:.2f}] {m.kind}: {m.detail}" for m in comparison.mismatches[:SHOWN_MISMATCHES]
        ]
        if len(comparison.mismatches) > SHOWN_MISMATCHES:
            lines.append(f"  ... {len(comparison.mismatches) - SHOWN_MISMATCHES} more (see --json)")
    return lines


def run(args: argparse.Namespace) -> int:
    if args.threshold is not None and not 0.0 <= args.threshold <= 1.0:
        raise InputError(f"--threshold must be between 0 and 1, got {args.threshold}")
    if args.out is not None and args.out.suffix.lower() != ".png":
        raise InputError(f"{args.out}: --out must be a .png file")
    options = CompareOptions(
        pixel_threshold=args.pixel_threshold,
        include_aa=args.include_aa,
        masks=tuple(parse_mask(mask) for mask in args.mask),
    )
    with ExitStack() as stack:
        renderers: list[Renderer] = []
        reference = load_page(args.reference, stack, renderers, args)
        candidate = load_page(args.candidate, stack, renderers, args)
    comparison = compare(reference, candidate, options)
    if args.out is not None:
        buffer = io.BytesIO()
        comparison.diff_image.save(buffer, format="PNG")
        write_atomic(args.out, buffer.getvalue())
    if args.json:
        print(json.dumps(comparison.to_dict(), indent=2))
    else:
        print("\n".join(report_lines(comparison)))
        if args.out is not None:
            print(f"diff picture: {args.out}")
    if args.threshold is not None and comparison.score < args.threshold:
        print(
            f"vl2code: score {comparison.score:.3f} is below the threshold {args.threshold:.3f}",
            file=sys.stderr,
        )
        return 1
    return 0
