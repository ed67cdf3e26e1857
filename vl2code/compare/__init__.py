"""Comparing a candidate render with its reference: Design2Code's scores, a pixel diff, and
a list of what differs.

``compare(reference, candidate)`` takes two :class:`~vl2code.page.PageImage` values. Each
side's text blocks come from its DOM when the render gave them, else from OCR of its image.
The overall score is Design2Code's: ``0.2 x (block + text + position + color + perceptual)``,
where ``perceptual`` stands in for CLIP (see :mod:`vl2code.compare.perceptual`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from vl2code.compare.blocks import page_blocks
from vl2code.compare.matching import match_blocks
from vl2code.compare.metrics import NO_MATCH, BlockScores, block_scores
from vl2code.compare.mismatches import Mismatch, find_mismatches
from vl2code.compare.perceptual import perceptual_similarity
from vl2code.compare.pixels import PixelDiff, diff_picture, pixel_diff
from vl2code.page import PageImage

__all__ = ["CompareOptions", "Comparison", "Mismatch", "PixelDiff", "compare", "METRICS"]

METRICS = ("block", "text", "position", "color", "perceptual")
#: Outline colours in the diff picture: reference text the candidate lacks, and text it moved.
_MISSING_OUTLINE = (220, 120, 0)
_MISPLACED_OUTLINE = (40, 90, 220)


@dataclass(frozen=True)
class CompareOptions:
    """``pixel_threshold`` and ``include_aa`` are pixelmatch's; ``masks`` are pixel rectangles
    ``(x, y, w, h)`` left out of the pixel diff and of the block metrics on both pages."""

    pixel_threshold: float = 0.1
    include_aa: bool = False
    masks: tuple[tuple[float, float, float, float], ...] = ()


@dataclass(frozen=True)
class Comparison:
    """The outcome of one comparison; ``to_dict()`` is its JSON form (without the image)."""

    score: float
    metrics: dict[str, float]
    pixel: PixelDiff
    mismatches: tuple[Mismatch, ...]
    diff_image: Image.Image = field(repr=False)
    block_counts: dict[str, int] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 6),
            "metrics": {name: round(value, 6) for name, value in self.metrics.items()},
            "pixel": self.pixel.to_dict(),
            "blocks": dict(self.block_counts),
            "mismatches": [mismatch.to_dict() for mismatch in self.mismatches],
            "timings_ms": {name: round(value, 1) for name, value in self.timings_ms.items()},
        }


def overall_score(metrics: dict[str, float]) -> float:
    return 0.2 * sum(metrics[name] for name in METRICS)


def compare(reference: PageImage, candidate: PageImage, options: CompareOptions | None = None) -> Comparison:
    """Score ``candidate`` against ``reference`` (1.0 = the same page)."""
    options = options or CompareOptions()
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal started
        now = time.perf_counter()
        timings[name] = (now - started) * 1000
        started = now

    reference_blocks = page_blocks(reference, options.masks)
    candidate_blocks = page_blocks(candidate, options.masks)
    lap("blocks")
    matching = match_blocks(candidate_blocks, reference_blocks)
    scores: BlockScores = block_scores(matching) if matching.pairs else NO_MATCH
    lap("matching")
    perceptual = perceptual_similarity(
        reference.image,
        candidate.image,
        [b.pixel_bbox for b in reference_blocks],
        [b.pixel_bbox for b in candidate_blocks],
    )
    lap("perceptual")
    pixel, differing = pixel_diff(
        reference.image,
        candidate.image,
        threshold=options.pixel_threshold,
        include_aa=options.include_aa,
        masks=options.masks,
    )
    mismatches = find_mismatches(matching, (reference.width, reference.height))
    diff_image = diff_picture(reference.image, differing, masks=options.masks, boxes=_outlines(mismatches))
    lap("pixels")
    metrics = {
        "block": scores.block,
        "text": scores.text,
        "position": scores.position,
        "color": scores.color,
        "perceptual": perceptual,
    }
    return Comparison(
        score=overall_score(metrics),
        metrics=metrics,
        pixel=pixel,
        mismatches=mismatches,
        diff_image=diff_image,
        block_counts={
            "reference": len(reference_blocks),
            "candidate": len(candidate_blocks),
            "matched": len(matching.pairs),
        },
        timings_ms=timings,
    )


def _outlines(
    mismatches: tuple[Mismatch, ...],
) -> list[tuple[tuple[int, int, int, int], tuple[int, int, int]]]:
    """Boxes drawn on the diff picture (which shows the reference): missing and moved text."""
    boxes = []
    for mismatch in mismatches:
        if mismatch.reference_bbox is None:
            continue
        if mismatch.kind == "missing_text":
            boxes.append((mismatch.reference_bbox, _MISSING_OUTLINE))
        elif mismatch.kind == "misplaced":
            boxes.append((mismatch.reference_bbox, _MISPLACED_OUTLINE))
    return boxes
