"""The vl2code language server: its state and the features it is built from.

State lives on :class:`Vl2codeServer` (settings, the one browser, the worker pools, the model
locks); each feature is a module with a ``register(server)`` function, so adding a capability
means adding a module. Slow work (rendering, generation) always runs in worker threads: the
event loop only reads messages and answers, so hovers keep coming while a model writes.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types
from pygls.exceptions import FeatureRequestError
from pygls.lsp.server import LanguageServer
from vl2code.server.document_checks import DocumentChecks
from vl2code.server.protocol import Vl2codeProtocol
from vl2code.server.settings import ServerConfiguration, configure

from vl2code import __version__
from vl2code.settings import RenderSettings, Settings

if TYPE_CHECKING:
    from vl2code.render import Renderer

logger = logging.getLogger(__name__)

#: Configuration section the server asks for and accepts in didChangeConfiguration.
SECTION = "vl2code"
#: Returns the settings in effect, for a settings view (and for checking what a change did).
SETTINGS_COMMAND = "vl2code.showSettings"


class Vl2codeServer(LanguageServer):
    """Holds what lives as long as the server: settings, one browser, pools and per-model locks."""

    def __init__(self) -> None:
        super().__init__("vl2code", __version__, protocol_cls=Vl2codeProtocol)
        self.protocol: Vl2codeProtocol
        self.configuration: ServerConfiguration = configure(None, None, environ={})
        self.root: Path | None = None
        self.check_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="vl2code-check")
        self.generation_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="vl2code-generate")
        self._renderer: Renderer | None = None
        self._renderer_settings: RenderSettings | None = None
        self._retired_renderers: list[Renderer] = []
        self._renderer_lock = threading.Lock()
        self._model_locks: dict[str, threading.Lock] = {}
        self._model_locks_guard = threading.Lock()
        self.on_configuration_changed: list[Callable[[], None]] = []
        #: Cancellation of each running generation, by progress token (for vl2code.cancelGeneration).
        self.running_generations: dict[Any, Any] = {}
        self.document_checks = DocumentChecks(self)

    @property
    def settings(self) -> Settings:
        """The vl2code settings in effect (files, env vars, then the client's options)."""
        return self.configuration.settings

    @property
    def renderer(self) -> Renderer:
        """The server's one browser, started on first use and replaced when render settings change."""
        with self._renderer_lock:
            wanted = self.settings.render
            if self._renderer is not None and self._renderer_settings != wanted:
                # A generation may still be using the old one; it closes at shutdown.
                self._retired_renderers.append(self._renderer)
                self._renderer = None
            if self._renderer is None:
                from vl2code.render import Renderer

                self._renderer = Renderer(wanted)
                self._renderer_settings = RenderSettings(**vars(wanted))
            return self._renderer

    def model_lock(self, key: str) -> threading.Lock:
        """One lock per model (or backend), so generations on the same model queue up."""
        with self._model_locks_guard:
            return self._model_locks.setdefault(key, threading.Lock())

    def apply_options(self, options: Any) -> None:
        """Rebuild the configuration from the workspace's files and the client's options."""
        self.configuration = configure(self.root, options)
        if self.configuration.problems:
            lines = "; ".join(self.configuration.problems)
            self.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Warning,
                    message=f"vl2code settings: {lines} (using the defaults for these)",
                )
            )
        for listener in self.on_configuration_changed:
            listener()

    def close(self) -> None:
        """Stop running generations, the browser(s) and the pools; called on shutdown."""
        for cancellation in list(self.running_generations.values()):
            cancellation.set()
        with self._renderer_lock:
            renderers = [*self._retired_renderers, *([self._renderer] if self._renderer else [])]
            self._renderer, self._retired_renderers = None, []
        for renderer in renderers:
            try:
                renderer.close()
            except Exception:  # a browser that died already cannot be closed twice
                logger.exception("closing the renderer failed")
        self.check_pool.shutdown(wait=False, cancel_futures=True)
        self.generation_pool.shutdown(wait=False, cancel_futures=True)

    def report_server_error(self, error: Exception, source: Any) -> None:
        """A body that is not JSON still gets an answer; other errors go to the log, not pop-ups."""
        if isinstance(error, (json.JSONDecodeError, UnicodeDecodeError)):
            self.protocol.answer_parse_error(error)
            return
        if source is FeatureRequestError:
            return
        logger.error("%s", error)
        message = types.LogMessageParams(type=types.MessageType.Error, message=f"vl2code: {error}")
        self.window_log_message(message)


def _register_lifecycle(server: Vl2codeServer) -> None:
    @server.feature(types.INITIALIZE)
    def initialize(ls: Vl2codeServer, params: types.InitializeParams) -> None:
        root = ls.workspace.root_path
        if root and Path(root).is_dir():
            ls.root = Path(root).resolve()
            # Relative paths in settings and commands mean the workspace, as in a terminal there.
            os.chdir(ls.root)
        ls.apply_options(params.initialization_options)

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: Vl2codeServer, params: types.DidChangeConfigurationParams) -> None:
        settings = params.settings
        if isinstance(settings, Mapping) and SECTION in settings:
            settings = settings[SECTION]
        elif settings is None and _can_pull_configuration(ls):
            answer = await ls.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
            )
            settings = answer[0] if answer else None
        ls.apply_options(settings)

    @server.command(SETTINGS_COMMAND)
    def show_settings(ls: Vl2codeServer, *_: Any) -> dict[str, Any]:
        return ls.configuration.describe()

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: Vl2codeServer, *_: Any) -> None:
        ls.close()


def _can_pull_configuration(server: Vl2codeServer) -> bool:
    workspace = server.client_capabilities.workspace
    return bool(workspace and workspace.configuration)


def create_server() -> Vl2codeServer:
    """A server with every feature registered."""
    from vl2code.server import actions, diagnostics, generate, hover, preview

    server = Vl2codeServer()
    _register_lifecycle(server)
    for feature in (generate, diagnostics, actions, hover, preview):
        feature.register(server)
    return server
