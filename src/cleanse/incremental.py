"""Incremental runs: a manifest of what the outputs were made from, and a plan of what to redo.

``OUT_DIR/manifest.json`` records each source's SHA-256, the rules' and aliases' SHA-256 and
the pipeline version. A run re-cleans only sources that are new or changed, drops the rows of
sources that are gone, and keeps every other row as it was; a change of rules, aliases or
pipeline version re-cleans everything.

To tell what changed without reading every file again, the manifest also keeps each file's
size and status-change time (``ctime``, which every write, rename or ``utime`` moves and no
program can set back): a file whose two are as recorded keeps its recorded hash, as rsync and
git trust size and time. A file changed within ``SETTLED_NS`` of the run that saw it gets no
such record (a second write in the same clock tick would look the same), so it is hashed again.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import stat
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import TextIO

MANIFEST_NAME = "manifest.json"
LOCK_NAME = ".cleanse.lock"


def file_sha256(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None if it cannot be read or is no regular file (the
    reader will say why). A symbolic link, which the reader rejects unread, is known by the
    SHA-256 of the path it holds: a link that loops or dangles stays the same source from run
    to run instead of one that is retried every time. A FIFO is not opened for reading, which
    would wait for a writer: it is opened without waiting, and left unread."""
    try:
        if os.path.islink(path):
            return hashlib.sha256(b"symlink:" + os.fsencode(os.readlink(path))).hexdigest()
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    digest = hashlib.sha256()
    with open(descriptor, "rb") as handle:
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                return None
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        except OSError:
            return None
    return digest.hexdigest()


SETTLED_NS = 10 * 10**9  # a file whose status changed this close to a run's start is hashed again by the next


def file_signature(path: Path, now_ns: int) -> int | None:
    """Size and status-change time of a regular file or symbolic link (the link itself) as one
    number, ``size << 64 | ctime_ns``; None if it cannot be read, is neither, or changed within
    ``SETTLED_NS`` of ``now_ns`` (then only its hash can tell)."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)) or info.st_ctime_ns > now_ns - SETTLED_NS:
        return None
    return info.st_size << 64 | info.st_ctime_ns


def _signature_text(signature: int) -> str:
    return f"{signature >> 64}:{signature & (1 << 64) - 1}"  # "size:ctime_ns"


def _signature_value(text: str) -> int:
    size, ctime_ns = text.split(":")
    return int(size) << 64 | int(ctime_ns)


def rules_fingerprint(rules_file: Path | None, aliases_file: Path | None) -> dict[str, str]:
    """SHA-256 of the packaged rule files and of the user's, as the manifest records them."""
    packaged = resources.files("cleanse.rules")
    parts = {
        "rules_sha256": hashlib.sha256(packaged.joinpath("boilerplate.toml").read_bytes()
                                       + (Path(rules_file).read_bytes() if rules_file else b"")).hexdigest(),
        "aliases_sha256": hashlib.sha256(packaged.joinpath("names.toml").read_bytes()
                                         + (Path(aliases_file).read_bytes() if aliases_file else b"")).hexdigest(),
    }
    return parts


@dataclass
class Manifest:
    """What the outputs in a folder were made from."""

    pipeline_version: str
    rules_sha256: str
    aliases_sha256: str
    sources: dict[str, str] = field(default_factory=dict)  # source_path -> sha256 ("" if unreadable)
    rejected: list[str] = field(default_factory=list)  # sources that are rows of rejects, not corpus
    signatures: dict[str, int] = field(default_factory=dict)  # source_path -> file_signature, for settled files

    @classmethod
    def load(cls, out_dir: Path) -> "Manifest | None":
        """The manifest in ``out_dir``; None if there is none or it cannot be read. One written
        before signatures were kept has none: its files are all hashed again."""
        try:
            data = json.loads((Path(out_dir) / MANIFEST_NAME).read_text("utf-8"))
            return cls(data["pipeline_version"], data["rules_sha256"], data["aliases_sha256"], dict(data["sources"]),
                       list(data.get("rejected", [])),
                       {path: _signature_value(text) for path, text in data.get("signatures", {}).items()})
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def recorded_hash(self, path: str, signature: int | None) -> str | None:
        """The hash recorded for ``path`` if its file is as it was then (same signature)."""
        if signature is None or self.signatures.get(path) != signature:
            return None
        return self.sources.get(path) or None

    def write_json(self, handle: TextIO) -> None:
        """Write the manifest as JSON (one-space indent, each part sorted) entry by
        entry: built whole, the text of 200,000 sources and its sorted copy took 120 MiB for a
        moment at the end of a run (not the run's peak, as it turned out; see HISTORY.md)."""
        string = partial(json.dumps, ensure_ascii=False)
        handle.write(f'{{\n "pipeline_version": {string(self.pipeline_version)},\n'
                     f' "rules_sha256": {string(self.rules_sha256)},\n "aliases_sha256": {string(self.aliases_sha256)},\n')
        handle.write(' "sources": {')
        for i, path in enumerate(sorted(self.sources)):
            handle.write(f'{"," if i else ""}\n  {string(path)}: {string(self.sources[path])}')
        handle.write("\n }" if self.sources else "}")
        handle.write(',\n "rejected": [')
        for i, path in enumerate(sorted(self.rejected)):
            handle.write(f'{"," if i else ""}\n  {string(path)}')
        handle.write("\n ]" if self.rejected else "]")
        handle.write(',\n "signatures": {')
        for i, path in enumerate(sorted(self.signatures)):
            handle.write(f'{"," if i else ""}\n  {string(path)}: "{_signature_text(self.signatures[path])}"')
        handle.write("\n }" if self.signatures else "}")
        handle.write("\n}\n")

    def same_config(self, other: "Manifest") -> bool:
        return (self.pipeline_version, self.rules_sha256, self.aliases_sha256) == \
            (other.pipeline_version, other.rules_sha256, other.aliases_sha256)


@dataclass
class Plan:
    """What a run does with each source: clean it, keep its previous rows, or drop them."""

    to_clean: list[str]
    kept: list[str]
    added: list[str]
    changed: list[str]
    removed: list[str]
    full: bool  # everything is re-cleaned (first run, or rules/aliases/pipeline changed)

    @property
    def nothing_to_do(self) -> bool:
        return not self.full and not self.to_clean and not self.removed


def plan_run(current: Manifest, previous: Manifest | None, outputs_present: bool) -> Plan:
    """Compare the sources now with those the previous outputs were made from.

    >>> old = Manifest("1", "r", "a", {"a.txt": "1", "b.txt": "2"})
    >>> new = Manifest("1", "r", "a", {"a.txt": "1", "b.txt": "3", "c.txt": "4"})
    >>> p = plan_run(new, old, True)
    >>> p.to_clean, p.kept, p.removed
    (['b.txt', 'c.txt'], ['a.txt'], [])
    """
    paths = sorted(current.sources)
    if previous is None or not outputs_present or not current.same_config(previous):
        return Plan(paths, [], [p for p in paths if previous is None or p not in previous.sources],
                    [p for p in paths if previous is not None and p in previous.sources],
                    sorted(set(previous.sources) - set(current.sources)) if previous else [], True)
    added = [p for p in paths if p not in previous.sources]
    # A file that could not be read last time ("" hash) is tried again.
    changed = [p for p in paths if p in previous.sources and (previous.sources[p] != current.sources[p] or not current.sources[p])]
    kept = [p for p in paths if p in previous.sources and previous.sources[p] == current.sources[p] and current.sources[p]]
    removed = sorted(set(previous.sources) - set(current.sources))
    return Plan(sorted(added + changed), kept, added, changed, removed, False)


class OutputsLocked(RuntimeError):
    """Another run holds the outputs folder."""


@contextmanager
def outputs_lock(out_dir: Path, wait_seconds: float = 0.0):
    """Hold ``OUT_DIR/.cleanse.lock`` for the duration of a run, so two runs never interleave.

    An OS file lock: a killed run releases it with its process. Waits up to ``wait_seconds``
    for another run to finish, then raises ``OutputsLocked`` with a plain message.
    """
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    path = Path(out_dir) / LOCK_NAME
    handle = open(path, "a+")
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputsLocked(
                        f"another cleanse run is writing {out_dir}; waited {wait_seconds:.0f} s. "
                        "Try again when it has finished."
                    ) from None
                time.sleep(0.2)
        # Nothing is written to the lock file: a run with nothing to do leaves every file's time as it was.
        yield
    finally:
        handle.close()  # closing releases the lock
