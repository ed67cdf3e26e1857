"""Benchmark of the model-free layout engine on the shared dev sets.

    .venv/bin/python bench/layout_bench.py [--pages N] [--diagrams N] [--skip-html] [--skip-drawio]

design2code-dev: each PNG -> layout HTML -> render -> compare with the PNG (Design2Code
metrics); prints a per-page table, the means, the worst pages, the share of absolutely
positioned elements and conversion times (median, worst).
drawio-dev: each diagram -> render -> PNG -> layout draw.io; label recall (OCR words of the
original render, and the original's own label words, found in the labels of the produced XML)
and shape counts per diagram. Shapes are counted as a viewer sees them, the same way on both
sides: no edge labels, no invisible group cells, no hidden cells; text cells apart.
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import statistics
import sys
import time
import urllib.parse
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

from bs4 import BeautifulSoup

from vl2code.compare import compare
from vl2code.images import load_screenshot
from vl2code.layout import generate
from vl2code.ocr import read_text
from vl2code.page import PageImage
from vl2code.render import Renderer

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
METRICS = ("block", "text", "position", "color")


def positioning(code: str) -> tuple[int, int, int]:
    """(absolutely positioned, stacked in a shared grid cell, all) elements in a page's body."""
    soup = BeautifulSoup(code, "html.parser")
    body = soup.body or soup
    elements = body.find_all(True)

    def has(element, css: str, utility: str) -> bool:  # type: ignore[no-untyped-def]
        style = (element.get("style") or "").replace(" ", "")
        return css in style or utility in (element.get("class") or [])

    absolute = sum(has(e, "position:absolute", "absolute") for e in elements)
    stacked = sum(has(e, "grid-area:1/1", "[grid-area:1/1]") for e in elements)
    return absolute, stacked, len(elements)


def bench_html(renderer: Renderer, pages: list[Path], target: str) -> None:
    rows = []
    absolute_total = stacked_total = element_total = 0
    for png in pages:
        image = load_screenshot(png)
        started, cpu_started = time.perf_counter(), time.process_time()
        code = generate(image, target)  # type: ignore[arg-type]
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        render = renderer.render_html(code, width=image.width)
        result = compare(PageImage(image=image), render)
        absolute, stacked, elements = positioning(code)
        absolute_total += absolute
        stacked_total += stacked
        element_total += elements
        rows.append((png.stem, seconds, result, cpu))
        metrics = " ".join(f"{result.metrics[m]:.3f}" for m in METRICS)
        print(
            f"{png.stem:>6} {seconds:5.2f}s (cpu {cpu:5.2f}s)  {metrics}  score {result.score:.3f}"
            f"  h {render.height}/{image.height}"
            f"  abs {absolute} stacked {stacked} of {elements}",
            flush=True,
        )
    print(f"\n{target}: {len(rows)} pages   (metrics: block text position color)")
    for metric in METRICS:
        print(f"  mean {metric:<9} {statistics.mean(r[2].metrics[metric] for r in rows):.3f}")
    print(f"  mean score     {statistics.mean(r[2].score for r in rows):.3f}")
    times, cpu_times = [r[1] for r in rows], [r[3] for r in rows]
    print(f"  convert time   median {statistics.median(times):.2f}s worst {max(times):.2f}s (wall clock)")
    print(
        f"  convert cpu    median {statistics.median(cpu_times):.2f}s worst {max(cpu_times):.2f}s"
        " (this process)"
    )
    print(f"  load average   {os.getloadavg()[0]:.1f} (other work on the machine slows the wall clock)")
    print(f"  absolute share {absolute_total}/{element_total} = {absolute_total / max(1, element_total):.2%}")
    print(f"  overlap-stacked {stacked_total}/{element_total} = {stacked_total / max(1, element_total):.2%}")
    print("  worst pages (by mean of the four):")
    for row in sorted(rows, key=lambda r: sum(r[2].metrics[m] for m in METRICS))[:5]:
        worst = row[2].mismatches[0].detail if row[2].mismatches else ""
        print(
            f"    {row[0]}: "
            + " ".join(f"{row[2].metrics[m]:.2f}" for m in METRICS)
            + f"  first mismatch: {worst}"
        )


WORD = re.compile(r"[A-Za-z0-9]{2,}")


def diagram_model(xml: str) -> ET.Element:
    """The mxGraphModel of a draw.io file's first page, inflating compressed content."""
    root = ET.fromstring(xml)
    if root.tag == "mxGraphModel":
        return root
    diagram = root.find("diagram")
    if diagram is None:
        return root
    model = diagram.find("mxGraphModel")
    if model is not None:
        return model
    raw = zlib.decompress(base64.b64decode((diagram.text or "").strip()), -15)
    return ET.fromstring(urllib.parse.unquote(raw.decode("utf-8")))


def _vertices(xml: str) -> int:
    return sum(c.get("vertex") == "1" for c in diagram_model(xml).iter("mxCell"))


def _style(cell: ET.Element) -> dict[str, str]:
    """A cell's style as key -> value (a bare name such as ``text`` or ``ellipse`` maps to "")."""
    pairs = [part.split("=", 1) for part in (cell.get("style") or "").split(";") if part]
    return {pair[0]: pair[1] if len(pair) > 1 else "" for pair in pairs}


def visible_cells(xml: str) -> tuple[int, int]:
    """(shapes, text cells) a viewer sees: the fair vertex count.

    Not counted: cells whose parent is an edge or whose style says edgeLabel (they are an
    edge's label), invisible groups (style ``group``, or no label with neither fill nor
    stroke) and hidden cells. Text cells are counted apart from shapes: style ``text``, or a
    label in a cell that says it has neither fill nor stroke (a viewer sees only the words).
    """
    cells = list(diagram_model(xml).iter("mxCell"))
    edges = {c.get("id") for c in cells if c.get("edge") == "1"}
    shapes = texts = 0
    for cell in cells:
        if cell.get("vertex") != "1" or cell.get("parent") in edges or cell.get("visible") == "0":
            continue
        style = _style(cell)
        if "edgeLabel" in style or "group" in style:
            continue
        unlabelled = not (cell.get("value") or "").strip()
        bare = style.get("fillColor") == "none" and style.get("strokeColor") == "none"
        if unlabelled and bare:
            continue
        if "text" in style or bare:
            texts += 1
        else:
            shapes += 1
    return shapes, texts


def _label_words(xml: str) -> list[str]:
    texts = []
    for cell in diagram_model(xml).iter("mxCell"):
        value = cell.get("value") or ""
        texts.append(BeautifulSoup(value, "html.parser").get_text(" ") if "<" in value else value)
    return [w.lower() for w in WORD.findall(" ".join(texts))]


def _recall(wanted: list[str], have: set[str]) -> float:
    return sum(w in have for w in wanted) / len(wanted) if wanted else 1.0


def bench_drawio(renderer: Renderer, diagrams: list[Path]) -> None:
    """Recall against the OCR words of the original render and the original's own labels; counts.

    Shapes are compared fairly (see :func:`visible_cells`): a diagram's shape count is "close"
    when ours is within 20% of the original's. Raw vertex counts are printed beside them.
    """
    ocr_recalls, label_recalls, times = [], [], []
    within = 0
    print(
        f"{'diagram':<42} {'ocr-recall':>10} {'label-recall':>12} {'shapes':>9}    "
        f"{'text cells':>10} {'raw vertices':>12}"
    )
    for path in diagrams:
        original = path.read_text(encoding="utf-8")
        render = renderer.render_drawio(original)
        started = time.perf_counter()
        produced = generate(render.image, "drawio")
        times.append(time.perf_counter() - started)
        have = set(_label_words(produced))
        try:
            ocr_words = [w.text.lower() for w in read_text(render.image).words if WORD.fullmatch(w.text)]
        except RuntimeError as error:  # a Tesseract failure inside vl2code.ocr: report it, go on
            print(f"{path.stem}: OCR of the original render failed ({error})")
            ocr_words = []
        ocr_recall, label_recall = _recall(ocr_words, have), _recall(_label_words(original), have)
        (ours, our_texts), (theirs, their_texts) = visible_cells(produced), visible_cells(original)
        close = abs(ours - theirs) <= 0.2 * max(theirs, 1)
        within += close
        ocr_recalls.append(ocr_recall)
        label_recalls.append(label_recall)
        renderer.render_drawio(produced)  # the produced XML must render
        print(
            f"{path.stem[:42]:<42} {ocr_recall:10.2f} {label_recall:12.2f} {ours:>4}/{theirs:<4}"
            f" {'ok ' if close else 'off'} {our_texts:>5}/{their_texts:<4}"
            f" {_vertices(produced):>6}/{_vertices(original):<5}"
            f" ({len(ocr_words)} OCR words, {times[-1]:.1f}s)",
            flush=True,
        )
    print(
        f"\ndrawio: {len(diagrams)} diagrams, mean recall vs OCR words {statistics.mean(ocr_recalls):.3f}, "
        f"vs original labels {statistics.mean(label_recalls):.3f}, shape count within 20%: "
        f"{within}/{len(diagrams)}, convert median {statistics.median(times):.2f}s worst {max(times):.2f}s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=0, help="only the first N pages (0: all)")
    parser.add_argument("--diagrams", type=int, default=0, help="only the first N diagrams (0: all)")
    parser.add_argument("--target", choices=("html", "tailwind"), default="html")
    parser.add_argument("--skip-html", action="store_true")
    parser.add_argument("--skip-drawio", action="store_true")
    parser.add_argument("--only", nargs="*", default=[], help="page ids or diagram names to run")
    args = parser.parse_args()
    pages = sorted((DATA / "design2code-dev").glob("*.png"))
    diagrams = sorted((DATA / "drawio-dev").glob("*.xml"))
    if args.only:
        pages = [p for p in pages if p.stem in args.only]
        diagrams = [d for d in diagrams if d.stem in args.only]
    if args.pages:
        pages = pages[: args.pages]
    if args.diagrams:
        diagrams = diagrams[: args.diagrams]
    with Renderer() as renderer:
        if not args.skip_html and pages:
            bench_html(renderer, pages, args.target)
        if not args.skip_drawio and diagrams:
            bench_drawio(renderer, diagrams)
    return 0


if __name__ == "__main__":
    sys.exit(main())
