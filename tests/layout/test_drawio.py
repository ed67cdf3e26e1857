"""Diagram screenshot -> draw.io: shapes, labels and an arrow on a diagram drawn with PIL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np

from vl2code.layout import generate


def _cells(xml: str) -> list[ET.Element]:
    root = ET.fromstring(xml)
    assert root.tag == "mxfile"
    model = root.find("diagram/mxGraphModel")
    assert model is not None, "the diagram must be uncompressed"
    return list(model.iter("mxCell"))


def test_shapes_labels_and_the_arrow_are_found(diagram_screenshot) -> None:  # type: ignore[no-untyped-def]
    xml = generate(diagram_screenshot, "drawio")
    cells = _cells(xml)
    ids = [c.get("id") for c in cells]
    assert ids[:2] == ["0", "1"] and cells[1].get("parent") == "0"
    assert len(ids) == len(set(ids))
    vertices = {c.get("value"): c for c in cells if c.get("vertex") == "1"}
    assert {"Start", "Finish", "Review", "Ready"} <= set(vertices)
    assert vertices["Review"].get("style").startswith("ellipse")
    assert vertices["Ready"].get("style").startswith("rhombus")
    assert "rounded=0" in vertices["Start"].get("style")
    assert "fillColor=#dae8fc" in vertices["Start"].get("style")
    assert "strokeColor=#6c8ebf" in vertices["Start"].get("style")
    for vertex in vertices.values():
        geometry = vertex.find("mxGeometry")
        assert geometry is not None and float(geometry.get("width")) > 50
    start = vertices["Start"].find("mxGeometry")
    assert abs(float(start.get("x")) - 40) <= 3 and abs(float(start.get("width")) - 160) <= 4
    edges = [c for c in cells if c.get("edge") == "1"]
    assert len(edges) == 1
    (edge,) = edges
    assert edge.get("source") == vertices["Start"].get("id")
    assert edge.get("target") == vertices["Finish"].get("id")
    assert "endArrow=classic" in edge.get("style")


def test_produced_diagram_renders(renderer, diagram_screenshot) -> None:  # type: ignore[no-untyped-def]
    xml = generate(diagram_screenshot, "drawio")
    render = renderer.render_drawio(xml)
    pixels = render.image.convert("L")
    assert render.image.width >= 500 and int(np.asarray(pixels).min()) < 80  # lines and labels were drawn


def test_output_passes_the_same_validation_as_model_output(diagram_screenshot) -> None:  # type: ignore[no-untyped-def]
    from vl2code.targets import validate

    validate("drawio", generate(diagram_screenshot, "drawio"))
