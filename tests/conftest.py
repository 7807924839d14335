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
