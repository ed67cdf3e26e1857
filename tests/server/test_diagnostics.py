"""Visual-drift diagnostics: they appear when the page drifts from its reference and clear when it matches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "server"
OPTIONS = {"diagnostics": {"debounceMs": 50}}


def drifted(page: str) -> str:
    """The heading says something else and the header turns red."""
    renamed = page.replace("Welcome back", "Welcome aboard, traveller")
    return renamed.replace("#1f4fd1; color", "#c0182b; color")


async def test_drift_is_diagnosed_on_its_source_and_clears_when_fixed(
    linked_workspace: Path, serve: Callable[..., Any]
) -> None:
    page = (linked_workspace / "login.html").read_text()
    async with serve(linked_workspace, OPTIONS) as session:
        uri = session.open("login.html", drifted(page))
        diagnostics = await session.diagnostics_for(uri, bool)

        score = next(d for d in diagnostics if d.code == "visual-score")
        assert score.range.start.line == 0 and score.source == "vl2code"
        assert score.severity == types.DiagnosticSeverity.Warning
        assert "threshold 0.99" in score.message and "designs/login.png" in score.message
        mismatches = [d for d in diagnostics if d.code != "visual-score"]
        assert mismatches and len(mismatches) <= 5
        assert {d.code for d in mismatches} <= {"missing_text", "extra_text", "misplaced", "color"}
        lines = drifted(page).splitlines()
        heading_line = next(i for i, line in enumerate(lines) if "Welcome aboard" in line)
        on_heading = [d for d in mismatches if d.range.start.line == heading_line]
        assert on_heading, [(d.code, d.message, d.range) for d in mismatches]
        found = lines[heading_line][on_heading[0].range.start.character : on_heading[0].range.end.character]
        assert found and found in "Welcome aboard, traveller"

        # The user fixes the page and saves: the diagnostics clear.
        session.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=page)],
            )
        )
        session.client.text_document_did_save(
            types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        assert await session.diagnostics_for(uri, lambda found: not found) == []


async def test_a_missing_reference_is_an_error_on_the_comment(
    linked_workspace: Path, serve: Callable[..., Any]
) -> None:
    (linked_workspace / "designs" / "login.png").unlink()
    async with serve(linked_workspace, OPTIONS) as session:
        uri = session.open("login.html")
        [diagnostic] = await session.diagnostics_for(uri, bool)
        assert diagnostic.severity == types.DiagnosticSeverity.Error
        assert diagnostic.range.start.line == 0 and "login.png" in diagnostic.message


async def test_on_change_option_checks_while_typing(
    linked_workspace: Path, serve: Callable[..., Any]
) -> None:
    page = (linked_workspace / "login.html").read_text()
    async with serve(linked_workspace, {"diagnostics": {"debounceMs": 50, "onChange": True}}) as session:
        uri = session.open("login.html")
        session.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=drifted(page))],
            )
        )
        diagnostics = await session.diagnostics_for(uri, bool)
        assert any(d.code == "visual-score" for d in diagnostics)


async def test_a_drawio_diagram_drifting_from_its_reference(
    workspace: Path, serve: Callable[..., Any], renderer: Any
) -> None:
    diagram = "<!-- vl2code: reference=flow.png -->\n" + (FIXTURES / "flow.drawio").read_text()
    (workspace / "flow.drawio").write_text(diagram)
    renderer.render_drawio(diagram).image.save(workspace / "flow.png")
    async with serve(workspace, OPTIONS) as session:
        changed = diagram.replace("Check stock", "Ship parcel")
        uri = session.open("flow.drawio", changed, language="xml")
        diagnostics = await session.diagnostics_for(uri, bool)
        by_code = {d.code: d for d in diagnostics}
        assert "visual-score" in by_code
        extra = by_code["extra_text"]  # the diagram has no DOM: the render's text comes from OCR
        line = changed.splitlines()[extra.range.start.line]
        assert line[extra.range.start.character : extra.range.end.character] == "Ship parcel"
        assert by_code["missing_text"].range.start.line == 0  # not in the source: on the comment
