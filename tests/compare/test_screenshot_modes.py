"""Screenshots in every pixel format load as the RGB a browser would show."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from vl2code.images import load_screenshot


@pytest.fixture(scope="module")
def grey() -> np.ndarray:
    return np.tile(np.arange(0, 256, 2, dtype=np.uint8), (64, 1))


def test_16_bit_greyscale_keeps_its_tones(tmp_path: Path, grey: np.ndarray) -> None:
    path = tmp_path / "deep.png"
    Image.fromarray(grey.astype(np.uint16) * 257).save(path)
    assert Image.open(path).mode.startswith("I")
    loaded = np.asarray(load_screenshot(path))
    assert loaded.shape == (*grey.shape, 3)
    assert np.abs(loaded[:, :, 0].astype(int) - grey).max() <= 1


def test_transparent_pixels_show_white(tmp_path: Path) -> None:
    path = tmp_path / "clear.png"
    Image.new("RGBA", (64, 64), (255, 0, 0, 0)).save(path)
    assert load_screenshot(path).getpixel((5, 5)) == (255, 255, 255)


@pytest.mark.parametrize("mode", ["P", "L", "CMYK"])
def test_other_modes_become_rgb(tmp_path: Path, mode: str) -> None:
    path = tmp_path / ("shot.jpg" if mode == "CMYK" else "shot.png")
    Image.new("RGB", (64, 64), (30, 60, 90)).convert(mode).save(path)
    loaded = load_screenshot(path)
    assert loaded.mode == "RGB" and loaded.size == (64, 64)
