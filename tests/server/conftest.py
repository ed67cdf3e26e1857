"""A real `vl2code serve` over stdio, driven by pytest-lsp's client acting as the editor.

The client applies `workspace/applyEdit` to the files on disk (as an editor would on save) and
records every edit, so tests can check both what the server asked for and what came out.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path
from pygls.workspace import TextDocument
from pytest_lsp import ClientServerConfig, LanguageClient

SERVER_COMMAND = [sys.executable, "-m", "vl2code.server"]
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "server"

CAPABILITIES = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(
        apply_edit=True,
        workspace_edit=types.WorkspaceEditClientCapabilities(
            document_changes=True, resource_operations=[types.ResourceOperationKind.Create]
        ),
        configuration=True,
    ),
    window=types.WindowClientCapabilities(
        work_done_progress=True, show_document=types.ShowDocumentClientCapabilities(support=True)
    ),
    text_document=types.TextDocumentClientCapabilities(
        hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown])
    ),
)


@dataclass
class Session:
    """A started server, its client, and what the client saw."""

    client: LanguageClient
    root: Path
    edits: list[types.ApplyWorkspaceEditParams] = field(default_factory=list)
    notifications: dict[str, list[Any]] = field(default_factory=dict)

    def uri(self, name: str) -> str:
        return from_fs_path(str(self.root / name)) or ""

    def open(self, name: str, text: str | None = None, language: str = "html") -> str:
        path = self.root / name
        uri = self.uri(name)
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id=language, version=1, text=path.read_text() if text is None else text
                )
            )
        )
        return uri

    async def command(self, name: str, *arguments: Any, token: str | None = None) -> Any:
        return await self.client.workspace_execute_command_async(
            types.ExecuteCommandParams(command=name, arguments=list(arguments), work_done_token=token)
        )

    async def diagnostics_for(
        self, uri: str, predicate: Callable[[list[types.Diagnostic]], bool], timeout: float = 60
    ) -> list[types.Diagnostic]:
        """Wait until the diagnostics published for ``uri`` satisfy ``predicate``."""

        async def wait() -> list[types.Diagnostic]:
            while True:
                await self.client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
                current = list(self.client.diagnostics.get(uri, []))
                if uri in self.client.diagnostics and predicate(current):
                    return current

        current = self.client.diagnostics.get(uri)
        if current is not None and predicate(list(current)):
            return list(current)
        return await asyncio.wait_for(wait(), timeout)


def apply_edit_to_disk(params: types.ApplyWorkspaceEditParams) -> None:
    """What an editor does with the server's edit, then saves: create the file, replace the range."""
    for change in params.edit.document_changes or []:
        if isinstance(change, types.CreateFile):
            path = Path(to_fs_path(change.uri) or "")
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)  # as VS Code does for CreateFile
                path.write_text("")
        elif isinstance(change, types.TextDocumentEdit):
            path = Path(to_fs_path(change.text_document.uri) or "")
            document = TextDocument(change.text_document.uri, source=path.read_text())
            text = document.source
            for edit in change.edits:
                start, end = _offset(document, edit.range.start), _offset(document, edit.range.end)
                text = text[:start] + edit.new_text + text[end:]
            path.write_text(text)


def _offset(document: TextDocument, position: types.Position) -> int:
    """pygls clamps the position it is given in place; the recorded edit must stay as it was sent."""
    return document.offset_at_position(types.Position(line=position.line, character=position.character))


@asynccontextmanager
async def start_session(
    root: Path, options: dict[str, Any] | None = None, capabilities: types.ClientCapabilities = CAPABILITIES
) -> AsyncIterator[Session]:
    """Start `vl2code serve`, initialize it on ``root`` with ``options``, shut it down afterwards."""
    client = await ClientServerConfig(server_command=SERVER_COMMAND).start()
    assert isinstance(client, LanguageClient)
    session = Session(client, root)

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        session.edits.append(params)
        apply_edit_to_disk(params)
        return types.ApplyWorkspaceEditResult(applied=True)

    @client.feature("vl2code/generationProgress")
    def generation_progress(params: Any) -> None:
        session.notifications.setdefault("vl2code/generationProgress", []).append(params)

    await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities, root_uri=from_fs_path(str(root)), initialization_options=options or {}
        )
    )
    try:
        yield session
    finally:
        await client.shutdown_session()
        await client.stop()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A workspace folder holding the login page and its screenshot."""
    for name in ("login.html", "login.png"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def serve() -> Callable[..., Any]:
    """``async with serve(root, options) as session``: a started, initialized server."""
    return start_session


#: The login page linked to its reference screenshot, with its own strict pass mark.
LINK_COMMENT = "<!-- vl2code: reference=designs/login.png threshold=0.99 -->\n"


@pytest.fixture
def linked_workspace(workspace: Path, renderer: Any) -> Path:
    """login.html names designs/login.png, a screenshot of exactly that page by the same browser."""
    page = LINK_COMMENT + (FIXTURES / "login.html").read_text()
    (workspace / "login.html").write_text(page)
    (workspace / "designs").mkdir()
    renderer.render_html(page, base_dir=workspace).image.save(workspace / "designs" / "login.png")
    return workspace
