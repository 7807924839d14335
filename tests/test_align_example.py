"""Alignment on the example article, as built by the real pipeline (spaCy, extraction).

The README promises two camps: Putin, Lavrov and Russia in one cluster; Zelensky, Ukraine,
Rutte and NATO in another; each explained by statements of the article.
"""

from __future__ import annotations

import pytest
from rdflib import URIRef

from graph.namespaces import RDF, SG


def _member(result, name: str) -> str:
    found = [iri for iri, label in result.labels.items() if name in label and "/actor/" in iri]
    assert len(found) == 1, (name, found)
    return found[0]


def _cluster(result, name: str):
    iri = _member(result, name)
    found = [e for e in result.explanations if iri in e.members]
    assert len(found) == 1, (name, [e.label for e in result.explanations])
    return found[0]


@pytest.mark.parametrize(
    "camp", [("Putin", "Lavrov", "Russia"), ("Zelensky", "Ukraine", "Rutte", "NATO")]
)
def test_align_example_camps_share_a_cluster(example_build, camp):
    result = example_build.alignment
    assert len({_cluster(result, name).key for name in camp}) == 1


def test_align_example_camps_are_apart(example_build):
    result = example_build.alignment
    assert _cluster(result, "Putin").key != _cluster(result, "Zelensky").key


def test_align_example_explanations_point_at_article_sentences(example_build, example_path):
    result = example_build.alignment
    text = example_path.read_text(encoding="utf-8")
    zelensky = _cluster(result, "Zelensky")
    assert zelensky.text  # some agreement or tie, in words
    for explanation in result.explanations:
        for statement in explanation.evidence:
            assert result.evidence[statement] in text
            assert (URIRef(statement), RDF.type, SG.Statement) in example_build.graph
    for cluster in result.clusters:
        assert cluster.label and cluster.members == tuple(sorted(cluster.members))


def test_align_example_actors_without_a_side_are_unclustered(example_build):
    result = example_build.alignment
    clustered = {m for c in result.clusters for m in c.members}
    assert set(result.unclustered).isdisjoint(clustered)
    for actor in set(result.unclustered) - set(result.between):
        took_side = example_build.graph.query(
            f"""
            PREFIX sg: <https://w3id.org/stancegraph#>
            ASK {{
              {{ ?s sg:speaker <{actor}> ; sg:stance ?st . FILTER(?st != sg:Neutral) }}
              UNION {{ <{actor}> sg:affiliation ?x }} UNION {{ ?y sg:affiliation <{actor}> }}
            }}"""
        ).askAnswer
        assert not took_side, actor


def test_align_example_no_us_actor_shares_a_cluster_with_russia(example_build):
    """The text puts the U.S. between the two sides: it backs guarantees and rules out
    troops, and Putin says he agrees with Trump; so no U.S. actor is in Russia's camp."""
    result = example_build.alignment
    russia = _cluster(result, "Putin")
    for name in ("Trump", "Vance", "Colby", "United States"):
        assert _member(result, name) not in russia.members, name


def test_align_example_between_actors_name_both_clusters(example_build):
    result = example_build.alignment
    keys = {c.key for c in result.clusters}
    for actor, pair in result.between.items():
        assert actor in result.unclustered
        assert {k for k in pair if k} <= keys and len(set(pair)) == 2
