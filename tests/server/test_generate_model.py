"""Generation through the in-process transformers path, on the tiny random Qwen3-VL.

The tiny model writes junk, so a fresh draft may fail extraction; refining keeps the given code
(junk revisions never win), which makes the refine run's outcome exact. One server for both, so
the model is loaded once and reused, as in an editor session.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pygls.exceptions import JsonRpcException


@pytest.fixture
def tiny_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    try:
        dirs = request.getfixturevalue("tiny_qwen_dirs")
    except pytest.FixtureLookupError:
        pytest.skip("the tiny_qwen_dirs fixture (tests/conftest.py) is not available")
    return {
        "model": {
            "draftModel": str(dirs.instruct),
            "refineModel": str(dirs.thinking),
            "allowCpu": True,
            "minPixels": 32 * 32 * 32,
            "maxPixels": 128 * 32 * 32,
        },
        "generation": {"backend": "local", "maxNewTokens": 24, "targetScore": 1.01, "ocrHints": False},
    }


async def test_draft_and_refine_with_the_tiny_model(
    linked_workspace: Path, serve: Callable[..., Any], tiny_options: dict[str, Any]
) -> None:
    page = (linked_workspace / "login.html").read_text()
    async with serve(linked_workspace, tiny_options) as session:
        output = session.uri("drafted.html")
        try:
            argument = {"image": "login.png", "outputUri": output, "options": {"refineRounds": 0}}
            result = await session.command("vl2code.generateFromScreenshot", argument)
        except JsonRpcException as error:  # junk that cannot become a page: one clear line, nothing written
            assert error.code == -32803 and "\n" not in error.message
            assert not session.edits
        else:
            assert result["backend"] == "local" and (linked_workspace / "drafted.html").is_file()
        [(_, reports)] = session.client.progress_reports.items()
        assert reports[0].kind == "begin" and reports[-1].kind == "end"

        # Refining starts from the page itself; junk revisions never replace it.
        uri = session.open("login.html")
        result = await session.command("vl2code.refineDocument", {"uri": uri, "options": {"refineRounds": 1}})
        assert result["backend"] == "local" and result["rounds"] == 1
        assert result["score"] == result["roundScores"][0]
        assert result["roundScores"][1] is None or result["roundScores"][1] <= result["score"]
        assert (linked_workspace / "login.html").read_text() == page
