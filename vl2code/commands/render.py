"""`vl2code render`: an HTML page or draw.io diagram to a PNG, as vl2code sees it."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from vl2code.commands.render_flags import add_render_flags, render_overrides
from vl2code.errors import InputError
from vl2code.fileio import refuse_overwrite, write_atomic
from vl2code.render import Renderer
from vl2code.settings import load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "render",
        help="render an HTML page or draw.io diagram to PNG (headless Chromium, network closed)",
        description="Render IN (.html/.htm or .drawio/.xml) to a PNG the way vl2code compares it.",
    )
    parser.add_argument("input", type=Path, metavar="IN", help="HTML page or draw.io file")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png", help="PNG to write")
    parser.add_argument("--width", type=int, help="viewport width in CSS pixels (default: render.width)")
    parser.add_argument("--page", type=int, default=0, help="draw.io page, counted from 0 (default: 0)")
    parser.add_argument("--timeout", type=float, help="time limit in seconds (default: render.timeout_s)")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    add_render_flags(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.suffix.lower() != ".png":
        raise InputError(f"{output}: output must be a .png file")
    refuse_overwrite(output, args.force)
    if args.page < 0:
        raise InputError(f"--page must be 0 or more, got {args.page}")
    settings = load_settings(
        overrides={"render.width": args.width, "render.timeout_s": args.timeout, **render_overrides(args)}
    )
    with Renderer(settings.render) as renderer:
        rendered = renderer.render_file(args.input, page=args.page)
    buffer = io.BytesIO()
    rendered.image.save(buffer, format="PNG")
    write_atomic(output, buffer.getvalue())
    print(f"{output} ({rendered.width}x{rendered.height})", file=sys.stderr)
    return 0
