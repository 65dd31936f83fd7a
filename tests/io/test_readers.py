import gzip
import os

import pytest

from cleanse.document import RawDocument, Reject
from cleanse.io.readers import ReadLimits, decode_bytes, list_sources, read_source, source_format

CYRILLIC = "Привет, как дела? Это проверка кодировки текста. Москва — столица России, крупнейший город страны. Эти данные были собраны в прошлом году."
TEXT = "Café owners said “nothing has happened” – naïve, perhaps. The price is €5.\n"


def _write(folder, name, data: bytes):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return name


@pytest.mark.parametrize(
    "name, data, expected_text, expected_encoding",
    [
        ("utf8.txt", TEXT.encode("utf-8"), TEXT, "utf-8"),
        ("utf8_bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, "utf-8-sig"),
        ("utf16.txt", TEXT.encode("utf-16"), TEXT, "utf-16"),
        ("utf16_no_bom.txt", TEXT.encode("utf-16-le"), TEXT, "utf-16-le"),
        ("cp1252.txt", TEXT.encode("cp1252"), TEXT, "cp1252"),
        ("latin1.txt", "Grüße aus München, schöne Straße.\n".encode("latin-1"), "Grüße aus München, schöne Straße.\n", "cp1252"),
        ("mixed.txt", TEXT.encode("utf-8") + "déjà vu".encode("cp1252"), TEXT + "déjà vu", "utf-8+cp1252"),
        ("page.html.gz", gzip.compress(b"<html><body><p>Hi</p></body></html>"), "<html><body><p>Hi</p></body></html>", "utf-8"),
        ("cyrillic.txt", CYRILLIC.encode("cp1251"), CYRILLIC, "cp1251"),
    ],
)
def test_reads_common_encodings(tmp_path, name, data, expected_text, expected_encoding):
    result = read_source(tmp_path, _write(tmp_path, name, data))
    assert isinstance(result, RawDocument), result
    assert result.content == expected_text
    if expected_encoding:
        assert result.encoding == expected_encoding


@pytest.mark.parametrize(
    "name, data, reason_part",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(200), "PNG"),
        ("doc.html", b"%PDF-1.7\n" + os.urandom(200), "PDF"),
        ("random.txt", bytes(range(256)) * 8, "binary"),
        ("truncated.txt.gz", gzip.compress(TEXT.encode() * 50)[:40], "truncated gzip"),
        ("notgzip.txt.gz", b"this is not gzip at all", "corrupt gzip"),
        ("picture.jpg", b"\xff\xd8\xff\xe0" + os.urandom(50), "unsupported file type"),
        ("noext", b"text without an extension", "unsupported file type"),
    ],
)
def test_bad_input_becomes_a_reject_with_a_plain_reason(tmp_path, name, data, reason_part):
    result = read_source(tmp_path, _write(tmp_path, name, data))
    assert isinstance(result, Reject)
    assert reason_part in result.reason
    assert result.source_path == name


def test_gzip_bomb_is_refused_without_inflating_it(tmp_path):
    name = _write(tmp_path, "bomb.txt.gz", gzip.compress(b"a" * (5 * 1024 * 1024)))
    result = read_source(tmp_path, name, ReadLimits(max_inflated_bytes=1024 * 1024))
    assert isinstance(result, Reject) and "limit" in result.reason


def test_oversized_file_is_refused(tmp_path):
    name = _write(tmp_path, "big.txt", b"word " * 1000)
    result = read_source(tmp_path, name, ReadLimits(max_file_bytes=100))
    assert isinstance(result, Reject) and "over the limit" in result.reason


def test_missing_file_is_a_reject(tmp_path):
    result = read_source(tmp_path, "gone.txt")
    assert isinstance(result, Reject)


def test_list_sources_is_recursive_sorted_and_skips_links_and_hidden(tmp_path):
    _write(tmp_path, "b.txt", b"b")
    _write(tmp_path, "sub/a.html", b"a")
    _write(tmp_path, ".hidden/x.txt", b"x")
    _write(tmp_path, "name with spaces ü.txt", b"x")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "outside.txt").symlink_to("/etc/hostname")
    assert list_sources(tmp_path) == ["b.txt", "name with spaces ü.txt", "outside.txt", "sub/a.html"]
    assert isinstance(read_source(tmp_path, "outside.txt"), Reject)


def test_decode_html_uses_declared_charset():
    page = '<html><head><meta charset="windows-1251"></head><body>Привет</body></html>'.encode("cp1251")
    text, encoding = decode_bytes(page, html=True)
    assert "Привет" in text and encoding == "windows-1251"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a/page.html.gz", ("html", True)),
        ("notes.txt", ("text", False)),
        # a scraper's Markdown (Firecrawl, Jina Reader, crawl4ai)
        ("scrapes/page.md", ("markdown", False)),
        ("page.MARKDOWN.gz", ("markdown", True)),
        ("picture.jpg", (None, False)),
    ],
)
def test_source_format_from_the_file_name(name, expected):
    assert source_format(name) == expected


def test_a_markdown_file_is_read_as_markdown(tmp_path):
    name = _write(tmp_path, "page.md", "# Title\n\nSome *text*.\n".encode())
    raw = read_source(tmp_path, name)
    assert isinstance(raw, RawDocument) and raw.source_format == "markdown" and raw.content.startswith("# Title")
