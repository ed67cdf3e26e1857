"""draw.io extraction and validation: structure repaired, labels kept, what cannot be fixed reported."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from vl2code import targets
from vl2code.errors import ExtractionError
from vl2code.targets import InvalidDocumentError, NoCodeError
from vl2code.targets.drawio import decompress


def _cells(code: str) -> dict[str, etree._Element]:
    root = etree.fromstring(code.encode())
    return {cell.get("id"): cell for cell in root.iter("mxCell")}


def _vertex(cell_id: str, label: str, extra: str = "", geometry: bool = True) -> str:
    inner = '<mxGeometry x="10" y="20" width="80" height="40" as="geometry"/>' if geometry else ""
    return f'<mxCell id="{cell_id}" value="{label}" vertex="1" parent="1"{extra}>{inner}</mxCell>'


def test_bare_graph_model_is_wrapped_and_completed():
    output = (
        "Here is the diagram:\n```xml\n<mxGraphModel dx='800'><root>"
        + _vertex("a", "Start")
        + _vertex("b", "End")
        + '<mxCell id="e" edge="1" source="a" target="b" parent="1"/></root></mxGraphModel>\n```\nDone.'
    )
    code = targets.extract("drawio", output)
    targets.validate("drawio", code)
    tree = etree.fromstring(code.encode())
    assert tree.tag == "mxfile" and tree.find("diagram/mxGraphModel").get("dx") == "800"
    cells = _cells(code)
    assert list(cells)[:2] == ["0", "1"] and cells["1"].get("parent") == "0"
    assert cells["e"].find("mxGeometry").get("relative") == "1"


def test_duplicate_ids_dangling_ends_and_missing_geometry_are_repaired():
    output = (
        "<mxGraphModel><root>"
        + _vertex("a", "One")
        + _vertex("a", "Two", geometry=False)
        + '<mxCell id="e1" edge="1" source="a" target="ghost" parent="1">'
        + '<mxGeometry relative="1" as="geometry"/>'
        + '</mxCell><mxCell id="e2" edge="1" source="nope" target="ghost" parent="1"/>'
        + _vertex("c", "Orphan", ' parent="missing"').replace(' parent="1"', "")
        + "</root></mxGraphModel>"
    )
    code = targets.extract("drawio", output)
    targets.validate("drawio", code)
    cells = _cells(code)
    labels = sorted(c.get("value") for c in cells.values() if c.get("vertex") == "1")
    assert labels == ["One", "Orphan", "Two"]
    assert len([c for c in cells.values() if c.get("value") in ("One", "Two")]) == 2
    assert cells["e1"].get("source") == "a" and cells["e1"].get("target") is None
    assert "e2" not in cells  # an edge with no ends left and no points has nothing to draw
    assert cells["c"].get("parent") == "1"
    assert all(c.find("mxGeometry") is not None for c in cells.values() if c.get("vertex") == "1")


def test_cells_without_any_container_and_a_truncated_tail():
    output = _vertex("a", "Alpha") + _vertex("b", "Beta") + '<mxCell id="c" value="Gam'
    code = targets.extract("drawio", output)
    targets.validate("drawio", code)
    assert {"Alpha", "Beta"} <= {c.get("value") for c in _cells(code).values()}


def test_parent_cycles_are_broken():
    output = (
        "<root>"
        + _vertex("a", "A", "").replace('parent="1"', 'parent="b"')
        + _vertex("b", "B").replace('parent="1"', 'parent="a"')
        + "</root>"
    )
    code = targets.extract("drawio", output)
    targets.validate("drawio", code)


def test_user_objects_keep_their_ids_and_edges_to_them():
    output = (
        '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
        '<UserObject id="u" label="Linked" link="https://example.org"><mxCell vertex="1" parent="1">'
        '<mxGeometry x="0" y="0" width="50" height="50" as="geometry"/></mxCell></UserObject>'
        + _vertex("v", "V")
        + '<mxCell id="e" edge="1" source="u" target="v" parent="1"/></root></mxGraphModel>'
    )
    code = targets.extract("drawio", output)
    targets.validate("drawio", code)
    assert _cells(code)["e"].get("source") == "u"


@pytest.mark.parametrize(
    "output, error",
    [
        ("", NoCodeError),
        ("The diagram shows two boxes.", NoCodeError),
        (
            '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/></root></mxGraphModel>',
            NoCodeError,
        ),
        ("<mxfile><diagram>bm90IGRlZmxhdGU=</diagram></mxfile>", InvalidDocumentError),
    ],
)
def test_unusable_output_raises_a_typed_error(output, error):
    with pytest.raises(error):
        targets.extract("drawio", output)


@pytest.mark.parametrize(
    "code, reason",
    [
        ("<mxGraphModel/>", "expected <mxfile>"),
        ("<mxfile><diagram><mxGraphModel><root>", "well-formed"),
        (
            '<mxfile><diagram><mxGraphModel><root><mxCell id="1" parent="0"/>'
            + _vertex("a", "x")
            + "</root></mxGraphModel></diagram></mxfile>",
            'id="0"',
        ),
        (
            '<mxfile><diagram><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
            + _vertex("a", "x")
            + '<mxCell id="e" edge="1" parent="1" source="a" target="zz">'
            + '<mxGeometry relative="1" as="geometry"/>'
            + "</mxCell></root></mxGraphModel></diagram></mxfile>",
            "target 'zz' does not exist",
        ),
    ],
)
def test_validate_names_the_problem(code, reason):
    with pytest.raises(InvalidDocumentError, match=reason):
        targets.validate("drawio", code)


def test_real_compressed_diagrams_come_out_uncompressed_with_every_cell(drawio_dev):
    for path in sorted(drawio_dev.glob("*.xml")):
        original = etree.fromstring(path.read_bytes())
        source_cells = sum(
            len(etree.fromstring(decompress(d.text).encode()).findall("root/*"))
            if d.find("mxGraphModel") is None
            else len(d.findall("mxGraphModel/root/*"))
            for d in original.findall("diagram")
        )
        targets.validate("drawio", path.read_text())
        code = targets.extract("drawio", path.read_text())
        extracted = etree.fromstring(code.encode())
        assert all(d.find("mxGraphModel") is not None for d in extracted.findall("diagram")), path.name
        assert len(extracted.findall("diagram/mxGraphModel/root/*")) == source_cells, path.name


# --- property-based: generated diagrams, damaged and wrapped the ways models do it ----------------

_labels = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABC0123456789", min_size=1, max_size=10)
    .map(str.strip)
    .filter(bool)
)


@st.composite
def _diagrams(draw) -> tuple[str, list[str]]:
    count = draw(st.integers(min_value=1, max_value=6))
    ids = [draw(st.sampled_from(["a", "b", "c", "n1", "n2", "2", "3"])) for _ in range(count)]
    labels = [f"L{draw(_labels)}" for _ in range(count)]
    cells = []
    for cell_id, label in zip(ids, labels, strict=True):
        parent = draw(st.sampled_from([' parent="1"', "", ' parent="zz"', f' parent="{cell_id}"']))
        geometry = draw(
            st.sampled_from(
                [
                    '<mxGeometry x="10" y="10" width="100" height="50" as="geometry"/>',
                    '<mxGeometry x="a" y="10" width="-3" as="geometry"/>',
                    "<mxGeometry/>",
                    "",
                ]
            )
        )
        cells.append(f'<mxCell id="{cell_id}" value="{label}" vertex="1"{parent}>{geometry}</mxCell>')
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        source, target = draw(st.sampled_from(ids + ["ghost"])), draw(st.sampled_from(ids + ["ghost"]))
        cells.append(f'<mxCell id="e{len(cells)}" edge="1" parent="1" source="{source}" target="{target}"/>')
    structural = draw(
        st.sampled_from(['<mxCell id="0"/><mxCell id="1" parent="0"/>', '<mxCell id="1"/>', ""])
    )
    body = structural + "".join(cells)
    shape = draw(st.sampled_from(["mxfile", "model", "root", "cells"]))
    if shape == "mxfile":
        xml = f'<mxfile><diagram name="P"><mxGraphModel><root>{body}</root></mxGraphModel></diagram></mxfile>'
    elif shape == "model":
        xml = f"<mxGraphModel><root>{body}</root></mxGraphModel>"
    elif shape == "root":
        xml = f"<root>{body}</root>"
    else:
        xml = body
    return xml, labels


@st.composite
def _outputs(draw) -> tuple[str, list[str]]:
    xml, labels = draw(_diagrams())
    prose = draw(st.text(alphabet="abc xyz.:\n", max_size=40))
    wrapping = draw(st.sampled_from(["bare", "fence", "xml-fence", "thinking"]))
    if wrapping == "fence":
        return f"{prose}\n```\n{xml}\n```\n{prose}", labels
    if wrapping == "xml-fence":
        return f'{prose}\n```xml\n<?xml version="1.0" encoding="UTF-8"?>\n{xml}\n```', labels
    if wrapping == "thinking":
        return f"I will draw <mxCell id='x'/> boxes</think>\n{xml}", labels
    return f"{prose}{xml}", labels


@settings(max_examples=80, deadline=None)
@given(_outputs())
def test_any_damage_yields_a_valid_diagram_with_every_label(case):
    output, labels = case
    code = targets.extract("drawio", output)
    targets.validate("drawio", code)
    values = [cell.get("value") for cell in _cells(code).values()]
    for label in labels:
        assert label in values
    assert "x" not in _cells(code)  # nothing from the reasoning
    assert targets.extract("drawio", code) == code


@settings(max_examples=60, deadline=None)
@given(_outputs(), st.integers(min_value=0, max_value=1500))
def test_truncated_diagrams_are_repaired_or_rejected_with_a_reason(case, cut):
    output, _ = case
    try:
        code = targets.extract("drawio", output[:cut])
    except ExtractionError as error:
        assert str(error)
        return
    targets.validate("drawio", code)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('<>/=" mxCellGraphModelrootid01vertexedge')), max_size=200))
def test_tag_soup_never_crashes(junk):
    try:
        code = targets.extract("drawio", junk)
    except ExtractionError:
        return
    targets.validate("drawio", code)
