"""Time to first token, decode speed and peak GPU memory of the real Qwen3-VL-4B models.

Runs each model (Instruct, Thinking) in each precision (bf16, 4-bit) through the same
``QwenLocalBackend`` vl2code uses, on a real Design2Code page when the shared data set is
present, otherwise on a synthetic 1280x800 page. Needs a CUDA GPU and the weights in the
Hugging Face cache (``huggingface-cli download Qwen/Qwen3-VL-4B-Instruct`` and
``...-Thinking``); 4-bit also needs bitsandbytes. See docs/backends.md.

    python bench/gpu_bench.py [--models M ...] [--precisions bf16 4bit] [--tokens 512] [--image page.png]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw

from vl2code.backends import GenerationParams, local_weights_available
from vl2code.backends.qwen_local import LoadOptions, QwenLocalBackend, unload
from vl2code.images import load_screenshot
from vl2code.prompts import PromptContext, build_request

DEFAULT_MODELS = ["Qwen/Qwen3-VL-4B-Instruct", "Qwen/Qwen3-VL-4B-Thinking"]
SHARED_PAGE = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "design2code-dev"


def _screenshot(path: str | None) -> Image.Image:
    if path:
        return load_screenshot(path)
    pages = sorted(SHARED_PAGE.glob("*.png")) if SHARED_PAGE.is_dir() else []
    if pages:
        return load_screenshot(pages[0])
    image = Image.new("RGB", (1280, 800), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1280, 72), fill=(26, 115, 232))
    draw.text((32, 24), "Example Store  Products  Pricing  About", fill="white")
    for row in range(3):
        draw.rectangle((32, 120 + row * 200, 1248, 290 + row * 200), outline=(200, 200, 200))
        draw.text(
            (48, 140 + row * 200), f"Section {row + 1}: a heading and two lines of body text", fill="black"
        )
    return image


def run_one(model: str, precision: str, screenshot: Image.Image, tokens: int) -> dict[str, float | str]:
    import torch

    torch.cuda.empty_cache()
    torch.cuda.reset_peak_memory_stats()
    options = LoadOptions(model, quantization="4bit" if precision == "4bit" else "none", dtype="bfloat16")
    backend = QwenLocalBackend(options)
    started = time.perf_counter()
    backend.load()
    load_s = time.perf_counter() - started
    request = build_request(PromptContext("html", screenshot, params=GenerationParams(max_new_tokens=tokens)))
    backend.generate(
        build_request(PromptContext("html", screenshot, params=GenerationParams(max_new_tokens=8)))
    )
    result = backend.generate(request)
    peak_gib = torch.cuda.max_memory_allocated() / 2**30
    unload(model)
    return {
        "model": model.split("/")[-1],
        "precision": precision,
        "load_s": load_s,
        "prompt_tokens": result.prompt_tokens or 0,
        "new_tokens": result.completion_tokens,
        "first_token_s": result.first_token_s or float("nan"),
        "tokens_per_s": result.tokens_per_s or float("nan"),
        "peak_gib": peak_gib,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=DEFAULT_MODELS)
    parser.add_argument("--precisions", nargs="+", choices=["bf16", "4bit"], default=["bf16", "4bit"])
    parser.add_argument("--tokens", type=int, default=512)
    parser.add_argument(
        "--image", help="screenshot to use (default: a Design2Code dev page or a synthetic page)"
    )
    args = parser.parse_args()

    import torch

    if not torch.cuda.is_available():
        print("gpu_bench: no CUDA GPU here; run it on a machine with one (see docs/backends.md)")
        return 2
    missing = [model for model in args.models if not local_weights_available(model)]
    if missing:
        print(
            f"gpu_bench: weights not in the Hugging Face cache: {', '.join(missing)}; "
            f"download with `huggingface-cli download MODEL`"
        )
        return 2
    screenshot = _screenshot(args.image)
    print(
        f"{torch.cuda.get_device_name(0)}, screenshot {screenshot.width}x{screenshot.height}, "
        f"{args.tokens} new tokens"
    )
    print(
        f"{'model':24} {'prec':5} {'load s':>7} {'prompt':>7} {'new':>5} {'TTFT s':>7} {'tok/s':>7} "
        f"{'peak GiB':>9}"
    )
    for model in args.models:
        for precision in args.precisions:
            row = run_one(model, precision, screenshot, args.tokens)
            print(
                f"{row['model']:24} {row['precision']:5} {row['load_s']:7.1f} {row['prompt_tokens']:7d} "
                f"{row['new_tokens']:5d} {row['first_token_s']:7.2f} {row['tokens_per_s']:7.1f} "
                f"{row['peak_gib']:9.2f}"
            )
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
