"""Ways of writing code from a screenshot, all behind one small protocol (see base.py).

``create_backend(kind, settings, role)`` builds one; nothing here imports torch until a local
model is actually used.
"""

from __future__ import annotations

from typing import Literal

from vl2code.backends.base import (
    Backend,
    ChatMessage,
    ChunkCallback,
    GenerationParams,
    GenerationRequest,
    GenerationResult,
    ImagePart,
    StreamChunk,
    Task,
    TextPart,
)
from vl2code.backends.openai_compat import openai_configured
from vl2code.backends.weights import local_weights_available
from vl2code.errors import SettingsError
from vl2code.settings import Settings

BackendKind = Literal["local", "openai"]


def model_for_role(settings: Settings, role: Task) -> str:
    """The local checkpoint a role uses: Instruct drafts, Thinking refines (by default)."""
    return settings.model.draft_model if role == "draft" else settings.model.refine_model


def create_backend(kind: BackendKind, settings: Settings, role: Task = "draft") -> Backend:
    """A backend for ``role``; local models load lazily on first use and stay cached."""
    if kind == "local":
        from vl2code.backends.qwen_local import LoadOptions, QwenLocalBackend

        return QwenLocalBackend(LoadOptions.from_settings(settings.model, model_for_role(settings, role)))
    if kind == "openai":
        from vl2code.backends.openai_compat import OpenAICompatBackend

        return OpenAICompatBackend(settings.openai, role)
    raise SettingsError(f"backend {kind!r} is not a model backend (expected local or openai)")


__all__ = [
    "Backend",
    "BackendKind",
    "ChatMessage",
    "ChunkCallback",
    "GenerationParams",
    "GenerationRequest",
    "GenerationResult",
    "ImagePart",
    "StreamChunk",
    "Task",
    "TextPart",
    "create_backend",
    "local_weights_available",
    "model_for_role",
    "openai_configured",
]
