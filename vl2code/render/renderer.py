"""The public renderer: HTML pages and draw.io diagrams to screenshots, from any thread."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from vl2code.errors import InputError, RenderError, RenderTimeoutError
from vl2code.images import load_screenshot, read_input_bytes
from vl2code.page import PageImage
from vl2code.render.processes import kill_renderers
from vl2code.render.session import BrowserSession
from vl2code.render.text_input import check_text, decode_text
from vl2code.render.textblocks import blocks_from_dom
from vl2code.settings import RenderSettings, Settings, apply_env

T = TypeVar("T")

HTML_SUFFIXES = (".html", ".htm")
DRAWIO_SUFFIXES = (".drawio", ".xml")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
#: Seconds past a page's time limit before its renderer process is killed from outside.
HANG_GRACE_S = 2.0


class Renderer:
    """One long-lived headless Chromium that renders pages with the network closed.

    Thread-safe: sync Playwright only works on the thread that started it, so every call
    runs on the renderer's own thread and callers wait for it. The browser starts on the
    first render (or ``start()``/``with``) and lives until ``close()``.
    """

    def __init__(self, settings: RenderSettings | None = None) -> None:
        self.settings = settings or _settings_from_environment()
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vl2code-render")
        self._session: BrowserSession | None = None
        self._closed = False
        self._lock = threading.Lock()

    def __enter__(self) -> Renderer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def start(self) -> None:
        """Launch the browser now (it launches on first use otherwise)."""
        self._run(lambda session: None)

    # -- the public renders -------------------------------------------------------------------

    def render_html(
        self,
        html: str,
        *,
        base_dir: Path | None = None,
        width: int | None = None,
        timeout_s: float | None = None,
        text_blocks: bool = True,
    ) -> PageImage:
        """A full-page screenshot of ``html`` at ``width`` CSS pixels, with its DOM text blocks.

        The page may read files only inside ``base_dir`` (none when it is None) and nothing
        from the network except the vendored Tailwind builds.
        """
        check_text(html, "HTML page")
        width = self._width(width)
        limit = self._timeout(timeout_s)
        image, raw_blocks, timings = self._run(
            lambda session: session.render_html(html, base_dir, width, limit, text_blocks), limit
        )
        blocks = None if raw_blocks is None else blocks_from_dom(raw_blocks)
        return PageImage(image=image, kind="html", text_blocks=blocks, timings_ms=timings)

    def render_drawio(self, xml: str, *, page: int = 0, timeout_s: float | None = None) -> PageImage:
        """A PNG of page ``page`` of a draw.io file (compressed or not), drawn by the draw.io viewer."""
        from vl2code.render.drawio import diagram_page

        check_text(xml, "draw.io file")
        model = diagram_page(xml, page)
        limit = self._timeout(timeout_s)
        image, timings = self._run(lambda session: session.render_drawio(model, limit), limit)
        return PageImage(image=image, kind="drawio", timings_ms=timings)

    def render_file(self, path: Path, *, width: int | None = None, page: int = 0) -> PageImage:
        """Render a file by its kind: HTML, draw.io, or an image loaded as it is."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix in IMAGE_SUFFIXES:
            return PageImage(image=load_screenshot(path), kind="image")
        if suffix in HTML_SUFFIXES:
            text = decode_text(read_input_bytes(path), str(path))
            return self.render_html(text, base_dir=path.resolve().parent, width=width)
        if suffix in DRAWIO_SUFFIXES:
            return self.render_drawio(decode_text(read_input_bytes(path), str(path)), page=page)
        kind = suffix or "a file without extension"
        raise InputError(f"{path}: cannot render {kind} (expected .html, .drawio, .xml or an image)")

    def close(self) -> None:
        """Stop the browser and the renderer's thread; later calls raise RenderError."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        try:
            self._thread.submit(self._stop_session).result()
        finally:
            self._thread.shutdown(wait=True)

    # -- running on the renderer's thread -----------------------------------------------------

    def _width(self, width: int | None) -> int:
        width = self.settings.width if width is None else width
        if not 100 <= width <= 10000:
            raise InputError(f"render width {width} is outside 100..10000 pixels")
        return width

    def _timeout(self, timeout_s: float | None) -> float:
        limit = self.settings.timeout_s if timeout_s is None else timeout_s
        if limit <= 0:
            raise InputError(f"render time limit must be positive, got {limit:g} s")
        return limit

    def _run(self, work: Callable[[BrowserSession], T], limit: float | None = None) -> T:
        """Run ``work`` on the renderer's thread; if it overruns ``limit``, kill the page's renderer."""
        with self._lock:
            if self._closed:
                raise RenderError("renderer is closed")
            future: Future[T] = self._thread.submit(self._with_session, work)
        if limit is None:
            return future.result()
        try:
            return future.result(timeout=limit + HANG_GRACE_S)
        except FutureTimeout:
            pass
        session = self._session
        if session is not None:
            kill_renderers(session.driver_pid)
        try:
            return future.result(timeout=HANG_GRACE_S)
        except (RenderError, FutureTimeout):
            raise RenderTimeoutError(f"page did not finish rendering within {limit:g} s") from None

    def _with_session(self, work: Callable[[BrowserSession], T]) -> T:
        if self._session is None:
            self._session = BrowserSession(self.settings)
        return work(self._session)

    def _stop_session(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.close()


def _settings_from_environment() -> RenderSettings:
    """Defaults plus ``VL2CODE_*`` variables, so ``VL2CODE_BROWSER`` works without a settings object."""
    settings = Settings()
    apply_env(settings, os.environ)
    return settings.render
