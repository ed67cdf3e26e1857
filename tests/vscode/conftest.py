"""Fixtures for the VS Code end-to-end tests: code-server, the packaged extension, a browser page."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.vscode.vscode_harness import (
    CHROMIUM_FLAGS,
    CodeServer,
    CodeServerInstall,
    StartCodeServer,
    build_vsix,
    find_chromium,
    install_code_server,
    start_code_server,
)
from tests.vscode.vscode_workbench import Workbench


@pytest.fixture(scope="session")
def code_server_install() -> CodeServerInstall:
    """node 24 + code-server (installed on first use, then taken from the cache)."""
    if shutil.which("npm") is None:
        pytest.skip("npm is needed to install code-server and build the extension")
    return install_code_server()


@pytest.fixture(scope="session")
def vl2code_vsix() -> Path:
    if shutil.which("npm") is None:
        pytest.skip("npm is needed to build the extension")
    return build_vsix()


@pytest.fixture
def code_server(
    code_server_install: CodeServerInstall, vl2code_vsix: Path, tmp_path: Path
) -> Iterator[StartCodeServer]:
    """Starts code-server on a new workspace (settings, files copied in); stops it afterwards."""
    started: list[CodeServer] = []

    def start(workspace_settings: dict[str, object], files: dict[str, Path]) -> CodeServer:
        folder = tmp_path / f"code-server-{len(started)}"
        folder.mkdir()
        server = start_code_server(code_server_install, vl2code_vsix, folder, workspace_settings, files)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def workbench() -> Iterator[Workbench]:
    """A Chromium page driven by Playwright, for the workbench."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        try:
            yield Workbench(page)
        finally:
            browser.close()
