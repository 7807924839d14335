"""Files and directories -> :class:`~graph.records.Article`.

Reads ``.txt``, ``.md``, ``.html``/``.htm`` (main text through trafilatura) and ``.jsonl``
(one article per line: ``text`` plus optional ``title``, ``url``, ``published``,
``outlet``). Problems with one file or line are reported through ``warn`` and skipped, so
one bad file never costs the rest of a corpus; a path that does not exist is an error.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .iris import content_hash
from .records import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "article_from_text",
    "iter_files",
    "normalise_date",
    "read_articles",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
Warn = Callable[[str], None]

# Control characters other than tab/newline break Turtle and XML serialisations downstream.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates cannot be encoded as UTF-8 at all.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _ignore(_: str) -> None:
    return None


def clean_text(text: str) -> str:
    """Normalise newlines and drop characters no RDF serialisation can carry."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def normalise_date(value: object) -> str | None:
    """Any date-like value -> ``YYYY-MM-DD``, or None when it is not a date."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return text[:10]
    import dateparser

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": False})
    return parsed.date().isoformat() if parsed else None


def article_from_text(
    text: str,
    source: str,
    *,
    title: str | None = None,
    published: object = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Article:
    """Build an Article whose id is the hash of its cleaned text."""
    text = clean_text(text)
    return Article(
        id=content_hash(text),
        text=text,
        source=source,
        title=clean_text(title).strip() or None if title else None,
        published=normalise_date(published),
        outlet=clean_text(outlet).strip() or None if outlet else None,
        url=url.strip() if isinstance(url, str) and url.strip() else None,
    )


def iter_files(paths: Iterable[str | Path], warn: Warn = _ignore) -> Iterator[Path]:
    """Expand files and directories (recursively, sorted) into supported files."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    found = True
                    yield child
            if not found:
                warn(f"{path}: no {', '.join(SUPPORTED_SUFFIXES)} files in this directory")
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path
        else:
            warn(f"{path}: skipped, not one of {', '.join(SUPPORTED_SUFFIXES)}")


def _decode(path: Path, data: bytes, warn: Warn) -> str | None:
    if b"\x00" in data[:8192]:
        warn(f"{path}: skipped, looks like a binary file")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warn(f"{path}: not valid UTF-8 (byte {exc.start}); decoded as Windows-1252, check the text")
        return data.decode("cp1252", errors="replace")


def _html_article(path: Path, html: str, warn: Warn) -> Article | None:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, favor_precision=True)
    if not text or not text.strip():
        warn(f"{path}: skipped, no article text found in the HTML")
        return None
    meta = trafilatura.extract_metadata(html)
    return article_from_text(
        text,
        str(path),
        title=getattr(meta, "title", None),
        published=getattr(meta, "date", None),
        outlet=getattr(meta, "sitename", None),
        url=getattr(meta, "url", None),
    )


def _jsonl_articles(path: Path, text: str, warn: Warn) -> Iterator[Article]:
    good = bad = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            bad += 1
            warn(f"{path}:{number}: skipped, not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            bad += 1
            warn(f"{path}:{number}: skipped, needs an object with a string 'text'")
            continue
        if not record["text"].strip():
            bad += 1
            warn(f"{path}:{number}: skipped, empty 'text'")
            continue
        good += 1
        yield article_from_text(
            record["text"],
            f"{path}:{number}",
            title=record.get("title") if isinstance(record.get("title"), str) else None,
            published=record.get("published"),
            outlet=record.get("outlet") if isinstance(record.get("outlet"), str) else None,
            url=record.get("url") if isinstance(record.get("url"), str) else None,
        )
    if bad:
        warn(f"{path}: read {good} article(s), skipped {bad} bad line(s)")


def read_file(path: Path, warn: Warn = _ignore, *, max_bytes: int = DEFAULT_MAX_BYTES):
    """Read one supported file into zero or more articles (``.jsonl`` may hold many)."""
    size = path.stat().st_size
    if size > max_bytes:
        warn(f"{path}: skipped, {size:,} bytes is over the {max_bytes:,}-byte limit")
        return
    text = _decode(path, path.read_bytes(), warn)
    if text is None:
        return
    if not text.strip():
        warn(f"{path}: skipped, the file is empty")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl_articles(path, text, warn)
    elif suffix in (".html", ".htm"):
        article = _html_article(path, text, warn)
        if article is not None:
            yield article
    else:
        yield article_from_text(text, str(path))


def read_articles(
    paths: Iterable[str | Path], warn: Warn = _ignore, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article]:
    """Every article under ``paths``, each once (duplicates by content hash are dropped)."""
    seen: set[str] = set()
    for path in iter_files(paths, warn):
        for article in read_file(path, warn, max_bytes=max_bytes):
            if article.id in seen:
                warn(f"{article.source}: skipped, same text as an article already read")
                continue
            seen.add(article.id)
            yield article
