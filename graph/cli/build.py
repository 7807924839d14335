"""``stancegraph build``: articles -> graph.ttl, graph.html, summary and SHACL result."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ._app import command, console, err_console


def summary_table(result) -> Table:  # type: ignore[no-untyped-def]
    """The counts a user checks first after a build."""
    from collections import Counter

    stances = Counter(s.stance for s in result.statements)
    topics = {s.topic.key for s in result.statements}
    table = Table(title="stancegraph build", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles", str(len(result.articles)))
    table.add_row("actors", str(len(result.actors)))
    table.add_row("statements", str(len(result.statements)))
    for stance in ("support", "oppose", "neutral"):
        table.add_row(f"  {stance}", str(stances.get(stance, 0)))
    table.add_row("topics", str(len(topics)))
    table.add_row("clusters", str(len(result.alignment.clusters)))
    table.add_row("triples", str(len(result.graph)))
    return table


@command("build")
def build_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Article files (.txt .md .html .jsonl) or directories.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output directory for graph.ttl and graph.html.")
    ] = Path("out"),
    pipeline: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline name or path (default: installed English model)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for clustering.")] = 0,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Also write graph.html.")] = True,
    max_bytes: Annotated[int, typer.Option(help="Skip files larger than this many bytes.")] = 5
    * 1024
    * 1024,
) -> None:
    """Build a stancegraph from articles: writes DIR/graph.ttl and DIR/graph.html."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..io import save_graph
    from ..pipeline import build_corpus
    from ..validate import validate_graph

    if out.exists() and not out.is_dir():
        from ..errors import InputError

        raise InputError(f"{out}: exists and is not a directory")

    def warn(message: str) -> None:
        err_console.print(f"[yellow]warning:[/] {message}", highlight=False, soft_wrap=True)

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        task = bar.add_task("extracting", total=None)
        result = build_corpus(
            paths,
            pipeline=pipeline,
            seed=seed,
            max_bytes=max_bytes,
            warn=warn,
            progress=lambda n: bar.advance(task, n),
            on_articles=lambda n: bar.update(task, total=n),
        )
    if not result.articles:
        from ..errors import InputError

        raise InputError("no articles could be read from the given paths; nothing written")
    ttl = save_graph(result.graph, out / "graph.ttl")
    written = [ttl]
    if html:
        from ..render import render_graph

        written.append(render_graph(result.graph, out / "graph.html"))
    console.print(summary_table(result))
    report = validate_graph(result.graph)
    if report.conforms:
        console.print("SHACL: [green]conforms[/] (0 violations)")
    else:
        console.print(
            f"SHACL: [red]{len(report.violations)} violation(s)[/]; run stancegraph validate"
        )
    for path in written:
        console.print(f"wrote {path}", highlight=False)
