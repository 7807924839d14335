"""``stancegraph build``: articles -> graph.ttl (or a store), graph.html, summary, SHACL."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ._app import Phases, command, console, err_console, phase


def summary_table(result) -> Table:  # type: ignore[no-untyped-def]
    """The counts a user checks first after a build."""
    from collections import Counter

    stances = Counter(s.stance for s in result.statements)
    topics = {s.topic.key for s in result.statements}
    table = Table(title="stancegraph build", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles", str(len(result.articles)))
    if getattr(result, "store", None) is not None:
        table.add_row("  already stored, skipped", str(len(result.skipped)))
    table.add_row("actors", str(len(result.actors)))
    table.add_row("statements", str(len(result.statements)))
    for stance in ("support", "oppose", "neutral"):
        table.add_row(f"  {stance}", str(stances.get(stance, 0)))
    table.add_row("topics", str(len(topics)))
    clusters = (
        "unchanged" if getattr(result, "unchanged", False) else len(result.alignment.clusters)
    )
    table.add_row("clusters", str(clusters))
    table.add_row(
        "triples" if getattr(result, "store", None) is None else "triples in store",
        str(len(result.graph)),
    )
    return table


#: Above this many stored triples the post-build SHACL check is skipped (pySHACL copies the
#: data graph into memory); ``stancegraph validate DIR`` still runs it on request.
VALIDATE_STORE_LIMIT = 200_000


def run_build(
    paths: list[Path],
    *,
    pipeline: str | None,
    seed: int,
    max_bytes: int,
    store: Path | None,
    workers: int,
    dask: str | None,
    codebook: Path | None = None,
    attribution: str | None = None,
):  # type: ignore[no-untyped-def]
    """Run :func:`graph.pipeline.build_corpus` under a progress bar, warnings on stderr."""

    from ..errors import InputError
    from ..pipeline import build_corpus

    if workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    if dask is not None and workers != 1:
        raise InputError("use either --workers or --dask, not both")
    loaded_codebook = None
    if codebook is not None:
        from ..codebook import load_codebook

        # Loaded before any article is read, so a malformed codebook costs no extraction.
        loaded_codebook = load_codebook(codebook)

    def warn(message: str) -> None:
        err_console.print(f"[yellow]warning:[/] {message}", highlight=False, soft_wrap=True)

    with Phases() as phases:
        result = build_corpus(
            paths,
            pipeline=pipeline,
            seed=seed,
            max_bytes=max_bytes,
            warn=warn,
            progress=phases.advance,
            on_articles=phases.total,
            phase=phases,
            store=store,
            workers=workers,
            dask=dask,
            codebook=loaded_codebook,
            attribution=attribution,
        )
    if not result.articles and not result.skipped:
        raise InputError("no articles could be read from the given paths; nothing written")
    return result


def report_shacl(result) -> None:  # type: ignore[no-untyped-def]
    """Print the SHACL verdict on the built graph (skipped for a big store)."""
    from ..validate import validate_graph

    if result.store is not None and getattr(result, "unchanged", False):
        console.print("SHACL: not run again (nothing was added)", highlight=False)
        return
    if result.store is not None:
        triples = len(result.graph)
        if triples > VALIDATE_STORE_LIMIT:
            console.print(
                f"SHACL: skipped for a store of {triples:,} triples; "
                f"run stancegraph validate {result.store}",
                highlight=False,
            )
            return
    with phase("checking the graph against the SHACL shapes"):
        report = validate_graph(result.graph)
    if report.conforms:
        console.print("SHACL: [green]conforms[/] (0 violations)")
    else:
        console.print(
            f"SHACL: [red]{len(report.violations)} violation(s)[/]; run stancegraph validate"
        )


#: Options shared by ``build`` and ``add``, declared once.
PathsArg = Annotated[
    list[Path], typer.Argument(help="Article files (.txt .md .html .jsonl) or directories.")
]
PipelineOpt = Annotated[
    str | None,
    typer.Option(help="spaCy pipeline name or path (default: installed English model)."),
]
SeedOpt = Annotated[int, typer.Option(help="Seed for clustering.")]
MaxBytesOpt = Annotated[
    int, typer.Option(help="Skip files (and .jsonl lines) larger than this many bytes.")
]
WorkersOpt = Annotated[
    int, typer.Option(help="Extraction processes on this machine (same graph for any N).")
]
DaskOpt = Annotated[
    str | None,
    typer.Option(help="Run extraction on the Dask scheduler at this address (tcp://host:8786)."),
]
CodebookOpt = Annotated[
    Path | None,
    typer.Option(
        help="Codebook YAML: named issues and their keywords/patterns; statements that "
        "match an issue take it as their topic."
    ),
]
AttributionOpt = Annotated[
    str | None,
    typer.Option(
        help="Who finds who said what: 'checked' (the rules, plus the parse's further "
        "candidates a small model trained on PolNeAR keeps), 'rules' (hand-written rules "
        "over spaCy's parse), 'model' (the attribution tagger trained on PolNeAR, shipped "
        "with the package) or 'both' (the checked statements, plus the tagger's at cues "
        "they do not hold). Default: both; 'checked' saves the tagger's time "
        "(graph/data/attribution/MODEL_CARD.md has the numbers).",
        show_default=False,
    ),
]
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@command("build")
def build_command(
    paths: PathsArg,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output directory for graph.ttl and graph.html.")
    ] = Path("out"),
    pipeline: PipelineOpt = None,
    seed: SeedOpt = 0,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Also write graph.html.")] = True,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    store: Annotated[
        Path | None,
        typer.Option(
            help="Keep the graph in an on-disk Oxigraph store at this directory (created, or "
            "added to: articles already stored are skipped) instead of OUT/graph.ttl."
        ),
    ] = None,
    workers: WorkersOpt = 1,
    dask: DaskOpt = None,
    codebook: CodebookOpt = None,
    attribution: AttributionOpt = None,
) -> None:
    """Build a stancegraph from articles: writes DIR/graph.ttl and DIR/graph.html."""
    from ..io import check_writable, save_graph

    if out.exists() and not out.is_dir():
        from ..errors import InputError

        raise InputError(f"{out}: exists and is not a directory")
    if store is None:
        check_writable(out / "graph.ttl")
    if html:
        check_writable(out / "graph.html")
    result = run_build(
        paths,
        pipeline=pipeline,
        seed=seed,
        max_bytes=max_bytes,
        store=store,
        workers=workers,
        dask=dask,
        codebook=codebook,
        attribution=attribution,
    )
    written = []
    if store is None:
        with phase(f"writing {out / 'graph.ttl'}"):
            written.append(save_graph(result.graph, out / "graph.ttl"))
    if html:
        from ..render import render_graph

        with phase(f"drawing {out / 'graph.html'}"):
            written.append(render_graph(result.graph, out / "graph.html"))
    console.print(summary_table(result))
    report_shacl(result)
    if store is not None:
        console.print(f"store {store}", highlight=False)
    for path in written:
        console.print(f"wrote {path}", highlight=False)
    print_next_steps(result, store if store is not None else out / "graph.ttl", out, html=html)


def print_next_steps(result, graph: Path, out: Path, *, html: bool) -> None:  # type: ignore[no-untyped-def]
    """Where to look first: the page, and one query on the topic most statements are about."""
    import shlex
    from collections import Counter

    from rdflib.namespace import RDFS

    from ..iris import mint_topic_iri

    console.print("\nnext:", highlight=False)
    if html:
        console.print(
            f"  open {out / 'graph.html'} in a browser (it works offline)", highlight=False
        )
    topics = Counter(s.topic.key for s in result.statements)
    label = (
        result.graph.value(mint_topic_iri(topics.most_common(1)[0][0]), RDFS.label)
        if topics
        else None
    )
    query = f"stancegraph query {shlex.quote(str(graph))}"
    if label is not None:
        query += f" --name actors-on-topic --param topic={shlex.quote(str(label))}"
    else:
        query += " --name actors"
    console.print(f"  {query}", highlight=False, soft_wrap=True)
    console.print("  stancegraph queries   (every named query)", highlight=False)
