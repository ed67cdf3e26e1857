"""Fixtures every test area shares: the repository's paths and the optional shared data set."""

from __future__ import annotations

import importlib.util
import sys
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


@pytest.fixture(scope="session")
def renderer():
    """One headless Chromium (vl2code.render.Renderer) shared by every test that renders."""
    from vl2code.render import Renderer

    with Renderer() as shared:
        yield shared


@pytest.fixture(scope="session")
def tiny_qwen_dirs(tmp_path_factory):
    """A tiny random Qwen3-VL in the hub file layout: ``.instruct`` and ``.thinking`` folders.

    Built once per session (tests/backends/tiny_qwen.py); skips when transformers is absent.
    """
    pytest.importorskip("transformers")
    module = sys.modules.get("tiny_qwen")
    if module is None:
        spec = importlib.util.spec_from_file_location(
            "tiny_qwen", Path(__file__).parent / "backends" / "tiny_qwen.py"
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["tiny_qwen"] = module
        spec.loader.exec_module(module)
    return module.build_tiny_qwen(tmp_path_factory.mktemp("tiny-qwen"))
