"""Fixtures every test area shares: the repository's paths and the optional shared data set."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = REPO.parent / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run the slow end-to-end tests (CI does)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow end-to-end tests (real VS Code, real git + pre-commit) run only with --slow."""
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow end-to-end test: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def design2code_dev() -> Path:
    """The real Design2Code dev pages (ID.html + ID.png); skips when the data set is absent."""
    folder = SHARED_DATA / "design2code-dev"
    if not folder.is_dir():
        pytest.skip(f"shared data set not found at {folder}")
    return folder


@pytest.fixture(scope="session")
def drawio_dev() -> Path:
    """The real draw.io dev diagrams; skips when the data set is absent."""
    folder = SHARED_DATA / "drawio-dev"
    if not folder.is_dir():
        pytest.skip(f"shared data set not found at {folder}")
    return folder
