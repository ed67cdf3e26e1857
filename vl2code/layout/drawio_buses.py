"""Lines that several connectors share: the trunk of a tree, a merge into another line.

An inheritance tree or an org chart draws one edge per child, but the edges run together: a
stub from each child meets a common trunk in a T, and one stub with an arrowhead leads on to
the parent. Traced as straight runs, that is no single connector (a T is not a bend); here
the runs that meet in T's are one bus, and each free end of it can be followed through the
bus to any other.
"""

from __future__ import annotations

import heapq
import math

from vl2code.layout.linking import linked_groups

Point = tuple[int, int]
Segment = tuple[int, int, int, int]

#: How near (px) a run's end must come to another run to meet it, and how far from that
#: run's own ends the meeting must be to be a T (nearer, it is a corner).
MEET = 4
CORNER = 6
#: A path turns where its direction changes by more than about 12 degrees (sine).
TURN = 0.2


def _along(point: Point, seg: Segment) -> tuple[float, float, float]:
    """Where ``point`` lies against ``seg``: how far along it from its start, how far off its
    line (px), and the run's length."""
    x0, y0, x1, y1 = seg
    length = math.dist((x0, y0), (x1, y1))
    if length == 0:
        return 0.0, math.dist(point, (x0, y0)), 0.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    along = (point[0] - x0) * ux + (point[1] - y0) * uy
    return along, abs((point[0] - x0) * uy - (point[1] - y0) * ux), length


def _on_run(point: Point, seg: Segment) -> bool:
    """Whether ``point`` lies on the middle of ``seg`` (not near its ends)."""
    along, off, length = _along(point, seg)
    return length >= 2 * CORNER and off <= MEET and CORNER < along < length - CORNER


def _onto(point: Point, seg: Segment) -> Point:
    """``point`` moved square onto the line through ``seg``."""
    along, _, length = _along(point, seg)
    x0, y0, x1, y1 = seg
    t = along / length if length else 0.0
    return round(x0 + (x1 - x0) * t), round(y0 + (y1 - y0) * t)


def _ends(seg: Segment) -> tuple[Point, Point]:
    return (seg[0], seg[1]), (seg[2], seg[3])


def bus_groups(chains: list[list[Segment]]) -> list[list[int]]:
    """Indices of the chains joined by T's (an end of one on the middle of another), in groups of
    two or more."""

    def meets(chain: list[Segment], other: list[Segment]) -> bool:
        return any(_on_run(p, seg) for s in chain for p in _ends(s) for seg in other)

    groups = linked_groups(
        len(chains), lambda i, j: meets(chains[i], chains[j]) or meets(chains[j], chains[i])
    )
    return [group for group in groups if len(group) > 1]


def free_ends(segments: list[Segment]) -> list[Point]:
    """The ends of a bus's runs that meet nothing: where it touches shapes, or stops."""
    free = []
    for i, seg in enumerate(segments):
        for point in _ends(seg):
            meets = any(
                min(math.dist(point, q) for q in _ends(other)) <= CORNER or _on_run(point, other)
                for j, other in enumerate(segments)
                if j != i
            )
            if not meets:
                free.append(point)
    return free


def bus_path(segments: list[Segment], start: Point, end: Point) -> list[Point]:
    """The shortest way along the bus from ``start`` to ``end``: the points where it turns,
    ``start`` and ``end`` included (empty when they are not joined)."""
    nodes: list[Point] = []

    def node(point: Point) -> int:
        for index, known in enumerate(nodes):
            if math.dist(known, point) <= CORNER:
                return index
        nodes.append(point)
        return len(nodes) - 1

    # Every run is cut where other runs' ends meet it; its pieces are the graph's edges.
    links: dict[int, list[tuple[int, float]]] = {}
    for seg in segments:
        a, b = _ends(seg)
        meeting = [p for other in segments if other != seg for p in _ends(other) if _on_run(p, seg)]
        stops = [a, b] + [_onto(p, seg) for p in meeting]  # on the run: the branches stay square
        stops.sort(key=lambda p: math.dist(a, p))
        ids = [node(p) for p in stops]
        for (p, i), (q, j) in zip(
            zip(stops, ids, strict=True), zip(stops[1:], ids[1:], strict=True), strict=False
        ):
            if i != j:
                links.setdefault(i, []).append((j, math.dist(p, q)))
                links.setdefault(j, []).append((i, math.dist(p, q)))
    source, target = node(start), node(end)
    best = {source: 0.0}
    previous: dict[int, int] = {}
    queue = [(0.0, source)]
    while queue:
        distance, current = heapq.heappop(queue)
        if current == target:
            break
        if distance > best.get(current, math.inf):
            continue
        for following, length in links.get(current, []):
            if distance + length < best.get(following, math.inf):
                best[following] = distance + length
                previous[following] = current
                heapq.heappush(queue, (distance + length, following))
    if target not in best:
        return []
    path = [target]
    while path[-1] != source:
        path.append(previous[path[-1]])
    points = [start] + [nodes[i] for i in reversed(path[1:-1])] + [end]
    return _turns(points)


def _turns(points: list[Point]) -> list[Point]:
    """``points`` without those that lie straight on between their neighbours."""
    kept = [points[0]]
    for here, after in zip(points[1:], points[2:], strict=False):
        before = kept[-1]
        cross = (here[0] - before[0]) * (after[1] - here[1]) - (here[1] - before[1]) * (after[0] - here[0])
        lengths = math.dist(before, here) * math.dist(here, after)
        if lengths > 0 and abs(cross) > TURN * lengths:
            kept.append(here)
    kept.append(points[-1])
    return kept
