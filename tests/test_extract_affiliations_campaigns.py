"""Sides of candidates and their staff in campaign news: campaigns named for a person and
the parties candidates run for. Each case is a sentence written for the test (made-up
names) and parsed by the real spaCy pipeline.
"""

from __future__ import annotations

import pytest
from extraction_helpers import actors_of as _actors

# Two people of one surname: the surname alone names neither, but still names the campaign.
_TWO_HARTLEYS = "Dana Hartley and her husband, Mark Hartley, toured Ohio on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        _TWO_HARTLEYS + '"We will win," said Bryan Kolb, the Hartley campaign\'s Ohio director.',
        _TWO_HARTLEYS + '"We will win," Hartley campaign spokesman Bryan Kolb said.',
        _TWO_HARTLEYS + '"We will win," said Bryan Kolb, Hartley\'s campaign manager.',
    ],
)
def test_a_shared_surname_still_names_the_campaign(nlp, text):
    actors = _actors(nlp, text)
    assert "bryan kolb" in actors, sorted(actors)
    assert actors["bryan kolb"].affiliation == "hartley campaign"
    assert "hartley" not in actors or actors["hartley"].type == "Person"
