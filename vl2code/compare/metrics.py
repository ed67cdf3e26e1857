"""Design2Code's four block scores from a matching (the perceptual score is separate)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vl2code.compare.colors import color_similarity
from vl2code.compare.matching import Matching


@dataclass(frozen=True)
class BlockScores:
    block: float
    text: float
    position: float
    color: float


#: What Design2Code scores when either page has no blocks or no pair matches.
NO_MATCH = BlockScores(0.0, 0.0, 0.0, 0.0)


def position_similarities(matching: Matching) -> np.ndarray:
    """``1 - max(|dx|, |dy|)`` between the normalised centres of each matched pair."""
    shifts = [
        max(abs(a[0] - b[0]), abs(a[1] - b[1]))
        for a, b in (
            (matching.candidate[m.candidate].centre, matching.reference[m.reference].centre)
            for m in matching.pairs
        )
    ]
    return 1.0 - np.array(shifts, dtype=np.float64)


def color_similarities(matching: Matching) -> np.ndarray:
    candidate = np.array([matching.candidate[m.candidate].color for m in matching.pairs], dtype=np.float64)
    reference = np.array([matching.reference[m.reference].color for m in matching.pairs], dtype=np.float64)
    return color_similarity(candidate.reshape(-1, 3), reference.reshape(-1, 3))


def block_scores(matching: Matching) -> BlockScores:
    """Block-Match, Text, Position and Color; all zero when nothing matched.

    Block-Match is the area (normalised ``w x h``) of matched blocks on both sides over the
    area of all blocks on both sides.
    """
    if not matching.pairs:
        return NO_MATCH
    matched_candidate = {m.candidate for m in matching.pairs}
    matched_reference = {m.reference for m in matching.pairs}
    matched_area = sum(matching.candidate[i].area for i in matched_candidate) + sum(
        matching.reference[j].area for j in matched_reference
    )
    total_area = sum(b.area for b in matching.candidate) + sum(b.area for b in matching.reference)
    return BlockScores(
        block=float(matched_area / total_area) if total_area > 0 else 0.0,
        text=float(np.mean([m.similarity for m in matching.pairs])),
        position=float(np.mean(position_similarities(matching))),
        color=float(np.mean(color_similarities(matching))),
    )
