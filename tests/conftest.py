"""Fixtures every test area shares: the repository's paths and the optional shared data set."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = REPO.parent / "shared" / "data"


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
