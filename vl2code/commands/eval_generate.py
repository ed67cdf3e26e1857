"""`vl2code eval DIR --generate`: convert every screenshot of a folder, then score the results.

Each ``ID.png`` (or .jpg/.webp) becomes ``OUT/ID.html`` (or ``.drawio``) through the same
loop as `vl2code generate`; its kept score is the render of that code against the screenshot.
Several screenshots are converted at once only against a server (``openai.concurrency``): an
in-process model and the layout engine already use the whole machine.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Union

from vl2code.backend_choice import choose_backend
from vl2code.errors import InputError, Vl2codeError
from vl2code.fileio import write_atomic
from vl2code.images import load_screenshot
from vl2code.render import Renderer
from vl2code.settings import Settings, Target
from vl2code.targets import extension_for

if TYPE_CHECKING:
    from vl2code.pipeline import Result

SCREENSHOT_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
Outcome = Union["Result", str]  # the pipeline's result, or the error that stopped the page


@dataclass(frozen=True)
class GenerationJob:
    page_id: str
    screenshot: Path
    output: Path


def plan_jobs(folder: Path, out_dir: Path, target: Target, force: bool) -> list[GenerationJob]:
    """One job per screenshot, refusing up front (before any work) to replace existing outputs."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    shots = sorted(p for p in folder.iterdir() if p.suffix.lower() in SCREENSHOT_SUFFIXES and p.is_file())
    if not shots:
        raise InputError(f"{folder}: no screenshots (.png, .jpg, .webp) found")
    jobs = [GenerationJob(p.stem, p, out_dir / f"{p.stem}{extension_for(target)}") for p in shots]
    existing = [job.output for job in jobs if job.output.exists()]
    if existing and not force:
        raise InputError(f"{existing[0]}: already exists ({len(existing)} outputs in {out_dir}; use --force)")
    return jobs


def concurrency_for(settings: Settings, jobs: int | None) -> int:
    """``--jobs`` if given, else the server's limit for `openai`, else one page at a time."""
    if jobs is not None:
        if jobs < 1:
            raise InputError(f"--jobs must be at least 1, got {jobs}")
        return jobs
    return settings.openai.concurrency if choose_backend(settings).kind == "openai" else 1


def generate_all(
    jobs: list[GenerationJob],
    *,
    target: Target,
    settings: Settings,
    renderer: Renderer,
    workers: int,
    on_done: Callable[[GenerationJob, Outcome], None],
) -> dict[str, Outcome]:
    """Convert every job, writing each output atomically as soon as it is ready."""
    from vl2code.pipeline import convert

    results: dict[str, Outcome] = {}
    lock = threading.Lock()

    def one(job: GenerationJob) -> None:
        try:
            result = convert(
                load_screenshot(job.screenshot), target=target, settings=settings, renderer=renderer
            )
            write_atomic(job.output, result.code)
            outcome: Outcome = result
        except Vl2codeError as error:
            outcome = str(error)
        with lock:
            results[job.page_id] = outcome
            on_done(job, outcome)

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vl2code-eval") as pool:
        for future in [pool.submit(one, job) for job in jobs]:
            future.result()
    return results


def describe_choice(settings: Settings, workers: int) -> None:
    print(f"vl2code: {choose_backend(settings).describe()}; {workers} at a time", file=sys.stderr)
