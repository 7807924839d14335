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

from pathlib import Path

from rdflib import Graph

from ..io import atomic_write
from .data import DEFAULT_MAX_EDGES, PageData, page_data
from .layout import layout, place
from .page import PHYSICS_MAX_NODES, page_html, vis_options
from .view import GraphView, read_view, safe_url

__all__ = [
    "DEFAULT_MAX_EDGES",
    "PHYSICS_MAX_NODES",
    "GraphView",
    "PageData",
    "layout",
    "page_data",
    "page_html",
    "place",
    "read_view",
    "render_graph",
    "safe_url",
    "vis_options",
]


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
    place(data, seed=seed)
    physics = len(data.nodes) <= PHYSICS_MAX_NODES if physics is None else physics
    html = page_html(data, physics=physics, title=title)

    def write(tmp: Path) -> None:
        tmp.write_text(html, encoding="utf-8")

    return atomic_write(path, write)
