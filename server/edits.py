"""Put generated code into the editor as one undoable edit.

The edit creates the file when it is missing and replaces its whole text, through the client's
``workspace/applyEdit``; the editor then owns the change (undo, dirty state, save). Only a client
without ``applyEdit`` gets the file written by the server.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import PositionCodec
from vl2code.server.source_ranges import range_at

from vl2code.errors import Vl2codeError
from vl2code.fileio import write_atomic

if TYPE_CHECKING:
    from vl2code.server.app import Vl2codeServer


class EditRejectedError(Vl2codeError):
    """The client refused the workspace edit (for example the file changed meanwhile)."""


def whole_document_edit(
    uri: str, current: TextDocument | None, text: str, version: int | None = None
) -> types.WorkspaceEdit:
    """CreateFile (kept if it exists) + one TextEdit over everything the document holds now.

    With ``version``, the client refuses the edit if the document changed since that version,
    so a refinement never overwrites what the user typed while it ran.
    """
    source = current.source if current is not None else ""
    codec = current.position_codec if current is not None else PositionCodec()
    replace = types.TextEdit(range=range_at(source, 0, len(source), codec), new_text=text)
    return types.WorkspaceEdit(
        document_changes=[
            types.CreateFile(uri=uri, options=types.CreateFileOptions(ignore_if_exists=True)),
            types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=[replace],
            ),
        ]
    )


async def replace_document(server: Vl2codeServer, uri: str, text: str, version: int | None = None) -> str:
    """Create or replace ``uri`` with ``text``; returns how: ``"applyEdit"`` or ``"disk"``."""
    if not _supports_create_edits(server):
        write_atomic(Path(to_fs_path(uri) or uri), text)
        return "disk"
    edit = whole_document_edit(uri, _current_document(server, uri), text, version)
    result = await server.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(edit=edit, label="vl2code: generated code")
    )
    if not result.applied:
        reason = result.failure_reason or "no reason given"
        raise EditRejectedError(f"the editor did not apply the generated code to {uri}: {reason}")
    return "applyEdit"


def _current_document(server: Vl2codeServer, uri: str) -> TextDocument | None:
    """The open document, else the file on disk (the edit must cover all of it), else nothing."""
    if uri in server.workspace.text_documents:
        return server.workspace.get_text_document(uri)
    path = Path(to_fs_path(uri) or "")
    if path.is_file():
        return TextDocument(
            uri,
            source=path.read_text(encoding="utf-8", errors="replace"),
            position_codec=server.workspace.position_codec,
        )
    return None


def _supports_create_edits(server: Vl2codeServer) -> bool:
    workspace = server.client_capabilities.workspace
    if not workspace or not workspace.apply_edit or not workspace.workspace_edit:
        return False
    edit = workspace.workspace_edit
    operations = edit.resource_operations or []
    return bool(edit.document_changes and types.ResourceOperationKind.Create in operations)
