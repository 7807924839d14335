"""Property tests for ingest: any bytes under any supported name -> clean articles or one line.

Whatever a folder holds (random bytes, half-written JSON lines, text in any encoding),
``read_articles`` never raises, every warning is one line naming its file, every article's
text is clean enough for every serialisation, and a ``.jsonl`` accounts for every line.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hostile import SETTINGS, hostile_text
from hypothesis import given
from hypothesis import strategies as st

from graph.ingest import SUPPORTED_SUFFIXES, read_articles

UNCLEAN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff\r]")

json_line = st.one_of(
    st.builds(
        lambda text, title, published: json.dumps(
            {"text": text, "title": title, "published": published}
        ),
        hostile_text,
        st.none() | hostile_text | st.integers(),
        st.none() | st.sampled_from(["2024-05-01", "yesterday", "2024-02-30", "1e400"]),
    ),
    hostile_text,
    st.binary(max_size=50).map(lambda b: b.decode("latin-1")),
    st.sampled_from(["{", "[]", "null", '{"text": 3}', '{"text": ""}', "[" * 5000]),
)


def _write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(SUPPORTED_SUFFIXES),
            st.one_of(
                st.binary(max_size=300),
                hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                hostile_text.map(lambda t: t.encode("utf-16", "surrogatepass")),
            ),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_ingest_any_bytes_never_raise_and_give_clean_articles(files):
    with tempfile.TemporaryDirectory() as tmp:
        for i, (suffix, data) in enumerate(files):
            _write_bytes(Path(tmp) / f"{i}{suffix}", data)
        warnings: list[str] = []
        articles = list(read_articles([tmp], warnings.append))
    for warning in warnings:
        assert "\n" not in warning
        assert warning.startswith(tmp)
    for article in articles:
        assert article.text.strip()
        assert not UNCLEAN.search(article.text)
        for field in (article.title, article.outlet):
            assert field is None or not UNCLEAN.search(field)
        assert article.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.published)
    assert len({a.id for a in articles}) == len(articles)


@SETTINGS
@given(st.lists(json_line, min_size=1, max_size=12))
def test_ingest_jsonl_accounts_for_every_line(lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        head = path.read_bytes()[:8192]
        warnings: list[str] = []
        articles = list(read_articles([path], warnings.append))
    if warnings == [f"{path}: skipped, looks like a binary file"]:
        # Only when NUL bytes are common, not for one corrupt line.
        assert head.count(b"\x00") > max(1, len(head) // 100)
        assert articles == []
        return
    skipped = [w for w in warnings if re.match(rf"{re.escape(str(path))}:\d+: skipped", w)]
    duplicates = [w for w in skipped if "same text as an article already read" in w]
    physical = sum(1 for line in "\n".join(lines).split("\n") if line.strip())
    assert len(articles) + len(skipped) == physical  # each non-blank line: kept or said why
    summary = [w for w in warnings if w.startswith(f"{path}: read ")]
    if len(skipped) > len(duplicates):
        (line,) = summary
        read, bad = map(int, re.findall(r"\d+", line.removeprefix(str(path)))[:2])
        assert read == len(articles) + len(duplicates)
        assert bad == len(skipped) - len(duplicates)
    else:
        assert summary == []
