"""`vl2code check`: fail when pages or diagrams drift from their reference screenshots.

A thin front end: flags become settings, :func:`vl2code.checks.run_checks` does the work, and
this module only chooses how to print the result (table, JSON, JUnit).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from vl2code.checks import RunOptions, run_checks
from vl2code.checks.junit import write_junit
from vl2code.checks.report import format_table, run_to_dict
from vl2code.errors import SettingsError
from vl2code.settings import load_settings

#: Files checked at once: two roughly halved a run over the dev pages on two cores (bench/check_bench.py).
DEFAULT_JOBS = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="compare pages and diagrams with their reference screenshots (pre-commit, CI)",
        description=(
            "Render every HTML or draw.io file that has a reference screenshot and compare it. "
            "Exit 1 when one is below its threshold or over a pixel limit, 2 on errors."
        ),
    )
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="files or folders to check (default: the current folder)",
    )
    parser.add_argument("--threshold", type=float, help="lowest passing score, 0..1 (default 0.9)")
    parser.add_argument(
        "--pixel-threshold",
        type=float,
        help="colour difference a pixel may have and still match, 0..1 (default 0.1)",
    )
    parser.add_argument(
        "--include-aa",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="count anti-aliased pixels as differences",
    )
    parser.add_argument("--max-diff-pixels", type=int, help="fail when more pixels than this differ")
    parser.add_argument(
        "--max-diff-ratio", type=float, help="fail when a larger share of pixels differ, 0..1"
    )
    parser.add_argument(
        "--mask",
        action="append",
        default=[],
        metavar="SELECTOR|X,Y,W,H",
        help="ignore a region: a CSS selector or a pixel rectangle (repeatable)",
    )
    parser.add_argument(
        "--width",
        action="append",
        type=int,
        metavar="PX",
        help="viewport width to render at (repeatable; default: the reference's width)",
    )
    parser.add_argument(
        "--update", action="store_true", help="rewrite the reference screenshots from the current renders"
    )
    parser.add_argument("--diff-dir", help="folder for diff images (default .vl2code/diffs)")
    parser.add_argument(
        "--write-all-diffs", action="store_true", help="write diff images for passing files too"
    )
    parser.add_argument(
        "--jobs", type=int, metavar="N", help="files checked at once, one browser (default 2; 1 on one core)"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--junit", type=Path, metavar="FILE", help="also write a JUnit XML report")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only failures")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings(
        overrides={
            "check.threshold": args.threshold,
            "check.pixel_threshold": args.pixel_threshold,
            "check.include_aa": args.include_aa,
            "check.max_diff_pixels": args.max_diff_pixels,
            "check.max_diff_ratio": args.max_diff_ratio,
            "check.widths": args.width,
            "check.diff_dir": args.diff_dir,
        }
    )
    settings.check.masks = [*settings.check.masks, *args.mask]
    jobs = min(DEFAULT_JOBS, os.cpu_count() or 1) if args.jobs is None else args.jobs
    if jobs < 1:
        raise SettingsError(f"--jobs: must be 1 or more, got {jobs}")
    options = RunOptions(update=args.update, write_all_diffs=args.write_all_diffs, jobs=jobs)
    result = run_checks(args.files, settings, options=options)
    if args.junit:
        write_junit(result, args.junit)
    if args.json:
        print(json.dumps(run_to_dict(result), indent=2))
    else:
        text = format_table(result, quiet=args.quiet)
        if text:
            print(text)
    return result.exit_code
