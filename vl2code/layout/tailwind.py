"""The same element tree as :mod:`vl2code.layout.html`, styled with Tailwind utility classes.

Measured values become arbitrary-value classes (``mt-[12px]``, ``bg-[#1a2b3c]``,
``text-[13px]``); a property with no utility is written as an arbitrary property
(``[white-space:nowrap]``). The page loads the Tailwind Play CDN script.
"""

from __future__ import annotations

import re

from vl2code.layout.analysis import Layout
from vl2code.layout.html import Element, document, hex_colour, page_title, serialise

TAILWIND_CDN = "https://cdn.tailwindcss.com"

#: Properties whose every value maps to one utility prefix.
PREFIXES = {
    "margin-top": "mt",
    "margin-left": "ml",
    "width": "w",
    "height": "h",
    "top": "top",
    "left": "left",
    "font-size": "text",
    "line-height": "leading",
    "letter-spacing": "tracking",
    "border-radius": "rounded",
    "background": "bg",
    "color": "text",
}
#: Exact property-value pairs with a named utility.
KEYWORDS = {
    ("display", "flex"): "flex",
    ("display", "block"): "block",
    ("display", "grid"): "grid",
    ("align-self", "start"): "self-start",
    ("justify-self", "start"): "justify-self-start",
    ("grid-area", "1 / 1"): "[grid-area:1/1]",
    ("flex-direction", "column"): "flex-col",
    ("align-items", "flex-start"): "items-start",
    ("flex", "none"): "flex-none",
    ("white-space", "nowrap"): "whitespace-nowrap",
    ("font-weight", "700"): "font-bold",
    ("text-align", "center"): "text-center",
    ("text-align", "right"): "text-right",
    ("overflow", "hidden"): "overflow-hidden",
    ("position", "relative"): "relative",
    ("position", "absolute"): "absolute",
}


def utility_classes(style: dict[str, str]) -> list[str]:
    """Tailwind classes equivalent to a CSS declaration block."""
    classes = []
    for prop, value in style.items():
        keyword = KEYWORDS.get((prop, value))
        if keyword:
            classes.append(keyword)
        elif prop in PREFIXES:
            classes.append(_arbitrary(PREFIXES[prop], value))
        elif prop == "font-family":
            classes.append("font-[" + _escape(value) + "]")
        elif prop == "border":
            width, _solid, colour = value.split(" ")
            classes.extend([f"border-[{width}]", "border-solid", f"border-[{colour}]"])
        else:
            classes.append(f"[{prop}:{_escape(value)}]")
    return classes


def _arbitrary(prefix: str, value: str) -> str:
    if value.startswith("-"):
        return f"-{prefix}-[{value[1:]}]"
    return f"{prefix}-[{_escape(value)}]"


def _escape(value: str) -> str:
    """Spaces become underscores inside an arbitrary value, as Tailwind expects."""
    return re.sub(r"\s+", "_", value.replace(", ", ","))


def class_attributes(element: Element) -> dict[str, str]:
    classes = [c for c in element.attrs.get("class", "").split() if c]
    classes.extend(utility_classes(element.style))
    return {"class": " ".join(classes)} if classes else {}


def render_tailwind(page: Element, layout: Layout) -> str:
    body = serialise(page, class_attributes)
    head = (
        f'<script src="{TAILWIND_CDN}"></script>\n'
        '<style type="text/tailwindcss">@layer base{a{color:inherit}hr{border:0}}</style>\n'
    )
    return document(body, head, f' class="m-0 bg-[{hex_colour(layout.background)}]"', page_title(layout))
