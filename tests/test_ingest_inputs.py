"""``graph.ingest``: every input format, and every way a file can be wrong, said in one line."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.ingest import (
    MAX_LINE_WARNINGS,
    article_from_text,
    clean_text,
    headline,
    iter_files,
    normalise_date,
    read_articles,
)

HTML = """<!doctype html><html><head><title>Ministers meet in Brussels</title>
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2024-05-01T10:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Ministers meet in Brussels</h1>
<p>The foreign minister said on Tuesday that the talks had gone well and that a second round
would follow next month, according to officials familiar with the plans.</p>
<p>Opposition leaders criticized the agreement, saying it offered too little and came too late
for the families affected by the decision.</p></article><footer>(c) 2024</footer></body></html>
"""


def _read(*paths, **kwargs):
    warnings: list[str] = []
    articles = list(read_articles(paths, warnings.append, **kwargs))
    return articles, warnings


def test_ingest_txt_and_md_give_one_article_each_with_a_content_hash_id(tmp_path):
    (tmp_path / "a.txt").write_text("Lavrov criticized the plan.\r\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nZelensky welcomed it.", encoding="utf-8")
    articles, warnings = _read(tmp_path)
    assert warnings == []
    assert [Path(a.source).name for a in articles] == ["a.txt", "b.md"]
    assert articles[0].text == "Lavrov criticized the plan.\n"
    assert articles[0].id == article_from_text("Lavrov criticized the plan.\n", "x").id


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mayor backs bridge plan.\n\nThe mayor said on Monday ...", "Mayor backs bridge plan."),
        ("\n\n  Leading blank lines  \nBody.", "Leading blank lines"),
        ("# A Markdown headline\n\nBody.", "A Markdown headline"),
        # no headline: the lead paragraph is cut at a word, not kept whole
        ("word " * 60, ("word " * 32).strip() + "…"),
        ("   \n", None),
    ],
)
def test_ingest_headline_is_the_first_line(text, title):
    assert headline(text) == title


def test_ingest_txt_title_is_its_first_line_and_no_author_is_invented(tmp_path):
    (tmp_path / "story.txt").write_text("Mayor backs plan.\n\nThe mayor said so.\n")
    (article,), _ = _read(tmp_path)
    assert (article.title, article.author) == ("Mayor backs plan.", None)


def test_ingest_jsonl_author_is_read_when_given(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "I think so.", "author": " Ann Writer "}) + "\n")
    (article,), _ = _read(path)
    assert article.author == "Ann Writer"


def test_ingest_html_keeps_the_article_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (article,), warnings = _read(tmp_path / "page.html")
    assert warnings == []
    assert "foreign minister said" in article.text
    assert "Home | World" not in article.text
    assert article.title == "Ministers meet in Brussels"
    assert article.published == "2024-05-01"


def test_ingest_html_without_text_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><script>var x = 1;</script></head></html>")
    articles, warnings = _read(tmp_path / "empty.html")
    assert articles == []
    assert warnings == [f"{tmp_path / 'empty.html'}: skipped, no article text found in the HTML"]


def test_ingest_jsonl_bad_lines_are_reported_skipped_and_counted(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {"text": "First article.", "title": "One", "outlet": "Daily", "url": "https://e/1"}
        ),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": "   "}),
        json.dumps({"text": "Second article.", "published": "5 March 2024", "title": 7}),
        "[" * 100_000,
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, warnings = _read(path)
    assert [a.text for a in articles] == ["First article.", "Second article."]
    assert articles[0].source == f"{path}:1"
    assert (articles[0].title, articles[0].outlet, articles[0].url) == (
        "One",
        "Daily",
        "https://e/1",
    )
    assert (articles[1].title, articles[1].published) == (None, "2024-03-05")
    assert warnings == [
        f"{path}:2: skipped, not valid JSON (Expecting property name enclosed in double quotes "
        "at column 2)",
        f"{path}:3: skipped, needs a JSON object with a string 'text'",
        f"{path}:4: skipped, needs a JSON object with a string 'text'",
        f"{path}:6: skipped, empty 'text'",
        f"{path}:8: skipped, not valid JSON (nested too deeply)",
        f"{path}: read 2 article(s), skipped 5 bad line(s)",
    ]


def test_ingest_jsonl_reports_only_the_first_bad_lines_then_counts(tmp_path):
    path = tmp_path / "junk.jsonl"
    path.write_text("oops\n" * 100 + json.dumps({"text": "Fine."}) + "\n")
    articles, warnings = _read(path)
    assert len(articles) == 1
    assert len(warnings) == MAX_LINE_WARNINGS + 2
    assert warnings[-1] == f"{path}: read 1 article(s), skipped 100 bad line(s)"


def test_ingest_jsonl_size_limit_applies_per_line_not_per_file(tmp_path):
    path = tmp_path / "big.jsonl"
    small = [json.dumps({"text": f"Article number {i}."}) for i in range(50)]
    huge = json.dumps({"text": "x" * 5000})
    path.write_text("\n".join([*small[:25], huge, *small[25:]]) + "\n")
    assert path.stat().st_size > 1000
    articles, warnings = _read(path, max_bytes=1000)
    assert len(articles) == 50
    assert warnings[0] == f"{path}:26: skipped, 5,013 bytes is over the 1,000-byte limit"
    assert warnings[-1] == f"{path}: read 50 article(s), skipped 1 bad line(s)"


def test_ingest_file_over_the_size_limit_is_skipped_with_a_line(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 400)
    (tmp_path / "small.txt").write_text("A short article.")
    articles, warnings = _read(tmp_path, max_bytes=1000)
    assert [Path(a.source).name for a in articles] == ["small.txt"]
    assert warnings == [
        f"{tmp_path / 'big.txt'}: skipped, 2,000 bytes is over the 1,000-byte limit"
    ]


def test_ingest_default_size_limit_is_5_mb(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a " * (5 * 1024 * 1024 // 2 + 1))
    articles, warnings = _read(path)
    assert articles == []
    assert warnings == [f"{path}: skipped, 5,242,882 bytes is over the 5,242,880-byte limit"]


def test_ingest_size_limit_must_be_positive(tmp_path):
    with pytest.raises(InputError, match="positive number of bytes"):
        _read(tmp_path, max_bytes=0)


def test_ingest_non_utf8_is_decoded_as_windows_1252_and_said_so(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le ministre a critiqué l’accord — «non».".encode("cp1252"))
    (article,), warnings = _read(path)
    assert article.text == "Le ministre a critiqué l’accord — «non»."
    assert warnings == [
        f"{path}: not valid UTF-8 (byte 21); decoded as Windows-1252, check the text"
    ]


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
def test_ingest_unicode_with_byte_order_mark_is_read_silently(tmp_path, codec):
    path = tmp_path / "bom.txt"
    path.write_bytes("Zelensky said “yes”.".encode(codec))
    (article,), warnings = _read(path)
    assert (article.text, warnings) == ("Zelensky said “yes”.", [])


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04" + bytes(20), b"ab\x00cd"],
    ids=["pdf", "png", "zip", "nul"],
)
def test_ingest_binary_file_is_skipped_with_a_line(tmp_path, content):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    articles, warnings = _read(path)
    assert articles == []
    assert warnings == [f"{path}: skipped, looks like a binary file"]


def test_ingest_binary_jsonl_is_skipped_once_not_per_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 40)
    assert _read(path) == ([], [f"{path}: skipped, looks like a binary file"])


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", b"\x0b\x0c"], ids=["empty", "blank", "ctl"])
def test_ingest_empty_file_is_skipped_with_a_line(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _read(path) == ([], [f"{path}: skipped, the file is empty"])


def test_ingest_missing_path_is_an_error_before_anything_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("Fine.")
    read: list[Path] = []
    with pytest.raises(InputError, match=r"nope\.txt: no such file or directory"):
        for path in iter_files([tmp_path / "a.txt", tmp_path / "nope.txt"]):
            read.append(path)
    assert read == []


def test_ingest_unsupported_file_and_empty_directory_are_reported(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"x")
    (tmp_path / "empty").mkdir()
    articles, warnings = _read(tmp_path / "notes.docx", tmp_path / "empty")
    assert articles == []
    assert warnings[0].startswith(f"{tmp_path / 'notes.docx'}: skipped, not one of .txt")
    assert warnings[1].startswith(f"{tmp_path / 'empty'}: no .txt")


def test_ingest_directories_are_walked_sorted_skipping_hidden_and_other_types(tmp_path):
    for name in ("b/2.txt", "b/1.md", "a.txt", ".git/x.txt", "c/.swap.txt", "c/img.png"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Text of {name}.")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert names == ["a.txt", "b/1.md", "b/2.txt"]


def test_ingest_same_text_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("Same words.")
    (tmp_path / "b.txt").write_text("Same words.")
    articles, warnings = _read(tmp_path)
    assert len(articles) == 1
    assert warnings == [f"{tmp_path / 'b.txt'}: skipped, same text as an article already read"]


def test_ingest_dangling_symlink_is_ignored_not_fatal(tmp_path):
    target = tmp_path / "gone.txt"
    (tmp_path / "link.txt").symlink_to(target)  # a dangling link: listed, but cannot be read
    (tmp_path / "ok.txt").write_text("Fine.")
    articles, warnings = _read(tmp_path)
    assert [Path(a.source).name for a in articles] == ["ok.txt"]
    assert warnings == []  # a dangling link is not a file, so it is not listed at all


def test_clean_text_replaces_what_no_serialisation_can_carry_one_for_one():
    raw = "a\x00b\x1bc\ud800d\ufffee\r\nf\u202eg"
    cleaned = clean_text(raw)
    assert cleaned == "a b c\ufffdd\ufffde\nf\u202eg"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01", "2024-05-01"),
        ("2024-05-01T10:00:00Z", "2024-05-01"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
        ("2024-02-30", None),
        ("yesterday", None),
        ("March 2024", None),
        ("5 March", None),
        ("x" * 10_000, None),
        (True, None),
        (None, None),
        (20240501, None),
    ],
)
def test_ingest_dates_are_absolute_and_deterministic(value, expected):
    assert normalise_date(value) == expected


def test_ingest_bom_mismatch_is_reported(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate: not UTF-16
    assert _read(path) == (
        [],
        [f"{path}: skipped, starts with a utf-16 byte-order mark but is not utf-16"],
    )


def test_ingest_a_1_mb_line_is_over_spacys_document_limit_and_skipped(tmp_path):
    path = tmp_path / "oneline.txt"
    path.write_text("word " * (1024 * 1024 // 5 + 1), encoding="utf-8")
    (tmp_path / "ok.txt").write_text("A normal article.")
    articles, warnings = _read(tmp_path)
    assert [Path(a.source).name for a in articles] == ["ok.txt"]
    assert warnings == [
        f"{path}: skipped, 1,048,580 characters is over the 1,000,000-character limit "
        "of one spaCy document"
    ]


def test_ingest_character_limit_is_configurable_and_applies_to_jsonl_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "x" * 50}) + "\n" + json.dumps({"text": "short"}) + "\n")
    articles, warnings = _read(path, max_chars=10)
    assert [a.text for a in articles] == ["short"]
    assert warnings == [
        f"{path}:1: skipped, 50 characters is over the 10-character limit of one spaCy document"
    ]


def test_ingest_html_in_a_declared_legacy_charset_is_decoded_by_its_meta(tmp_path):
    path = tmp_path / "page.html"
    page = HTML.replace("<head>", '<head><meta charset="iso-8859-1">').replace(
        "The foreign minister", "Le ministre français"
    )
    path.write_bytes(page.encode("latin-1"))
    (article,), warnings = _read(path)
    assert "Le ministre français said" in article.text
    assert warnings == []


def test_ingest_other_file_types_in_a_directory_are_counted_once(tmp_path):
    for name in ("a.txt", "scan.pdf", "photo.JPG", "b/notes.docx", "b/c.pdf", "README"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Some text.")
    articles, warnings = _read(tmp_path)
    assert len(articles) == 1
    assert warnings == [
        f"{tmp_path}: ignored 5 file(s) of other types (1 (no suffix), 1 .docx, 1 .jpg, 2 .pdf)"
    ]


def test_ingest_jsonl_with_one_nul_corrupted_line_keeps_the_rest(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = [json.dumps({"text": f"Article {i} says something."}) for i in range(5)]
    path.write_bytes(
        ("\n".join(good[:2]) + "\n").encode()
        + b'{"text": "x\x00y"}\n'
        + ("\n".join(good[2:]) + "\n").encode()
    )
    articles, warnings = _read(path)
    assert len(articles) == 5
    assert warnings[0].startswith(f"{path}:3: skipped, not valid JSON")
    assert warnings[-1] == f"{path}: read 5 article(s), skipped 1 bad line(s)"


def test_ingest_jsonl_lines_in_windows_1252_are_kept_and_reported_a_bounded_number_of_times(
    tmp_path,
):
    path = tmp_path / "legacy.jsonl"
    lines = [json.dumps({"text": f"Article {i}: café"}, ensure_ascii=False) for i in range(30)]
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
    articles, warnings = _read(path)
    assert [a.text for a in articles][:2] == ["Article 0: café", "Article 1: café"]
    assert len(articles) == 30
    assert warnings[0] == f"{path}:1: not valid UTF-8 (byte 24); decoded as Windows-1252"
    assert len(warnings) == MAX_LINE_WARNINGS + 1
    assert warnings[-1] == f"{path}: 30 lines were not valid UTF-8 and were decoded as Windows-1252"
