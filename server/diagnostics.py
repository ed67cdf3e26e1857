"""Visual-drift diagnostics: the score and the worst mismatches of a page against its reference.

Checks run after open and save (and, if enabled, after edits), debounced; a newer event for a
document cancels the older one's wait. Each mismatch is placed on the source text that produced
it when that text can be found, so the squiggle sits where the fix goes.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec
from vl2code.server.document_checks import DocumentChecks, Snapshot
from vl2code.server.settings import DiagnosticsOptions
from vl2code.server.source_ranges import find_text, range_at
from vl2code.server.visual_check import DocumentCheck

from vl2code.errors import BrowserNotFoundError, RenderError, Vl2codeError

if TYPE_CHECKING:
    from vl2code.server.app import Vl2codeServer

    from vl2code.compare import Mismatch
    from vl2code.page import TextBlock
    from vl2code.references import ReferenceLink

logger = logging.getLogger(__name__)
SOURCE = "vl2code"
#: Mismatches at least this severe are Warnings; milder ones are Information.
WARNING_SEVERITY = 0.5


@dataclass
class DiagnosticsScheduler:
    """One pending or running check per document; a newer event replaces the older one."""

    server: Vl2codeServer
    checks: DocumentChecks

    def __post_init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._published: set[str] = set()

    def schedule(self, uri: str) -> None:
        options = self.server.configuration.diagnostics
        previous = self._tasks.pop(uri, None)
        if previous is not None:
            previous.cancel()
        if not options.enabled:
            self.clear(uri)
            return
        task = asyncio.ensure_future(self._run(uri, options))
        self._tasks[uri] = task
        task.add_done_callback(lambda done: self._forget_task(uri, done))

    def _forget_task(self, uri: str, task: asyncio.Task[None]) -> None:
        if self._tasks.get(uri) is task:
            del self._tasks[uri]

    def schedule_open_documents(self) -> None:
        for uri in list(self.server.workspace.text_documents):
            self.schedule(uri)

    def close(self, uri: str) -> None:
        task = self._tasks.pop(uri, None)
        if task is not None:
            task.cancel()
        self.checks.forget(uri)
        self.clear(uri)

    def clear(self, uri: str, version: int | None = None) -> None:
        if uri in self._published:
            self._published.discard(uri)
            self.publish(uri, [], version)

    def publish(self, uri: str, diagnostics: list[types.Diagnostic], version: int | None) -> None:
        if diagnostics:
            self._published.add(uri)
        self.server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    async def _run(self, uri: str, options: DiagnosticsOptions) -> None:
        await asyncio.sleep(options.debounce_ms / 1000)
        if uri not in self.server.workspace.text_documents:
            return
        codec = self.server.workspace.position_codec
        try:
            snapshot = self.checks.snapshot(uri)
        except Vl2codeError as error:  # a malformed vl2code comment
            self.publish(uri, [error_diagnostic(str(error), _line_range(0), "reference-error")], None)
            return
        if snapshot.link is None:
            self.clear(uri)
            return
        where = comment_range(snapshot.text, snapshot.link, codec)
        try:
            check = await self.checks.check(snapshot)
        except Vl2codeError as error:
            rendering = isinstance(error, (RenderError, BrowserNotFoundError))
            code = "render-error" if rendering else "reference-error"
            self.publish(uri, [error_diagnostic(str(error), where, code)], snapshot.version)
            return
        except Exception as error:  # a bug must show up in the editor, not only in the log
            logger.exception("checking %s failed", uri)
            message = f"vl2code could not check this file: {error}"
            self.publish(uri, [error_diagnostic(message, where, "internal-error")], snapshot.version)
            return
        diagnostics = build_diagnostics(check, snapshot, codec, options)
        if diagnostics:
            self.publish(uri, diagnostics, snapshot.version)
        else:
            self.clear(uri, snapshot.version)


def build_diagnostics(
    check: DocumentCheck, snapshot: Snapshot, codec: PositionCodec, options: DiagnosticsOptions
) -> list[types.Diagnostic]:
    """The score and the worst mismatches; empty when the page passes and nothing notable differs."""
    assert snapshot.link is not None
    notable = [m for m in check.comparison.mismatches if m.severity >= options.min_severity]
    if check.passed and not notable:
        return []
    anchor = comment_range(snapshot.text, snapshot.link, codec)
    diagnostics = [
        types.Diagnostic(
            range=anchor,
            message=score_message(check, snapshot.path.parent),
            severity=types.DiagnosticSeverity.Information
            if check.passed
            else types.DiagnosticSeverity.Warning,
            source=SOURCE,
            code="visual-score",
            data={"score": check.comparison.score, "metrics": dict(check.comparison.metrics)},
        )
    ]
    blocks = check.render.text_blocks or ()
    for mismatch in notable[: options.max_mismatches]:
        diagnostics.append(mismatch_diagnostic(mismatch, snapshot.text, anchor, codec, blocks))
    return diagnostics


def score_message(check: DocumentCheck, folder: Any) -> str:
    metrics = ", ".join(f"{name} {value:.2f}" for name, value in check.comparison.metrics.items())
    reference = os.path.relpath(check.link.path, folder)
    extra = f" ({'; '.join(check.failures)})" if check.failures else ""
    return (
        f"Visual score {check.comparison.score:.3f} (threshold {check.threshold:.2f}) against "
        f"{reference}: {metrics}{extra}"
    )


def rendered_texts(mismatch: Mismatch, blocks: Sequence[TextBlock]) -> list[str]:
    """Texts that may appear in the source for a mismatch, most telling first.

    The render's own text at the mismatch's place comes first: when the comparison matched
    "Welcome back" in the reference to "Welcome aboard" in the render, only the latter is in
    the source.
    """
    texts = []
    place = mismatch.candidate_bbox
    if place is not None and blocks:
        best = max(blocks, key=lambda block: _overlap(block.bbox, place))
        if _overlap(best.bbox, place) > 0:
            texts.append(best.text)
    if mismatch.text:
        texts.append(mismatch.text)
    return texts


def _overlap(first: Sequence[float], second: Sequence[float]) -> float:
    x1, y1, w1, h1 = first
    x2, y2, w2, h2 = second
    width = min(x1 + w1, x2 + w2) - max(x1, x2)
    height = min(y1 + h1, y2 + h2) - max(y1, y2)
    return max(0.0, width) * max(0.0, height)


def mismatch_diagnostic(
    mismatch: Mismatch,
    source: str,
    anchor: types.Range,
    codec: PositionCodec,
    blocks: Sequence[TextBlock] = (),
) -> types.Diagnostic:
    found = next(filter(None, (find_text(source, text) for text in rendered_texts(mismatch, blocks))), None)
    where = range_at(source, found[0], found[1], codec) if found else anchor
    return types.Diagnostic(
        range=where,
        message=mismatch.detail,
        severity=(
            types.DiagnosticSeverity.Warning
            if mismatch.severity >= WARNING_SEVERITY
            else types.DiagnosticSeverity.Information
        ),
        source=SOURCE,
        code=mismatch.kind,
        data={
            "kind": mismatch.kind,
            "text": mismatch.text,
            "severity": mismatch.severity,
            "referenceBbox": list(mismatch.reference_bbox) if mismatch.reference_bbox else None,
            "candidateBbox": list(mismatch.candidate_bbox) if mismatch.candidate_bbox else None,
        },
    )


def error_diagnostic(message: str, where: types.Range, code: str) -> types.Diagnostic:
    return types.Diagnostic(
        range=where, message=message, severity=types.DiagnosticSeverity.Error, source=SOURCE, code=code
    )


def comment_range(source: str, link: ReferenceLink, codec: PositionCodec) -> types.Range:
    """The reference comment's first line, or the document's first line for links from settings."""
    line, start, end = link.range if link.range is not None else (0, 0, None)
    line_start = 0
    for _ in range(line):
        line_start = source.find("\n", line_start) + 1
    line_end = source.find("\n", line_start)
    line_end = len(source) if line_end == -1 else line_end
    end_offset = line_end if end is None else line_start + end
    return range_at(source, line_start + start, min(end_offset, line_end), codec)


def _line_range(line: int) -> types.Range:
    start, end = types.Position(line=line, character=0), types.Position(line=line + 1, character=0)
    return types.Range(start=start, end=end)


def register(server: Vl2codeServer) -> None:
    scheduler = DiagnosticsScheduler(server, server.document_checks)
    server.on_configuration_changed.append(scheduler.schedule_open_documents)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: Vl2codeServer, params: types.DidOpenTextDocumentParams) -> None:
        scheduler.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: Vl2codeServer, params: types.DidSaveTextDocumentParams) -> None:
        scheduler.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: Vl2codeServer, params: types.DidChangeTextDocumentParams) -> None:
        if ls.configuration.diagnostics.on_change:
            scheduler.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: Vl2codeServer, params: types.DidCloseTextDocumentParams) -> None:
        scheduler.close(params.text_document.uri)
