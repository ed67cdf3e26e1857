"""Overhead of the local backend (streaming, thinking split, cancellation checks) over raw generate.

Builds the tiny Qwen3-VL the tests use, then times, on the same request and in alternating
order, (a) the chat template + ``model.generate`` called directly and (b)
``QwenLocalBackend.generate`` with a chunk callback and a cancel event. Prints tokens/s for
both and the overhead in percent (the goal is at most 5 %).

On a shared machine wall-clock rates swing with other processes' load, so the overhead is
computed from the best run of each (least disturbed) and, more robustly, from this process's
CPU time per token with one torch thread.

    .venv/bin/python bench/backend_bench.py [--tokens 256] [--repeats 5] [--threads 1]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "backends"))

from tiny_qwen import build_tiny_qwen  # noqa: E402

from vl2code.backends import GenerationParams  # noqa: E402
from vl2code.backends.qwen_local import (  # noqa: E402
    LoadOptions,
    QwenLocalBackend,
    chat_messages,
    sampling_arguments,
)
from vl2code.prompts import PromptContext, build_request  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 makes CPU time comparable)")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(args.threads)

    with tempfile.TemporaryDirectory() as folder:
        dirs = build_tiny_qwen(Path(folder))
        backend = QwenLocalBackend(
            LoadOptions(str(dirs.instruct), allow_cpu=True, min_pixels=16 * 32 * 32, max_pixels=64 * 32 * 32)
        )
        loaded = backend.load()
        screenshot = Image.new("RGB", (640, 400), (230, 230, 240))
        request = build_request(
            PromptContext("html", screenshot, params=GenerationParams(max_new_tokens=args.tokens))
        )

        def raw() -> tuple[float, float]:
            started, cpu_started = time.perf_counter(), time.process_time()
            inputs = loaded.processor.apply_chat_template(
                chat_messages(request.messages),
                tokenize=True,
                add_generation_prompt=True,
                return_dict=True,
                return_tensors="pt",
            )
            with torch.inference_mode():
                output = loaded.model.generate(
                    **inputs, max_new_tokens=args.tokens, **sampling_arguments(request.params)
                )
            produced = output.shape[1] - inputs["input_ids"].shape[1]
            return _rates(produced, started, cpu_started)

        def through_backend() -> tuple[float, float]:
            chunks: list[str] = []
            started, cpu_started = time.perf_counter(), time.process_time()
            result = backend.generate(
                request, on_chunk=lambda chunk: chunks.append(chunk.text), cancel=threading.Event()
            )
            return _rates(result.completion_tokens, started, cpu_started)

        raw()
        through_backend()  # warm-up: first calls pay one-off allocation costs
        raw_runs, backend_runs = [], []
        for _ in range(args.repeats):
            raw_runs.append(raw())
            backend_runs.append(through_backend())

    print(
        f"tiny Qwen3-VL, {args.tokens} new tokens, {args.repeats} alternating runs each, "
        f"{torch.get_num_threads()} torch thread(s)"
    )
    print(f"{'':28} {'best wall tok/s':>16} {'median wall tok/s':>18} {'tok per CPU-s':>14}")
    for name, runs in (("raw model.generate", raw_runs), ("QwenLocalBackend.generate", backend_runs)):
        walls, cpus = [run[0] for run in runs], [run[1] for run in runs]
        print(
            f"{name:28} {max(walls):16.1f} {statistics.median(walls):18.1f} {statistics.median(cpus):14.1f}"
        )
    best = max(r[0] for r in raw_runs) / max(r[0] for r in backend_runs) - 1
    cpu = statistics.median(r[1] for r in raw_runs) / statistics.median(r[1] for r in backend_runs) - 1
    print(f"overhead: {best * 100:.2f} % (best wall-clock runs), {cpu * 100:.2f} % (CPU time per token)")


def _rates(tokens: int, started: float, cpu_started: float) -> tuple[float, float]:
    """Tokens per wall-clock second and per second of this process's CPU time."""
    return tokens / (time.perf_counter() - started), tokens / (time.process_time() - cpu_started)


if __name__ == "__main__":
    main()
