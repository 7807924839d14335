"""Shared fixtures: the example article, the shared evaluation set, a built example graph."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "security_guarantees.txt"
SHARED = ROOT.parent / "shared"
EVAL_DIR = SHARED / "eval"
POLNEAR_DIR = SHARED / "datasets" / "polnear" / "data"


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL_DIR / "gold").is_dir():
        pytest.skip(f"the shared evaluation set is not at {EVAL_DIR}")
    return EVAL_DIR


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    if not (POLNEAR_DIR / "dev").is_dir():
        pytest.skip(f"PolNeAR is not at {POLNEAR_DIR}")
    return POLNEAR_DIR


@pytest.fixture(scope="session")
def nlp():
    from graph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def example_build():
    """The example article built once per session (extraction, resolution, clusters)."""
    from graph.pipeline import build_corpus

    return build_corpus([EXAMPLE])


@pytest.fixture(scope="session")
def example_graph(example_build):
    return example_build.graph


@pytest.fixture(scope="session")
def example_ttl(example_build, tmp_path_factory) -> Path:
    """The example graph written to Turtle once per session."""
    from graph.io import save_graph

    return save_graph(example_build.graph, tmp_path_factory.mktemp("example") / "graph.ttl")


@pytest.fixture(scope="session")
def toy_graph():
    """A small hand-built stancegraph (made with graph.build), independent of extraction.

    Three articles (two dated), seven actors, seven statements (two relayed by an outlet),
    two clusters, one of them split on a topic. Query, serve and API tests use it to pin
    exact rows.
    """
    from graph.align import graph_tallies
    from graph.build import AlignmentEdge, add_alignment, add_tallies, build_graph
    from graph.iris import content_hash
    from graph.records import Actor, Article, Cluster, Statement, Topic

    texts = {
        "a1": "Lavrov criticized plans to deploy Western troops. Zelensky called for Western troops.",
        "a2": "Rutte said security guarantees must be credible. Lavrov rejected security guarantees. "
        "NATO ruled out sending Western troops. Russia said a ceasefire was possible.",
        "a3": "Zelensky welcomed the security guarantees.",
    }
    ids = {k: content_hash(v) for k, v in texts.items()}
    articles = [
        Article(ids["a1"], texts["a1"], "a1.txt", "Talks in Paris", "2025-03-01", "Reuters"),
        Article(ids["a2"], texts["a2"], "a2.txt", "Summit follow-up", "2025-04-10"),
        Article(ids["a3"], texts["a3"], "a3.txt", "Kyiv reacts"),
    ]
    actors = [
        Actor(
            "sergei lavrov", "Sergei Lavrov", "Person", ("Lavrov",), "Foreign Minister", "russia"
        ),
        Actor("russia", "Russia", "Country"),
        Actor(
            "volodymyr zelensky",
            "Volodymyr Zelensky",
            "Person",
            ("Zelensky",),
            "President",
            "ukraine",
        ),
        Actor("ukraine", "Ukraine", "Country"),
        Actor("mark rutte", "Mark Rutte", "Person", ("Rutte",), "Secretary General", "nato"),
        Actor("nato", "NATO", "Organization"),
    ]
    troops, guarantees, ceasefire = (
        Topic("western troops", "Western troops"),
        Topic("security guarantees", "security guarantees"),
        Topic("ceasefire", "ceasefire"),
    )

    def said(article, speaker, cue, sentence, stance, topic, reported_by=None):
        text = texts[article]
        start = text.index(sentence)
        return Statement(
            ids[article],
            speaker,
            cue,
            sentence,
            sentence,
            start,
            start + len(sentence),
            stance,
            topic,
            reported_by,
        )

    statements = [
        said(
            "a1",
            "sergei lavrov",
            "criticized",
            "Lavrov criticized plans to deploy Western troops.",
            "oppose",
            troops,
            "reuters",
        ),
        said(
            "a1",
            "volodymyr zelensky",
            "called for",
            "Zelensky called for Western troops.",
            "support",
            troops,
        ),
        said(
            "a2",
            "mark rutte",
            "said",
            "Rutte said security guarantees must be credible.",
            "support",
            guarantees,
        ),
        said(
            "a2",
            "sergei lavrov",
            "rejected",
            "Lavrov rejected security guarantees.",
            "oppose",
            guarantees,
        ),
        said("a2", "nato", "ruled out", "NATO ruled out sending Western troops.", "oppose", troops),
        said(
            "a2",
            "russia",
            "said",
            "Russia said a ceasefire was possible.",
            "neutral",
            ceasefire,
            "reuters",
        ),
        said(
            "a3",
            "volodymyr zelensky",
            "welcomed",
            "Zelensky welcomed the security guarantees.",
            "support",
            guarantees,
        ),
    ]
    graph = build_graph(articles, actors, statements)
    clusters = [
        Cluster(
            "c1",
            "Cluster 1",
            ("russia", "sergei lavrov"),
            ("security guarantees",),
            "Sergei Lavrov and Russia",
        ),
        Cluster(
            "c2",
            "Cluster 2",
            ("mark rutte", "nato", "ukraine", "volodymyr zelensky"),
            ("security guarantees",),
            "Zelensky, Rutte, NATO and Ukraine",
        ),
    ]
    edges = [
        AlignmentEdge("sergei lavrov", "volodymyr zelensky", -2.0),
        AlignmentEdge("mark rutte", "volodymyr zelensky", 1.0),
        AlignmentEdge("russia", "sergei lavrov", 1.0),
    ]
    add_alignment(graph, clusters, edges, modularity=0.4, polarization=0.5)
    add_tallies(graph, graph_tallies(graph))
    return graph


@pytest.fixture(scope="session")
def corpus(example_path, tmp_path_factory) -> Path:
    """Articles made of two consecutive paragraphs of the example: they share actors."""
    text = example_path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    directory = tmp_path_factory.mktemp("corpus") / "articles"
    directory.mkdir(parents=True)
    for i in range(len(lines) - 1):
        (directory / f"a{i:02d}.txt").write_text(f"{lines[i]}\n{lines[i + 1]}\n", encoding="utf-8")
    return directory


@pytest.fixture()
def read_only_view(tmp_path_factory):  # type: ignore[no-untyped-def]
    """``view(folder)``: the folder bind-mounted read-only (unmounted after the test);
    the test is skipped, saying why, where the machine allows no mounts."""
    import subprocess

    mounts: list[Path] = []

    def view(folder: Path) -> Path:
        mount = tmp_path_factory.mktemp("ro")
        bind = subprocess.run(["mount", "--bind", str(folder), str(mount)], capture_output=True)
        if bind.returncode != 0:
            pytest.skip("cannot bind-mount here (needs root): " + bind.stderr.decode().strip())
        mounts.append(mount)
        ro = subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], capture_output=True)
        if ro.returncode != 0:
            pytest.skip("cannot remount read-only here: " + ro.stderr.decode().strip())
        return mount

    yield view
    for mount in mounts:
        subprocess.run(["umount", "--lazy", str(mount)], capture_output=True)
