"""Load and validate screenshots once, so every later stage can trust its input."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from vl2code.errors import InputError

#: Largest screenshot accepted, in pixels (a 1280 x 40000 page fits; a decompression bomb does not).
MAX_PIXELS = 60_000_000
#: Smallest side accepted: anything smaller is not a screenshot of a page.
MIN_SIDE = 8


def read_input_bytes(path: Path) -> bytes:
    """Read a file the user named, with one-line errors for the usual mistakes."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a file")
    data = path.read_bytes()
    if not data:
        raise InputError(f"{path}: file is empty")
    return data


def decode_image(data: bytes, name: str = "image", max_pixels: int = MAX_PIXELS) -> Image.Image:
    """Decode PNG/JPEG/WebP bytes to an RGB image, rejecting truncated, huge and non-images."""
    if not data:
        raise InputError(f"{name}: file is empty")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > max_pixels:
                raise InputError(
                    f"{name}: image is {width}x{height}, above the limit of {max_pixels:,} pixels"
                )
            image.load()
        except InputError:
            raise
        except (
            UnidentifiedImageError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as error:
            if isinstance(error, UnidentifiedImageError):
                raise InputError(f"{name}: not an image (expected PNG, JPEG or WebP)") from None
            raise InputError(f"{name}: image is above the limit of {max_pixels:,} pixels") from None
        except (OSError, SyntaxError, ValueError) as error:
            raise InputError(f"{name}: image is truncated or corrupt ({error})") from None
    if min(image.size) < MIN_SIDE:
        raise InputError(f"{name}: image is {image.width}x{image.height}, too small to be a screenshot")
    return flatten_to_rgb(image)


def flatten_to_rgb(image: Image.Image) -> Image.Image:
    """RGB on white: transparent screenshots compare as a browser would show them."""
    if image.mode.startswith("I") or image.mode == "F":
        image = _grey_to_8_bit(image)
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _grey_to_8_bit(image: Image.Image) -> Image.Image:
    """16-bit (or 32-bit) greyscale as 8-bit: Pillow's own conversion clips every value above
    255, which turns a 16-bit screenshot white."""
    values = np.asarray(image, dtype=np.float64)
    top = 65535.0 if image.mode.startswith("I;16") or values.max(initial=0) > 255 else 255.0
    if image.mode == "F" and values.max(initial=0) <= 1.0:
        top = 1.0
    return Image.fromarray(np.clip(values * (255.0 / top), 0, 255).round().astype(np.uint8), mode="L")


def load_screenshot(path: Path | str, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """Load a screenshot from disk as RGB, or raise :class:`InputError` with one line."""
    path = Path(path)
    return decode_image(read_input_bytes(path), name=str(path), max_pixels=max_pixels)
