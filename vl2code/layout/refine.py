"""Numeric refinement: move, resize and recolour text from a comparison's mismatch list.

The comparison says where each text block is on the screenshot and where it landed in the
render. Misplaced text gets a relative offset (it keeps its place in the flow and moves nothing
else), text of the wrong width gets its font size scaled, text of the wrong colour gets the colour
measured on the screenshot, and text the screenshot does not have is removed. It works on HTML
from any source (inline styles, or Tailwind classes for the Tailwind target) and on draw.io
cells. The pipeline keeps a revision only when it scores better, so a refinement may be wrong;
it must never fail, so any unexpected input returns the code unchanged.
"""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

import numpy as np
from bs4 import BeautifulSoup, NavigableString, Tag
from PIL import Image

#: Mismatches below this severity are noise.
MIN_SEVERITY = 0.02
#: Smallest move (px) or relative size change worth an edit.
MIN_SHIFT = 2
MIN_SCALE_CHANGE = 0.06
#: Text similarity for a mismatch's text to name an element.
MIN_TEXT_MATCH = 0.6
TEXT_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "a", "span", "button", "td", "th", "label", "div")


def refine(code: str, target: str, image: Image.Image, comparison: Any) -> str:
    """The code with positions, sizes and colours corrected where the comparison found them off."""
    try:
        mismatches = [
            m for m in getattr(comparison, "mismatches", ()) if getattr(m, "severity", 0) >= MIN_SEVERITY
        ]
        if not mismatches or not isinstance(code, str) or not code.strip():
            return code
        rgb = np.asarray(image.convert("RGB"))
        if target == "drawio":
            return _refine_drawio(code, mismatches, rgb)
        return _refine_html(code, mismatches, rgb, tailwind=target == "tailwind")
    except Exception:  # noqa: BLE001 - a failed refinement must leave the previous code in place
        return code


def _refine_html(code: str, mismatches: Sequence[Any], pixels: np.ndarray, tailwind: bool) -> str:
    soup = BeautifulSoup(code, "html.parser")
    body = soup.body or soup
    candidates = [el for el in body.find_all(TEXT_TAGS) if _own_text(el)]
    changed = False
    for mismatch in mismatches:
        element = _element_for(mismatch.text, candidates)
        if element is None:
            continue
        edit = _edit_for(mismatch, pixels)
        if edit == "remove":
            element.decompose()
            candidates.remove(element)
            changed = True
        elif isinstance(edit, dict):
            _apply_html(element, edit, tailwind)
            changed = True
    return str(soup) if changed else code


def _own_text(element: Tag) -> str:
    """The text directly inside an element (not its child elements'), normalised."""
    parts = [str(c) for c in element.children if isinstance(c, NavigableString)]
    parts += [
        c.get_text()
        for c in element.children
        if isinstance(c, Tag) and c.name in ("a", "span", "b", "i", "em", "strong", "br")
    ]
    return " ".join(" ".join(parts).split()).lower()


def _element_for(text: str | None, elements: Sequence[Tag]) -> Tag | None:
    """The element whose text best matches ``text`` (the innermost when several do)."""
    if not text:
        return None
    wanted = " ".join(text.split()).lower()
    best, best_ratio = None, MIN_TEXT_MATCH
    for element in elements:
        own = _own_text(element)
        if not own:
            continue
        ratio = (
            1.0
            if wanted in own and len(wanted) >= 0.5 * len(own)
            else difflib.SequenceMatcher(None, wanted, own).ratio()
        )
        if ratio > best_ratio:
            best, best_ratio = element, ratio
    return best


def _edit_for(mismatch: Any, pixels: np.ndarray) -> dict[str, Any] | str | None:
    """What to change for one mismatch: offsets, a size factor, a colour, or removal."""
    kind = mismatch.kind
    reference, candidate = mismatch.reference_bbox, mismatch.candidate_bbox
    if kind == "extra_text":
        return "remove" if reference is None else None
    if reference is None or candidate is None:
        return None
    edit: dict[str, Any] = {}
    if kind == "misplaced":
        rx, ry, rw, rh = reference
        cx, cy, cw, ch = candidate
        dx = round(rx - cx)
        dy = round((ry + rh / 2) - (cy + ch / 2))
        if abs(dx) >= MIN_SHIFT or abs(dy) >= MIN_SHIFT:
            edit["shift"] = (dx, dy)
        if cw > 0 and abs(rw / cw - 1) >= MIN_SCALE_CHANGE:
            edit["scale"] = rw / cw
    if kind == "color":
        edit["color"] = ink_colour(pixels, reference)
    return edit or None


def ink_colour(pixels: np.ndarray, bbox: Sequence[float]) -> tuple[int, int, int]:
    """The text colour inside ``bbox`` of the screenshot: the pixels farthest from its border's colour."""
    height, width = pixels.shape[:2]
    x, y, w, h = (int(round(v)) for v in bbox)
    x0, y0, x1, y1 = max(0, x), max(0, y), min(width, x + max(1, w)), min(height, y + max(1, h))
    crop = pixels[y0:y1, x0:x1].reshape(-1, 3).astype(np.int32)
    frame = np.concatenate(
        [pixels[y0, x0:x1], pixels[y1 - 1, x0:x1], pixels[y0:y1, x0], pixels[y0:y1, x1 - 1]]
    )
    background = np.median(frame.astype(np.int32), axis=0)
    distance = np.abs(crop - background).sum(axis=1)
    ink = crop[distance >= 0.7 * distance.max()] if distance.max() > 0 else crop
    return tuple(int(v) for v in np.median(ink, axis=0))  # type: ignore[return-value]


def _apply_html(element: Tag, edit: dict[str, Any], tailwind: bool) -> None:
    if tailwind:
        _apply_classes(element, edit)
    else:
        _apply_style(element, edit)


def _parse_style(text: str) -> dict[str, str]:
    style: dict[str, str] = {}
    for declaration in text.split(";"):
        if ":" in declaration:
            key, value = declaration.split(":", 1)
            style[key.strip().lower()] = value.strip()
    return style


def _px(value: str | None) -> float:
    match = re.fullmatch(r"(-?\d+(?:\.\d+)?)px", (value or "").strip())
    return float(match.group(1)) if match else 0.0


def _fmt(value: float) -> str:
    rounded = round(value, 1)
    return f"{int(rounded)}px" if rounded == int(rounded) else f"{rounded}px"


def _apply_style(element: Tag, edit: dict[str, Any]) -> None:
    style = _parse_style(str(element.get("style") or ""))
    if "shift" in edit:
        dx, dy = edit["shift"]
        if style.get("position", "static") in ("static", "relative"):
            style["position"] = "relative"
        style["left"] = _fmt(_px(style.get("left")) + dx)
        style["top"] = _fmt(_px(style.get("top")) + dy)
    if "scale" in edit and _px(style.get("font-size")):
        style["font-size"] = _fmt(_px(style["font-size"]) * edit["scale"])
    if "color" in edit:
        style["color"] = "#{:02x}{:02x}{:02x}".format(*edit["color"])
    element["style"] = ";".join(f"{key}:{value}" for key, value in style.items())


def _apply_classes(element: Tag, edit: dict[str, Any]) -> None:
    raw: Any = element.get("class") or []
    classes: list[str] = raw.split() if isinstance(raw, str) else [str(name) for name in raw]

    def take(pattern: str) -> float:
        for name in list(classes):
            match = re.fullmatch(pattern, name)
            if match:
                classes.remove(name)
                sign = -1.0 if name.startswith("-") else 1.0
                return sign * float(match.group(1))
        return 0.0

    if "shift" in edit:
        dx, dy = edit["shift"]
        left = take(r"-?left-\[(-?\d+(?:\.\d+)?)px\]") + dx
        top = take(r"-?top-\[(-?\d+(?:\.\d+)?)px\]") + dy
        if "absolute" not in classes and "relative" not in classes:
            classes.append("relative")
        classes += [_signed("left", left), _signed("top", top)]
    if "scale" in edit:
        size = take(r"text-\[(\d+(?:\.\d+)?)px\]")
        if size:
            classes.append(f"text-[{_fmt(size * edit['scale'])}]")
    if "color" in edit:
        _drop(classes, r"text-\[#[0-9a-fA-F]{3,8}\]")
        classes.append("text-[#{:02x}{:02x}{:02x}]".format(*edit["color"]))
    element["class"] = " ".join(classes)


def _drop(classes: list[str], pattern: str) -> None:
    classes[:] = [c for c in classes if not re.fullmatch(pattern, c)]


def _signed(prefix: str, value: float) -> str:
    return f"-{prefix}-[{_fmt(-value)}]" if value < 0 else f"{prefix}-[{_fmt(value)}]"


def _refine_drawio(code: str, mismatches: Sequence[Any], pixels: np.ndarray) -> str:
    root = ET.fromstring(code)
    cells = [c for c in root.iter("mxCell") if c.get("vertex") == "1" and c.get("value")]
    changed = False
    for mismatch in mismatches:
        cell = _cell_for(mismatch.text, cells)
        edit = _edit_for(mismatch, pixels) if cell is not None else None
        if cell is None or not isinstance(edit, dict):
            continue
        geometry = cell.find("mxGeometry")
        style = cell.get("style") or ""
        if "shift" in edit and geometry is not None:
            dx, dy = edit["shift"]
            geometry.set("x", str(round(float(geometry.get("x") or 0) + dx)))
            geometry.set("y", str(round(float(geometry.get("y") or 0) + dy)))
        if "scale" in edit:
            match = re.search(r"fontSize=(\d+(?:\.\d+)?)", style)
            size = float(match.group(1)) if match else 12.0
            style = _set_style(style, "fontSize", str(max(6, round(size * edit["scale"]))))
        if "color" in edit:
            style = _set_style(style, "fontColor", "#{:02x}{:02x}{:02x}".format(*edit["color"]))
        cell.set("style", style)
        changed = True
    return ET.tostring(root, encoding="unicode") if changed else code


def _cell_for(text: str | None, cells: Sequence[ET.Element]) -> ET.Element | None:
    if not text:
        return None
    wanted = " ".join(text.split()).lower()
    best, best_ratio = None, MIN_TEXT_MATCH
    for cell in cells:
        label = " ".join(re.sub(r"<[^>]+>", " ", cell.get("value") or "").split()).lower()
        ratio = difflib.SequenceMatcher(None, wanted, label).ratio()
        if ratio > best_ratio:
            best, best_ratio = cell, ratio
    return best


def _set_style(style: str, key: str, value: str) -> str:
    parts = [p for p in style.split(";") if p and not p.startswith(f"{key}=")]
    parts.append(f"{key}={value}")
    return ";".join(parts) + ";"
