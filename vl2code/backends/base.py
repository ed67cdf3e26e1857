"""The one protocol every code-writing backend follows, and the values that cross it.

A request is a chat (system + user messages whose parts are text or images) plus generation
parameters; prompts.build_request() makes one from a typed context. A backend streams text
chunks to an optional callback, checks a cancel event between tokens, and returns the answer
with the model's reasoning kept apart, so reasoning never ends up in generated code.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from PIL import Image

from vl2code.errors import GenerationCancelled
from vl2code.settings import GenerationSettings, Target

Task = Literal["draft", "refine"]
ChatRole = Literal["system", "user", "assistant"]
FinishReason = Literal["stop", "length"]


@dataclass(frozen=True)
class TextPart:
    text: str


@dataclass(frozen=True)
class ImagePart:
    """An image in a message; ``label`` says what it shows (kept for logs and artifacts)."""

    image: Image.Image
    label: str = "image"


MessagePart = TextPart | ImagePart


@dataclass(frozen=True)
class ChatMessage:
    role: ChatRole
    parts: tuple[MessagePart, ...]

    @property
    def text(self) -> str:
        """The message's text parts joined (images left out)."""
        return "".join(part.text for part in self.parts if isinstance(part, TextPart))

    @property
    def images(self) -> tuple[Image.Image, ...]:
        return tuple(part.image for part in self.parts if isinstance(part, ImagePart))


@dataclass(frozen=True)
class GenerationParams:
    """Sampling settings; temperature 0 means greedy decoding."""

    temperature: float = GenerationSettings.temperature
    top_p: float = GenerationSettings.top_p
    max_new_tokens: int = GenerationSettings.max_new_tokens
    seed: int | None = GenerationSettings.seed

    @classmethod
    def from_settings(
        cls, settings: GenerationSettings, max_new_tokens: int | None = None
    ) -> GenerationParams:
        return cls(
            temperature=settings.temperature,
            top_p=settings.top_p,
            max_new_tokens=max_new_tokens or settings.max_new_tokens,
            seed=settings.seed,
        )


@dataclass(frozen=True)
class GenerationRequest:
    """Everything a backend needs for one answer."""

    messages: tuple[ChatMessage, ...]
    target: Target
    task: Task
    params: GenerationParams = field(default_factory=GenerationParams)

    @property
    def images(self) -> tuple[Image.Image, ...]:
        return tuple(image for message in self.messages for image in message.images)


@dataclass(frozen=True)
class StreamChunk:
    """A piece of streamed output; ``thinking`` chunks are the model's reasoning, not code."""

    text: str
    thinking: bool = False


ChunkCallback = Callable[[StreamChunk], None]


@dataclass(frozen=True)
class GenerationResult:
    """The final answer (reasoning removed), the reasoning, token counts and timings."""

    text: str
    thinking: str
    model: str
    backend: str
    prompt_tokens: int | None
    completion_tokens: int
    first_token_s: float | None  # from the call to the first generated token
    total_s: float
    finish_reason: FinishReason
    image_tokens: int | None = None

    @property
    def tokens_per_s(self) -> float | None:
        """Decode speed: tokens after the first over the time after the first token."""
        if self.first_token_s is None or self.completion_tokens < 2:
            return None
        decode_s = self.total_s - self.first_token_s
        return (self.completion_tokens - 1) / decode_s if decode_s > 0 else None

    @property
    def truncated(self) -> bool:
        return self.finish_reason == "length"


@runtime_checkable
class Backend(Protocol):
    """A way of writing code from a request: in-process model or a server."""

    name: str
    model: str

    def generate(
        self,
        request: GenerationRequest,
        on_chunk: ChunkCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> GenerationResult:
        """Stream the answer to ``on_chunk``; raise GenerationCancelled once ``cancel`` is set."""
        ...

    def close(self) -> None:
        """Release what this backend holds (connections); shared model weights stay cached."""
        ...


def raise_if_cancelled(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise GenerationCancelled("generation cancelled")
