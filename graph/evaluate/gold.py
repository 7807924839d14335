"""The project's gold YAML (``GOLD_FORMAT.md``): its records and how they are read.

Gold sentences are located in the ingested article text, so a gold statement and a
predicted one compare by character offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True)
class GoldActor:
    """An actor of the gold file: its id, every surface form and its affiliation id."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    type: str = "Person"
    affiliation: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldStatement:
    """A gold statement: who, which cue, in which sentence, with which stance."""

    id: str
    speaker: str
    cue: str
    sentence: str
    stance: str
    start: int = -1  # offsets of ``sentence`` in the article text, -1 when not found
    end: int = -1
    target: str = ""  # what the stance is about, free text


@dataclass(frozen=True)
class GoldRelation:
    """An explicit agreement or disagreement between two gold actors in one sentence."""

    source: str
    target: str
    relation: str
    sentence: str
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class GoldArticle:
    """One gold YAML file with its article text resolved."""

    path: Path
    article_path: Path
    actors: dict[str, GoldActor]
    statements: tuple[GoldStatement, ...]
    camps: tuple[tuple[str, ...], ...] = ()
    relations: tuple[GoldRelation, ...] = ()


def _yaml_error(path: Path, exc: Exception) -> InputError:
    mark = getattr(exc, "problem_mark", None)
    where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
    problem = getattr(exc, "problem", None) or str(exc)
    return InputError(f"{where}: not valid YAML: {' '.join(str(problem).split())}")


def _locate(text: str, sentence: str) -> tuple[int, int]:
    """Offsets of a gold sentence in the article, tolerant of whitespace differences."""
    at = text.find(sentence)
    if at >= 0:
        return at, at + len(sentence)
    words = sentence.split()
    if not words:
        return -1, -1
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found else (-1, -1)


def load_gold(path: str | Path, articles_dir: str | Path | None = None) -> GoldArticle:
    """Read one gold YAML file; any problem is one :class:`InputError` line with the file.

    The article is ``article:`` resolved beside the YAML file, in ``articles_dir``, or in
    ``../articles`` (the layout of the shared evaluation set).
    """
    import yaml

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such gold file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc) from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if not isinstance(data, dict) or not data.get("article"):
        raise InputError(f"{path}: not a gold file (no 'article:' key)")
    candidates = [path.parent / str(data["article"])]
    if articles_dir is not None:
        candidates.insert(0, Path(articles_dir) / str(data["article"]))
    candidates.append(path.parent.parent / "articles" / str(data["article"]))
    article_path = next((c for c in candidates if c.is_file()), None)
    if article_path is None:
        raise InputError(f"{path}: article {data['article']!r} not found (use --articles DIR)")
    from ..ingest import clean_text

    text = clean_text(article_path.read_text(encoding="utf-8", errors="replace"))
    try:
        actors = {
            str(a["id"]): GoldActor(
                id=str(a["id"]),
                name=str(a["name"]),
                aliases=tuple(str(x) for x in a.get("aliases") or ()),
                type=str(a.get("type") or "Person"),
                affiliation=str(a["affiliation"]) if a.get("affiliation") else None,
            )
            for a in data.get("actors") or ()
        }
        statements: list[GoldStatement] = []
        for s in data.get("statements") or ():
            start, end = _locate(text, str(s["sentence"]))
            statements.append(
                GoldStatement(
                    id=str(s.get("id", len(statements) + 1)),
                    speaker=str(s["speaker"]),
                    cue=str(s.get("cue") or ""),
                    sentence=str(s["sentence"]),
                    stance=str(s.get("stance") or "neutral"),
                    target=str(s.get("target") or ""),
                    start=start,
                    end=end,
                )
            )
        camps = tuple(tuple(str(m) for m in camp) for camp in data.get("camps") or ())
        relations = tuple(
            GoldRelation(
                str(r["source"]),
                str(r["target"]),
                str(r["relation"]),
                str(r["sentence"]),
                *_locate(text, str(r["sentence"])),
            )
            for r in data.get("relations") or ()
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: malformed gold entry: {exc}") from None
    return GoldArticle(path, article_path, actors, tuple(statements), camps, relations)


def gold_files(path: str | Path) -> list[Path]:
    """The gold YAML files of a file or directory, sorted; a one-line error if none."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_file():
        return [path]
    files = sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml"})
    if not files and (path / "gold").is_dir():
        files = sorted(p for p in (path / "gold").iterdir() if p.suffix in {".yaml", ".yml"})
    if not files:
        raise InputError(f"{path}: no gold .yaml files in this directory")
    return files
