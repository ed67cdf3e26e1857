"""Shared projects for the check tests: a page and a diagram whose references are their renders.

Check tests take check settings only from the projects they create, never from the environment.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from vl2code.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "check"
#: The limits docs/check.md suggests for references made from renders.
PROJECT_SETTINGS = "[tool.vl2code.check]\nthreshold = 0.95\nmax_diff_ratio = 0.002\n"
#: The three plans side by side become one column: every block below the heading moves.
BREAK_LAYOUT = (".plans { display: flex;", ".plans { display: block;")


@pytest.fixture(autouse=True)
def _no_check_settings_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in os.environ if name.startswith("VL2CODE_CHECK_")]:
        monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def check_fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def project_settings() -> str:
    """A pyproject.toml for a test project."""
    return PROJECT_SETTINGS


@pytest.fixture(scope="session")
def layout_break() -> tuple[str, str]:
    """Text to replace in pricing.html, and its replacement, that breaks the page's layout."""
    return BREAK_LAYOUT


@pytest.fixture(scope="session")
def accepted_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pricing.html and flow.drawio, references written by `check --update`.

    The limits are those docs/check.md suggests for references made from renders.
    """
    folder = tmp_path_factory.mktemp("accepted-site")
    shutil.copy(FIXTURES / "pricing.html", folder / "pricing.html")
    shutil.copy(FIXTURES / "flow.drawio", folder / "flow.drawio")
    (folder / "pyproject.toml").write_text(PROJECT_SETTINGS, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        for name in [name for name in os.environ if name.startswith("VL2CODE_CHECK_")]:
            patch.delenv(name)
        patch.chdir(folder)
        assert main(["check", "--update", "--quiet"]) == 0
    return folder


@pytest.fixture
def site(accepted_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the accepted project, as the current folder."""
    project = tmp_path / "project"
    shutil.copytree(accepted_site, project)
    monkeypatch.chdir(project)
    return project


@pytest.fixture
def edit_page(site: Path) -> Callable[[str, str], None]:
    """Replace text in the site's pricing.html (failing if the text is not there)."""

    def edit(old: str, new: str) -> None:
        page = site / "pricing.html"
        text = page.read_text(encoding="utf-8")
        assert old in text
        page.write_text(text.replace(old, new), encoding="utf-8")

    return edit


@pytest.fixture
def break_layout(edit_page: Callable[[str, str], None]) -> None:
    edit_page(*BREAK_LAYOUT)
