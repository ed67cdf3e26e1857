"""Which URLs a rendered page may load, and the local bytes served for them.

Generated pages run with the network closed. The only remote resources they get are the
vendored Tailwind builds (served for their usual CDN URLs) and, for the draw.io page, the
vendored viewer on a made-up origin. Files next to the page are served from ``base_dir``
on another made-up origin, and only from inside it.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

VENDOR_DIR = Path(__file__).resolve().parent.parent / "vendor"

#: Origin the HTML page is loaded from when it may read files next to it (``base_dir``).
PAGE_ORIGIN = "http://page.vl2code.invalid"
#: Origin of the draw.io viewer; its stencils are fetched with synchronous XHR, so they must
#: come from http (under ``file://`` they silently fall back to plain boxes).
DRAWIO_ORIGIN = "http://drawio.vl2code.invalid"

DRAWIO_DIR = VENDOR_DIR / "drawio"
_TAILWIND_V3 = VENDOR_DIR / "tailwindcss-cdn" / "3.4.10" / "tailwindcss.js"
_TAILWIND_V3_PLUGINS = VENDOR_DIR / "tailwindcss-cdn" / "3.4.10" / "tailwindcss-with-all-plugins.js"
_TAILWIND_V4 = VENDOR_DIR / "tailwindcss-browser" / "dist" / "index.global.js"

#: URLs of the Tailwind v4 browser build on the usual CDNs, any 4.x version or none.
_TAILWIND_V4_URL = re.compile(
    r"^https?://(cdn\.jsdelivr\.net/npm|unpkg\.com)/@tailwindcss/browser(@4[^/]*)?(/dist/index\.global\.js)?/?$"
)
_TAILWIND_V3_URL = re.compile(r"^https?://cdn\.tailwindcss\.com(/[^?#]*)?([?#].*)?$")


@dataclass(frozen=True)
class Asset:
    """Bytes to answer a request with."""

    body: bytes
    content_type: str


@lru_cache(maxsize=256)
def _read(path: Path) -> Asset:
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type.endswith(("javascript", "xml", "json")):
        content_type += "; charset=utf-8"
    return Asset(path.read_bytes(), content_type)


def cdn_asset(url: str) -> Asset | None:
    """The vendored build for a Tailwind CDN URL, or None for any other URL."""
    v3 = _TAILWIND_V3_URL.match(url)
    if v3:
        with_plugins = "plugins=" in (v3.group(2) or "")
        return _read(_TAILWIND_V3_PLUGINS if with_plugins else _TAILWIND_V3)
    if _TAILWIND_V4_URL.match(url.split("?", 1)[0]):
        return _read(_TAILWIND_V4)
    return None


def file_under(root: Path, url: str) -> Path | None:
    """The file a made-up-origin URL names inside ``root``, or None when it leaves ``root``.

    Symlinks are resolved before the check, so a link inside ``root`` cannot reach outside.
    """
    path = unquote(urlsplit(url).path).lstrip("/")
    if not path or "\x00" in path:
        return None
    root = root.resolve()
    candidate = (root / path).resolve()
    if candidate != root and root not in candidate.parents:
        return None
    return candidate if candidate.is_file() else None


#: The viewer rewrites relative image paths in diagrams (``img/lib/...``) to diagrams.net.
DIAGRAMS_NET_IMAGES = re.compile(r"^https://(app|viewer|www)\.diagrams\.net/(?=img/lib/)")


def drawio_asset(url: str) -> Asset | None:
    """A vendored draw.io viewer file (kept in memory: every diagram page asks for the same ones).

    Serves the viewer's own origin and the diagrams.net image library URLs it rewrites to.
    """
    url = DIAGRAMS_NET_IMAGES.sub(DRAWIO_ORIGIN + "/", url)
    if not url.startswith(DRAWIO_ORIGIN + "/"):
        return None
    path = file_under(DRAWIO_DIR, url)
    return None if path is None else _read(path)


def page_file(base_dir: Path, url: str) -> Asset | None:
    """A file next to the rendered page, read afresh: the user may be editing it."""
    path = file_under(base_dir, url)
    if path is None:
        return None
    return Asset(path.read_bytes(), mimetypes.guess_type(path.name)[0] or "application/octet-stream")


#: What an image that cannot load becomes with ``missing_images = "placeholder"``: solid blue,
#: 16:9, as in the Design2Code screenshots, so an <img> without width and height takes the
#: room it took there.
PLACEHOLDER_IMAGE_URL = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1280' height='720'%3E"
    "%3Crect width='100%25' height='100%25' fill='%230000ff'/%3E%3C/svg%3E"
)
