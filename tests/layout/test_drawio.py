"""Diagram screenshot -> draw.io: shapes, labels, arrows, lanes and pictures, on diagrams drawn
with PIL or rendered from small draw.io files."""

from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from tests.layout.conftest import label_font
from vl2code.layout import generate


def _cells(xml: str) -> list[ET.Element]:
    root = ET.fromstring(xml)
    assert root.tag == "mxfile"
    model = root.find("diagram/mxGraphModel")
    assert model is not None, "the diagram must be uncompressed"
    return list(model.iter("mxCell"))


def _geometry(cell: ET.Element) -> tuple[float, float, float, float]:
    g = cell.find("mxGeometry")
    assert g is not None
    return tuple(float(g.get(k)) for k in ("x", "y", "width", "height"))  # type: ignore[return-value]


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


def _by_value(cells: list[ET.Element]) -> dict[str, ET.Element]:
    return {(c.get("value") or "").replace("<br>", " "): c for c in cells if c.get("vertex") == "1"}


def _points(edge: ET.Element) -> list[tuple[float, float]]:
    geometry = edge.find("mxGeometry")
    assert geometry is not None
    ends = {p.get("as"): p for p in geometry.findall("mxPoint")}
    bends = geometry.findall("Array/mxPoint")
    chain = [ends["sourcePoint"], *bends, ends["targetPoint"]]
    return [(float(p.get("x")), float(p.get("y"))) for p in chain]


def _assert_on_drawn_lines(edges: list[ET.Element], screenshot: Image.Image) -> None:
    """Every straight piece of every edge runs within 3 px of dark pixels of the screenshot."""
    ink = (np.asarray(screenshot.convert("L")) < 160).astype(np.uint8)
    near = cv2.dilate(ink, np.ones((7, 7), np.uint8)).astype(bool)
    for edge in edges:
        points = _points(edge)
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            t = np.linspace(0.0, 1.0, 50)
            xs, ys = np.round(x0 + (x1 - x0) * t).astype(int), np.round(y0 + (y1 - y0) * t).astype(int)
            assert near[ys, xs].mean() > 0.8, f"edge {edge.get('id')} leaves the drawn line"


@pytest.fixture(scope="module")
def lanes_screenshot(renderer, layout_fixtures) -> Image.Image:  # type: ignore[no-untyped-def]
    """A pool of two lanes titled down their left side, a document shape, an edge across a lane border."""
    return renderer.render_file(layout_fixtures / "lanes.drawio").image.convert("RGB")


def test_pool_and_lanes_become_swimlanes_with_upright_titles(lanes_screenshot) -> None:  # type: ignore[no-untyped-def]
    cells = _cells(generate(lanes_screenshot, "drawio"))
    vertices = _by_value(cells)
    assert vertices["Order Handling"].get("style").startswith("swimlane")
    for lane in ("Customer", "Warehouse"):
        style = vertices[lane].get("style")
        assert style.startswith("swimlane") and "horizontal=0" in style
        assert vertices[lane].get("parent") == vertices["Order Handling"].get("id")
    assert vertices["Invoice"].get("style").startswith("shape=document")
    assert vertices["Place Order"].get("parent") == vertices["Customer"].get("id")
    assert vertices["Pack Goods"].get("parent") == vertices["Warehouse"].get("id")


def test_edges_join_shapes_across_lane_borders_and_never_lanes(lanes_screenshot) -> None:  # type: ignore[no-untyped-def]
    cells = _cells(generate(lanes_screenshot, "drawio"))
    vertices = _by_value(cells)
    lanes = {c.get("id") for c in cells if (c.get("style") or "").startswith("swimlane")}
    edges = [c for c in cells if c.get("edge") == "1"]
    joined = {(e.get("source"), e.get("target")) for e in edges}
    order, pack, invoice = (vertices[name].get("id") for name in ("Place Order", "Pack Goods", "Invoice"))
    assert (order, pack) in joined and (order, invoice) in joined
    assert not any({e.get("source"), e.get("target")} & lanes for e in edges)


def test_every_edge_runs_on_drawn_line_pixels(lanes_screenshot) -> None:  # type: ignore[no-untyped-def]
    """No straight piece of an edge may cross blank canvas (a border read as a diagonal)."""
    edges = [c for c in _cells(generate(lanes_screenshot, "drawio")) if c.get("edge") == "1"]
    assert edges
    _assert_on_drawn_lines(edges, lanes_screenshot)


def test_a_thick_outline_is_the_stroke_of_one_shape() -> None:
    image = Image.new("RGB", (400, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([60, 60, 300, 160], fill="white", outline="black", width=4)
    draw.text((180, 110), "Diagram", fill="black", font=label_font(), anchor="mm")
    vertices = [c for c in _cells(generate(image, "drawio")) if c.get("vertex") == "1"]
    assert len(vertices) == 1
    (box,) = vertices
    assert box.get("value") == "Diagram"
    assert "strokeWidth=" in box.get("style") and "strokeColor=#000000" in box.get("style")


def test_arrowheads_into_a_thick_outline_leave_one_box(renderer, drawio_dev) -> None:  # type: ignore[no-untyped-def]
    """Six arrowheads drawn into one thick outline join its band on that side: each box of the
    hierarchy is still one box of its own size, not a box and an odd shape around it."""
    xml = (drawio_dev / "software__class_1.xml").read_text(encoding="utf-8")
    cells = _cells(generate(renderer.render_drawio(xml).image.convert("RGB"), "drawio"))
    vertices = [c for c in cells if c.get("vertex") == "1"]
    assert len(vertices) == 17
    assert all(c.get("style").startswith("rounded=0") for c in vertices)
    assert all(abs(float(c.find("mxGeometry").get("height")) - 62) <= 3 for c in vertices)


def test_a_label_inside_a_cloud_picture_is_read_into_the_label(renderer) -> None:  # type: ignore[no-untyped-def]
    """A cloud is no simple outline: it is kept as a picture, and its text still becomes a label."""
    xml = (
        '<mxfile><diagram id="c" name="p"><mxGraphModel><root><mxCell id="0" /><mxCell id="1" parent="0" />'
        '<mxCell id="c1" value="Cloud 1" style="ellipse;shape=cloud;whiteSpace=wrap;html=1;fontSize=14;'
        'fillColor=#bac8d3;strokeColor=#23445d;strokeWidth=2;" vertex="1" parent="1">'
        '<mxGeometry x="40" y="40" width="120" height="80" as="geometry" /></mxCell>'
        '<mxCell id="r1" value="Server" style="rounded=0;whiteSpace=wrap;html=1;fontSize=14;" vertex="1" '
        'parent="1"><mxGeometry x="420" y="260" width="120" height="60" as="geometry" /></mxCell>'
        "</root></mxGraphModel></diagram></mxfile>"
    )
    image = renderer.render_drawio(xml).image.convert("RGB")
    values = {c.get("value") for c in _cells(generate(image, "drawio")) if c.get("vertex") == "1"}
    assert "Cloud 1" in values


def test_a_label_between_two_equal_lines_is_a_data_store() -> None:
    image = Image.new("RGB", (520, 260), "white")
    draw = ImageDraw.Draw(image)
    draw.line([60, 80, 240, 80], fill="black", width=2)
    draw.line([60, 130, 240, 130], fill="black", width=2)
    draw.text((150, 105), "Orders", fill="black", font=label_font(), anchor="mm")
    draw.rectangle([340, 70, 480, 140], fill="white", outline="black", width=2)
    draw.text((410, 105), "Clerk", fill="black", font=label_font(), anchor="mm")
    cells = _cells(generate(image, "drawio"))
    vertices = _by_value(cells)
    assert vertices["Orders"].get("style").startswith("shape=partialRectangle;left=0;right=0")
    geometry = vertices["Orders"].find("mxGeometry")
    assert abs(float(geometry.get("width")) - 180) <= 6 and abs(float(geometry.get("height")) - 50) <= 6
    assert not [c for c in cells if c.get("edge") == "1"]  # the two lines are the store, not edges


def test_cross_functional_flowchart_keeps_lanes_labels_and_lines(renderer, drawio_dev) -> None:  # type: ignore[no-untyped-def]
    """A real pool of three lanes: upright lane titles, whole labels, edges only along drawn lines."""
    original = (drawio_dev / "flowcharts__cross_functional_flowchart_1.xml").read_text(encoding="utf-8")
    screenshot = renderer.render_drawio(original).image.convert("RGB")
    cells = _cells(generate(screenshot, "drawio"))
    vertices = _by_value(cells)
    for lane in ("Navigation", "Driver", "Passengers"):
        assert "horizontal=0" in vertices[lane].get("style")
    assert {"Stop Driving", "At Destination?", "Route Map", "Provide Directions"} <= set(vertices)
    assert vertices["Route Map"].get("style").startswith("shape=document")
    _assert_on_drawn_lines([c for c in cells if c.get("edge") == "1"], screenshot)


def test_a_frame_split_by_a_crossing_line_is_one_rectangle() -> None:
    """A sequence-diagram frame: its inside is cut in two by a lifeline, yet it is one shape."""
    image = Image.new("RGB", (560, 400), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([60, 80, 460, 300], outline="black", width=2)
    draw.line([250, 20, 250, 380], fill="black", width=2)
    draw.rectangle([380, 330, 520, 380], fill="#dae8fc", outline="#6c8ebf", width=2)
    draw.text((450, 355), "Server", fill="black", font=label_font(), anchor="mm")
    vertices = [c for c in _cells(generate(image, "drawio")) if c.get("vertex") == "1"]
    frames = []
    for vertex in vertices:
        x, y, w, h = _geometry(vertex)
        if abs(x - 60) <= 4 and abs(y - 80) <= 4 and abs(w - 402) <= 6 and abs(h - 222) <= 6:
            frames.append(vertex)
    assert len(frames) == 1
    assert not any(float(v.find("mxGeometry").get("width")) < 300 and v.get("value") == "" for v in vertices)


def _ellipses(xml: str) -> list[tuple[ET.Element, tuple[float, float, float, float]]]:
    return [
        (cell, _geometry(cell))
        for cell in _cells(xml)
        if cell.get("vertex") == "1" and (cell.get("style") or "").startswith("ellipse")
    ]


def test_ellipse_outlines_that_cross_are_each_one_shape() -> None:
    """A spider diagram: no ellipse is one flat area (the others' outlines cut it), yet each is found."""
    image = Image.new("RGB", (640, 480), "white")
    draw = ImageDraw.Draw(image)
    drawn = [(80, 60, 380, 300), (240, 80, 560, 320), (160, 200, 460, 440)]
    for box, colour in zip(drawn, ("black", "#6c8ebf", "#b85450"), strict=True):
        draw.ellipse(box, outline=colour, width=2)
    draw.rectangle([300, 240, 314, 254], fill="black")
    xml = generate(image, "drawio")
    ellipses = _ellipses(xml)
    assert len(ellipses) == 3
    for x0, y0, x1, y1 in drawn:
        assert any(
            abs(x - x0) <= 4 and abs(y - y0) <= 4 and abs(w - (x1 - x0)) <= 6 and abs(h - (y1 - y0)) <= 6
            for _, (x, y, w, h) in ellipses
        )
    assert all("fillColor=none" in cell.get("style") for cell, _ in ellipses)
    squares = [c for c in _cells(xml) if "fillColor=#000000" in (c.get("style") or "")]
    assert len(squares) == 1  # the marker on the outlines stays a shape of its own


def test_overlapping_translucent_ellipses_keep_their_colours(renderer) -> None:  # type: ignore[no-untyped-def]
    """A Venn diagram of translucent sets: three ellipses, their own colours, drawn see-through."""
    sets = [("a", 40, 20, 300, 360, "#ffe6cc", "#d79b00"), ("b", 200, 20, 300, 360, "#dae8fc", "#6c8ebf")]
    sets.append(("c", 100, 220, 340, 240, "#d5e8d4", "#82b366"))
    cells = "".join(
        f'<mxCell id="{name}" value="" style="ellipse;whiteSpace=wrap;html=1;fillColor={fill};'
        f'strokeColor={stroke};opacity=50;" vertex="1" parent="1"><mxGeometry x="{x}" y="{y}" '
        f'width="{w}" height="{h}" as="geometry" /></mxCell>'
        for name, x, y, w, h, fill, stroke in sets
    )
    xml = (
        '<mxfile><diagram id="v" name="p"><mxGraphModel><root><mxCell id="0" /><mxCell id="1" parent="0" />'
        f"{cells}</root></mxGraphModel></diagram></mxfile>"
    )
    image = renderer.render_drawio(xml).image.convert("RGB")
    ellipses = _ellipses(generate(image, "drawio"))
    assert len(ellipses) == 3
    for cell, _ in ellipses:
        style = cell.get("style")
        assert "opacity=" in style
        fill = style.split("fillColor=#")[1][:6]
        rgb = tuple(int(fill[i : i + 2], 16) for i in (0, 2, 4))
        assert any(
            sum(abs(a - int(f[1 + i : 3 + i], 16)) for a, i in zip(rgb, (0, 2, 4), strict=True)) <= 24
            for *_, f, _ in sets
        )


def _picture(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """A 60 px two-colour chequered picture: too busy to be a shape, so it is kept as an icon."""
    for row in range(10):
        for column in range(10):
            colour = "#c0392b" if (row + column) % 2 else "#2c3e50"
            draw.rectangle([x + 6 * column, y + 6 * row, x + 6 * column + 5, y + 6 * row + 5], fill=colour)


def test_a_lightning_band_between_two_pictures_is_an_edge() -> None:
    """A wireless link drawn as a filled zigzag band joins the two pictures; it is no picture itself."""
    image = Image.new("RGB", (480, 240), "white")
    draw = ImageDraw.Draw(image)
    _picture(draw, 40, 70)
    _picture(draw, 360, 70)
    mask = np.zeros((240, 480), np.uint8)
    cv2.polylines(mask, [np.array([(120, 100), (200, 60), (220, 140), (300, 100)])], False, 1, 16)
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    pixels = np.asarray(image).copy()
    cv2.drawContours(pixels, contours, -1, (211, 211, 211), cv2.FILLED)
    cv2.drawContours(pixels, contours, -1, (108, 142, 191), 2)
    cells = _cells(generate(Image.fromarray(pixels), "drawio"))
    pictures = [c for c in cells if c.get("vertex") == "1" and "shape=image" in (c.get("style") or "")]
    assert len(pictures) == 2
    ids = {c.get("id") for c in pictures}
    assert any({c.get("source"), c.get("target")} == ids for c in cells if c.get("edge") == "1")


def test_an_ellipse_a_line_crosses_keeps_its_label() -> None:
    """A line through an outline ellipse cuts its inside in two; it is still one labelled ellipse."""
    image = Image.new("RGB", (560, 320), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse([160, 60, 400, 260], fill="white", outline="black", width=2)
    draw.line([40, 200, 520, 200], fill="black", width=2)
    draw.text((280, 130), "Place order", fill="black", font=label_font(), anchor="mm")
    ellipses = _ellipses(generate(image, "drawio"))
    assert len(ellipses) == 1
    cell, (x, y, w, h) = ellipses[0]
    assert cell.get("value") == "Place order"
    assert abs(x - 160) <= 4 and abs(y - 60) <= 4 and abs(w - 240) <= 6 and abs(h - 200) <= 6


def test_a_triangle_that_lines_cross_is_one_shape() -> None:
    """Lines crossing a triangle cut its inside apart; its three sides still make one triangle."""
    image = Image.new("RGB", (560, 400), "white")
    draw = ImageDraw.Draw(image)
    draw.polygon([(280, 40), (100, 340), (460, 340)], fill="white", outline="black", width=2)
    draw.line([40, 250, 520, 150], fill="#0000ff", width=2)
    draw.line([200, 20, 360, 380], fill="#ff0000", width=2)
    triangles = [c for c in _cells(generate(image, "drawio")) if "triangle" in (c.get("style") or "")]
    assert len(triangles) == 1
    assert "direction=north" in triangles[0].get("style")
    x, y, w, h = _geometry(triangles[0])
    assert abs(x - 100) <= 6 and abs(y - 40) <= 6 and abs(w - 360) <= 8 and abs(h - 300) <= 8


def _wireframe() -> Image.Image:
    """A mock-up header: a crossed logo box with a divider just under it, and a table row."""
    image = Image.new("RGB", (640, 260), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([20, 20, 140, 64], outline="#999999")
    draw.line([20, 20, 140, 64], fill="#999999")
    draw.line([20, 64, 140, 20], fill="#999999")
    draw.text((80, 42), "Logo", fill="#999999", font=label_font(14), anchor="mm")
    draw.rectangle([560, 24, 590, 54], outline="#999999")
    draw.line([560, 24, 590, 54], fill="#999999")
    draw.line([560, 54, 590, 24], fill="#999999")
    draw.rectangle([170, 28, 420, 46], outline="#999999")  # a search field its text nearly fills
    draw.text((174, 37), "Search mail", fill="#666666", font=label_font(15), anchor="lm")
    draw.ellipse([404, 29, 417, 42], outline="#1a73e8", width=2)
    draw.line([20, 70, 620, 70], fill="#cccccc")
    draw.rectangle([20, 120, 620, 170], fill="#f5f5f5", outline="#bbbbbb", width=2)
    for x, word in ((40, "Sender"), (240, "Subject"), (520, "Date")):
        draw.text((x, 145), word, fill="#333333", font=label_font(16), anchor="lm")
    return image


def test_crossed_boxes_are_image_placeholders() -> None:
    cells = _cells(generate(_wireframe(), "drawio"))
    placeholders = [c for c in cells if "mockup.graphics.iconGrid" in (c.get("style") or "")]
    boxes = sorted(_geometry(c) for c in placeholders)
    assert len(boxes) == 2
    for found, drawn in zip(boxes, [(20, 20, 120, 44), (560, 24, 30, 30)], strict=True):
        assert all(abs(a - b) <= 3 for a, b in zip(found, drawn, strict=True)), found
    # The diagonals are the placeholder's own drawing, not loose lines.
    assert not [c for c in cells if c.get("edge") == "1" and "#999999" in (c.get("style") or "")]


def test_a_field_its_text_and_icon_cut_up_is_one_labelled_rectangle() -> None:
    cells = _cells(generate(_wireframe(), "drawio"))
    fields = [c for c in cells if c.get("value") == "Search mail"]
    assert len(fields) == 1 and "rounded=0" in fields[0].get("style")
    g = fields[0].find("mxGeometry")
    assert abs(float(g.get("width")) - 250) <= 4 and abs(float(g.get("height")) - 18) <= 4


def test_a_divider_passing_under_a_box_is_a_line_shape_of_its_own() -> None:
    """A page-long line that joins nothing is a separator: draw.io's line shape, not an edge."""
    cells = _cells(generate(_wireframe(), "drawio"))
    assert not [c for c in cells if c.get("edge") == "1" and "#cccccc" in (c.get("style") or "")]
    (divider,) = [c for c in cells if (c.get("style") or "").startswith("line;")]
    assert "strokeColor=#cccccc" in divider.get("style") and "strokeWidth=1" in divider.get("style")
    x, y, w, h = _geometry(divider)
    assert abs(x - 20) <= 3 and abs(w - 600) <= 4 and abs(y + h / 2 - 70) <= 2


def test_texts_side_by_side_in_a_row_stay_in_their_places() -> None:
    """A table row holds three texts in a line: they are not stacked into one centred label."""
    cells = _cells(generate(_wireframe(), "drawio"))
    texts = {c.get("value"): c for c in cells if c.get("vertex") == "1"}
    assert {"Sender", "Subject", "Date"} <= set(texts)
    xs = [float(texts[word].find("mxGeometry").get("x")) for word in ("Sender", "Subject", "Date")]
    assert xs == sorted(xs) and xs[2] - xs[0] > 400
    row = [c for c in cells if "fillColor=#f5f5f5" in (c.get("style") or "")]
    assert len(row) == 1 and row[0].get("value") == ""


ORG_CHART = """<mxfile><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="ceo" value="CEO" style="rounded=1;whiteSpace=wrap;html=1;fillColor=#dae8fc;strokeColor=#6c8ebf;"
 vertex="1" parent="1"><mxGeometry x="320" y="20" width="160" height="60" as="geometry"/></mxCell>
<mxCell id="cto" value="CTO" style="rounded=1;whiteSpace=wrap;html=1;fillColor=#d5e8d4;strokeColor=#82b366;"
 vertex="1" parent="1"><mxGeometry x="100" y="160" width="140" height="50" as="geometry"/></mxCell>
<mxCell id="dev" value="Engineering" style="whiteSpace=wrap;html=1;fillColor=#fff2cc;strokeColor=#d6b656;"
 vertex="1" parent="1"><mxGeometry x="340" y="180" width="120" height="50" as="geometry"/></mxCell>
<mxCell id="e1" style="edgeStyle=orthogonalEdgeStyle;rounded=1;html=1;" edge="1" parent="1"
 source="ceo" target="cto">
 <mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e2" value="yes" style="html=1;" edge="1" parent="1"
 source="ceo" target="dev"><mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def test_org_chart_keeps_rounded_boxes_short_labels_and_rounded_bends(renderer) -> None:  # type: ignore[no-untyped-def]
    """Slightly rounded boxes stay rounded, a short capitalised label and a small edge label are
    read, an edge whose bend is an arc is one connector, and so is an edge a label cuts."""
    screenshot = renderer.render_drawio(ORG_CHART).image.convert("RGB")
    cells = _cells(generate(screenshot, "drawio"))
    vertices = _by_value(cells)
    assert {"CEO", "CTO", "Engineering"} <= set(vertices)
    assert "rounded=1" in vertices["CEO"].get("style") and "rounded=1" in vertices["CTO"].get("style")
    assert "rounded=0" in vertices["Engineering"].get("style")
    edges = {c.get("target"): c for c in cells if c.get("edge") == "1"}
    assert set(edges) == {vertices["CTO"].get("id"), vertices["Engineering"].get("id")}
    to_cto = edges[vertices["CTO"].get("id")]
    assert to_cto.get("source") == vertices["CEO"].get("id")
    assert len(_points(to_cto)) == 3  # start, the corner, end
    # Fixed where drawn (the CEO's left side, the CTO's top), not re-aimed at the centres.
    assert "exitX=0.000" in to_cto.get("style") and "entryY=0.000" in to_cto.get("style")
    # The label written on the straight edge cuts it in two; it is still one edge, labelled.
    to_engineering = edges[vertices["Engineering"].get("id")]
    assert to_engineering.get("source") == vertices["CEO"].get("id")
    assert to_engineering.get("value") == "yes"


FLOWCHART = """<mxfile><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="a" value="Load user" style="rounded=0;whiteSpace=wrap;html=1;" vertex="1" parent="1">
 <mxGeometry x="200" y="35" width="130" height="60" as="geometry"/></mxCell>
<mxCell id="db" value="Users DB"
 style="shape=cylinder3;whiteSpace=wrap;html=1;boundedLbl=1;size=12;fillColor=#dae8fc;strokeColor=#6c8ebf;"
 vertex="1" parent="1">
 <mxGeometry x="225" y="170" width="80" height="90" as="geometry"/></mxCell>
<mxCell id="d" value="Valid?" style="rhombus;whiteSpace=wrap;html=1;fillColor=#fff2cc;strokeColor=#d6b656;"
 vertex="1" parent="1"><mxGeometry x="400" y="25" width="100" height="80" as="geometry"/></mxCell>
<mxCell id="err" value="Error page" style="whiteSpace=wrap;html=1;fillColor=#f8cecc;strokeColor=#b85450;"
 vertex="1" parent="1"><mxGeometry x="390" y="190" width="120" height="50" as="geometry"/></mxCell>
<mxCell id="e2" style="html=1;dashed=1;" edge="1" parent="1" source="a" target="db">
 <mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e5" value="no" style="html=1;" edge="1" parent="1" source="d" target="err">
 <mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def test_a_cylinder_with_its_lid_apart_and_an_edge_from_a_rhombus_tip(renderer) -> None:  # type: ignore[no-untyped-def]
    """draw.io draws a cylinder's lid as an area of its own: body and lid are one cylinder. An
    edge leaving a rhombus's tip, cut by its label, is one labelled edge; a dashed edge stays
    dashed."""
    screenshot = renderer.render_drawio(FLOWCHART).image.convert("RGB")
    cells = _cells(generate(screenshot, "drawio"))
    vertices = _by_value(cells)
    cylinder = vertices["Users DB"]
    assert cylinder.get("style").startswith("shape=cylinder3")
    _, _, w, h = _geometry(cylinder)
    assert abs(w - 80) <= 5 and abs(h - 90) <= 5
    assert "fillColor=#dae8fc" in cylinder.get("style")
    assert (
        sum("cylinder" in (c.get("style") or "") or "ellipse" in (c.get("style") or "") for c in cells) == 1
    )
    edges = [c for c in cells if c.get("edge") == "1"]
    to_error = [e for e in edges if e.get("target") == vertices["Error page"].get("id")]
    assert len(to_error) == 1
    assert to_error[0].get("source") == vertices["Valid?"].get("id") and to_error[0].get("value") == "no"
    to_store = [e for e in edges if e.get("target") == cylinder.get("id")]
    assert len(to_store) == 1 and "dashed=1" in to_store[0].get("style")
    assert "dashed=1" not in to_error[0].get("style")


CLASS_BOX = """<mxfile><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="c" value="Order" vertex="1" parent="1"
 style="swimlane;fontStyle=1;childLayout=stackLayout;horizontal=1;startSize=26;html=1;">
 <mxGeometry x="40" y="40" width="180" height="96" as="geometry"/></mxCell>
<mxCell id="f" value="+ id: int&lt;br&gt;- secret: string&lt;br&gt;# count: int"
 style="text;strokeColor=none;fillColor=none;align=left;verticalAlign=top;spacingLeft=4;html=1;"
 vertex="1" parent="c"><mxGeometry y="26" width="180" height="70" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def test_uml_visibility_marks_are_kept(renderer) -> None:  # type: ignore[no-untyped-def]
    """A member's + - # mark has no letter in it, yet it is text, not a stroke to drop."""
    screenshot = renderer.render_drawio(CLASS_BOX).image.convert("RGB")
    cells = _cells(generate(screenshot, "drawio"))
    text = " ".join((c.get("value") or "").replace("<br>", " ") for c in cells)
    assert "+ id" in text and "- secret" in text and "# count" in text, text


ARCHITECTURE = """<mxfile><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="g" value="VPC" vertex="1" parent="1"
 style="whiteSpace=wrap;html=1;dashed=1;fillColor=none;verticalAlign=top;align=left;spacingLeft=8;">
 <mxGeometry x="20" y="20" width="420" height="220" as="geometry"/></mxCell>
<mxCell id="w" value="Web server" style="whiteSpace=wrap;html=1;fillColor=#dae8fc;strokeColor=#6c8ebf;"
 vertex="1" parent="1"><mxGeometry x="60" y="90" width="120" height="60" as="geometry"/></mxCell>
<mxCell id="d" value="Database" style="whiteSpace=wrap;html=1;fillColor=#d5e8d4;strokeColor=#82b366;"
 vertex="1" parent="1"><mxGeometry x="280" y="90" width="100" height="60" as="geometry"/></mxCell>
<mxCell id="e1" value="SQL" style="html=1;" edge="1" parent="1" source="w" target="d">
 <mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def test_a_dashed_group_and_an_edge_under_its_label(renderer) -> None:  # type: ignore[no-untyped-def]
    """A group's dashed border is one dashed frame; an edge whose middle a label hides keeps its
    own colour (not the label's white background)."""
    screenshot = renderer.render_drawio(ARCHITECTURE).image.convert("RGB")
    cells = _cells(generate(screenshot, "drawio"))
    frames = [c for c in cells if c.get("vertex") == "1" and "dashed=1" in (c.get("style") or "")]
    assert len(frames) == 1
    g = frames[0].find("mxGeometry")
    assert abs(float(g.get("width")) - 420) <= 6 and abs(float(g.get("height")) - 220) <= 6
    (edge,) = [c for c in cells if c.get("edge") == "1" and c.get("value") == "SQL"]
    colour = edge.get("style").split("strokeColor=#")[1][:6]
    assert sum(int(colour[i : i + 2], 16) for i in (0, 2, 4)) < 3 * 100, colour


def _row(cell_id: str, value: str, key: str, y: int, height: int, bottom: int) -> str:
    """A row of draw.io's ER table template: the row's cell and its key column."""
    return f"""<mxCell id="{cell_id}" value="{value}" vertex="1" parent="t"
 style="shape=partialRectangle;top=0;left=0;right=0;bottom={bottom};html=1;align=left;spacingLeft=44;fillColor=none;fontSize=13;">
 <mxGeometry y="{y}" width="200" height="{height}" as="geometry"/></mxCell>
<mxCell id="{cell_id}k" value="{key}" vertex="1" parent="{cell_id}"
 style="shape=partialRectangle;top=0;left=0;bottom=0;html=1;fillColor=none;align=left;spacingLeft=4;fontSize=13;">
 <mxGeometry width="40" height="{height}" as="geometry"/></mxCell>"""


ER_TABLE = f"""<mxfile><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="t" value="Orders" vertex="1" parent="1"
 style="swimlane;html=1;childLayout=stackLayout;horizontal=1;startSize=30;fillColor=#e0e0e0;fontSize=13;">
 <mxGeometry x="40" y="40" width="200" height="150" as="geometry"/></mxCell>
{_row("k", "order_id", "PK", 30, 34, 1)}
{_row("r1", "customer", "", 64, 28, 0)}
{_row("r2", "placed_at", "", 92, 28, 0)}
{_row("r3", "", "", 120, 30, 0)}
<mxCell id="n" value="Customer" style="whiteSpace=wrap;html=1;fontSize=13;" vertex="1" parent="1">
 <mxGeometry x="360" y="80" width="120" height="60" as="geometry"/></mxCell>
<mxCell id="e" style="endArrow=block;html=1;" edge="1" parent="1" source="r1" target="n">
 <mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def test_an_er_table_is_a_swimlane_holding_its_cells(renderer) -> None:  # type: ignore[no-untyped-def]
    """A table's title strip, key row and key column are touching cells: one swimlane titled by
    the strip, whose cells are its children with their own labels, and no frame over them."""
    screenshot = renderer.render_drawio(ER_TABLE).image.convert("RGB")
    cells = _cells(generate(screenshot, "drawio"))
    (table,) = [c for c in cells if (c.get("style") or "").startswith("swimlane")]
    assert table.get("value") == "Orders"
    children = [c for c in cells if c.get("parent") == table.get("id")]
    labels = {(c.get("value") or "").replace("<br>", " ") for c in children}
    assert {"PK", "order_id", "customer", "placed_at"} <= labels, labels
    top_level = [c for c in cells if c.get("vertex") == "1" and c.get("parent") == "1"]
    assert {c.get("value") for c in top_level} == {"Orders", "Customer"}


def test_an_er_table_lists_each_column_on_a_row_of_its_own(renderer) -> None:  # type: ignore[no-untyped-def]
    """Names spaced wider than lines of text are rows: one cell each, the key column cut level
    with them, no line drawn between them, and the edge leaves from the row it is drawn from."""
    screenshot = renderer.render_drawio(ER_TABLE).image.convert("RGB")
    cells = _cells(generate(screenshot, "drawio"))
    (table,) = [c for c in cells if (c.get("style") or "").startswith("swimlane")]
    children = [c for c in cells if c.get("parent") == table.get("id")]
    customer, placed = (
        next(c for c in children if c.get("value") == name) for name in ("customer", "placed_at")
    )
    assert "shape=partialRectangle" in customer.get("style") and "bottom=0" in customer.get("style")
    assert "shape=partialRectangle" in placed.get("style") and "top=0" in placed.get("style")
    top = {name: float(c.find("mxGeometry").get("y")) for name, c in (("c", customer), ("p", placed))}
    keys = [c for c in children if c.get("value") == "" and "partialRectangle" in c.get("style")]
    assert set(top.values()) <= {float(k.find("mxGeometry").get("y")) for k in keys}
    (edge,) = [c for c in cells if c.get("edge") == "1"]
    assert edge.get("source") == customer.get("id")


def test_wrapped_text_in_a_table_cell_stays_one_cell() -> None:
    """Lines set at text spacing are one paragraph, not rows of a list."""
    image = Image.new("RGB", (420, 260), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([40, 30, 360, 60], fill="#dae8fc", outline="black")
    draw.rectangle([40, 60, 360, 130], fill="white", outline="black")
    draw.rectangle([40, 130, 360, 220], fill="white", outline="black")
    draw.text((200, 45), "Notes", fill="black", font=label_font(14), anchor="mm")
    draw.text((50, 95), "+ id: int", fill="black", font=label_font(14), anchor="lm")
    for row, text in enumerate(("Kept for a year, then", "archived to cold storage", "by the nightly job.")):
        draw.text((50, 145 + 18 * row), text, fill="black", font=label_font(14))
    cells = _cells(generate(image, "drawio"))
    (table,) = [c for c in cells if (c.get("style") or "").startswith("swimlane")]
    children = [c for c in cells if c.get("parent") == table.get("id")]
    assert len(children) == 2, [c.get("value") for c in children]
    assert not any("partialRectangle" in (c.get("style") or "") for c in children)


PANEL = """<mxfile><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="p" value="Orders panel" vertex="1" parent="1"
 style="swimlane;html=1;startSize=30;fillColor=#3D8BCD;fontColor=#ffffff;strokeColor=#3D8BCD;align=left;spacingLeft=8;fontSize=13;">
 <mxGeometry x="40" y="40" width="400" height="200" as="geometry"/></mxCell>
<mxCell id="b" value="Payment" style="rounded=0;whiteSpace=wrap;html=1;fontSize=13;" vertex="1" parent="p">
 <mxGeometry x="40" y="80" width="120" height="50" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def test_a_panel_keeps_its_coloured_title_strip_and_light_title(renderer) -> None:  # type: ignore[no-untyped-def]
    """White lettering on a coloured strip is no darker than the page: it is read from the strip
    alone. The strip's colour is the swimlane's fill, apart from its body's."""
    screenshot = renderer.render_drawio(PANEL).image.convert("RGB")
    cells = _cells(generate(screenshot, "drawio"))
    (panel,) = [c for c in cells if (c.get("style") or "").startswith("swimlane")]
    assert panel.get("value") == "Orders panel"
    style = dict(part.split("=", 1) for part in panel.get("style").split(";") if "=" in part)
    fill = style["fillColor"].lstrip("#")
    assert abs(int(fill[0:2], 16) - 0x3D) < 12 and abs(int(fill[4:6], 16) - 0xCD) < 12, fill
    assert style["swimlaneFillColor"].lower() == "#ffffff" and style["align"] == "left"


def test_thick_ellipses_are_not_read_as_giant_letters(renderer, drawio_dev) -> None:  # type: ignore[no-untyped-def]
    """Sparse-text reading once took two thick, shadowed ellipses for the word "Con) Com)" 70 px
    tall: words far taller than the diagram's own, read unsurely, are drawings."""
    import re

    xml = (drawio_dev / "software__entity_relationship_5.xml").read_text(encoding="utf-8")
    produced = generate(renderer.render_drawio(xml).image.convert("RGB"), "drawio")
    sizes = [int(size) for size in re.findall(r"fontSize=(\d+)", produced)]
    assert sizes and max(sizes) <= 20, sizes


def _tree_box(cell_id: str, value: str, x: int, y: int) -> str:
    return f"""<mxCell id="{cell_id}" value="{value}" style="whiteSpace=wrap;html=1;fontSize=13;" vertex="1"
 parent="1"><mxGeometry x="{x}" y="{y}" width="120" height="60" as="geometry"/></mxCell>"""


def _tree_edge(cell_id: str, source: str) -> str:
    return f"""<mxCell id="{cell_id}" style="edgeStyle=elbowEdgeStyle;elbow=vertical;rounded=0;html=1;"
 edge="1" parent="1" source="{source}" target="p"><mxGeometry relative="1" as="geometry"/></mxCell>"""


CHILDREN = {"a": "Car", "b": "Truck", "c": "Bike", "d": "Boat"}
TREE = f"""<mxfile><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
{_tree_box("p", "Vehicle", 250, 20)}
{"".join(_tree_box(c, name, 40 + 140 * i, 200) for i, (c, name) in enumerate(CHILDREN.items()))}
{"".join(_tree_edge(f"e{c}", c) for c in "abcd")}
</root></mxGraphModel></diagram></mxfile>"""


def test_edges_sharing_a_trunk_each_join_their_child_to_the_parent(renderer) -> None:  # type: ignore[no-untyped-def]
    """Four edges drawn as one trunk with stubs (an inheritance tree) come back as four edges,
    each from its child to the parent the one arrowhead points at, routed square along the trunk."""
    cells = _cells(generate(renderer.render_drawio(TREE).image.convert("RGB"), "drawio"))
    names = {c.get("id"): c.get("value") for c in cells if c.get("vertex") == "1"}
    edges = [c for c in cells if c.get("edge") == "1"]
    pairs = sorted((names.get(e.get("source")), names.get(e.get("target"))) for e in edges)
    assert pairs == [("Bike", "Vehicle"), ("Boat", "Vehicle"), ("Car", "Vehicle"), ("Truck", "Vehicle")]
    for edge in edges:
        assert "endArrow=classic" in edge.get("style")
        geometry = edge.find("mxGeometry")
        start, end = (geometry.find(f"mxPoint[@as='{side}']") for side in ("sourcePoint", "targetPoint"))
        route = [start] + list(geometry.iter("mxPoint"))[2:] + [end]
        xy = [(float(p.get("x")), float(p.get("y"))) for p in route]
        assert all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise(xy)), xy  # square turns


CHAIN = f"""<mxfile><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
{_tree_box("a", "Start", 100, 20)}{_tree_box("b", "Middle", 100, 140)}{_tree_box("c", "End", 100, 260)}
<mxCell id="e1" style="html=1;" edge="1" parent="1" source="a" target="b">
 <mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e2" style="html=1;" edge="1" parent="1" source="b" target="c">
 <mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def test_lines_meeting_a_box_from_both_sides_stay_two_edges(renderer) -> None:  # type: ignore[no-untyped-def]
    """Two collinear lines into and out of a box are two edges: the gap between them is the box
    (its label at the middle), not a label written on one line."""
    cells = _cells(generate(renderer.render_drawio(CHAIN).image.convert("RGB"), "drawio"))
    names = {c.get("id"): c.get("value") for c in cells if c.get("vertex") == "1"}
    pairs = sorted(
        (names.get(e.get("source")), names.get(e.get("target"))) for e in cells if e.get("edge") == "1"
    )
    assert pairs == [("Middle", "End"), ("Start", "Middle")]


def test_a_short_edge_keeps_its_arrowhead_at_the_end_it_points_to(renderer, drawio_dev) -> None:  # type: ignore[no-untyped-def]
    """On an edge shorter than two arrowheads, the one head is seen from both ends; it belongs
    where the stroke widens sooner ("Invite reviewers" -> "OR", 14 px of line between them)."""
    xml = (drawio_dev / "flowcharts__epc_1.xml").read_text(encoding="utf-8")
    cells = _cells(generate(renderer.render_drawio(xml).image.convert("RGB"), "drawio"))
    names = {c.get("id"): c.get("value") for c in cells if c.get("vertex") == "1"}
    pairs = [(names.get(e.get("source")), names.get(e.get("target"))) for e in cells if e.get("edge") == "1"]
    assert ("Invite reviewers", "OR") in pairs and ("OR", "Invite reviewers") not in pairs, pairs


def _star(cx: int, cy: int, outer: int, inner: int) -> list[tuple[float, float]]:
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    return points


def _icon_row() -> Image.Image:
    """A list row of a wireframe: a star, an empty and two ticked checkboxes; a pale rule under it;
    beside them a dashed line ending in a hollow arrowhead apart from its last dash."""
    image = Image.new("RGB", (640, 220), "white")
    draw = ImageDraw.Draw(image)
    draw.polygon(_star(60, 50, 10, 4), outline="#777777")
    draw.rectangle([100, 42, 114, 56], outline="#777777")
    draw.rectangle([140, 42, 154, 56], outline="#777777")
    draw.line([(143, 49), (146, 53), (152, 44)], fill="#777777", width=2)
    draw.rectangle([170, 42, 184, 56], outline="#777777")
    draw.line([(170, 49), (175, 54), (184, 44)], fill="#777777", width=2)  # a tick touching its box
    draw.text((210, 49), "Sender", fill="#333333", font=label_font(15), anchor="lm")
    draw.line([20, 90, 620, 90], fill="#dddddd")
    for x in range(300, 470, 12):
        draw.line([x, 150, x + 6, 150], fill="black")
    draw.polygon([(478, 142), (478, 158), (494, 150)], outline="black")
    draw.rectangle([500, 130, 600, 170], outline="black")
    draw.line([40, 150, 90, 150], fill="black", width=2)
    return image


def test_small_line_drawings_are_icons_and_plain_outlines_shapes() -> None:
    cells = _cells(generate(_icon_row(), "drawio"))
    pictures = [_geometry(c) for c in cells if (c.get("style") or "").startswith("shape=image")]
    assert sorted(round(x / 10) for x, _, _, _ in pictures) == [5, 14, 17], (
        pictures
    )  # the star, the ticked boxes
    boxes = [_geometry(c) for c in cells if c.get("vertex") == "1" and "rounded=0" in (c.get("style") or "")]
    assert any(abs(x - 100) <= 2 and abs(w - 15) <= 3 and abs(h - 15) <= 3 for x, _, w, h in boxes), boxes
    # The hollow arrowhead stays with its line: no picture or shape is made of it.
    assert not any(470 <= x <= 490 for x, _, _, _ in pictures + boxes)


def test_a_pale_rule_is_a_line_shape_and_a_short_loose_line_an_edge() -> None:
    cells = _cells(generate(_icon_row(), "drawio"))
    (rule,) = [c for c in cells if (c.get("style") or "").startswith("line;")]
    x, y, w, h = _geometry(rule)
    assert abs(x - 20) <= 3 and abs(w - 600) <= 4 and abs(y + h / 2 - 90) <= 2
    assert "strokeColor=#dddddd" in rule.get("style")
    short = [c for c in cells if c.get("edge") == "1" and c.find("mxGeometry").find("mxPoint") is not None]
    assert any(abs(float(c.find("mxGeometry").find("mxPoint").get("x")) - 40) <= 4 for c in short), (
        "the short line stays an edge"
    )


SEQUENCE = """<mxfile><diagram id="a" name="Page-1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="a" value="Client" style="rounded=0;whiteSpace=wrap;html=1;fontSize=13;" vertex="1" parent="1">
 <mxGeometry x="40" y="20" width="100" height="40" as="geometry"/></mxCell>
<mxCell id="b" value="Server" style="rounded=0;whiteSpace=wrap;html=1;fontSize=13;" vertex="1" parent="1">
 <mxGeometry x="300" y="20" width="100" height="40" as="geometry"/></mxCell>
<mxCell id="bar" value="" style="rounded=0;whiteSpace=wrap;html=1;" vertex="1" parent="1">
 <mxGeometry x="85" y="80" width="10" height="260" as="geometry"/></mxCell>
<mxCell id="f" value="loop" vertex="1" parent="1"
 style="shape=umlFrame;whiteSpace=wrap;html=1;width=60;height=30;fillColor=none;fontSize=13;">
 <mxGeometry x="20" y="130" width="420" height="150" as="geometry"/></mxCell>
<mxCell id="hit" value="" style="rounded=0;whiteSpace=wrap;html=1;" vertex="1" parent="1">
 <mxGeometry x="345" y="200" width="10" height="40" as="geometry"/></mxCell>
<mxCell id="m" value="" style="endArrow=block;html=1;" edge="1" parent="1" source="bar" target="hit">
 <mxGeometry relative="1" as="geometry"><mxPoint x="95" y="210" as="sourcePoint"/>
 <mxPoint x="345" y="210" as="targetPoint"/></mxGeometry></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


@pytest.fixture(scope="module")
def sequence_cells(renderer) -> list[ET.Element]:  # type: ignore[no-untyped-def]
    return _cells(generate(renderer.render_drawio(SEQUENCE).image.convert("RGB"), "drawio"))


def _shift(cells: list[ET.Element]) -> tuple[float, float]:
    """Where the fixture's first box (drawn at 40, 20) came out: the render crops the page."""
    x, y, _, _ = _geometry(next(c for c in cells if c.get("value") == "Client"))
    return x - 40, y - 20


def test_an_activation_bar_a_frame_crosses_is_one_bar(sequence_cells) -> None:  # type: ignore[no-untyped-def]
    """A 10 px bar is narrower than a shape, and the frame's border cuts it in three: one box,
    and the frame's inside beside it is not a box of its own."""
    dx, dy = _shift(sequence_cells)
    boxes = [
        (x - dx, y - dy, w, h)
        for c in sequence_cells
        if c.get("vertex") == "1" and (c.get("style") or "").startswith("rounded=0")
        for x, y, w, h in [_on_page(c, sequence_cells)]
    ]
    bars = [(x, y, w, h) for x, y, w, h in boxes if w <= 14]
    assert len(bars) == 2, boxes
    (x, y, _, h), (hx, hy, _, hh) = sorted(bars)
    assert abs(x - 85) <= 3 and abs(y - 80) <= 3 and abs(h - 260) <= 5
    assert abs(hx - 345) <= 3 and abs(hy - 200) <= 3 and abs(hh - 40) <= 4
    assert len(boxes) == 4, boxes  # the two heads and the two bars
    vertices = [c for c in sequence_cells if c.get("vertex") == "1"]
    bar = next(c for c in vertices if _geometry(c)[2] <= 14 and _geometry(c)[3] >= 200)
    assert "fillColor=#ffffff" in bar.get("style")  # the frame across it is the one drawn unfilled


def test_a_frame_with_a_titled_tab_is_a_uml_frame(sequence_cells) -> None:  # type: ignore[no-untyped-def]
    dx, dy = _shift(sequence_cells)
    (frame,) = [c for c in sequence_cells if "shape=umlFrame" in (c.get("style") or "")]
    assert frame.get("value") == "loop"
    style = frame.get("style")
    assert "width=6" in style and "height=3" in style  # the tab's size, about 60 x 30
    x, y, w, h = _geometry(frame)
    assert abs(x - dx - 20) <= 3 and abs(y - dy - 130) <= 3 and abs(w - 420) <= 5 and abs(h - 150) <= 5
    assert [c for c in sequence_cells if c.get("value") == "loop"] == [frame]
    # Painted the page's colour, it lies across the bar: drawn unfilled so the bar shows through.
    assert "fillColor=none" in style


def test_the_message_runs_from_the_bar_to_the_bar_it_calls(sequence_cells) -> None:  # type: ignore[no-untyped-def]
    dx, _ = _shift(sequence_cells)
    by_id = {c.get("id"): c for c in sequence_cells}
    (message,) = [
        c for c in sequence_cells if c.get("edge") == "1" and "endArrow=classic" in c.get("style", "")
    ]
    assert abs(_on_page(by_id[message.get("target")], sequence_cells)[0] - dx - 345) <= 3
    start = message.find("mxGeometry").find("mxPoint")
    assert abs(float(start.get("x")) - dx - 95) <= 16


def _on_page(cell: ET.Element, cells: list[ET.Element]) -> tuple[float, float, float, float]:
    """A vertex's box on the page: a child's geometry is relative to its container."""
    x, y, w, h = _geometry(cell)
    parent = next((c for c in cells if c.get("id") == cell.get("parent") and c.get("vertex") == "1"), None)
    if parent is None:
        return x, y, w, h
    px, py, _, _ = _on_page(parent, cells)
    return x + px, y + py, w, h
