"""The flags that choose how pages render, shared by the commands that render HTML."""

from __future__ import annotations

import argparse
from typing import Any, get_args

from vl2code.settings import MissingImages


def add_render_flags(parser: argparse.ArgumentParser) -> None:
    """``--fonts`` and ``--missing-images`` (settings ``render.fonts``, ``render.missing_images``)."""
    parser.add_argument(
        "--fonts",
        metavar="SET",
        help="fonts pages may use: system, dejavu or a folder of font files (default: render.fonts)",
    )
    parser.add_argument(
        "--missing-images",
        choices=get_args(MissingImages),
        help="draw images that cannot load as the browser does or as solid placeholders "
        "(default: render.missing_images)",
    )


def render_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Settings overrides from the flags ``add_render_flags`` added (unset ones are ``None``)."""
    return {"render.fonts": args.fonts, "render.missing_images": args.missing_images}
