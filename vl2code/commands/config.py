"""`vl2code config`: print the effective settings and where each value comes from."""

from __future__ import annotations

import argparse
import json

from vl2code.settings import describe, load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("config", help="print the effective settings and their sources")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    rows = describe(settings)
    if args.json:
        print(
            json.dumps({name: {"value": value, "source": source} for name, value, source in rows}, indent=2)
        )
        return 0
    if "_file" in settings.sources:
        print(f"# settings file: {settings.sources['_file']}")
    width = max(len(name) for name, _, _ in rows)
    for name, value, source in rows:
        print(f"{name:<{width}}  {json.dumps(value)}  ({source})")
    return 0
