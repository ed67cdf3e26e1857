"""Extra OCR passes with other page-segmentation modes, for text the page pass misses.

The page pass (:mod:`vl2code.ocr`) reads documents well; diagrams (short labels scattered over a
canvas), labels inside shapes, and pale or small text on web pages need Tesseract's sparse-text,
single-block or single-line modes on an enlarged crop. Results come back as an
:class:`~vl2code.ocr.OcrResult` in the page's coordinates, so they flow through the same
analysis as the page pass.
"""

from __future__ import annotations

import threading

import numpy as np
from PIL import Image

from vl2code.ocr import (
    OcrLine,
    OcrResult,
    OcrUnavailableError,
    OcrWord,
    group_blocks,
    languages,
    tessdata_path,
    text_color,
    union_box,
)

_local = threading.local()
#: Words of one or two characters are often icons read as letters: they need more confidence.
MIN_CONFIDENCE = 40
MIN_SHORT_WORD_CONFIDENCE = 75


def _api(psm: int):  # type: ignore[no-untyped-def]
    """This thread's Tesseract instance for one page-segmentation mode."""
    from tesserocr import PyTessBaseAPI

    apis = getattr(_local, "apis", None)
    if apis is None:
        apis = _local.apis = {}
    if psm not in apis:
        try:
            apis[psm] = PyTessBaseAPI(path=tessdata_path(), lang=languages(), psm=psm)
        except RuntimeError as error:
            raise OcrUnavailableError(f"Tesseract failed to start ({error})") from None
    return apis[psm]


def recognise(
    image: Image.Image, psm: int, scale: int, offset: tuple[int, int] = (0, 0)
) -> list[list[OcrWord]]:
    """Tesseract's words grouped by line, in the coordinates of the page ``image`` was cut from."""
    from tesserocr import RIL, iterate_level

    api = _api(psm)
    api.SetImage(image.resize((image.width * scale, image.height * scale), Image.Resampling.LANCZOS))
    api.Recognize()
    groups: list[list[OcrWord]] = []
    iterator = api.GetIterator()
    if iterator is not None:
        for item in iterate_level(iterator, RIL.WORD):
            try:
                text = (item.GetUTF8Text(RIL.WORD) or "").strip()
            except RuntimeError:  # an empty word
                continue
            box = item.BoundingBox(RIL.WORD)
            confidence = item.Confidence(RIL.WORD)
            needed = MIN_CONFIDENCE if len(text) > 2 else MIN_SHORT_WORD_CONFIDENCE
            if not text or box is None or confidence < needed or not any(c.isalnum() for c in text):
                continue
            x0, y0, x1, y1 = (round(v / scale) for v in box)
            bbox = (x0 + offset[0], y0 + offset[1], max(1, x1 - x0), max(1, y1 - y0))
            if item.IsAtBeginningOf(RIL.TEXTLINE) or not groups:
                groups.append([])
            groups[-1].append(OcrWord(text, bbox, float(confidence)))
    api.Clear()
    return [g for g in groups if g]


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
        text = " ".join(w.text for w in words)
        lines.append(OcrLine(text, bbox, tuple(words), text_color(pixels, bbox), bbox[3] / 1.1, False))
    lines.sort(key=lambda line: (line.bbox[1], line.bbox[0]))
    words_all = tuple(w for line in lines for w in line.words)
    return OcrResult(words_all, tuple(lines), tuple(group_blocks(lines)), image.width, image.height)
