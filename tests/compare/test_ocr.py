"""OCR of a fixture image: words, lines, blocks, ink colour, size and weight."""

from __future__ import annotations

import threading

import pytest
from PIL import Image

from vl2code.ocr import read_text, text_color


@pytest.fixture(scope="module")
def sample(fixtures_dir):
    return Image.open(fixtures_dir / "compare" / "ocr_sample.png").convert("RGB")


def line_with(result, start):
    return next(line for line in result.lines if line.text.startswith(start))


def test_reads_the_words_of_every_line(sample):
    result = read_text(sample)
    texts = [line.text for line in result.lines]
    assert texts == [
        "Boats for sale in City One",
        "We would love to see your listings here.",
        "Contact our friendly team for details.",
        "Footer links on a dark bar",
        "Important notice",
    ]
    assert all(word.confidence > 60 for word in result.words)


def test_groups_paragraph_lines_into_one_block(sample):
    blocks = [block.text for block in read_text(sample).blocks]
    assert "We would love to see your listings here. Contact our friendly team for details." in blocks
    assert len(blocks) == 4


def test_line_colour_is_the_ink_not_the_background(sample):
    result = read_text(sample)
    blue = line_with(result, "We would").color
    assert abs(blue[0] - 20) < 25 and abs(blue[1] - 60) < 25 and abs(blue[2] - 160) < 25
    light_on_dark = line_with(result, "Footer").color
    assert min(light_on_dark) > 200


def test_font_size_and_weight_estimates(sample):
    result = read_text(sample)
    assert line_with(result, "Boats").font_size_px == pytest.approx(32, abs=3)
    assert line_with(result, "We would").font_size_px == pytest.approx(16, abs=2)
    assert line_with(result, "Important").bold
    assert not line_with(result, "We would").bold


def test_boxes_are_in_image_pixels_and_results_are_cached(sample):
    first = read_text(sample)
    heading = line_with(first, "Boats")
    x, y, w, h = heading.bbox
    assert 35 <= x <= 50 and 28 <= y <= 45 and 350 <= w <= 420 and 20 <= h <= 40
    assert read_text(sample.copy()) is first


def test_threads_read_concurrently(sample):
    def shifted(by):
        image = Image.new("RGB", (sample.width + by, sample.height), "white")
        image.paste(sample, (by, 0))
        return image

    results = {}

    def read(name, image):
        results[name] = read_text(image)

    threads = [threading.Thread(target=read, args=(n, shifted(by))) for n, by in (("a", 10), ("b", 30))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [line.text for line in results["a"].lines] == [line.text for line in results["b"].lines]


def test_text_color_of_a_plain_box_is_its_colour():
    image = Image.new("RGB", (40, 20), (12, 200, 90))
    import numpy as np

    assert text_color(np.asarray(image), (0, 0, 40, 20)) == (12, 200, 90)


@pytest.mark.parametrize("height", [500, 8000, 8001, 23456])
def test_tall_pages_are_read_in_strips_that_cover_every_row_once(height):
    from vl2code.ocr import TILE_OVERLAP, _tiles

    tiles = _tiles(height)
    assert tiles[0][0] == 0 and tiles[-1][1] == height
    owned_until = 0.0
    for top, bottom, keep_from in tiles:
        assert keep_from == owned_until
        owned_until = float(height) if bottom >= height else bottom - TILE_OVERLAP / 2
        assert top <= keep_from < owned_until <= bottom
    assert owned_until == height


def test_labels_of_small_buttons_are_read_without_the_button_ends(renderer):
    # Buttons about as tall as the background window: their ends once read as brackets ("Com)").
    button = (
        "<button style='background:#3b82f6;color:white;border:0;padding:8px 16px;border-radius:6px;"
        "font:13px sans-serif;margin:20px'>{}</button>"
    )
    html = (
        "<body style='background:#1e293b;margin:30px'>"
        + "".join(button.format(label) for label in ("Open", "Save", "Delete"))
        + "</body>"
    )
    words = [word.text.strip("‘’'\"`") for word in read_text(renderer.render_html(html).image).words]
    assert words == ["Open", "Save", "Delete"]


def test_a_word_box_stretched_over_the_next_row_is_cut_to_its_own_row():
    """Tesseract sometimes stretches a word's box over the row below (a two-line menu item) or
    a rule; the box keeps only the band of rows that holds most of the word's ink."""
    import numpy as np

    from vl2code.ocr import OcrWord, _fitted

    marks = np.zeros((60, 100), dtype=bool)
    marks[10:20, 5:60] = True  # the word's own letters
    marks[26:28, 0:100] = True  # a rule (or the next row's tops) inside the stretched box
    fitted = _fitted(OcrWord("Patterns", (5, 8, 60, 22), 95.0), marks)
    assert fitted.bbox == (5, 10, 60, 10) and fitted.text == "Patterns"
    # A dot over an i (a small band a row or two above) leaves the box as it is.
    marks[:] = False
    marks[8:10, 5:7] = True
    marks[12:22, 5:60] = True
    assert _fitted(OcrWord("in", (5, 8, 60, 14), 95.0), marks).bbox == (5, 8, 60, 14)


def test_a_word_the_page_pass_skipped_is_read_again_where_it_is(renderer):
    """Tesseract's page pass skips links in a row of small links (here it reads two of five, and
    misreads a third); the word-like ink it left is read again, and the icon beside them gives no
    words."""
    from vl2code.ocr import LATIN, _marks, _read_page, ink_distance, read_missed
    from vl2code.ocr_gaps import unread_regions

    words = ("Edit", "Discuss", "Previous", "History", "-$4.50")
    links = "".join(f"<a href='#' style='margin-right:28px;color:#555'>{word}</a>" for word in words[:4])
    amount = "<span style='margin-right:28px;color:#c33'>-$4.50</span>"
    icon = "<span style='display:inline-block;width:14px;height:14px;background:#444'></span>"
    html = f"<body style='margin:40px;font:13px sans-serif'>{links}{amount}{icon}</body>"
    image = renderer.render_html(html).image
    distance = ink_distance(image)
    marks = _marks(distance)
    read = _read_page(distance, marks, 1.0)[0]
    skipped = next(word for word in read if word.text == "Previous")  # one more, to know its box
    kept = [word for word in read if word.text in words and word is not skipped]  # misreads go too
    again = read_missed(distance, marks, unread_regions(marks.copy(), [word.bbox for word in kept]), LATIN)
    # "-$4.50" whole: its minus and point are drawn too, though they are not glyph-sized marks.
    assert sorted(word.text for word in kept + again) == sorted(words)
    found = next(word for word in again if word.text == "Previous")
    assert all(abs(a - b) <= 2 for a, b in zip(found.bbox, skipped.bbox, strict=True))
