"""Qwen3-VL in this process via transformers: lazy, cached loading and streamed generation.

torch and transformers are imported only when a model is first used, so importing vl2code
stays fast. Each distinct model (and load option set) is loaded once per process and kept in
a registry: the Instruct draft model and the Thinking refine model can both be resident,
and :func:`unload` frees them.
"""

from __future__ import annotations

import gc
import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vl2code.backends.base import (
    ChatMessage,
    ChunkCallback,
    GenerationParams,
    GenerationRequest,
    GenerationResult,
    ImagePart,
    raise_if_cancelled,
)
from vl2code.backends.thinking import OPEN_TAG, ThinkingStream, split_thinking
from vl2code.backends.weights import resolve_weights
from vl2code.errors import BackendError, ModelUnavailableError, SettingsError
from vl2code.settings import ModelSettings

DTYPES = {
    "bfloat16": "bfloat16",
    "bf16": "bfloat16",
    "float16": "float16",
    "fp16": "float16",
    "half": "float16",
    "float32": "float32",
    "fp32": "float32",
}


@dataclass(frozen=True)
class LoadOptions:
    """Everything that decides how a model is loaded; also the registry key."""

    model: str
    dtype: str = ModelSettings.dtype
    device_map: str = ModelSettings.device_map
    attn_implementation: str = ModelSettings.attn_implementation
    quantization: str = ModelSettings.quantization
    max_memory_gb: float | None = ModelSettings.max_memory_gb
    min_pixels: int = ModelSettings.min_pixels
    max_pixels: int = ModelSettings.max_pixels
    allow_cpu: bool = ModelSettings.allow_cpu
    allow_download: bool = ModelSettings.allow_download

    @classmethod
    def from_settings(cls, settings: ModelSettings, model: str) -> LoadOptions:
        return cls(
            model=model,
            dtype=settings.dtype,
            device_map=settings.device_map,
            attn_implementation=settings.attn_implementation,
            quantization=settings.quantization,
            max_memory_gb=settings.max_memory_gb,
            min_pixels=settings.min_pixels,
            max_pixels=settings.max_pixels,
            allow_cpu=settings.allow_cpu,
            allow_download=settings.allow_download,
        )


@dataclass
class LoadedModel:
    """A model with its processor; ``lock`` serialises generation on it."""

    options: LoadOptions
    model: Any
    processor: Any
    started_thinking: bool
    lock: threading.Lock

    @property
    def tokenizer(self) -> Any:
        return self.processor.tokenizer


_registry: dict[LoadOptions, LoadedModel] = {}
_registry_lock = threading.Lock()
_load_locks: dict[LoadOptions, threading.Lock] = {}


def get_model(options: LoadOptions) -> LoadedModel:
    """The loaded model for ``options``, loading it on first use (once, even across threads)."""
    with _registry_lock:
        if options in _registry:
            return _registry[options]
        load_lock = _load_locks.setdefault(options, threading.Lock())
    with load_lock:
        with _registry_lock:
            if options in _registry:
                return _registry[options]
        loaded = load_model(options)
        with _registry_lock:
            _registry[options] = loaded
        return loaded


def loaded_models() -> list[str]:
    with _registry_lock:
        return [options.model for options in _registry]


def unload(model: str | None = None) -> int:
    """Drop cached models (all, or those of one model id/path); returns how many were dropped."""
    with _registry_lock:
        keys = [key for key in _registry if model is None or key.model == model]
        for key in keys:
            del _registry[key]
    if keys:
        gc.collect()
        import torch

        if torch.cuda.is_available():
            torch.cuda.empty_cache()
    return len(keys)


def _check_device(options: LoadOptions, torch: Any) -> bool:
    """Refuse what cannot work here before loading gigabytes; returns whether CUDA is used."""
    cuda = bool(torch.cuda.is_available())
    if options.quantization != "none":
        if not cuda:
            raise BackendError(
                f"{options.quantization} quantization needs a CUDA GPU (bitsandbytes) and none was found; "
                'set model.quantization = "none" or use --backend openai'
            )
        try:
            import bitsandbytes  # noqa: F401
        except ImportError:
            raise BackendError(
                f"{options.quantization} quantization needs bitsandbytes: pip install bitsandbytes"
            ) from None
    if not cuda and not options.allow_cpu:
        raise ModelUnavailableError(
            f"{options.model}: no CUDA GPU found and Qwen3-VL on the CPU takes minutes per page; "
            "set model.allow_cpu = true to run it anyway, or use --backend openai or --backend layout"
        )
    return cuda


def _torch_dtype(name: str, torch: Any, cuda: bool) -> Any:
    if name == "auto":
        if cuda:
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return "auto"  # the checkpoint's own dtype (bf16 for the Qwen releases)
    if name not in DTYPES:
        raise SettingsError(f"model.dtype: {name!r} is not one of auto, {', '.join(sorted(DTYPES))}")
    return getattr(torch, DTYPES[name])


def _placement(options: LoadOptions, torch: Any, cuda: bool) -> dict[str, Any]:
    """device_map / max_memory arguments: on a GPU, cap each card and offload the rest to CPU."""
    if not cuda:
        return {} if options.device_map == "auto" else {"device_map": options.device_map}
    placement: dict[str, Any] = {"device_map": options.device_map}
    if options.max_memory_gb is not None:
        memory: dict[Any, str] = {
            index: f"{options.max_memory_gb}GiB" for index in range(torch.cuda.device_count())
        }
        memory["cpu"] = "1024GiB"
        placement["max_memory"] = memory
    return placement


def _quantization_config(options: LoadOptions, dtype: Any) -> Any:
    if options.quantization == "none":
        return None
    from transformers import BitsAndBytesConfig

    # The vision tower and output head stay unquantised: they are small and quality-sensitive.
    keep = ["visual", "lm_head"]
    if options.quantization == "4bit":
        return BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=dtype if dtype != "auto" else None,
            llm_int8_skip_modules=keep,
        )
    return BitsAndBytesConfig(load_in_8bit=True, llm_int8_skip_modules=keep)


def _chat_template(folder: Path, tokenizer: Any) -> str | None:
    jinja_file = folder / "chat_template.jinja"
    if jinja_file.is_file():
        return jinja_file.read_text(encoding="utf-8")
    json_file = folder / "chat_template.json"
    if json_file.is_file():
        return json.loads(json_file.read_text(encoding="utf-8")).get("chat_template")
    return getattr(tokenizer, "chat_template", None)


def _image_only_processor(folder: Path, options: LoadOptions) -> Any:
    """A Qwen3-VL processor without the video half, so screenshots need no torchvision."""
    from transformers import AutoImageProcessor, AutoTokenizer, Qwen3VLProcessor

    class ImageOnlyProcessor(Qwen3VLProcessor):
        def __init__(self, image_processor: Any, tokenizer: Any, chat_template: str | None = None) -> None:
            super().__init__(image_processor, tokenizer, video_processor=None, chat_template=chat_template)

    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    image_processor = AutoImageProcessor.from_pretrained(
        folder,
        local_files_only=True,
        size={"shortest_edge": options.min_pixels, "longest_edge": options.max_pixels},
    )
    template = _chat_template(folder, tokenizer)
    if not template:
        raise ModelUnavailableError(f"{options.model}: the checkpoint has no chat template")
    return ImageOnlyProcessor(image_processor, tokenizer, chat_template=template)


def load_model(options: LoadOptions) -> LoadedModel:
    """Load a checkpoint from disk (never from the network unless downloads are allowed)."""
    if options.min_pixels > options.max_pixels:
        raise SettingsError("model.min_pixels is larger than model.max_pixels")
    folder = resolve_weights(options.model, options.allow_download)
    try:
        import torch
        from transformers import AutoModelForImageTextToText
    except ImportError as error:
        raise ModelUnavailableError(
            f"the local backend needs torch and transformers ({error}); "
            "pip install 'vl2code[model]', or use --backend openai or --backend layout"
        ) from None
    cuda = _check_device(options, torch)
    dtype = _torch_dtype(options.dtype, torch, cuda)
    try:
        processor = _image_only_processor(folder, options)
        model = AutoModelForImageTextToText.from_pretrained(
            folder,
            dtype=dtype,
            attn_implementation=options.attn_implementation,
            quantization_config=_quantization_config(options, dtype),
            local_files_only=True,
            **_placement(options, torch, cuda),
        ).eval()
    except (OSError, ValueError, ImportError, RuntimeError, KeyError) as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise BackendError(f"{options.model}: cannot load the model ({reason})") from None
    probe = [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]
    prompt = processor.apply_chat_template(probe, tokenize=False, add_generation_prompt=True)
    return LoadedModel(
        options=options,
        model=model,
        processor=processor,
        started_thinking=prompt.rstrip().endswith(OPEN_TAG),
        lock=threading.Lock(),
    )


def chat_messages(messages: tuple[ChatMessage, ...]) -> list[dict[str, Any]]:
    """Our messages in the transformers chat format (images as PIL objects)."""
    converted = []
    for message in messages:
        content = [
            {"type": "image", "image": part.image}
            if isinstance(part, ImagePart)
            else {"type": "text", "text": part.text}
            for part in message.parts
        ]
        converted.append({"role": message.role, "content": content})
    return converted


class TokenStreamer:
    """Receives new token ids from ``generate`` and passes readable text to the callback.

    Only the ids since the last emitted text are decoded, so the cost per token stays
    constant however long the answer is; a window is held back while it ends inside a
    multi-byte character.
    """

    _MAX_WINDOW = 16

    def __init__(self, tokenizer: Any, thinking: ThinkingStream, on_chunk: ChunkCallback | None) -> None:
        self._tokenizer = tokenizer
        self._thinking = thinking
        self._on_chunk = on_chunk
        self._window: list[int] = []
        self._seen_prompt = False
        self.first_token_at: float | None = None

    def put(self, value: Any) -> None:
        if not self._seen_prompt:
            self._seen_prompt = True
            return
        if self.first_token_at is None:
            self.first_token_at = time.perf_counter()
        if self._on_chunk is None:
            return
        self._window.extend(value.reshape(-1).tolist())
        text = self._tokenizer.decode(self._window, skip_special_tokens=True)
        if text.endswith("\ufffd") and len(self._window) < self._MAX_WINDOW:
            return
        self._window = []
        self._send(self._thinking.feed(text))

    def end(self) -> None:
        if self._on_chunk is not None:
            if self._window:
                self._send(
                    self._thinking.feed(self._tokenizer.decode(self._window, skip_special_tokens=True))
                )
                self._window = []
            self._send(self._thinking.flush())

    def _send(self, chunks: list[Any]) -> None:
        assert self._on_chunk is not None
        for chunk in chunks:
            self._on_chunk(chunk)


class CancelCriterion:
    """Stops ``generate`` after the current token once the event is set."""

    def __init__(self, cancel: threading.Event, torch: Any) -> None:
        self._cancel = cancel
        self._torch = torch

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        return self._torch.full(
            (input_ids.shape[0],), self._cancel.is_set(), dtype=self._torch.bool, device=input_ids.device
        )


def sampling_arguments(params: GenerationParams) -> dict[str, Any]:
    if params.temperature <= 0:
        return {"do_sample": False, "temperature": None, "top_p": None, "top_k": None}
    return {"do_sample": True, "temperature": params.temperature, "top_p": params.top_p, "top_k": None}


class QwenLocalBackend:
    """The :class:`~vl2code.backends.base.Backend` for an in-process Qwen3-VL checkpoint."""

    name = "local"

    def __init__(self, options: LoadOptions) -> None:
        self.options = options
        self.model = options.model

    def load(self) -> LoadedModel:
        """Load now (otherwise the first generate does); later calls reuse the cached model."""
        return get_model(self.options)

    def generate(
        self,
        request: GenerationRequest,
        on_chunk: ChunkCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> GenerationResult:
        raise_if_cancelled(cancel)
        loaded = self.load()
        import torch

        started = time.perf_counter()
        with loaded.lock:
            raise_if_cancelled(cancel)
            inputs = loaded.processor.apply_chat_template(
                chat_messages(request.messages),
                tokenize=True,
                add_generation_prompt=True,
                return_dict=True,
                return_tensors="pt",
            ).to(loaded.model.device)
            prompt_ids = inputs["input_ids"]
            streamer = TokenStreamer(loaded.tokenizer, ThinkingStream(loaded.started_thinking), on_chunk)
            stopping = [CancelCriterion(cancel, torch)] if cancel is not None else None
            if request.params.seed is not None:
                torch.manual_seed(request.params.seed)
            with torch.inference_mode():
                output = loaded.model.generate(
                    **inputs,
                    max_new_tokens=request.params.max_new_tokens,
                    streamer=streamer,
                    stopping_criteria=stopping,
                    **sampling_arguments(request.params),
                )
        raise_if_cancelled(cancel)
        total_s = time.perf_counter() - started
        new_ids = output[0, prompt_ids.shape[1] :].tolist()
        raw = loaded.tokenizer.decode(new_ids, skip_special_tokens=True)
        thinking, answer = split_thinking(raw, loaded.started_thinking)
        stop_ids = loaded.model.generation_config.eos_token_id
        stop_ids = set(stop_ids if isinstance(stop_ids, list) else [stop_ids])
        stopped = bool(new_ids) and new_ids[-1] in stop_ids
        return GenerationResult(
            text=answer,
            thinking=thinking,
            model=self.model,
            backend=self.name,
            prompt_tokens=int(prompt_ids.shape[1]),
            completion_tokens=len(new_ids),
            first_token_s=None if streamer.first_token_at is None else streamer.first_token_at - started,
            total_s=total_s,
            finish_reason="stop" if stopped or len(new_ids) < request.params.max_new_tokens else "length",
            image_tokens=int((prompt_ids == loaded.processor.image_token_id).sum()),
        )

    def close(self) -> None:
        """Nothing per backend: the model stays cached for the process; see :func:`unload`."""
