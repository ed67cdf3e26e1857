"""Build a tiny, randomly initialised Qwen3-VL in the Hugging Face hub file layout.

No real weights can be downloaded where the tests run, so the real loading and generation
code is exercised on a ~2 MB model with the same architecture, processor and chat format.
The Instruct and Thinking variants differ only by their chat template, as the real ones do.
Used by the backend, pipeline and language-server tests and by bench/backend_bench.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

SPECIAL_TOKENS = [
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|vision_pad|>",
    "<|image_pad|>",
    "<|video_pad|>",
    "<think>",
    "</think>",
]

# The Qwen3-VL chat format: images become <|vision_start|><|image_pad|><|vision_end|>, which the
# processor expands to one pad token per merged image patch.
_CHAT_TEMPLATE = """\
{%- for message in messages -%}
<|im_start|>{{ message.role }}
{% if message.content is string %}{{ message.content }}{% else %}\
{%- for part in message.content -%}
{%- if part.type == 'image' or 'image' in part -%}<|vision_start|><|image_pad|><|vision_end|>\
{%- elif part.type == 'text' -%}{{ part.text }}{%- endif -%}
{%- endfor -%}{% endif %}<|im_end|>
{% endfor -%}
{%- if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}GENERATION_SUFFIX{% endif -%}
"""
INSTRUCT_TEMPLATE = _CHAT_TEMPLATE.replace("GENERATION_SUFFIX", "")
THINKING_TEMPLATE = _CHAT_TEMPLATE.replace("GENERATION_SUFFIX", "{{ '<think>\\n' }}")

_CORPUS = [
    "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body { margin: 0; color: #333; }</style>"
    "</head><body><div class='header'><h1>Title</h1><p>Some text here.</p></div></body></html>",
    "<mxfile><diagram><mxGraphModel><root><mxCell id='0'/><mxCell id='1' parent='0'/>"
    "<mxCell id='2' value='Start' vertex='1' parent='1'><mxGeometry x='10' y='20' width='120' "
    "height='60' as='geometry'/></mxCell></root></mxGraphModel></diagram></mxfile>",
    "The quick brown fox jumps over the lazy dog. Screenshot to code, layout, colour, text.",
    "<script src='https://cdn.tailwindcss.com'></script><div class='flex p-4 bg-gray-100 text-sm'>",
    "0123456789 {}[]()<>/=:;.,!?'\"#-_ \n\t",
]


class TinyQwenDirs(NamedTuple):
    """Folders loadable with ``from_pretrained``, exactly like the hub checkpoints."""

    instruct: Path
    thinking: Path


def build_tokenizer():
    """A small byte-level BPE tokenizer with the Qwen special tokens, wrapped as Qwen2Tokenizer."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import Qwen2Tokenizer

    trainer_tokenizer = Tokenizer(models.BPE())
    trainer_tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=600,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    trainer_tokenizer.train_from_iterator(_CORPUS * 4, trainer=trainer)
    model = json.loads(trainer_tokenizer.to_str())["model"]
    merges = [
        tuple(merge.split(" ")) if isinstance(merge, str) else tuple(merge) for merge in model["merges"]
    ]
    tokenizer = Qwen2Tokenizer(vocab=model["vocab"], merges=merges)
    tokenizer.add_special_tokens({"additional_special_tokens": SPECIAL_TOKENS[1:-2]})
    # As in the real checkpoints, the thinking tags are ordinary added tokens: decoding with
    # skip_special_tokens=True keeps them, so the answer can be split on the last </think>.
    tokenizer.add_tokens(SPECIAL_TOKENS[-2:])
    return tokenizer


def build_model(tokenizer, seed: int = 0):
    """A ~0.5 M parameter Qwen3-VL that never chooses an end-of-turn token by itself.

    Zeroing the output rows of the stop tokens gives them logit 0 while the best of the
    other few hundred random logits is positive, so generation always runs to
    ``max_new_tokens``: tests of streaming and cancellation need output of a known length.
    """
    import torch
    from transformers import Qwen3VLConfig, Qwen3VLForConditionalGeneration

    ids = {token: tokenizer.convert_tokens_to_ids(token) for token in SPECIAL_TOKENS}
    config = Qwen3VLConfig(
        text_config={
            "vocab_size": len(tokenizer),
            "hidden_size": 64,
            "intermediate_size": 128,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "num_key_value_heads": 2,
            "head_dim": 16,
            "max_position_embeddings": 4096,
            "rope_parameters": {
                "rope_type": "default",
                "rope_theta": 10000.0,
                "mrope_section": [4, 2, 2],
                "mrope_interleaved": True,
            },
            "pad_token_id": ids["<|endoftext|>"],
        },
        vision_config={
            "depth": 2,
            "hidden_size": 64,
            "intermediate_size": 128,
            "num_heads": 4,
            "patch_size": 16,
            "spatial_merge_size": 2,
            "temporal_patch_size": 2,
            "out_hidden_size": 64,
            "num_position_embeddings": 256,
            "deepstack_visual_indexes": [0, 1],
        },
        image_token_id=ids["<|image_pad|>"],
        video_token_id=ids["<|video_pad|>"],
        vision_start_token_id=ids["<|vision_start|>"],
        vision_end_token_id=ids["<|vision_end|>"],
    )
    torch.manual_seed(seed)
    model = Qwen3VLForConditionalGeneration(config).eval()
    with torch.no_grad():
        for token in ("<|im_end|>", "<|endoftext|>"):
            model.lm_head.weight[ids[token]] = 0.0
    model.generation_config.eos_token_id = [ids["<|im_end|>"], ids["<|endoftext|>"]]
    model.generation_config.pad_token_id = ids["<|endoftext|>"]
    model.generation_config.do_sample = False
    return model


def _save_hub_layout(folder: Path, model, tokenizer, chat_template: str) -> None:
    """Write the files the hub repos have (preprocessor_config.json, chat_template.json, ...)."""
    from transformers import Qwen2VLImageProcessorPil

    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    image_processor = Qwen2VLImageProcessorPil(
        patch_size=16,
        temporal_patch_size=2,
        merge_size=2,
        image_mean=[0.5, 0.5, 0.5],
        image_std=[0.5, 0.5, 0.5],
        size={"shortest_edge": 64 * 32 * 32, "longest_edge": 1280 * 32 * 32},
    )
    preprocessor = image_processor.to_dict()
    preprocessor["image_processor_type"] = "Qwen2VLImageProcessorFast"
    preprocessor["processor_class"] = "Qwen3VLProcessor"
    (folder / "preprocessor_config.json").write_text(json.dumps(preprocessor, indent=2))
    video = dict(preprocessor, video_processor_type="Qwen3VLVideoProcessor")
    video.pop("image_processor_type")
    (folder / "video_preprocessor_config.json").write_text(json.dumps(video, indent=2))
    (folder / "chat_template.json").write_text(json.dumps({"chat_template": chat_template}))
    for leftover in ("chat_template.jinja", "processor_config.json"):
        (folder / leftover).unlink(missing_ok=True)


def build_tiny_qwen(root: Path) -> TinyQwenDirs:
    """Build both variants under ``root`` (well under a second once transformers is imported)."""
    tokenizer = build_tokenizer()
    model = build_model(tokenizer)
    dirs = TinyQwenDirs(instruct=root / "tiny-qwen3-vl-instruct", thinking=root / "tiny-qwen3-vl-thinking")
    _save_hub_layout(dirs.instruct, model, tokenizer, INSTRUCT_TEMPLATE)
    _save_hub_layout(dirs.thinking, model, tokenizer, THINKING_TEMPLATE)
    return dirs
