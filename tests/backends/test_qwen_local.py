"""The real transformers path (loading, chat template, images, streaming, cancellation) on a tiny Qwen3-VL."""

from __future__ import annotations

import threading

import pytest
from PIL import Image

from vl2code.backends import GenerationParams, GenerationRequest, StreamChunk, create_backend
from vl2code.backends.qwen_local import LoadOptions, QwenLocalBackend, get_model, loaded_models, unload
from vl2code.backends.thinking import split_thinking
from vl2code.errors import BackendError, GenerationCancelled
from vl2code.prompts import PromptContext, build_request
from vl2code.settings import Settings

torch = pytest.importorskip("torch")
needs_no_cuda = pytest.mark.skipif(torch.cuda.is_available(), reason="checks the behaviour without a GPU")


def _screenshot(width: int = 320, height: int = 200) -> Image.Image:
    image = Image.new("RGB", (width, height), (240, 240, 240))
    image.paste((30, 90, 200), (10, 10, width // 2, height // 3))
    return image


def _request(max_new_tokens: int = 12, size: tuple[int, int] = (320, 200)) -> GenerationRequest:
    context = PromptContext(
        "html", _screenshot(*size), params=GenerationParams(max_new_tokens=max_new_tokens)
    )
    return build_request(context)


def _backend(folder, **options) -> QwenLocalBackend:
    return QwenLocalBackend(LoadOptions(model=str(folder), allow_cpu=True, **options))


def test_instruct_streams_the_answer_with_counts_and_timings(tiny_qwen_dirs):
    chunks: list[StreamChunk] = []
    result = _backend(tiny_qwen_dirs.instruct).generate(_request(12), on_chunk=chunks.append)

    assert chunks and not any(chunk.thinking for chunk in chunks)
    assert "".join(chunk.text for chunk in chunks) == result.text
    assert result.thinking == ""
    assert result.completion_tokens == 12 and result.finish_reason == "length" and result.truncated
    assert 0 < result.image_tokens < result.prompt_tokens
    assert 0 < result.first_token_s <= result.total_s
    assert result.tokens_per_s is not None and result.tokens_per_s > 0
    assert result.backend == "local" and result.model == str(tiny_qwen_dirs.instruct)


def test_thinking_model_output_is_reasoning_until_it_closes_the_block(tiny_qwen_dirs):
    chunks: list[StreamChunk] = []
    result = _backend(tiny_qwen_dirs.thinking).generate(_request(12), on_chunk=chunks.append)

    # The Thinking template opens <think> in the prompt; random weights never close it.
    assert get_model(LoadOptions(model=str(tiny_qwen_dirs.thinking), allow_cpu=True)).started_thinking
    assert chunks and all(chunk.thinking for chunk in chunks)
    assert result.text == ""
    assert result.thinking == "".join(chunk.text for chunk in chunks).strip()


def test_decoding_keeps_the_closing_tag_so_the_answer_can_be_split(tiny_qwen_dirs):
    tokenizer = get_model(LoadOptions(model=str(tiny_qwen_dirs.thinking), allow_cpu=True)).tokenizer
    ids = tokenizer("plan the grid</think><html>page</html><|im_end|>")["input_ids"]
    decoded = tokenizer.decode(ids, skip_special_tokens=True)

    assert split_thinking(decoded, started_thinking=True) == ("plan the grid", "<html>page</html>")


def test_cancel_stops_generation_between_tokens(tiny_qwen_dirs):
    cancel = threading.Event()
    after_cancel: list[StreamChunk] = []

    def on_chunk(chunk: StreamChunk) -> None:
        if cancel.is_set():
            after_cancel.append(chunk)
        cancel.set()

    with pytest.raises(GenerationCancelled):
        _backend(tiny_qwen_dirs.instruct).generate(_request(4000), on_chunk=on_chunk, cancel=cancel)
    assert len(after_cancel) <= 1


def test_cancel_from_another_thread(tiny_qwen_dirs):
    cancel = threading.Event()
    first_chunk = threading.Event()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            _backend(tiny_qwen_dirs.instruct).generate(
                _request(4000), on_chunk=lambda chunk: first_chunk.set(), cancel=cancel
            )
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            outcome.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    assert first_chunk.wait(60)
    cancel.set()
    worker.join(60)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], GenerationCancelled)


def test_already_cancelled_request_does_not_load_or_generate(tiny_qwen_dirs):
    cancel = threading.Event()
    cancel.set()
    backend = _backend(tiny_qwen_dirs.instruct, max_pixels=300 * 32 * 32)
    with pytest.raises(GenerationCancelled):
        backend.generate(_request(), cancel=cancel)
    assert backend.options not in {LoadOptions(model=m) for m in loaded_models()}


@pytest.mark.parametrize("size", [(64, 48), (320, 200), (1280, 720), (1280, 3000), (375, 812)])
def test_image_tokens_follow_the_pixel_budget(tiny_qwen_dirs, size):
    min_pixels, max_pixels = 16 * 32 * 32, 200 * 32 * 32
    backend = _backend(tiny_qwen_dirs.instruct, min_pixels=min_pixels, max_pixels=max_pixels)
    result = backend.generate(_request(1, size))

    processor = backend.load().processor.image_processor
    _, grid_h, grid_w = processor(images=[_screenshot(*size)])["image_grid_thw"][0].tolist()
    merged = 32 * 32  # one image token per 2x2 merge of 16-pixel patches
    assert result.image_tokens == grid_h * grid_w // 4
    assert min_pixels <= result.image_tokens * merged <= max_pixels
    width, height = size
    assert abs((grid_w / grid_h) / (width / height) - 1) < 0.35


def test_both_models_stay_resident_once_loaded_and_can_be_unloaded(tiny_qwen_dirs):
    settings = Settings()
    settings.model.draft_model = str(tiny_qwen_dirs.instruct)
    settings.model.refine_model = str(tiny_qwen_dirs.thinking)
    settings.model.allow_cpu = True
    settings.model.min_pixels, settings.model.max_pixels = 16 * 32 * 32, 64 * 32 * 32
    draft = create_backend("local", settings, "draft")
    refine = create_backend("local", settings, "refine")

    assert draft.load() is draft.load() and refine.load() is not draft.load()
    assert {str(tiny_qwen_dirs.instruct), str(tiny_qwen_dirs.thinking)} <= set(loaded_models())
    assert unload(str(tiny_qwen_dirs.thinking)) >= 1
    assert str(tiny_qwen_dirs.thinking) not in loaded_models()
    assert str(tiny_qwen_dirs.instruct) in loaded_models()


@needs_no_cuda
@pytest.mark.parametrize("quantization", ["4bit", "8bit"])
def test_quantization_without_cuda_is_a_clear_error(tiny_qwen_dirs, quantization):
    backend = _backend(tiny_qwen_dirs.instruct, quantization=quantization)
    with pytest.raises(BackendError, match=f"{quantization} quantization needs a CUDA GPU"):
        backend.generate(_request())


@needs_no_cuda
def test_cpu_use_must_be_allowed(tiny_qwen_dirs):
    backend = QwenLocalBackend(LoadOptions(model=str(tiny_qwen_dirs.instruct)))
    with pytest.raises(BackendError, match="no CUDA GPU found.*allow_cpu"):
        backend.generate(_request())
