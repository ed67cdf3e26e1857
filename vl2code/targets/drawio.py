"""draw.io diagrams: extract a valid, uncompressed mxfile from model output, and check one.

A diagram the viewer can open needs ``mxfile > diagram > mxGraphModel > root`` with the two
structural cells (``0``, and layer ``1`` whose parent is ``0``), unique ids, parents that
exist, vertices with a geometry, and edges with a geometry whose ends exist. Models get these
wrong in predictable ways (a bare ``mxGraphModel``, missing root cells, duplicate ids,
dangling edge ends, a truncated last cell); this module repairs those and reports the rest.
"""

from __future__ import annotations

import base64
import re
import urllib.parse
import uuid
import zlib
from collections.abc import Iterator

import lxml.etree as etree

from vl2code.targets.base import InvalidDocumentError, NoCodeError, candidate_code

LANGUAGES = ("xml", "drawio", "mxfile", "html", "mxgraph")
#: Elements that are cells: ``mxCell``, or a wrapper carrying the id and its inner ``mxCell``.
WRAPPERS = ("UserObject", "object")
DEFAULT_SIZE = {"width": "120", "height": "60"}

_MARKER = re.compile(r"<(mxfile|mxGraphModel|mxCell|root|diagram|UserObject|object)\b")
_PROLOGUE = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_END = re.compile(r"</(mxfile|mxGraphModel|root)>")


def _parser(recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        recover=recover, resolve_entities=False, no_network=True, remove_blank_text=True, huge_tree=False
    )


def _trim(code: str) -> str:
    start = _MARKER.search(code)
    code = code[start.start() :] if start else code
    ends = list(_END.finditer(code))
    return code[: ends[-1].end()] if ends else code


def decompress(text: str) -> str:
    """The XML inside a compressed ``<diagram>``: base64, then raw deflate, then URL-encoding."""
    try:
        return urllib.parse.unquote(zlib.decompress(base64.b64decode(text.strip()), -15).decode("utf-8"))
    except (ValueError, zlib.error, UnicodeDecodeError):
        raise InvalidDocumentError(
            "a <diagram> holds compressed content that cannot be decompressed"
        ) from None


def _models_in_diagram(diagram: etree._Element, recover: bool) -> etree._Element | None:
    model = diagram.find("mxGraphModel")
    if model is not None:
        return model
    if (diagram.text or "").strip():
        try:
            return etree.fromstring(decompress(diagram.text).encode("utf-8"), _parser(recover))
        except etree.XMLSyntaxError as error:
            raise InvalidDocumentError(f"a compressed <diagram> is not valid XML ({error})") from None
    return None


def _new_model(cells: list[etree._Element]) -> etree._Element:
    model = etree.Element("mxGraphModel")
    root = etree.SubElement(model, "root")
    for cell in cells:
        root.append(cell)
    return model


def _collect_models(container: etree._Element) -> list[tuple[dict[str, str], etree._Element]]:
    """``(diagram attributes, mxGraphModel)`` pairs found in leniently parsed output."""
    diagrams = list(container.iter("diagram"))
    if diagrams:
        found = [(dict(diagram.attrib), _models_in_diagram(diagram, recover=True)) for diagram in diagrams]
        return [(attributes, model) for attributes, model in found if model is not None]
    models = list(container.iter("mxGraphModel"))
    if models:
        return [({}, model) for model in models]
    roots = list(container.iter("root"))
    if roots:
        return [({}, _new_model(list(root))) for root in roots]
    cells = [element for element in container if element.tag == "mxCell" or element.tag in WRAPPERS]
    return [({}, _new_model(cells))] if cells else []


def cell_id(cell: etree._Element) -> str | None:
    return cell.get("id")


def _inner(cell: etree._Element) -> etree._Element:
    """The element holding vertex/edge/parent/geometry: the cell itself or a wrapper's mxCell."""
    if cell.tag in WRAPPERS:
        inner = cell.find("mxCell")
        if inner is None:
            inner = etree.SubElement(cell, "mxCell")
        return inner
    return cell


def _cells(root: etree._Element) -> list[etree._Element]:
    return [element for element in root if element.tag == "mxCell" or element.tag in WRAPPERS]


def _geometry(cell: etree._Element) -> etree._Element | None:
    inner = _inner(cell)
    geometry = inner.find("mxGeometry[@as='geometry']")
    if geometry is None:
        geometry = inner.find("mxGeometry")
        if geometry is not None:
            geometry.set("as", "geometry")
    return geometry


def _is_number(value: str | None) -> bool:
    try:
        return value is not None and abs(float(value)) < 1e9
    except ValueError:
        return False


class _Repair:
    """Repairs one mxGraphModel in place."""

    def __init__(self, model: etree._Element) -> None:
        self.model = model
        root = model.find("root")
        if root is None:
            root = etree.SubElement(model, "root")
            for cell in [child for child in model if child.tag == "mxCell" or child.tag in WRAPPERS]:
                root.append(cell)
        self.root = root
        self._counter = 0

    def run(self) -> None:
        self._flatten()
        self._unique_ids()
        self._structural_cells()
        self._drop_dangling_edges()
        self._fix_parents()
        self._vertex_geometry()

    def _flatten(self) -> None:
        """Cells nested inside other cells (a common slip) move up to the root; junk goes."""
        for element in list(self.root):
            if element.tag != "mxCell" and element.tag not in WRAPPERS:
                self.root.remove(element)
        for cell in list(self.root):
            for nested in list(_inner(cell).iter("mxCell")):
                if nested is not _inner(cell) and nested.getparent() is not None:
                    self.root.append(nested)

    def _new_id(self, taken: set[str]) -> str:
        while True:
            self._counter += 1
            candidate = f"vl2code-{self._counter}"
            if candidate not in taken:
                taken.add(candidate)
                return candidate

    def _unique_ids(self) -> None:
        cells = _cells(self.root)
        taken = {identifier for cell in cells if (identifier := cell_id(cell))}
        seen: set[str] = set()
        for cell in cells:
            current = cell_id(cell)
            if not current or current in seen:
                cell.set("id", self._new_id(taken))
            else:
                seen.add(current)

    def _structural_cells(self) -> None:
        by_id = {cell_id(cell): cell for cell in _cells(self.root)}
        zero = by_id.get("0")
        if zero is None:
            zero = etree.Element("mxCell", id="0")
        for attribute in ("parent", "vertex", "edge", "source", "target"):
            _inner(zero).attrib.pop(attribute, None)
        layer = by_id.get("1")
        if layer is None:
            layer = etree.Element("mxCell", id="1")
        for attribute in ("vertex", "edge", "source", "target"):
            _inner(layer).attrib.pop(attribute, None)
        _inner(layer).set("parent", "0")
        self.root.insert(0, zero)
        self.root.insert(1, layer)

    def _drop_dangling_edges(self) -> None:
        ids = {cell_id(cell) for cell in _cells(self.root)}
        for cell in _cells(self.root):
            inner = _inner(cell)
            if inner.get("edge") != "1":
                continue
            for end in ("source", "target"):
                if inner.get(end) is not None and inner.get(end) not in ids:
                    del inner.attrib[end]
            geometry = _geometry(cell)
            if geometry is None:
                geometry = etree.SubElement(inner, "mxGeometry", relative="1")
                geometry.set("as", "geometry")
            has_points = (
                geometry.find("mxPoint[@as='sourcePoint']") is not None
                or geometry.find("mxPoint[@as='targetPoint']") is not None
            )
            if inner.get("source") is None and inner.get("target") is None and not has_points:
                self.root.remove(cell)

    def _fix_parents(self) -> None:
        cells = _cells(self.root)
        parents = {cell_id(cell): _inner(cell).get("parent") for cell in cells}
        for cell in cells[2:]:
            inner = _inner(cell)
            parent = inner.get("parent")
            is_shape = inner.get("vertex") == "1" or inner.get("edge") == "1"
            if parent not in parents or parent == cell_id(cell) or (parent == "0" and is_shape):
                inner.set("parent", "1")
                parents[cell_id(cell)] = "1"
        for cell in cells[2:]:
            visited = {cell_id(cell)}
            current = parents[cell_id(cell)]
            while current not in (None, "0"):
                if current in visited:
                    _inner(cell).set("parent", "1")
                    parents[cell_id(cell)] = "1"
                    break
                visited.add(current)
                current = parents.get(current)

    def _vertex_geometry(self) -> None:
        placed = 0
        bottom = max(
            (float(g.get("y", 0)) + float(g.get("height", 0)) for g in self._geometries()), default=0.0
        )
        for cell in _cells(self.root):
            inner = _inner(cell)
            if inner.get("vertex") != "1":
                continue
            geometry = _geometry(cell)
            if geometry is None:
                geometry = etree.SubElement(
                    inner, "mxGeometry", x=str(20 + 140 * placed), y=str(int(bottom) + 20)
                )
                geometry.set("as", "geometry")
                placed += 1
            for name in ("x", "y", "width", "height"):
                value = geometry.get(name)
                if value is not None and not _is_number(value):
                    del geometry.attrib[name]
            if geometry.get("relative") != "1":
                for name, default in DEFAULT_SIZE.items():
                    if not _is_number(geometry.get(name)) or float(geometry.get(name, 0)) <= 0:
                        geometry.set(name, default)

    def _geometries(self) -> Iterator[etree._Element]:
        for cell in _cells(self.root):
            geometry = _inner(cell).find("mxGeometry")
            if (
                geometry is not None
                and geometry.get("relative") != "1"
                and all(_is_number(geometry.get(name, "0")) for name in ("y", "height"))
            ):
                yield geometry


def _shape_count(model: etree._Element) -> int:
    root = model.find("root")
    if root is None:
        return 0
    return sum(
        1 for cell in _cells(root) if _inner(cell).get("vertex") == "1" or _inner(cell).get("edge") == "1"
    )


def serialize(diagrams: list[tuple[dict[str, str], etree._Element]]) -> str:
    mxfile = etree.Element("mxfile", host="vl2code")
    for index, (attributes, model) in enumerate(diagrams):
        diagram = etree.SubElement(mxfile, "diagram")
        diagram.set("id", attributes.get("id") or uuid.uuid5(uuid.NAMESPACE_OID, str(index)).hex[:20])
        diagram.set("name", attributes.get("name") or f"Page-{index + 1}")
        diagram.append(model)
    return etree.tostring(mxfile, encoding="unicode", pretty_print=True)


def extract(text: str) -> str:
    """A valid, uncompressed draw.io file from raw model output, or a typed ExtractionError."""
    code = candidate_code(text, LANGUAGES, _MARKER)
    if code is None:
        raise NoCodeError("the model output contains no draw.io XML (mxfile / mxGraphModel / mxCell)")
    code = _CONTROL.sub("", _PROLOGUE.sub("", _trim(code)))
    container = etree.fromstring(f"<vl2code-output>{code}</vl2code-output>".encode(), _parser(recover=True))
    if container is None:
        raise InvalidDocumentError("the draw.io XML cannot be parsed")
    diagrams = _collect_models(container)
    for _, model in diagrams:
        _Repair(model).run()
    diagrams = [(attributes, model) for attributes, model in diagrams if _shape_count(model)]
    if not diagrams:
        raise NoCodeError("the draw.io XML has no shapes (no mxCell with vertex or edge)")
    result = serialize(diagrams)
    validate(result)
    return result


def problems(model: etree._Element) -> list[str]:
    """Everything that keeps one mxGraphModel from being a valid diagram."""
    root = model.find("root")
    if root is None:
        return ["an mxGraphModel has no <root>"]
    found: list[str] = []
    cells = _cells(root)
    ids = [cell_id(cell) for cell in cells]
    if None in ids:
        found.append("a cell has no id")
    duplicates = sorted({i for i in ids if i is not None and ids.count(i) > 1})
    if duplicates:
        found.append(f"duplicate cell ids: {', '.join(duplicates[:5])}")
    inner = {cell_id(cell): cell.find("mxCell") if cell.tag in WRAPPERS else cell for cell in cells}
    if "0" not in inner:
        found.append('the root cell id="0" is missing')
    if "1" not in inner or inner["1"] is None or inner["1"].get("parent") != "0":
        found.append('the layer cell id="1" with parent="0" is missing')
    for identifier, element in inner.items():
        if element is None:
            found.append(f"cell {identifier}: wrapper without an mxCell")
            continue
        parent = element.get("parent")
        if identifier != "0" and parent not in inner:
            found.append(f"cell {identifier}: parent {parent!r} does not exist")
        geometry = element.find("mxGeometry")
        if element.get("vertex") == "1" and geometry is None:
            found.append(f"vertex {identifier} has no mxGeometry")
        if element.get("edge") == "1":
            if geometry is None:
                found.append(f"edge {identifier} has no mxGeometry")
            for end in ("source", "target"):
                if element.get(end) is not None and element.get(end) not in inner:
                    found.append(f"edge {identifier}: {end} {element.get(end)!r} does not exist")
    return found


def validate(code: str) -> None:
    """Raise InvalidDocumentError with the first problems of an already-extracted diagram file."""
    try:
        mxfile = etree.fromstring(code.strip().encode("utf-8"), _parser(recover=False))
    except etree.XMLSyntaxError as error:
        raise InvalidDocumentError(f"the diagram is not well-formed XML ({error})") from None
    if mxfile.tag != "mxfile":
        raise InvalidDocumentError(f"the document root is <{mxfile.tag}>, expected <mxfile>")
    diagrams = mxfile.findall("diagram")
    if not diagrams:
        raise InvalidDocumentError("the mxfile has no <diagram>")
    shapes = 0
    for number, diagram in enumerate(diagrams, start=1):
        model = _models_in_diagram(diagram, recover=False)
        if model is None or model.tag != "mxGraphModel":
            raise InvalidDocumentError(f"diagram {number} has no <mxGraphModel>")
        found = problems(model)
        if found:
            raise InvalidDocumentError(f"diagram {number}: {'; '.join(found[:3])}")
        shapes += _shape_count(model)
    if not shapes:
        raise InvalidDocumentError("the diagram has no shapes")
