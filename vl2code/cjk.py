"""Text in scripts written without spaces between words: Chinese and Japanese.

Tesseract reports each Han or kana character (or short run) as a word of its own; joined
with spaces like Latin words they would read "这 是 一 个" in generated code, and compare
unequal to the DOM's "这是一个". Korean separates words with spaces and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Kana, CJK punctuation, Han (with extension A and compatibility ideographs), half-width kana
#: and full-width forms.
CJK_CHARACTER = "[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
_CJK = re.compile(CJK_CHARACTER)
_SPACE_BETWEEN_CJK = re.compile(rf"(?<={CJK_CHARACTER})\s+(?={CJK_CHARACTER})")


def join_words(words: Iterable[str]) -> str:
    """Words joined by spaces, except between two Chinese or Japanese characters."""
    return drop_cjk_spaces(" ".join(words))


def drop_cjk_spaces(text: str) -> str:
    """``text`` without the spaces that separate two Chinese or Japanese characters."""
    return _SPACE_BETWEEN_CJK.sub("", text)


def cjk_count(text: str) -> int:
    """How many characters of ``text`` are Chinese or Japanese."""
    return len(_CJK.findall(text))
