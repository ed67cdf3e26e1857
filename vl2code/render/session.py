"""The browser side of rendering: one Chromium, one context, a few reused pages.

Everything here runs on the renderer's own thread (sync Playwright is bound to the thread
that started it); :class:`vl2code.render.Renderer` is the thread-safe front.
"""

from __future__ import annotations

import io
import math
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image
from playwright.sync_api import BrowserContext, FloatRect, Page, Playwright, Request, Route, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from vl2code.errors import RenderError, RenderTimeoutError
from vl2code.render import assets
from vl2code.render.browser import LAUNCH_ARGS, find_browser
from vl2code.render.fonts import browser_environment
from vl2code.render.textblocks import DOM_BLOCKS_JS
from vl2code.settings import RenderSettings

#: Height of the viewport; pages taller than this are captured full-page.
VIEWPORT_HEIGHT = 720
#: URL the page is loaded from when it may read files from ``base_dir``.
PAGE_URL = f"{assets.PAGE_ORIGIN}/.vl2code-page.html"
#: A page that ran scripts or inline handlers keeps its globals and timers across
#: ``set_content`` (same Window): such a page is reset before the next render.
_SCRIPTED = re.compile(rb"<script\b|\son(load|error|pageshow|focus\w*|animation\w*|transition\w*)\s*=", re.I)
#: The draw.io viewer page and the function that draws a diagram in it.
DRAWIO_VIEWER_URL = f"{assets.DRAWIO_ORIGIN}/viewer.html"
_HERE = Path(__file__).resolve().parent
_DRAWIO_VIEWER_HTML = (_HERE / "drawio_viewer.html").read_bytes()
_DRAWIO_RENDER_JS = (_HERE / "drawio_render.js").read_text(encoding="utf-8")
_PREPARE_CAPTURE_JS = (_HERE / "prepare_capture.js").read_text(encoding="utf-8")


def _deadline_ms(deadline: float) -> float:
    """Milliseconds left until ``deadline`` (at least 1: Playwright reads 0 as "no limit")."""
    return max(1.0, (deadline - time.monotonic()) * 1000)


def _decode_png(png: bytes) -> Image.Image:
    """Chromium's screenshots are RGB already; converting would only copy them."""
    image = Image.open(io.BytesIO(png))
    image.load()
    return image if image.mode == "RGB" else image.convert("RGB")


def _evaluate_settled(page: Page, script: str, deadline: float, arg: Any = None) -> Any:
    """``page.evaluate``, once more after the load if the page navigated away meanwhile."""
    try:
        return page.evaluate(script, arg)
    except PlaywrightError as error:
        if "navigation" not in str(error):
            raise
    page.wait_for_load_state("load", timeout=_deadline_ms(deadline))
    return page.evaluate(script, arg)


def _one_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _driver_pid(manager: Any) -> int:
    """The driver's pid (not public in Playwright); our own pid when it cannot be read."""
    try:
        return int(manager._client._transport._proc.pid)
    except (AttributeError, TypeError, ValueError):
        return os.getpid()


class BrowserSession:
    """A launched Chromium with the network closed and pages kept warm between renders."""

    def __init__(self, settings: RenderSettings) -> None:
        #: What ``prepare_capture.js`` puts in place of images that did not load, if anything.
        self._placeholder = assets.PLACEHOLDER_IMAGE_URL if settings.missing_images == "placeholder" else None
        environment, self._font_config = browser_environment(settings.fonts, dict(os.environ))
        manager = sync_playwright()
        try:
            self._playwright: Playwright = manager.start()
        except BaseException:
            self._remove_font_config()
            raise
        #: The Playwright driver process; the browser and its renderers are its descendants.
        self.driver_pid = _driver_pid(manager)
        try:
            executable = find_browser(settings.browser, self._playwright.chromium.executable_path)
            self._browser = self._playwright.chromium.launch(
                executable_path=executable, args=list(LAUNCH_ARGS), headless=True, env=environment
            )
        except BaseException:
            self._close_playwright()
            raise
        self._context: BrowserContext | None = None
        self._pages: dict[str, Page] = {}
        self._scripted: set[str] = set()
        self._base_dir: Path | None = None
        self._page_html = b""
        self._viewer_page: Page | None = None

    # -- the context and its pages ------------------------------------------------------------

    def _new_context(self) -> BrowserContext:
        context = self._browser.new_context(
            viewport={"width": 1280, "height": VIEWPORT_HEIGHT},
            device_scale_factor=1,
            service_workers="block",
            accept_downloads=False,
            java_script_enabled=True,
            reduced_motion="reduce",
        )
        context.route(re.compile(r"^(?!data:|blob:|about:)"), self._route)
        context.route_web_socket(re.compile(".*"), lambda socket: socket.close())
        return context

    def _page(self, name: str, width: int) -> Page:
        """The reused page ``name`` at ``width``, created (with a fresh context if need be) on demand."""
        page = self._pages.get(name)
        if page is None or page.is_closed():
            if self._context is None:
                self._context = self._new_context()
            page = self._context.new_page()
            page.on("popup", lambda popup: popup.close())
            self._pages[name] = page
            self._scripted.discard(name)
        if page.viewport_size != {"width": width, "height": VIEWPORT_HEIGHT}:
            page.set_viewport_size({"width": width, "height": VIEWPORT_HEIGHT})
        return page

    def discard_pages(self) -> None:
        """Drop every page and the context: after a hang or crash nothing in them is trusted.

        A new context gets new renderer processes, so a renderer still spinning in a script
        cannot hold up the next page.
        """
        context, self._context = self._context, None
        self._pages.clear()
        self._scripted.clear()
        if context is not None:
            try:
                context.close()
            except PlaywrightError:
                pass

    # -- network policy -------------------------------------------------------------------------

    def _route(self, route: Route, request: Request) -> None:
        asset = self._asset_for(request.url)
        if asset is None:
            # A page that navigates away (meta refresh, location = ...) then shows Chromium's
            # "blocked" page, as an offline browser would. Aborting navigations silently instead
            # leaves Playwright waiting for a load event that never comes.
            route.abort("blockedbyclient")
        else:
            route.fulfill(status=200, body=asset.body, content_type=asset.content_type)

    def _asset_for(self, url: str) -> assets.Asset | None:
        if url == DRAWIO_VIEWER_URL:
            return assets.Asset(_DRAWIO_VIEWER_HTML, "text/html; charset=utf-8")
        if url == PAGE_URL:
            return assets.Asset(self._page_html, "text/html; charset=utf-8")
        if url.startswith(assets.PAGE_ORIGIN + "/"):
            return None if self._base_dir is None else assets.page_file(self._base_dir, url)
        if url.startswith(assets.DRAWIO_ORIGIN + "/"):
            return assets.drawio_asset(url)
        return assets.cdn_asset(url)

    def _route_drawio_images(self, route: Route, request: Request) -> None:
        asset = assets.drawio_asset(request.url)
        if asset is None:
            route.abort("blockedbyclient")
        else:
            route.fulfill(status=200, body=asset.body, content_type=asset.content_type)

    # -- rendering ------------------------------------------------------------------------------

    def render_html(
        self, html: str, base_dir: Path | None, width: int, timeout_s: float, text_blocks: bool
    ) -> tuple[Image.Image, list[list[Any]] | None, dict[str, float]]:
        """Screenshot (full page) and raw DOM text blocks of ``html``; see Renderer.render_html."""
        deadline = time.monotonic() + timeout_s
        name = "html" if base_dir is None else "html-files"
        timings: dict[str, float] = {}
        return self._guarded(
            timeout_s, lambda: self._render_html(name, html, base_dir, width, deadline, text_blocks, timings)
        )

    def _render_html(
        self,
        name: str,
        html: str,
        base_dir: Path | None,
        width: int,
        deadline: float,
        text_blocks: bool,
        timings: dict[str, float],
    ) -> tuple[Image.Image, list[list[Any]] | None, dict[str, float]]:
        started = time.perf_counter()
        page = self._page(name, width)
        encoded = html.encode("utf-8", "surrogatepass")
        if base_dir is None:
            if name in self._scripted:
                page.goto("about:blank", timeout=_deadline_ms(deadline))
                self._scripted.discard(name)
            page.set_content(html, timeout=_deadline_ms(deadline), wait_until="load")
        else:
            self._base_dir, self._page_html = base_dir.resolve(), encoded
            page.goto(PAGE_URL, timeout=_deadline_ms(deadline), wait_until="load")
        if _SCRIPTED.search(encoded):
            self._scripted.add(name)
        _evaluate_settled(page, _PREPARE_CAPTURE_JS, deadline, self._placeholder)
        loaded = time.perf_counter()
        png = page.screenshot(full_page=True, type="png", timeout=_deadline_ms(deadline))
        captured = time.perf_counter()
        raw_blocks = _evaluate_settled(page, DOM_BLOCKS_JS, deadline) if text_blocks else None
        blocks_done = time.perf_counter()
        image = _decode_png(png)
        timings.update(
            load=(loaded - started) * 1000,
            screenshot=(captured - loaded) * 1000,
            text_blocks=(blocks_done - captured) * 1000,
            decode=(time.perf_counter() - blocks_done) * 1000,
        )
        return image, raw_blocks, timings

    def render_drawio(self, model_xml: str, timeout_s: float) -> tuple[Image.Image, dict[str, float]]:
        """A PNG of one ``<mxGraphModel>``, cropped to the diagram (with the viewer's border)."""
        deadline = time.monotonic() + timeout_s
        return self._guarded(timeout_s, lambda: self._render_drawio(model_xml, deadline))

    def _render_drawio(self, model_xml: str, deadline: float) -> tuple[Image.Image, dict[str, float]]:
        started = time.perf_counter()
        page = self._page("drawio", 1280)
        if self._viewer_page is not page:
            page.route(assets.DIAGRAMS_NET_IMAGES, self._route_drawio_images)
            page.goto(DRAWIO_VIEWER_URL, timeout=_deadline_ms(deadline), wait_until="load")
            self._viewer_page = page
        viewer_ready = time.perf_counter()
        x, y, width, height = page.evaluate(_DRAWIO_RENDER_JS, model_xml)
        drawn = time.perf_counter()
        if width < 1 or height < 1:
            raise RenderError("draw.io viewer drew nothing for this diagram")
        clip: FloatRect = {"x": x, "y": y, "width": math.ceil(width), "height": math.ceil(height)}
        png = page.screenshot(clip=clip, full_page=True, type="png", timeout=_deadline_ms(deadline))
        captured = time.perf_counter()
        image = _decode_png(png)
        timings = {
            "viewer": (viewer_ready - started) * 1000,
            "draw": (drawn - viewer_ready) * 1000,
            "screenshot": (captured - drawn) * 1000,
            "decode": (time.perf_counter() - captured) * 1000,
        }
        return image, timings

    def _guarded(self, timeout_s: float, work: Callable[[], Any]) -> Any:
        """Run ``work``; on a time-out or a browser failure drop the pages and raise one line."""
        try:
            return work()
        except PlaywrightTimeoutError:
            self.discard_pages()
            raise RenderTimeoutError(f"page did not finish rendering within {timeout_s:g} s") from None
        except PlaywrightError as error:
            self.discard_pages()
            raise RenderError(f"browser failed to render the page: {_one_line(error)}") from None

    def close(self) -> None:
        try:
            self.discard_pages()
            self._browser.close()
        finally:
            self._close_playwright()

    def _close_playwright(self) -> None:
        try:
            self._playwright.stop()
        finally:
            self._remove_font_config()

    def _remove_font_config(self) -> None:
        if self._font_config is not None:
            self._font_config.unlink(missing_ok=True)
