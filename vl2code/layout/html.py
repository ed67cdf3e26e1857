"""The layout tree as semantic HTML in normal flow, styled with measured values.

Stacks are flex columns and rows are flex rows; each child is placed by its margins, measured
from the gaps on the screenshot, so nothing in ordinary flow is absolutely positioned. Regions
keep their measured size, fill, border and corner radius; text keeps its family, size, weight,
colour and line height. The same element tree is written with inline styles here and with
Tailwind classes in :mod:`vl2code.layout.tailwind`.
"""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass, field
from typing import Literal

from PIL import Image

from vl2code.cjk import join_words
from vl2code.layout.analysis import Box, Layout, Region, TextLine, colour_distance
from vl2code.layout.tree import Node, Paragraph

ImageMode = Literal["placeholder", "crop"]
#: A word whose colour differs this much from its line's is a link or highlighted run.
RUN_COLOUR_CHANGE = 90
RESET_CSS = (
    "*{box-sizing:border-box;margin:0;padding:0}"
    "h1,h2,h3,h4,p,li{font-size:inherit;font-weight:inherit}"
    "ul{list-style:none}a{color:inherit;text-decoration:none}"
    "button{font:inherit;color:inherit;background:none;border:0;text-align:left;cursor:pointer}"
    "hr{border:0}"
)


@dataclass
class Element:
    """A tag with its style (CSS property -> value), attributes and children."""

    tag: str
    style: dict[str, str] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def walk(self) -> list[Element]:
        found = [self]
        for child in self.children:
            if isinstance(child, Element):
                found.extend(child.walk())
        return found


def hex_colour(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def px(value: float) -> str:
    rounded = round(value, 1)
    return f"{int(rounded)}px" if rounded == int(rounded) else f"{rounded}px"


class ElementBuilder:
    """Turns layout nodes into elements, placing each child with margins inside its parent."""

    def __init__(self, layout: Layout, image: Image.Image, image_mode: ImageMode) -> None:
        self.layout = layout
        self.image = image
        self.image_mode = image_mode

    def page(self, root: Node) -> Element:
        page = Element(
            "div",
            {
                "width": px(self.layout.width),
                "height": px(self.layout.height),
                "overflow": "hidden",
                "display": "flex",
                "flex-direction": "column",
                "align-items": "flex-start",
                "background": hex_colour(self.layout.background),
            },
            {"class": "page"},
        )
        page.children = self._placed_children(root, root.box, self.layout.background)
        return page

    def _placed_children(
        self, node: Node, origin: Box, parent_fill: tuple[int, int, int]
    ) -> list[Element | str]:
        """A container's single arranged child, moved from the container's content origin."""
        if not node.children:
            return []
        (child,) = node.children
        element = self.element(child, parent_fill)
        _set_margins(element, child.box.y - origin.y, child.box.x - origin.x)
        return [element]

    def element(self, node: Node, parent_fill: tuple[int, int, int]) -> Element:
        if node.kind == "text" and node.paragraph is not None:
            return self.text(node.paragraph, node.box)
        if node.kind == "image" and node.region is not None:
            return self.picture(node.region)
        if node.kind == "separator" and node.region is not None:
            return self.separator(node.region)
        if node.kind == "bullet" and node.region is not None:
            return self.bullet(node.region)
        if node.kind == "region" and node.region is not None:
            return self.region(node)
        if node.kind == "layer":
            return self.layer(node, parent_fill)
        return self.flow(node, parent_fill)

    def flow(self, node: Node, parent_fill: tuple[int, int, int]) -> Element:
        """A stack (flex column) or row (flex row); children placed by margins."""
        column = node.kind == "stack"
        style = {"display": "flex", "align-items": "flex-start"}
        if column:
            style["flex-direction"] = "column"
        element = Element("div", style)
        cursor = node.box.y if column else node.box.x
        for child in node.children:
            child_element = self.element(child, parent_fill)
            if column:
                _set_margins(child_element, child.box.y - cursor, child.box.x - node.box.x)
                cursor = child.box.bottom
            else:
                _set_margins(child_element, child.box.y - node.box.y, child.box.x - cursor)
                child_element.style["flex"] = "none"
                cursor = child.box.right
            element.children.append(child_element)
        if not column and node.children[0].kind == "bullet":
            element.tag = "li"
        if column:
            element.children = _lists(element.children)
        return element

    def layer(self, node: Node, parent_fill: tuple[int, int, int]) -> Element:
        """Overlapping content: all children share one grid cell, each placed by its margins.

        This keeps overlapping items in flow (no absolute positioning) while letting them overlap.
        """
        element = Element(
            "div", {"display": "grid", "width": px(node.box.w), "height": px(node.box.h), "flex": "none"}
        )
        for child in node.children:
            child_element = self.element(child, parent_fill)
            child_element.style.update({"grid-area": "1 / 1", "align-self": "start", "justify-self": "start"})
            _set_margins(child_element, child.box.y - node.box.y, child.box.x - node.box.x)
            element.children.append(child_element)
        return element

    def region(self, node: Node) -> Element:
        region = node.region
        assert region is not None
        tag = {"band": _band_tag(region.box, self.layout), "button": "button"}.get(region.kind, "div")
        attrs = {"role": "img", "aria-label": "image"} if region.kind == "image" else {}
        style = {
            "width": px(region.box.w),
            "height": px(region.box.h),
            "background": hex_colour(region.fill),
            "display": "flex",
            "flex-direction": "column",
            "align-items": "flex-start",
            "flex": "none",
        }
        if region.border is not None and region.border_width:
            style["border"] = f"{px(region.border_width)} solid {hex_colour(region.border)}"
        if region.radius:
            style["border-radius"] = px(region.radius)
        element = Element(tag, style, attrs)
        inset = region.border_width if region.border is not None else 0
        origin = Box(region.box.x + inset, region.box.y + inset, region.box.w, region.box.h)
        element.children = self._placed_children(node, origin, region.fill)
        return element

    def picture(self, region: Region) -> Element:
        size = {"width": px(region.box.w), "height": px(region.box.h), "flex": "none"}
        if self.image_mode == "crop":
            crop = self.image.crop((region.box.x, region.box.y, region.box.right, region.box.bottom))
            return Element(
                "img",
                {**size, "display": "block"},
                {"src": data_uri(crop), "alt": "", "width": str(region.box.w), "height": str(region.box.h)},
            )
        return Element(
            "div", {**size, "background": hex_colour(region.fill)}, {"role": "img", "aria-label": "image"}
        )

    def separator(self, region: Region) -> Element:
        style = {
            "width": px(region.box.w),
            "height": px(region.box.h),
            "background": hex_colour(region.fill),
            "flex": "none",
        }
        return Element("hr" if region.box.w >= region.box.h else "div", style)

    def bullet(self, region: Region) -> Element:
        style = {
            "width": px(region.box.w),
            "height": px(region.box.h),
            "background": hex_colour(region.fill),
            "flex": "none",
        }
        if region.radius:
            style["border-radius"] = "50%"
        return Element("span", style, {"aria-hidden": "true"})

    def text(self, paragraph: Paragraph, box: Box) -> Element:
        tag = {"h1": "h1", "h2": "h2", "h3": "h3", "li": "li"}.get(paragraph.role, "p")
        style = {
            "width": px(box.w),
            "font-family": paragraph.family.css,
            "font-size": px(paragraph.size),
            "line-height": px(paragraph.line_height),
            "color": hex_colour(paragraph.color),
            "white-space": "nowrap",
            "flex": "none",
        }
        if paragraph.bold:
            style["font-weight"] = "700"
        if paragraph.letter_spacing:
            style["letter-spacing"] = px(paragraph.letter_spacing)
        if paragraph.align != "left":
            style["text-align"] = paragraph.align
        element = Element(tag, style)
        for index, line in enumerate(paragraph.lines):
            if index:
                element.children.append(Element("br"))
            element.children.extend(_runs(line, paragraph.color))
        return element


def _runs(line: TextLine, colour: tuple[int, int, int]) -> list[Element | str]:
    """The line's words, with runs in another colour (links, highlights) as their own elements."""
    pieces: list[Element | str] = []
    run: list[str] = []
    run_colour: tuple[int, int, int] | None = None
    words = line.words or ()
    if not words:
        return [line.text]

    def flush() -> None:
        if not run:
            return
        text = join_words(run)
        if run_colour is None:
            pieces.append(text)
        else:
            pieces.append(Element("a", {"color": hex_colour(run_colour)}, {"href": "#"}, [text]))

    for word in words:
        different = colour_distance(word.color, colour) > RUN_COLOUR_CHANGE
        word_colour = word.color if different else None
        if (
            run
            and word_colour != run_colour
            and not (word_colour and run_colour and colour_distance(word_colour, run_colour) < 40)
        ):
            flush()
            pieces.append(" ")
            run = []
        if not run:
            run_colour = word_colour
        run.append(word.text)
    flush()
    return pieces


def _lists(children: list[Element | str]) -> list[Element | str]:
    """Runs of two or more list items in a stack become one ``ul`` (taking the first item's top margin)."""
    result: list[Element | str] = []
    run: list[Element] = []

    def close() -> None:
        if len(run) >= 2:
            top = run[0].style.pop("margin-top", None)
            wrapper = Element(
                "ul",
                {"display": "flex", "flex-direction": "column", "align-items": "flex-start", "flex": "none"},
            )
            if top:
                wrapper.style["margin-top"] = top
            wrapper.children = list(run)
            result.append(wrapper)
        else:
            result.extend(run)
        run.clear()

    for child in children:
        if isinstance(child, Element) and child.tag == "li":
            run.append(child)
        else:
            close()
            result.append(child)
    close()
    return result


def _set_margins(element: Element, top: float, left: float) -> None:
    if round(top):
        element.style["margin-top"] = px(round(top))
    if round(left):
        element.style["margin-left"] = px(round(left))


def _band_tag(box: Box, layout: Layout) -> str:
    if box.y <= 2:
        return "header"
    if box.bottom >= layout.height - 2:
        return "footer"
    return "section"


def data_uri(image: Image.Image) -> str:
    """A crop as an inline image: PNG for small or flat crops, JPEG for photos."""
    buffer = io.BytesIO()
    if image.width * image.height > 40_000:
        image.convert("RGB").save(buffer, "JPEG", quality=80)
        mime = "image/jpeg"
    else:
        image.save(buffer, "PNG", optimize=True)
        mime = "image/png"
    return f"data:{mime};base64,{base64.b64encode(buffer.getvalue()).decode('ascii')}"


def style_text(style: dict[str, str]) -> str:
    return ";".join(f"{key}:{value}" for key, value in style.items())


VOID_TAGS = {"br", "hr", "img"}


def attribute_value(value: str) -> str:
    """Escape for a double-quoted attribute; single quotes (font names) stay readable."""
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def serialise(element: Element | str, attributes_for, indent: int = 0) -> str:  # type: ignore[no-untyped-def]
    """Indented markup; ``attributes_for`` turns an element's style into attributes."""
    if isinstance(element, str):
        return html.escape(element, quote=False)
    attrs = dict(element.attrs)
    attrs.update(attributes_for(element))
    attr_text = "".join(f' {key}="{attribute_value(value)}"' for key, value in attrs.items() if value)
    pad = "  " * indent
    if element.tag in VOID_TAGS:
        return f"<{element.tag}{attr_text}>"
    inline = all(isinstance(c, str) or c.tag in ("a", "br", "span") for c in element.children)
    if inline:
        inner = "".join(serialise(c, attributes_for) for c in element.children)
        return f"<{element.tag}{attr_text}>{inner}</{element.tag}>"
    inner = "\n".join(pad + "  " + serialise(c, attributes_for, indent + 1) for c in element.children)
    return f"<{element.tag}{attr_text}>\n{inner}\n{pad}</{element.tag}>"


def inline_style_attributes(element: Element) -> dict[str, str]:
    return {"style": style_text(element.style)} if element.style else {}


def document(body: str, head_extra: str, body_style: str, title: str = "Page") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n{head_extra}</head>\n"
        f"<body{body_style}>\n{body}\n</body>\n</html>\n"
    )


def render_html(page: Element, layout: Layout) -> str:
    body = serialise(page, inline_style_attributes)
    head = f"<style>{RESET_CSS}</style>\n"
    style = f' style="margin:0;background:{hex_colour(layout.background)}"'
    return document(body, head, style, page_title(layout))


def page_title(layout: Layout) -> str:
    """The largest text on the page, which is usually its title."""
    lines = sorted(layout.lines, key=lambda line: -line.size)
    return lines[0].text[:80] if lines else "Page"
