"""``stancegraph topics``: every topic with its wordings and stance counts, to code them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError
from ._app import command, console

_FORMATS = ("table", "json")


@command("topics")
def topics_command(
    graph: Annotated[
        Path, typer.Argument(help="Graph file (.ttl .nt .jsonld ...) or store directory.")
    ],
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    min_statements: Annotated[
        int, typer.Option("--min-statements", help="Only topics with at least this many.")
    ] = 1,
    limit: Annotated[int, typer.Option(help="Show at most this many topics (0: all).")] = 50,
    codebook_out: Annotated[
        Path | None,
        typer.Option(
            "--codebook-out",
            help="Also write the topics as a starter codebook YAML to edit "
            "(merge, rename) and pass to `build --codebook`.",
        ),
    ] = None,
) -> None:
    """Each topic with its surface forms and how many statements support, oppose or are
    neutral on it, most used first: what to merge or rename in a codebook.

    stancegraph topics out/graph.ttl

    stancegraph topics out/store --codebook-out codebook.yaml
    """
    from ..io import atomic_write, load_graph
    from ..topic_report import codebook_yaml, topic_report

    if fmt not in _FORMATS:
        raise InputError(f"--format {fmt}: use one of {', '.join(_FORMATS)}")
    if min_statements < 1:
        raise InputError(f"--min-statements {min_statements}: must be at least 1")
    if limit < 0:
        raise InputError(f"--limit {limit}: must be 0 (all) or more")
    if codebook_out is not None and codebook_out.is_dir():
        raise InputError(f"--codebook-out {codebook_out}: is a directory")
    rows = topic_report(load_graph(graph), min_statements=min_statements)
    if codebook_out is not None:
        text = codebook_yaml(rows)
        atomic_write(codebook_out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    shown = rows[:limit] if limit else rows
    if fmt == "json":
        payload = [
            {**r.as_dict(), "forms": [{"form": f, "statements": n} for f, n in r.forms]}
            for r in shown
        ]
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table(title=f"topics ({len(shown)} of {len(rows)})", show_header=True)
    table.add_column("topic")
    table.add_column("surface forms (statements)")
    for column in ("stmts", "sup", "opp", "neu", "articles"):
        table.add_column(column, justify="right")
    for r in shown:
        forms = ", ".join(f"{f} ({n})" for f, n in r.forms[:5]) or "-"
        table.add_row(
            r.label,
            forms,
            str(r.statements),
            str(r.support),
            str(r.oppose),
            str(r.neutral),
            str(r.articles),
        )
    console.print(table)
    if codebook_out is not None:
        console.print(f"starter codebook written to {codebook_out}", highlight=False)
