"""``stancegraph clusters``: coalitions of a graph, why they hold, and who changed sides."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from ..errors import InputError
from ._app import command, console, is_large, phase

if TYPE_CHECKING:
    from rich.table import Table

    from ..align import AlignmentResult, Normalisation

_FORMATS = ("table", "json")


def _day(option: str, value: str | None) -> date | None:
    from ..align import parse_day

    if value is None:
        return None
    day = parse_day(value)
    if day is None or len(value) != 10:
        raise InputError(f"{option} {value}: expected a date as YYYY-MM-DD")
    return day


def _label(result: AlignmentResult, iri: str) -> str:
    """An IRI's rdfs:label, else its last path segment (unlabelled nodes of foreign graphs)."""
    return result.labels.get(iri) or iri.rstrip("/").rsplit("/", 1)[-1]


def alignment_json(result: AlignmentResult, **context: Any) -> dict[str, Any]:
    """The whole alignment as plain JSON: clusters with members, agreements (with their
    sentences), divisions, quality scores, unclustered actors and stance changes."""

    def name(iri: str) -> str:
        return _label(result, iri)

    def statements(iris: tuple[str, ...]) -> list[dict[str, str]]:
        return [{"iri": s, "sentence": result.evidence.get(s, "")} for s in iris if s]

    label_of = {e.key: e.label for e in result.explanations}
    return {
        **context,
        "modularity": result.modularity,
        "polarization": result.polarization,
        "clusters": [
            {
                "key": e.key,
                "label": e.label,
                "members": [{"iri": m, "label": name(m)} for m in e.members],
                "agreements": [
                    {
                        "topic": g.topic,
                        "label": g.label,
                        "stance": g.stance,
                        "members": [name(m) for m in g.members],
                        "statement_count": g.count,
                        "statements": statements(g.statements),
                    }
                    for g in e.agreements
                ],
                "divisions": [
                    {
                        "other": d.other,
                        "other_label": label_of.get(d.other, d.other),
                        "topic": d.topic or None,
                        "label": d.label or "explicit disagreement",
                        "stance": d.stance,
                        "other_stance": d.other_stance,
                        "statements": statements(d.statements),
                    }
                    for d in e.divisions
                ],
                "ties": list(e.bonds),
                "bridges": [
                    {"other": other, "other_label": label_of.get(other, other), "relation": said}
                    for other, said in e.bridges
                ],
                "explanation": e.text,
            }
            for e in result.explanations
        ],
        "unclustered": [
            {"iri": a, "label": name(a), "between": list(result.between.get(a, ()))}
            for a in result.unclustered
        ],
        "stance_changes": [
            {
                "actor": name(c.actor),
                "topic": name(c.topic),
                "before": c.before,
                "after": c.after,
                "window_before": str(c.window_before),
                "window_after": str(c.window_after),
                "statements_before": statements(c.statements_before),
                "statements_after": statements(c.statements_after),
            }
            for c in result.changes
        ],
        "undated_statements_left_out": result.undated,
    }


def clusters_table(result: AlignmentResult) -> Table:
    """One row per cluster: members, what they agree on, what divides them from others."""
    from rich.table import Table

    table = Table(title="clusters", show_header=True, show_lines=True)
    table.add_column("cluster")
    table.add_column("members")
    table.add_column("agree on / ties")
    table.add_column("divided from")
    for e in result.explanations:
        members = "\n".join(_label(result, m) for m in e.members)
        agree = "\n".join(
            [f"{g.stance} {g.label} ({len(g.members)}; {g.count} stmt)" for g in e.agreements]
            + list(e.bonds)
        )
        by_other: dict[str, list[str]] = {}
        for d in e.divisions:
            what = (
                f"{d.label} ({d.stance} vs {d.other_stance})"
                if d.topic
                else "explicit disagreement"
            )
            by_other.setdefault(d.other, []).append(what)
        for other, said in e.bridges:
            by_other.setdefault(other, []).append(f"yet {said}")
        divided = "\n".join(f"{other}: {'; '.join(what)}" for other, what in by_other.items())
        table.add_row(e.key, members, agree or "-", divided or "-")
    return table


def _print_table(result: AlignmentResult, evidence: int) -> None:
    from rich.table import Table

    console.print(clusters_table(result))
    modularity = "n/a" if result.modularity is None else f"{result.modularity:.3f}"
    polar = "n/a (no conflict)" if result.polarization is None else f"{result.polarization:.3f}"
    console.print(f"signed modularity {modularity}; polarization {polar}", highlight=False)
    if evidence:
        for e in result.explanations:
            for g in e.agreements:
                for s in g.statements[:evidence]:
                    sentence = result.evidence.get(s, s)
                    console.print(f"[bold]{e.key}[/] {g.label}: “{sentence}”", highlight=False)
    apart = [a for a in result.unclustered if a not in result.between]
    if apart:
        names = ", ".join(_label(result, a) for a in apart)
        console.print(f"unclustered (take no side): {names}", highlight=False)
    if result.between:
        torn = ", ".join(
            f"{_label(result, a)} ({' and '.join(k for k in keys if k)})"
            for a, keys in sorted(result.between.items(), key=lambda x: _label(result, x[0]))
        )
        console.print(
            f"unclustered (ties to two opposed clusters, comparable both ways): {torn}",
            highlight=False,
        )
    if result.undated:
        console.print(
            f"{result.undated} statement(s) without an article date left out of the window",
            highlight=False,
        )
    if result.changes:
        table = Table(title="stance changes", show_header=True)
        for column in ("actor", "topic", "before", "after", "from window", "to window"):
            table.add_column(column)
        for c in result.changes:
            table.add_row(
                _label(result, c.actor),
                _label(result, c.topic),
                c.before,
                c.after,
                str(c.window_before),
                str(c.window_after),
            )
        console.print(table)
    else:
        console.print("stance changes: none", highlight=False)


@command("clusters")
def clusters_command(
    graph: Annotated[
        Path, typer.Argument(help="Graph file (.ttl .nt .jsonld ...) or store directory.")
    ],
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    since: Annotated[
        str | None, typer.Option(help="Only statements of articles issued on/after YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only statements of articles issued on/before YYYY-MM-DD.")
    ] = None,
    normalise: Annotated[
        str, typer.Option(help="Weighting of shared topics: none, jaccard or cosine.")
    ] = "cosine",
    seed: Annotated[int, typer.Option(help="Seed for clustering.")] = 0,
    evidence: Annotated[
        int, typer.Option(help="Sentences to print per agreed topic (table format).")
    ] = 1,
) -> None:
    """Coalitions of a graph: members, the topics they agree on (with sentences), what
    divides them, signed modularity, polarization, and actors who changed sides.

    stancegraph clusters out/graph.ttl

    stancegraph clusters out/graph.ttl --since 2025-08-01 --until 2025-08-31 --format json
    """
    from ..align import NORMALISATIONS, align_graph
    from ..io import load_graph

    if fmt not in _FORMATS:
        raise InputError(f"--format {fmt}: use one of {', '.join(_FORMATS)}")
    if normalise not in NORMALISATIONS:
        raise InputError(f"--normalise {normalise}: use one of {', '.join(NORMALISATIONS)}")
    start, end = _day("--since", since), _day("--until", until)
    if start and end and start > end:
        raise InputError(f"--since {since} is after --until {until}: the window is empty")
    large = is_large(graph)
    with phase(f"reading {graph}", log=large):
        loaded = load_graph(graph)
    with phase("clustering actors", log=large):
        result = align_graph(
            loaded,
            seed=seed,
            normalise=cast("Normalisation", normalise),
            since=start,
            until=end,
        )
    if fmt == "json":
        payload = alignment_json(
            result, graph=str(graph), since=since, until=until, normalise=normalise, seed=seed
        )
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    _print_table(result, evidence)
