"""`--backend auto`: pick a server, local weights or the layout engine, and say why in one line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from vl2code.settings import Settings

BackendKind = Literal["openai", "local", "layout"]

HOW_TO_ENABLE_MODEL = (
    "to use Qwen3-VL, point VL2CODE_OPENAI_BASE_URL at an OpenAI-compatible server, or download "
    "weights (huggingface-cli download Qwen/Qwen3-VL-4B-Instruct) on a machine with a GPU"
)


@dataclass(frozen=True)
class BackendChoice:
    kind: BackendKind
    reason: str

    def describe(self) -> str:
        return f"backend: {self.kind} ({self.reason})"


def _cuda_available() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def _local_weights(model: str) -> bool:
    try:
        from vl2code.backends import local_weights_available
    except ImportError:
        return False
    return local_weights_available(model)


def choose_backend(settings: Settings) -> BackendChoice:
    """The backend a conversion uses, from the setting and what this machine has."""
    requested = settings.generation.backend
    if requested != "auto":
        return BackendChoice(requested, "requested")
    if settings.openai.base_url:
        return BackendChoice(
            "openai", f"an OpenAI-compatible server is configured at {settings.openai.base_url}"
        )
    model = settings.model.draft_model
    if _local_weights(model):
        if settings.model.allow_cpu:
            return BackendChoice("local", f"weights for {model} found; running on the CPU as allowed")
        if _cuda_available():
            return BackendChoice("local", f"weights for {model} found and a GPU is available")
        return BackendChoice(
            "layout",
            f"weights for {model} found but no GPU (allow the CPU with --allow-cpu; about 15 min a page)",
        )
    return BackendChoice("layout", f"no server configured and no local weights; {HOW_TO_ENABLE_MODEL}")
