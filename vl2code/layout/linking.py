"""Grouping things by a pairwise relation: the connected groups of "these two belong together"."""

from __future__ import annotations

from collections.abc import Callable


def linked_groups(count: int, linked: Callable[[int, int], bool]) -> list[list[int]]:
    """Indices ``0..count-1`` joined wherever ``linked(i, j)`` holds for ``i < j``, directly or
    through others. Groups come in the order of their first index, indices ascending."""
    owner = list(range(count))

    def root(i: int) -> int:
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    for i in range(count):
        for j in range(i + 1, count):
            if linked(i, j):
                owner[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())
