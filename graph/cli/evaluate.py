"""``stancegraph evaluate``: score extraction against gold YAML and/or PolNeAR brat files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from ._app import Phases, command, console, err_console
from .build import AttributionOpt


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


_PRF_COLUMNS = ("article", "gold", "pred", "ok", "P", "R", "F1")


def _score_table(title: str, columns: tuple[str, ...]) -> Table:
    """A score table whose first column names the article and the rest are numbers."""
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False)
    for name in columns:
        if name == "article":
            table.add_column(name, no_wrap=True, max_width=36)
        else:
            table.add_column(name, justify="right", no_wrap=True)
    return table


def _prf_cells(row: Any) -> list[str]:
    """Article, counts, precision, recall and F1: the cells every score table starts with."""
    return [
        row.article,
        str(row.gold),
        str(row.predicted),
        str(row.matched),
        _pct(row.precision),
        _pct(row.recall),
        _pct(row.f1),
    ]


def gold_table(scores: list[Any], total: Any, groups: list[Any] | None = None) -> Table:
    """Per-article scores, then each group's total (if any), then the total."""
    extra = ("stance", "spkR", "affil", "camps", "topic", "rel")
    table = _score_table("statements vs gold YAML", _PRF_COLUMNS + extra)
    for row in [*scores, *(groups or []), total]:
        if groups and row is groups[0]:
            table.add_section()
        table.add_row(
            *_prf_cells(row),
            _pct(row.stance_accuracy),
            _pct(row.speaker_recall),
            _pct(row.affiliation_accuracy),
            _pct(row.camp_agreement),
            _pct(row.topic_f1),
            _pct(row.relation_f1),
            style="bold" if row is total else ("italic" if row not in scores else None),
        )
    return table


def confusion_table(rows: list[Any]) -> Table:
    """Each row set's stance confusion matrix over matched statements: gold x predicted."""
    from ..records import STANCES

    table = _score_table(
        "stance of matched statements: gold x predicted",
        ("article", "gold", *STANCES, "acc"),
    )
    table.columns[0].header = "set"
    for row in rows:
        if row is not rows[0]:
            table.add_section()
        golds = [*STANCES, *sorted(set(row.stance_confusion) - set(STANCES))]
        for gold in golds:
            counts = row.stance_confusion.get(gold, {})
            table.add_row(
                row.article if gold == golds[0] else "",
                gold,
                *(str(counts.get(p, 0)) for p in STANCES),
                _pct(row.stance_accuracy) if gold == golds[0] else "",
            )
    return table


def parse_groups(specs: list[str]) -> dict[str, list[str]]:
    """``LABEL=GLOB[,GLOB...]`` options -> {label: [glob, ...]}; a one-line error if malformed."""
    from ..errors import InputError

    groups: dict[str, list[str]] = {}
    for spec in specs:
        label, sep, globs = spec.partition("=")
        patterns = [g.strip() for g in globs.split(",") if g.strip()]
        if not sep or not label.strip() or not patterns:
            raise InputError(f"--group {spec!r}: expected LABEL=GLOB[,GLOB...], e.g. new='1*,2*'")
        if label.strip() in groups:
            raise InputError(f"--group {spec!r}: the label {label.strip()!r} is given twice")
        groups[label.strip()] = patterns
    return groups


def polnear_table(scores: list[Any], total: Any, *, per_article: bool) -> Table:
    """Per-article (optional) and total attribution scores against PolNeAR."""
    columns = ("article", "gold", "pred", "match", "P", "R", "F1")
    table = _score_table("attributions vs PolNeAR", columns)
    for row in [*(scores if per_article else []), total]:
        table.add_row(*_prf_cells(row), style="bold" if row is total else None)
    return table


def polnear_parts_table(total: Any) -> Table:
    """Cue, source and content span scores against PolNeAR, exact and by overlap."""
    columns = (
        *("part", "gold", "pred"),
        *("exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1"),
    )
    table = _score_table("attribution parts vs PolNeAR (spans)", columns)
    for part, score in total.parts.items():
        cells = [part, str(score.gold), str(score.predicted)]
        for count in (score.exact, score.overlap):
            p = count / score.predicted if score.predicted else None
            r = count / score.gold if score.gold else None
            f = 2 * p * r / (p + r) if p and r else 0.0
            cells += [_pct(p), _pct(r), _pct(f)]
        table.add_row(*cells)
    return table


@command("evaluate")
def evaluate_command(
    gold: Annotated[
        Path | None,
        typer.Argument(
            help="Gold YAML file or directory (e.g. ../shared/eval/gold or ../shared/eval)."
        ),
    ] = None,
    articles: Annotated[
        Path | None, typer.Option(help="Directory of the articles the gold files name.")
    ] = None,
    polnear: Annotated[
        Path | None,
        typer.Option(
            help="PolNeAR split directory with text/ and attributions/ (e.g. .../data/dev)."
        ),
    ] = None,
    graph: Annotated[
        Path | None,
        typer.Option(help="Score this already built graph instead of building each article."),
    ] = None,
    pipeline: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.")] = None,
    attribution: AttributionOpt = None,
    limit: Annotated[
        int | None, typer.Option(help="Score only the first N articles of each set.")
    ] = None,
    per_article: Annotated[
        bool, typer.Option("--per-article/--total-only", help="PolNeAR: one row per article.")
    ] = False,
    details: Annotated[
        bool,
        typer.Option(
            "--details", help="List missed and extra statements, stance and affiliation errors."
        ),
    ] = False,
    group: Annotated[
        list[str] | None,
        typer.Option(
            "--group",
            help="LABEL=GLOB[,GLOB...]: also total the gold articles whose file names match "
            "(repeatable), e.g. --group tuned='0*' --group new='1*,2*'.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score extraction (read back from the built graph) against gold annotations.

    Gold YAML gives statement P/R/F1, stance accuracy and its confusion matrix, speaker
    recall, affiliation accuracy, camp agreement, topic pair F1 and explicit relation F1;
    PolNeAR gives attribution P/R/F1.
    """

    from ..errors import InputError
    from ..evaluate import evaluate_gold, evaluate_polnear, gold_files, group_totals

    if gold is None and polnear is None:
        raise InputError("give a gold YAML file or directory, or --polnear SPLIT_DIR")
    groups = parse_groups(group or [])
    if groups and gold is None:
        raise InputError("--group totals gold articles: give a gold YAML directory too")
    if limit is not None and limit < 1:
        raise InputError("--limit must be at least 1")
    loaded = None
    if graph is not None:
        from ..io import load_graph

        loaded = load_graph(graph)
    if gold is not None:
        gold_files(gold)  # fail fast, before any parsing, on a bad path
    if polnear is not None:
        from ..evaluate import polnear_pairs

        polnear_pairs(polnear)

    report: dict[str, Any] = {}
    with Phases(disable=as_json) as phases:
        if gold is not None:
            phases("building and scoring the gold articles")
            scores, total = evaluate_gold(
                gold,
                articles_dir=articles,
                graph=loaded,
                pipeline=pipeline,
                limit=limit,
                progress=phases.advance,
                attribution=attribution,
            )
            grouped = group_totals(scores, groups)
            report["gold"] = {"articles": [s.as_dict() for s in scores], "total": total.as_dict()}
            if grouped:
                report["gold"]["groups"] = {k: v.as_dict() for k, v in grouped.items()}
        if polnear is not None:
            phases("building and scoring the PolNeAR articles")
            pscores, ptotal = evaluate_polnear(
                polnear,
                pipeline=pipeline,
                limit=limit,
                progress=phases.advance,
                on_articles=phases.total,
                attribution=attribution,
            )
            report["polnear"] = {
                "articles": [s.as_dict() for s in pscores],
                "total": ptotal.as_dict(),
            }
    if as_json:
        typer.echo(json.dumps(report, indent=2, sort_keys=True))
        return
    # Score tables are wide; a pipe or a narrow terminal must not truncate the numbers.
    out = Console(width=max(console.width, 150), force_terminal=console.is_terminal)
    if "gold" in report:
        out.print(gold_table(scores, total, list(grouped.values())))
        out.print(confusion_table([*grouped.values(), total]))
        for s in scores:
            for error in s.errors:
                err_console.print(f"[yellow]warning:[/] {s.article}: {error}", highlight=False)
            if details:
                for line in s.details:
                    out.print(f"{s.article}: {line}", highlight=False, markup=False, soft_wrap=True)
    if "polnear" in report:
        out.print(polnear_table(pscores, ptotal, per_article=per_article))
        out.print(polnear_parts_table(ptotal))
        if details:
            for ps in pscores:
                for line in ps.details:
                    out.print(
                        f"{ps.article}: {line}", highlight=False, markup=False, soft_wrap=True
                    )
        if ptotal.skipped_no_source:
            out.print(
                f"({ptotal.skipped_no_source} gold attributions without a source left out)",
                highlight=False,
            )
