"""OpenAI-compatible chat servers (vLLM, SGLang, Ollama, llama.cpp) over streamed HTTP.

Written on httpx directly rather than the ``openai`` package: httpx is already a core
dependency, and the parts that matter here are outside that client's typed surface anyway
(the ``reasoning_content`` / ``reasoning`` deltas that reasoning servers add, retries that
honour Retry-After and can be cancelled mid-wait, cancellation between streamed events).
"""

from __future__ import annotations

import base64
import email.utils
import io
import json
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from PIL import Image

from vl2code.backends.base import (
    ChatMessage,
    ChunkCallback,
    GenerationRequest,
    GenerationResult,
    ImagePart,
    StreamChunk,
    Task,
    raise_if_cancelled,
)
from vl2code.backends.thinking import ThinkingStream, split_thinking
from vl2code.errors import BackendError, GenerationCancelled, ModelUnavailableError
from vl2code.settings import OpenAISettings

#: Longest wait between retries, whatever the server asks for.
MAX_BACKOFF_S = 60.0
FIRST_BACKOFF_S = 0.5

_semaphores: dict[str, threading.BoundedSemaphore] = {}
_semaphores_lock = threading.Lock()


def openai_configured(settings: Any) -> bool:
    """Whether an OpenAI-compatible server is configured (``Settings`` or ``OpenAISettings``)."""
    section = getattr(settings, "openai", settings)
    return bool(section.base_url)


def shared_semaphore(base_url: str, limit: int) -> threading.BoundedSemaphore:
    """One request limit per server, shared by every backend in the process that talks to it."""
    with _semaphores_lock:
        if base_url not in _semaphores:
            _semaphores[base_url] = threading.BoundedSemaphore(max(1, limit))
        return _semaphores[base_url]


@contextmanager
def _slot(semaphore: threading.BoundedSemaphore, cancel: threading.Event | None) -> Iterator[None]:
    while not semaphore.acquire(timeout=0.1):
        raise_if_cancelled(cancel)
    try:
        yield
    finally:
        semaphore.release()


def image_data_uri(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def chat_messages(messages: tuple[ChatMessage, ...]) -> list[dict[str, Any]]:
    """Our messages in the OpenAI chat format, images inlined as data URIs."""
    converted: list[dict[str, Any]] = []
    for message in messages:
        if not message.images:
            converted.append({"role": message.role, "content": message.text})
            continue
        content = [
            {"type": "image_url", "image_url": {"url": image_data_uri(part.image)}}
            if isinstance(part, ImagePart)
            else {"type": "text", "text": part.text}
            for part in message.parts
        ]
        converted.append({"role": message.role, "content": content})
    return converted


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header (seconds or an HTTP date) as seconds from now."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def _server_message(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
        error = data.get("error", data) if isinstance(data, dict) else data
        message = error.get("message", error) if isinstance(error, dict) else error
        text = str(message)
    except ValueError:
        pass
    first = text.splitlines()[0] if text else "no message"
    return first[:200]


@dataclass
class _Collected:
    """What one streamed answer has delivered so far."""

    content: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    deltas: int = 0
    saw_choice: bool = False
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    first_token_at: float | None = None


class OpenAICompatBackend:
    """The :class:`~vl2code.backends.base.Backend` for a server speaking ``/chat/completions``."""

    name = "openai"

    def __init__(
        self, settings: OpenAISettings, role: Task = "draft", transport: httpx.BaseTransport | None = None
    ):
        if not settings.base_url:
            raise ModelUnavailableError(
                "no OpenAI-compatible server configured: set openai.base_url "
                "(env VL2CODE_OPENAI_BASE_URL), or use --backend local or --backend layout"
            )
        self.settings = settings
        self.base_url = settings.base_url.rstrip("/")
        self.model = (
            (settings.refine_model or settings.model or "") if role == "refine" else (settings.model or "")
        )
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        timeout = httpx.Timeout(settings.timeout_s, connect=min(10.0, settings.timeout_s))
        self._client = httpx.Client(timeout=timeout, headers=headers, transport=transport)
        self._semaphore = shared_semaphore(self.base_url, settings.concurrency)

    def close(self) -> None:
        self._client.close()

    def generate(
        self,
        request: GenerationRequest,
        on_chunk: ChunkCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> GenerationResult:
        raise_if_cancelled(cancel)
        if not self.model:
            self.model = self._discover_model()
        payload = self._payload(request)
        started = time.perf_counter()
        for attempt in range(self.settings.max_retries + 1):
            collected = _Collected()
            try:
                with _slot(self._semaphore, cancel):
                    self._stream(payload, collected, on_chunk, cancel)
                break
            except _Retryable as error:
                if attempt == self.settings.max_retries or collected.deltas:
                    raise BackendError(
                        f"{self.base_url}: {error} (after {attempt + 1} attempt{'s' if attempt else ''})"
                    ) from None
                backoff = FIRST_BACKOFF_S * 2**attempt * (1 + 0.25 * random.random())
                delay = min(MAX_BACKOFF_S, error.retry_after if error.retry_after is not None else backoff)
                if cancel is not None and cancel.wait(delay):
                    raise GenerationCancelled("generation cancelled") from None
                if cancel is None:
                    time.sleep(delay)
        return self._result(collected, started)

    def _payload(self, request: GenerationRequest) -> dict[str, Any]:
        params = request.params
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": chat_messages(request.messages),
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": params.max_new_tokens,
            "temperature": params.temperature,
            "top_p": params.top_p,
        }
        if params.seed is not None:
            payload["seed"] = params.seed
        return payload

    def _discover_model(self) -> str:
        """The server's first model, for servers (like vLLM) that serve exactly one."""
        try:
            response = self._client.get(f"{self.base_url}/models")
            response.raise_for_status()
            return str(response.json()["data"][0]["id"])
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as error:
            raise BackendError(
                f"{self.base_url}: no model configured and the server's /models did not name one "
                f"({type(error).__name__}); set openai.model"
            ) from None

    def _stream(
        self,
        payload: dict[str, Any],
        collected: _Collected,
        on_chunk: ChunkCallback | None,
        cancel: threading.Event | None,
    ) -> None:
        url = f"{self.base_url}/chat/completions"
        thinking_stream = ThinkingStream()
        try:
            with self._client.stream("POST", url, json=payload) as response:
                status = response.status_code
                if status == 429 or status >= 500:
                    response.read()
                    raise _Retryable(
                        f"HTTP {status}: {_server_message(response.content)}",
                        retry_after_seconds(response.headers.get("retry-after")),
                    )
                if status >= 400:
                    response.read()
                    raise BackendError(f"{url}: HTTP {status}: {_server_message(response.content)}")
                if "text/event-stream" not in response.headers.get("content-type", ""):
                    response.read()
                    self._take(
                        self._parse_json(response.content, url),
                        collected,
                        thinking_stream,
                        on_chunk,
                        "message",
                    )
                else:
                    for line in response.iter_lines():
                        raise_if_cancelled(cancel)
                        if not line.startswith("data:"):
                            continue
                        data = line[len("data:") :].strip()
                        if data == "[DONE]":
                            break
                        self._take(
                            self._parse_json(data.encode(), url),
                            collected,
                            thinking_stream,
                            on_chunk,
                            "delta",
                        )
        except (
            httpx.ConnectError,
            httpx.ConnectTimeout,
            httpx.RemoteProtocolError,
            httpx.ReadError,
        ) as error:
            raise _Retryable(f"connection failed ({type(error).__name__}: {error})") from None
        except httpx.TimeoutException:
            raise BackendError(
                f"{url}: no response within {self.settings.timeout_s:g} s (openai.timeout_s)"
            ) from None
        if on_chunk is not None:
            for chunk in thinking_stream.flush():
                on_chunk(chunk)
        if not collected.saw_choice:
            raise BackendError(f"{url}: malformed response: no choices in the reply")

    @staticmethod
    def _parse_json(raw: bytes, url: str) -> dict[str, Any]:
        try:
            data = json.loads(raw)
        except ValueError:
            raise BackendError(f"{url}: malformed response: not JSON ({raw[:80]!r})") from None
        if not isinstance(data, dict):
            raise BackendError(f"{url}: malformed response: expected a JSON object")
        return data

    @staticmethod
    def _take(
        data: dict[str, Any],
        collected: _Collected,
        thinking_stream: ThinkingStream,
        on_chunk: ChunkCallback | None,
        key: str,
    ) -> None:
        """Absorb one streamed event (``delta``) or a whole non-streamed reply (``message``)."""
        if "error" in data:
            raise BackendError(f"server error: {_server_message(json.dumps(data).encode())}")
        usage = data.get("usage")
        if isinstance(usage, dict):
            collected.prompt_tokens = usage.get("prompt_tokens", collected.prompt_tokens)
            collected.completion_tokens = usage.get("completion_tokens", collected.completion_tokens)
        choices = data.get("choices")
        if choices is None and usage is not None:
            return
        if not isinstance(choices, list):
            raise BackendError("malformed response: 'choices' is not a list")
        if not choices:
            return
        choice = choices[0]
        delta = choice.get(key) if isinstance(choice, dict) else None
        if not isinstance(delta, dict):
            raise BackendError(f"malformed response: choice without a '{key}' object")
        collected.saw_choice = True
        collected.finish_reason = choice.get("finish_reason") or collected.finish_reason
        reasoning = delta.get("reasoning_content") or delta.get("reasoning")
        content = delta.get("content")
        if not isinstance(reasoning, str | None) or not isinstance(content, str | None):
            raise BackendError("malformed response: content is not text")
        if reasoning or content:
            collected.deltas += 1
            if collected.first_token_at is None:
                collected.first_token_at = time.perf_counter()
        if reasoning:
            collected.reasoning.append(reasoning)
            if on_chunk is not None:
                on_chunk(StreamChunk(reasoning, thinking=True))
        if content:
            collected.content.append(content)
            if on_chunk is not None:
                for chunk in thinking_stream.feed(content):
                    on_chunk(chunk)

    def _result(self, collected: _Collected, started: float) -> GenerationResult:
        content_thinking, answer = split_thinking("".join(collected.content))
        thinking = "\n".join(
            part for part in ("".join(collected.reasoning).strip(), content_thinking) if part
        )
        return GenerationResult(
            text=answer,
            thinking=thinking,
            model=self.model,
            backend=self.name,
            prompt_tokens=collected.prompt_tokens,
            completion_tokens=collected.completion_tokens or collected.deltas,
            first_token_s=None if collected.first_token_at is None else collected.first_token_at - started,
            total_s=time.perf_counter() - started,
            finish_reason="length" if collected.finish_reason == "length" else "stop",
        )
