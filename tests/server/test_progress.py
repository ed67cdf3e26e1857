"""Progress of a generation: `$/progress` begin/report/end, on a created or a client-given token."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

GENERATE = "vl2code.generateFromScreenshot"
ARGUMENT = {"image": "login.png", "options": {"backend": "layout", "refineRounds": 1, "targetScore": 1.0}}


def kinds(reports: list[Any]) -> list[str]:
    return [report.kind for report in reports]


async def test_server_created_progress_reports_stages_rounds_and_score(
    workspace: Path, serve: Callable[..., Any]
) -> None:
    async with serve(workspace) as session:
        result = await session.command(GENERATE, ARGUMENT)
        await asyncio.sleep(0.1)  # the end notification follows the response's computation

        [(token, reports)] = session.client.progress_reports.items()
        assert str(token).startswith("vl2code-generate-")
        assert kinds(reports)[0] == "begin" and kinds(reports)[-1] == "end"
        assert set(kinds(reports)[1:-1]) == {"report"} and len(reports) >= 4
        begin = reports[0]
        assert begin.title == "vl2code: generating html" and begin.cancellable
        messages = [r.message for r in reports[1:-1]]
        assert any(m.startswith("draft · round 0/1") for m in messages)
        assert any(m.startswith("render · round 0/1") for m in messages)
        assert any("score " in m for m in messages)
        percentages = [r.percentage for r in reports[1:-1]]
        assert percentages == sorted(percentages) and all(0 <= p <= 99 for p in percentages)
        assert reports[-1].message == f"done · score {result['score']:.3f}"

        events = session.notifications["vl2code/generationProgress"]
        stages = [e.stage for e in events]
        assert {"draft", "render", "compare", "done"} <= set(stages)
        assert all(e.token == token for e in events)
        assert events[-1].score == result["score"]


async def test_client_given_work_done_token_is_used(workspace: Path, serve: Callable[..., Any]) -> None:
    async with serve(workspace) as session:
        session.client.progress_reports["editor-token-1"] = []
        await session.command(GENERATE, ARGUMENT, token="editor-token-1")
        await asyncio.sleep(0.1)
        assert list(session.client.progress_reports) == ["editor-token-1"]  # no token was created
        reports = session.client.progress_reports["editor-token-1"]
        assert kinds(reports)[0] == "begin" and kinds(reports)[-1] == "end"


async def test_second_generation_on_the_same_model_waits_in_the_queue(
    workspace: Path, serve: Callable[..., Any]
) -> None:
    async with serve(workspace) as session:
        first_uri, second_uri = session.uri("first.html"), session.uri("second.html")
        first = session.command(GENERATE, {**ARGUMENT, "outputUri": first_uri})
        second = session.command(GENERATE, {**ARGUMENT, "outputUri": second_uri})
        results = await asyncio.gather(first, second)
        assert [r["outputUri"] for r in results] == [first_uri, second_uri]
        events = session.notifications["vl2code/generationProgress"]
        queued = [e for e in events if e.stage == "queued"]
        assert len(queued) == 1  # exactly one of the two waited for the layout engine
        waiting = queued[0].token
        first_done = next(e for e in events if e.stage == "done")
        assert first_done.token != waiting
        assert events.index(first_done) < max(i for i, e in enumerate(events) if e.token == waiting)
