"""Finding a Chromium: the setting, Playwright's own, then PATH; a clear message when none."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from vl2code.errors import BrowserNotFoundError, RenderError
from vl2code.render import Renderer, find_browser
from vl2code.settings import RenderSettings


def _fake_executable(path: Path) -> str:
    path.write_text("#!/bin/sh\nexit 1\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_setting_wins(tmp_path: Path) -> None:
    configured = _fake_executable(tmp_path / "my-chrome")
    playwright_own = _fake_executable(tmp_path / "playwright-chrome")
    assert find_browser(configured, playwright_own) == configured


def test_playwright_chromium_before_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_executable(bin_dir / "chromium")
    monkeypatch.setenv("PATH", str(bin_dir))
    playwright_own = _fake_executable(tmp_path / "playwright-chrome")
    assert find_browser(None, playwright_own) == playwright_own
    assert find_browser(None, str(tmp_path / "not-installed")) == str(bin_dir / "chromium")


def test_missing_setting_is_reported(tmp_path: Path) -> None:
    with pytest.raises(BrowserNotFoundError, match="render.browser not found") as caught:
        find_browser(str(tmp_path / "nope"), None)
    assert "playwright install chromium" in str(caught.value)


def test_no_browser_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BrowserNotFoundError) as caught:
        find_browser(None, str(tmp_path / "not-installed"))
    message = str(caught.value)
    assert "\n" not in message
    assert "playwright install chromium" in message and "apt-get install chromium" in message


def test_renderer_reports_a_missing_browser(tmp_path: Path) -> None:
    renderer = Renderer(RenderSettings(browser=str(tmp_path / "nope")))
    try:
        with pytest.raises(BrowserNotFoundError):
            renderer.render_html("<p>x</p>")
    finally:
        renderer.close()


def test_environment_variable_reaches_a_renderer_without_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VL2CODE_BROWSER", str(tmp_path / "nope"))
    renderer = Renderer()
    try:
        assert renderer.settings.browser == str(tmp_path / "nope")
    finally:
        renderer.close()


def test_closed_renderer_refuses_work() -> None:
    renderer = Renderer()
    renderer.close()
    with pytest.raises(RenderError, match="closed"):
        renderer.render_html("<p>x</p>")
