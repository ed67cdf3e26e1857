"""`vl2code.generateFromScreenshot` with the model-free layout backend, end to end over stdio."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

GENERATE = "vl2code.generateFromScreenshot"
LAYOUT = {"backend": "layout", "refineRounds": 0}


def created_and_replaced(edit: types.ApplyWorkspaceEditParams, uri: str) -> types.TextDocumentEdit:
    """The edit must create the file (keeping an existing one) and then replace its whole text."""
    create, replace = edit.edit.document_changes or []
    assert isinstance(create, types.CreateFile) and create.uri == uri
    assert create.options is not None and create.options.ignore_if_exists
    assert isinstance(replace, types.TextDocumentEdit) and replace.text_document.uri == uri
    return replace


async def test_generates_html_next_to_the_screenshot(workspace: Path, serve: Callable[..., Any]) -> None:
    async with serve(workspace) as session:
        result = await session.command(GENERATE, {"image": "login.png", "target": "html", "options": LAYOUT})

        uri = session.uri("login.html")
        assert result["outputUri"] == uri
        assert result["backend"] == "layout" and result["target"] == "html"
        assert 0.0 < result["score"] <= 1.0
        assert set(result["metrics"]) == {"block", "text", "position", "color", "perceptual"}
        assert result["rounds"] == len(result["roundScores"]) - 1 == 0
        assert Path(result["artifactsDir"], "summary.json").is_file()
        assert result["written"] == "applyEdit"

        [edit] = session.edits
        replace = created_and_replaced(edit, uri)
        [text_edit] = replace.edits
        # login.html existed (the page the screenshot came from): the range covers all of it.
        original = (Path(__file__).parent.parent / "fixtures" / "server" / "login.html").read_text()
        assert text_edit.range.start == types.Position(line=0, character=0)
        assert text_edit.range.end == types.Position(line=original.count("\n"), character=0)
        written = (workspace / "login.html").read_text()
        assert written == text_edit.new_text
        assert "Welcome back" in written and "Continue" in written  # text the layout engine read


async def test_base64_image_into_a_new_file_and_into_an_open_document(
    workspace: Path, serve: Callable[..., Any]
) -> None:
    data = base64.b64encode((workspace / "login.png").read_bytes()).decode()
    async with serve(workspace) as session:
        new_uri = session.uri("pasted/page.html")
        result = await session.command(
            GENERATE, {"image": f"data:image/png;base64,{data}", "outputUri": new_uri, "options": LAYOUT}
        )
        assert result["outputUri"] == new_uri
        replace = created_and_replaced(session.edits[-1], new_uri)
        assert replace.edits[0].range.end == types.Position(line=0, character=0)  # a new, empty file
        assert "Welcome back" in (workspace / "pasted" / "page.html").read_text()

        # An open, unsaved buffer: the edit replaces what the editor holds, not what is on disk.
        buffer = "<p>draft</p>\n<p>ünïcode 😀 line</p>"
        open_uri = session.open("pasted/page.html", buffer)
        await session.command(GENERATE, {"image": data, "outputUri": open_uri, "options": LAYOUT})
        end = created_and_replaced(session.edits[-1], open_uri).edits[0].range.end
        assert end == types.Position(line=1, character=len("<p>ünïcode 😀 line</p>") + 1)  # UTF-16


async def test_bad_arguments_are_invalid_params(workspace: Path, serve: Callable[..., Any]) -> None:
    (workspace / "notes.png").write_text("not a picture")
    async with serve(workspace) as session:
        bad = (
            {"image": "missing.png"},
            {"image": "notes.png"},
            {"image": "login.png", "target": "pdf"},
            {"image": "login.png", "options": {"refineRounds": "many"}},
            {"image": "login.png", "outputUri": "/not/a/uri.html"},
        )
        for argument in bad:
            with pytest.raises(JsonRpcException) as raised:
                await session.command(GENERATE, argument)
            assert raised.value.code == -32602, argument
        assert not session.edits
