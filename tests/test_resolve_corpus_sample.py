"""One actor per real actor across a corpus: 60 PolNeAR training articles built as one graph.

The sample is every 14th training text by name. Built once per session (about a minute
on two cores); skipped, saying why, where ``../shared`` is absent.
"""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from graph.cli import app
from graph.namespaces import RDFS, SG, SKOS
from graph.pipeline import build_corpus
from graph.store import copy_to_memory, open_store

pytestmark = pytest.mark.slow

# ../shared beside the repository, or where STANCEGRAPH_SHARED says (a worktree elsewhere)
SHARED = Path(os.environ.get("STANCEGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
TRAIN = SHARED / "datasets" / "polnear" / "data" / "train" / "text"

#: Names of the most active speakers of the sample that must all be one actor each.
ONE_ACTOR = [
    ("Donald Trump", "Donald J. Trump", "Trump"),
    ("Hillary Clinton", "Clinton"),
    ("Bernie Sanders", "Sanders"),
    ("Ted Cruz", "Cruz"),
    ("Richard Viguerie", "Viguerie"),
    ("Ban Ki-moon", "Ban"),
    ("Barack Obama", "Obama"),
    ("Brent Bozell III", "Bozell"),
    ("Tom Ebeling",),  # "Ebeling" alone is also Betsy Ebeling in the sample
    ("Eric Trump",),
    ("Josh Earnest", "Earnest"),
    ("Mike Pence", "Pence"),
    ("Maria Espinoza", "Espinoza"),
    ("Chris Christie", "Christie"),
    ("Bill Clinton",),
    ("Robert Menendez", "Menendez"),
]
_ABSOLUTE = re.compile(r"(?:file:/|[\s\"'(>]/(?:work|tmp|home|root|Users|var|srv)/)")


def _sample() -> list[Path]:
    if not TRAIN.is_dir():
        pytest.skip(f"{TRAIN} is absent: the PolNeAR sample cannot be built")
    return sorted(TRAIN.glob("*.txt"))[::14]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[list[Path], Path, Graph]:
    files = _sample()
    out = tmp_path_factory.mktemp("sample")
    result = CliRunner().invoke(app, ["build", *map(str, files), "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = Graph()
    graph.parse(out / "graph.ttl")
    return files, out, graph


def _names(graph: Graph, actor: object) -> set[str]:
    return {str(n) for p in (RDFS.label, SKOS.altLabel) for n in graph.objects(actor, p)}


def test_resolve_sample_most_active_speakers_are_one_actor_each(built):
    _, _, graph = built
    people = [a for a in graph.subjects(None, SG.Person)]
    said = Counter(graph.objects(None, SG.speaker))
    for forms in ONE_ACTOR:
        holders = {a for a in people if _names(graph, a) & set(forms)}
        assert len(holders) == 1, (forms, [str(graph.value(a, RDFS.label)) for a in holders])
        (actor,) = holders
        assert set(forms) <= _names(graph, actor)
        assert str(graph.value(actor, RDFS.label)) == forms[0]
        assert said[actor] > 0
    trump = next(a for a in people if str(graph.value(a, RDFS.label)) == "Donald Trump")
    assert any("Trump" in str(n) for n in graph.objects(trump, SG.resolutionNote))


def test_resolve_sample_has_no_file_path(built):
    files, out, graph = built
    for name in ("graph.ttl", "graph.html"):
        text = (out / name).read_text(encoding="utf-8")
        assert str(files[0].parent) not in text
        assert not _ABSOLUTE.search(text), _ABSOLUTE.search(text)
    # no writer was named, so no one speaks as the author
    assert not [n for n in graph.objects(None, RDFS.label) if str(n).startswith("author of")]
    titles = {str(t) for t in graph.objects(None, RDFS.label)}
    assert {f.read_text(encoding="utf-8").split("\n", 1)[0].strip() for f in files} <= titles


def test_resolve_sample_two_folders_give_isomorphic_graphs(tmp_path):
    files = _sample()[:8]
    graphs = []
    for folder in ("a", "b/c"):
        (tmp_path / folder).mkdir(parents=True)
        for f in files:
            shutil.copy(f, tmp_path / folder / f.name)
        graphs.append(build_corpus([tmp_path / folder]).graph)
    assert isomorphic(graphs[0], graphs[1])


def test_resolve_sample_store_added_in_two_halves_is_one_build(built, tmp_path):
    files, _, graph = built
    build_corpus(files[:30], store=tmp_path / "db")
    build_corpus(files[30:], store=tmp_path / "db")
    stored = copy_to_memory(open_store(tmp_path / "db"))

    def actors(g: Graph) -> dict[str, set[str]]:
        return {str(a): _names(g, a) for a in g.subjects(None, SG.Actor)}

    def clusters(g: Graph) -> set[frozenset[str]]:
        return {
            frozenset(str(m) for m in g.objects(c, SG.member)) for c in g.subjects(None, SG.Cluster)
        }

    assert actors(stored) == actors(graph)
    assert clusters(stored) == clusters(graph)
