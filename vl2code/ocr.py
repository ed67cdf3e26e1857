"""Read the text of a screenshot: words, lines and paragraph-like blocks, with colour and size.

Comparison needs text blocks for screenshots that have no DOM, and the layout engine needs
lines with their colour, size and weight. Tesseract (through tesserocr, which links
libtesseract directly, ~0.5-1 s for a 1280 px page) does the recognition; grouping into lines
and blocks, and the colour/size/weight estimates, are done here from the pixels so they mean
the same thing for every page. Page layout analysis drops most labels of diagrams, so pages
where much text-like ink stays unread are also read as sparse text (:func:`read_sparse`).

Pages are read in English first; Chinese and Japanese too where English leaves most text unread
and their tessdata is installed (see ``_read_page``).
Each thread gets its own Tesseract instance (the C++ API is not thread-safe), and results are
cached per image content so comparing one reference against many candidates reads it once.
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from vl2code.cjk import cjk_count, join_words
from vl2code.errors import Vl2codeError
from vl2code.ocr_gaps import MIN_GLYPH_HEIGHT, Slot, UnreadText, packed_canvas, region_canvas, unread_regions

RGB = tuple[int, int, int]
Box = tuple[int, int, int, int]

#: Where Debian/Ubuntu/Homebrew put tessdata; TESSDATA_PREFIX wins when set.
TESSDATA_CANDIDATES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)
#: Tesseract stores coordinates as 16-bit integers; taller images are read in tiles.
MAX_TILE_HEIGHT = 8000
TILE_OVERLAP = 200
#: Diagram-like pages are read again enlarged this much (labels are often 9-11 px tall):
#: label-word recall on the drawio dev set is ~0.03 higher than at 2x, for 1.6x the time. Large
#: canvases are enlarged less, to at most SPARSE_MAX_PIXELS.
SPARSE_SCALE = 4
SPARSE_MAX_PIXELS = 60_000_000
#: Nor more than brings their typical text height to this many pixels: larger text is read
#: worse when enlarged further.
SPARSE_TEXT_HEIGHT = 44
#: What the page pass left unread is read as sparse text when its text-like ink
#: covers at least this share of the area of the words it read: diagrams (0.4 to thousands
#: on the drawio dev set), not documents and web pages, whose leftovers are mostly icons and
#: pictures (0.01-0.25 on all but 3 of the 40 Design2Code dev pages).
UNREAD_SHARE = 0.3
#: From this share on, the page pass mostly failed: the whole page is read as sparse text
#: (its words replace the page pass's where they overlap), not just what it left unread.
REREAD_SHARE = 1.0
#: Words Tesseract is less sure of than this are mostly noise from icons and photos.
MIN_WORD_CONFIDENCE = 40.0
CACHE_SIZE = 64


class OcrUnavailableError(Vl2codeError):
    """Tesseract or its language data cannot be found."""


@dataclass(frozen=True)
class OcrWord:
    text: str
    bbox: Box
    confidence: float


@dataclass(frozen=True)
class OcrLine:
    """Words on one baseline within one column; ``color`` is the ink colour, not the background."""

    text: str
    bbox: Box
    words: tuple[OcrWord, ...]
    color: RGB
    font_size_px: float
    bold: bool


@dataclass(frozen=True)
class OcrBlock:
    """Consecutive lines of one paragraph: same column, similar size, small vertical gaps."""

    text: str
    bbox: Box
    lines: tuple[OcrLine, ...]

    @property
    def color(self) -> RGB:
        """The colour of the block's longest line (the ink most of the block is written in)."""
        return max(self.lines, key=lambda line: len(line.text)).color


@dataclass(frozen=True)
class OcrResult:
    words: tuple[OcrWord, ...]
    lines: tuple[OcrLine, ...]
    blocks: tuple[OcrBlock, ...]
    width: int
    height: int

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


def tessdata_path() -> str:
    """The folder holding ``eng.traineddata``."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *TESSDATA_CANDIDATES]
    for folder in candidates:
        if folder and (Path(folder) / "eng.traineddata").is_file():
            return folder.rstrip("/") + "/"
    raise OcrUnavailableError(
        "no Tesseract language data found: install tesseract-ocr (apt/brew) or set TESSDATA_PREFIX"
    )


#: The language every page is read in first.
LATIN = "eng"


def cjk_languages() -> str:
    """English plus Chinese/Japanese, as far as their tessdata is installed ("eng" when neither is).

    They are not read on every page: with them Latin pages take twice as long and pick up
    stray Han glyphs from rules and icons. See :func:`_read_page`.
    """
    folder = Path(tessdata_path())
    extra = [lang for lang in ("chi_sim", "jpn") if (folder / f"{lang}.traineddata").is_file()]
    return "+".join([LATIN, *extra])


_local = threading.local()
_cache: OrderedDict[str, OcrResult] = OrderedDict()
_cache_lock = threading.Lock()


def tesseract(psm: int, lang: str = LATIN):  # type: ignore[no-untyped-def]
    """This thread's Tesseract instance for one page-segmentation mode and language set,
    created on first use."""
    apis = getattr(_local, "apis", None)
    if apis is None:
        apis = _local.apis = {}
    if (psm, lang) not in apis:
        try:
            from tesserocr import PyTessBaseAPI
        except ImportError as error:  # pragma: no cover - a dependency
            raise OcrUnavailableError(f"tesserocr is not installed ({error})") from None
        try:
            apis[psm, lang] = PyTessBaseAPI(path=tessdata_path(), lang=lang, psm=psm)
        except RuntimeError as error:
            raise OcrUnavailableError(f"Tesseract failed to start ({error})") from None
    return apis[psm, lang]


def image_key(image: Image.Image, scale: float) -> str:
    digest = hashlib.sha256(image.tobytes())
    digest.update(f"{image.mode}{image.size}{scale}".encode())
    return digest.hexdigest()


def read_text(image: Image.Image, *, scale: float = 1.0) -> OcrResult:
    """Words, lines and blocks of ``image``; bboxes are ``(x, y, w, h)`` in its pixels.

    ``scale`` enlarges the image before recognition (small text is read better when
    enlarged, at a cost in time); coordinates are always reported in the original image.
    Diagram-like images are also read as sparse text, enlarged (see :func:`read_sparse`).
    """
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    key = image_key(rgb, scale)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    result = _read_uncached(rgb, scale)
    with _cache_lock:
        _cache[key] = result
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def _read_uncached(image: Image.Image, scale: float) -> OcrResult:
    pixels = np.asarray(image)
    words: list[OcrWord] = []
    for top, bottom, keep_from in _tiles(image.height):
        tile = image.crop((0, top, image.width, bottom))
        distance = ink_distance(tile)
        marks = _marks(distance)
        found, lang, gaps = _read_page(distance, marks, scale)
        sparse = read_sparse(distance, marks, gaps, max(SPARSE_SCALE, math.ceil(scale)), lang)
        found = [word for word in found if not any(_centre_inside(word.bbox, o.bbox) for o in sparse)]
        found = [_fitted(word, marks) for word in found + sparse]
        for word in found:
            x, y, w, h = word.bbox
            centre = y + top + h / 2
            if centre >= keep_from and (bottom >= image.height or centre < bottom - TILE_OVERLAP / 2):
                words.append(OcrWord(word.text, (x, y + top, w, h), word.confidence))
    lines = [_make_line(group, pixels) for group in group_lines(words)]
    lines.sort(key=lambda line: (line.bbox[1], line.bbox[0]))
    ordered = tuple(word for line in lines for word in line.words)
    return OcrResult(ordered, tuple(lines), tuple(group_blocks(lines)), image.width, image.height)


#: Words share a line when they overlap vertically by half the smaller height and the gap
#: between them is at most this many times the taller height (wider gaps separate columns).
WORD_GAP = 1.5


#: A word box is cut down to its main band of inked rows when that band is less than this share
#: of its height; rows within ROW_GAP px of each other are one band.
MAIN_BAND = 0.7
ROW_GAP = 2


def _fitted(word: OcrWord, marks: np.ndarray) -> OcrWord:
    """``word`` with its box cut down to the band of rows that holds most of its ink.

    Tesseract sometimes stretches a word's box over a rule below it or over the next row of a
    two-line menu item; grouped into lines, such a box joins two rows into one.
    """
    x, y, w, h = word.bbox
    counts = marks[max(0, y) : y + h, max(0, x) : x + w].sum(axis=1)
    inked = np.flatnonzero(counts)
    if len(inked) == 0:
        return word
    bands: list[tuple[int, int]] = []
    start = previous = int(inked[0])
    for row in inked[1:]:
        if row - previous > ROW_GAP + 1:
            bands.append((start, previous))
            start = int(row)
        previous = int(row)
    bands.append((start, previous))
    top, bottom = max(bands, key=lambda band: int(counts[band[0] : band[1] + 1].sum()))
    if bottom + 1 - top >= MAIN_BAND * h:
        return word
    return OcrWord(word.text, (x, max(0, y) + top, w, bottom + 1 - top), word.confidence)


def group_lines(words: Sequence[OcrWord]) -> list[list[OcrWord]]:
    """Words grouped into lines, each left to right.

    Tesseract's own line assignment interleaves neighbouring lines on some pages, so lines
    are rebuilt from the word boxes alone.
    """
    if not words:
        return []
    boxes = np.array([w.bbox for w in words], dtype=np.float64)
    y0, y1 = boxes[:, 1], boxes[:, 1] + boxes[:, 3]
    x0, x1 = boxes[:, 0], boxes[:, 0] + boxes[:, 2]
    heights = np.maximum(boxes[:, 3], 1.0)
    overlap = np.minimum.outer(y1, y1) - np.maximum.outer(y0, y0)
    gap = np.maximum.outer(x0, x0) - np.minimum.outer(x1, x1)
    linked = (overlap >= 0.5 * np.minimum.outer(heights, heights)) & (
        gap <= WORD_GAP * np.maximum.outer(heights, heights)
    )
    count, labels = connected_components(csr_matrix(linked), directed=False)
    lines: list[list[OcrWord]] = [[] for _ in range(count)]
    for word, label in zip(words, labels, strict=True):
        lines[label].append(word)
    return [sorted(line, key=lambda w: w.bbox[0]) for line in lines]


def _tiles(height: int) -> list[tuple[int, int, float]]:
    """(top, bottom, keep lines whose centre is at or below) for each horizontal strip."""
    if height <= MAX_TILE_HEIGHT:
        return [(0, height, 0.0)]
    tiles = []
    top = 0
    while top < height:
        bottom = min(height, top + MAX_TILE_HEIGHT)
        keep_from = 0.0 if top == 0 else top + TILE_OVERLAP / 2
        tiles.append((top, bottom, keep_from))
        if bottom >= height:
            break
        top = bottom - TILE_OVERLAP
    return tiles


def ink_distance(image: Image.Image) -> np.ndarray:
    """Each pixel's distance from the local background: the ink, whatever the page's colours.

    Each pixel becomes its distance from the local background (a wide median), so light text
    on dark bars, text on coloured panels and text with shadows all turn into black on white
    (Tesseract's own global thresholding misses most of these). Fine periodic textures (striped
    page backgrounds) and photos would turn into noise, so where the image is busy at the
    finest scale it is smoothed first.
    """
    pixels = np.asarray(image, dtype=np.float32)
    smooth = cv2.GaussianBlur(pixels, (3, 3), 0)
    busy = cv2.boxFilter(np.abs(pixels - smooth).max(axis=2), -1, (25, 25)) > BUSY_TEXTURE
    steady = np.where(busy[:, :, None], smooth, pixels).round().astype(np.uint8)
    background = np.stack(
        [cv2.medianBlur(np.ascontiguousarray(steady[:, :, c]), BACKGROUND_KERNEL) for c in range(3)], axis=2
    )
    distance = np.abs(steady.astype(np.int16) - background).max(axis=2)
    return _without_false_ink(distance, steady)


def _without_false_ink(distance: np.ndarray, pixels: np.ndarray) -> np.ndarray:
    """``distance`` without the ink that the median invents at the ends of small filled shapes.

    A button or badge about as tall as the median's window is, near its ends, mostly outside
    the window: its own fill there counts as ink, and Tesseract reads the two ends as
    brackets around the label ("(Open)" as "Com)"). Such ink is bounded on one side by flat
    fill, with no colour edge where it stops; a glyph stops at its own edge all round. Marks
    whose outline mostly lies on flat colour are dropped.
    """
    marks = _marks(distance).astype(np.uint8)
    count, labels = cv2.connectedComponents(marks, connectivity=8)
    if count < 2:
        return distance
    outline = marks.astype(bool) & ~cv2.erode(marks, np.ones((3, 3), np.uint8)).astype(bool)
    kernel = np.ones((3, 3), np.uint8)
    edge = (cv2.dilate(pixels, kernel).astype(np.int16) - cv2.erode(pixels, kernel)).max(axis=2) > FLAT_EDGE
    totals = np.bincount(labels[outline], minlength=count)
    on_edges = np.bincount(labels[outline & edge], minlength=count)
    false = (totals >= MIN_FALSE_OUTLINE) & (on_edges < MIN_EDGE_SHARE * totals)
    false[0] = False
    if not false.any():
        return distance
    return np.where(false[labels], 0, distance).astype(distance.dtype)


#: Colour change across 3 pixels that counts as an edge (anti-aliased text makes far more).
FLAT_EDGE = 24
#: Marks whose outline lies on edges less than this share of its length are false ink...
MIN_EDGE_SHARE = 0.6
#: ... when the outline is at least this long (specks are left to the confidence filters).
MIN_FALSE_OUTLINE = 20


def ink_image(distance: np.ndarray, offset: float = 0.0, gain: float = 1.0) -> Image.Image:
    """Dark ink on white from :func:`ink_distance`: what Tesseract reads best.

    The page pass drops faint contrast and sharpens (``INK_OFFSET``, ``INK_GAIN``); the
    sparse pass keeps the plain distance, whose anti-aliasing small enlarged labels need.
    """
    ink = 255 - np.clip((distance - offset) * gain, 0, 255).astype(np.uint8)
    return Image.fromarray(ink, mode="L").convert("RGB")


#: ink_image's tuning, chosen by word recall against the DOM text of the dev pages
#: (0.82 -> 0.95 at the same precision, 0.94): background window, contrast ignored, gain,
#: and the fine-texture level above which an area is smoothed.
BACKGROUND_KERNEL = 31
INK_OFFSET = 20
INK_GAIN = 4
BUSY_TEXTURE = 25.0


def _read_page(
    distance: np.ndarray, marks: np.ndarray, scale: float
) -> tuple[list[OcrWord], str, tuple[UnreadText, float]]:
    """The page pass, the languages it was read in, and what it left unread (:func:`unread_share`).

    English first; again with Chinese and Japanese when English left most of the text-like
    ink unread and their tessdata is installed. The second reading is kept when a fair share
    of what it read is Chinese or Japanese.
    """
    ink = ink_image(distance, INK_OFFSET, INK_GAIN)
    if scale != 1.0:
        ink = ink.resize((round(ink.width * scale), round(ink.height * scale)), Image.Resampling.LANCZOS)
    found = _recognise(ink, scale, LATIN)
    gaps = unread_share(marks, found)
    wider = cjk_languages()
    if wider == LATIN or gaps[1] < UNREAD_SHARE:
        return found, LATIN, gaps
    again = _recognise(ink, scale, wider)
    cjk_words = [word for word in again if cjk_count(word.text)]
    cjk_area = sum(word.bbox[2] * word.bbox[3] for word in cjk_words)
    all_area = sum(word.bbox[2] * word.bbox[3] for word in again)
    if (
        sum(cjk_count(word.text) for word in cjk_words) >= MIN_CJK_CHARACTERS
        and cjk_area >= CJK_SHARE * all_area
    ):
        return again, wider, unread_share(marks, again)
    return found, LATIN, gaps


#: A reading with Chinese/Japanese is kept when at least this many of its characters are Han
#: or kana, and words with them cover this share of the area of all words it read (a few
#: stray glyphs read from rules and icons are not enough).
MIN_CJK_CHARACTERS = 4
CJK_SHARE = 0.3


def _recognise(ink: Image.Image, scale: float, lang: str) -> list[OcrWord]:
    """Tesseract's page layout analysis over the (already enlarged) ink image."""
    from tesserocr import PSM

    groups = tesseract_words(ink, PSM.AUTO, scale, min_short_confidence=MIN_WORD_CONFIDENCE, lang=lang)
    return [word for group in groups for word in group]


#: Words of one or two characters are often icons read as letters: passes that read
#: fragments of a page need more confidence for them (a filled marker between dashed
#: connectors reads as "la" at 78).
MIN_SHORT_WORD_CONFIDENCE = 80.0


def read_sparse(
    distance: np.ndarray, marks: np.ndarray, gaps: tuple[UnreadText, float], scale: int, lang: str
) -> list[OcrWord]:
    """Words of a page the page pass read poorly (``gaps``: what it left unread), read as
    sparse text, enlarged.

    Page layout analysis drops diagram labels and isolated small labels. When the text-like
    ink it left unread (see :mod:`vl2code.ocr_gaps`) is a fair share of what it read, those
    clusters are read alone on a blank canvas (no outlines or connectors touching them); when
    it is more than what was read, the page pass mostly failed (a diagram) and every cluster
    is read that way. On other pages, only the word-like clusters are read again
    (:func:`read_missed`).
    """
    from tesserocr import PSM

    unread, share = gaps
    if not unread.regions:
        return []
    if share < UNREAD_SHARE:
        return read_missed(distance, marks, unread, lang)
    if share >= REREAD_SHARE:
        unread = unread_regions(marks.copy(), [])
    pixels = np.asarray(ink_image(distance))
    stats = {region: _glyph_stats(marks, region) for region in unread.regions}
    small = [region for region, (height, _) in stats.items() if height <= LARGE_TEXT_HEIGHT]
    large = [
        region
        for region, (height, fill) in stats.items()
        if height > LARGE_TEXT_HEIGHT and fill <= MAX_STROKE_FILL
    ]
    words: list[OcrWord] = []
    if small:
        text_height = max(1.0, float(np.median([stats[region][0] for region in small])))
        scale = max(1, min(scale, round(SPARSE_TEXT_HEIGHT / text_height)))
        words += _read_regions(pixels, _only(small, unread.glyphs), scale, lang, PSM.SPARSE_TEXT)
    if large:
        # Large characters keep every mark inside their cluster: the dots and short strokes
        # the glyph filter drops are parts of Han characters. Sparse-text mode misreads them;
        # they are mostly headings, i.e. lines of one block.
        every_mark = cv2.dilate(marks.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
        words += _read_regions(pixels, _only(large, every_mark), 1, lang, PSM.SINGLE_BLOCK)
    return words


#: Clusters the page pass left on a text page are read again when they look like a word:
#: glyph-sized (text height in pixels), at least this many glyphs and this wide for their height...
MISSED_WORD_HEIGHT = (7, 40)
MISSED_WORD_GLYPHS = 2
MISSED_WORD_ASPECT = 1.5
#: ... and the words read from a cluster are kept with this confidence and this many letters or
#: digits between them: most leftovers of a web page are icons, logos and pictures.
MISSED_WORD_CONFIDENCE = 60.0
MISSED_WORD_CHARACTERS = 3
#: White margin around each cluster on the packed canvas, in pixels before enlarging.
MISSED_WORD_MARGIN = 8


def read_missed(distance: np.ndarray, marks: np.ndarray, unread: UnreadText, lang: str) -> list[OcrWord]:
    """Words the page pass missed on a text page, read from its word-like leftovers.

    Page layout analysis skips a word now and then (one link in a row of small underlined
    links, a label beside an icon). Those clusters, stacked on a small canvas (see
    :func:`vl2code.ocr_gaps.packed_canvas`) and enlarged, are read as one block of lines.
    """
    from tesserocr import PSM

    low, high = MISSED_WORD_HEIGHT
    regions = [
        (x, y, w, h)
        for x, y, w, h in unread.regions
        if low <= h <= high
        and w >= MISSED_WORD_ASPECT * h
        and len(_glyph_marks(marks, (x, y, w, h))) >= MISSED_WORD_GLYPHS
    ]
    if not regions:
        return []
    # The marks too small to be glyphs are drawn too, in a cluster and just beside it: "-$4.50"
    # without its minus and point reads as "$4 50", or not at all. Letters of words already
    # read are not drawn: they are not in ``unread.glyphs``.
    width = marks.shape[1]
    spans = [(max(0, x - h // 4), min(width, x + w + h // 4), y, h) for x, y, w, h in regions]
    widened = [(left, y, right - left, h) for left, right, y, h in spans]
    drawn = unread.glyphs | _small_marks(marks)
    canvas, slots = packed_canvas(
        np.asarray(ink_image(distance)), UnreadText(widened, drawn), MISSED_WORD_MARGIN
    )
    text_height = float(np.median([h for _, _, _, h in regions]))
    scale = max(1, min(SPARSE_SCALE, round(SPARSE_TEXT_HEIGHT / text_height)))
    enlarged = Image.fromarray(canvas).resize(
        (canvas.shape[1] * scale, canvas.shape[0] * scale), Image.Resampling.LANCZOS
    )
    groups = tesseract_words(enlarged, PSM.SINGLE_BLOCK, scale, min_short_confidence=0, lang=lang)
    return _sure_words(groups, slots)


def _small_marks(marks: np.ndarray) -> np.ndarray:
    """The marks too short to be glyphs (points, commas, minus signs), with their edges."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats(marks.astype(np.uint8), connectivity=8)
    small = np.concatenate([[False], stats[1:, cv2.CC_STAT_HEIGHT] < MIN_GLYPH_HEIGHT])[labels]
    return cv2.dilate(small.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)


def _sure_words(groups: list[list[OcrWord]], slots: list[Slot]) -> list[OcrWord]:
    """The words read on a packed canvas, back on the page: the sure ones of each cluster whose
    sure words hold enough letters between them (Tesseract may split "-$4.50" at its point)."""
    by_slot: dict[int, list[OcrWord]] = {}
    for word in (word for group in groups for word in group):
        x, y, w, h = word.bbox
        index = next((i for i, s in enumerate(slots) if s.top <= y + h / 2 < s.bottom), None)
        if index is not None and word.confidence >= MISSED_WORD_CONFIDENCE:
            dx, dy = slots[index].shift
            by_slot.setdefault(index, []).append(OcrWord(word.text, (x + dx, y + dy, w, h), word.confidence))
    return [
        word
        for words in by_slot.values()
        if sum(c.isalnum() for word in words for c in word.text) >= MISSED_WORD_CHARACTERS
        for word in words
    ]


def _glyph_marks(marks: np.ndarray, region: Box) -> np.ndarray:
    """The connected marks in ``region`` tall enough to be glyphs (rows of cv2's CC_STAT_*)."""
    x, y, w, h = region
    crop = np.ascontiguousarray(marks[y : y + h, x : x + w], dtype=np.uint8)
    stats = cv2.connectedComponentsWithStats(crop, connectivity=8)[2][1:]
    return stats[stats[:, cv2.CC_STAT_HEIGHT] >= MIN_GLYPH_HEIGHT]


def _glyph_stats(marks: np.ndarray, region: Box) -> tuple[float, float]:
    """The median height of the marks in ``region`` (its text size, whatever its line count)
    and the median share of their boxes they fill (strokes fill little, solid markers a lot)."""
    stats = _glyph_marks(marks, region)
    if not stats.size:
        return 0.0, 0.0
    boxes = stats[:, cv2.CC_STAT_WIDTH] * stats[:, cv2.CC_STAT_HEIGHT]
    fill = stats[:, cv2.CC_STAT_AREA] / np.maximum(boxes, 1)
    return float(np.median(stats[:, cv2.CC_STAT_HEIGHT])), float(np.median(fill))


#: Large marks that fill more of their box than this are solid shapes (markers, icons), not
#: letters: bold Latin and dense Han characters fill well under it.
MAX_STROKE_FILL = 0.7


#: Unread clusters whose marks are taller than this (headings, large CJK characters) are read
#: apart from the small ones, unenlarged: each size is read best at its own scale.
LARGE_TEXT_HEIGHT = SPARSE_TEXT_HEIGHT // 2


def _only(regions: list[Box], shown: np.ndarray) -> UnreadText:
    """``regions`` with the pixels of ``shown`` inside them."""
    keep = np.zeros_like(shown)
    for x, y, w, h in regions:
        keep[max(0, y - 2) : y + h + 2, max(0, x - 2) : x + w + 2] = True
    return UnreadText(regions, shown & keep)


def _read_regions(pixels: np.ndarray, unread: UnreadText, scale: int, lang: str, psm: int) -> list[OcrWord]:
    """The clusters of ``unread`` drawn alone on a canvas, enlarged ``scale`` times (less if
    the canvas would get too large)."""
    canvas, offset = region_canvas(pixels, unread)
    fits = math.sqrt(SPARSE_MAX_PIXELS / (canvas.shape[0] * canvas.shape[1]))
    scale = max(1, min(scale, math.floor(fits)))
    enlarged = Image.fromarray(canvas).resize(
        (canvas.shape[1] * scale, canvas.shape[0] * scale), Image.Resampling.LANCZOS
    )
    groups = tesseract_words(enlarged, psm, scale, offset, lang=lang)
    return [word for group in groups for word in group]


def _marks(distance: np.ndarray) -> np.ndarray:
    """The pixels the page pass's ink image shows darker than mid-grey."""
    return distance > INK_OFFSET + 128 / INK_GAIN


def unread_share(marks: np.ndarray, read: Sequence[OcrWord]) -> tuple[UnreadText, float]:
    """The text-like ink (``marks``: :func:`_marks`) outside the ``read`` words, and its area
    over theirs (inf: none read)."""
    unread = unread_regions(marks.copy(), [word.bbox for word in read])
    unread_area = sum(w * h for _, _, w, h in unread.regions)
    read_area = sum(w * h for _, _, w, h in (word.bbox for word in read))
    if not unread_area:
        return unread, 0.0
    return unread, unread_area / read_area if read_area else math.inf


def _centre_inside(box: Box, other: Box) -> bool:
    x, y, w, h = box
    cx, cy = x + w / 2, y + h / 2
    return other[0] <= cx <= other[0] + other[2] and other[1] <= cy <= other[1] + other[3]


#: Marks that start a line of text without a letter in them: UML visibility (+ - # ~).
LINE_MARKERS = frozenset("+-#~")


def tesseract_words(
    image: Image.Image,
    psm: int,
    scale: float,
    offset: tuple[int, int] = (0, 0),
    min_short_confidence: float = MIN_SHORT_WORD_CONFIDENCE,
    lang: str = LATIN,
) -> list[list[OcrWord]]:
    """Tesseract's confident words (with letters or digits) in ``image``, grouped by its lines.

    ``image`` is already enlarged by ``scale``; boxes come back divided by it and shifted by
    ``offset``, i.e. in the coordinates of the page the image was cut from.
    """
    from tesserocr import RIL, iterate_level

    api = tesseract(psm, lang)
    api.SetImage(image)
    api.Recognize()
    groups: list[list[OcrWord]] = []
    iterator = api.GetIterator()
    if iterator is not None:
        for item in iterate_level(iterator, RIL.WORD):
            try:
                text = (item.GetUTF8Text(RIL.WORD) or "").strip()
            except RuntimeError:  # tesserocr raises on an empty word slot (blank images)
                continue
            box = item.BoundingBox(RIL.WORD)
            confidence = item.Confidence(RIL.WORD)
            needed = MIN_WORD_CONFIDENCE if len(text) > 2 else min_short_confidence
            line_start = item.IsAtBeginningOf(RIL.TEXTLINE)
            marker = text in LINE_MARKERS and line_start
            if (
                not text
                or box is None
                or confidence < needed
                or not (marker or any(c.isalnum() for c in text))
            ):
                continue
            x0, y0, x1, y1 = (round(v / scale) for v in box)
            bbox = (x0 + offset[0], y0 + offset[1], max(1, x1 - x0), max(1, y1 - y0))
            if line_start or not groups:
                groups.append([])
            groups[-1].append(OcrWord(text, bbox, float(confidence)))
    api.Clear()
    # A marker only counts in front of words (a lone mark is a stroke read as one).
    return [group for group in groups if group and not (len(group) == 1 and group[0].text in LINE_MARKERS)]


def union_box(boxes: Sequence[Sequence[float]]) -> Box:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (int(x0), int(y0), int(x1 - x0), int(y1 - y0))


def _make_line(words: list[OcrWord], pixels: np.ndarray) -> OcrLine:
    bbox = union_box([w.bbox for w in words])
    ink = ink_mask(pixels, bbox)
    size = _font_size(words)
    return OcrLine(
        text=join_words(w.text for w in words),
        bbox=bbox,
        words=tuple(words),
        color=text_color(pixels, bbox),
        font_size_px=size,
        bold=_is_bold(ink, size),
    )


def _font_size(words: Sequence[OcrWord]) -> float:
    """Ascender height over its usual share of the em (~0.74 in common web fonts).

    The lowest word bottom is the baseline (descenders only go lower); the highest top is
    the ascender or capital line.
    """
    top = min(w.bbox[1] for w in words)
    baseline = min(w.bbox[1] + w.bbox[3] for w in words)
    return round(max(baseline - top, 1) / ASCENDER_EM, 1)


ASCENDER_EM = 0.74


def _is_bold(ink: np.ndarray, font_size_px: float) -> bool:
    """Stroke width (ink area over half its outline) relative to the font size."""
    area = int(ink.sum())
    if area == 0 or font_size_px <= 0:
        return False
    outline = int(np.count_nonzero(ink[:, 1:] != ink[:, :-1]) + np.count_nonzero(ink[1:, :] != ink[:-1, :]))
    stroke = 2.0 * area / max(outline, 1)
    return stroke / font_size_px > BOLD_STROKE_RATIO


#: Stroke width / font size above which text reads as bold (regular sans ~0.09, bold ~0.15).
BOLD_STROKE_RATIO = 0.12


def _background(crop: np.ndarray) -> np.ndarray:
    """The most common colour of a crop (quantised to 8 levels per channel, then averaged)."""
    flat = crop.reshape(-1, 3).astype(np.int32)
    codes = (flat[:, 0] >> 5) * 64 + (flat[:, 1] >> 5) * 8 + (flat[:, 2] >> 5)
    common = np.bincount(codes).argmax()
    return flat[codes == common].mean(axis=0)


def _crop(pixels: np.ndarray, bbox: Sequence[float]) -> np.ndarray:
    x, y, w, h = (int(round(v)) for v in bbox)
    height, width = pixels.shape[:2]
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(width, x + max(1, w)), min(height, y + max(1, h))
    return pixels[y0 : max(y0 + 1, y1), x0 : max(x0 + 1, x1), :3]


def ink_mask(pixels: np.ndarray, bbox: Sequence[float]) -> np.ndarray:
    """Pixels of the box that belong to the text: clearly away from the box's background colour."""
    crop = _crop(pixels, bbox)
    distance = np.abs(crop.astype(np.int32) - _background(crop)).sum(axis=2)
    peak = int(distance.max()) if distance.size else 0
    if peak < 24:
        return np.zeros(distance.shape, dtype=bool)
    return distance >= 0.5 * peak


def text_color(pixels: np.ndarray, bbox: Sequence[float]) -> RGB:
    """The colour of the text in ``bbox``: the mean of the ink pixels, away from anti-aliasing.

    Both sides of a comparison measure block colours with this one function, so a DOM block
    and an OCR block over the same pixels get the same colour.
    """
    crop = _crop(pixels, bbox)
    if crop.size == 0:
        return (0, 0, 0)
    background = _background(crop)
    distance = np.abs(crop.astype(np.int32) - background).sum(axis=2)
    peak = int(distance.max())
    if peak < 24:
        return tuple(int(round(v)) for v in background)  # type: ignore[return-value]
    ink = crop[distance >= 0.7 * peak]
    return tuple(int(round(v)) for v in np.median(ink, axis=0))  # type: ignore[return-value]


def group_blocks(lines: Sequence[OcrLine]) -> list[OcrBlock]:
    """Paragraph-like groups: a line joins the block just above it when it sits in the same
    column, has a similar height and follows within about one line height."""
    open_blocks: list[list[OcrLine]] = []
    for line in sorted(lines, key=lambda item: (item.bbox[1], item.bbox[0])):
        home = next((block for block in reversed(open_blocks) if _continues(block[-1], line)), None)
        if home is None:
            open_blocks.append([line])
        else:
            home.append(line)
    blocks = [
        OcrBlock(
            join_words(line.text for line in group), union_box([line.bbox for line in group]), tuple(group)
        )
        for group in open_blocks
    ]
    return sorted(blocks, key=lambda block: (block.bbox[1], block.bbox[0]))


def _continues(above: OcrLine, line: OcrLine) -> bool:
    ax, ay, aw, ah = above.bbox
    lx, ly, lw, lh = line.bbox
    size = max(above.font_size_px, line.font_size_px)
    similar = min(above.font_size_px, line.font_size_px) / max(size, 1e-6) > 0.75
    gap = ly - (ay + ah)
    close = -0.3 * size <= gap <= 0.9 * size
    overlap = min(ax + aw, lx + lw) - max(ax, lx)
    same_column = overlap > 0.3 * min(aw, lw) or abs(ax - lx) < size
    same_ink = sum(abs(a - b) for a, b in zip(above.color, line.color, strict=True)) < 90
    return similar and close and same_column and same_ink
