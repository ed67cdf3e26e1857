"""Extra OCR passes with other page-segmentation modes, for text the page pass misses.

The page pass (:mod:`vl2code.ocr`) reads documents well; diagrams (short labels scattered over a
canvas), labels inside shapes, and pale or small text on web pages need Tesseract's sparse-text,
single-block or single-line modes on an enlarged crop. Results come back as an
:class:`~vl2code.ocr.OcrResult` in the page's coordinates, so they flow through the same
analysis as the page pass.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from vl2code.cjk import join_words
from vl2code.ocr import (
    OcrLine,
    OcrResult,
    OcrWord,
    group_blocks,
    tesseract_words,
    text_color,
    union_box,
)


def recognise(
    image: Image.Image, psm: int, scale: int, offset: tuple[int, int] = (0, 0)
) -> list[list[OcrWord]]:
    """Tesseract's words grouped by line, in the coordinates of the page ``image`` was cut from."""
    enlarged = image.resize((image.width * scale, image.height * scale), Image.Resampling.LANCZOS)
    return tesseract_words(enlarged, psm, scale, offset)


def split_at_gaps(words: list[OcrWord], factor: float = 1.5) -> list[list[OcrWord]]:
    """Labels side by side are read as one line; a gap wider than ``factor`` x the text height splits them."""
    parts = [[words[0]]]
    for word in words[1:]:
        previous = parts[-1][-1]
        gap = word.bbox[0] - (previous.bbox[0] + previous.bbox[2])
        if gap > factor * max(word.bbox[3], previous.bbox[3]) or gap < -previous.bbox[3]:
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


def as_result(groups: list[list[OcrWord]], image: Image.Image) -> OcrResult:
    """Word groups as an OCR result over the whole page (colour from the page's pixels)."""
    pixels = np.asarray(image)
    lines = []
    for words in (part for group in groups for part in split_at_gaps(group)):
        bbox = union_box([w.bbox for w in words])
        text = join_words(w.text for w in words)
        lines.append(OcrLine(text, bbox, tuple(words), text_color(pixels, bbox), bbox[3] / 1.1, False))
    lines.sort(key=lambda line: (line.bbox[1], line.bbox[0]))
    words_all = tuple(w for line in lines for w in line.words)
    return OcrResult(words_all, tuple(lines), tuple(group_blocks(lines)), image.width, image.height)
