"""`vl2code.generateFromScreenshot`: screenshot to code in the editor, with progress and cancellation.

The pipeline runs in a worker thread. The handler waits for either its result or a cancellation
($/cancelRequest of the command, window/workDoneProgress/cancel of its progress, or
`vl2code.cancelGeneration`); on cancellation it answers at once and writes nothing, while the
thread stops at its next check and releases its model. Generations on one model queue on that
model's lock, so a second request waits instead of loading the model twice.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PIL import Image
from pygls.exceptions import JsonRpcException, JsonRpcRequestCancelled
from pygls.uris import from_fs_path, to_fs_path
from vl2code.server.app import Vl2codeServer  # imported at run time: pygls reads handler annotations
from vl2code.server.edits import replace_document
from vl2code.server.progress import GenerationProgress
from vl2code.server.protocol import current_request_params, invalid_params, request_failed
from vl2code.server.settings import generation_overrides

from vl2code.backend_choice import choose_backend
from vl2code.errors import GenerationCancelled, InputError, SettingsError, Vl2codeError
from vl2code.images import decode_image, load_screenshot
from vl2code.progress import ProgressEvent
from vl2code.settings import Settings, Target
from vl2code.targets import TARGETS, extension_for

if TYPE_CHECKING:
    from vl2code.pipeline import Result

GENERATE_COMMAND = "vl2code.generateFromScreenshot"
CANCEL_COMMAND = "vl2code.cancelGeneration"
#: How often a queued generation looks at its cancellation while waiting for the model.
_QUEUE_POLL_S = 0.1


@dataclass
class Cancellation:
    """A threading.Event for the pipeline plus an asyncio.Event for the handler that waits on it.

    ``set`` is only called on the event loop (cancel notifications and commands arrive there).
    """

    event: threading.Event = field(default_factory=threading.Event)
    waiter: asyncio.Event = field(default_factory=asyncio.Event)

    def set(self) -> None:
        self.event.set()
        self.waiter.set()


@dataclass(frozen=True)
class GenerationJob:
    """What to generate, where to put it, and with which settings."""

    image: Path | Image.Image
    target: Target
    output_uri: str
    settings: Settings
    initial_code: str | None = None
    document_version: int | None = None  # the version initial_code came from, if it is the output
    title: str = ""


def register(server: Vl2codeServer) -> None:
    @server.command(GENERATE_COMMAND)
    async def generate_from_screenshot(ls: Vl2codeServer, *arguments: Any) -> dict[str, Any]:
        job = parse_generate_arguments(ls, arguments)
        return await run_job(ls, job)

    @server.command(CANCEL_COMMAND)
    def cancel_generation(ls: Vl2codeServer, *arguments: Any) -> dict[str, int]:
        argument = arguments[0] if arguments else {}
        token = argument.get("token") if isinstance(argument, Mapping) else None
        chosen = [c for t, c in ls.running_generations.items() if token is None or t == token]
        for cancellation in chosen:
            cancellation.set()
        return {"cancelled": len(chosen)}


def single_argument(arguments: tuple[Any, ...], command: str) -> Mapping[str, Any]:
    if len(arguments) != 1 or not isinstance(arguments[0], Mapping):
        raise invalid_params(f"{command} takes one argument, an object")
    return arguments[0]


def parse_generate_arguments(server: Vl2codeServer, arguments: tuple[Any, ...]) -> GenerationJob:
    """Check the command's argument object and resolve the image, target, output and settings."""
    argument = single_argument(arguments, GENERATE_COMMAND)
    try:
        settings = generation_overrides(server.settings, argument.get("options"))
    except SettingsError as error:
        raise invalid_params(str(error)) from None
    raw_target = argument.get("target") or settings.generation.target or "html"
    if raw_target not in TARGETS:
        raise invalid_params(f"target must be one of {', '.join(TARGETS)}, got {raw_target!r}")
    target = cast(Target, raw_target)
    raw_image = argument.get("image")
    if not isinstance(raw_image, str) or not raw_image:
        raise invalid_params("image must be a path, a file URI or base64 PNG data")
    try:
        image = resolve_image(server, raw_image)
    except InputError as error:
        raise invalid_params(str(error)) from None
    output_uri = argument.get("outputUri")
    if output_uri is None:
        output_uri = default_output_uri(server, image, target)
    elif not isinstance(output_uri, str) or not output_uri.startswith("file:"):
        raise invalid_params(f"outputUri must be a file URI, got {output_uri!r}")
    return GenerationJob(image, target, output_uri, settings, title=f"vl2code: generating {target}")


def resolve_image(server: Vl2codeServer, raw: str) -> Path | Image.Image:
    """A path, ``file:`` URI, base64 or data URI, as a path to load or a decoded screenshot."""
    if raw.startswith("file:"):
        return _existing(Path(to_fs_path(raw) or raw))
    if raw.startswith("data:"):
        header, _, payload = raw.partition(",")
        if ";base64" not in header:
            raise InputError("image data URI must be base64-encoded")
        return _decode_base64(payload)
    candidate = Path(raw).expanduser()
    if not candidate.is_absolute() and server.root is not None:
        candidate = server.root / candidate
    if len(raw) < 1024 and candidate.exists():
        return _existing(candidate)
    if len(raw) >= 64 and "/" not in raw[:8]:
        return _decode_base64(raw)
    raise InputError(f"{raw}: no such file")


def _existing(path: Path) -> Path:
    load_screenshot(path)  # fail now, as invalid params, rather than in the worker
    return path.resolve()


def _decode_base64(payload: str) -> Image.Image:
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise InputError("image is neither an existing file nor valid base64 data") from None
    return decode_image(data, name="image")


def default_output_uri(server: Vl2codeServer, image: Path | Image.Image, target: Target) -> str:
    """Next to the image with the target's extension; for pasted images, in the workspace root."""
    if isinstance(image, Path):
        return from_fs_path(str(image.with_suffix(extension_for(target)))) or ""
    if server.root is None:
        raise invalid_params("outputUri is required for base64 images when the workspace has no folder")
    return from_fs_path(str(server.root / f"screenshot{extension_for(target)}")) or ""


def model_key(settings: Settings) -> str:
    """Which model a run will occupy: runs with the same key run one after the other."""
    choice = choose_backend(settings)
    if choice.kind == "openai":
        return f"openai:{settings.openai.base_url}"
    return choice.kind


def _artifacts_dir(server: Vl2codeServer, job: GenerationJob) -> Path:
    base = server.root or Path(to_fs_path(job.output_uri) or ".").parent
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return base / ".vl2code" / "runs" / f"{Path(to_fs_path(job.output_uri) or 'output').stem}-{stamp}"


def _run_blocking(
    server: Vl2codeServer,
    job: GenerationJob,
    cancel: threading.Event,
    progress: GenerationProgress,
    artifacts_dir: Path,
) -> Result:
    """The worker thread: wait for the model, then run the pipeline with the server's browser."""
    from vl2code.pipeline import convert

    lock = server.model_lock(model_key(job.settings))
    if not lock.acquire(blocking=False):
        progress.from_thread(
            ProgressEvent("queued", 0, job.settings.generation.refine_rounds, message="waiting for the model")
        )
        while not lock.acquire(timeout=_QUEUE_POLL_S):
            if cancel.is_set():
                raise GenerationCancelled("generation cancelled")
    try:
        return convert(
            job.image,
            target=job.target,
            settings=job.settings,
            renderer=server.renderer,
            progress=progress.from_thread,
            cancel=cancel,
            artifacts_dir=artifacts_dir,
            initial_code=job.initial_code,
        )
    finally:
        lock.release()


async def run_job(server: Vl2codeServer, job: GenerationJob) -> dict[str, Any]:
    """Run one generation to the end or until cancelled, then put the code into the editor."""
    cancellation = Cancellation()
    msg_id = server.protocol.msg_id
    if msg_id is not None:  # listen before the first await: a cancel may come at any time
        server.protocol.cancel_listeners[msg_id] = cancellation.set
    client_token = getattr(current_request_params.get(None), "work_done_token", None)
    progress = await GenerationProgress.start(server, client_token, job.title, "starting")
    running = server.running_generations
    key = progress.token if progress.token is not None else object()
    running[key] = cancellation
    progress.on_cancel_request(cancellation.set)
    loop = asyncio.get_running_loop()
    work = loop.run_in_executor(
        server.generation_pool,
        _run_blocking,
        server,
        job,
        cancellation.event,
        progress,
        _artifacts_dir(server, job),
    )
    cancelled: asyncio.Future[Any] = asyncio.ensure_future(cancellation.waiter.wait())
    try:
        await asyncio.wait([work, cancelled], return_when=asyncio.FIRST_COMPLETED)
        if cancellation.event.is_set():
            work.add_done_callback(_ignore_outcome)
            raise GenerationCancelled("generation cancelled")
        result = work.result()
        how = await replace_document(server, job.output_uri, result.code, job.document_version)
    except (GenerationCancelled, asyncio.CancelledError):
        progress.end("cancelled")
        raise JsonRpcRequestCancelled(message="generation cancelled") from None
    except Vl2codeError as error:
        progress.end(f"failed: {error}")
        raise request_failed(error) from None
    except JsonRpcException as error:
        progress.end(f"failed: {error.message}")
        raise
    finally:
        cancelled.cancel()
        running.pop(key, None)
        if msg_id is not None:
            server.protocol.cancel_listeners.pop(msg_id, None)
    score = f"score {result.score:.3f}" if result.score is not None else "no score"
    progress.end(f"done · {score}")
    return summary(result, job.output_uri, how)


def _ignore_outcome(future: asyncio.Future[Any]) -> None:
    """A cancelled run's thread still finishes (or raises GenerationCancelled); nobody wants it."""
    if not future.cancelled():
        future.exception()


def summary(result: Result, output_uri: str, how: str) -> dict[str, Any]:
    """The command's result: the scores and where everything went."""
    return {
        "outputUri": output_uri,
        "score": result.score,
        "metrics": dict(result.comparison.metrics) if result.comparison else {},
        "rounds": max(0, len(result.rounds) - 1),
        "roundScores": [record.score for record in result.rounds],
        "backend": result.backend,
        "target": result.target,
        "artifactsDir": str(result.artifacts_dir) if result.artifacts_dir else None,
        "written": how,
    }
