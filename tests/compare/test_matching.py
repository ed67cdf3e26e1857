"""Block matching on synthetic blocks: assignment, merging and the 0.5 cut-off."""

from __future__ import annotations

import pytest

from vl2code.compare.blocks import Block, normalise_text
from vl2code.compare.matching import match_blocks, mean_gain, text_similarity
from vl2code.compare.metrics import block_scores


def block(text: str, x: float, y: float, w: float = 0.2, h: float = 0.02, color=(0, 0, 0)) -> Block:
    return Block(normalise_text(text), (x, y, w, h), (x * 1000, y * 1000, w * 1000, h * 1000), color, text)


PAGE = [
    block("Welcome to the harbour", 0.1, 0.05, 0.5, 0.04),
    block("Boats for sale in City One", 0.1, 0.15),
    block("Contact us for a viewing today", 0.1, 0.25),
    block("Copyright 2023 all rights reserved", 0.1, 0.9),
]


def test_identical_pages_match_every_block_perfectly():
    matching = match_blocks(PAGE, PAGE)
    assert sorted((m.candidate, m.reference) for m in matching.pairs) == [(i, i) for i in range(len(PAGE))]
    scores = block_scores(matching)
    assert (scores.block, scores.text, scores.position, scores.color) == (1.0, 1.0, 1.0, 1.0)


def test_pairs_below_half_similarity_are_dropped():
    other = [block("Completely unrelated words", 0.1, 0.05), block("xyz", 0.5, 0.5)]
    matching = match_blocks(other, PAGE)
    assert all(m.similarity >= 0.5 for m in matching.pairs)
    assert block_scores(matching).block < 0.5


def test_split_paragraph_is_merged_to_match_the_whole():
    whole = [block("We would love to see your boat for sale listings here on our site", 0.1, 0.3, 0.8, 0.04)]
    split = [
        block("We would love to see your boat", 0.1, 0.3, 0.4, 0.02),
        block("for sale listings here on our site", 0.1, 0.32, 0.4, 0.02),
    ]
    matching = match_blocks(split, whole)
    assert len(matching.candidate) == 1
    assert matching.pairs[0].similarity == pytest.approx(1.0)


def test_moving_a_block_lowers_only_position():
    moved = [*PAGE[:1], block("Boats for sale in City One", 0.4, 0.35), *PAGE[2:]]
    scores = block_scores(match_blocks(moved, PAGE))
    assert scores.text == pytest.approx(1.0)
    assert scores.color == pytest.approx(1.0)
    assert scores.position == pytest.approx(1 - max(0.3, 0.2) / 4)  # max of dx, dy; one pair in four


def test_empty_side_matches_nothing():
    assert match_blocks([], PAGE).pairs == ()
    assert match_blocks(PAGE, []).pairs == ()


def test_similarity_is_difflib_ratio_in_candidate_reference_order():
    assert text_similarity("abcd", "abcd") == 1.0
    assert text_similarity("abcd", "abxy") == pytest.approx(0.5)


def test_mean_gain_ignores_unchanged_costs_and_requires_a_better_best_pair():
    assert mean_gain([-0.5, -0.9], [-0.9, -0.8]) == pytest.approx(0.3)
    assert mean_gain([-0.9, -0.5], [-0.9, -0.6]) == pytest.approx(0.1)
    assert mean_gain([-1.0, -0.2], [-0.9, -0.9]) == 0.0


def test_text_normalisation_folds_case_punctuation_and_typography():
    assert normalise_text("  Don\u2019t  STOP \u2013 now!\n") == "don t stop now"
    assert normalise_text("\u2022 \u00b7 |") == ""
