"""Find Qwen3-VL weights on disk (a folder or the Hugging Face cache) without touching the network.

Loading always happens from a local folder, so a missing network can never make it hang;
downloading is a separate, explicit step the user allows with ``model.allow_download``.
Importing this module does not import torch.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from vl2code.errors import ModelUnavailableError

#: Files a checkpoint folder needs besides its weights: the model config, and the image
#: processor's config as the hub has it or as transformers 5 saves it.
REQUIRED_FILES = ("config.json", ("preprocessor_config.json", "processor_config.json"))
#: What a download fetches (weights, configs, tokenizer, templates), not the whole repository.
DOWNLOAD_PATTERNS = ["*.json", "*.safetensors", "*.jinja", "*.txt", "tokenizer*", "*.model"]


def _hub_cache_dir() -> Path:
    try:
        from huggingface_hub import constants
    except ImportError:
        return Path(os.environ.get("HF_HUB_CACHE", "~/.cache/huggingface/hub")).expanduser()
    return Path(constants.HF_HUB_CACHE)


def _looks_like_path(model: str) -> bool:
    return model.startswith((".", "/", "~")) or model.count("/") != 1 or Path(model).expanduser().exists()


def _has_weights(folder: Path) -> bool:
    if (folder / "model.safetensors").is_file() or (folder / "pytorch_model.bin").is_file():
        return True
    for index_name in ("model.safetensors.index.json", "pytorch_model.bin.index.json"):
        index = folder / index_name
        if index.is_file():
            try:
                shards = set(json.loads(index.read_text(encoding="utf-8"))["weight_map"].values())
            except (OSError, ValueError, KeyError, AttributeError):
                return False
            return all((folder / shard).is_file() for shard in shards)
    return False


def _missing_files(folder: Path) -> list[str]:
    missing = []
    for required in REQUIRED_FILES:
        names = (required,) if isinstance(required, str) else required
        if not any((folder / name).is_file() for name in names):
            missing.append(" or ".join(names))
    return missing


def _is_complete(folder: Path) -> bool:
    return folder.is_dir() and not _missing_files(folder) and _has_weights(folder)


def cached_snapshot(model: str) -> Path | None:
    """The HF cache folder holding ``model`` (a hub id), or None; reads only the local cache."""
    try:
        from huggingface_hub import try_to_load_from_cache
        from huggingface_hub.errors import HFValidationError
    except ImportError:  # without the model extra there is no cache to look in
        return None

    try:
        config = try_to_load_from_cache(model, "config.json", cache_dir=_hub_cache_dir())
    except HFValidationError:
        return None
    if not isinstance(config, str):
        return None
    folder = Path(config).parent
    return folder if _is_complete(folder) else None


def local_weights_available(model: str) -> bool:
    """Whether ``model`` (hub id or folder) can be loaded from disk right now; cheap, no network."""
    if _looks_like_path(model):
        return _is_complete(Path(model).expanduser())
    return cached_snapshot(model) is not None


def _how_to_get(model: str) -> str:
    return (
        f"download it with `huggingface-cli download {model}` (or set model.allow_download = true), "
        "or use --backend openai (a server) or --backend layout (no model)"
    )


def resolve_weights(model: str, allow_download: bool = False) -> Path:
    """The local folder to load ``model`` from, downloading only when allowed."""
    if _looks_like_path(model):
        folder = Path(model).expanduser()
        if not folder.is_dir():
            raise ModelUnavailableError(f"{model}: no such model folder; {_how_to_get(model)}")
        if not _is_complete(folder):
            missing = _missing_files(folder)
            what = ", ".join(missing) if missing else "weights (*.safetensors)"
            raise ModelUnavailableError(f"{model}: model folder lacks {what}")
        return folder
    snapshot = cached_snapshot(model)
    if snapshot is not None:
        return snapshot
    if not allow_download:
        raise ModelUnavailableError(
            f"{model}: weights not found in the Hugging Face cache ({_hub_cache_dir()}); {_how_to_get(model)}"
        )
    return _download(model)


def _download(model: str) -> Path:
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(model, allow_patterns=DOWNLOAD_PATTERNS, cache_dir=_hub_cache_dir()))
    except Exception as error:  # network, auth, missing repo: all mean "not available here"
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ModelUnavailableError(
            f"{model}: download failed ({reason}); use --backend openai or --backend layout"
        ) from None
