"""Typed settings from defaults, `[tool.vl2code]` / `vl2code.toml`, `VL2CODE_*` env vars and flags.

Each later source overrides the earlier ones field by field, and every value remembers where it
came from so that `vl2code config` can show the user why a setting has the value it has.
Environment variables are named ``VL2CODE_<SECTION>_<FIELD>`` (``VL2CODE_RENDER_BROWSER``,
``VL2CODE_OPENAI_BASE_URL``); a few common ones have short aliases (``VL2CODE_BROWSER``).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from vl2code.errors import SettingsError

Backend = Literal["auto", "local", "openai", "layout"]
Target = Literal["html", "tailwind", "drawio"]
Quantization = Literal["none", "4bit", "8bit"]
#: How an <img> that cannot load (a missing file, or a remote one: the network is closed)
#: renders: the browser's broken-image icon, or a solid placeholder (the Design2Code
#: convention for pages whose images were taken out).
MissingImages = Literal["broken", "placeholder"]


@dataclass
class RenderSettings:
    """How pages are rendered."""

    browser: str | None = None  # path to a Chromium executable; found automatically when unset
    width: int = 1280
    timeout_s: float = 15.0
    fonts: str = "system"  # "system", "dejavu" or a folder: the only fonts pages may use
    missing_images: MissingImages = "broken"


@dataclass
class ModelSettings:
    """The in-process Qwen3-VL models (transformers)."""

    draft_model: str = "Qwen/Qwen3-VL-4B-Instruct"
    refine_model: str = "Qwen/Qwen3-VL-4B-Thinking"
    dtype: str = "auto"
    device_map: str = "auto"
    attn_implementation: str = "sdpa"
    quantization: Quantization = "none"
    max_memory_gb: float | None = None  # cap per GPU; the rest is offloaded to the CPU
    min_pixels: int = 256 * 32 * 32
    max_pixels: int = 1280 * 32 * 32
    allow_cpu: bool = False
    allow_download: bool = False  # fetch missing weights from the Hugging Face hub


@dataclass
class OpenAISettings:
    """An OpenAI-compatible server (vLLM, SGLang, Ollama, llama.cpp)."""

    base_url: str | None = None
    model: str | None = None
    refine_model: str | None = None
    api_key: str | None = None
    timeout_s: float = 600.0
    max_retries: int = 4
    concurrency: int = 4


@dataclass
class GenerationSettings:
    """The draft-render-compare-refine loop."""

    backend: Backend = "auto"
    target: Target | None = None
    mode: Literal["instruct", "thinking"] = "instruct"
    refine_rounds: int = 2
    target_score: float = 0.95
    patience: int = 2
    temperature: float = 0.0
    top_p: float = 1.0
    max_new_tokens: int = 8192
    seed: int | None = None
    ocr_hints: bool = True


@dataclass
class CheckSettings:
    """`vl2code check`: visual-diff checks against reference screenshots."""

    threshold: float = 0.9
    pixel_threshold: float = 0.1
    include_aa: bool = False
    max_diff_ratio: float | None = None
    max_diff_pixels: int | None = None
    widths: list[int] = field(default_factory=list)  # empty: each reference image's own width
    masks: list[str] = field(default_factory=list)
    diff_dir: str = ".vl2code/diffs"
    references: dict[str, str] = field(default_factory=dict)  # glob -> reference screenshot
    thresholds: dict[str, float] = field(default_factory=dict)  # glob -> threshold


@dataclass
class Settings:
    """Everything configurable, grouped by the part of vl2code that reads it."""

    render: RenderSettings = field(default_factory=RenderSettings)
    model: ModelSettings = field(default_factory=ModelSettings)
    openai: OpenAISettings = field(default_factory=OpenAISettings)
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    check: CheckSettings = field(default_factory=CheckSettings)
    references: dict[str, str] = field(default_factory=dict)  # glob -> reference screenshot
    sources: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        """Plain data (without sources), e.g. for JSON output and artifacts; secrets masked."""
        data = dataclasses.asdict(self)
        data.pop("sources")
        if data["openai"]["api_key"]:
            data["openai"]["api_key"] = SECRET_MASK
        return data


SECRET_MASK = "***"  # what JSON output, artifacts and `vl2code config` show for an API key

ENV_ALIASES = {
    "VL2CODE_BROWSER": "render.browser",
    "VL2CODE_BACKEND": "generation.backend",
    "VL2CODE_BASE_URL": "openai.base_url",
    "VL2CODE_API_KEY": "openai.api_key",
}
SECTIONS = ("render", "model", "openai", "generation", "check")


def find_config_file(start: Path) -> Path | None:
    """The nearest `vl2code.toml`, or `pyproject.toml` with a `[tool.vl2code]` table."""
    for folder in (start, *start.parents):
        dedicated = folder / "vl2code.toml"
        if dedicated.is_file():
            return dedicated
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "vl2code" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SettingsError(f"{path}: cannot read settings ({error})") from None


def file_table(path: Path) -> dict[str, Any]:
    """The vl2code table of a settings file."""
    data = _read_toml(path)
    return data if path.name == "vl2code.toml" else data.get("tool", {}).get("vl2code", {})


def _field_type(owner: Any, name: str) -> Any:
    return typing.get_type_hints(type(owner))[name]


def _convert(value: Any, kind: Any, where: str) -> Any:
    """Check or convert one value (strings from env vars are parsed) to its field's type."""
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, __import__("types").UnionType):
        if value is None or (isinstance(value, str) and value.lower() in ("", "none", "null")):
            if type(None) in args:
                return None
        errors = []
        for arg in (a for a in args if a is not type(None)):
            try:
                return _convert(value, arg, where)
            except SettingsError as error:
                errors.append(str(error))
        raise SettingsError(errors[0] if errors else f"{where}: invalid value {value!r}")
    if origin is Literal:
        if value not in args:
            choices = ", ".join(map(str, args))
            raise SettingsError(f"{where}: {value!r} is not one of {choices}")
        return value
    if kind is bool:
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return value.lower() in ("1", "true", "yes", "on")
        if isinstance(value, bool):
            return value
        raise SettingsError(f"{where}: expected true or false, got {value!r}")
    if kind in (int, float):
        try:
            if isinstance(value, bool):
                raise ValueError
            return kind(value) if kind is float or isinstance(value, str) else _exact_int(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{where}: expected a number, got {value!r}") from None
    if kind is str:
        if not isinstance(value, str):
            raise SettingsError(f"{where}: expected text, got {value!r}")
        return value
    if origin is list:
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list):
            raise SettingsError(f"{where}: expected a list, got {value!r}")
        return [_convert(item.strip() if isinstance(item, str) else item, args[0], where) for item in items]
    if origin is dict:
        if not isinstance(value, dict):
            raise SettingsError(f"{where}: expected a table, got {value!r}")
        return {str(k): _convert(v, args[1], f"{where}.{k}") for k, v in value.items()}
    raise SettingsError(f"{where}: unsupported setting type")  # pragma: no cover


def _exact_int(value: Any) -> int:
    if isinstance(value, float) and not value.is_integer():
        raise ValueError
    return int(value)


def apply(settings: Settings, dotted: str, value: Any, source: str) -> None:
    """Set one setting by dotted name (``openai.base_url``), checking its type."""
    owner: Any = settings
    *path, name = dotted.split(".")
    for part in path:
        if part not in SECTIONS:
            raise SettingsError(f"{source}: unknown settings section {part!r}")
        owner = getattr(owner, part)
    if not dataclasses.is_dataclass(owner) or name not in {f.name for f in dataclasses.fields(owner)}:
        raise SettingsError(f"{source}: unknown setting {dotted!r}")
    if name == "sources":
        raise SettingsError(f"{source}: unknown setting {dotted!r}")
    setattr(owner, name, _convert(value, _field_type(owner, name), f"{source}: {dotted}"))
    settings.sources[dotted] = source


def apply_table(settings: Settings, table: Mapping[str, Any], source: str) -> None:
    """Apply a `[tool.vl2code]`-shaped table (sections are sub-tables)."""
    for key, value in table.items():
        if key in SECTIONS and isinstance(value, dict):
            for name, item in value.items():
                apply(settings, f"{key}.{name}", item, source)
        else:
            apply(settings, key, value, source)


def apply_env(settings: Settings, environ: Mapping[str, str]) -> None:
    """Apply `VL2CODE_*` variables; an unknown `VL2CODE_` name is ignored (it may be another tool's)."""
    known = {
        f"VL2CODE_{s.upper()}_{f.name.upper()}": f"{s}.{f.name}"
        for s in SECTIONS
        for f in dataclasses.fields(getattr(settings, s))
    }
    known.update(ENV_ALIASES)
    for name, dotted in known.items():
        if name in environ:
            apply(settings, dotted, environ[name], f"env {name}")
    if settings.openai.api_key is None and "OPENAI_API_KEY" in environ and settings.openai.base_url:
        apply(settings, "openai.api_key", environ["OPENAI_API_KEY"], "env OPENAI_API_KEY")


def load_settings(
    start: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Defaults, then the nearest settings file, then env vars, then ``overrides`` (flags)."""
    settings = Settings()
    path = config_file or find_config_file((start or Path.cwd()).resolve())
    if path is not None:
        apply_table(settings, file_table(path), str(path))
        settings.sources["_file"] = str(path)
    apply_env(settings, os.environ if environ is None else environ)
    for dotted, value in (overrides or {}).items():
        if value is not None:
            apply(settings, dotted, value, "flag")
    return settings


def describe(settings: Settings) -> list[tuple[str, Any, str]]:
    """Each setting as (dotted name, value, source) for `vl2code config`."""
    rows: list[tuple[str, Any, str]] = []
    for section in SECTIONS:
        for f in dataclasses.fields(getattr(settings, section)):
            dotted = f"{section}.{f.name}"
            value = getattr(getattr(settings, section), f.name)
            if f.name == "api_key" and value:
                value = SECRET_MASK
            rows.append((dotted, value, settings.sources.get(dotted, "default")))
    rows.append(("references", settings.references, settings.sources.get("references", "default")))
    return rows
