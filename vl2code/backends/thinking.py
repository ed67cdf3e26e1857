"""Separate a model's reasoning from its answer, for whole texts and for streams.

Qwen3-VL Thinking writes ``reasoning</think>answer`` (its chat template already opened
``<think>`` in the prompt); other models may write ``<think>...</think>`` themselves. The
answer is what follows the last ``</think>``: reasoning may mention the tag, the answer never
needs it. An answer cut off while still thinking has no answer at all.
"""

from __future__ import annotations

from vl2code.backends.base import StreamChunk

OPEN_TAG = "<think>"
CLOSE_TAG = "</think>"


def split_thinking(text: str, started_thinking: bool = False) -> tuple[str, str]:
    """Return ``(thinking, answer)`` of a complete output.

    ``started_thinking`` says the prompt already opened a ``<think>`` block, so text without
    a closing tag is unfinished reasoning rather than an answer.
    """
    head, tag, tail = text.rpartition(CLOSE_TAG)
    if tag:
        thinking, answer = head, tail
    elif started_thinking or text.lstrip().startswith(OPEN_TAG):
        thinking, answer = text, ""
    else:
        thinking, answer = "", text
    thinking = thinking.strip()
    if thinking.startswith(OPEN_TAG):
        thinking = thinking[len(OPEN_TAG) :].lstrip()
    return thinking, answer.lstrip("\n")


class ThinkingStream:
    """Label streamed text as reasoning or answer as it arrives.

    Tags may be split across chunks, so text that could be the start of a tag is held back
    until the next chunk decides. The labels are for display; the final split of the whole
    text with :func:`split_thinking` is authoritative (it uses the *last* closing tag).
    """

    def __init__(self, started_thinking: bool = False) -> None:
        self.thinking = started_thinking
        self._pending = ""
        self._at_start = True

    def feed(self, text: str) -> list[StreamChunk]:
        self._pending += text
        chunks: list[StreamChunk] = []
        while self._pending:
            tag = CLOSE_TAG if self.thinking else OPEN_TAG
            index = self._pending.find(tag)
            if index >= 0:
                before, self._pending = self._pending[:index], self._pending[index + len(tag) :]
                self._emit(chunks, before)
                if self.thinking or (self._at_start and not before.strip()):
                    self.thinking = not self.thinking
                else:
                    self._emit(chunks, tag)
                continue
            keep = _partial_tag_suffix(self._pending, tag)
            self._emit(chunks, self._pending[: len(self._pending) - keep])
            self._pending = self._pending[len(self._pending) - keep :]
            break
        return chunks

    def flush(self) -> list[StreamChunk]:
        chunks: list[StreamChunk] = []
        self._emit(chunks, self._pending)
        self._pending = ""
        return chunks

    def _emit(self, chunks: list[StreamChunk], text: str) -> None:
        if text:
            if text.strip():
                self._at_start = False
            chunks.append(StreamChunk(text, thinking=self.thinking))


def _partial_tag_suffix(text: str, tag: str) -> int:
    """Length of the longest end of ``text`` that is a proper start of ``tag``."""
    for length in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(text[-length:]):
            return length
    return 0
