"""Hover on the reference comment, `vl2code/preview`, and the "Show visual diff" command."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from PIL import Image
from pygls.exceptions import JsonRpcException
from pygls.uris import to_fs_path


def hover_at(uri: str, line: int, character: int) -> types.HoverParams:
    return types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=line, character=character),
    )


def png(data: str) -> Image.Image:
    return Image.open(io.BytesIO(base64.b64decode(data)))


async def test_hover_on_the_reference_comment_shows_the_breakdown(
    linked_workspace: Path, serve: Callable[..., Any]
) -> None:
    async with serve(linked_workspace) as session:
        uri = session.open("login.html")
        hover = await session.client.text_document_hover_async(hover_at(uri, 0, 10))
        assert isinstance(hover.contents, types.MarkupContent)
        assert hover.contents.kind == types.MarkupKind.Markdown
        text = hover.contents.value
        assert "| metric | value |" in text and "passes" in text
        for row in ("score", "block", "text", "position", "color", "perceptual", "pixels differing"):
            assert f"| {row} |" in text
        assert hover.range.start.line == 0
        assert await session.client.text_document_hover_async(hover_at(uri, 3, 2)) is None


async def test_preview_returns_render_reference_and_diff(
    linked_workspace: Path, serve: Callable[..., Any]
) -> None:
    async with serve(linked_workspace) as session:
        uri = session.open("login.html")
        preview = await session.client.protocol.send_request_async("vl2code/preview", {"uri": uri})
        reference = Image.open(linked_workspace / "designs" / "login.png")
        assert png(preview.render).size == reference.size == png(preview.reference).size
        assert png(preview.diff).size == reference.size
        assert preview.score >= 0.99 and preview.passed
        assert preview.referencePath == str(linked_workspace / "designs" / "login.png")
        assert set(preview.metrics._asdict()) == {"block", "text", "position", "color", "perceptual"}

        unlinked = session.open("plain.html", "<p>no reference</p>")
        with pytest.raises(JsonRpcException) as raised:
            await session.client.protocol.send_request_async("vl2code/preview", {"uri": unlinked})
        assert raised.value.code == -32602 and "no reference" in raised.value.message


async def test_show_visual_diff_writes_the_diff_and_asks_to_show_it(
    linked_workspace: Path, serve: Callable[..., Any]
) -> None:
    async with serve(linked_workspace) as session:
        page = (linked_workspace / "login.html").read_text()
        uri = session.open("login.html", page.replace("Welcome back", "Welcome aboard, traveller"))
        result = await session.command("vl2code.showVisualDiff", {"uri": uri})
        assert not result["passed"] and result["mismatches"] and result["pixel"]["diffPixels"] > 0
        [shown] = session.client.shown_documents
        assert shown.uri == result["diffUri"]
        diff = Image.open(to_fs_path(result["diffUri"]))
        assert diff.size == png(result["diff"]).size
