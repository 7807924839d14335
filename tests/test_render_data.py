"""graph.render.data and layout: nodes, aggregated edges, click tables, positions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from graph.render import layout, page_data, read_view
from graph.render.data import ACTOR_SHAPES, NO_CLUSTER_COLOR, PALETTE, RELATION_COLORS

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "render"))
from render_graphs import small_graph


@pytest.fixture(scope="module")
def view():
    return read_view(small_graph())


def _labels(data):
    return {n["id"]: n["label"] for n in data.nodes}


def _edge_labels(data):
    labels = _labels(data)
    return {
        (labels[e["from"]], labels[e["to"]], m["kind"]): m
        for e, m in zip(data.edges, data.meta["edges"], strict=True)
    }


def test_render_data_actor_nodes_shape_size_colour(view):
    data = page_data(view)
    nodes = {n["label"]: n for n in data.nodes}
    assert len(data.nodes) == len(view.actors)
    assert nodes["Sergei Lavrov"]["shape"] == ACTOR_SHAPES["Person"]
    assert nodes["Russia"]["shape"] == ACTOR_SHAPES["Country"]
    assert nodes["Reuters"]["shape"] == ACTOR_SHAPES["Outlet"]
    # size grows with the number of statements spoken
    assert nodes["Sergei Lavrov"]["size"] > nodes["Volodymyr Zelensky"]["size"]
    assert nodes["Volodymyr Zelensky"]["size"] > nodes["NATO"]["size"] > nodes["Ukraine"]["size"]
    # colour by cluster: largest cluster gets the first colour; no cluster is grey
    assert nodes["Volodymyr Zelensky"]["color"] == nodes["NATO"]["color"] == PALETTE[0]
    assert nodes["Sergei Lavrov"]["color"] == nodes["Russia"]["color"] == PALETTE[1]
    assert nodes["Reuters"]["color"] == NO_CLUSTER_COLOR


def test_render_data_actor_view_has_alignment_and_targeted_stance_edges(view):
    data = page_data(view)
    edges = _edge_labels(data)
    assert set(edges) == {
        ("NATO", "Volodymyr Zelensky", "agree"),
        ("NATO", "Russia", "disagree"),
        ("Russia", "Sergei Lavrov", "agree"),
        ("Sergei Lavrov", "Volodymyr Zelensky", "disagree"),
        ("Sergei Lavrov", "Volodymyr Zelensky", "stance"),
    }
    by_key = {(e["from"], e["to"]): e for e in data.edges}
    assert all(e["color"] in (*RELATION_COLORS.values(), "#c62828") for e in by_key.values())
    # An alignment edge lists the statements of both actors on the topics they share.
    rows = data.meta["statements"]
    disagree = edges[("Sergei Lavrov", "Volodymyr Zelensky", "disagree")]
    evidence = sorted(rows[i][5] for i in disagree["statements"])
    assert evidence == [
        "Lavrov criticized Zelensky.",
        "Lavrov criticized the security guarantees.",
        "Lavrov said that the guarantees were a provocation.",
        "Zelensky welcomed the security guarantees.",
    ]
    targeted = edges[("Sergei Lavrov", "Volodymyr Zelensky", "stance")]
    assert [rows[i][5] for i in targeted["statements"]] == ["Lavrov criticized Zelensky."]


def test_render_data_topic_view_aggregates_per_actor_topic_stance(view):
    data = page_data(view, topics=True)
    labels = _labels(data)
    assert sorted(v for k, v in labels.items() if k.startswith("t")) == [
        "ceasefire",
        "security guarantees",
        "troop deployment",
    ]
    edges = _edge_labels(data)
    assert {k[:2]: len(m["statements"]) for k, m in edges.items()} == {
        ("Sergei Lavrov", "security guarantees"): 2,  # two statements, one edge
        ("Sergei Lavrov", "Volodymyr Zelensky"): 1,  # targeted at an actor
        ("Volodymyr Zelensky", "security guarantees"): 1,
        ("Volodymyr Zelensky", "ceasefire"): 1,
        ("NATO", "troop deployment"): 1,
        ("Russia", "troop deployment"): 1,
    }
    colours = {k[:2]: e["color"] for k, e in zip(edges, data.edges, strict=True)}
    assert colours[("Volodymyr Zelensky", "security guarantees")] == "#2e7d32"
    assert colours[("Sergei Lavrov", "security guarantees")] == "#c62828"
    assert colours[("Volodymyr Zelensky", "ceasefire")] == "#8a8a8a"


def test_render_data_click_tables_index_statements_by_actor_and_topic(view):
    data = page_data(view, topics=True)
    meta = data.meta
    actors = {a["label"]: a for a in meta["actors"]}
    assert len(actors["Sergei Lavrov"]["statements"]) == 3
    assert len(actors["Volodymyr Zelensky"]["about"]) == 1
    assert actors["Sergei Lavrov"]["affiliation"] == "Russia"
    topics = {t["label"]: t for t in meta["topics"]}
    assert len(topics["security guarantees"]["statements"]) == 4
    row = meta["statements"][actors["Volodymyr Zelensky"]["statements"][0]]
    title, url, _issued, publisher = meta["articles"][row[6]]
    assert (title, url, publisher) == ("Kyiv welcomes guarantees", "", "Reuters")


def test_render_data_max_edges_keeps_the_strongest(view):
    data = page_data(view, max_edges=2)
    assert len(data.edges) == 2
    assert data.meta["droppedEdges"] == 3
    kept = {m["kind"] for m in data.meta["edges"]}
    assert "disagree" in kept  # Lavrov-Zelensky: weight 1 and four statements


@pytest.mark.parametrize("n", [12, 1200])  # igraph without and with its grid
def test_render_layout_is_seeded_and_spreads_nodes(n):
    ids = [f"a{i}" for i in range(n)]
    pairs = [(ids[i], ids[(i + 1) % n], 1.0) for i in range(n)]
    first = layout(ids, pairs, seed=0)
    assert first == layout(ids, pairs, seed=0)
    assert first != layout(ids, pairs, seed=1)
    assert len(set(first.values())) == n
    xs = [p[0] for p in first.values()]
    assert max(xs) - min(xs) > 100  # pixels, not unit coordinates


def test_render_layout_of_nothing_is_empty():
    assert layout([], []) == {}


def test_render_layout_keeps_coalitions_together_and_discs_apart():
    """Two coalitions of 60, only loosely tied to each other, plus 30 loners: no two discs
    overlap, and each coalition's members sit nearer their own centre than the other's."""
    from graph.render.layout import GAP, overlapping

    ids = [f"a{i}" for i in range(150)]
    groups = {ids[i]: i // 60 for i in range(120)}
    pairs = [(ids[i], ids[(i + 7) % 120], 1.0) for i in range(120)]  # ties across coalitions
    radii = {node: 10.0 + (k % 5) * 9 for k, node in enumerate(ids)}
    positions = layout(ids, pairs, seed=3, groups=groups, radii=radii)
    assert overlapping(positions, radii) == set()
    for a in ids:
        for b in ids:
            if a < b:
                (xa, ya), (xb, yb) = positions[a], positions[b]
                assert ((xa - xb) ** 2 + (ya - yb) ** 2) ** 0.5 >= radii[a] + radii[b] + GAP / 2
    centre = {
        g: tuple(sum(positions[n][k] for n in ids if groups.get(n) == g) / 60 for k in (0, 1))
        for g in (0, 1)
    }

    def nearer_own(node: str) -> bool:
        x, y = positions[node]
        own, other = centre[groups[node]], centre[1 - groups[node]]
        return (x - own[0]) ** 2 + (y - own[1]) ** 2 < (x - other[0]) ** 2 + (y - other[1]) ** 2

    assert sum(nearer_own(n) for n in groups) >= 0.95 * len(groups)


def test_render_layout_overlapping_finds_touching_discs():
    from graph.render.layout import overlapping

    positions = {"a": (0.0, 0.0), "b": (15.0, 0.0), "c": (100.0, 0.0)}
    assert overlapping(positions, {"a": 10, "b": 10, "c": 10}) == {"a", "b"}
    assert overlapping(positions, {"a": 5, "b": 5, "c": 10}) == set()


def _hue(color: str) -> float:
    import colorsys

    r, g, b = (int(color[k : k + 2], 16) / 255 for k in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[0] * 360


def _hue_gap(a: float, b: float) -> float:
    return min(abs(a - b), 360 - abs(a - b))


def test_render_palette_hues_are_apart_and_not_the_edge_colours():
    from graph.render.data import STANCE_COLORS

    hues = [_hue(c) for c in PALETTE]
    assert len(PALETTE) == 10
    assert min(_hue_gap(a, b) for k, a in enumerate(hues) for b in hues[k + 1 :]) >= 24
    coloured = [*RELATION_COLORS.values(), STANCE_COLORS["support"], STANCE_COLORS["oppose"]]
    edge_hues = [_hue(c) for c in coloured]
    assert min(_hue_gap(a, b) for a in hues for b in edge_hues) >= 25


def test_render_largest_ten_clusters_get_distinct_colours_the_rest_grey():
    from benchmarks.bench_render import synthetic_graph

    graph, _ = synthetic_graph(140, 300, 5, 14)
    data = page_data(read_view(graph))
    clusters = data.meta["clusters"]
    assert len(clusters) == 14
    ranked = sorted(range(14), key=lambda i: (-clusters[i]["size"], i))
    assert [clusters[i]["color"] for i in ranked[:10]] == list(PALETTE)
    assert {clusters[i]["color"] for i in ranked[10:]} == {NO_CLUSTER_COLOR}
    for node, actor in zip(data.nodes, data.meta["actors"], strict=True):
        assert node["color"] == clusters[actor["cluster"]]["color"]
