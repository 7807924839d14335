"""The typer app and the one place where user errors become one-line messages."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from ..errors import StancegraphError

__all__ = [
    "Phases",
    "app",
    "command",
    "console",
    "err_console",
    "is_large",
    "phase",
    "progress_bar",
]

app = typer.Typer(
    name="stancegraph",
    help="Turn news articles into a knowledge graph of actors, stances and coalitions.",
    invoke_without_command=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])


def command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    """Register a command whose :class:`StancegraphError` prints one line and exits."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*a: Any, **k: Any) -> Any:
            try:
                return func(*a, **k)
            except StancegraphError as exc:
                err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
                raise typer.Exit(exc.exit_code) from None
            except KeyboardInterrupt:
                err_console.print("[bold red]interrupted[/]: earlier outputs are left as they were")
                raise typer.Exit(130) from None

        app.command(*args, **kwargs)(wrapper)
        return func

    return decorate


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        console.print(f"stancegraph {__version__}", highlight=False)
        raise typer.Exit()


#: The one command a newcomer should run first (from a checkout; any articles will do).
FIRST_COMMAND = "stancegraph build examples/security_guarantees.txt -o out"


def print_overview(ctx: typer.Context) -> None:
    """What ``stancegraph`` alone prints: the commands, and the one to try first."""
    from rich.table import Table

    group = ctx.command
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    names = group.list_commands(ctx)  # type: ignore[attr-defined]
    table.add_column(no_wrap=True, min_width=max(map(len, names)))
    table.add_column(no_wrap=True, overflow="ellipsis")
    for name in names:
        sub = group.get_command(ctx, name)  # type: ignore[attr-defined]
        summary = (sub.help or "").strip().split("\n")[0] if sub is not None else ""
        # The clause before a colon or semicolon: what the command is, on one line.
        table.add_row(name, re.split(r"[:;] ", summary)[0].rstrip("."))
    console.print(f"{app.info.help}\n", highlight=False)
    console.print(table)
    console.print(
        f"\nTry: {FIRST_COMMAND}\n"
        "     (any .txt, .md, .html or .jsonl articles, or folders of them, will do)\n"
        "Every command takes --help.",
        highlight=False,
    )


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn news articles into a knowledge graph of actors, stances and coalitions."""
    if ctx.invoked_subcommand is None:
        print_overview(ctx)


def progress_bar(*, disable: bool = False) -> Any:
    """The progress bar of every long-running command: on stderr, gone when done."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=disable,
    )


class Phases:
    """What a long command is doing now, on stderr.

    On a terminal: one live line (the phase, a bar once a count is known, the time spent)
    that is gone when the command ends. Without one (a pipe, a log, CI): one plain line per
    phase as it starts, so a log shows where a slow or stuck run was.
    """

    def __init__(self, *, disable: bool = False, log: bool = True) -> None:
        self.disable = disable or (not log and not err_console.is_terminal)
        self.live = err_console.is_terminal and not disable
        self.bar = progress_bar(disable=not self.live)
        self.task: Any = None

    def __enter__(self) -> Phases:
        if self.live:
            self.bar.start()
            self.task = self.bar.add_task("starting", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.live:
            self.bar.stop()

    def __call__(self, description: str) -> None:
        """Start the phase ``description`` ("clustering actors")."""
        if self.live:
            self.bar.update(self.task, description=description, total=None, completed=0)
        elif not self.disable:
            err_console.print(f"{description} ...", highlight=False, soft_wrap=True)

    def total(self, count: int) -> None:
        """The current phase has ``count`` steps (shown as a bar on a terminal)."""
        if self.live:
            self.bar.update(self.task, total=count, completed=0)

    def advance(self, steps: int = 1) -> None:
        if self.live:
            self.bar.advance(self.task, steps)


@contextlib.contextmanager
def phase(description: str, *, log: bool = True) -> Iterator[None]:
    """One phase of a command: a spinner on a terminal, else one line on stderr.

    ``log=False`` keeps a phase that is quick on this input (see :func:`is_large`) out of
    logs, where it would be noise; a terminal still shows it while it runs.
    """
    with Phases(log=log) as phases:
        phases(description)
        yield


#: Graph files above this size take long enough to read that a log should say so.
LARGE_INPUT_BYTES = 2 * 1024 * 1024


def is_large(path: Path) -> bool:
    """A store directory, or a graph file big enough to take seconds to read."""
    return path.is_dir() or (path.is_file() and path.stat().st_size > LARGE_INPUT_BYTES)
