"""``stancegraph validate`` (SHACL report) and ``stancegraph export`` (other formats)."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from ._app import command, console, err_console, is_large, phase

if TYPE_CHECKING:
    from rdflib import Graph

    from ..validate import ValidationReport, Violation

# Shown first: the classes users look at first, in pipeline order.
_CLASS_ORDER = ("Article", "Actor", "Statement", "Topic", "Cluster", "AlignmentEdge")
_IRI_IN_TEXT = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]+)>")


def _short(graph: Graph, iri: str) -> str:
    """A prefixed name (``sgd:actor/x``) when a bound prefix covers the IRI."""
    for prefix, namespace in sorted(graph.namespaces(), key=lambda p: -len(str(p[1]))):
        if prefix and iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return f"<{iri}>" if "://" in iri or ":" in iri else iri


def _short_message(graph: Graph, message: str) -> str:
    """pySHACL's message on one line, with ``<full IRIs>`` shortened to prefixed names."""
    return _IRI_IN_TEXT.sub(lambda m: _short(graph, m.group(1)), " ".join(message.split()))


def _focus_class(graph: Graph, focus: str) -> str:
    """The stancegraph class a focus node belongs to (which shape checked it)."""
    from rdflib import URIRef

    from ..namespaces import RDF, SG

    types = {str(t) for t in graph.objects(URIRef(focus), RDF.type)}
    for name in _CLASS_ORDER:
        if str(SG[name]) in types:
            return name
    kinds = sorted(t.rsplit("#", 1)[-1] for t in types if t.startswith(str(SG._NS)))
    return kinds[0] if kinds else "(untyped)"


def _focus_title(graph: Graph, focus: str) -> str:
    from rdflib import URIRef

    from ..namespaces import RDFS

    label = graph.value(URIRef(focus), RDFS.label) if focus.startswith("http") else None
    name = _short(graph, focus)
    return f"{name}  “{' '.join(str(label).split())[:80]}”" if label else name


def report_tables(graph: Graph, report: ValidationReport) -> list[Table]:
    """One table per class of focus node, rows grouped by focus node then path."""
    groups: dict[str, dict[str, list[Violation]]] = defaultdict(lambda: defaultdict(list))
    for violation in report.violations:
        groups[_focus_class(graph, violation.focus)][violation.focus].append(violation)
    order = {name: i for i, name in enumerate(_CLASS_ORDER)}
    tables = []
    for cls in sorted(groups, key=lambda c: (order.get(c, len(order)), c)):
        by_focus = groups[cls]
        count = sum(len(v) for v in by_focus.values())
        table = Table(
            title=f"{cls}: {count} result(s) on {len(by_focus)} node(s)",
            title_justify="left",
            show_lines=True,
        )
        table.add_column("focus node", overflow="fold")
        table.add_column("property", overflow="fold")
        table.add_column("severity")
        table.add_column("message", overflow="fold")
        table.add_column("value", overflow="fold")
        for focus in sorted(by_focus):
            for i, violation in enumerate(by_focus[focus]):
                table.add_row(
                    Text(_focus_title(graph, focus)) if i == 0 else "",
                    Text(_short(graph, violation.path)) if violation.path else "",
                    violation.severity,
                    Text(_short_message(graph, violation.message)),
                    Text(_short(graph, violation.value)) if violation.value else "",
                )
        tables.append(table)
    return tables


@command("validate")
def validate_command(
    graph_path: Annotated[
        Path, typer.Argument(metavar="GRAPH", help="Graph file (.ttl .nt .jsonld ...).")
    ],
) -> None:
    """Check a graph against ontology/shapes.ttl; exit 1 when anything violates them."""
    from ..io import load_graph
    from ..validate import validate_graph

    large = is_large(graph_path)
    with phase(f"reading {graph_path}", log=large):
        graph = load_graph(graph_path)
    with phase("checking the graph against the SHACL shapes", log=large):
        report = validate_graph(graph)
    violations = [v for v in report.violations if v.severity == "Violation"]
    if report.conforms and not violations:
        others = len(report.violations)
        extra = f" ({others} warning(s) or note(s))" if others else ""
        console.print(
            f"{graph_path}: [green]conforms[/] to the shapes, {len(graph):,} triples{extra}",
            highlight=False,
            soft_wrap=True,
        )
        for table in report_tables(graph, report) if others else []:
            console.print(table)
        return
    for table in report_tables(graph, report):
        console.print(table)
    nodes = len({v.focus for v in violations})
    console.print(
        f"{graph_path}: [red]does not conform[/]: {len(violations)} violation(s) "
        f"on {nodes} node(s), {len(graph):,} triples",
        highlight=False,
        soft_wrap=True,
    )
    raise typer.Exit(1)


@command("export")
def export_command(
    graph_path: Annotated[
        Path, typer.Argument(metavar="GRAPH", help="Graph file (.ttl .nt .jsonld ...).")
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="ttl, nt, jsonld, trig, nq or graphml (Gephi). Default: from -o's suffix, "
            "else ttl.",
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output file (default: standard output).")
    ] = None,
    topics: Annotated[
        bool, typer.Option("--topics/--no-topics", help="GraphML: include topics as nodes.")
    ] = True,
    derived: Annotated[
        bool,
        typer.Option(
            "--derived",
            help="Include the derived graph (clusters, alignment, positions, counts): as "
            "its named graph in trig and nq, merged in ttl, nt and jsonld, as clusters "
            "and alignment edges in graphml.",
        ),
    ] = False,
) -> None:
    """Write a graph's asserted graph (with --derived, its derived graph too) as Turtle,
    N-Triples, JSON-LD (ontology/context.jsonld), TriG, N-Quads or GraphML."""
    from ..export import EXPORT_FORMATS, ExportError, export_graph, format_from_suffix, serialize
    from ..io import check_writable, load_graph

    if fmt is not None and fmt.lower() not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if out is not None and out.is_dir():
        raise ExportError(f"{out}: is a directory; give a file name, e.g. {out}/graph.ttl")
    if fmt:
        fmt = fmt.lower()
    elif out is None:
        fmt = "ttl"
    else:
        fmt = format_from_suffix(out)
        if fmt is None:
            raise ExportError(
                f"{out}: cannot tell the format from the suffix; pass --format "
                f"({', '.join(EXPORT_FORMATS)})"
            )
    if out is not None:
        check_writable(out)
    large = is_large(graph_path)
    with phase(f"reading {graph_path}", log=large):
        graph = load_graph(graph_path)
    if out is None:
        with phase(f"writing {fmt}", log=large):
            data = serialize(graph, fmt, topics=topics, derived=derived)
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    with phase(f"writing {out}", log=large):
        written = export_graph(graph, out, fmt, topics=topics, derived=derived)
    err_console.print(
        f"wrote {written} ({fmt}, {written.stat().st_size:,} bytes)",
        highlight=False,
        soft_wrap=True,
    )
