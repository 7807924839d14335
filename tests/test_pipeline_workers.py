"""``--workers N``: extraction in N processes gives the same graph as in one."""

from __future__ import annotations

import pytest
from rdflib.compare import isomorphic

from graph.pipeline import Extractor, build_corpus, chunked, shard_size


@pytest.mark.parametrize("attribution", ["checked", "both"])
def test_pipeline_workers_two_processes_give_the_same_graph(corpus, attribution):
    # "both" runs the attribution tagger in each worker as well
    one = build_corpus([corpus], attribution=attribution)
    seen: list[int] = []
    two = build_corpus([corpus], workers=2, progress=seen.append, attribution=attribution)
    assert len(one.statements) > 0
    assert sum(seen) == len(one.articles)
    assert isomorphic(one.graph, two.graph)


def test_pipeline_workers_keep_input_order(corpus):
    from graph.ingest import read_articles

    articles = tuple(read_articles([corpus]))
    with Extractor(workers=2) as extractor:
        extractions = list(extractor.extract(articles))
    assert [e.article.id for e in extractions] == [a.id for a in articles]


@pytest.mark.parametrize(
    ("count", "workers", "expected"), [(1, 2, 1), (10, 2, 2), (1000, 2, 64), (7, 1, 2)]
)
def test_pipeline_workers_shards_cover_every_article(count, workers, expected):
    size = shard_size(count, workers)
    assert size == expected
    shards = chunked(list(range(count)), size)
    assert [x for shard in shards for x in shard] == list(range(count))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--workers", "0"], "--workers must be at least 1"),
        (["--workers", "2", "--dask", "tcp://127.0.0.1:9"], "either --workers or --dask"),
    ],
)
def test_pipeline_workers_bad_options_are_one_line_errors(example_path, tmp_path, options, message):
    from typer.testing import CliRunner

    from graph.cli import app

    result = CliRunner().invoke(
        app, ["build", str(example_path), "-o", str(tmp_path / "out"), *options]
    )
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "graph.ttl").exists()
