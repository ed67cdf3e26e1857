"""Writing the found diagram as an uncompressed mxfile: styles, geometry, labels, edges.

Containers come before their content (draw.io needs a parent before its children), children
are placed relative to their container, and all labels share the diagram's one font family.
"""

from __future__ import annotations

import html

from vl2code.layout.analysis import Box
from vl2code.layout.drawio_model import LINE_KINDS, Connector, Shape
from vl2code.layout.tree import Paragraph


def _hex(rgb: tuple[int, int, int] | None) -> str:
    return "none" if rgb is None else "#{:02x}{:02x}{:02x}".format(*rgb)


def _label(paragraphs: list[Paragraph]) -> str:
    return "<br>".join(html.escape(line.text) for p in paragraphs for line in p.lines)


def _font_style(paragraphs: list[Paragraph]) -> str:
    if not paragraphs:
        return ""
    first = paragraphs[0]
    # A size fitted to a misread line can come out huge: no more than the ink's height allows.
    size = min(first.size, 1.4 * first.ink.h / len(first.lines))
    style = f"fontSize={max(6, round(size))};fontColor={_hex(first.color)};"
    if first.bold:
        style += "fontStyle=1;"
    return style


SHAPE_STYLES = {
    "rectangle": "rounded=0;whiteSpace=wrap;html=1;",
    "rounded": "rounded=1;whiteSpace=wrap;html=1;",
    "ellipse": "ellipse;whiteSpace=wrap;html=1;",
    "rhombus": "rhombus;whiteSpace=wrap;html=1;",
    "cylinder": "shape=cylinder3;whiteSpace=wrap;html=1;boundedLbl=1;",
    "swimlane": "swimlane;html=1;whiteSpace=wrap;",
    "document": "shape=document;whiteSpace=wrap;html=1;boundedLbl=1;",
    "datastore": "shape=partialRectangle;left=0;right=0;whiteSpace=wrap;html=1;",
    "parallelogram": "shape=parallelogram;perimeter=parallelogramPerimeter;whiteSpace=wrap;html=1;",
    "triangle_north": "triangle;direction=north;whiteSpace=wrap;html=1;",
    "triangle_south": "triangle;direction=south;whiteSpace=wrap;html=1;",
    "placeholder": "shape=mxgraph.mockup.graphics.iconGrid;gridSize=1,1;whiteSpace=wrap;html=1;",
    "hexagon": "shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;size=0.25;",
    "frame": "shape=umlFrame;whiteSpace=wrap;html=1;",
    "line": "line;html=1;",
    "vertical_line": "line;direction=south;html=1;",
}


def write_mxfile(
    shapes: list[Shape], connectors: list[Connector], free: list[Paragraph], width: int, height: int
) -> str:
    """Uncompressed mxfile: cells 0 and 1, then containers before their content, then edges."""
    cells = ['<mxCell id="0" />', '<mxCell id="1" parent="0" />']
    ordered = sorted(shapes, key=_depth)
    for index, shape in enumerate(ordered, start=2):
        shape.cell_id = f"v{index}"
    for shape in ordered:
        parent = shape.parent.cell_id if shape.parent else "1"
        ox, oy = (shape.parent.box.x, shape.parent.box.y) if shape.parent else (0, 0)
        if shape.kind == "image":
            style = f"shape=image;html=1;imageAspect=0;verticalLabelPosition=bottom;image={shape.picture};"
        else:
            fill = shape.fill if shape.filled else None
            style = SHAPE_STYLES[shape.kind] + f"fillColor={_hex(fill)};strokeColor={_hex(shape.stroke)};"
            if shape.open_sides:
                style += "shape=partialRectangle;" + "".join(
                    f"{side}=0;" for side in sorted(shape.open_sides)
                )
            if shape.stroke_width > 1 or shape.kind in LINE_KINDS:
                style += f"strokeWidth={shape.stroke_width};"  # a line shape is 4 px wide by default
            if shape.opacity < 100:
                style += f"opacity={shape.opacity};"
            if shape.dashed:
                style += "dashed=1;"
        style += _font_style(shape.labels)
        if shape.kind == "frame":
            style += f"width={shape.tab_width};height={shape.start_size};"
        if shape.kind == "cylinder":
            style += f"size={shape.start_size or 10};"  # the lid's depth
        if shape.kind == "swimlane":
            style += f"startSize={shape.start_size};" + ("" if shape.horizontal else "horizontal=0;")
            if shape.body_fill is not None and shape.filled:
                style += f"swimlaneFillColor={_hex(shape.body_fill)};"
            if shape.labels and shape.horizontal:  # a panel's title written from its left
                style += _left_aligned(Box.union([p.ink for p in shape.labels]), shape.box)
        elif any(s.parent is shape for s in shapes):
            style += "container=1;" + ("" if shape.kind == "frame" else "verticalAlign=top;")
        elif shape.kind != "frame":  # a frame's label is drawn in its tab
            style += _label_position(shape)
        geometry = (
            f'<mxGeometry x="{shape.box.x - ox}" y="{shape.box.y - oy}" width="{shape.box.w}" '
            f'height="{shape.box.h}" as="geometry" />'
        )
        cells.append(
            _cell(shape.cell_id, _label(shape.labels), style, f'vertex="1" parent="{parent}"', geometry)
        )
    next_id = len(ordered) + 2
    for paragraph in free:
        box = paragraph.ink.expand(2)
        align = paragraph.align if len(paragraph.lines) > 1 else "center"
        style = f"text;html=1;align={align};verticalAlign=middle;" + _font_style([paragraph])
        geometry = f'<mxGeometry x="{box.x}" y="{box.y}" width="{box.w}" height="{box.h}" as="geometry" />'
        cells.append(_cell(f"t{next_id}", _label([paragraph]), style, 'vertex="1" parent="1"', geometry))
        next_id += 1
    for connector in connectors:
        style = f"endArrow={'classic' if connector.end_arrow else 'none'};html=1;rounded=0;"
        style += f"strokeColor={_hex(connector.color)};" + ("dashed=1;" if connector.dashed else "")
        style += _font_style(connector.labels)
        ends = 'edge="1" parent="1"'
        (sx, sy), (tx, ty) = connector.points[0], connector.points[-1]
        if connector.source is not None:
            ends += f' source="{connector.source.cell_id}"'
            style += _anchor("exit", connector.source, sx, sy)
        if connector.target is not None:
            ends += f' target="{connector.target.cell_id}"'
            style += _anchor("entry", connector.target, tx, ty)
        bends = "".join(f'<mxPoint x="{x}" y="{y}" />' for x, y in connector.points[1:-1])
        waypoints = f'<Array as="points">{bends}</Array>' if bends else ""
        geometry = (
            f'<mxGeometry relative="1" as="geometry"><mxPoint x="{sx}" y="{sy}" as="sourcePoint" />'
            f'<mxPoint x="{tx}" y="{ty}" as="targetPoint" />{waypoints}</mxGeometry>'
        )
        cells.append(_cell(f"e{next_id}", _label(connector.labels), style, ends, geometry))
        next_id += 1
    family = _main_family(
        [p for s in shapes for p in s.labels] + free + [p for c in connectors for p in c.labels]
    )
    cells = [c.replace(";fontColor=", f";fontFamily={family};fontColor=") for c in cells]
    body = "\n        ".join(cells)
    return (
        '<mxfile host="vl2code" type="device">\n'
        '  <diagram id="layout" name="Page-1">\n'
        f'    <mxGraphModel dx="{width}" dy="{height}" grid="0" gridSize="10" guides="1" tooltips="1" '
        f'connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="{width}" pageHeight="{height}" '
        'math="0" shadow="0">\n'
        f"      <root>\n        {body}\n      </root>\n"
        "    </mxGraphModel>\n  </diagram>\n</mxfile>\n"
    )


def _anchor(end: str, shape: Shape, x: int, y: int) -> str:
    """Where on ``shape`` an edge end is fixed (draw.io's exit/entry constraint, as fractions of
    its box, projected onto its outline): without it a connected edge is redrawn aimed at the
    shape's centre, and a message leaving a tall lifeline bar halfway down would slant."""
    box = shape.box
    fx = min(max((x - box.x) / max(box.w, 1), 0.0), 1.0)
    fy = min(max((y - box.y) / max(box.h, 1), 0.0), 1.0)
    return f"{end}X={fx:.3f};{end}Y={fy:.3f};{end}Dx=0;{end}Dy=0;"


def _label_position(shape: Shape) -> str:
    """A label written in the top or bottom third of its shape stays there (panels, icons), and
    one written from near the left edge stays left-aligned (table rows, class members)."""
    if not shape.labels or shape.kind == "image":
        return ""
    ink = Box.union([p.ink for p in shape.labels])
    style = ""
    if ink.centre[1] < shape.box.y + shape.box.h / 3:
        style += "verticalAlign=top;"
    elif ink.centre[1] > shape.box.y + 2 * shape.box.h / 3:
        style += "verticalAlign=bottom;"
    return style + _left_aligned(ink, shape.box)


def _left_aligned(ink: Box, box: Box) -> str:
    """The style that keeps text written from near the left edge of ``box`` there."""
    left, right = ink.x - box.x, box.right - ink.right
    if left <= 0.1 * box.w and right >= 3 * max(left, 1):  # hugs the left edge
        return f"align=left;spacingLeft={max(0, left - 2)};"
    return ""


def _cell(cell_id: str, value: str, style: str, attributes: str, geometry: str) -> str:
    label = html.escape(value)
    return f'<mxCell id="{cell_id}" value="{label}" style="{style}" {attributes}>{geometry}</mxCell>'


def _main_family(paragraphs: list[Paragraph]) -> str:
    """Diagrams use one font: the family most label characters were matched to."""
    votes: dict[str, int] = {}
    for paragraph in paragraphs:
        votes[paragraph.family.name] = votes.get(paragraph.family.name, 0) + len(paragraph.text)
    return max(votes, key=lambda name: votes[name]) if votes else "Helvetica"


def _depth(shape: Shape) -> int:
    depth = 0
    parent = shape.parent
    while parent is not None:
        depth += 1
        parent = parent.parent
    return depth
