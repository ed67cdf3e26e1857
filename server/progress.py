"""A generation's progress, shown in the editor: `$/progress` begin/report/end plus structured events.

The pipeline reports from its worker thread; everything that talks to the client is moved onto
the event loop with ``call_soon_threadsafe``, since the transport is not safe to write from two
threads at once.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from vl2code.progress import ProgressEvent

if TYPE_CHECKING:
    from vl2code.server.app import Vl2codeServer

#: Structured copy of every progress event, for preview panels.
PROGRESS_NOTIFICATION = "vl2code/generationProgress"
#: How far into one round each stage is, to turn (stage, round) into a percentage.
_STAGE_FRACTION = {
    "queued": 0.0,
    "load": 0.0,
    "draft": 0.1,
    "refine": 0.1,
    "render": 0.6,
    "compare": 0.8,
    "done": 1.0,
}


def describe(event: ProgressEvent) -> str:
    """``refine · round 1/2 · score 0.874 · 12.3 tok/s``: the line a progress bar shows."""
    parts = [event.stage, f"round {event.round}/{event.total_rounds}"]
    if event.score is not None:
        parts.append(f"score {event.score:.3f}")
    if event.tokens_per_s:
        parts.append(f"{event.tokens_per_s:.1f} tok/s")
    return " · ".join(parts)


def percentage(event: ProgressEvent) -> int:
    fraction = (event.round + _STAGE_FRACTION.get(event.stage, 0.0)) / (event.total_rounds + 1)
    return max(0, min(99, int(100 * fraction)))


class GenerationProgress:
    """Reports one generation to the client, on a token the client gave or one created here."""

    def __init__(self, server: Vl2codeServer, token: types.ProgressToken | None) -> None:
        self.server = server
        self.token = token
        self.loop = asyncio.get_running_loop()
        self._ended = False
        self._percentage = 0  # never moves back: a round's result repeats its stage after "compare"

    @classmethod
    async def start(
        cls, server: Vl2codeServer, client_token: types.ProgressToken | None, title: str, message: str
    ) -> GenerationProgress:
        """Begin progress: the client's ``workDoneToken`` if any, else a created token if supported."""
        token = client_token
        if token is None and _supports_progress(server):
            token = f"vl2code-generate-{uuid.uuid4()}"
            try:
                await server.work_done_progress.create_async(token)
            except Exception:  # a client that refuses still gets its result, just no bar
                token = None
        progress = cls(server, token)
        if token is not None:
            server.work_done_progress.begin(
                token,
                types.WorkDoneProgressBegin(title=title, cancellable=True, message=message, percentage=0),
            )
        progress._notify(
            {
                "stage": message,
                "round": 0,
                "totalRounds": 0,
                "score": None,
                "message": message,
                "tokensPerS": None,
            }
        )
        return progress

    def on_cancel_request(self, callback: Any) -> None:
        """Call ``callback`` when the client cancels this progress (window/workDoneProgress/cancel)."""
        if self.token is None:
            return
        future = self.server.work_done_progress.tokens.get(self.token)
        if future is not None:
            future.add_done_callback(lambda _: callback())

    def from_thread(self, event: ProgressEvent) -> None:
        """The pipeline's callback: hand the event to the event loop."""
        self.loop.call_soon_threadsafe(self.report, event)

    def report(self, event: ProgressEvent) -> None:
        if self._ended:
            return
        self._percentage = max(self._percentage, percentage(event))
        if self.token is not None:
            self.server.work_done_progress.report(
                self.token, types.WorkDoneProgressReport(message=describe(event), percentage=self._percentage)
            )
        self._notify(
            {
                "stage": event.stage,
                "round": event.round,
                "totalRounds": event.total_rounds,
                "score": event.score,
                "message": event.message,
                "tokensPerS": event.tokens_per_s,
            }
        )

    def end(self, message: str) -> None:
        if self._ended:
            return
        self._ended = True
        if self.token is not None:
            self.server.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message=message))
            self.server.work_done_progress.tokens.pop(self.token, None)

    def _notify(self, payload: dict[str, Any]) -> None:
        self.server.protocol.notify(PROGRESS_NOTIFICATION, {"token": self.token, **payload})


def _supports_progress(server: Vl2codeServer) -> bool:
    window = server.client_capabilities.window
    return bool(window and window.work_done_progress)
