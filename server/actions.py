"""Code actions on a document with a reference: refine it towards the screenshot, or show the diff.

Refining is a generation that starts from the document's own text (the pipeline's
``initial_code``) in Thinking mode and writes the result back into the same document.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from vl2code.server.app import Vl2codeServer  # imported at run time: pygls reads handler annotations
from vl2code.server.diagnostics import SOURCE
from vl2code.server.generate import GenerationJob, run_job, single_argument
from vl2code.server.preview import SHOW_DIFF_COMMAND, uri_argument
from vl2code.server.protocol import invalid_params
from vl2code.server.settings import generation_overrides
from vl2code.server.visual_check import document_kind

from vl2code.errors import SettingsError, Vl2codeError
from vl2code.settings import Target

if TYPE_CHECKING:
    from vl2code.server.document_checks import Snapshot

REFINE_COMMAND = "vl2code.refineDocument"
REFINE_TITLE = "Refine to match reference (Thinking mode)"
SHOW_DIFF_TITLE = "Show visual diff"


def target_of(snapshot: Snapshot) -> Target:
    """A diagram stays a diagram; a page that loads Tailwind stays Tailwind."""
    if document_kind(snapshot.path) == "drawio":
        return "drawio"
    return "tailwind" if "tailwindcss" in snapshot.text else "html"


def refine_job(server: Vl2codeServer, argument: Mapping[str, Any]) -> GenerationJob:
    uri = uri_argument(argument, REFINE_COMMAND)
    try:
        snapshot = server.document_checks.snapshot(uri)
    except (OSError, Vl2codeError) as error:
        raise invalid_params(f"{uri}: {error}") from None
    if snapshot.link is None:
        raise invalid_params(f"{uri}: no reference screenshot to refine towards")
    if not snapshot.link.path.is_file():
        raise invalid_params(f"{uri}: reference screenshot {snapshot.link.path} not found")
    try:
        options = {"mode": "thinking", **(argument.get("options") or {})}
        settings = generation_overrides(server.settings, options)
    except (SettingsError, TypeError) as error:
        raise invalid_params(str(error)) from None
    target = target_of(snapshot)
    return GenerationJob(
        snapshot.link.path,
        target,
        uri,
        settings,
        initial_code=snapshot.text,
        document_version=snapshot.version,
        title=f"vl2code: refining {snapshot.path.name}",
    )


def code_actions(uri: str, context: types.CodeActionContext) -> list[types.CodeAction]:
    ours = [d for d in context.diagnostics if d.source == SOURCE]
    arguments = [{"uri": uri}]
    return [
        types.CodeAction(
            title=title,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=ours or None,
            command=types.Command(title=title, command=command, arguments=arguments),
        )
        for title, command in ((REFINE_TITLE, REFINE_COMMAND), (SHOW_DIFF_TITLE, SHOW_DIFF_COMMAND))
    ]


def register(server: Vl2codeServer) -> None:
    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: Vl2codeServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        try:
            snapshot = ls.document_checks.snapshot(params.text_document.uri)
        except (OSError, Vl2codeError):
            return None
        if snapshot.link is None:
            return None
        return code_actions(params.text_document.uri, params.context)

    @server.command(REFINE_COMMAND)
    async def refine_document(ls: Vl2codeServer, *arguments: Any) -> dict[str, Any]:
        return await run_job(ls, refine_job(ls, single_argument(arguments, REFINE_COMMAND)))
