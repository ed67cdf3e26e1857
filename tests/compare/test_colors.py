"""CIEDE2000 against the published test data of Sharma, Wu and Dalal (2005)."""

from __future__ import annotations

import numpy as np
import pytest

from vl2code.compare.colors import ciede2000, color_similarity, delta_e, srgb_to_lab

SHARMA_PAIRS = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
    ((50.0, -1.3802, -84.2814), (50.0, 0.0, -82.7485), 1.0000),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (50.0, 3.1736, 0.5854), 1.0000),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ((90.9257, -0.5406, -0.9208), (88.6381, -0.8985, -0.7239), 1.5381),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]


def test_ciede2000_matches_published_values_vectorised():
    first = np.array([pair[0] for pair in SHARMA_PAIRS])
    second = np.array([pair[1] for pair in SHARMA_PAIRS])
    expected = np.array([pair[2] for pair in SHARMA_PAIRS])
    np.testing.assert_allclose(ciede2000(first, second), expected, atol=1e-4)
    np.testing.assert_allclose(ciede2000(second, first), expected, atol=1e-4)


def test_lab_of_white_and_black():
    np.testing.assert_allclose(srgb_to_lab([255, 255, 255]), [100.0, 0.0, 0.0], atol=1e-3)
    np.testing.assert_allclose(srgb_to_lab([0, 0, 0]), [0.0, 0.0, 0.0], atol=1e-3)


@pytest.mark.parametrize(
    ("first", "second", "low", "high"),
    [
        ((10, 20, 30), (10, 20, 30), 1.0, 1.0),
        ((0, 0, 0), (255, 255, 255), 0.0, 0.001),
        ((40, 40, 40), (90, 90, 90), 0.6, 0.9),
    ],
)
def test_similarity_is_one_minus_de_over_100(first, second, low, high):
    similarity = float(color_similarity(first, second))
    assert low <= similarity <= high
    assert similarity == pytest.approx(max(0.0, 1 - float(delta_e(first, second)) / 100))
