"""draw.io files: picking one page's diagram out of an mxfile, compressed or not."""

from __future__ import annotations

import base64
import binascii
import zlib
from urllib.parse import unquote
from xml.etree import ElementTree

from vl2code.errors import InputError


def diagram_page(xml: str, page: int = 0) -> str:
    """The ``<mxGraphModel>`` of page ``page`` (0-based) as uncompressed XML.

    Accepts an ``<mxfile>`` (each ``<diagram>`` holding either the model or its compressed
    form: base64, then raw deflate, then URL-encoding) or a bare ``<mxGraphModel>``.
    """
    root = _parse(xml, "draw.io file")
    if root.tag == "mxGraphModel":
        diagrams = [root]
    elif root.tag == "mxfile":
        diagrams = [_model_of(diagram, index) for index, diagram in enumerate(root.iter("diagram"))]
    else:
        raise InputError(f"draw.io file: expected <mxfile> or <mxGraphModel>, found <{root.tag}>")
    if not diagrams:
        raise InputError("draw.io file: <mxfile> holds no <diagram>")
    if not 0 <= page < len(diagrams):
        raise InputError(f"draw.io file has {len(diagrams)} page(s); page {page} does not exist")
    return ElementTree.tostring(diagrams[page], encoding="unicode")


def _parse(xml: str, what: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(xml.lstrip("\ufeff"))
    except ElementTree.ParseError as error:
        raise InputError(f"{what} is not valid XML ({error})") from None


def _model_of(diagram: ElementTree.Element, index: int) -> ElementTree.Element:
    model = diagram.find("mxGraphModel")
    if model is not None:
        return model
    packed = (diagram.text or "").strip()
    if not packed:
        raise InputError(f"draw.io page {index} is empty")
    try:
        text = unquote(zlib.decompress(base64.b64decode(packed, validate=False), -15).decode("utf-8"))
    except (binascii.Error, zlib.error, UnicodeDecodeError) as error:
        raise InputError(f"draw.io page {index}: compressed diagram cannot be decoded ({error})") from None
    model = _parse(text, f"draw.io page {index}")
    if model.tag != "mxGraphModel":
        raise InputError(f"draw.io page {index}: expected <mxGraphModel>, found <{model.tag}>")
    return model
