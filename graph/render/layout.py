"""Seeded node positions, computed before the page opens so the browser needs no physics.

Each connected component is laid out apart with igraph's Fruchterman-Reingold, where every
coalition of two or more members gets a hidden hub tied to its members (so a coalition stays
together); disagreement pulls far less than agreement. Overlapping discs are then pushed
apart (radius in vis-network pixels, the node's ``size``), and the components are packed in
rows, largest first.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np

from .data import PageData

__all__ = ["GAP", "layout", "overlapping", "place"]

#: Pixels left between two node discs (and between packed components, times four).
GAP = 4.0
#: Radius of a node given no radius: vis-network's default node size.
DEFAULT_RADIUS = 10.0
#: Pull of a coalition hub on each member, against edge widths of 1 to 8.
HUB_WEIGHT = 3.0
#: Pull of a disagreement or opposition edge, as a share of its width.
CONFLICT_PULL = 0.1
#: Layout area per unit of disc area (more: airier components, fewer overlaps to remove).
SPREAD = 3.0
PUSH_ROUNDS = 200


def layout(
    node_ids: list[str],
    pairs: Iterable[tuple[str, str, float]],
    *,
    seed: int = 0,
    groups: Mapping[str, int] | None = None,
    radii: Mapping[str, float] | None = None,
) -> dict[str, tuple[float, float]]:
    """Seeded, overlap-free positions in vis-network pixels, so the browser needs no physics.

    Args:
        pairs: (node, node, pull) edges; a pair given twice pulls with the sum.
        groups: each node's coalition (absent or negative: none); a coalition of two or more
            is laid out around a hidden hub, so its members stay together.
        radii: each node's disc radius in pixels (default :data:`DEFAULT_RADIUS`); no two
            discs overlap in the result, with :data:`GAP` pixels to spare.
    """
    if not node_ids:
        return {}
    n = len(node_ids)
    index = {node: i for i, node in enumerate(node_ids)}
    weights: dict[tuple[int, int], float] = defaultdict(float)
    for a, b, w in pairs:
        if a != b:
            key = (min(index[a], index[b]), max(index[a], index[b]))
            weights[key] += w
    members: dict[int, list[int]] = defaultdict(list)
    for node, group in (groups or {}).items():
        if group >= 0 and node in index:
            members[group].append(index[node])
    hubs = [sorted(m) for _g, m in sorted(members.items()) if len(m) > 1]
    edges = sorted(weights.items())
    for h, group_members in enumerate(hubs):
        edges += [((i, n + h), HUB_WEIGHT) for i in group_members]
    radius = np.array([float((radii or {}).get(node, DEFAULT_RADIUS)) for node in node_ids])
    positions = np.zeros((n, 2))
    boxes = []
    for component in _components(n + len(hubs), [e for e, _w in edges]):
        real = [i for i in component if i < n]
        if not real:
            continue
        coords = _component_layout(component, edges, seed)[: len(real)]
        coords = _spread(coords, radius[real])
        coords = _push_apart(coords, radius[real])
        positions[real] = coords
        low = (coords - radius[real, None]).min(axis=0)
        high = (coords + radius[real, None]).max(axis=0)
        boxes.append((real, low, high))
    _pack(positions, boxes)
    return {
        node: (round(float(positions[i, 0]), 1), round(float(positions[i, 1]), 1))
        for i, node in enumerate(node_ids)
    }


def place(data: PageData, *, seed: int = 0) -> None:
    """Give every node of ``data`` its seeded position (``x``, ``y``), laid out on its edges,
    with each actor's coalition kept together and no two node discs overlapping."""
    ids = [node["id"] for node in data.nodes]
    meta_edges = data.meta.get("edges", [])
    pairs = []
    for k, e in enumerate(data.edges):
        em = meta_edges[k] if k < len(meta_edges) else {}
        conflict = em.get("kind") == "disagree" or em.get("stance") == 1
        pairs.append((e["from"], e["to"], float(e["width"]) * (CONFLICT_PULL if conflict else 1)))
    groups = {a["id"]: a["cluster"] for a in data.meta.get("actors", [])}
    radii = {node["id"]: float(node.get("size", DEFAULT_RADIUS)) for node in data.nodes}
    positions = layout(ids, pairs, seed=seed, groups=groups, radii=radii)
    for node in data.nodes:
        node["x"], node["y"] = positions[node["id"]]


def overlapping(
    positions: Mapping[str, tuple[float, float]], radii: Mapping[str, float]
) -> set[str]:
    """The nodes whose disc overlaps another node's disc."""
    ids = list(positions)
    if len(ids) < 2:
        return set()
    xy = np.array([positions[i] for i in ids], dtype=float)
    r = np.array([float(radii.get(i, DEFAULT_RADIUS)) for i in ids])
    i, j = _near_pairs(xy, 2 * float(r.max()))
    hit = np.hypot(*(xy[j] - xy[i]).T) < r[i] + r[j] - 1e-6
    return {ids[k] for k in np.concatenate([i[hit], j[hit]])}


def _components(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    found: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        found[root(i)].append(i)
    return list(found.values())


def _component_layout(
    component: list[int], edges: list[tuple[tuple[int, int], float]], seed: int
) -> np.ndarray:
    """Fruchterman-Reingold unit coordinates of one component, rows in ``component`` order."""
    if len(component) == 1:
        return np.zeros((1, 2))
    local = {v: k for k, v in enumerate(component)}
    inner = [((local[a], local[b]), w) for (a, b), w in edges if a in local]
    import igraph as ig

    g = ig.Graph(n=len(component), edges=[e for e, _w in inner])
    ig.set_random_number_generator(random.Random(seed))
    try:
        coords = g.layout_fruchterman_reingold(
            weights=[w for _e, w in inner], niter=500, grid=len(component) > 1000
        )
    finally:
        ig.set_random_number_generator(random)
    return np.array(coords.coords, dtype=float)


def _spread(coords: np.ndarray, radius: np.ndarray) -> np.ndarray:
    """Coordinates scaled so the component covers :data:`SPREAD` times its discs' area."""
    centred = coords - coords.mean(axis=0)
    if len(coords) == 1:
        return centred
    side = float((centred.max(axis=0) - centred.min(axis=0)).max()) or 1.0
    area = side * side  # of the bounding square: a component in a line stays a line
    target = SPREAD * float(((2 * radius + GAP) ** 2).sum())
    return centred * math.sqrt(target / area)


def _near_pairs(xy: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j), each once, of points in the same or neighbouring grid cells."""
    c = np.floor(xy / cell).astype(np.int64)
    c -= c.min(axis=0)
    width = int(c[:, 1].max()) + 3
    key = c[:, 0] * width + c[:, 1] + 1
    order = np.argsort(key, kind="stable")
    sorted_keys = key[order]
    firsts, seconds = [], []
    for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        wanted = key + dx * width + dy
        left = np.searchsorted(sorted_keys, wanted, "left")
        counts = np.searchsorted(sorted_keys, wanted, "right") - left
        total = int(counts.sum())
        if not total:
            continue
        starts = np.repeat(left, counts)
        offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        i = np.repeat(np.arange(len(xy)), counts)
        j = order[starts + offsets]
        keep = i < j if (dx, dy) == (0, 0) else np.ones(total, dtype=bool)
        firsts.append(i[keep])
        seconds.append(j[keep])
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def _push_apart(xy: np.ndarray, radius: np.ndarray) -> np.ndarray:
    """Discs pushed apart, each overlapping pair by half its overlap each way, until none
    overlaps (or :data:`PUSH_ROUNDS` rounds). A node's centre also stays outside the square
    a neighbour is picked by, so a click on the centre picks that node."""
    xy = xy.copy()
    if len(xy) < 2:
        return xy
    rng = np.random.default_rng(0)
    cell = 2 * float(radius.max()) * 1.42 + GAP
    for _ in range(PUSH_ROUNDS):
        i, j = _near_pairs(xy, cell)
        d = xy[j] - xy[i]
        dist = np.hypot(d[:, 0], d[:, 1])
        need = np.maximum(radius[i] + radius[j], 1.42 * np.maximum(radius[i], radius[j])) + GAP
        bad = dist < need - GAP / 4
        if not bad.any():
            break
        i, j, d, dist, need = i[bad], j[bad], d[bad], dist[bad], need[bad]
        same = dist < 1e-9
        if same.any():
            d[same] = rng.normal(size=(int(same.sum()), 2))
            dist[same] = np.hypot(d[same, 0], d[same, 1])
        step = (d / dist[:, None]) * ((need - dist) / 2 + GAP / 8)[:, None]
        for axis in (0, 1):
            xy[:, axis] += np.bincount(j, step[:, axis], len(xy)) - np.bincount(
                i, step[:, axis], len(xy)
            )
    return xy


def _pack(positions: np.ndarray, boxes: list[tuple[list[int], np.ndarray, np.ndarray]]) -> None:
    """Components moved into rows, largest first, in a block about 1.4 times as wide as high
    (a browser window's shape), centred on the origin."""
    margin = 4 * GAP
    order = sorted(
        range(len(boxes)),
        key=lambda k: (-len(boxes[k][0]), -float(np.prod(boxes[k][2] - boxes[k][1])), k),
    )
    area = sum(float(np.prod(b[2] - b[1] + margin)) for b in boxes)
    widest = max(float(b[2][0] - b[1][0]) + margin for b in boxes)
    row_width = max(widest, math.sqrt(area * 1.4))
    x = y = row_height = 0.0
    for k in order:
        real, low, high = boxes[k]
        size = high - low + margin
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        positions[real] += np.array([x, y]) - low
        x += float(size[0])
        row_height = max(row_height, float(size[1]))
    placed = np.array([i for b in boxes for i in b[0]])
    centre = (positions[placed].min(axis=0) + positions[placed].max(axis=0)) / 2
    positions[placed] -= centre
