"""From regions and lines to a tree of containers, stacks (columns) and rows.

Lines become paragraphs inside the smallest box that holds them; each box's content is split
recursively by XY-cut: a horizontal gap splits it into a stack, a vertical gap into a row. Every
node knows the box it will occupy when rendered (for text: its line boxes, derived from the
measured baseline and the chosen font's metrics), so the emitters can place it with plain
margins in normal flow. Content that no cut can separate (overlapping items) becomes a layer,
the only place where positioning is absolute.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import Literal

from vl2code.layout.analysis import Box, Layout, Region, TextLine, colour_distance
from vl2code.layout.fonts import Family, measure

NodeKind = Literal["page", "region", "stack", "row", "layer", "text", "image", "separator", "bullet"]
TextRole = Literal["h1", "h2", "h3", "p", "li", "label"]
#: Text leading for single lines, as a share of the font size (browsers use ~1.15-1.2).
SINGLE_LINE_HEIGHT = 1.25


@dataclass
class Paragraph:
    """Lines set together: one family, size, colour and alignment, a fixed line pitch."""

    lines: list[TextLine]
    family: Family
    bold: bool
    size: float
    line_height: int
    align: Literal["left", "center", "right"]
    color: tuple[int, int, int]
    role: TextRole = "p"
    letter_spacing: float = 0.0

    @property
    def ink(self) -> Box:
        return Box.union([line.box for line in self.lines])

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Node:
    kind: NodeKind
    box: Box  # where the node's border box lands on the page
    children: list[Node] = field(default_factory=list)
    region: Region | None = None
    paragraph: Paragraph | None = None
    cut_box: Box | None = None  # what XY-cut separates on (the ink, for text)

    @property
    def separation_box(self) -> Box:
        return self.cut_box or self.box

    def walk(self) -> list[Node]:
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes


def build_tree(layout: Layout) -> Node:
    """The page as nested regions whose content is arranged in stacks and rows."""
    page_box = Box(0, 0, layout.width, layout.height)
    containers = [r for r in layout.regions if r.kind in ("band", "box", "button")]
    # A picture with text or other drawings on it is a background: it holds them.
    containers += [r for r in layout.regions if r.kind == "image" and _holds_anything(r, layout)]
    containers.sort(key=lambda r: r.box.area)
    content: dict[int, list[Node]] = {id(r): [] for r in containers}
    page_items: list[Node] = []

    def home(box: Box, exclude: Region | None = None) -> list[Node]:
        for region in containers:
            if region is not exclude and region.box.area > box.area and region.box.contains(box):
                return content[id(region)]
        return page_items

    lines_by_home: dict[int, tuple[list[Node], list[TextLine]]] = {}
    for line in layout.lines:
        target = home(line.box)
        lines_by_home.setdefault(id(target), (target, []))[1].append(line)
    bullets = [r.box for r in layout.regions if r.kind == "bullet"]
    starts = {id(line) for line in layout.lines if any(_marks(b, line) for b in bullets)}
    for target, lines in lines_by_home.values():
        for paragraph in group_paragraphs(lines, starts):
            target.append(text_node(paragraph))
    for region in layout.regions:
        if region.kind in ("image", "separator", "bullet") and id(region) not in content:
            home(region.box).append(Node(region.kind, region.box, region=region))
    region_nodes = {id(r): Node("region", r.box, region=r) for r in containers}
    for region in containers:
        home(region.box, exclude=region).append(region_nodes[id(region)])
    for region in containers:
        node = region_nodes[id(region)]
        inner = content[id(region)]
        if inner:
            node.children = [arrange(inner)]
    page = Node("page", page_box)
    if page_items:
        page.children = [arrange(page_items)]
    assign_heading_roles(page)
    return page


def _holds_anything(picture: Region, layout: Layout) -> bool:
    inside = [line.box for line in layout.lines] + [r.box for r in layout.regions if r is not picture]
    return any(box.area < picture.box.area and picture.box.contains(box) for box in inside)


def arrange(items: list[Node]) -> Node:
    """XY-cut: stack what horizontal gaps separate, row what vertical gaps separate."""
    if len(items) == 1:
        return items[0]
    rows = _split(items, vertical=True)
    if len(rows) > 1:
        return _group("stack", [arrange(group) for group in rows])
    columns = _split(items, vertical=False)
    if len(columns) > 1:
        return _group("row", [arrange(group) for group in columns])
    return _group("layer", sorted(items, key=lambda n: (n.box.y, n.box.x)))


def _group(kind: NodeKind, children: list[Node]) -> Node:
    box = Box.union([child.box for child in children])
    cut = Box.union([child.separation_box for child in children])
    return Node(kind, box, children, cut_box=cut)


def _split(items: list[Node], vertical: bool) -> list[list[Node]]:
    """Groups separated by gaps along y (``vertical``) or x, in reading order."""

    def span(node: Node) -> tuple[int, int]:
        b = node.separation_box
        return (b.y, b.bottom) if vertical else (b.x, b.right)

    ordered = sorted(items, key=span)
    groups: list[list[Node]] = [[ordered[0]]]
    end = span(ordered[0])[1]
    for node in ordered[1:]:
        start, stop = span(node)
        if start >= end:
            groups.append([node])
        else:
            groups[-1].append(node)
        end = max(end, stop)
    return groups


def _marks(bullet: Box, line: TextLine) -> bool:
    """Whether ``bullet`` is the list marker of ``line`` (just left of it, on its height)."""
    return (
        bullet.right <= line.box.x
        and line.box.x - bullet.right <= 3 * line.box.h
        and line.box.y <= bullet.centre[1] <= line.box.bottom
    )


def group_paragraphs(lines: list[TextLine], starts: set[int] | None = None) -> list[Paragraph]:
    """Consecutive lines of one style and column with an even pitch form a paragraph.

    Lines in ``starts`` (ids; list items after a bullet) always begin a new paragraph.
    """
    starts = starts or set()
    open_groups: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda item: (item.baseline, item.box.x)):
        target = None
        if id(line) not in starts:
            target = next((g for g in reversed(open_groups) if _continues(g, line)), None)
        if target is None:
            open_groups.append([line])
        else:
            target.append(line)
    paragraphs = []
    for group in open_groups:
        paragraphs.extend(_as_paragraphs(group))
    return paragraphs


def _continues(group: list[TextLine], line: TextLine) -> bool:
    last = group[-1]
    size = max(last.size, line.size)
    if min(last.size, line.size) / size < 0.85:
        return False
    if colour_distance(last.color, line.color) > 60:
        return False
    pitch = line.baseline - last.baseline
    if not 0.9 * size <= pitch <= 2.0 * size:
        return False
    if len(group) > 1 and abs(pitch - (last.baseline - group[-2].baseline)) > 2:
        return False
    left = abs(line.box.x - last.box.x) <= 3
    centred = abs(line.box.centre[0] - last.box.centre[0]) <= 3
    overlapping = min(line.box.right, last.box.right) - max(line.box.x, last.box.x) > 0
    return overlapping and (left or centred)


def _as_paragraphs(lines: list[TextLine]) -> list[Paragraph]:
    family, bold = _main_font(lines)
    size = statistics.median(_size_in(line, family, bold) for line in lines)
    if len(lines) > 1:
        pitches = [b.baseline - a.baseline for a, b in zip(lines, lines[1:], strict=False)]
        line_height = int(round(statistics.median(pitches)))
        lefts = [line.box.x for line in lines]
        align: Literal["left", "center", "right"] = "left" if max(lefts) - min(lefts) <= 3 else "center"
    else:
        line_height = int(math.ceil(size * SINGLE_LINE_HEIGHT))
        align = "left"
    colours = [line.color for line in lines]
    colour = max(colours, key=lambda c: sum(len(item.text) for item in lines if item.color == c))
    spacing = statistics.median(line.font.letter_spacing for line in lines)
    if spacing:
        size = statistics.median(line.size for line in lines)
    return [
        Paragraph(
            lines, family, bold, round(size * 2) / 2, line_height, align, colour, letter_spacing=spacing
        )
    ]


def _main_font(lines: list[TextLine]) -> tuple[Family, bool]:
    """The family and weight most of the paragraph's characters were matched to."""
    votes: dict[tuple[Family, bool], int] = {}
    for line in lines:
        key = (line.font.family, line.font.bold)
        votes[key] = votes.get(key, 0) + len(line.text)
    return max(votes, key=lambda key: votes[key])


def _size_in(line: TextLine, family: Family, bold: bool) -> float:
    """The size at which ``line`` set in ``family`` is as wide as its ink."""
    if line.font.family == family and line.font.bold == bold:
        return line.size
    metrics = measure(family, bold, line.text)
    if metrics is None:
        return line.size
    return line.box.w / max(metrics.advance - metrics.ink_left, 1e-3)


def text_node(paragraph: Paragraph) -> Node:
    """A paragraph's rendered box: line boxes placed so each baseline lands where it was seen."""
    family, bold, size, leading = paragraph.family, paragraph.bold, paragraph.size, paragraph.line_height
    widths: list[float] = []
    lefts: list[float] = []
    ascent = descent = None
    for line in paragraph.lines:
        metrics = measure(family, bold, line.text)
        if metrics is None:
            widths.append(line.box.w)
            lefts.append(line.box.x)
            continue
        ascent, descent = metrics.ascent, metrics.descent
        widths.append(metrics.advance * size + paragraph.letter_spacing * len(line.text))
        lefts.append(line.box.x - metrics.ink_left * size)
    if ascent is None or descent is None:
        ascent, descent = 0.93, 0.24
    half_leading = (leading - (ascent + descent) * size) / 2
    top = paragraph.lines[0].baseline - round(half_leading + ascent * size)
    width = int(math.ceil(max(widths))) + 2
    if paragraph.align == "center":
        centre = paragraph.ink.centre[0]
        left = int(round(centre - width / 2))
    else:
        left = int(round(min(lefts)))
    box = Box(left, top, width, leading * len(paragraph.lines))
    return Node("text", box, paragraph=paragraph, cut_box=paragraph.ink)


def assign_heading_roles(page: Node) -> None:
    """Text clearly larger than the page's body text is a heading (h1 for the largest sizes)."""
    paragraphs = [n.paragraph for n in page.walk() if n.paragraph is not None]
    if not paragraphs:
        return
    weighted = sorted((p.size, len(p.text)) for p in paragraphs)
    total = sum(count for _, count in weighted)
    running = 0
    body = weighted[-1][0]
    for size, count in weighted:
        running += count
        if running >= total / 2:
            body = size
            break
    for paragraph in paragraphs:
        ratio = paragraph.size / max(body, 1.0)
        short = len(paragraph.lines) <= 3
        if ratio >= 1.6 and short:
            paragraph.role = "h1"
        elif ratio >= 1.3 and short:
            paragraph.role = "h2"
        elif ratio >= 1.1 and paragraph.bold and short:
            paragraph.role = "h3"
        elif paragraph.lines[0].text[:1] in "•·▪◦●■–-*" and len(paragraph.lines[0].text) > 2:
            paragraph.role = "li"
