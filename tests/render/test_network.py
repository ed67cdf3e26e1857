"""The network is closed: nothing reaches a real server, and files are read only inside base_dir."""

from __future__ import annotations

import time
from pathlib import Path

from tests.render.conftest import RecordingServer
from tests.render.render_helpers import pixel
from vl2code.render import Renderer


def _page_reaching_for(origin: str) -> str:
    return f"""<!DOCTYPE html>
<html><head>
<link rel="stylesheet" href="{origin}/style.css">
<link rel="preconnect" href="{origin}"><link rel="prefetch" href="{origin}/prefetch">
<script src="{origin}/script.js"></script>
<style>@import url("{origin}/imported.css");
  @font-face {{ font-family: X; src: url("{origin}/font.woff2"); }}</style>
</head><body style="font-family: X">
<img src="{origin}/image.png"><iframe src="{origin}/frame.html"></iframe>
<div style="background-image: url('{origin}/background.png')">text</div>
<div id="out">waiting</div>
<script>
  const out = document.getElementById("out");
  fetch("{origin}/fetch").then(
    () => out.textContent = "fetch got through", () => out.textContent = "fetch blocked");
  const xhr = new XMLHttpRequest();
  try {{ xhr.open("GET", "{origin}/sync-xhr", false); xhr.send(); }} catch (error) {{}}
  navigator.sendBeacon("{origin}/beacon", "x");
  try {{ new WebSocket("{origin.replace("http", "ws")}/socket"); }} catch (error) {{}}
  new EventSource("{origin}/events");
</script>
</body></html>"""


def test_no_request_reaches_a_real_server(renderer: Renderer, http_server: RecordingServer) -> None:
    page = renderer.render_html(_page_reaching_for(http_server.origin))
    assert http_server.paths == []
    assert pixel(page.image, 1000, 700) == (255, 255, 255)  # the served CSS would paint it red
    assert "fetch blocked" in {block.text for block in page.text_blocks or ()}


def test_no_request_reaches_a_real_server_from_a_page_with_files(
    renderer: Renderer, http_server: RecordingServer, tmp_path: Path
) -> None:
    renderer.render_html(_page_reaching_for(http_server.origin), base_dir=tmp_path)
    assert http_server.paths == []


def test_a_page_that_navigates_away_renders_offline(renderer: Renderer, http_server: RecordingServer) -> None:
    origin = http_server.origin
    for html in (
        f'<meta http-equiv="refresh" content="0;url={origin}/refresh"><p>navigating</p>',
        f'<p>navigating</p><script>location.href = "{origin}/moved";</script>',
        f'<p>still here</p><script>window.open("{origin}/popup");</script>',
    ):
        started = time.monotonic()
        renderer.render_html(html, timeout_s=5)
        assert time.monotonic() - started < 4
    assert http_server.paths == []
    assert [block.text for block in renderer.render_html("<p>next</p>").text_blocks or ()] == ["next"]


def _image_probe(*sources: str) -> str:
    """A page that writes, for each image source, whether it loaded."""
    probes = "".join(
        f'<div><img src="{source}" onload="this.after(\'loaded {index}\')" '
        f"onerror=\"this.after('blocked {index}')\"></div>"
        for index, source in enumerate(sources)
    )
    return f"<!DOCTYPE html><html><body>{probes}</body></html>"


def _red_png(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (20, 20), (255, 0, 0)).save(path)


def test_files_inside_base_dir_load_and_outside_do_not(renderer: Renderer, tmp_path: Path) -> None:
    base_dir = tmp_path / "site"
    (base_dir / "img").mkdir(parents=True)
    _red_png(base_dir / "img" / "inside.png")
    _red_png(tmp_path / "outside.png")
    (base_dir / "link.png").symlink_to(tmp_path / "outside.png")
    page = renderer.render_html(
        _image_probe(
            "img/inside.png",
            "../outside.png",
            "/../../outside.png",
            (tmp_path / "outside.png").as_uri(),
            "link.png",
            "%2e%2e/outside.png",
        ),
        base_dir=base_dir,
    )
    texts = {block.text for block in page.text_blocks or ()}
    assert texts == {"loaded 0", "blocked 1", "blocked 2", "blocked 3", "blocked 4", "blocked 5"}


def test_without_base_dir_no_file_is_read(renderer: Renderer, tmp_path: Path, render_fixtures: Path) -> None:
    _red_png(tmp_path / "image.png")
    page = renderer.render_html(_image_probe((tmp_path / "image.png").as_uri(), "image.png"))
    assert {block.text for block in page.text_blocks or ()} == {"blocked 0", "blocked 1"}


def test_render_file_reads_files_next_to_the_page(renderer: Renderer, tmp_path: Path) -> None:
    _red_png(tmp_path / "logo.png")
    page_path = tmp_path / "index.html"
    page_path.write_text(_image_probe("logo.png"))
    assert {block.text for block in renderer.render_file(page_path).text_blocks or ()} == {"loaded 0"}
