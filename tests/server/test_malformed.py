"""Every malformed request gets an error response, and the server keeps serving afterwards."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types

DOC = {"uri": "file:///x.html"}
ORIGIN = {"line": 0, "character": 0}
GENERATE = "vl2code.generateFromScreenshot"


def request(method: str, params: Any, jsonrpc: str | None = "2.0") -> dict[str, Any]:
    body = {"method": method, "params": params}
    return body if jsonrpc is None else {"jsonrpc": jsonrpc, **body}


def command(name: Any, *arguments: Any) -> dict[str, Any]:
    return request("workspace/executeCommand", {"command": name, "arguments": list(arguments)})


#: (message body without id, expected error code) — each a different way to get a request wrong.
MALFORMED: list[tuple[dict[str, Any], int]] = [
    (request("textDocument/hover", {"textDocument": DOC, "position": {"line": -1, "character": 0}}), -32602),
    (request("textDocument/hover", "not an object"), -32602),
    (request("textDocument/hover", {"position": ORIGIN}), -32602),
    (request("textDocument/codeAction", {"textDocument": DOC, "range": "everything", "context": {}}), -32602),
    (request("workspace/executeCommand", {"command": 42}), -32602),
    (command("no.such.command"), -32602),
    (command(GENERATE), -32602),
    (command(GENERATE, {"image": "missing.png", "target": "html"}), -32602),
    (command(GENERATE, {"image": "login.png", "target": "pdf"}), -32602),
    (command("vl2code.showVisualDiff", {"uri": 3}), -32602),
    (request("vl2code/preview", {}), -32602),
    (request("vl2code/preview", {"uri": 7}), -32602),
    (request("textDocument/completion", {"textDocument": DOC, "position": ORIGIN}), -32601),
    (request("no/suchMethod", {}), -32601),
    (request("textDocument/hover", {"textDocument": DOC, "position": ORIGIN}, jsonrpc=None), -32600),
    (request("textDocument/hover", {"textDocument": DOC, "position": ORIGIN}, jsonrpc="1.0"), -32600),
]


async def send_raw(client: Any, body: bytes) -> None:
    header = f"Content-Length: {len(body)}\r\n\r\n".encode()
    written = client.protocol.writer.write(header + body)
    if inspect.isawaitable(written):
        await written


async def test_every_malformed_request_is_answered_and_the_server_keeps_serving(
    workspace: Path, serve: Callable[..., Any]
) -> None:
    async with serve(workspace) as session:
        client = session.client
        received: list[Any] = []
        handle = client.protocol.handle_message

        def spy(message: Any) -> None:
            received.append(message)
            handle(message)

        client.protocol.handle_message = spy
        expected: dict[str, int] = {}
        cases = itertools.islice(itertools.cycle(MALFORMED), 200)
        for number, (message, code) in enumerate(cases):
            msg_id = f"bad-{number}"
            expected[msg_id] = code
            await send_raw(client, json.dumps({**message, "id": msg_id}).encode())
        await send_raw(client, b'{"jsonrpc": "2.0", "id": "bad-json", "method": ')

        def answered() -> set[str]:
            return {m.id for m in received if getattr(m, "id", None) in expected}

        def parse_errors() -> list[Any]:
            return [m for m in received if getattr(m, "id", "") is None]

        async def all_answered() -> None:
            while len(answered()) < len(expected) or not parse_errors():
                await asyncio.sleep(0.05)

        await asyncio.wait_for(all_answered(), 30)
        answers = {m.id: m for m in received if getattr(m, "id", None) in expected}
        codes = {msg_id: answer.error.code for msg_id, answer in answers.items()}
        assert codes == expected
        assert [m.error.code for m in parse_errors()] == [-32700]

        uri = session.open("login.html")
        document = types.TextDocumentIdentifier(uri=uri)
        hover = await client.text_document_hover_async(
            types.HoverParams(text_document=document, position=types.Position(line=1, character=0))
        )
        assert hover is None  # no reference comment here: a valid, empty answer
        assert await session.command("vl2code.cancelGeneration", {}) == {"cancelled": 0}
