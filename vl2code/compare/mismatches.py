"""What differs between two pages, block by block, worst first, in words a person can act on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from vl2code.compare.blocks import Block
from vl2code.compare.colors import delta_e
from vl2code.compare.matching import Matching

MismatchKind = Literal["missing_text", "extra_text", "misplaced", "color"]
PixelBox = tuple[int, int, int, int]

#: A matched block counts as misplaced beyond this shift (fraction of the page) ...
MISPLACED_SHIFT = 0.02
#: ... and as the wrong colour beyond this CIEDE2000 (about three just-noticeable steps).
WRONG_COLOR_DE = 8.0
_SHOWN_CHARS = 60


@dataclass(frozen=True)
class Mismatch:
    """One difference. Bboxes are pixel ``(x, y, w, h)`` in their own page; ``severity`` 0..1."""

    kind: MismatchKind
    text: str
    reference_bbox: PixelBox | None
    candidate_bbox: PixelBox | None
    detail: str
    severity: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "reference_bbox": list(self.reference_bbox) if self.reference_bbox else None,
            "candidate_bbox": list(self.candidate_bbox) if self.candidate_bbox else None,
            "detail": self.detail,
            "severity": round(self.severity, 4),
        }


def _pixels(block: Block) -> PixelBox:
    x, y, w, h = block.pixel_bbox
    return (round(x), round(y), round(w), round(h))


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "\u2026"


def _area_severity(block: Block, total_area: float) -> float:
    """A missing/extra block matters by its share of all text area (a heading more than a word)."""
    share = block.area / total_area if total_area > 0 else 0.0
    return float(min(1.0, 0.2 + 4.0 * share))


def _direction(dx: float, dy: float, width: float, height: float) -> str:
    parts = []
    if abs(dx) * width >= 1:
        parts.append(f"{abs(dx) * width:.0f} px {'right' if dx > 0 else 'left'}")
    if abs(dy) * height >= 1:
        parts.append(f"{abs(dy) * height:.0f} px {'lower' if dy > 0 else 'higher'}")
    return " and ".join(parts) or "slightly off"


def find_mismatches(matching: Matching, reference_size: tuple[int, int]) -> tuple[Mismatch, ...]:
    """Missing, extra, misplaced and wrongly coloured text, sorted by severity (worst first)."""
    found: list[Mismatch] = []
    matched_candidate = {m.candidate for m in matching.pairs}
    matched_reference = {m.reference for m in matching.pairs}
    reference_area = sum(b.area for b in matching.reference)
    candidate_area = sum(b.area for b in matching.candidate)
    width, height = reference_size

    for j, block in enumerate(matching.reference):
        if j not in matched_reference:
            found.append(
                Mismatch(
                    "missing_text",
                    block.shown,
                    _pixels(block),
                    None,
                    f'text "{_short(block.shown)}" of the reference is missing',
                    _area_severity(block, reference_area),
                )
            )
    for i, block in enumerate(matching.candidate):
        if i not in matched_candidate:
            found.append(
                Mismatch(
                    "extra_text",
                    block.shown,
                    None,
                    _pixels(block),
                    f'text "{_short(block.shown)}" is not in the reference',
                    _area_severity(block, candidate_area),
                )
            )
    colours_candidate = [matching.candidate[m.candidate].color for m in matching.pairs]
    colours_reference = [matching.reference[m.reference].color for m in matching.pairs]
    differences = delta_e(
        np.array(colours_candidate, dtype=float).reshape(-1, 3),
        np.array(colours_reference, dtype=float).reshape(-1, 3),
    )
    for pair, difference in zip(matching.pairs, differences, strict=True):
        cand = matching.candidate[pair.candidate]
        ref = matching.reference[pair.reference]
        (cx, cy), (rx, ry) = cand.centre, ref.centre
        shift = max(abs(cx - rx), abs(cy - ry))
        if shift > MISPLACED_SHIFT:
            found.append(
                Mismatch(
                    "misplaced",
                    ref.shown,
                    _pixels(ref),
                    _pixels(cand),
                    f'"{_short(ref.shown)}" is {_direction(cx - rx, cy - ry, width, height)}'
                    " than in the reference",
                    float(min(1.0, shift * 4)),
                )
            )
        if difference > WRONG_COLOR_DE:
            found.append(
                Mismatch(
                    "color",
                    ref.shown,
                    _pixels(ref),
                    _pixels(cand),
                    f'"{_short(ref.shown)}" is rgb{tuple(cand.color)} instead of rgb{tuple(ref.color)} '
                    f"(dE2000 {difference:.1f})",
                    float(min(1.0, difference / 50.0)),
                )
            )
    found.sort(key=lambda m: m.severity, reverse=True)
    return tuple(found)
