"""`vl2code [generate] SHOT -o OUT`: screenshot to code, with the render-compare-refine loop."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vl2code.fileio import refuse_overwrite, write_atomic
from vl2code.progress import ProgressEvent
from vl2code.settings import load_settings
from vl2code.targets import target_for_output


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="convert a screenshot to HTML, Tailwind or draw.io (the default command)",
        description="Convert a screenshot to code: `vl2code shot.png -o page.html` or `-o diagram.drawio`.",
    )
    parser.add_argument("screenshot", type=Path, help="PNG, JPEG or WebP screenshot")
    parser.add_argument("-o", "--output", type=Path, required=True, help="output file (.html or .drawio)")
    parser.add_argument("--format", choices=("html", "tailwind", "drawio"), help="target (default: from -o)")
    parser.add_argument(
        "--backend", choices=("auto", "local", "openai", "layout"), help="who writes the code"
    )
    parser.add_argument("--mode", choices=("instruct", "thinking"), help="model for the draft")
    parser.add_argument("--refine", type=int, metavar="N", help="refinement rounds (default 2)")
    parser.add_argument("--target-score", type=float, help="stop refining at this score (0-1)")
    parser.add_argument("--patience", type=int, help="stop after this many rounds without improvement")
    parser.add_argument(
        "--artifacts", type=Path, metavar="DIR", help="keep every round's code, render and diff"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON summary on stdout")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--temperature", type=float)
    parser.add_argument("--top-p", type=float)
    parser.add_argument("--max-new-tokens", type=int)
    parser.add_argument("--model", help="draft model (hub id or local path)")
    parser.add_argument("--refine-model", help="refinement model (hub id or local path)")
    parser.add_argument(
        "--allow-cpu", action="store_true", default=None, help="run a local model without a GPU"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.set_defaults(run=run)


def _overrides(args: argparse.Namespace) -> dict[str, object]:
    return {
        "generation.backend": args.backend,
        "generation.mode": args.mode,
        "generation.refine_rounds": args.refine,
        "generation.target_score": args.target_score,
        "generation.patience": args.patience,
        "generation.seed": args.seed,
        "generation.temperature": args.temperature,
        "generation.top_p": args.top_p,
        "generation.max_new_tokens": args.max_new_tokens,
        "model.draft_model": args.model,
        "model.refine_model": args.refine_model,
        "model.allow_cpu": args.allow_cpu,
    }


def print_progress(event: ProgressEvent) -> None:
    """One stderr line per step: stage, round, best score, speed."""
    parts = [f"[round {event.round}/{event.total_rounds}]", event.stage]
    if event.message:
        parts.append(event.message)
    if event.score is not None and "score" not in event.message:
        parts.append(f"best {event.score:.3f}")
    if event.tokens_per_s:
        parts.append(f"{event.tokens_per_s:.1f} tok/s")
    print("vl2code: " + " ".join(parts), file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from vl2code.backend_choice import choose_backend
    from vl2code.images import load_screenshot
    from vl2code.pipeline import convert

    target = target_for_output(args.output, args.format)
    refuse_overwrite(args.output, args.force)
    screenshot = load_screenshot(args.screenshot)
    settings = load_settings(overrides=_overrides(args))
    if not args.quiet:
        print(f"vl2code: {choose_backend(settings).describe()}", file=sys.stderr)
    result = convert(
        screenshot,
        target=target,
        settings=settings,
        progress=None if args.quiet else print_progress,
        artifacts_dir=args.artifacts,
    )
    write_atomic(args.output, result.code)
    if args.json:
        print(json.dumps({**result.summary(), "output": str(args.output)}, indent=2))
    elif not args.quiet:
        score = f"{result.score:.3f}" if result.score is not None else "n/a"
        print(f"vl2code: wrote {args.output} (score {score})", file=sys.stderr)
    return 0
