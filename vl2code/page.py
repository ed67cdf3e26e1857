"""Values shared by rendering and comparison: a picture of a page and its text blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from PIL import Image

RGB = tuple[int, int, int]
PageKind = Literal["html", "drawio", "image"]


@dataclass(frozen=True)
class TextBlock:
    """A run of text on a page, as Design2Code defines it.

    ``bbox`` is ``(x, y, width, height)`` in pixels of the image it was found in;
    ``color`` is the text's ink colour: the computed CSS colour for DOM blocks, the
    dominant non-background colour for OCR blocks.
    """

    text: str
    bbox: tuple[float, float, float, float]
    color: RGB

    def normalised(self, width: int, height: int) -> tuple[float, float, float, float]:
        """The bbox divided by the image size, so pages of different heights compare."""
        x, y, w, h = self.bbox
        return (x / width, y / height, w / width, h / height)


@dataclass(frozen=True)
class PageImage:
    """A screenshot or render of a page, with its text blocks when the DOM gave them.

    ``text_blocks`` is ``None`` when only pixels are known (a user's screenshot, a
    draw.io render); comparison then reads the blocks from the image with OCR.
    """

    image: Image.Image
    kind: PageKind = "image"
    text_blocks: tuple[TextBlock, ...] | None = None
    timings_ms: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height
