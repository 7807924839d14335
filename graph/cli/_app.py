"""The typer app and the one place where user errors become one-line messages."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from ..errors import StancegraphError

__all__ = ["app", "command", "console", "err_console", "progress_bar"]

app = typer.Typer(
    name="stancegraph",
    help="Turn news articles into a knowledge graph of actors, stances and coalitions.",
    no_args_is_help=True,
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


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn news articles into a knowledge graph of actors, stances and coalitions."""


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
