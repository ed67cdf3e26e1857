"""`vl2code serve`: the language server, on stdio (what editors start) or TCP (for debugging)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from vl2code.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the language server (stdio; --tcp HOST:PORT to listen instead)",
        description="Language server for editors: generate from screenshots, visual-drift diagnostics, "
        "refine actions and previews. See docs/language-server.md.",
    )
    add_arguments(parser)
    parser.set_defaults(run=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tcp", metavar="HOST:PORT", help="listen on TCP instead of stdio")
    parser.add_argument("--log-file", metavar="PATH", help="write the server's log here (default: stderr)")
    parser.add_argument(
        "--log-level",
        default="WARNING",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
        help="log level (default: WARNING)",
    )


def parse_address(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError(f"--tcp: expected HOST:PORT, got {value!r}")
    return host, int(port)


def run(args: argparse.Namespace) -> int:
    address = parse_address(args.tcp) if args.tcp else None
    handler = logging.FileHandler(args.log_file) if args.log_file else logging.StreamHandler(sys.stderr)
    logging.basicConfig(
        level=args.log_level, handlers=[handler], format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from vl2code.server.app import create_server

    server = create_server()
    if address is None:
        server.start_io()
    else:
        server.start_tcp(*address)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m vl2code.server``: the server alone, without importing the other subcommands."""
    parser = argparse.ArgumentParser(prog="vl2code serve")
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return run(args)
    except InputError as error:
        print(f"vl2code: error: {error}", file=sys.stderr)
        return error.exit_code
