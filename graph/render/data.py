"""vis-network nodes and aggregated edges, plus the tables the page's side panel reads.

Parallel edges are aggregated (one per actor pair for alignment, one per speaker, target or
topic and stance for statements), so a corpus-sized graph stays drawable.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .view import GraphView, StatementInfo

__all__ = [
    "ACTOR_SHAPES",
    "DEFAULT_MAX_EDGES",
    "PALETTE",
    "STANCE_COLORS",
    "PageData",
    "page_data",
]

#: Past this many nodes a page is "large": fewer labels, straight edges, no hover effects.
LARGE_GRAPH_NODES = 1000
#: Labels kept on a large graph (the busiest nodes).
LARGE_GRAPH_LABELS = 300
#: Edges drawn at most, the strongest kept: vis-network builds ~10k edges/s here, and a page
#: with more is no more readable. The side panel still lists every statement.
DEFAULT_MAX_EDGES = 10_000
#: A large page's first frame: its busiest nodes and the strongest edges between them. The
#: page adds the other nodes and edges in chunks once that frame is drawn (measured: drawing
#: and building a vis-network node costs about as much as five edges).
FIRST_FRAME_NODES = 1_000
FIRST_FRAME_EDGES = 2_000
NODE_CHUNK = 2_000
EDGE_CHUNK = 4_000

STANCES: tuple[str, ...] = ("support", "oppose", "neutral")
STANCE_COLORS = {"support": "#2e7d32", "oppose": "#c62828", "neutral": "#8a8a8a"}
RELATION_COLORS = {"agree": "#66bb6a", "disagree": "#ef5350"}
ACTOR_SHAPES = {
    "Person": "dot",
    "Organization": "square",
    "Country": "triangle",
    "Outlet": "star",
    "Group": "hexagon",
}
TOPIC_SHAPE = "diamond"
TOPIC_COLOR = {"background": "#fff3c4", "border": "#b59b3b"}
#: Colours of the largest clusters, largest first: ten hues at least 24 degrees apart, and
#: 25 or more from the green and red that mean support and oppose on the edges.
PALETTE = (
    "#206bb6",
    "#f98510",
    "#8c53c6",
    "#15b3c1",
    "#db57af",
    "#d4c411",
    "#3434b2",
    "#169c70",
    "#7e2d86",
    "#78a51d",
)
#: Grey: actors in no cluster, or in a cluster smaller than the :data:`PALETTE`'s largest.
NO_CLUSTER_COLOR = "#b0b0b0"


@dataclass(frozen=True)
class PageData:
    """vis-network nodes and edges plus everything the page's script shows on click."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    meta: dict[str, Any]


def _cluster_colors(view: GraphView) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """Each actor's cluster index (the first cluster listing it wins) and the legend entries.

    The largest clusters (ties: first listed) get the :data:`PALETTE`'s distinct colours,
    one each; the others are grey, as actors in no cluster are.
    """
    of: dict[str, int] = {}
    for i, cluster in enumerate(view.clusters):
        for member in cluster.members:
            of.setdefault(member, i)
    ranked = sorted(range(len(view.clusters)), key=lambda i: (-len(view.clusters[i].members), i))
    color = {i: PALETTE[rank] for rank, i in enumerate(ranked[: len(PALETTE)])}
    legend = [
        {
            "label": cluster.label,
            "color": color.get(i, NO_CLUSTER_COLOR),
            "size": len(cluster.members),
            "explanation": cluster.explanation,
        }
        for i, cluster in enumerate(view.clusters)
    ]
    return of, legend


def page_data(
    view: GraphView, *, topics: bool = False, max_edges: int = DEFAULT_MAX_EDGES
) -> PageData:
    """Nodes (actors, optionally topics), aggregated edges and the click-panel tables.

    Parallel edges are aggregated: one edge per actor pair for alignment, one per
    (speaker, target or topic, stance) for statements, each listing its statements.
    """
    actor_index = {a.iri: i for i, a in enumerate(view.actors)}
    topic_index = {iri: j for j, (iri, _label) in enumerate(view.topics)}
    article_index = {a.iri: k for k, a in enumerate(view.articles)}
    cluster_of, cluster_legend = _cluster_colors(view)
    statements = [s for s in view.statements if s.speaker in actor_index]
    by_actor: dict[int, list[int]] = defaultdict(list)
    about_actor: dict[int, list[int]] = defaultdict(list)
    by_topic: dict[int, list[int]] = defaultdict(list)
    rows = []
    for n, s in enumerate(statements):
        speaker, topic = actor_index[s.speaker], topic_index.get(s.topic, -1)
        target = actor_index.get(s.target, -1)
        by_actor[speaker].append(n)
        if target >= 0:
            about_actor[target].append(n)
        if topic >= 0:
            by_topic[topic].append(n)
        rows.append(
            [
                speaker,
                topic,
                s.stance,
                s.cue,
                s.quote,
                s.evidence,
                article_index.get(s.article, -1),
                target,
                actor_index.get(s.reported_by, -1),
            ]
        )
    edges = _edges(view, statements, actor_index, topic_index, by_actor, topics)
    dropped = max(0, len(edges) - max_edges)
    edges = sorted(edges, key=lambda e: (-e["_strength"], e["from"], e["to"]))[:max_edges]
    nodes = _actor_nodes(view, by_actor, cluster_of, cluster_legend)
    if topics:
        nodes += _topic_nodes(view, by_topic)
    large = len(nodes) > LARGE_GRAPH_NODES
    if large:
        _lighten(nodes, edges, by_actor, by_topic)
    edge_meta = []
    for k, edge in enumerate(edges):
        edge["id"] = k
        entry = {
            "kind": edge.pop("_kind"),
            "weight": edge.pop("_weight"),
            "statements": edge.pop("_statements"),
        }
        stance = edge.pop("_stance")
        if stance >= 0:
            entry["stance"] = stance
        edge_meta.append(entry)
        edge.pop("_strength")
    meta = {
        "view": "topics" if topics else "actors",
        "stances": list(STANCES),
        "stanceColors": STANCE_COLORS,
        "relationColors": RELATION_COLORS,
        "shapes": ACTOR_SHAPES,
        "topicColor": TOPIC_COLOR,
        "noClusterColor": NO_CLUSTER_COLOR,
        "actors": [
            {
                "id": f"a{i}",
                "label": a.label,
                "type": a.type,
                "role": a.role,
                "aliases": list(a.aliases),
                "affiliation": view.actors[actor_index[a.affiliation]].label
                if a.affiliation in actor_index
                else "",
                "cluster": cluster_of.get(a.iri, -1),
                "between": [c.label for c in view.clusters if c.iri in a.between],
                "statements": by_actor.get(i, []),
                "about": about_actor.get(i, []),
            }
            for i, a in enumerate(view.actors)
        ],
        "topics": [
            {"id": f"t{j}", "label": label, "statements": by_topic.get(j, [])}
            for j, (_iri, label) in enumerate(view.topics)
        ],
        "statements": rows,
        "articles": [[a.title, a.url, a.issued, a.publisher] for a in view.articles],
        "clusters": cluster_legend,
        "edges": edge_meta,
        "droppedEdges": dropped,
        "large": large,
        "firstNodes": FIRST_FRAME_NODES if large else len(nodes),
        "firstEdges": FIRST_FRAME_EDGES if large else len(edges),
        "nodeChunk": NODE_CHUNK,
        "edgeChunk": EDGE_CHUNK,
    }
    return PageData(nodes=nodes, edges=edges, meta=meta)


def _lighten(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    by_actor: dict[int, list[int]],
    by_topic: dict[int, list[int]],
) -> None:
    """Less canvas work per frame on a large graph (measured: labels are most of a redraw).

    Only the :data:`LARGE_GRAPH_LABELS` busiest nodes keep a label (the page adds a node's
    label when it is clicked or found); edges are drawn straight and solid.
    """

    def busy(node: dict[str, Any]) -> int:
        index = int(node["id"][1:])
        return len((by_actor if node["id"][0] == "a" else by_topic).get(index, ()))

    ranked = sorted(range(len(nodes)), key=lambda k: (-busy(nodes[k]), k))
    for k in ranked[LARGE_GRAPH_LABELS:]:
        del nodes[k]["label"]
    for edge in edges:
        edge.pop("smooth", None)
        edge.pop("dashes", None)


def _actor_nodes(
    view: GraphView,
    by_actor: dict[int, list[int]],
    cluster_of: dict[str, int],
    clusters: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    nodes = []
    for i, actor in enumerate(view.actors):
        cluster = cluster_of.get(actor.iri, -1)
        color = clusters[cluster]["color"] if cluster >= 0 else NO_CLUSTER_COLOR
        count = len(by_actor.get(i, ()))
        nodes.append(
            {
                "id": f"a{i}",
                "label": actor.label,
                "shape": ACTOR_SHAPES.get(actor.type, "dot"),
                "size": round(min(48.0, 10 + 5 * math.sqrt(count)), 1),
                "color": color,
            }
        )
    return nodes


def _topic_nodes(view: GraphView, by_topic: dict[int, list[int]]) -> list[dict[str, Any]]:
    return [
        {
            "id": f"t{j}",
            "label": label,
            "shape": TOPIC_SHAPE,
            "size": round(min(36.0, 8 + 3 * math.sqrt(len(by_topic.get(j, ())))), 1),
            "color": TOPIC_COLOR,
        }
        for j, (_iri, label) in enumerate(view.topics)
    ]


def _edges(
    view: GraphView,
    statements: list[StatementInfo],
    actor_index: dict[str, int],
    topic_index: dict[str, int],
    by_actor: dict[int, list[int]],
    topics: bool,
) -> list[dict[str, Any]]:
    """Aggregated edges, each with its statement indices (popped into the meta later)."""
    groups: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for n, s in enumerate(statements):
        speaker = f"a{actor_index[s.speaker]}"
        if s.target in actor_index and s.target != s.speaker:
            groups[(speaker, f"a{actor_index[s.target]}", s.stance)].append(n)
        elif topics and s.topic in topic_index:
            groups[(speaker, f"t{topic_index[s.topic]}", s.stance)].append(n)
    edges = [
        _edge(src, dst, "stance", STANCE_COLORS[STANCES[stance]], len(ids), ids, stance=stance)
        for (src, dst, stance), ids in sorted(groups.items())
    ]
    if topics:
        return edges
    topic_sets = {
        i: {statements[n].topic for n in ids if statements[n].topic} for i, ids in by_actor.items()
    }
    for al in view.alignments:
        if al.source not in actor_index or al.target not in actor_index:
            continue
        a, b = actor_index[al.source], actor_index[al.target]
        shared = topic_sets.get(a, set()) & topic_sets.get(b, set())
        ids = sorted(
            n
            for who, other in ((a, b), (b, a))
            for n in by_actor.get(who, ())
            if statements[n].topic in shared or statements[n].target == view.actors[other].iri
        )
        color = RELATION_COLORS[al.relation]
        edges.append(_edge(f"a{a}", f"a{b}", al.relation, color, abs(al.weight), ids, al.weight))
    return edges


def _edge(
    src: str,
    dst: str,
    kind: str,
    color: str,
    strength: float,
    ids: list[int],
    weight: float = 0.0,
    *,
    stance: int = -1,
) -> dict[str, Any]:
    edge: dict[str, Any] = {
        "from": src,
        "to": dst,
        "color": color,  # vis-network uses a plain colour for highlight and hover too
        "width": round(1 + min(7.0, 1.5 * math.log2(1 + strength)), 2),
        "_kind": kind,
        "_weight": weight,
        "_statements": ids,
        "_strength": strength + len(ids),
        "_stance": stance,
    }
    if kind == "stance":
        # Parallel stance edges between one pair curve apart so each colour stays visible.
        edge["arrows"] = "to"
        edge["dashes"] = dst.startswith("a")
        edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.1 + 0.12 * stance}
    return edge
