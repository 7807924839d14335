"""README.md and docs/ say what the code does now: generated parts current, links whole.

What the pages show that the code can say is made by ``tools/make_docs/`` (``make
docs``); these tests make it again and compare. The console outputs depend on extraction,
so after a change to it ``make docs`` is part of the change.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools import make_docs

ROOT = make_docs.ROOT
#: Markdown pages whose links must resolve: the docs, and the pages they link to.
LINKED_PAGES = [
    *make_docs.documents(),
    ROOT / "CHANGELOG.md",
    *sorted((ROOT / "benchmarks" / "results").glob("*.md")),
]
FENCE = re.compile(r"^(```|~~~).*?^\1", re.DOTALL | re.MULTILINE)
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _stale_message(stale: list[Path]) -> str:
    names = ", ".join(str(p.relative_to(ROOT)) for p in stale)
    return f"{names} differ from what the code makes now: run `make docs` and commit the result"


def test_docs_reference_is_what_the_code_generates():
    pages = make_docs.reference_pages()
    assert set(pages) == {make_docs.REFERENCE / n for n in ("cli.md", "ontology.md", "queries.md")}
    stale = make_docs.check(pages)
    assert not stale, _stale_message(stale)


@pytest.mark.slow
def test_docs_console_outputs_are_what_the_commands_print_now():
    pages = make_docs.output_pages(make_docs.documents())
    assert ROOT / "README.md" in pages, "the README shows the worked example's output"
    stale = make_docs.check(pages)
    assert not stale, _stale_message(stale)


@pytest.mark.slow
def test_docs_evaluation_page_holds_the_current_scores():
    page = make_docs.evaluation_page()
    if page is None:
        pytest.skip(f"the shared evaluation set is not at {make_docs.SHARED}")
    stale = make_docs.check({make_docs.EVALUATION: page})
    assert not stale, _stale_message(stale)


@pytest.mark.parametrize(
    ("text", "filled"),
    [
        (
            "a\n<!-- output: stancegraph x -->\nold\n<!-- end output -->\nb\n",
            "a\n<!-- output: stancegraph x -->\n```console\n$ stancegraph x\nOUT x\n```\n"
            "<!-- end output -->\nb\n",
        ),
        ("no blocks\n", "no blocks\n"),
    ],
)
def test_docs_output_blocks_are_replaced_by_the_commands_output(text, filled):
    assert make_docs.fill_outputs(text, lambda command: f"OUT {command.split()[-1]}") == filled


def _prose(path: Path) -> str:
    """A page without its fenced blocks and inline code, where links are not links."""
    text = FENCE.sub("", path.read_text("utf-8"))
    return re.sub(r"`[^`\n]*`", "", text)


def _anchors(path: Path) -> set[str]:
    """GitHub's anchors for the headings of ``path``."""
    anchors: set[str] = set()
    for heading in re.findall(r"^#{1,6} +(.+?) *$", FENCE.sub("", path.read_text("utf-8")), re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.replace("`", "").lower()).replace(" ", "-")
        anchor, n = slug, 0
        while anchor in anchors:
            n += 1
            anchor = f"{slug}-{n}"
        anchors.add(anchor)
    return anchors


@pytest.mark.parametrize("page", LINKED_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_docs_every_relative_link_resolves(page):
    broken = []
    for target in LINK.findall(_prose(page)):
        if re.match(r"[a-z]+:", target):
            continue  # a web address: not fetched, the tests run offline
        file, _, anchor = target.partition("#")
        resolved = (page.parent / file).resolve() if file else page
        if not resolved.exists():
            broken.append(f"{target} (no {resolved.relative_to(ROOT)})")
        elif anchor and resolved.suffix == ".md" and anchor not in _anchors(resolved):
            broken.append(f"{target} (no heading #{anchor})")
    assert not broken, f"{page.relative_to(ROOT)}: " + "; ".join(broken)


def test_docs_readme_is_a_front_door_not_a_manual():
    assert len((ROOT / "README.md").read_text("utf-8").splitlines()) < 300


def test_docs_readme_command_table_lists_every_command():
    import typer

    from graph.cli import app

    group = typer.main.get_command(app)
    names = set(group.list_commands(group.context_class(group)))  # type: ignore[attr-defined]
    listed = set(re.findall(r"^\| \[`(\w+)`\]", (ROOT / "README.md").read_text("utf-8"), re.M))
    assert listed == names


@pytest.mark.parametrize(
    "page",
    [p for p in make_docs.documents() if p != make_docs.EVALUATION],  # generated whole
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_docs_console_blocks_outside_output_blocks_hold_only_commands(page):
    text = make_docs.OUTPUT_BLOCK.sub("", page.read_text("utf-8"))
    for block in re.findall(r"^```console\n(.*?)^```", text, re.DOTALL | re.MULTILINE):
        lines = [line for line in block.splitlines() if line.strip()]
        printed = [line for line in lines if not line.startswith("$ ")]
        assert not printed, (
            f"{page.relative_to(ROOT)}: console output written by hand ({printed[0]!r}); "
            "put the command in an <!-- output: ... --> block so make docs writes it"
        )
