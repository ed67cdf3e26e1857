"""HTML pages: screenshots at the requested width, DOM text blocks, and what counts as input."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.render.render_helpers import pixel
from vl2code.errors import InputError
from vl2code.page import TextBlock
from vl2code.render import Renderer


def _by_text(blocks: tuple[TextBlock, ...]) -> dict[str, TextBlock]:
    return {block.text: block for block in blocks}


def test_small_page_renders_full_width_with_text_blocks(renderer: Renderer, render_fixtures: Path) -> None:
    page = renderer.render_file(render_fixtures / "small.html")

    assert page.kind == "html"
    assert page.width == 1280 and page.height == 720
    assert pixel(page.image, 640, 10) == (0x1E, 0x3A, 0x8A)  # header background
    blocks = _by_text(page.text_blocks or ())
    expected = {"Quarterly report", "Revenue grew", "12 percent", "over the year.", "North", "South"}
    assert expected <= set(blocks)
    assert not {"Never shown", "Not visible", "Fully transparent"} & set(blocks)
    title = blocks["Quarterly report"]
    x, y, width, height = title.bbox
    assert 20 <= x <= 30 and 10 <= y <= 30 and 150 < width < 400 and 25 <= height <= 45
    assert title.color == (255, 255, 255)
    assert blocks["Figures are unaudited."].color == (200, 30, 30)
    # Blocks lie inside the image.
    for block in blocks.values():
        bx, by, bw, bh = block.bbox
        assert 0 <= bx and 0 <= by and bx + bw <= page.width and by + bh <= page.height


def test_bold_run_follows_its_sentence_on_the_same_line(renderer: Renderer, render_fixtures: Path) -> None:
    blocks = _by_text(renderer.render_file(render_fixtures / "small.html").text_blocks or ())
    before, bold = blocks["Revenue grew"].bbox, blocks["12 percent"].bbox
    assert bold[0] >= before[0] + before[2] - 1
    assert abs(bold[1] - before[1]) < 2


def test_width_and_full_page_height(renderer: Renderer) -> None:
    html = '<body style="margin:0"><div style="height:2000px;background:#00ff00">tall</div></body>'
    page = renderer.render_html(html, width=800)
    assert (page.width, page.height) == (800, 2000)
    assert pixel(page.image, 400, 1990) == (0, 255, 0)
    assert renderer.render_html("<p>narrow again</p>").width == 1280


def test_text_blocks_can_be_skipped(renderer: Renderer) -> None:
    assert renderer.render_html("<p>hello</p>", text_blocks=False).text_blocks is None


def test_blocks_with_identical_boxes_merge(renderer: Renderer) -> None:
    html = (
        '<div style="position:relative;font:20px monospace"><span>abc</span>'
        '<span style="position:absolute;left:0;top:0">xyz</span></div>'
    )
    texts = [block.text for block in renderer.render_html(html).text_blocks or ()]
    assert texts == ["abc xyz"]


def test_text_below_the_fold_and_oklch_colours(renderer: Renderer) -> None:
    html = '<div style="height:1500px"></div><p style="color:oklch(0.5 0.2 264)">deep text</p>'
    page = renderer.render_html(html)
    block = _by_text(page.text_blocks or ())["deep text"]
    assert block.bbox[1] > 1500
    red, green, blue = block.color
    assert blue > 150 and red < 120 and green < 140


def test_invalid_html_renders_like_a_browser(renderer: Renderer) -> None:
    page = renderer.render_html("<div><p>unclosed <b>tags <table><td>cell")
    assert {"unclosed", "tags", "cell"} <= {block.text for block in page.text_blocks or ()}


def test_pages_do_not_leak_scripts_into_each_other(renderer: Renderer) -> None:
    script = "<script>const shared = 1; document.querySelector('div').append('ran ' + shared);</script>"
    for _ in range(2):
        page = renderer.render_html(f"<body><div>x</div>{script}</body>")
        assert "ran 1" in {block.text for block in page.text_blocks or ()}


def test_timers_of_a_scripted_page_stop_before_the_next_pages(renderer: Renderer) -> None:
    renderer.render_html("<body><script>setInterval(() => document.body.append('tick'), 1)</script></body>")
    for _ in range(2):  # the page after the reset, and the one after that
        page = renderer.render_html("<body><p>plain</p></body>")
        assert [block.text for block in page.text_blocks or ()] == ["plain"]


@pytest.mark.parametrize("text", ["", "   \n", "\x00\x01\x02binary", "PNG\x1a\x00\x00\x0dIHDR" * 10])
def test_empty_or_binary_input_is_refused(renderer: Renderer, text: str) -> None:
    with pytest.raises(InputError):
        renderer.render_html(text)


def test_undecodable_file_is_refused(renderer: Renderer, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"<p>caf\xe9 \xff\xfe</p>")
    with pytest.raises(InputError, match="not UTF-8"):
        renderer.render_file(path)


def test_declared_charset_is_honoured(renderer: Renderer, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes('<meta charset="iso-8859-1"><p>café</p>'.encode("iso-8859-1"))
    assert "café" in {block.text for block in renderer.render_file(path).text_blocks or ()}


def test_unknown_file_kind_is_refused(renderer: Renderer, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(InputError, match="cannot render .txt"):
        renderer.render_file(path)


def test_image_files_load_as_images(renderer: Renderer, tmp_path: Path) -> None:
    path = tmp_path / "shot.png"
    renderer.render_html("<p>shot</p>").image.save(path)
    page = renderer.render_file(path)
    assert page.kind == "image" and page.width == 1280


def test_calls_from_many_threads(renderer: Renderer) -> None:
    results: dict[int, str] = {}

    def render(index: int) -> None:
        page = renderer.render_html(f"<p>thread {index}</p>")
        results[index] = (page.text_blocks or ())[0].text

    threads = [threading.Thread(target=render, args=(index,)) for index in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {index: f"thread {index}" for index in range(6)}


def test_animations_and_transitions_are_captured_at_their_end(renderer: Renderer) -> None:
    html = """<style>
      @keyframes fill { from { background: #ff0000; } to { background: #0000ff; } }
      .animated { width: 100px; height: 100px; animation: fill 60s forwards; }
      .spinning { width: 100px; height: 100px; background: #00ff00; animation: fill 1s infinite; }
    </style>
    <body style="margin:0"><div class="animated"></div><div class="spinning"></div></body>"""
    page = renderer.render_html(html)
    assert pixel(page.image, 50, 50) == (0, 0, 255)  # a 60 s animation, jumped to its end
    assert pixel(page.image, 50, 150) == (0, 255, 0)  # an endless one, back to the element's own style
