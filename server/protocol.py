"""The LSP protocol with one promise added: every request that has an id gets an answer.

pygls drops a request whose params do not deserialize (it only logs), which leaves the client
waiting forever; it also ignores requests that are not JSON-RPC 2.0 or arrive after ``shutdown``.
This subclass answers those with the JSON-RPC error codes, and lets the server observe
``$/cancelRequest`` for requests whose work runs outside pygls's own futures.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Callable
from typing import Any, TypeGuard

from lsprotocol.types import EXIT, ResponseError
from pygls.exceptions import (
    JsonRpcException,
    JsonRpcInvalidParams,
    JsonRpcInvalidRequest,
    JsonRpcParseError,
)
from pygls.protocol import LanguageServerProtocol

from vl2code.errors import Vl2codeError

logger = logging.getLogger(__name__)

#: LSP's RequestFailed: the request was valid but the operation failed.
REQUEST_FAILED = -32803


class AnsweredMessage:
    """Stands in for a message that was already answered with an error; handling ignores it."""

    jsonrpc = "answered"


ANSWERED = AnsweredMessage()

#: The raw params of the request being handled, for handlers that need more than pygls passes
#: them (``workspace/executeCommand`` handlers get only the arguments, not the workDoneToken).
current_request_params: contextvars.ContextVar[Any] = contextvars.ContextVar("current_request_params")


class _AnsweredDeserializeErrors(logging.Filter):
    """pygls logs each undeserializable message with a traceback; this protocol answers them instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Unable to deserialize message")


logging.getLogger("pygls.protocol.json_rpc").addFilter(_AnsweredDeserializeErrors())


def request_failed(error: Vl2codeError) -> JsonRpcException:
    """A Vl2codeError as the error response a client shows to its user."""
    return JsonRpcException(message=str(error), code=REQUEST_FAILED)


def invalid_params(message: str) -> JsonRpcInvalidParams:
    return JsonRpcInvalidParams(message=message)


def _valid_id(value: Any) -> TypeGuard[str | int]:
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


class Vl2codeProtocol(LanguageServerProtocol):
    """LanguageServerProtocol that answers malformed requests instead of dropping them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cancel_listeners: dict[Any, Callable[[], None]] = {}

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            return self._answer_undeserializable(data, error)

    def _answer_undeserializable(self, data: dict[str, Any], error: JsonRpcException) -> Any:
        msg_id = data.get("id")
        logger.warning(
            "answering an undeserializable message (id %r, method %r): %s",
            msg_id,
            data.get("method"),
            error.__cause__ or error,
        )
        if "method" in data and "id" in data:
            if _valid_id(msg_id):
                cause = error.__cause__ or error
                message = f"Invalid params for {data['method']!r}: {cause}"
                self.send_error(msg_id, JsonRpcInvalidParams(message=message))
            else:
                self.send_error(None, JsonRpcInvalidRequest(message=f"Invalid request id {msg_id!r}"))
        elif "id" in data and "method" not in data:
            future = self._request_futures.pop(msg_id, None) if _valid_id(msg_id) else None
            if future is not None:
                future.set_exception(JsonRpcInvalidParams(message="the response did not deserialize"))
            else:
                self.send_error(msg_id if _valid_id(msg_id) else None, JsonRpcInvalidRequest())
        return ANSWERED

    def handle_message(self, message: Any) -> None:
        if message is ANSWERED:
            return
        if isinstance(message, list):
            self.send_error(None, JsonRpcInvalidRequest(message="batch requests are not supported"))
            return
        if isinstance(message, dict):
            # structure_message returns bodies without "jsonrpc" as they are.
            if "id" in message:
                msg_id = message["id"] if _valid_id(message["id"]) else None
                self.send_error(msg_id, JsonRpcInvalidRequest(message="not a JSON-RPC 2.0 message"))
            return
        is_request = hasattr(message, "method") and hasattr(message, "id")
        if is_request and getattr(message, "jsonrpc", None) != self.VERSION:
            self.send_error(message.id, JsonRpcInvalidRequest(message="jsonrpc must be '2.0'"))
            return
        if is_request and self._shutdown and message.method != EXIT:
            self.send_error(message.id, JsonRpcInvalidRequest(message="the server is shutting down"))
            return
        super().handle_message(message)

    def send_error(self, msg_id: Any, error: JsonRpcException) -> None:
        if msg_id is None:
            # lsprotocol leaves out a None id, but JSON-RPC wants "id": null when it is unknown.
            self._send_data(
                {"jsonrpc": self.VERSION, "id": None, "error": {"code": error.code, "message": error.message}}
            )
            return
        self._send_response(msg_id, error=ResponseError(code=error.code, message=error.message))

    def answer_parse_error(self, error: Exception) -> None:
        """A body that is not JSON: its id cannot be known, so the answer has id null."""
        self.send_error(None, JsonRpcParseError(message=f"Parse error: {error}"))

    def _handle_request(self, msg_id: Any, method_name: str, params: Any) -> None:
        current_request_params.set(params)
        super()._handle_request(msg_id, method_name, params)

    def _handle_cancel_notification(self, msg_id: Any) -> None:
        super()._handle_cancel_notification(msg_id)
        listener = self.cancel_listeners.pop(msg_id, None)
        if listener is not None:
            listener()
