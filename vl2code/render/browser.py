"""Finding a Chromium to render with, and the flags it needs in containers and CI."""

from __future__ import annotations

import os
import shutil

from vl2code.errors import BrowserNotFoundError

#: Flags for a headless Chromium that works as root in containers and opens no connections
#: of its own (updates, sync, QUIC); without them Debian's Chromium refuses connections en masse.
CONTAINER_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
#: What renders untrusted pages adds: no DNS prefetch, no WebRTC, and a dead proxy.
LAUNCH_ARGS = (
    *CONTAINER_ARGS,
    "--dns-prefetch-disable",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    # Anything that slips past request interception meets a proxy that does not exist.
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
)

#: Executables tried on PATH when neither a setting nor Playwright's own Chromium gives one.
SYSTEM_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

INSTALL_HINT = "run `playwright install chromium` or `apt-get install chromium`, or set VL2CODE_BROWSER"


def find_browser(configured: str | None, playwright_executable: str | None) -> str:
    """The Chromium executable: the setting, then Playwright's own, then one on PATH.

    ``playwright_executable`` is where Playwright would put its Chromium; it counts only
    when the file is there (``playwright install`` is not always possible).
    """
    if configured:
        found = _executable(configured)
        if found is None:
            raise BrowserNotFoundError(
                f"browser {configured!r} from render.browser not found; {INSTALL_HINT}"
            )
        return found
    if playwright_executable and os.access(playwright_executable, os.X_OK):
        return playwright_executable
    for name in SYSTEM_BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise BrowserNotFoundError(f"no Chromium found to render with; {INSTALL_HINT}")


def _executable(path_or_name: str) -> str | None:
    if os.path.isfile(path_or_name) and os.access(path_or_name, os.X_OK):
        return path_or_name
    return shutil.which(path_or_name)
