"""``docs/reference/``: the command line, the ontology terms and the named queries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ._common import GENERATED_NOTE, REFERENCE, cell

__all__ = ["cli_reference", "ontology_reference", "queries_reference", "reference_pages"]


def cli_reference() -> str:
    """``docs/reference/cli.md``: every command, its usage, arguments and options."""
    import typer

    from graph.cli import app

    # typer ships its own copy of click: its objects are used through their methods only.
    group: Any = typer.main.get_command(app)
    root = group.context_class(group, info_name="stancegraph")
    lines = [
        GENERATED_NOTE.format(source="the typer app in graph/cli/"),
        "# Command line",
        "",
        f"{group.help or ''}".strip(),
        "",
        "`stancegraph --version` prints the version; every command takes `--help`. "
        "`python -m graph` is the same program.",
        "",
        "| command | what it does |",
        "|---|---|",
    ]
    names = group.list_commands(root)
    for name in names:
        command = group.get_command(root, name)
        assert command is not None
        lines.append(
            f"| [`{name}`](#stancegraph-{name}) | {cell(command.get_short_help_str(200))} |"
        )
    for name in names:
        command = group.get_command(root, name)
        assert command is not None
        ctx = command.context_class(command, info_name=name, parent=root)
        usage = " ".join(["[OPTIONS]", *(_usage(p) for p in command.params if _is_argument(p))])
        lines += [
            "",
            f"## stancegraph {name}",
            "",
            "```text",
            f"stancegraph {name} {usage}",
            "```",
            "",
        ]
        lines += [_help_text(command.help or ""), ""]
        rows = [_param_row(p, ctx) for p in command.params if p.name != "help"]
        if rows:
            lines += ["| argument or option | type | default | description |", "|---|---|---|---|"]
            lines += rows
    return "\n".join(lines).rstrip() + "\n"


def _help_text(text: str) -> str:
    """A command's docstring as Markdown: lines that start with ``stancegraph`` are examples."""
    out: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        body = " ".join(paragraph.split())
        if body.startswith("stancegraph "):
            out.append(f"```console\n$ {body}\n```")
        else:
            out.append(body)
    return "\n\n".join(out)


def _is_argument(param: Any) -> bool:
    return bool(param.param_type_name == "argument")


def _usage(argument: Any) -> str:
    name = (argument.name or "").upper() + ("..." if argument.nargs == -1 else "")
    return name if argument.required else f"[{name}]"


def _param_row(param: Any, ctx: Any) -> str:
    if _is_argument(param):
        name = f"`{_usage(param)}`"
    else:
        name = ", ".join(f"`{o}`" for o in [*param.opts, *param.secondary_opts])
    help_text = param.help or ""
    kind = "flag" if getattr(param, "is_flag", False) else param.display_type(ctx).strip("<>")
    if kind.startswith("list["):  # a repeatable option or a variadic argument
        kind = kind.removeprefix("list[").removesuffix("]").lower() + ", repeatable"
    default = param.default
    if param.required:
        shown = "required"
    elif default is None or default == [] or default == ():
        shown = ""
    elif isinstance(default, bool):
        flags = (param.opts[0], param.secondary_opts[0]) if param.secondary_opts else None
        shown = f"`{flags[0] if default else flags[1]}`" if flags else str(default).lower()
    else:
        shown = f"`{default}`"
    return f"| {name} | {cell(kind)} | {cell(shown)} | {cell(help_text)} |"


def ontology_reference() -> str:
    """``docs/reference/ontology.md``: every class and property of ``stancegraph.ttl``."""
    from rdflib import OWL, RDF, RDFS, Graph, URIRef
    from rdflib.term import Node

    from graph.ontology import load_ontology

    graph: Graph = load_ontology()
    nm = graph.namespace_manager

    def short(term: object) -> str:
        return f"`{term.n3(nm)}`" if isinstance(term, URIRef) else cell(term)  # type: ignore[attr-defined]

    def values(subject: Node, predicate: URIRef) -> str:
        return ", ".join(sorted(short(o) for o in graph.objects(subject, predicate)))

    def comment(subject: Node) -> str:
        return cell(graph.value(subject, RDFS.comment) or "")

    ontology = next(graph.subjects(RDF.type, OWL.Ontology))
    derived = _derived_terms()
    lines = [
        GENERATED_NOTE.format(source="ontology/stancegraph.ttl"),
        "# Ontology terms",
        "",
        f"{graph.value(ontology, RDFS.comment)}",
        "",
        "Namespace `sg:` = `https://w3id.org/stancegraph#`; instances live under "
        "`sgd:` = `https://w3id.org/stancegraph/id/`. The source is "
        "[`ontology/stancegraph.ttl`](../../ontology/stancegraph.ttl); the SHACL shapes every "
        "built graph is checked against are in [`ontology/shapes.ttl`](../../ontology/shapes.ttl). "
        "Terms may be added; none is renamed.",
    ]
    for part, title, intro in (
        (False, "Asserted terms", "What the articles say: the default graph, the contract "
         "exports, validation and other engines see."),
        (True, "Derived terms", "What alignment computes from the asserted graph, kept in "
         "the named graph `<https://w3id.org/stancegraph/graph/derived>` and replaced "
         "whole after every build or add; `stancegraph export --derived` includes it."),
    ):  # fmt: skip

        def ours(term: object, part: bool = part) -> bool:
            return isinstance(term, URIRef) and (str(term) in derived) == part

        lines += ["", f"## {title}", "", intro, "", "### Classes", ""]
        lines += ["| class | subclass of | meaning |", "|---|---|---|"]
        classes = sorted((s for s in graph.subjects(RDF.type, OWL.Class) if ours(s)), key=str)
        for cls in classes:
            lines.append(f"| {short(cls)} | {values(cls, RDFS.subClassOf)} | {comment(cls)} |")
        individuals = sorted(
            (s for s in graph.subjects(RDF.type, OWL.NamedIndividual) if ours(s)), key=str
        )
        if individuals:
            lines += ["", "### Individuals", "", "| individual | type | meaning |", "|---|---|---|"]
            for ind in individuals:
                types = ", ".join(
                    sorted(
                        short(t) for t in graph.objects(ind, RDF.type) if t != OWL.NamedIndividual
                    )
                )
                lines.append(f"| {short(ind)} | {types} | {comment(ind)} |")
        for heading, kind in (
            ("Object properties", OWL.ObjectProperty),
            ("Datatype properties", OWL.DatatypeProperty),
        ):
            props = sorted((s for s in graph.subjects(RDF.type, kind) if ours(s)), key=str)
            lines += [
                "",
                f"### {heading}",
                "",
                "| property | domain | range | meaning |",
                "|---|---|---|---|",
            ]
            for prop in props:
                lines.append(
                    f"| {short(prop)} | {values(prop, RDFS.domain)} | {values(prop, RDFS.range)} "
                    f"| {comment(prop)} |"
                )
    return "\n".join(lines).rstrip() + "\n"


def _derived_terms() -> set[str]:
    """The terms defined in the derived section of ``stancegraph.ttl`` (after its
    ``derived terms`` heading comment), as full IRIs."""
    import re

    from graph.ontology import ONTOLOGY_PATH

    text = ONTOLOGY_PATH.read_text(encoding="utf-8")
    section = text[
        text.index(
            "# ================================================================ derived terms"
        ) :
    ]
    return {f"https://w3id.org/stancegraph#{m}" for m in re.findall(r"(?m)^sg:(\w+) a ", section)}


def queries_reference() -> str:
    """``docs/reference/queries.md``: every named query, what it answers, its parameters."""
    from graph.query import list_named_queries

    queries = list_named_queries()
    lines = [
        GENERATED_NOTE.format(source="the headers of ontology/queries/*.rq"),
        "# Named queries",
        "",
        "Each is a SPARQL 1.1 file in [`ontology/queries/`](../../ontology/queries/); its "
        "header comment says what it answers and which parameters it takes. Run one with "
        "`stancegraph query GRAPH --name NAME --param KEY=VALUE`, `kg.query(NAME, key=value)` "
        "in Python, or from the endpoint's query page. See "
        "[the querying guide](../guide/querying.md).",
        "",
        "| name | answers | parameters |",
        "|---|---|---|",
    ]
    for query in queries:
        params = ", ".join(f"`{p.name}`" + ("" if p.required else "?") for p in query.parameters)
        lines.append(
            f"| [`{query.name}`](#{query.name}) | {cell(query.summary)} | {params or '-'} |"
        )
    for query in queries:
        lines += ["", f"## {query.name}", "", query.summary, ""]
        header = _header_notes(query.sparql)
        if header:
            lines += [header, ""]
        if query.parameters:
            lines += ["| parameter | required | type | description |", "|---|---|---|---|"]
            for p in query.parameters:
                lines.append(
                    f"| `{p.name}` | {'yes' if p.required else 'no'} | {p.type} | {cell(p.description)} |"
                )
            lines.append("")
        example = " ".join(f"--param {p.name}=VALUE" for p in query.parameters if p.required)
        lines += [
            "```console",
            f"$ stancegraph query out/graph.ttl --name {query.name}"
            + (f" {example}" if example else ""),
            "```",
            "",
            f"Source: [`ontology/queries/{query.name}.rq`](../../ontology/queries/{query.name}.rq)",
        ]
    return "\n".join(lines).rstrip() + "\n"


def _header_notes(sparql: str) -> str:
    """The header comment after the summary and the parameter list, as one paragraph."""
    notes: list[str] = []
    in_params = False
    for number, line in enumerate(sparql.splitlines()):
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").strip()
        if number == 0:
            continue
        if body.lower().rstrip(":") == "parameters":
            in_params = True
            continue
        if in_params:
            if stripped.startswith("#  ") and body:
                continue
            in_params = False
        if body:
            notes.append(body)
    return " ".join(notes)


def reference_pages() -> dict[Path, str]:
    """The generated reference pages, by path: made in-process, in well under a second."""
    return {
        REFERENCE / "cli.md": cli_reference(),
        REFERENCE / "ontology.md": ontology_reference(),
        REFERENCE / "queries.md": queries_reference(),
    }
