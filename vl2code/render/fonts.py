"""Pinning the fonts a page may use, so renders match screenshots taken on another machine.

A page that names a font the machine lacks falls back to whatever fontconfig offers, and that
differs between a laptop and a CI image. Restricting Chromium to one folder of fonts through its
own fontconfig file makes the fallback the same everywhere. ``dejavu`` names the fonts of a bare
Debian image, where the Design2Code screenshots were taken.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from vl2code.errors import SettingsError

SYSTEM_FONTS = "system"


@dataclass(frozen=True)
class FontSet:
    """A font folder a Debian package installs, and the package (for the hint when it is missing)."""

    folder: Path
    package: str


#: Short names ``render.fonts`` accepts besides ``system`` and a folder.
FONT_SETS = {"dejavu": FontSet(Path("/usr/share/fonts/truetype/dejavu"), "fonts-dejavu-core")}
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".woff", ".woff2", ".pcf", ".pfb")

_CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{folder}</dir>
  <cachedir prefix="xdg">fontconfig</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
"""


def font_folder(fonts: str) -> Path | None:
    """The folder ``render.fonts`` names, checked; ``None`` for the machine's own fonts."""
    if fonts == SYSTEM_FONTS:
        return None
    known = FONT_SETS.get(fonts)
    folder = known.folder if known else Path(fonts).expanduser()
    hint = f" (apt-get install {known.package})" if known else ""
    if not folder.is_dir():
        raise SettingsError(f"render.fonts: {folder} is not a folder{hint}")
    if not any(path.suffix.lower() in FONT_SUFFIXES for path in folder.rglob("*")):
        raise SettingsError(f"render.fonts: {folder} holds no font files{hint}")
    return folder.resolve()


def browser_environment(
    fonts: str, base: dict[str, str]
) -> tuple[dict[str, str | float | bool] | None, Path | None]:
    """The environment Chromium starts with, and the config file to delete when it stops.

    The system's include folder keeps its aliases (``serif`` to DejaVu Serif and so on), while
    the fonts come from the chosen folder only.
    """
    folder = font_folder(fonts)
    if folder is None:
        return None, None
    handle, name = tempfile.mkstemp(prefix="vl2code-fonts-", suffix=".conf")
    with open(handle, "w", encoding="utf-8") as config:
        config.write(_CONFIG.format(folder=escape(str(folder))))
    return {**base, "FONTCONFIG_FILE": name}, Path(name)
