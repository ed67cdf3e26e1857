"""Finding weights on disk: local folders, the Hugging Face cache, and clear errors when absent."""

from __future__ import annotations

import shutil
import time

import pytest

from vl2code.backends import GenerationParams, local_weights_available
from vl2code.backends.qwen_local import LoadOptions, QwenLocalBackend
from vl2code.backends.weights import resolve_weights
from vl2code.errors import ModelUnavailableError
from vl2code.prompts import PromptContext, build_request


@pytest.fixture
def empty_hub_cache(tmp_path, monkeypatch):
    from huggingface_hub import constants

    cache = tmp_path / "hub"
    cache.mkdir()
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    return cache


def _install_in_cache(cache, repo_id: str, folder) -> None:
    """Lay a model out the way ``huggingface-cli download`` leaves it in the cache."""
    repo = cache / f"models--{repo_id.replace('/', '--')}"
    revision = "0123456789abcdef0123456789abcdef01234567"
    shutil.copytree(folder, repo / "snapshots" / revision)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(revision)


def test_missing_hub_model_says_how_to_get_it_without_touching_the_network(empty_hub_cache):
    started = time.perf_counter()
    assert not local_weights_available("Qwen/Qwen3-VL-4B-Instruct")
    with pytest.raises(ModelUnavailableError) as caught:
        QwenLocalBackend(LoadOptions("Qwen/Qwen3-VL-4B-Instruct", allow_cpu=True)).load()
    message = str(caught.value)
    assert "huggingface-cli download Qwen/Qwen3-VL-4B-Instruct" in message
    assert "--backend openai" in message and "--backend layout" in message and "\n" not in message
    assert time.perf_counter() - started < 5


def test_a_cached_hub_model_loads_by_its_id(empty_hub_cache, tiny_qwen_dirs):
    _install_in_cache(empty_hub_cache, "tiny-org/tiny-qwen3-vl", tiny_qwen_dirs.instruct)
    assert local_weights_available("tiny-org/tiny-qwen3-vl")
    backend = QwenLocalBackend(
        LoadOptions(
            "tiny-org/tiny-qwen3-vl", allow_cpu=True, max_pixels=64 * 32 * 32, min_pixels=16 * 32 * 32
        )
    )
    from PIL import Image

    request = build_request(
        PromptContext("html", Image.new("RGB", (100, 80)), params=GenerationParams(max_new_tokens=4))
    )
    assert backend.generate(request).completion_tokens == 4


def test_an_incomplete_cache_entry_is_not_available(empty_hub_cache, tiny_qwen_dirs, tmp_path):
    partial = tmp_path / "partial"
    shutil.copytree(tiny_qwen_dirs.instruct, partial)
    (partial / "model.safetensors").unlink()
    _install_in_cache(empty_hub_cache, "tiny-org/partial", partial)
    assert not local_weights_available("tiny-org/partial")
    assert not local_weights_available(str(partial))
    with pytest.raises(ModelUnavailableError, match="lacks weights"):
        resolve_weights(str(partial))


def test_missing_folder_is_reported(tmp_path):
    with pytest.raises(ModelUnavailableError, match="no such model folder"):
        resolve_weights(str(tmp_path / "nowhere"))
    assert not local_weights_available("not a repo id at all")


def test_an_allowed_download_fails_fast_when_the_hub_cannot_be_reached(empty_hub_cache, monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    started = time.perf_counter()
    with pytest.raises(ModelUnavailableError, match="download failed"):
        resolve_weights("Qwen/Qwen3-VL-4B-Instruct", allow_download=True)
    assert time.perf_counter() - started < 30


def test_a_folder_saved_by_transformers_5_loads_too(tiny_qwen_dirs, tmp_path):
    """save_pretrained writes processor_config.json + chat_template.jinja instead of the hub's files."""
    from PIL import Image

    source = QwenLocalBackend(LoadOptions(str(tiny_qwen_dirs.thinking), allow_cpu=True)).load()
    saved = tmp_path / "fine-tuned"
    source.model.save_pretrained(saved)
    source.processor.save_pretrained(saved)
    assert (saved / "processor_config.json").is_file() and not (saved / "preprocessor_config.json").exists()

    backend = QwenLocalBackend(LoadOptions(str(saved), allow_cpu=True))
    request = build_request(
        PromptContext("html", Image.new("RGB", (96, 64)), params=GenerationParams(max_new_tokens=3))
    )
    result = backend.generate(request)
    assert backend.load().started_thinking and result.completion_tokens == 3 and result.text == ""
