"""One Chromium for the comparison tests, and the fixture page rendered with variations."""

from __future__ import annotations

from pathlib import Path

import pytest

from vl2code.render import Renderer


@pytest.fixture(scope="session")
def renderer():
    with Renderer() as instance:
        yield instance


@pytest.fixture(scope="session")
def page_html(fixtures_dir: Path) -> str:
    return (fixtures_dir / "compare" / "page.html").read_text(encoding="utf-8")
