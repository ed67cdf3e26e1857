"""An OpenAI-compatible chat server on 127.0.0.1 that answers from a script, for loop tests."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class ScriptedChatServer:
    """Serves `/v1/chat/completions`: the n-th request gets the n-th scripted answer."""

    def __init__(self, answers: list[str], reasoning: str = "", delay_s: float = 0.0) -> None:
        self.answers = answers
        self.reasoning = reasoning
        self.delay_s = delay_s
        self.request_seen = threading.Event()
        self.requests: list[dict[str, Any]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def _next_answer(self, body: dict[str, Any]) -> str:
        with self._lock:
            self.requests.append(body)
            index = len(self.requests) - 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        self.request_seen.set()
        time.sleep(self.delay_s)
        with self._lock:
            self.in_flight -= 1
        return self.answers[min(index, len(self.answers) - 1)]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._json({"data": [{"id": "scripted", "object": "model"}]})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                answer = server._next_answer(body)
                if body.get("stream"):
                    self._stream(answer)
                else:
                    message = {"role": "assistant", "content": answer}
                    if server.reasoning:
                        message["reasoning_content"] = server.reasoning
                    self._json(
                        {
                            "id": "c1",
                            "object": "chat.completion",
                            "model": body.get("model", "scripted"),
                            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                            "usage": {
                                "prompt_tokens": 10,
                                "completion_tokens": len(answer.split()),
                                "total_tokens": 10 + len(answer.split()),
                            },
                        }
                    )

            def _json(self, data: dict[str, Any]) -> None:
                payload = json.dumps(data).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _stream(self, answer: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                deltas: list[dict[str, str]] = []
                if server.reasoning:
                    deltas.append({"reasoning_content": server.reasoning})
                deltas += [{"content": answer[i : i + 40]} for i in range(0, len(answer), 40)]
                for delta in deltas:
                    chunk = {
                        "id": "c1",
                        "object": "chat.completion.chunk",
                        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                final = {
                    "id": "c1",
                    "object": "chat.completion.chunk",
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 10, "completion_tokens": len(deltas)},
                }
                self.wfile.write(f"data: {json.dumps(final)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()

        return Handler

    @contextmanager
    def running(self) -> Iterator[ScriptedChatServer]:
        thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
