"""Chinese and Japanese text: read from screenshots when their tessdata is installed, joined
without spaces, and compared equal whether it came from the DOM or from OCR."""

from __future__ import annotations

from pathlib import Path

import pytest

from vl2code.cjk import cjk_count, join_words
from vl2code.compare import compare
from vl2code.compare.blocks import normalise_text
from vl2code.ocr import cjk_languages, read_text
from vl2code.page import PageImage
from vl2code.render import Renderer

PAGE = (
    "<body style='font-family: sans-serif; padding: 40px'>"
    "<h1>欢迎使用我们的服务</h1><p>这是一个测试页面</p><p>English text beside it</p></body>"
)


def test_words_join_without_spaces_between_han_and_kana() -> None:
    assert join_words(["这", "是", "一个", "页面"]) == "这是一个页面"
    assert join_words(["日本語", "の", "テキスト", "and", "English"]) == "日本語のテキスト and English"
    assert join_words(["한국어", "문장"]) == "한국어 문장"  # Korean separates words with spaces


def test_dom_and_ocr_spellings_normalise_alike() -> None:
    assert normalise_text("这 是 一个 测试") == normalise_text("这是一个测试") == "这是一个测试"
    assert normalise_text("Ｃａｆé 页面") == "cafe 页面"


@pytest.fixture(scope="module")
def cjk_page() -> PageImage:
    if cjk_languages() == "eng":
        pytest.skip("Chinese/Japanese tessdata is not installed (scripts/install.sh installs it)")
    with Renderer() as renderer:
        return renderer.render_html(PAGE)


def test_a_chinese_page_is_read_in_chinese(cjk_page: PageImage) -> None:
    text = read_text(cjk_page.image).text
    assert cjk_count(text) >= 10
    assert "欢迎" in text and "测试" in text
    assert "English text beside it" in text


def test_a_chinese_screenshot_matches_its_own_html(cjk_page: PageImage) -> None:
    screenshot = PageImage(cjk_page.image, kind="image", text_blocks=None)
    result = compare(screenshot, cjk_page)
    assert result.metrics["text"] > 0.8
    assert result.metrics["block"] > 0.8


def test_latin_pages_are_not_read_as_chinese(fixtures_dir: Path) -> None:
    from PIL import Image

    sample = Image.open(fixtures_dir / "compare" / "ocr_sample.png").convert("RGB")
    assert cjk_count(read_text(sample).text) == 0
