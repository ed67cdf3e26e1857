"""Which reference screenshot a page or diagram should look like, and how strictly.

A file names its reference in a comment, ``<!-- vl2code: reference=designs/home.png -->``
(relative to the file's folder; an optional ``threshold=0.85`` sets its own pass mark), or a
settings file maps globs to references. The comment wins so that one page can opt out of a
project-wide rule. ``vl2code check`` and the language server both ask this module, so a link
the editor shows is the one the check uses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from vl2code.errors import InputError, SettingsError
from vl2code.settings import Settings

#: An HTML or XML comment whose body starts with ``vl2code:``.
_COMMENT = re.compile(r"<!--\s*vl2code:(?P<body>.*?)-->", re.DOTALL)
#: ``key=value`` with a bare, single- or double-quoted value (quotes allow spaces in paths).
_PAIR = re.compile(r"""(?P<key>[A-Za-z_]+)=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>\S+))""")
_KEYS = ("reference", "threshold")


@dataclass(frozen=True)
class ReferenceLink:
    """A file's reference screenshot and where that link was found.

    ``range`` is ``(line, col_start, col_end)`` of the comment, 0-based, columns counted in
    characters of the comment's first line (``col_end`` exclusive); ``None`` for settings links.
    ``threshold`` is the file's own pass mark from its comment, if it sets one.
    """

    path: Path
    source: Literal["comment", "settings"]
    range: tuple[int, int, int] | None = None
    threshold: float | None = None


@dataclass(frozen=True)
class _Directive:
    values: dict[str, str]
    range: tuple[int, int, int]


def reference_for(path: Path, text: str, settings: Settings) -> ReferenceLink | None:
    """The reference screenshot for ``path`` (whose content is ``text``), or ``None``.

    Looks at the file's ``vl2code:`` comment first, then ``[tool.vl2code.check] references``,
    then ``[tool.vl2code] references``. Does not check that the screenshot exists: callers
    decide whether a missing one is an error (a check) or a hint (an editor).
    """
    directive = _directive(path, text)
    threshold = _threshold(path, directive) if directive else None
    if directive and "reference" in directive.values:
        target = Path(directive.values["reference"]).expanduser()
        resolved = (path.parent / target).resolve()
        return ReferenceLink(resolved, "comment", directive.range, threshold)
    for key, table in (("check.references", settings.check.references), ("references", settings.references)):
        base = setting_base_dir(settings, key)
        pattern = first_match(table, path, base)
        if pattern is not None:
            reference = _expand(table[pattern], path, base, key)
            return ReferenceLink((base / reference).resolve(), "settings", None, threshold)
    return None


def _directive(path: Path, text: str) -> _Directive | None:
    """The first ``vl2code:`` comment that sets any key, with its position."""
    for match in _COMMENT.finditer(text):
        values: dict[str, str] = {}
        for pair in _PAIR.finditer(match.group("body")):
            key = pair.group("key")
            if key not in _KEYS:
                line = text.count("\n", 0, match.start()) + 1
                known = ", ".join(_KEYS)
                raise InputError(f"{path}:{line}: unknown vl2code comment key {key!r} (known: {known})")
            values.setdefault(key, next(v for v in pair.group("dq", "sq", "bare") if v is not None))
        if values:
            return _Directive(values, _comment_range(text, match.start(), match.end()))
    return None


def _comment_range(text: str, start: int, end: int) -> tuple[int, int, int]:
    line = text.count("\n", 0, start)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    first_line_end = end if line_end == -1 or end <= line_end else line_end
    return (line, start - line_start, first_line_end - line_start)


def _threshold(path: Path, directive: _Directive) -> float | None:
    raw = directive.values.get("threshold")
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        line = directive.range[0] + 1
        raise InputError(f"{path}:{line}: threshold must be a number from 0 to 1, got {raw!r}")
    return value


def threshold_for(path: Path, link: ReferenceLink, settings: Settings) -> float:
    """The file's own threshold, else the first matching ``check.thresholds`` glob, else the global one."""
    if link.threshold is not None:
        return link.threshold
    table = settings.check.thresholds
    pattern = first_match(table, path, setting_base_dir(settings, "check.thresholds"))
    return table[pattern] if pattern is not None else settings.check.threshold


def setting_base_dir(settings: Settings, key: str) -> Path:
    """The folder a path-valued setting is relative to.

    A value from a settings file is relative to that file's folder; a default to the project's
    settings file (the project root); a flag or environment variable to the current folder.
    """
    source = settings.sources.get(key, settings.sources.get("_file"))
    if source and Path(source).is_file():
        return Path(source).resolve().parent
    return Path.cwd().resolve()


def first_match(table: Mapping[str, object], path: Path, base: Path) -> str | None:
    """The first glob of ``table`` (in the order written) that matches ``path`` relative to ``base``."""
    try:
        relative = path.resolve().relative_to(base).as_posix()
    except ValueError:
        return None
    return next((pattern for pattern in table if glob_matches(pattern, relative)), None)


def glob_matches(pattern: str, relative_path: str) -> bool:
    """Match a posix path with ``*``, ``?``, ``[...]`` within a folder and ``**`` across folders.

    A pattern without ``/`` matches the file name at any depth, as in ``.gitignore``.
    """
    if "/" not in pattern:
        return _glob_regex(pattern).fullmatch(PurePosixPath(relative_path).name) is not None
    return _glob_regex(pattern.removeprefix("./")).fullmatch(relative_path) is not None


def _glob_regex(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            parts.append("(?:.*/)?")
            index += 3
        elif pattern.startswith("**", index):
            parts.append(".*")
            index += 2
        elif pattern[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif pattern[index] == "?":
            parts.append("[^/]")
            index += 1
        elif pattern[index] == "[" and "]" in pattern[index + 2 :]:
            close = pattern.index("]", index + 2)
            body = pattern[index + 1 : close].replace("\\", "\\\\")
            parts.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            index = close + 1
        else:
            parts.append(re.escape(pattern[index]))
            index += 1
    return re.compile("".join(parts))


def _expand(template: str, path: Path, base: Path, key: str) -> str:
    """Fill ``{stem}``, ``{name}`` and ``{path}`` (relative path without suffix) in a mapped reference."""
    relative = PurePosixPath(path.resolve().relative_to(base).as_posix())
    fields = {"stem": path.stem, "name": path.name, "path": relative.with_suffix("").as_posix()}
    try:
        return template.format_map(fields)
    except (KeyError, ValueError, IndexError):
        raise SettingsError(
            f"{key}: cannot fill {template!r} (placeholders: {{stem}}, {{name}}, {{path}})"
        ) from None
