"""The client's options (``initializationOptions`` / ``vl2code`` configuration section), typed.

The ``render``/``model``/``openai``/``generation``/``check``/``references`` keys map onto
:class:`vl2code.settings.Settings` through :func:`vl2code.settings.apply`, so the editor checks
values exactly like the CLI does. The ``diagnostics`` section belongs to the server and is a
dataclass structured with cattrs. Each invalid key becomes one problem line and falls back to its
default, so one typo does not throw away the rest of the user's configuration.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cattrs

from vl2code import settings as vl2code_settings
from vl2code.errors import SettingsError
from vl2code.settings import Settings

SOURCE = "editor"


@dataclass(frozen=True)
class DiagnosticsOptions:
    """How visual-drift diagnostics are produced."""

    enabled: bool = True
    debounce_ms: int = 300
    on_change: bool = False
    max_mismatches: int = 5
    min_severity: float = 0.2


@dataclass(frozen=True)
class ServerConfiguration:
    """Everything the server runs with: vl2code settings, its own options, and what was wrong."""

    settings: Settings
    diagnostics: DiagnosticsOptions = field(default_factory=DiagnosticsOptions)
    problems: tuple[str, ...] = ()

    def describe(self) -> dict[str, Any]:
        """The settings in effect, where each came from, and the problems found (API key hidden)."""
        return {
            "settings": self.settings.as_dict(),
            "sources": dict(self.settings.sources),
            "diagnostics": dataclasses.asdict(self.diagnostics),
            "problems": list(self.problems),
        }


def snake_case(name: str) -> str:
    """``refineRounds`` -> ``refine_rounds``; snake_case names pass through."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _strict_converter() -> cattrs.Converter:
    """cattrs would turn "no" into True and 2.7 into 2; settings must not guess."""
    converter = cattrs.Converter(forbid_extra_keys=True)

    def exact(kind: type) -> Any:
        def structure(value: Any, _: type) -> Any:
            accepted = (int, float) if kind is float else (kind,)
            if (isinstance(value, bool) and kind is not bool) or not isinstance(value, accepted):
                raise ValueError(f"expected {kind.__name__}, got {value!r}")
            return kind(value)

        return structure

    for kind in (bool, int, float, str):
        converter.register_structure_hook(kind, exact(kind))
    return converter


CONVERTER = _strict_converter()


def _structure_diagnostics(raw: Any, problems: list[str]) -> DiagnosticsOptions:
    if not isinstance(raw, Mapping):
        problems.append(f"diagnostics: expected an object, got {raw!r}")
        return DiagnosticsOptions()
    hints = typing.get_type_hints(DiagnosticsOptions)
    known = {f.name for f in dataclasses.fields(DiagnosticsOptions)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = snake_case(str(key))
        if name not in known:
            problems.append(f"diagnostics.{key}: unknown setting")
            continue
        try:
            structured = CONVERTER.structure(value, hints[name])
        except (ValueError, TypeError, cattrs.BaseValidationError) as error:
            problems.append(f"diagnostics.{key}: {error}")
            continue
        if not isinstance(structured, bool) and structured < 0:
            problems.append(f"diagnostics.{key}: must not be negative, got {value!r}")
            continue
        values[name] = structured
    return DiagnosticsOptions(**values)


def _apply_settings(settings: Settings, options: Mapping[str, Any], problems: list[str]) -> None:
    for key, value in options.items():
        name = snake_case(str(key))
        if name in vl2code_settings.SECTIONS and isinstance(value, Mapping):
            items = [(f"{name}.{snake_case(str(k))}", v) for k, v in value.items()]
        elif name == "references":
            items = [(name, value)]
        else:
            problems.append(f"{key}: unknown setting")
            continue
        for dotted, item in items:
            try:
                vl2code_settings.apply(settings, dotted, item, SOURCE)
            except SettingsError as error:
                problems.append(str(error).removeprefix(f"{SOURCE}: "))


def configure(
    root: Path | None, options: Any, environ: Mapping[str, str] | None = None
) -> ServerConfiguration:
    """Settings from the workspace's files and env vars, then the client's options on top."""
    problems: list[str] = []
    try:
        settings = vl2code_settings.load_settings(start=root, environ=environ)
    except SettingsError as error:
        problems.append(str(error))
        settings = Settings()
    diagnostics = DiagnosticsOptions()
    if options is None:
        options = {}
    if not isinstance(options, Mapping):
        problems.append(f"expected an object of settings, got {options!r}")
        options = {}
    for key, value in options.items():
        if snake_case(str(key)) == "diagnostics":
            diagnostics = _structure_diagnostics(value, problems)
    rest = {key: value for key, value in options.items() if snake_case(str(key)) != "diagnostics"}
    _apply_settings(settings, rest, problems)
    return ServerConfiguration(settings=settings, diagnostics=diagnostics, problems=tuple(problems))


def generation_overrides(settings: Settings, options: Any) -> Settings:
    """A copy of ``settings`` with one run's options: flat generation keys or whole sections."""
    if options is None:
        return settings
    if not isinstance(options, Mapping):
        raise SettingsError(f"options: expected an object, got {options!r}")
    run_settings = copy.deepcopy(settings)
    for key, value in options.items():
        name = snake_case(str(key))
        if name in vl2code_settings.SECTIONS and isinstance(value, Mapping):
            for inner, item in value.items():
                vl2code_settings.apply(run_settings, f"{name}.{snake_case(str(inner))}", item, "options")
        else:
            vl2code_settings.apply(run_settings, f"generation.{name}", value, "options")
    return run_settings
