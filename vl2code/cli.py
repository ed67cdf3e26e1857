"""The `vl2code` command: a thin front end that dispatches to one module per subcommand.

Each module in :mod:`vl2code.commands` exposes ``register(subparsers)`` (adds its parser and
sets ``run``) so that adding a subcommand means adding a module. Errors the user can act on
(:class:`~vl2code.errors.Vl2codeError`) become one line on stderr and the error's exit code;
tracebacks appear only with ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from vl2code import __version__
from vl2code.errors import Vl2codeError

#: Subcommand modules, in the order `vl2code --help` lists them.
COMMANDS = ("generate", "render", "diff", "eval", "check", "serve", "config")
EXIT_OK, EXIT_BELOW_THRESHOLD, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line, like every other vl2code error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"vl2code: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vl2code", description="Screenshot to working code, rendered and compared.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"vl2code {__version__}")
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"vl2code.commands.{name}")
        module.register(subparsers)
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    """`vl2code shot.png -o page.html` means `vl2code generate shot.png -o page.html`."""
    first = next((i for i, arg in enumerate(argv) if not arg.startswith("-")), None)
    if first is None or argv[first] in COMMANDS:
        return argv
    return [*argv[:first], "generate", *argv[first:]]


def main(argv: Sequence[str] | None = None) -> int:
    args_list = _with_default_command(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code = int(args.run(args) or EXIT_OK)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except Vl2codeError as error:
        if args.debug:
            raise
        print(f"vl2code: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        if args.debug:
            raise
        print("vl2code: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`vl2code diff ... | head`): nothing is wrong with the run.
        # Point stdout at /dev/null so the interpreter's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
