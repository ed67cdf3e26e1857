"""`vl2code/preview` and `vl2code.showVisualDiff`: the render, reference and diff of a document.

The preview panel of an editor extension asks with `vl2code/preview`; any other client can run
the command, which also writes the diff to a temporary PNG and asks the client to show it.
"""

from __future__ import annotations

import base64
import io
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lsprotocol import types
from PIL import Image
from pygls.uris import from_fs_path
from vl2code.server.app import Vl2codeServer  # imported at run time: pygls reads handler annotations
from vl2code.server.protocol import invalid_params, request_failed
from vl2code.server.visual_check import DocumentCheck

from vl2code.errors import Vl2codeError

PREVIEW_REQUEST = "vl2code/preview"
SHOW_DIFF_COMMAND = "vl2code.showVisualDiff"


def png_base64(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def preview_payload(uri: str, check: DocumentCheck) -> dict[str, Any]:
    """The `vl2code/preview` result (documented in docs/language-server.md)."""
    comparison = check.comparison
    return {
        "uri": uri,
        "referencePath": str(check.link.path),
        "render": png_base64(check.render.image),
        "reference": png_base64(check.reference.image),
        "diff": png_base64(comparison.diff_image),
        "score": comparison.score,
        "threshold": check.threshold,
        "passed": check.passed,
        "metrics": dict(comparison.metrics),
        "pixel": {
            "ratio": comparison.pixel.ratio,
            "diffPixels": comparison.pixel.diff_pixels,
            "totalPixels": comparison.pixel.total_pixels,
        },
        "mismatches": [
            {
                "kind": m.kind,
                "text": m.text,
                "detail": m.detail,
                "severity": m.severity,
                "referenceBbox": list(m.reference_bbox) if m.reference_bbox else None,
                "candidateBbox": list(m.candidate_bbox) if m.candidate_bbox else None,
            }
            for m in comparison.mismatches
        ],
    }


def uri_argument(params: Any, what: str) -> str:
    """The ``uri`` of a ``{"uri": ...}`` params object, as dict or pygls's namedtuple."""
    if hasattr(params, "_asdict"):
        params = params._asdict()
    uri = params.get("uri") if isinstance(params, Mapping) else None
    if not isinstance(uri, str) or not uri:
        raise invalid_params(f'{what} takes {{"uri": <document URI>}}')
    return uri


async def check_for_uri(server: Vl2codeServer, uri: str) -> DocumentCheck:
    """The document's check, with JSON-RPC errors a client can show."""
    try:
        snapshot = server.document_checks.snapshot(uri)
    except (OSError, Vl2codeError) as error:
        raise invalid_params(f"{uri}: {error}") from None
    if snapshot.link is None:
        raise invalid_params(f"{uri}: no reference screenshot (add <!-- vl2code: reference=PATH -->)")
    try:
        return await server.document_checks.check(snapshot)
    except Vl2codeError as error:
        raise request_failed(error) from None


def register(server: Vl2codeServer) -> None:
    diff_folder = Path(tempfile.mkdtemp(prefix="vl2code-diffs-"))

    @server.feature(PREVIEW_REQUEST)
    async def preview(ls: Vl2codeServer, params: Any) -> dict[str, Any]:
        uri = uri_argument(params, PREVIEW_REQUEST)
        return preview_payload(uri, await check_for_uri(ls, uri))

    @server.command(SHOW_DIFF_COMMAND)
    async def show_visual_diff(ls: Vl2codeServer, *arguments: Any) -> dict[str, Any]:
        uri = uri_argument(arguments[0] if len(arguments) == 1 else None, SHOW_DIFF_COMMAND)
        check = await check_for_uri(ls, uri)
        diff_path = diff_folder / f"{check.path.stem}.diff.png"
        check.comparison.diff_image.save(diff_path)
        diff_uri = from_fs_path(str(diff_path)) or str(diff_path)
        window = ls.client_capabilities.window
        if window and window.show_document:
            await ls.window_show_document_async(types.ShowDocumentParams(uri=diff_uri, take_focus=False))
        return {**preview_payload(uri, check), "diffUri": diff_uri}
