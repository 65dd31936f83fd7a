"""Readers: find source files under an input folder, read them safely, decode them to text.

Every failure becomes a ``Reject`` with a plain reason; nothing here raises on bad input.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from cleanse.document import RawDocument, Reject

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
                 ".md": "markdown", ".markdown": "markdown"}


@dataclass(frozen=True)
class ReadLimits:
    """Upper bounds that keep one hostile file from exhausting the machine."""

    max_file_bytes: int = 100 * 1024 * 1024
    max_inflated_bytes: int = 100 * 1024 * 1024
    max_html_depth: int = 2000  # elements nested inside each other; real pages stay under a few hundred
    # (libxml2 itself refuses more than 2047, whatever this says)


def source_format(path: str) -> tuple[str | None, bool]:
    """Return (``"text"`` | ``"html"`` | ``"markdown"`` | None, compressed) from a file name.

    >>> source_format("a/page.html.gz")
    ('html', True)
    """
    name = path.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    return TEXT_SUFFIXES.get(os.path.splitext(name)[1]), compressed


def list_sources(input_dir: Path) -> list[str]:
    """All regular files under ``input_dir``, as sorted "/"-separated relative paths.

    Symlinks are not followed (a link may loop or point outside the input folder), and
    hidden files and folders (".git", ".DS_Store") are skipped.
    """
    found: list[str] = []
    for root, dirs, files in os.walk(input_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            full = Path(root, name)
            rel = full.relative_to(input_dir).as_posix()
            found.append(rel)
    return sorted(found)


# Errors worth a retry (a busy or flaky network filesystem), as opposed to a missing file.
TRANSIENT_ERRNOS = {errno.EIO, errno.EAGAIN, errno.ETIMEDOUT, errno.EINTR, errno.ESTALE, errno.EBUSY}


def read_source(input_dir: Path, rel_path: str, limits: ReadLimits = ReadLimits(), raise_transient: bool = False) -> RawDocument | Reject:
    """Read and decode one source file, or say plainly why it cannot be used.

    With ``raise_transient``, an I/O error that may pass (``TRANSIENT_ERRNOS``) is raised
    so that the caller can retry; otherwise every error becomes a ``Reject``.
    """
    path = Path(input_dir, rel_path)
    fmt, compressed = source_format(rel_path)
    try:
        if path.is_symlink():
            return Reject(rel_path, "symbolic link: not followed")
        if not path.exists():
            return Reject(rel_path, "file disappeared before it could be read")
        if not path.is_file():
            return Reject(rel_path, "not a regular file")
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            return Reject(rel_path, f"file is {size} bytes, over the limit of {limits.max_file_bytes}", size_bytes=size)
        data = path.read_bytes()
    except FileNotFoundError:
        return Reject(rel_path, "file disappeared before it could be read")
    except OSError as exc:
        if raise_transient and exc.errno in TRANSIENT_ERRNOS:
            raise
        return Reject(rel_path, f"cannot read file: {exc.strerror or exc}")

    sha = hashlib.sha256(data).hexdigest()
    if fmt is None:
        return Reject(rel_path, f"unsupported file type {Path(rel_path).suffix or '(no extension)'!r}: expected .txt, .html, .htm or .md, optionally .gz", sha, len(data))
    if compressed:
        try:
            data = gunzip_limited(data, limits.max_inflated_bytes)
        except ValueError as exc:
            return Reject(rel_path, str(exc), sha, len(data))
    try:
        text, encoding = decode_bytes(data, html=(fmt == "html"))
    except ValueError as exc:
        return Reject(rel_path, str(exc), sha, len(data))
    if not text.strip():
        return Reject(rel_path, "empty file: no text after decoding", sha, len(data))
    return RawDocument(rel_path, sha, fmt, text, encoding, compressed)


def gunzip_limited(data: bytes, limit: int) -> bytes:
    """Inflate gzip data, refusing to produce more than ``limit`` bytes (gzip bombs)."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"corrupt gzip data: {exc}") from None
    if len(out) > limit:
        raise ValueError(f"gzip inflates past the limit of {limit} bytes: refused")
    if not inflater.eof:
        raise ValueError("truncated gzip: the compressed stream ends early")
    return out


# Magic numbers of common binary formats, for a plainer reason than "not text".
_MAGIC = [
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip data without a .gz name"),
    (b"\x7fELF", "executable"), (b"RIFF", "RIFF media"), (b"OggS", "Ogg media"),
]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as Windows-1252 (Latin-1 where 1252 has a hole)."""
    chunk = err.object[err.start : err.end]
    return chunk.decode("cp1252", errors="replace").replace("\ufffd", "") or chunk.decode("latin-1"), err.end


codecs.register_error("cleanse-cp1252", _cp1252_fallback)


def decode_bytes(data: bytes, html: bool = False) -> tuple[str, str]:
    """Decode a file's bytes to text and name the encoding used; ValueError if it is not text.

    Order: BOM; binary signatures and NUL bytes (UTF-16 without BOM is recognised by its
    NUL pattern); strict UTF-8; an HTML page's declared charset; UTF-8 with stray
    Windows-1252 bytes (mixed files); Windows-1252 for Western text; charset-normalizer's
    guess for the rest (Cyrillic, CJK, ...).

    >>> decode_bytes("café".encode("cp1252"))
    ('café', 'cp1252')
    """
    if not data:
        raise ValueError("empty file")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise ValueError(f"invalid {name} text after its byte-order mark: {exc.reason}") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ValueError(f"binary file ({kind}), not text")
    if b"\x00" in data[:65536]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise ValueError("binary file: contains NUL bytes")
        data_text = data.decode(utf16, errors="replace")
        return _check_text(data_text), utf16
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii", "replace").lower()
            try:
                codecs.lookup(name)
                return _check_text(data.decode(name)), name
            except (LookupError, UnicodeDecodeError):
                pass
    high = sum(1 for b in data if b >= 0x80)
    valid_utf8_seqs = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data))
    if valid_utf8_seqs and valid_utf8_seqs * 2 >= high // 2:
        # Mostly UTF-8 with a few stray bytes: a pasted Windows-1252 fragment or corruption.
        return _check_text(data.decode("utf-8", errors="cleanse-cp1252")), "utf-8+cp1252"
    letters = sum(1 for b in data if (0x41 <= b <= 0x5A) or (0x61 <= b <= 0x7A)) + high
    if high <= 0.3 * max(letters, 1):
        # Western text: a few accented letters among ASCII. The web's default 8-bit encoding.
        return _check_text(data.decode("cp1252", errors="cleanse-cp1252")), "cp1252"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ValueError("undecodable: not UTF-8 and no known 8-bit encoding fits")
    return _check_text(str(best)), best.encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' if the NULs fall on one byte of each pair (mostly-ASCII UTF-16)."""
    sample = data[:65536]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _check_text(text: str) -> str:
    """Refuse decoded 'text' that is mostly control characters (binary that happened to decode)."""
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise ValueError("binary file: too many control characters to be text")
    return text

