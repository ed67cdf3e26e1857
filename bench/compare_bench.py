"""Comparison on the Design2Code dev pages: agreement, self-match, discrimination and speed.

For every page (ID.html + ID.png) it renders the HTML and a few degraded versions of it
(every second text element removed, all text grey, text shifted), rendered the way `vl2code
eval` renders them (as the Design2Code screenshots were taken), then prints:

- identity: the render against itself, DOM blocks on both sides (must be 1.0);
- self-match: the render (DOM) against the page's own PNG (OCR), and its pixel diff ratio;
- different pages: the render against the next page's render;
- agreement: for the degraded and different-page candidates, each metric with the reference
  given as an image (OCR blocks) minus the same metric with the reference given as HTML
  (DOM blocks): mean absolute difference per metric;
- timings: OCR per screenshot, comparison per pair (DOM both sides / OCR reference).

With ``--ocr`` it measures the text source of screenshot-side scoring instead: word recall and
precision of ``read_text`` against each page render's DOM words, and against the label words
of every diagram in ``--diagrams`` (default: the shared drawio-dev set), with time per image.

Usage: python bench/compare_bench.py [DATA_DIR] [--pages N] [--renders CACHE.pkl] [--ocr]
"""

from __future__ import annotations

import argparse
import pickle
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup

from vl2code.commands.eval import capture_like_design2code
from vl2code.compare import METRICS, compare
from vl2code.images import load_screenshot
from vl2code.ocr import read_text
from vl2code.page import PageImage
from vl2code.render import Renderer
from vl2code.settings import Settings

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "design2code-dev"
DEFAULT_DIAGRAMS = DEFAULT_DATA.parent / "drawio-dev"
WORD = re.compile(r"[a-z0-9]{2,}")
TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "a", "span", "td", "button")


def without_every_second_text_element(html: str) -> str:
    soup = BeautifulSoup(html, "lxml")
    leaves = [tag for tag in soup.find_all(TEXT_TAGS) if tag.get_text(strip=True) and not tag.find(TEXT_TAGS)]
    for tag in leaves[1::2]:
        tag.decompose()
    return str(soup)


def with_style(html: str, css: str) -> str:
    soup = BeautifulSoup(html, "lxml")
    style = soup.new_tag("style")
    style.string = css
    (soup.head or soup.body or soup).append(style)
    return str(soup)


DEGRADATIONS = {
    "text_removed": without_every_second_text_element,
    "grey_text": lambda html: with_style(html, "* { color: #8a8a8a !important; }"),
    "moved": lambda html: with_style(
        html, "p, h1, h2, h3, h4, h5, h6, li { position: relative !important; left: 60px; top: 30px; }"
    ),
}


def render_all(folder: Path, ids: list[str]) -> dict[str, dict[str, PageImage]]:
    renders: dict[str, dict[str, PageImage]] = {}
    settings = Settings()
    capture_like_design2code(settings)
    with Renderer(settings.render) as renderer:
        for page_id in ids:
            html = (folder / f"{page_id}.html").read_text(encoding="utf-8", errors="replace")
            variants = {"original": html, **{name: make(html) for name, make in DEGRADATIONS.items()}}
            renders[page_id] = {
                name: renderer.render_html(text, base_dir=folder) for name, text in variants.items()
            }
            print(f"rendered {page_id}", flush=True)
    return renders


def as_screenshot(page: PageImage) -> PageImage:
    return PageImage(page.image, kind="image", text_blocks=None)


def word_scores(truth: Counter[str], image: PageImage) -> tuple[float, float, float]:
    """(recall, precision, seconds) of the OCR words of ``image`` against ``truth`` (first read)."""
    started = time.perf_counter()
    words = read_text(image.image).words
    found = Counter(w for word in words for w in WORD.findall(word.text.lower()))
    seconds = time.perf_counter() - started
    hits = sum((truth & found).values())
    return hits / max(1, sum(truth.values())), hits / max(1, sum(found.values())), seconds


def bench_ocr(renders: dict[str, dict[str, PageImage]], diagrams: list[Path]) -> None:
    """Word recall/precision of OCR on page renders (DOM words) and diagrams (label words)."""
    from layout_bench import _label_words  # the drawio label reader of the layout benchmark

    rows = []
    for variants in renders.values():
        page = variants["original"]
        truth = Counter(w for block in page.text_blocks or () for w in WORD.findall(block.text.lower()))
        rows.append(word_scores(truth, page))
    report("pages (vs DOM words)", rows)
    rows = []
    with Renderer() as renderer:
        for path in diagrams:
            xml = path.read_text(encoding="utf-8")
            truth = Counter(w for label in _label_words(xml) for w in WORD.findall(label))
            if truth:  # diagrams labelled with single letters only have nothing to count
                scores = word_scores(truth, renderer.render_drawio(xml))
                print(f"  {path.stem:<45} recall {scores[0]:.2f} precision {scores[1]:.2f} {scores[2]:.2f}s")
                rows.append(scores)
    report("diagrams (vs label words)", rows)


def report(name: str, rows: list[tuple[float, float, float]]) -> None:
    if not rows:
        return
    recall, precision, seconds = zip(*rows, strict=True)
    print(
        f"{name}: {len(rows)} images, recall {statistics.fmean(recall):.3f}, precision "
        f"{statistics.fmean(precision):.3f}, seconds {summary(list(seconds))}",
        flush=True,
    )


def summary(values: list[float]) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    return (
        f"mean {statistics.fmean(values):.3f}  min {ordered[0]:.3f}  "
        f"p10 {ordered[len(ordered) // 10]:.3f}  median {statistics.median(values):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pages", type=int, default=0, help="only the first N pages")
    parser.add_argument("--renders", type=Path, help="pickle of renders to reuse (written when absent)")
    parser.add_argument("--ocr", action="store_true", help="measure OCR word recall and time instead")
    parser.add_argument("--diagrams", type=Path, default=DEFAULT_DIAGRAMS, help="draw.io files for --ocr")
    args = parser.parse_args()

    ids = sorted(p.stem for p in args.data.glob("*.html"))
    if args.pages:
        ids = ids[: args.pages]
    if args.renders and args.renders.exists():
        renders = pickle.loads(args.renders.read_bytes())
    else:
        renders = render_all(args.data, ids)
        if args.renders:
            args.renders.write_bytes(pickle.dumps(renders))
    ids = [page_id for page_id in ids if page_id in renders]
    if args.ocr:
        bench_ocr({page_id: renders[page_id] for page_id in ids}, sorted(args.diagrams.glob("*.xml")))
        return

    ocr_ms = []
    for page_id in ids:
        image = renders[page_id]["original"].image
        started = time.perf_counter()
        read_text(image)
        ocr_ms.append((time.perf_counter() - started) * 1000)

    identity: dict[str, list[float]] = {m: [] for m in METRICS}
    self_match: dict[str, list[float]] = {m: [] for m in (*METRICS, "score", "pixels")}
    different: dict[str, list[float]] = {m: [] for m in (*METRICS, "score")}
    gaps: dict[str, dict[str, list[float]]] = {}
    dom_ms: list[float] = []
    ocr_pair_ms: list[float] = []
    for index, page_id in enumerate(ids):
        original = renders[page_id]["original"]
        started = time.perf_counter()
        same = compare(original, original)
        dom_ms.append((time.perf_counter() - started) * 1000)
        for name in METRICS:
            identity[name].append(same.metrics[name])

        screenshot = PageImage(load_screenshot(args.data / f"{page_id}.png"))
        own = compare(screenshot, original)
        for name in METRICS:
            self_match[name].append(own.metrics[name])
        self_match["score"].append(own.score)
        self_match["pixels"].append(own.pixel.ratio)

        other = renders[ids[(index + 1) % len(ids)]]["original"]
        candidates = {
            **{k: v for k, v in renders[page_id].items() if k != "original"},
            "different_page": other,
        }
        for kind, candidate in candidates.items():
            by_dom = compare(original, candidate)
            started = time.perf_counter()
            by_ocr = compare(as_screenshot(original), candidate)
            ocr_pair_ms.append((time.perf_counter() - started) * 1000)
            for name in METRICS:
                gaps.setdefault(kind, {m: [] for m in METRICS})[name].append(
                    abs(by_ocr.metrics[name] - by_dom.metrics[name])
                )
            if kind == "different_page":
                for name in METRICS:
                    different[name].append(by_dom.metrics[name])
                different["score"].append(by_dom.score)
        print(
            f"{page_id:>6}  self {own.score:.3f} "
            + " ".join(f"{m[:4]} {own.metrics[m]:.3f}" for m in METRICS)
            + f" pixels {own.pixel.ratio:.2%}  | different {different['score'][-1]:.3f}",
            flush=True,
        )

    print("\nidentity (DOM both sides):")
    for name in METRICS:
        print(f"  {name:<10} {summary(identity[name])}")
    print("\nself-match (render DOM vs own PNG OCR):")
    for name, values in self_match.items():
        print(f"  {name:<10} {summary(values)}")
    outliers = sorted((r, p) for r, p in zip(self_match["pixels"], ids, strict=True) if r > 0.02)
    listed = ", ".join(f"{page_id} {ratio:.2%}" for ratio, page_id in outliers)
    print(f"  pixel diff over 2%: {len(outliers)} of {len(ids)}: {listed}")
    print("\ndifferent page (DOM both sides):")
    for name, values in different.items():
        print(f"  {name:<10} {summary(values)}")
    drops = [s - d for s, d in zip(self_match["score"], different["score"], strict=True)]
    print(f"  self minus different score: {summary(drops)}")
    print("\nagreement: mean |metric(reference as PNG/OCR) - metric(reference as HTML/DOM)|")
    print(f"  {'candidate':<15}" + "".join(f"{m:>11}" for m in METRICS))
    overall = {m: [] for m in METRICS}
    for kind, per_metric in gaps.items():
        print(f"  {kind:<15}" + "".join(f"{statistics.fmean(per_metric[m]):>11.4f}" for m in METRICS))
        for m in METRICS:
            overall[m].extend(per_metric[m])
    print(f"  {'all':<15}" + "".join(f"{statistics.fmean(overall[m]):>11.4f}" for m in METRICS))
    print("\ntimings:")
    print(f"  OCR per screenshot (ms): {summary(ocr_ms)}")
    print(f"  compare, DOM both sides (ms): {summary(dom_ms)}")
    print(f"  compare, OCR reference, cached OCR (ms): {summary(ocr_pair_ms)}")


if __name__ == "__main__":
    main()
