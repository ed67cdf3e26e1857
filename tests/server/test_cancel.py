"""Cancelling a generation mid-way: an answer within a second, and nothing written."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcRequestCancelled

GENERATE = "vl2code.generateFromScreenshot"
#: Enough rounds that the run is still going when the test cancels it.
SLOW = {"backend": "layout", "refineRounds": 4, "targetScore": 1.0, "patience": 4}


async def first_report(session: Any) -> Any:
    """Wait until the running generation has reported a stage (it is mid-way from then on)."""
    reports = session.client.progress_reports
    while not any(r.kind == "report" for token in reports for r in reports[token]):
        await asyncio.sleep(0.01)
    return next(iter(session.client.progress_reports))


def execute(session: Any, msg_id: str, argument: dict[str, Any]) -> asyncio.Future[Any]:
    params = types.ExecuteCommandParams(command=GENERATE, arguments=[argument])
    return asyncio.ensure_future(
        session.client.protocol.send_request_async(types.WORKSPACE_EXECUTE_COMMAND, params, msg_id=msg_id)
    )


@pytest.mark.parametrize("how", ["cancelRequest", "progressCancel", "command"])
async def test_cancel_mid_generation_answers_within_a_second_and_writes_nothing(
    workspace: Path, serve: Callable[..., Any], how: str
) -> None:
    async with serve(workspace) as session:
        output = workspace / "cancelled.html"
        request = execute(
            session, "gen-1", {"image": "login.png", "outputUri": session.uri(output.name), "options": SLOW}
        )
        token = await asyncio.wait_for(first_report(session), 30)

        started = time.perf_counter()
        if how == "cancelRequest":
            session.client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id="gen-1"))
        elif how == "progressCancel":
            session.client.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=token))
        else:
            assert await session.command("vl2code.cancelGeneration", {"token": token}) == {"cancelled": 1}
        with pytest.raises(JsonRpcRequestCancelled):
            await asyncio.wait_for(request, 5)
        assert time.perf_counter() - started < 1.0

        await asyncio.sleep(0.2)
        reports = session.client.progress_reports[token]
        assert reports[-1].kind == "end" and reports[-1].message == "cancelled"
        assert not session.edits and not output.exists()

        # The cancelled run released the layout engine: the next one runs to the end.
        result = await session.command(
            GENERATE,
            {
                "image": "login.png",
                "outputUri": session.uri("next.html"),
                "options": {"backend": "layout", "refineRounds": 0},
            },
        )
        assert (workspace / "next.html").is_file() and result["rounds"] == 0
        assert not output.exists()
