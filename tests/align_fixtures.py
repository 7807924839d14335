"""A hand-built stancegraph shaped like the example's debate, for alignment tests.

Two camps argue over security guarantees: a president and a secretary general with their
country and alliance support them; a president, a foreign minister and their country
oppose. A third president changes sides between two articles. An outlet only relays and a
commentator stays neutral: neither takes a side.
"""

from __future__ import annotations

from graph.build import build_graph, new_graph
from graph.records import Actor, Article, Statement, Topic

GUARANTEES = Topic("security guarantees", "security guarantees")
PRESENCE = Topic("alliance presence", "alliance presence")
ACTORS = (
    Actor("ostland", "Ostland", "Country"),
    Actor("alliance", "Alliance", "Organization"),
    Actor("vera ost", "Vera Ost", "Person", role="President", affiliation="ostland"),
    Actor("mark stern", "Mark Stern", "Person", role="Secretary General", affiliation="alliance"),
    Actor("nordia", "Nordia", "Country"),
    Actor("igor nord", "Igor Nord", "Person", role="President", affiliation="nordia"),
    Actor("pavel nord", "Pavel Nord", "Person", role="Foreign Minister", affiliation="nordia"),
    Actor("westland", "Westland", "Country"),
    Actor("dan west", "Dan West", "Person", role="President", affiliation="westland"),
    Actor("daily wire", "Daily Wire", "Outlet"),
    Actor("ann pundit", "Ann Pundit", "Person"),
)
EARLY = Article("early", "early text", "early.txt", published="2025-08-10")
LATE = Article("late", "late text", "late.txt", published="2025-08-24")
UNDATED = Article("undated", "undated text", "undated.txt")


def _statement(article, i, speaker, stance, topic=GUARANTEES, target=None, reporter=None):
    sentence = f"{speaker} {stance}s {topic.label} ({article.id} {i})."
    return Statement(
        article_id=article.id,
        speaker=speaker,
        cue="said",
        quote=topic.label,
        evidence=sentence,
        char_start=i * 100,
        char_end=i * 100 + len(sentence),
        stance=stance,
        topic=topic,
        reported_by=reporter,
        target_actor=target,
    )


STATEMENTS = (
    _statement(EARLY, 1, "vera ost", "support", reporter="daily wire"),
    _statement(EARLY, 2, "mark stern", "support"),
    _statement(EARLY, 3, "dan west", "support"),
    _statement(
        EARLY,
        4,
        "igor nord",
        "support",
        Topic("ostland's security", "Ostland's security"),
        "dan west",
    ),
    _statement(LATE, 1, "pavel nord", "oppose"),
    _statement(LATE, 2, "nordia", "oppose", PRESENCE),
    _statement(LATE, 3, "alliance", "support", PRESENCE),
    _statement(LATE, 4, "vera ost", "support"),
    _statement(LATE, 5, "dan west", "oppose"),
    _statement(LATE, 6, "ann pundit", "neutral"),
    _statement(UNDATED, 1, "ostland", "support"),
    _statement(UNDATED, 2, "pavel nord", "oppose", target="mark stern"),
)


def debate_graph(store: str = "default"):
    graph = new_graph(store)
    return build_graph([EARLY, LATE, UNDATED], ACTORS, STATEMENTS, graph=graph)
