"""Per-round time of the loop outside the model: render + compare + building the refine prompt.

Each dev page's own HTML stands in for the model's answer, so the numbers are what every round
costs on top of generation. Usage: python bench/pipeline_bench.py [DATA_DIR] [--pages N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from vl2code.images import load_screenshot
from vl2code.page import PageImage
from vl2code.render import Renderer

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "design2code-dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pages", type=int, default=0, help="limit the number of pages (0: all)")
    args = parser.parse_args()

    from vl2code.compare import compare
    from vl2code.ocr import read_text
    from vl2code.prompts import PromptContext, VisualFeedback, build_request, ocr_hints

    pages = sorted(args.data.glob("*.html"))[: args.pages or None]
    timings: dict[str, list[float]] = {"render": [], "compare": [], "prompt": [], "round": []}
    with Renderer() as renderer:
        renderer.render_html("<p>warm-up</p>")
        for html_path in pages:
            screenshot = load_screenshot(html_path.with_suffix(".png"))
            reference = PageImage(image=screenshot)
            read_text(screenshot)  # OCR of the screenshot is cached after the draft round
            code = html_path.read_text(encoding="utf-8", errors="replace")
            t0 = time.perf_counter()
            render = renderer.render_html(code)
            t1 = time.perf_counter()
            comparison = compare(reference, render)
            t2 = time.perf_counter()
            build_request(
                PromptContext(
                    "html",
                    screenshot,
                    "refine",
                    current_code=code,
                    feedback=VisualFeedback.from_comparison(render.image, comparison),
                    ocr_hints=ocr_hints(read_text(screenshot).lines),
                )
            )
            t3 = time.perf_counter()
            for name, value in (
                ("render", t1 - t0),
                ("compare", t2 - t1),
                ("prompt", t3 - t2),
                ("round", t3 - t0),
            ):
                timings[name].append(value * 1000)
            print(
                f"{html_path.stem:>8}  render {timings['render'][-1]:7.0f} ms"
                f"  compare {timings['compare'][-1]:7.0f} ms"
                f"  prompt {timings['prompt'][-1]:6.0f} ms  score {comparison.score:.3f}",
                flush=True,
            )
    print(f"\n{len(pages)} pages, median ms per round outside the model:")
    for name, values in timings.items():
        print(f"  {name:8} median {statistics.median(values):7.0f}   worst {max(values):7.0f}")


if __name__ == "__main__":
    main()
