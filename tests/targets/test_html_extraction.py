"""HTML and Tailwind extraction: from messy model output to a complete, valid document."""

from __future__ import annotations

import re

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vl2code import targets
from vl2code.errors import ExtractionError
from vl2code.targets import InvalidDocumentError, NoCodeError

PAGE = (
    "<!DOCTYPE html>\n<html lang='en'><head><title>Shop</title><style>.hero{color:#1a73e8}</style></head>"
    "<body><header class='hero'>Summer sale &amp; more</header><main><p>Only today</p></main></body></html>"
)


def _body_texts(code: str) -> list[str]:
    body = lxml.html.document_fromstring(code).find("body")
    return [text.strip() for text in body.itertext() if text.strip()]


@pytest.mark.parametrize(
    "output",
    [
        PAGE,
        f"Here is the page you asked for:\n\n```html\n{PAGE}\n```\n\nIt uses a flex layout.",
        f"```HTML\n{PAGE}\n```",
        f"~~~\n{PAGE}\n~~~",
        f"I'll lay out the header first.</think>\n\n```html\n{PAGE}\n```",
        f"Sure! {PAGE} Let me know if you need changes.",
    ],
)
def test_wrapped_pages_come_out_whole_and_only_the_page(output):
    code = targets.extract("html", output)
    targets.validate("html", code)
    assert _body_texts(code) == ["Summer sale & more", "Only today"]
    assert code.startswith("<!DOCTYPE html>")
    assert not re.search("here is|let me know|flex layout|header first|```", code, re.IGNORECASE)


def test_head_gets_charset_and_viewport_once():
    code = targets.extract(
        "html", PAGE.replace("<title>", '<meta name="viewport" content="width=1280"><title>')
    )
    document = lxml.html.document_fromstring(code)
    assert [m.get("content") for m in document.xpath("//meta[@name='viewport']")] == ["width=1280"]
    assert len(document.xpath("//meta[@charset]")) == 1


def test_truncated_output_is_closed_like_a_browser_would():
    cut = (
        "```html\n<!DOCTYPE html><html><head><style>p{margin:0}</style></head><body><ul><li>One<li>Two<p>Thr"
    )
    code = targets.extract("html", cut)
    targets.validate("html", code)
    assert _body_texts(code) == ["One", "Two", "Thr"]
    assert code.rstrip().endswith("</html>")


def test_largest_html_block_wins_over_snippets():
    output = (
        f"First a snippet:\n```html\n<p>tiny</p>\n```\nand the page:\n```html\n{PAGE}\n```\n"
        "```css\n.a{}\n```"
    )
    assert _body_texts(targets.extract("html", output)) == ["Summer sale & more", "Only today"]


@pytest.mark.parametrize(
    "output, error",
    [
        ("", NoCodeError),
        ("I cannot help with that image.", NoCodeError),
        ("<think>The page has a header and a <div> grid", NoCodeError),
        ("```python\nprint('<div>')\n```", NoCodeError),
        ("```html\n<html><head><style>body{}</style></head></html>\n```", NoCodeError),
    ],
)
def test_unusable_output_raises_a_typed_error_with_a_reason(output, error):
    with pytest.raises(error) as caught:
        targets.extract("html", output)
    assert str(caught.value) and "\n" not in str(caught.value)


def test_tailwind_pages_load_the_play_cdn_exactly_once():
    code = targets.extract("tailwind", "```html\n<div class='flex p-4 text-[#333]'>Hi</div>\n```")
    targets.validate("tailwind", code)
    assert code.count('src="https://cdn.tailwindcss.com"') == 1
    again = targets.extract("tailwind", code)
    assert again == code


def test_tailwind_v4_browser_script_is_kept():
    page = (
        '<html><head><script src="https://cdn.jsdelivr.net/npm/@tailwindcss/browser@4"></script></head>'
        '<body><div class="flex">x</div></body></html>'
    )
    code = targets.extract("tailwind", page)
    assert "cdn.tailwindcss.com" not in code and "@tailwindcss/browser@4" in code


@pytest.mark.parametrize(
    "code, reason",
    [
        ("<html><body><p>x</p></body></html>", "DOCTYPE"),
        ("<!DOCTYPE html><html><head></head><body></body></html>", "no content"),
        ("<!DOCTYPE html><html><head></head><body><p>x</p></body></html>", "viewport"),
    ],
)
def test_validate_names_the_problem(code, reason):
    with pytest.raises(InvalidDocumentError, match=reason):
        targets.validate("html", code)


def test_validate_tailwind_requires_the_script():
    with pytest.raises(InvalidDocumentError, match="Tailwind"):
        targets.validate("tailwind", targets.extract("html", PAGE))


def test_unknown_target_is_a_settings_error():
    from vl2code.errors import SettingsError

    with pytest.raises(SettingsError, match="unknown target"):
        targets.extract("svg", PAGE)


# --- property-based: adversarial wrappings of generated pages -------------------------------------

_words = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 .,!?-", min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)
_tags = st.sampled_from(["div", "p", "span", "section", "h1", "h2", "li", "button", "a", "strong"])


@st.composite
def _elements(draw, depth: int = 0) -> tuple[str, list[str]]:
    tag = draw(_tags)
    style = draw(st.sampled_from(["", " class='box'", " style='color:#123456;width:120px'"]))
    texts = [f"T{draw(_words)}"]
    inner = texts[0]
    if depth < 3:
        for child_html, child_texts in draw(st.lists(_elements(depth + 1), max_size=3)):
            inner += child_html
            texts += child_texts
    return f"<{tag}{style}>{inner}</{tag}>", texts


@st.composite
def _pages(draw) -> tuple[str, list[str]]:
    parts = draw(st.lists(_elements(), min_size=1, max_size=4))
    body = "".join(html for html, _ in parts)
    texts = [text for _, item_texts in parts for text in item_texts]
    if draw(st.booleans()):
        return f"<!DOCTYPE html><html><head><title>x</title></head><body>{body}</body></html>", texts
    return body, texts


_prose = st.text(alphabet="abcdefghij XYZ.:!\n", max_size=60)


@st.composite
def _wrapped(draw) -> tuple[str, list[str], bool]:
    """Model-like output around a page; returns (output, page texts, whether it is complete)."""
    page, texts = draw(_pages())
    fenced = draw(st.booleans())
    if fenced:
        language = draw(st.sampled_from(["html", "HTML", "", "xml"]))
        output = f"{draw(_prose)}\n```{language}\n{page}\n```\n{draw(_prose)}"
    else:
        output = f"{draw(_prose)}\n{page}"
    if draw(st.booleans()):
        output = f"{draw(_prose)} <div>reasoning</div></think>{output}"
    return output, texts, True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_wrapped(), st.sampled_from(["html", "tailwind"]))
def test_any_wrapping_yields_a_valid_page_with_every_text(case, target):
    output, texts, _ = case
    code = targets.extract(target, output)
    targets.validate(target, code)
    body_text = "".join(_body_texts(code))
    for text in texts:
        assert text.strip() in body_text
    assert "reasoning" not in body_text
    assert targets.extract(target, code) == code


@settings(max_examples=60, deadline=None)
@given(_wrapped(), st.integers(min_value=0, max_value=2000))
def test_truncated_output_is_repaired_or_rejected_with_a_reason(case, cut):
    output, _, _ = case
    try:
        code = targets.extract("html", output[:cut])
    except ExtractionError as error:
        assert str(error)
        return
    targets.validate("html", code)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_junk_never_crashes(junk):
    try:
        code = targets.extract("html", junk)
    except ExtractionError:
        return
    targets.validate("html", code)
