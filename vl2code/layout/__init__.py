"""The model-free layout engine: screenshot to HTML, Tailwind or draw.io with OCR and pixel analysis.

It needs no model and no network: text comes from OCR, everything else from measuring the pixels.
It is the ``layout`` backend, gives the model grounded hints, and refines its own output from a
comparison's mismatches.
"""

from __future__ import annotations

from typing import Literal

from PIL import Image

from vl2code.layout.analysis import Layout, analyse
from vl2code.layout.hints import format_hints, hints
from vl2code.layout.refine import refine

Target = Literal["html", "tailwind", "drawio"]
ImageMode = Literal["placeholder", "crop"]

__all__ = ["Layout", "analyse", "format_hints", "generate", "hints", "refine"]


def generate(image: Image.Image, target: Target, *, image_mode: ImageMode = "placeholder") -> str:
    """A complete document for ``target`` that reproduces the screenshot."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    if target == "drawio":
        from vl2code.layout.drawio import generate_drawio

        return generate_drawio(rgb)
    from vl2code.layout.html import ElementBuilder, render_html
    from vl2code.layout.tailwind import render_tailwind
    from vl2code.layout.tree import build_tree

    layout = analyse(rgb)
    page = ElementBuilder(layout, rgb, image_mode).page(build_tree(layout))
    if target == "tailwind":
        return render_tailwind(page, layout)
    if target == "html":
        return render_html(page, layout)
    raise ValueError(f"unknown target {target!r}: expected html, tailwind or drawio")
