"""The layout engine on a few real dev pages and diagrams (skipped when the shared data is absent)."""

from __future__ import annotations

import base64
import re
import urllib.parse
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

from vl2code.compare import compare
from vl2code.images import load_screenshot
from vl2code.layout import generate
from vl2code.page import PageImage


def _model(xml: str) -> ET.Element:
    diagram = ET.fromstring(xml).find("diagram")
    assert diagram is not None
    model = diagram.find("mxGraphModel")
    if model is not None:
        return model
    raw = zlib.decompress(base64.b64decode((diagram.text or "").strip()), -15)
    return ET.fromstring(urllib.parse.unquote(raw.decode("utf-8")))


def _words(model: ET.Element) -> set[str]:
    text = " ".join(re.sub(r"<[^>]+>", " ", c.get("value") or "") for c in model.iter("mxCell"))
    return {w.lower() for w in re.findall(r"[A-Za-z0-9]{2,}", text)}


def _vertex_count(model: ET.Element) -> int:
    return sum(c.get("vertex") == "1" for c in model.iter("mxCell"))


@pytest.mark.parametrize("page", ["2141", "5755"])
def test_dev_page_scores_high(renderer, design2code_dev: Path, page: str) -> None:  # type: ignore[no-untyped-def]
    image = load_screenshot(design2code_dev / f"{page}.png")
    code = generate(image, "html")
    assert "position:absolute" not in code.replace(" ", "")
    result = compare(PageImage(image=image), renderer.render_html(code, width=image.width))
    assert result.metrics["block"] >= 0.9
    assert result.metrics["text"] >= 0.9
    assert result.metrics["position"] >= 0.9
    assert result.metrics["color"] >= 0.85


def test_dev_diagram_round_trip(renderer, drawio_dev: Path) -> None:  # type: ignore[no-untyped-def]
    original = (drawio_dev / "software__example_mapping.xml").read_text(encoding="utf-8")
    produced = generate(renderer.render_drawio(original).image, "drawio")
    theirs, ours = _model(original), _model(produced)
    assert abs(_vertex_count(ours) - _vertex_count(theirs)) <= 0.2 * _vertex_count(theirs)
    wanted = _words(theirs)
    assert len(wanted & _words(ours)) >= 0.9 * len(wanted)
