"""Codebooks: map statements onto named issues, as analysts code concepts in DNA.

A codebook is a YAML file listing the issues of a debate, each with the keywords and
regular expressions that signal it::

    issues:
      - key: water-sharing
        label: Sharing the river's water
        keywords: [water quota, dam]
        patterns: ['irrigat\\w*']
      - key: troops
        label: Foreign troops at the border
        keywords: [troops, boots on the ground]

A statement takes the first issue (in file order, so analysts rank issues) whose keyword
or pattern occurs in its topic label, else in its quote, else in its evidence sentence;
statements that match nothing keep the topic extraction gave them. Keywords match whole
words, case-insensitively, with an optional plural ending ("troop" matches "troops").

Every problem in the file is one :class:`~graph.errors.InputError` line naming the file
and line, so a typo in a 200-issue codebook is found at once.

Examples:
    >>> book = parse_codebook("issues:\\n  - key: tariffs\\n    keywords: [tariff]\\n", "c.yaml")
    >>> book.code("new tariffs on steel").key
    'tariffs'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import InputError
from .records import Statement, Topic

__all__ = ["Codebook", "Issue", "apply_codebook", "load_codebook", "parse_codebook"]


@dataclass(frozen=True)
class Issue:
    """One coded issue: its key, label, and the expressions that signal it."""

    key: str
    label: str
    keywords: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    line: int = 0

    @property
    def topic(self) -> Topic:
        return Topic(key=self.key, label=self.label)

    def matches(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)


@dataclass(frozen=True)
class Codebook:
    """Issues in priority order, read from ``source``."""

    source: str
    issues: tuple[Issue, ...]

    def code(self, *texts: str) -> Issue | None:
        """The first issue found in the first text that has one (texts in priority order)."""
        for text in texts:
            if not text:
                continue
            for issue in self.issues:
                if issue.matches(text):
                    return issue
        return None


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    """Whole words, any spacing or hyphen between them, an optional plural at the end."""
    words = keyword.split()
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?:s|es)?(?!\w)", re.IGNORECASE)


def _where(source: str, node: Any) -> str:
    return f"{source}:{node.start_mark.line + 1}"


def _scalar_list(source: str, node: Any, field: str) -> list[tuple[str, Any]]:
    import yaml

    if isinstance(node, yaml.ScalarNode):
        return [(str(node.value), node)] if str(node.value).strip() else []
    if not isinstance(node, yaml.SequenceNode):
        raise InputError(f"{_where(source, node)}: '{field}' must be a list of strings")
    items = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode):
            raise InputError(f"{_where(source, item)}: '{field}' entries must be strings")
        if str(item.value).strip():
            items.append((str(item.value), item))
    return items


def _issue(source: str, node: Any) -> Issue:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise InputError(f"{_where(source, node)}: an issue must be a mapping (key, label, ...)")
    fields: dict[str, Any] = {}
    for key_node, value_node in node.value:
        name = str(key_node.value)
        if name not in {"key", "label", "keywords", "patterns", "description"}:
            raise InputError(
                f"{_where(source, key_node)}: unknown field {name!r} "
                "(expected key, label, keywords, patterns, description)"
            )
        fields[name] = value_node
    for name in ("key", "label", "description"):
        if name in fields and not isinstance(fields[name], yaml.ScalarNode):
            raise InputError(f"{_where(source, fields[name])}: '{name}' must be text")
    key = str(fields["key"].value).strip() if "key" in fields else ""
    label = str(fields["label"].value).strip() if "label" in fields else ""
    if not key and not label:
        raise InputError(f"{_where(source, node)}: an issue needs a 'key' or a 'label'")
    keywords = _scalar_list(source, fields["keywords"], "keywords") if "keywords" in fields else []
    raw_patterns = (
        _scalar_list(source, fields["patterns"], "patterns") if "patterns" in fields else []
    )
    if not keywords and not raw_patterns:
        raise InputError(
            f"{_where(source, node)}: issue {key or label!r} has no keywords or patterns"
        )
    patterns = [_keyword_pattern(k) for k, _ in keywords]
    for text, item in raw_patterns:
        try:
            patterns.append(re.compile(text, re.IGNORECASE))
        except re.error as exc:
            raise InputError(f"{_where(source, item)}: bad pattern {text!r}: {exc}") from None
    return Issue(
        key=(key or label).casefold(),
        label=label or key,
        keywords=tuple(k for k, _ in keywords),
        patterns=tuple(patterns),
        line=node.start_mark.line + 1,
    )


def parse_codebook(text: str, source: str = "<codebook>") -> Codebook:
    """Parse codebook YAML; ``source`` names the file in error messages."""
    import yaml

    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{where}: not valid YAML: {' '.join(str(problem).split())}") from None
    if root is None:
        raise InputError(f"{source}: the codebook is empty")
    issues_node = root
    if isinstance(root, yaml.MappingNode):
        found = [v for k, v in root.value if str(k.value) == "issues"]
        if not found:
            raise InputError(f"{_where(source, root)}: no 'issues:' list in the codebook")
        issues_node = found[0]
    if not isinstance(issues_node, yaml.SequenceNode) or not issues_node.value:
        raise InputError(f"{_where(source, issues_node)}: 'issues' must be a non-empty list")
    issues: list[Issue] = []
    seen: dict[str, int] = {}
    for node in issues_node.value:
        issue = _issue(source, node)
        if issue.key in seen:
            raise InputError(
                f"{source}:{issue.line}: issue {issue.key!r} is already defined on line "
                f"{seen[issue.key]}"
            )
        seen[issue.key] = issue.line
        issues.append(issue)
    return Codebook(source=source, issues=tuple(issues))


def load_codebook(path: str | Path) -> Codebook:
    """Read a codebook file; a missing, unreadable or malformed file is one error line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such codebook file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: the codebook is not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the codebook: {exc.strerror}") from None
    return parse_codebook(text, str(path))


def apply_codebook(statements: Iterable[Statement], codebook: Codebook) -> tuple[Statement, ...]:
    """Statements with their topic replaced by the codebook issue they are about, if any."""
    coded = []
    for statement in statements:
        issue = codebook.code(statement.topic.label, statement.quote, statement.evidence)
        coded.append(statement if issue is None else replace(statement, topic=issue.topic))
    return tuple(coded)
