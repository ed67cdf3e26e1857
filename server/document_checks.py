"""Checks of open documents against their references, shared by diagnostics, hover and preview.

A check renders in the server's check pool, never on the event loop. The latest result per
document is kept with the text it was made from, so a hover or a preview of unchanged text
answers at once. Only one check per document runs at a time; a newer request waits for the
running one instead of piling renders into the browser.
"""

from __future__ import annotations

import asyncio
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pygls.uris import to_fs_path
from vl2code.server.visual_check import DocumentCheck, check_document, find_reference

from vl2code.references import ReferenceLink

if TYPE_CHECKING:
    from vl2code.server.app import Vl2codeServer

    from vl2code.settings import Settings


@dataclass(frozen=True)
class Snapshot:
    """A document's text at one moment, and the reference it names in that text."""

    uri: str
    path: Path
    text: str
    version: int | None
    link: ReferenceLink | None


class DocumentChecks:
    """The latest check of each document, and the way to run a new one off the event loop."""

    def __init__(self, server: Vl2codeServer) -> None:
        self.server = server
        self._latest: dict[str, tuple[str, int, DocumentCheck]] = {}
        self._running: dict[str, asyncio.Future[DocumentCheck]] = {}
        self._settings_generation = 0
        server.on_configuration_changed.append(self.forget_all)

    def forget_all(self) -> None:
        self._settings_generation += 1
        self._latest.clear()

    def forget(self, uri: str) -> None:
        self._latest.pop(uri, None)

    def snapshot(self, uri: str) -> Snapshot:
        """The document's current text (the open buffer, else the file) and its reference link.

        Raises InputError for a malformed ``vl2code:`` comment.
        """
        document = self.server.workspace.get_text_document(uri)
        path = Path(to_fs_path(uri) or uri)
        text = document.source
        return Snapshot(uri, path, text, document.version, find_reference(path, text, self.server.settings))

    def cached(self, snapshot: Snapshot) -> DocumentCheck | None:
        entry = self._latest.get(snapshot.uri)
        if entry and entry[0] == snapshot.text and entry[1] == self._settings_generation:
            return entry[2]
        return None

    async def check(self, snapshot: Snapshot) -> DocumentCheck:
        """Render and compare ``snapshot`` (whose link must be set), reusing a result for the same text.

        The render itself is shielded: a caller that is cancelled (a superseded diagnostics run)
        stops waiting, but the result still lands in the cache for the next caller.
        """
        assert snapshot.link is not None
        if (hit := self.cached(snapshot)) is not None:
            return hit
        running = self._running.get(snapshot.uri)
        if running is not None:
            await asyncio.wait([asyncio.shield(running)])
            if (hit := self.cached(snapshot)) is not None:
                return hit
        loop = asyncio.get_running_loop()
        task = loop.run_in_executor(self.server.check_pool, self._run, snapshot, self.server.settings)
        self._running[snapshot.uri] = task
        task.add_done_callback(functools.partial(self._store, snapshot, self._settings_generation))
        return await asyncio.shield(task)

    def _store(self, snapshot: Snapshot, generation: int, task: asyncio.Future[DocumentCheck]) -> None:
        if self._running.get(snapshot.uri) is task:
            del self._running[snapshot.uri]
        if task.cancelled() or task.exception() is not None or generation != self._settings_generation:
            return
        self._latest[snapshot.uri] = (snapshot.text, generation, task.result())

    def _run(self, snapshot: Snapshot, settings: Settings) -> DocumentCheck:
        assert snapshot.link is not None
        return check_document(snapshot.path, snapshot.text, snapshot.link, settings, self.server.renderer)
