"""Files and directories -> :class:`~graph.records.Article`.

Reads ``.txt``, ``.md``, ``.html``/``.htm`` (main text through trafilatura) and ``.jsonl``
(one article per line: ``text`` plus optional ``title``, ``url``, ``published``,
``outlet``, ``author``). A ``.txt`` or ``.md`` file's first line is its headline, its
title. Where a file lives is never part of an article: its identity is a hash of its text. Problems with one file or line are reported through ``warn`` and skipped, so
one bad file never costs the rest of a corpus; a path that does not exist is an error.

Everything here is a generator: a directory of a million files, or a ``.jsonl`` of a
million lines, is read one file (one line) at a time, so memory stays bounded by the
largest single article, never by the corpus.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .iris import content_hash
from .records import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_CHARS",
    "MAX_LINE_WARNINGS",
    "SUPPORTED_SUFFIXES",
    "article_from_text",
    "clean_text",
    "headline",
    "iter_files",
    "normalise_date",
    "read_articles",
    "read_file",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: spaCy refuses longer documents (``nlp.max_length``: its parser and NER need roughly 1 GB
#: per 100,000 characters); an "article" this long is a dump, not news.
MAX_CHARS = 1_000_000
#: A headline longer than this is a paragraph, not a title: it is cut at a word.
MAX_TITLE_CHARS = 160
#: Per ``.jsonl`` file, how many bad lines are reported one by one before only the count is.
MAX_LINE_WARNINGS = 20
Warn = Callable[[str], None]

# Control characters other than tab/newline break XML serialisations (RDF/XML, GraphML).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates cannot be encoded as UTF-8 at all; U+FFFE/U+FFFF are not XML characters.
_UNENCODABLE = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
# File signatures of formats people drop into article folders by mistake.
_BINARY_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",
)
# Byte-order marks that announce a non-UTF-8 Unicode text (checked longest first).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
_ISO_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])")
# Longer strings are not dates, and dateparser is slow on long input.
_MAX_DATE_CHARS = 64


def _ignore(_: str) -> None:
    return None


def clean_text(text: str) -> str:
    """Normalise newlines and replace characters no RDF or XML serialisation can carry.

    Replacements are one character for one (after NFC and newline folding), so character
    offsets into the cleaned text stay meaningful.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _UNENCODABLE.sub("\ufffd", text)
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def headline(text: str) -> str | None:
    """The first non-empty line of a plain-text or Markdown article, as its title.

    News text puts the headline first; Markdown marks it with ``#``. A first line that
    runs long (a lead paragraph, when there is no headline) is cut at a word boundary.
    """
    line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    line = " ".join(line.lstrip("#").split())
    if len(line) > MAX_TITLE_CHARS:
        cut = line[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
        line = f"{cut.rstrip(' ,;:')}…"
    return line or None


def normalise_date(value: object) -> str | None:
    """Any absolute date-like value -> ``YYYY-MM-DD``, or None when it is not one.

    Relative dates ("yesterday") and dates missing a part ("March 2024") are refused: they
    would resolve against today's clock and the same input would give different graphs.
    """
    if value in (None, "") or isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    iso = _ISO_PREFIX.match(text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1)).isoformat()
        except ValueError:
            return None
    import dateparser

    try:
        parsed = dateparser.parse(
            text,
            settings={
                "PARSERS": ["custom-formats", "absolute-time"],
                "REQUIRE_PARTS": ["day", "month", "year"],
                "STRICT_PARSING": True,
            },
        )
    except Exception:  # dateparser raises assorted types on odd input; not a date then
        return None
    return parsed.date().isoformat() if parsed else None


def _optional_text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return clean_text(value).strip() or None


def article_from_text(
    text: str,
    source: str,
    *,
    title: str | None = None,
    published: object = None,
    outlet: str | None = None,
    url: str | None = None,
    author: str | None = None,
) -> Article:
    """Build an Article whose id is the hash of its cleaned text."""
    text = clean_text(text)
    return Article(
        id=content_hash(text),
        text=text,
        source=source,
        title=_optional_text(title),
        published=normalise_date(published),
        outlet=_optional_text(outlet),
        url=url.strip() if isinstance(url, str) and url.strip() else None,
        author=_optional_text(author),
    )


def _walk(directory: Path, warn: Warn, other: Counter[str]) -> Iterator[Path]:
    """Supported files under ``directory``, depth first, sorted by name at each level.

    Only one directory listing is held per level, so thousands of files stream. Hidden
    entries (``.git``, editor swap files) and symlinked directories (possible loops) are
    not entered. Other files are counted in ``other`` by suffix, to be reported once.
    """
    try:
        with os.scandir(directory) as listing:
            entries = sorted(
                (e.name, e.is_dir(follow_symlinks=False), e.is_file())
                for e in listing
                if not e.name.startswith(".")
            )
    except OSError as exc:
        warn(f"{directory}: skipped, cannot list the directory ({exc.strerror or exc})")
        return
    for name, is_dir, is_file in entries:
        child = directory / name
        if is_dir:
            yield from _walk(child, warn, other)
        elif is_file and child.suffix.lower() in SUPPORTED_SUFFIXES:
            yield child
        elif is_file:
            other[child.suffix.lower() or "(no suffix)"] += 1


def iter_files(paths: Iterable[str | Path], warn: Warn = _ignore) -> Iterator[Path]:
    """Expand files and directories (recursively, sorted) into supported files.

    Every given path is checked before the first file is yielded, so a typo in the last
    argument fails at once instead of after an hour of extraction.
    """
    given = [Path(raw) for raw in paths]
    for path in given:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
    for path in given:
        if path.is_dir():
            found = False
            other: Counter[str] = Counter()
            for child in _walk(path, warn, other):
                found = True
                yield child
            if other:
                kinds = ", ".join(f"{n} {suffix}" for suffix, n in sorted(other.items()))
                warn(f"{path}: ignored {sum(other.values())} file(s) of other types ({kinds})")
            if not found:
                warn(f"{path}: no {', '.join(SUPPORTED_SUFFIXES)} files in this directory")
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path
        else:
            warn(f"{path}: skipped, not one of {', '.join(SUPPORTED_SUFFIXES)}")


def _looks_binary(head: bytes, *, lines: bool = False) -> bool:
    """True for known binary signatures or NUL bytes (text never holds NUL).

    With ``lines`` (a ``.jsonl``), a stray NUL is one corrupt line, skipped on its own;
    only a file where NUL is common (over 1% of its first bytes) is binary.
    """
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if head.startswith(_BINARY_MAGIC):
        return True
    nuls = head[:_SNIFF].count(b"\x00")
    return nuls > max(1, len(head[:_SNIFF]) // 100) if lines else nuls > 0


def _decode(where: str, data: bytes, warn: Warn, *, html: bool = False) -> str | bytes | None:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16/32 by BOM, else Windows-1252.

    The fallback keeps an article whose encoding was mislabelled (common in scraped
    Western European text) and says so, rather than dropping it. HTML that is not UTF-8
    stays bytes: trafilatura decodes it by its declared ``<meta charset>``.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                warn(f"{where}: skipped, starts with a {codec} byte-order mark but is not {codec}")
                return None
    if _looks_binary(data[:_SNIFF]):
        warn(f"{where}: skipped, looks like a binary file")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if html:
            return data
        warn(
            f"{where}: not valid UTF-8 (byte {exc.start}); decoded as Windows-1252, check the text"
        )
        return data.decode("cp1252", errors="replace")


def _html_article(path: Path, html: str | bytes, warn: Warn) -> Article | None:
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html) if text and text.strip() else None
    except Exception as exc:  # trafilatura/lxml raise assorted types on broken markup
        warn(f"{path}: skipped, the HTML could not be read ({type(exc).__name__})")
        return None
    if not text or not text.strip():
        warn(f"{path}: skipped, no article text found in the HTML")
        return None
    return article_from_text(
        text,
        str(path),
        title=getattr(meta, "title", None),
        published=getattr(meta, "date", None),
        outlet=getattr(meta, "sitename", None),
        url=getattr(meta, "url", None),
        author=getattr(meta, "author", None),
    )


def _lines(handle: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(number, line, size)`` for each line; ``line`` is None when over ``limit`` bytes.

    An oversized line is read past in chunks and never held whole.
    """
    number = 0
    while True:
        chunk = handle.readline(limit + 1)
        if not chunk:
            return
        number += 1
        size = len(chunk)
        if size > limit and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):
                chunk = handle.readline(1024 * 1024)
                size += len(chunk)
            yield number, None, size
        else:
            yield number, chunk, size


def _jsonl_record(
    where: str, raw: bytes, note: Callable[[str], None]
) -> tuple[dict | None, str | None]:
    """One ``.jsonl`` line -> (record, None) or (None, why it was skipped)."""
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        note(f"{where}: not valid UTF-8 (byte {exc.start}); decoded as Windows-1252")
        line = raw.decode("cp1252", errors="replace")
    if not line.strip():
        return None, None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        # some of json's messages end in "at" themselves ("Invalid control character at")
        message = exc.msg.removesuffix(" at")
        return None, f"not valid JSON ({message} at column {exc.colno})"
    except RecursionError:
        return None, "not valid JSON (nested too deeply)"
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return None, "needs a JSON object with a string 'text'"
    if not clean_text(record["text"]).strip():
        return None, "empty 'text'"
    return record, None


def _jsonl_articles(path: Path, warn: Warn, max_bytes: int) -> Iterator[Article]:
    """Stream a ``.jsonl`` file; each line is one article, limited to ``max_bytes``.

    The size limit applies per line here, not per file: a corpus export of a million
    articles in one file is normal, a single multi-megabyte article is not.
    """
    good = bad = recoded = 0

    def note(message: str) -> None:
        nonlocal recoded
        recoded += 1
        if recoded <= MAX_LINE_WARNINGS:
            warn(message)

    def skip(number: int, why: str) -> None:
        nonlocal bad
        bad += 1
        if bad <= MAX_LINE_WARNINGS:
            warn(f"{path}:{number}: skipped, {why}")
        elif bad == MAX_LINE_WARNINGS + 1:
            warn(f"{path}: more than {MAX_LINE_WARNINGS} bad lines; only counting the rest")

    with path.open("rb") as handle:
        head = handle.read(_SNIFF)
        if _looks_binary(head, lines=True):
            warn(f"{path}: skipped, looks like a binary file")
            return
        if not head.strip():
            warn(f"{path}: skipped, the file is empty")
            return
        handle.seek(0)
        for number, raw, size in _lines(handle, max_bytes):
            if raw is None:
                skip(number, f"{size:,} bytes is over the {max_bytes:,}-byte limit")
                continue
            record, why = _jsonl_record(f"{path}:{number}", raw, note)
            if why is not None:
                skip(number, why)
            if record is None:
                continue
            good += 1
            yield article_from_text(
                record["text"],
                f"{path}:{number}",
                title=record.get("title"),
                published=record.get("published"),
                outlet=record.get("outlet"),
                url=record.get("url"),
                author=record.get("author"),
            )
    if recoded > MAX_LINE_WARNINGS:
        warn(f"{path}: {recoded} lines were not valid UTF-8 and were decoded as Windows-1252")
    if bad:
        warn(f"{path}: read {good} article(s), skipped {bad} bad line(s)")


def read_file(
    path: Path, warn: Warn = _ignore, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article]:
    """Read one supported file into zero or more articles (``.jsonl`` may hold many)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_articles(path, warn, max_bytes)
            return
        if size > max_bytes:
            warn(f"{path}: skipped, {size:,} bytes is over the {max_bytes:,}-byte limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        warn(f"{path}: skipped, cannot read it ({exc.strerror or type(exc).__name__})")
        return
    is_html = path.suffix.lower() in (".html", ".htm")
    text = _decode(str(path), data, warn, html=is_html)
    if text is None:
        return
    if not (clean_text(text) if isinstance(text, str) else text).strip():
        warn(f"{path}: skipped, the file is empty")
        return
    if isinstance(text, bytes) or is_html:
        article = _html_article(path, text, warn)
        if article is not None:
            yield article
    else:
        yield article_from_text(text, str(path), title=headline(clean_text(text)))


def read_articles(
    paths: Iterable[str | Path],
    warn: Warn = _ignore,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article]:
    """Every article under ``paths``, each once (duplicates by content hash are dropped).

    A generator: articles are read as they are consumed. Only the ids seen so far are
    kept, to drop duplicates. Files over ``max_bytes`` (``.jsonl``: lines) and articles
    over ``max_chars`` characters are skipped with a warning.
    """
    if max_bytes < 1:
        raise InputError(f"the size limit must be a positive number of bytes, not {max_bytes}")
    seen: set[str] = set()
    for path in iter_files(paths, warn):
        for article in read_file(path, warn, max_bytes=max_bytes):
            if len(article.text) > max_chars:
                warn(
                    f"{article.source}: skipped, {len(article.text):,} characters is over the "
                    f"{max_chars:,}-character limit of one spaCy document"
                )
                continue
            if article.id in seen:
                warn(f"{article.source}: skipped, same text as an article already read")
                continue
            seen.add(article.id)
            yield article
