"""Splitting reasoning from answers, whole and streamed in arbitrary chunks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vl2code.backends.thinking import ThinkingStream, split_thinking


def test_split_on_the_last_closing_tag():
    text = "<think>\nThe reasoning mentions </think> once.</think>\n<html></html>"
    assert split_thinking(text) == ("The reasoning mentions </think> once.", "<html></html>")


def test_thinking_template_output_has_no_opening_tag():
    assert split_thinking("plan</think><html/>", started_thinking=True) == ("plan", "<html/>")


def test_output_cut_off_while_thinking_has_no_answer():
    assert split_thinking("still planning the grid", started_thinking=True) == ("still planning the grid", "")
    assert split_thinking("<think>still planning") == ("still planning", "")


def test_plain_answers_pass_through():
    assert split_thinking("<!DOCTYPE html><html></html>") == ("", "<!DOCTYPE html><html></html>")


_plain = st.text(alphabet=st.characters(blacklist_characters="<>"), max_size=40)


def _stream(text: str, cuts: list[int], started_thinking: bool) -> tuple[str, str]:
    stream = ThinkingStream(started_thinking)
    chunks = []
    points = sorted({min(cut, len(text)) for cut in cuts})
    for start, end in zip([0, *points], [*points, len(text)], strict=True):
        chunks += stream.feed(text[start:end])
    chunks += stream.flush()
    thinking = "".join(chunk.text for chunk in chunks if chunk.thinking)
    answer = "".join(chunk.text for chunk in chunks if not chunk.thinking)
    return thinking, answer


@given(_plain, _plain, st.lists(st.integers(min_value=0, max_value=120), max_size=12), st.booleans())
def test_stream_labels_match_the_whole_split_however_the_text_is_chunked(
    reasoning, answer, cuts, explicit_open
):
    text = ("<think>" if explicit_open else "") + reasoning + "</think>" + answer
    streamed_thinking, streamed_answer = _stream(text, cuts, started_thinking=not explicit_open)
    assert streamed_thinking == reasoning
    assert streamed_answer == answer
    assert split_thinking(text, started_thinking=not explicit_open) == (
        reasoning.strip(),
        answer.lstrip("\n"),
    )


@given(_plain, st.lists(st.integers(min_value=0, max_value=60), max_size=8))
def test_stream_without_tags_is_all_answer(text, cuts):
    assert _stream(text, cuts, started_thinking=False) == ("", text)
