"""Stances over time: which actor changed sides on which topic between two windows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .observe import StanceObservation

__all__ = ["StanceChange", "Window", "stance_changes", "windows_between"]

_SIDE = {1: "support", -1: "oppose", 0: "undecided"}


@dataclass(frozen=True)
class Window:
    """A closed date interval; ``None`` ends are open."""

    since: date | None
    until: date | None

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, date):
            return False
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )

    def __str__(self) -> str:
        since = self.since.isoformat() if self.since else "…"
        until = self.until.isoformat() if self.until else "…"
        return f"{since} – {until}"


@dataclass(frozen=True)
class StanceChange:
    """An actor whose side on a topic in one window differs from the previous window."""

    actor: str
    topic: str
    before: str  # support | oppose | undecided (as many statements each way)
    after: str
    window_before: Window
    window_after: Window
    statements_before: tuple[str, ...]
    statements_after: tuple[str, ...]


def windows_between(
    days: Iterable[date], since: date | None = None, until: date | None = None
) -> list[Window]:
    """The windows to compare: before/inside/after ``[since, until]`` when either is given,
    else one window per distinct article date."""
    if since is None and until is None:
        return [Window(d, d) for d in sorted(set(days))]
    windows: list[Window] = []
    if since is not None:
        windows.append(Window(None, date.fromordinal(since.toordinal() - 1)))
    windows.append(Window(since, until))
    if until is not None:
        windows.append(Window(date.fromordinal(until.toordinal() + 1), None))
    return windows


def stance_changes(
    observations: Iterable[StanceObservation], windows: Sequence[Window]
) -> list[StanceChange]:
    """Each (actor, topic) whose net side differs between consecutive windows it spoke in.

    The side in a window is the sign of support minus oppose statements; neutral
    statements and undated ones say nothing about change. Windows in which the actor said
    nothing on the topic are skipped, so "support in March, silent in April, oppose in May"
    is one change, March to May.
    """
    tallies: dict[tuple[str, str], dict[int, list[StanceObservation]]] = {}
    for obs in observations:
        if obs.polarity == 0 or obs.day is None:
            continue
        for w, window in enumerate(windows):
            if obs.day in window:
                tallies.setdefault((obs.actor, obs.topic), {}).setdefault(w, []).append(obs)
                break
    changes: list[StanceChange] = []
    for (actor, topic), by_window in sorted(tallies.items()):
        previous: tuple[int, int, list[StanceObservation]] | None = None
        for w in sorted(by_window):
            found = by_window[w]
            side = (sum(o.polarity for o in found) > 0) - (sum(o.polarity for o in found) < 0)
            if previous is not None and side != previous[1]:
                changes.append(
                    StanceChange(
                        actor=actor,
                        topic=topic,
                        before=_SIDE[previous[1]],
                        after=_SIDE[side],
                        window_before=windows[previous[0]],
                        window_after=windows[w],
                        statements_before=tuple(sorted({o.statement for o in previous[2]})),
                        statements_after=tuple(sorted({o.statement for o in found})),
                    )
                )
            previous = (w, side, found)
    return changes
