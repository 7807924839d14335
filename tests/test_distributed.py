"""``--dask ADDRESS``: extraction on a Dask cluster gives the local graph, in memory or stored."""

from __future__ import annotations

import pytest
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from graph.cli import app
from graph.distributed import DaskError, connect
from graph.pipeline import build_corpus
from graph.store import copy_to_memory, open_store

runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    # One in-process worker thread: spaCy's pipeline is not shared between threads, and
    # the shards still travel through the scheduler as they would between machines.
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as local:
        yield local


def test_distributed_build_is_the_local_graph(corpus, cluster):
    local = build_corpus([corpus])
    seen: list[int] = []
    remote = build_corpus([corpus], dask=cluster.scheduler_address, progress=seen.append)
    assert len(local.statements) > 0
    assert sum(seen) == len(local.articles)
    assert isomorphic(local.graph, remote.graph)


def test_distributed_ntriples_shards_load_into_the_store(corpus, cluster, tmp_path):
    local = build_corpus([corpus], store=tmp_path / "local", store_batch=5)
    stored = build_corpus(
        [corpus], dask=cluster.scheduler_address, store=tmp_path / "dask", store_batch=5
    )
    assert len(stored.articles) == len(local.articles) > 5
    assert isomorphic(
        copy_to_memory(open_store(tmp_path / "local")),
        copy_to_memory(open_store(tmp_path / "dask")),
    )


def test_distributed_cli_add_with_dask(corpus, cluster, tmp_path):
    result = runner.invoke(
        app,
        ["add", str(corpus), "--store", str(tmp_path / "db"), "--dask", cluster.scheduler_address],
    )
    assert result.exit_code == 0, result.output
    assert "triples in store" in result.output


def test_distributed_unreachable_scheduler_is_one_line_error():
    with pytest.raises(DaskError, match="cannot reach the Dask scheduler"):
        connect("tcp://127.0.0.1:9", timeout="1s")
