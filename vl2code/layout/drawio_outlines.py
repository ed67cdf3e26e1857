"""What kind of shape an enclosed area is, from how it fills its box and from its outline."""

from __future__ import annotations

import cv2
import numpy as np

#: Corners cut at least this far (px) on all four sides are rounded, however full the box.
MIN_CORNER_CUT = 3


def fill_holes(component: np.ndarray) -> np.ndarray:
    contours, _ = cv2.findContours(component, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(component)
    cv2.drawContours(filled, contours, -1, 1, thickness=cv2.FILLED)
    return filled


def classify(filled: np.ndarray) -> str | None:
    """Rectangle, rounded rectangle, ellipse, rhombus or cylinder, from how the area fills its box."""
    h, w = filled.shape
    ratio = float(filled.mean())
    if ratio >= 0.97:
        # Slightly rounded corners (draw.io's rounded=1 on a long box) hardly lower the ratio.
        return "rounded" if min(_corner_cuts(filled)) >= MIN_CORNER_CUT else "rectangle"
    corner = int(min(np.argmax(filled[0] > 0), np.argmax(filled[:, 0] > 0)))
    if ratio >= 0.9 and corner >= max(3, 0.08 * min(w, h)):
        rows = filled.mean(axis=1)
        if (
            rows[: h // 6].mean() < 0.9
            and rows[-h // 6 :].mean() < 0.9
            and rows[h // 3 : 2 * h // 3].mean() > 0.98
        ):
            return "cylinder" if h > w * 0.6 and corner < 0.3 * min(w, h) else "rounded"
        return "rounded"
    if ratio >= 0.9:
        return "rectangle"
    if not _symmetric(filled):
        return "document" if _wavy_bottom(filled, ratio) else None
    corners = polygon_corners(filled)
    if (
        0.45 <= ratio <= 0.58
        and corners == 4
        and filled[h // 2].mean() > 0.9
        and filled[:, w // 2].mean() > 0.9
    ):
        return "rhombus"
    if 0.6 <= ratio <= 0.9 and corners == 4 and filled[0].mean() >= 0.4 and filled[-1].mean() >= 0.4:
        return "parallelogram"  # straight top and bottom sides (a flat ellipse simplifies to 4 too)
    if 0.6 <= ratio <= 0.9 and corners == 6:
        return "hexagon"
    if 0.7 <= ratio <= 0.83:
        return "ellipse"
    return None


def _corner_cuts(filled: np.ndarray) -> list[int]:
    """How far (px) along its top or bottom edge each corner of the area starts."""
    top, bottom = filled[0] > 0, filled[-1] > 0
    return [
        int(np.argmax(top)),
        int(np.argmax(top[::-1])),
        int(np.argmax(bottom)),
        int(np.argmax(bottom[::-1])),
    ]


def _wavy_bottom(filled: np.ndarray, ratio: float) -> bool:
    """A document: full rows down to its lower part, where a wave cuts the bottom edge."""
    h = filled.shape[0]
    rows = filled.mean(axis=1)
    return ratio >= 0.8 and rows[: int(0.7 * h)].mean() > 0.97 and rows[-h // 6 :].mean() < 0.85


def polygon_corners(filled: np.ndarray) -> int:
    """Corners of the outline once simplified (an ellipse keeps many, a polygon its own)."""
    contours, _ = cv2.findContours(filled.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return 0
    contour = max(contours, key=cv2.contourArea)
    return len(cv2.approxPolyDP(contour, 0.03 * cv2.arcLength(contour, True), True))


def _symmetric(filled: np.ndarray) -> bool:
    return float((filled == filled[::-1, ::-1]).mean()) > 0.93
