"""Console output in README.md and docs/: each ``<!-- output: COMMAND -->`` block filled in."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ._common import DOCS, EXAMPLE, ROOT, run

__all__ = ["OUTPUT_BLOCK", "ExampleRunner", "documents", "fill_outputs", "output_pages"]

OUTPUT_BLOCK = re.compile(
    r"(?P<open><!-- output: (?P<command>.*?) -->\n)(?P<body>.*?)(?P<close><!-- end output -->)",
    re.DOTALL,
)


def documents() -> list[Path]:
    """README.md and every Markdown page under docs/."""
    return [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]


class ExampleRunner:
    """Runs documented commands in a scratch directory holding the built example."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        shutil.copytree(ROOT / "examples", workdir / "examples")
        shutil.copytree(ROOT / "ontology", workdir / "ontology")
        shutil.copytree(ROOT / "tests" / "fixtures", workdir / "tests" / "fixtures")
        self.build_output = run(f"stancegraph build {EXAMPLE} -o out", workdir)

    def __call__(self, command: str) -> str:
        if command == f"stancegraph build {EXAMPLE} -o out":
            return self.build_output
        return run(command, self.workdir)


def fill_outputs(text: str, run: Callable[[str], str]) -> str:
    """``text`` with every output block holding its command's output now."""

    def replace(match: re.Match[str]) -> str:
        command = match["command"].strip()
        body = f"```console\n$ {command}\n{run(command)}\n```\n"
        return f"{match['open']}{body}{match['close']}"

    return OUTPUT_BLOCK.sub(replace, text)


def output_pages(paths: Iterable[Path]) -> dict[Path, str]:
    """The documents that hold output blocks, with the blocks filled in now."""
    with_blocks = {p: p.read_text("utf-8") for p in paths if p.exists()}
    with_blocks = {p: t for p, t in with_blocks.items() if OUTPUT_BLOCK.search(t)}
    if not with_blocks:
        return {}
    with tempfile.TemporaryDirectory(prefix="stancegraph-docs-") as tmp:
        runner = ExampleRunner(Path(tmp))
        return {p: fill_outputs(t, runner) for p, t in with_blocks.items()}
