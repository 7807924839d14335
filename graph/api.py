"""The notebook API: ``kg = sg.build(paths)`` or ``sg.load(path)``, then ask it questions.

A :class:`KnowledgeGraph` wraps the rdflib graph the CLI writes, and every method is a
thin call into the stage that does the work (:mod:`graph.pipeline`, :mod:`graph.query`,
:mod:`graph.render`, :mod:`graph.export`, :mod:`graph.serve`), so the notebook and the
command line can never disagree. Answers come back as pandas DataFrames.
"""

from __future__ import annotations

import contextlib
import html
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from .pipeline import BuildResult
    from .serve import RunningServer
    from .validate import ValidationReport

__all__ = ["HTMLView", "KnowledgeGraph", "build", "load", "named_queries"]


class HTMLView:
    """An HTML page that Jupyter shows inline (in a sandboxed iframe) and can be saved.

    The page goes in ``srcdoc``, so it works offline and with no server: the renderer
    writes its JavaScript inline.
    """

    def __init__(self, page: str, *, height: int = 600, path: Path | None = None) -> None:
        self.html = page
        self.height = height
        self.path = path

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
            f'style="width:100%;height:{self.height}px;border:1px solid #ddd" '
            'sandbox="allow-scripts"></iframe>'
        )

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (atomically)."""
        from .io import atomic_write

        def write(tmp: Path) -> None:
            tmp.write_text(self.html, encoding="utf-8")

        return atomic_write(path, write)

    def __repr__(self) -> str:
        where = f" saved at {self.path}" if self.path else ""
        return f"<HTMLView {len(self.html):,} characters{where}>"


class KnowledgeGraph:
    """A stancegraph: actors, their statements and stances, and their coalitions.

    Examples:
        >>> import graph as sg
        >>> kg = sg.load("out/graph.ttl")  # doctest: +SKIP
        >>> kg.query("actors-on-topic", topic="troops")  # doctest: +SKIP
    """

    def __init__(
        self,
        graph: Graph,
        *,
        source: Path | None = None,
        result: BuildResult | None = None,
        memory: bool = False,
    ) -> None:
        self.graph = graph
        self.source = source
        self.result = result
        self.memory = memory
        self._view: Graph | None = None
        self._view_size = -1

    def _engine(self) -> Graph:
        """The graph as Oxigraph sees it: the engine the CLI and the endpoint use too.

        Copied on first query and again whenever the triple count changes (after adding
        to ``kg.graph`` by hand).
        """
        from .query import load_for_query, oxigraph_view

        if self.memory and self.source is not None and self.source.is_dir():
            # A store opened with memory=True: one copy in RAM, read once.
            if self._view is None:
                self._view = load_for_query(self.source, memory=True)
            return self._view
        size = len(self.graph)
        if self._view is None or size != self._view_size:
            self._view, self._view_size = oxigraph_view(self.graph), size
        return self._view

    # ------------------------------------------------------------ questions

    def query(
        self,
        sparql: str,
        /,
        *,
        max_results: int | None = None,
        limit: int | None = None,
        offset: int = 0,
        **params: Any,
    ) -> pd.DataFrame | bool | Graph:
        """Run SPARQL, or a named query by name, with keyword parameters.

        Returns a DataFrame for SELECT (one column per variable, Python values, ``None``
        when unbound), a bool for ASK and an rdflib Graph for CONSTRUCT/DESCRIBE.
        ``limit`` and ``offset`` ask for one page of a SELECT answer.

        Examples:
            >>> kg.query("statements-by-actor", actor="Petrov")  # doctest: +SKIP
            >>> kg.query("SELECT ?name WHERE { ?a a sg:Country ; rdfs:label ?name }")  # doctest: +SKIP
        """
        from .query import (
            get_named_query,
            list_named_queries,
            parse_named_query,
            run_named,
            to_dataframe,
        )

        names = {q.name for q in list_named_queries()}
        looks_like_a_name = sparql.replace("-", "").isalnum()  # a typo, not SPARQL
        if sparql in names or looks_like_a_name:
            query = get_named_query(sparql)
        else:
            query = parse_named_query(sparql, "query")
        result = run_named(
            self._engine(), query, params, max_results=max_results, limit=limit, offset=offset
        )
        if result.kind == "ASK":
            return bool(result.boolean)
        if result.kind == "CONSTRUCT":
            assert result.graph is not None
            return result.graph
        return to_dataframe(result)

    def actors(self) -> pd.DataFrame:
        """Every actor with type, role, affiliation and statement count."""
        return self.query("actors")  # type: ignore[return-value]

    def statements(self) -> pd.DataFrame:
        """Every statement: speaker, cue, stance, topic and sentence."""
        return self.query("statements")  # type: ignore[return-value]

    def topics(self, *, min_statements: int = 1) -> pd.DataFrame:
        """Every topic with its surface forms and stance counts, most used first (what
        ``stancegraph topics`` shows): what to merge or rename in a codebook.

        Write a starter codebook from it with :meth:`topic_codebook`.
        """
        import pandas as pd

        from .topic_report import topic_report

        columns = [
            "topic", "label", "statements", "support", "oppose", "neutral",
            "articles", "speakers", "forms", "example",
        ]  # fmt: skip
        rows = [
            {**r.as_dict(), "forms": dict(r.forms)}
            for r in topic_report(self.graph, min_statements=min_statements)
        ]
        return pd.DataFrame(rows, columns=columns)

    def topic_codebook(self, path: str | Path, *, min_statements: int = 1) -> Path:
        """Write the topics as a starter codebook YAML (:mod:`graph.codebook`) to edit
        (merge, rename) and rebuild with: ``stancegraph build ARTICLES --codebook FILE``."""
        from .io import atomic_write
        from .topic_report import codebook_yaml, topic_report

        text = codebook_yaml(topic_report(self.graph, min_statements=min_statements))
        return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))

    def clusters(self) -> pd.DataFrame:
        """The coalitions: one row per cluster, members as a sorted list, with explanation."""
        import pandas as pd

        frame = self.query(_CLUSTER_MEMBERS)
        assert isinstance(frame, pd.DataFrame)
        rows = []
        for (cluster, explanation), group in frame.groupby(
            ["cluster", "explanation"], sort=False, dropna=False
        ):
            members = sorted(group["member"].unique())
            rows.append(
                {
                    "cluster": cluster,
                    "size": len(members),
                    "members": members,
                    "explanation": explanation if isinstance(explanation, str) else "",
                }
            )
        out = pd.DataFrame(rows, columns=["cluster", "size", "members", "explanation"])
        return out.sort_values(["size", "cluster"], ascending=[False, True], ignore_index=True)

    # ------------------------------------------------------------ views

    def render(
        self, path: str | Path | None = None, *, height: int = 600, **options: Any
    ) -> HTMLView:
        """The interactive graph page, shown inline in Jupyter; saved too when ``path`` is given.

        ``options`` go to :func:`graph.render.render_graph` (``topics=True``, ``seed=``...).
        """
        from .render import render_graph

        if path is not None:
            written = render_graph(self.graph, path, **options)
            return HTMLView(written.read_text("utf-8"), height=height, path=written)
        with tempfile.TemporaryDirectory() as tmp:
            written = render_graph(self.graph, Path(tmp) / "graph.html", **options)
            return HTMLView(written.read_text("utf-8"), height=height)

    def to_networkx(
        self, kind: str = "actors", *, topics: bool = False, **options: Any
    ) -> nx.Graph:
        """The graph as networkx, for analysis.

        Args:
            kind: ``actors`` (default): actors with flat attributes (type, cluster, stance
                counts) and their stance, affiliation and alignment edges, as exported to
                Gephi; ``signed``, ``congruence`` or ``conflict``: the Discourse Network
                Analysis actor networks the clusters are computed from (weighted edges).
            topics: with ``actors``, also topic nodes and actor -> topic stance edges.
            options: for the DNA networks, :func:`graph.align.actor_networks` options
                (``normalise=``, ``since=``, ``until=``).
        """
        if kind == "actors":
            from .export import to_networkx

            return to_networkx(self.graph, topics=topics)
        if kind in ("signed", "congruence", "conflict"):
            from .align import actor_networks

            return getattr(actor_networks(self.graph, **options), kind)  # type: ignore[no-any-return]
        raise ValueError(f"kind={kind!r}: use actors, signed, congruence or conflict")

    # ------------------------------------------------------------ housekeeping

    def validate(self) -> ValidationReport:
        """SHACL validation against ``ontology/shapes.ttl``."""
        from .validate import validate_graph

        return validate_graph(self.graph)

    def save(self, path: str | Path) -> Path:
        """Write the graph (format from the suffix: .ttl, .nt, .jsonld ...)."""
        from .io import save_graph

        return save_graph(self.graph, path)

    @contextlib.contextmanager
    def serve(
        self, *, port: int = 0, timeout: float = 30.0, max_results: int = 10_000
    ) -> Iterator[RunningServer]:
        """Serve this graph as a SPARQL endpoint on loopback for the ``with`` block.

        Examples:
            >>> with kg.serve() as server:  # doctest: +SKIP
            ...     print(server.endpoint)
        """
        from .serve import ServeConfig, running_server

        with tempfile.TemporaryDirectory() as tmp:
            path = self.save(Path(tmp) / "graph.ttl")
            config = ServeConfig(path, port=port, timeout=timeout, max_results=max_results)
            with running_server(config) as server:
                yield server

    def __len__(self) -> int:
        return len(self.graph)

    def _counts(self) -> dict[str, int]:
        from .query import run_sparql

        result = run_sparql(self._engine(), _COUNTS)
        row = result.rows[0]  # an aggregate without GROUP BY always has one row
        return {
            name: int(str(term)) if term is not None else 0
            for name, term in zip(result.variables, row, strict=True)
        }

    def __repr__(self) -> str:
        counts = ", ".join(f"{v} {k}" for k, v in self._counts().items())
        where = f" from {self.source}" if self.source else ""
        return f"<KnowledgeGraph{where}: {counts}, {len(self):,} triples>"

    def _repr_html_(self) -> str:
        cells = "".join(
            f"<tr><td>{html.escape(k)}</td><td style='text-align:right'>{v:,}</td></tr>"
            for k, v in {**self._counts(), "triples": len(self)}.items()
        )
        return f"<table><caption>stancegraph</caption>{cells}</table>"


_COUNTS = """
SELECT
  (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?actor) AS ?actors)
  (COUNT(DISTINCT ?statement) AS ?statements) (COUNT(DISTINCT ?topic) AS ?topics)
  (COUNT(DISTINCT ?cluster) AS ?clusters)
WHERE {
  { ?article a sg:Article } UNION { ?actor a sg:Actor } UNION { ?statement a sg:Statement }
  UNION { ?topic a sg:Topic }
  UNION { GRAPH <https://w3id.org/stancegraph/graph/derived> { ?cluster a sg:Cluster } }
}
"""

_CLUSTER_MEMBERS = """
SELECT ?cluster ?member ?explanation WHERE {
  GRAPH <https://w3id.org/stancegraph/graph/derived> {
    ?c a sg:Cluster ; rdfs:label ?cluster ; sg:member ?who .
    OPTIONAL { ?c sg:explanation ?explanation }
  }
  ?who rdfs:label ?member .
}
ORDER BY ?cluster ?member
"""


def build(
    paths: str | Path | Iterable[str | Path], *, seed: int = 0, pipeline: str | None = None
) -> KnowledgeGraph:
    """Build a stancegraph from article files or directories (what ``stancegraph build`` does)."""
    from .pipeline import build_corpus

    if isinstance(paths, str | Path):
        paths = [paths]
    result = build_corpus(list(paths), seed=seed, pipeline=pipeline)
    return KnowledgeGraph(result.graph, result=result)


def load(path: str | Path, *, memory: bool = False) -> KnowledgeGraph:
    """Open a graph file (.ttl .nt .jsonld ...) or a store directory.

    ``memory=True`` makes queries on a store run on a copy of it in RAM (most named
    queries answer faster, a few that scan a whole predicate slower: see
    :func:`graph.store.memory_store`), at about 600 MB and 8 to 10 s of loading per
    million triples, paid on the first query.
    """
    from .io import load_graph

    return KnowledgeGraph(load_graph(path), source=Path(path), memory=memory)


def named_queries() -> pd.DataFrame:
    """The named queries you can pass to :meth:`KnowledgeGraph.query` by name."""
    import pandas as pd

    from .query import list_named_queries

    return pd.DataFrame(
        [
            {
                "name": q.name,
                "answers": q.summary,
                "parameters": ", ".join(
                    p.name if p.required else f"{p.name} (optional)" for p in q.parameters
                ),
            }
            for q in list_named_queries()
        ]
    )
