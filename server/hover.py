"""Hover on a reference comment: the score breakdown of the document against its screenshot."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from lsprotocol import types
from vl2code.server.diagnostics import comment_range
from vl2code.server.visual_check import DocumentCheck

from vl2code.errors import Vl2codeError

if TYPE_CHECKING:
    from vl2code.server.app import Vl2codeServer

#: Mismatches listed under the table.
HOVER_MISMATCHES = 5


def breakdown_markdown(check: DocumentCheck) -> str:
    """A Markdown table of the score, the five metrics and the pixel diff, then the worst mismatches."""
    comparison = check.comparison
    verdict = "passes" if check.passed else "below threshold"
    reference = os.path.relpath(check.link.path, check.path.parent)
    rows = [
        f"**vl2code** · `{reference}` · score **{comparison.score:.3f}** ({verdict}, threshold "
        f"{check.threshold:.2f})",
        "",
        "| metric | value |",
        "|---|---:|",
        f"| score | {comparison.score:.3f} |",
        *(f"| {name} | {value:.3f} |" for name, value in comparison.metrics.items()),
        f"| pixels differing | {100 * comparison.pixel.ratio:.2f}% ({comparison.pixel.diff_pixels:,}) |",
    ]
    worst = comparison.mismatches[:HOVER_MISMATCHES]
    if worst:
        rows += ["", "Worst mismatches:", *(f"- `{m.kind}` {m.detail}" for m in worst)]
    return "\n".join(rows)


def _contains(where: types.Range, position: types.Position) -> bool:
    start, end = where.start, where.end
    return (start.line, start.character) <= (position.line, position.character) <= (end.line, end.character)


def register(server: Vl2codeServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: Vl2codeServer, params: types.HoverParams) -> types.Hover | None:
        try:
            snapshot = ls.document_checks.snapshot(params.text_document.uri)
        except (OSError, Vl2codeError):
            return None
        if snapshot.link is None or snapshot.link.range is None:
            return None
        where = comment_range(snapshot.text, snapshot.link, ls.workspace.position_codec)
        if not _contains(where, params.position):
            return None
        try:
            check = await ls.document_checks.check(snapshot)
        except Vl2codeError as error:
            text = f"**vl2code**: cannot compare with the reference: {error}"
        else:
            text = breakdown_markdown(check)
        contents = types.MarkupContent(kind=types.MarkupKind.Markdown, value=text)
        return types.Hover(contents=contents, range=where)
