"""What the layout engine reads from a screenshot, in a form a model prompt can quote.

A vision model guesses text and sizes less reliably than OCR and pixel measurement; giving it
the lines with their boxes, sizes, colours and roles grounds its draft.
"""

from __future__ import annotations

from typing import Any

from PIL import Image

from vl2code.cjk import join_words
from vl2code.layout.analysis import Layout, analyse
from vl2code.layout.tree import build_tree

#: Prompts are short: the longest hint list quoted.
MAX_HINTS = 200


def hints(image: Image.Image, layout: Layout | None = None) -> list[dict[str, Any]]:
    """One dict per text block and drawn region: text, bbox (x, y, w, h), font size, colour, role."""
    layout = layout or analyse(image)
    page = build_tree(layout)
    found: list[dict[str, Any]] = []
    for node in page.walk():
        if node.paragraph is not None:
            paragraph = node.paragraph
            found.append(
                {
                    "text": join_words(line.text for line in paragraph.lines),
                    "bbox": paragraph.ink.tuple(),
                    "font_size": paragraph.size,
                    "bold": paragraph.bold,
                    "color": "#{:02x}{:02x}{:02x}".format(*paragraph.color),
                    "font_family": paragraph.family.name,
                    "role": _text_role(node, page),
                }
            )
        elif node.region is not None:
            found.append(
                {
                    "text": "",
                    "bbox": node.region.box.tuple(),
                    "font_size": None,
                    "color": "#{:02x}{:02x}{:02x}".format(*node.region.fill),
                    "role": node.region.kind,
                }
            )
    found.sort(key=lambda h: (h["bbox"][1], h["bbox"][0]))
    return found[:MAX_HINTS]


def _text_role(node: Any, page: Any) -> str:
    for container in page.walk():
        if container.region is not None and container.region.kind == "button" and node in container.walk():
            return "button"
    return {"h1": "heading", "h2": "heading", "h3": "heading", "li": "list-item"}.get(
        node.paragraph.role, "text"
    )


def format_hints(found: list[dict[str, Any]]) -> str:
    """One line per hint, e.g. ``heading  "Welcome" at (96,250 386x28) 30px bold #696969``."""
    rows = []
    for hint in found:
        x, y, w, h = hint["bbox"]
        where = f"at ({x},{y} {w}x{h})"
        if hint.get("text"):
            size = f"{hint['font_size']:g}px" if hint.get("font_size") else ""
            weight = " bold" if hint.get("bold") else ""
            rows.append(
                f'{hint["role"]:<10} "{hint["text"]}" {where} {size}{weight} {hint["color"]}'.rstrip()
            )
        else:
            rows.append(f"{hint['role']:<10} {where} fill {hint['color']}")
    return "\n".join(rows)
