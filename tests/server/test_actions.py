"""Code actions on a linked page, and refining it towards its reference."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types


def code_action_params(uri: str) -> types.CodeActionParams:
    return types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        context=types.CodeActionContext(diagnostics=[]),
    )


async def code_actions(client: Any, uri: str) -> Any:
    """The result as sent: lsprotocol's client-side hook reads any CodeAction with a command as a Command."""
    msg_id = str(uuid.uuid4())
    params = code_action_params(uri)
    future = client.protocol.send_request(types.TEXT_DOCUMENT_CODE_ACTION, params, msg_id=msg_id)
    client.protocol._result_types[msg_id] = None
    return await asyncio.wrap_future(future)


async def test_linked_pages_offer_refine_and_diff(linked_workspace: Path, serve: Callable[..., Any]) -> None:
    async with serve(linked_workspace) as session:
        uri = session.open("login.html")
        actions = await code_actions(session.client, uri)
        assert [
            (a["title"], a["kind"], a["command"]["command"], a["command"]["arguments"]) for a in actions
        ] == [
            (
                "Refine to match reference (Thinking mode)",
                "quickfix",
                "vl2code.refineDocument",
                [{"uri": uri}],
            ),
            ("Show visual diff", "quickfix", "vl2code.showVisualDiff", [{"uri": uri}]),
        ]
        plain = session.open("plain.html", "<p>no reference</p>")
        assert await code_actions(session.client, plain) is None


async def test_refine_starts_from_the_open_buffer_and_replaces_it(
    linked_workspace: Path, serve: Callable[..., Any]
) -> None:
    page = (linked_workspace / "login.html").read_text()
    buffer = page.replace("Continue", "Go on")
    async with serve(linked_workspace) as session:
        uri = session.open("login.html", buffer)
        result = await session.command(
            "vl2code.refineDocument", {"uri": uri, "options": {"backend": "layout", "refineRounds": 1}}
        )
        assert result["outputUri"] == uri and result["backend"] == "layout"
        assert result["roundScores"][0] is not None  # round 0 scored the buffer as it was
        [edit] = session.edits
        replace = edit.edit.document_changes[1]
        assert replace.text_document.uri == uri
        assert replace.edits[0].range.end.line == buffer.count("\n")
