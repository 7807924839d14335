"""The interactive HTML page of a stancegraph: pyvis data, vis-network inline, no network use.

Why it is built this way (measured with pyvis 0.3.2, see DESIGN.md):

- pyvis's own template loads Bootstrap from a CDN even with ``cdn_resources="in_line"``, so
  the page uses its own template (``graph/data/render_page.*``) and inlines the vis-network
  script and style that pyvis bundles. Nothing on the page is fetched.
- ``Network.from_nx`` is quadratic; nodes and edges are appended to ``net.nodes``/``net.edges``.
- vis-network's physics stabilisation takes minutes past ~1,000 nodes, so positions are
  computed here (seeded) and physics is off by default past :data:`PHYSICS_MAX_NODES`.
- Article text reaches the page only inside a JSON block (``<``, ``>``, ``&``, ``'`` escaped
  by Jinja's ``htmlsafe_json_dumps``) and the page's script puts it into the DOM with
  ``textContent``; vis-network sets string tooltips as ``innerText``; links are made only for
  ``http``/``https`` URLs.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from .io import atomic_write
from .namespaces import DCTERMS, RDF, RDFS, SDO, SG, SKOS

__all__ = [
    "PHYSICS_MAX_NODES",
    "GraphView",
    "PageData",
    "page_data",
    "page_html",
    "read_view",
    "render_graph",
]

#: Above this many nodes physics starts off: stabilisation would keep the page blank for long.
PHYSICS_MAX_NODES = 300
#: Above this many nodes networkx's spring layout (dense numpy, O(n^2)) gives way to igraph's.
NX_LAYOUT_MAX_NODES = 500
#: Edges drawn at most; the strongest are kept so a corpus-sized page stays responsive.
DEFAULT_MAX_EDGES = 20_000

STANCES: tuple[str, ...] = ("support", "oppose", "neutral")
_STANCE_OF = {SG.Support: 0, SG.Oppose: 1, SG.Neutral: 2}
STANCE_COLORS = {"support": "#2e7d32", "oppose": "#c62828", "neutral": "#8a8a8a"}
RELATION_COLORS = {"agree": "#66bb6a", "disagree": "#ef5350"}
ACTOR_SHAPES = {
    "Person": "dot",
    "Organization": "square",
    "Country": "triangle",
    "Outlet": "star",
    "Group": "hexagon",
}
_ACTOR_CLASSES = {name: getattr(SG, name) for name in ACTOR_SHAPES}
TOPIC_SHAPE = "diamond"
TOPIC_COLOR = {"background": "#fff3c4", "border": "#b59b3b"}
#: Cluster colours: no pure green or red, which mean support and oppose on the edges.
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#9467bd",
    "#17becf",
    "#e377c2",
    "#8c564b",
    "#bcbd22",
    "#393b79",
    "#e7ba52",
    "#7b4173",
    "#3182bd",
    "#637939",
)
NO_CLUSTER_COLOR = "#b0b0b0"


@dataclass(frozen=True)
class ActorInfo:
    iri: str
    label: str
    type: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    affiliation: str = ""  # IRI


@dataclass(frozen=True)
class StatementInfo:
    iri: str
    speaker: str
    stance: int  # index into STANCES
    topic: str  # IRI or ""
    cue: str
    quote: str
    evidence: str
    article: str  # IRI or ""
    char_start: int
    target: str = ""  # IRI
    reported_by: str = ""  # IRI


@dataclass(frozen=True)
class ArticleInfo:
    iri: str
    title: str
    url: str  # http(s) only, else ""
    issued: str
    publisher: str  # label


@dataclass(frozen=True)
class ClusterInfo:
    iri: str
    label: str
    members: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class AlignmentInfo:
    source: str
    target: str
    relation: str  # "agree" | "disagree"
    weight: float


@dataclass(frozen=True)
class GraphView:
    """What the page shows, read once from the RDF graph, sorted so output is deterministic."""

    actors: tuple[ActorInfo, ...]
    topics: tuple[tuple[str, str], ...]  # (IRI, label)
    statements: tuple[StatementInfo, ...]
    articles: tuple[ArticleInfo, ...]
    clusters: tuple[ClusterInfo, ...]
    alignments: tuple[AlignmentInfo, ...]


@dataclass(frozen=True)
class PageData:
    """vis-network nodes and edges plus everything the page's script shows on click."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    meta: dict[str, Any]


def _tail(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def safe_url(value: str) -> str:
    """The URL if it is http(s), else "": ``javascript:`` and friends never become links."""
    value = value.strip()
    return value if value.lower().startswith(("http://", "https://")) else ""


def read_view(graph: Graph) -> GraphView:
    """Read actors (every ``sg:Actor``), topics, statements, articles, clusters, alignment."""

    def texts(predicate: URIRef) -> dict[str, str]:
        out: dict[str, str] = {}
        for s, o in graph.subject_objects(predicate):
            out.setdefault(str(s), str(o))
        return out

    labels, roles, titles = texts(RDFS.label), texts(SG.role), texts(DCTERMS.title)
    aliases: dict[str, list[str]] = defaultdict(list)
    for s, o in graph.subject_objects(SKOS.altLabel):
        aliases[str(s)].append(str(o))
    affiliations = texts(SG.affiliation)
    kinds: dict[str, str] = {}
    for name, cls in _ACTOR_CLASSES.items():
        for s in graph.subjects(RDF.type, cls):
            kinds.setdefault(str(s), name)
    actors = tuple(
        sorted(
            (
                ActorInfo(
                    iri=iri,
                    label=labels.get(iri) or _tail(iri),
                    type=kinds.get(iri, "Group"),
                    role=roles.get(iri, ""),
                    aliases=tuple(sorted(set(aliases.get(iri, ())))),
                    affiliation=affiliations.get(iri, ""),
                )
                for iri in {str(s) for s in graph.subjects(RDF.type, SG.Actor)}
            ),
            key=lambda a: (a.label.casefold(), a.iri),
        )
    )
    topic_iris = {str(s) for s in graph.subjects(RDF.type, SG.Topic)}
    speakers, topic_of = texts(SG.speaker), texts(SG.topic)
    topic_iris |= set(topic_of.values())
    topics = tuple(sorted(((t, labels.get(t) or _tail(t)) for t in topic_iris), key=_topic_key))
    stance_of = {str(s): _STANCE_OF.get(o, 2) for s, o in graph.subject_objects(SG.stance)}
    cues, quotes, evidence = texts(SG.cue), texts(SG.quote), texts(SG.evidence)
    article_of, targets, reporters = texts(SG.article), texts(SG.targetActor), texts(SG.reportedBy)
    starts = texts(SG.charStart)
    statements = tuple(
        sorted(
            (
                StatementInfo(
                    iri=iri,
                    speaker=speakers[iri],
                    stance=stance_of.get(iri, 2),
                    topic=topic_of.get(iri, ""),
                    cue=cues.get(iri, ""),
                    quote=quotes.get(iri, ""),
                    evidence=evidence.get(iri, ""),
                    article=article_of.get(iri, ""),
                    char_start=int(starts[iri]) if starts.get(iri, "").isdigit() else 0,
                    target=targets.get(iri, ""),
                    reported_by=reporters.get(iri, ""),
                )
                for iri in {str(s) for s in graph.subjects(RDF.type, SG.Statement)}
                if iri in speakers
            ),
            key=lambda s: (s.article, s.char_start, s.iri),
        )
    )
    urls, issued, publishers = texts(SDO.url), texts(DCTERMS.issued), texts(DCTERMS.publisher)
    articles = tuple(
        ArticleInfo(
            iri=iri,
            title=titles.get(iri) or labels.get(iri) or _tail(iri),
            url=safe_url(urls.get(iri, "")),
            issued=issued.get(iri, ""),
            publisher=labels.get(publishers.get(iri, ""), ""),
        )
        for iri in sorted({str(s) for s in graph.subjects(RDF.type, SG.Article)})
    )
    return GraphView(
        actors=actors,
        topics=topics,
        statements=statements,
        articles=articles,
        clusters=_read_clusters(graph, labels),
        alignments=_read_alignments(graph),
    )


def _topic_key(item: tuple[str, str]) -> tuple[str, str]:
    return (item[1].casefold(), item[0])


def _read_clusters(graph: Graph, labels: dict[str, str]) -> tuple[ClusterInfo, ...]:
    explanations = {str(s): str(o) for s, o in graph.subject_objects(SG.explanation)}
    members: dict[str, set[str]] = defaultdict(set)
    for cluster, member in graph.subject_objects(SG.member):
        members[str(cluster)].add(str(member))
    clusters = [
        ClusterInfo(
            iri=iri,
            label=labels.get(iri) or _tail(iri),
            members=tuple(sorted(members.get(iri, ()))),
            explanation=explanations.get(iri, ""),
        )
        for iri in {str(s) for s in graph.subjects(RDF.type, SG.Cluster)}
    ]
    return tuple(sorted(clusters, key=lambda c: (-len(c.members), c.label.casefold(), c.iri)))


def _read_alignments(graph: Graph) -> tuple[AlignmentInfo, ...]:
    """Reified ``sg:AlignmentEdge`` weights, else bare agreesWith/disagreesWith as +-1."""
    pairs: dict[tuple[str, str], AlignmentInfo] = {}
    for node in graph.subjects(RDF.type, SG.AlignmentEdge):
        source = graph.value(node, SG.alignmentSource)
        target = graph.value(node, SG.alignmentTarget)
        relation = graph.value(node, SG.alignmentRelation)
        weight = graph.value(node, SG.weight)
        if source is None or target is None or source == target:
            continue
        a, b = sorted((str(source), str(target)))
        w = float(weight) if weight is not None else (1.0 if relation == SG.agreesWith else -1.0)
        pairs[(a, b)] = AlignmentInfo(a, b, "agree" if w > 0 else "disagree", w)
    for predicate, relation, w in (
        (SG.agreesWith, "agree", 1.0),
        (SG.disagreesWith, "disagree", -1.0),
    ):
        for s, o in graph.subject_objects(predicate):
            if s == o:
                continue
            a, b = sorted((str(s), str(o)))
            pairs.setdefault((a, b), AlignmentInfo(a, b, relation, w))
    return tuple(pairs[key] for key in sorted(pairs))


def _cluster_colors(view: GraphView) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """Each actor's cluster index (largest cluster first wins) and the legend entries."""
    of: dict[str, int] = {}
    legend = []
    for i, cluster in enumerate(view.clusters):
        for member in cluster.members:
            of.setdefault(member, i)
        legend.append(
            {
                "label": cluster.label,
                "color": PALETTE[i % len(PALETTE)],
                "size": len(cluster.members),
                "explanation": cluster.explanation,
            }
        )
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
    if dropped:
        edges = sorted(edges, key=lambda e: (-e["_strength"], e["from"], e["to"]))[:max_edges]
    nodes = _actor_nodes(view, by_actor, cluster_of)
    if topics:
        nodes += _topic_nodes(view, by_topic)
    edge_meta = []
    for k, edge in enumerate(edges):
        edge["id"] = k
        edge_meta.append(
            {
                "kind": edge.pop("_kind"),
                "weight": edge.pop("_weight"),
                "statements": edge.pop("_statements"),
            }
        )
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
    }
    return PageData(nodes=nodes, edges=edges, meta=meta)


def _actor_nodes(
    view: GraphView, by_actor: dict[int, list[int]], cluster_of: dict[str, int]
) -> list[dict[str, Any]]:
    nodes = []
    for i, actor in enumerate(view.actors):
        cluster = cluster_of.get(actor.iri, -1)
        color = PALETTE[cluster % len(PALETTE)] if cluster >= 0 else NO_CLUSTER_COLOR
        count = len(by_actor.get(i, ()))
        nodes.append(
            {
                "id": f"a{i}",
                "label": actor.label,
                "shape": ACTOR_SHAPES.get(actor.type, "dot"),
                "size": round(min(48.0, 10 + 5 * math.sqrt(count)), 1),
                "color": color,
                "group": "actor",
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
            "group": "topic",
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
        "color": {"color": color, "highlight": color, "hover": color},
        "width": round(1 + min(7.0, 1.5 * math.log2(1 + strength)), 2),
        "_kind": kind,
        "_weight": weight,
        "_statements": ids,
        "_strength": strength + len(ids),
    }
    if kind == "stance":
        # Parallel stance edges between one pair curve apart so each colour stays visible.
        edge["arrows"] = "to"
        edge["dashes"] = dst.startswith("a")
        edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.1 + 0.12 * stance}
    return edge


def layout(
    node_ids: list[str], pairs: Iterable[tuple[str, str, float]], *, seed: int = 0
) -> dict[str, tuple[float, float]]:
    """Seeded positions in vis-network pixels, so the browser needs no physics to draw.

    networkx's spring layout up to :data:`NX_LAYOUT_MAX_NODES` nodes; above that igraph's
    Fruchterman-Reingold (C, grid-accelerated: 0.6 s for 5,000 nodes), since networkx needs
    scipy for sparse layouts and is O(n^2) per iteration without it.
    """
    if not node_ids:
        return {}
    index = {node: i for i, node in enumerate(node_ids)}
    weights: dict[tuple[int, int], float] = defaultdict(float)
    for a, b, w in pairs:
        if a != b:
            key = (min(index[a], index[b]), max(index[a], index[b]))
            weights[key] += w
    if len(node_ids) <= NX_LAYOUT_MAX_NODES:
        import networkx as nx

        g = nx.Graph()
        g.add_nodes_from(range(len(node_ids)))
        g.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
        k = 2.2 / math.sqrt(len(node_ids))
        raw = nx.spring_layout(g, k=k, seed=seed, iterations=200)
        coords = [tuple(raw[i]) for i in range(len(node_ids))]
    else:
        import igraph as ig

        g = ig.Graph(n=len(node_ids), edges=sorted(weights))
        ig.set_random_number_generator(random.Random(seed))
        try:
            coords = [tuple(c) for c in g.layout_fruchterman_reingold(niter=500, grid=True)]
        finally:
            ig.set_random_number_generator(random)
    return _to_pixels(node_ids, coords)


def _to_pixels(
    node_ids: list[str], coords: list[tuple[float, ...]]
) -> dict[str, tuple[float, float]]:
    cx = sum(c[0] for c in coords) / len(coords)
    cy = sum(c[1] for c in coords) / len(coords)
    extent = max((max(abs(c[0] - cx), abs(c[1] - cy)) for c in coords), default=0.0) or 1.0
    scale = (120 + 55 * math.sqrt(len(coords))) / extent
    return {
        node: (round((c[0] - cx) * scale, 1), round((c[1] - cy) * scale, 1))
        for node, c in zip(node_ids, coords, strict=True)
    }


def vis_options(n_nodes: int, physics: bool) -> dict[str, Any]:
    """vis-network options: precomputed positions, and less drawing work on large graphs."""
    large = n_nodes > PHYSICS_MAX_NODES
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif"}},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 0.5},
        "interaction": {
            "hover": not large,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
            "stabilization": {"enabled": True, "iterations": 150, "fit": True},
        },
    }


def _asset(name: str) -> str:
    return (resources.files("graph") / "data" / name).read_text(encoding="utf-8")


def page_html(data: PageData, *, physics: bool, title: str = "stancegraph") -> str:
    """The whole page: one file, every script and style inline, data in a JSON block."""
    from jinja2 import Environment
    from jinja2.utils import htmlsafe_json_dumps
    from markupsafe import Markup
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = data.nodes  # appending directly: from_nx is quadratic
    net.edges = data.edges
    net.options = vis_options(len(data.nodes), physics)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    lib = Path(net.template_dir) / "lib"
    inline = {
        "vis_js": (lib / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (lib / "vis-9.1.2" / "vis-network.css").read_text(encoding="utf-8"),
        "page_js": _asset("render_page.js"),
        "page_css": _asset("render_page.css"),
    }
    for name, text in inline.items():
        # An inlined asset holding a closing tag would end its element early.
        if "</script" in text.lower() or "</style" in text.lower():
            raise ValueError(f"{name} cannot be inlined: it contains a closing tag")
    payload = {"nodes": nodes, "edges": edges, "options": json.loads(options), "meta": data.meta}
    payload["meta"]["title"] = title
    env = Environment(autoescape=True, keep_trailing_newline=True)
    template = env.from_string(_asset("render_page.html"))
    return template.render(
        title=title,
        payload=htmlsafe_json_dumps(payload, dumps=_compact_dumps),
        script_hashes=" ".join(_csp_hash(inline[name]) for name in ("vis_js", "page_js")),
        **{name: Markup(text) for name, text in inline.items()},
    )


def _csp_hash(script: str) -> str:
    """A CSP source allowing exactly this inline script: injected markup could run nothing."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _compact_dumps(obj: Any, **kwargs: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), **kwargs)


def render_graph(
    graph: Graph,
    path: str | Path,
    *,
    topics: bool = False,
    physics: bool | None = None,
    max_edges: int = DEFAULT_MAX_EDGES,
    title: str = "stancegraph",
    seed: int = 0,
) -> Path:
    """Write the interactive page of ``graph`` to ``path`` (atomically) and return the path.

    Args:
        topics: draw topic nodes, with actor -> topic stance edges, instead of actor-actor
            agree/disagree edges.
        physics: start with physics on; by default on up to :data:`PHYSICS_MAX_NODES` nodes.
        max_edges: draw at most this many edges, the strongest first.
        seed: seed of the layout, so the same graph gives the same page.
    """
    data = page_data(read_view(graph), topics=topics, max_edges=max_edges)
    ids = [node["id"] for node in data.nodes]
    pairs = [(e["from"], e["to"], float(e["width"])) for e in data.edges]
    positions = layout(ids, pairs, seed=seed)
    for node in data.nodes:
        node["x"], node["y"] = positions[node["id"]]
    physics = len(ids) <= PHYSICS_MAX_NODES if physics is None else physics
    html = page_html(data, physics=physics, title=title)
    return atomic_write(path, lambda tmp: tmp.write_text(html, encoding="utf-8"))
