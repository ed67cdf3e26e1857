"""Endless scripts time out, and the browser serves the next page normally."""

from __future__ import annotations

import time

import pytest

from vl2code.errors import RenderTimeoutError
from vl2code.render import Renderer


@pytest.mark.parametrize(
    "hang",
    [
        "<script>while(true){}</script>",
        "<p>loaded first</p><script>setTimeout(() => { while (true) {} }, 0)</script>",
        "<p>hangs at capture</p><script>requestAnimationFrame(() => { while (true) {} })</script>",
    ],
    ids=["while-true", "after-load", "in-animation-frame"],
)
def test_endless_script_times_out_and_the_next_page_renders(renderer: Renderer, hang: str) -> None:
    started = time.monotonic()
    with pytest.raises(RenderTimeoutError, match="within 1 s"):
        renderer.render_html(hang, timeout_s=1)
    assert time.monotonic() - started < 10
    started = time.monotonic()
    page = renderer.render_html("<p>next page</p>")
    assert [block.text for block in page.text_blocks or ()] == ["next page"]
    assert time.monotonic() - started < 10


def test_default_time_limit_comes_from_settings() -> None:
    from vl2code.settings import RenderSettings

    with Renderer(RenderSettings(timeout_s=1)) as renderer:
        with pytest.raises(RenderTimeoutError):
            renderer.render_html("<script>while(true){}</script>")
        assert renderer.render_html("<p>ok</p>").text_blocks
