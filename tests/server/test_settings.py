"""Settings from initializationOptions and didChangeConfiguration: typed, with visible problems."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types


async def test_invalid_options_are_reported_and_fall_back_to_defaults(
    workspace: Path, serve: Callable[..., Any]
) -> None:
    options = {
        "generation": {"refineRounds": "two", "backend": "gpu", "targetScore": 0.8},
        "model": {"allowCpu": True},
        "diagnostics": {"debounceMs": "soon", "maxMismatches": 3},
        "colour": "blue",
    }
    async with serve(workspace, options) as session:
        shown = await session.command("vl2code.showSettings")
        warnings = [m for m in session.client.messages if m.type == types.MessageType.Warning]
        assert len(warnings) == 1
        for problem in ("generation.refine_rounds", "generation.backend", "diagnostics.debounceMs", "colour"):
            assert problem in warnings[0].message
        settings = shown["settings"]
        assert settings["generation"]["refine_rounds"] == 2  # default kept
        assert settings["generation"]["backend"] == "auto"
        assert settings["generation"]["target_score"] == 0.8  # the valid keys still apply
        assert settings["model"]["allow_cpu"] is True
        assert shown["diagnostics"]["debounce_ms"] == 300
        assert shown["diagnostics"]["max_mismatches"] == 3
        assert shown["sources"]["generation.target_score"] == "editor"


async def test_did_change_configuration_replaces_the_options(
    workspace: Path, serve: Callable[..., Any]
) -> None:
    (workspace / "vl2code.toml").write_text("[generation]\nrefine_rounds = 4\npatience = 1\n")
    async with serve(workspace, {"generation": {"patience": 3}}) as session:
        shown = await session.command("vl2code.showSettings")
        assert shown["settings"]["generation"]["refine_rounds"] == 4  # from the workspace's file
        assert shown["settings"]["generation"]["patience"] == 3  # the editor overrides the file

        session.client.workspace_did_change_configuration(
            types.DidChangeConfigurationParams(
                settings={"vl2code": {"generation": {"refineRounds": 1}, "diagnostics": {"enabled": False}}}
            )
        )
        await asyncio.sleep(0.2)
        shown = await session.command("vl2code.showSettings")
        assert shown["settings"]["generation"]["refine_rounds"] == 1
        assert shown["settings"]["generation"]["patience"] == 1  # the old editor value is gone
        assert shown["diagnostics"]["enabled"] is False
        assert not session.client.messages


async def test_pulls_the_section_when_the_change_carries_no_settings(
    workspace: Path, serve: Callable[..., Any]
) -> None:
    async with serve(workspace) as session:
        session.client.set_configuration({"generation": {"backend": "layout"}}, section="vl2code")
        session.client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
        await asyncio.sleep(0.3)
        shown = await session.command("vl2code.showSettings")
        assert shown["settings"]["generation"]["backend"] == "layout"
