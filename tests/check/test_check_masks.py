"""Masks: rectangles as given, CSS selectors located in a real render."""

from __future__ import annotations

from pathlib import Path

import pytest

from vl2code.checks.masks import Masks, parse_masks, selector_rects
from vl2code.errors import SettingsError
from vl2code.render import Renderer

CARDS = """<!DOCTYPE html><html><head><style>
body { margin: 0; } .row { display: flex; gap: 20px; padding: 10px; }
.card { width: 100px; height: 50px; border-radius: 6px; background: #eee; }
.ad { position: absolute; left: 300px; top: 200px; width: 40px; height: 30px; opacity: 0.5; }
img { display: block; width: 60px; height: 40px; }
</style></head><body>
<div class="row">
  <div class="card">one</div><div class="card">two</div><div class="card"><span>three</span></div>
</div>
<div class="ad">ad</div>
<img id="logo" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=">
</body></html>"""


def test_rectangles_and_selectors_are_told_apart() -> None:
    masks = parse_masks(["0,0,10,20", " 5 , 6 , 7 , 8 ", ".clock", "header > nav a"])
    assert masks == Masks(((0, 0, 10, 20), (5, 6, 7, 8)), (".clock", "header > nav a"))


@pytest.mark.parametrize("spec", ["1,2,0,4", "", "a { color: red", "x</style>", "a /* b"])
def test_unusable_masks_are_settings_errors(spec: str) -> None:
    with pytest.raises(SettingsError, match="mask"):
        parse_masks([spec])


def test_selectors_resolve_to_element_boxes(renderer: Renderer, tmp_path: Path) -> None:
    rects, unmatched = selector_rects(
        renderer,
        CARDS,
        base_dir=tmp_path,
        width=800,
        selectors=[".card", ".ad", "#logo", ".missing", "p:bad("],
    )
    assert sorted(rects) == [
        (0, 70, 60, 40),
        (10, 10, 100, 50),
        (130, 10, 100, 50),
        (250, 10, 100, 50),
        (300, 200, 40, 30),
    ]
    assert unmatched == (".missing", "p:bad(")
