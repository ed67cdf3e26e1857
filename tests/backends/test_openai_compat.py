"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1 with scripted replies."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image

from vl2code.backends import GenerationParams, StreamChunk, create_backend, openai_configured
from vl2code.backends.openai_compat import OpenAICompatBackend, retry_after_seconds
from vl2code.errors import BackendError, GenerationCancelled, ModelUnavailableError
from vl2code.prompts import PromptContext, build_request
from vl2code.settings import OpenAISettings, Settings

Reply = Callable[[BaseHTTPRequestHandler], None]


class ScriptedServer:
    """Answers each request with the next scripted reply and records what it was sent."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.requests: list[tuple[str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append((self.path, {}))
                server.replies.pop(0)(self)

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                server.requests.append((self.path, json.loads(self.rfile.read(length))))
                server.replies.pop(0)(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer()
    yield scripted
    scripted.close()


def sse(events: list[dict | str], delay_s: float = 0.0) -> Reply:
    def reply(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("content-type", "text/event-stream")
        handler.end_headers()
        for event in events:
            data = event if isinstance(event, str) else json.dumps(event)
            handler.wfile.write(f"data: {data}\n\n".encode())
            handler.wfile.flush()
            time.sleep(delay_s)
        handler.wfile.write(b"data: [DONE]\n\n")

    return reply


def status(code: int, body: str = "", headers: dict[str, str] | None = None) -> Reply:
    def reply(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(code)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("content-length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body.encode())

    return reply


def delta(content: str | None = None, reasoning: str | None = None, finish: str | None = None) -> dict:
    payload = {key: value for key, value in (("content", content), ("reasoning_content", reasoning)) if value}
    return {"choices": [{"index": 0, "delta": payload, "finish_reason": finish}]}


def _settings(url: str, **overrides) -> OpenAISettings:
    values = {"base_url": url, "model": "qwen3-vl", "timeout_s": 5.0, "max_retries": 2, "concurrency": 2}
    values.update(overrides)
    return OpenAISettings(**values)


def _request(task: str = "draft"):
    return build_request(
        PromptContext(
            "html",
            Image.new("RGB", (64, 40), (200, 10, 10)),
            params=GenerationParams(max_new_tokens=99, seed=7),
        )
    )


def test_streams_content_and_reasoning_separately(server):
    server.replies.append(
        sse(
            [
                delta(reasoning="Look at the header. "),
                delta(reasoning="Two columns."),
                delta(content="```html\n<html>"),
                delta(content="</html>\n```", finish="stop"),
                {"choices": [], "usage": {"prompt_tokens": 321, "completion_tokens": 4}},
            ]
        )
    )
    chunks: list[StreamChunk] = []
    backend = OpenAICompatBackend(_settings(server.url))
    result = backend.generate(_request(), on_chunk=chunks.append)

    assert result.text == "```html\n<html></html>\n```"
    assert result.thinking == "Look at the header. Two columns."
    assert [c.thinking for c in chunks] == [True, True, False, False]
    assert (result.prompt_tokens, result.completion_tokens, result.finish_reason) == (321, 4, "stop")
    path, body = server.requests[0]
    assert path == "/v1/chat/completions"
    assert body["model"] == "qwen3-vl" and body["stream"] is True
    assert (body["max_tokens"], body["seed"], body["temperature"]) == (99, 7, 0.0)
    user = body["messages"][1]["content"]
    assert user[0]["type"] == "image_url" and user[0]["image_url"]["url"].startswith("data:image/png;base64,")
    assert user[-1]["type"] == "text" and "64x40 pixels" in user[-1]["text"]


def test_think_tags_in_the_content_are_split_like_local_thinking(server):
    server.replies.append(
        sse(
            [
                delta(content="<think>\nthe logo is"),
                delta(content=" left</think>\n<html>x"),
                delta(content="</html>", finish="length"),
            ]
        )
    )
    chunks: list[StreamChunk] = []
    result = OpenAICompatBackend(_settings(server.url)).generate(_request(), on_chunk=chunks.append)

    assert (result.thinking, result.text) == ("the logo is left", "<html>x</html>")
    assert result.truncated
    assert "".join(c.text for c in chunks if c.thinking).strip() == "the logo is left"
    assert "".join(c.text for c in chunks if not c.thinking).strip() == "<html>x</html>"


def test_rate_limit_is_retried_after_the_servers_delay(server):
    server.replies += [
        status(429, '{"error": {"message": "slow down"}}', {"retry-after": "0.2"}),
        status(503, "overloaded"),
        sse([delta(content="<html>ok</html>", finish="stop")]),
    ]
    started = time.perf_counter()
    result = OpenAICompatBackend(_settings(server.url)).generate(_request())

    assert result.text == "<html>ok</html>"
    assert len(server.requests) == 3
    assert time.perf_counter() - started >= 0.2


def test_retries_give_up_with_the_servers_message(server):
    server.replies += [status(500, '{"error": {"message": "CUDA out of memory"}}')] * 2
    with pytest.raises(BackendError, match="HTTP 500: CUDA out of memory.*2 attempts"):
        OpenAICompatBackend(_settings(server.url, max_retries=1)).generate(_request())


def test_client_errors_are_not_retried(server):
    server.replies.append(status(404, '{"message": "model qwen3-vl does not exist"}'))
    with pytest.raises(BackendError, match="HTTP 404: model qwen3-vl does not exist"):
        OpenAICompatBackend(_settings(server.url)).generate(_request())
    assert len(server.requests) == 1


def test_a_silent_server_times_out(server):
    def hang(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(2.0)

    server.replies.append(hang)
    started = time.perf_counter()
    with pytest.raises(BackendError, match=r"no response within 0.5 s"):
        OpenAICompatBackend(_settings(server.url, timeout_s=0.5)).generate(_request())
    assert time.perf_counter() - started < 1.9


@pytest.mark.parametrize(
    "reply, reason",
    [
        (sse(["{not json"]), "not JSON"),
        (sse([{"choices": "nope"}]), "'choices' is not a list"),
        (sse([{"choices": [{"text": "completion-style"}]}]), "without a 'delta'"),
        (sse([]), "no choices"),
        (sse([{"error": {"message": "context length exceeded"}}]), "context length exceeded"),
        (status(200, "<html>a proxy login page</html>", {"content-type": "text/html"}), "not JSON"),
    ],
)
def test_malformed_responses_are_one_line_backend_errors(server, reply, reason):
    server.replies.append(reply)
    with pytest.raises(BackendError, match=reason) as caught:
        OpenAICompatBackend(_settings(server.url)).generate(_request())
    assert "\n" not in str(caught.value)


def test_a_non_streamed_json_reply_is_accepted(server):
    body = {
        "choices": [
            {
                "message": {"content": "<html>whole</html>", "reasoning_content": "hmm"},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 3},
    }
    server.replies.append(status(200, json.dumps(body), {"content-type": "application/json"}))
    result = OpenAICompatBackend(_settings(server.url)).generate(_request())
    assert (result.text, result.thinking, result.completion_tokens) == ("<html>whole</html>", "hmm", 3)


def test_connection_refused_is_retried_then_reported():
    settings = _settings("http://127.0.0.1:9/v1", max_retries=1)
    with pytest.raises(BackendError, match="connection failed.*2 attempts"):
        OpenAICompatBackend(settings).generate(_request())


def test_cancel_stops_between_streamed_events(server):
    server.replies.append(sse([delta(content=f"<p>{i}</p>") for i in range(200)], delay_s=0.01))
    cancel = threading.Event()
    received: list[StreamChunk] = []

    def on_chunk(chunk: StreamChunk) -> None:
        received.append(chunk)
        if len(received) == 3:
            cancel.set()

    with pytest.raises(GenerationCancelled):
        OpenAICompatBackend(_settings(server.url)).generate(_request(), on_chunk=on_chunk, cancel=cancel)
    assert len(received) <= 4


def test_concurrency_is_limited_per_server(server):
    active, peak = [0], [0]
    lock = threading.Lock()

    def slow(handler: BaseHTTPRequestHandler) -> None:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.15)
        with lock:
            active[0] -= 1
        sse([delta(content="<html>x</html>", finish="stop")])(handler)

    server.replies += [slow] * 5
    settings = _settings(server.url, concurrency=2)
    threads = [
        threading.Thread(target=OpenAICompatBackend(settings).generate, args=(_request(),)) for _ in range(5)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(server.requests) == 5 and peak[0] <= 2


def test_model_is_discovered_when_not_configured(server):
    server.replies += [
        status(200, json.dumps({"data": [{"id": "Qwen/Qwen3-VL-4B-Instruct"}]})),
        sse([delta(content="<html>x</html>", finish="stop")]),
    ]
    backend = OpenAICompatBackend(_settings(server.url, model=None))
    assert backend.generate(_request()).model == "Qwen/Qwen3-VL-4B-Instruct"
    assert [path for path, _ in server.requests] == ["/v1/models", "/v1/chat/completions"]


def test_factory_picks_the_refine_model_and_reports_configuration():
    settings = Settings()
    assert not openai_configured(settings)
    with pytest.raises(ModelUnavailableError, match="VL2CODE_OPENAI_BASE_URL"):
        create_backend("openai", settings, "draft")
    settings.openai = _settings("http://127.0.0.1:9/v1/", refine_model="qwen3-vl-thinking")
    assert openai_configured(settings)
    assert create_backend("openai", settings, "refine").model == "qwen3-vl-thinking"
    assert create_backend("openai", settings, "draft").model == "qwen3-vl"


def test_retry_after_accepts_seconds_and_dates():
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("soon") is None
