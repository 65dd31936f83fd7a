"""Hostile input, killed runs and concurrent runs: nothing lost, nothing silent."""

import gzip
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from cleanse.io.readers import ReadLimits
from cleanse.pipeline import PipelineConfig
from cleanse.runner import run_local
from seed_checks import SEEDS, output_files

VISIBLE = ["corpus.parquet", "corpus.jsonl", "rejects.parquet", "rejects.jsonl", "people.parquet", "people.jsonl", "manifest.json"]


def _hostile_folder(root: Path) -> dict[str, str]:
    """Write every kind of bad input the issue names; returns name -> what must happen."""
    folder = root / "in"
    shutil.copytree(SEEDS, folder)
    expect = {}

    def put(name, data, outcome):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expect[name] = outcome

    put("empty.txt", b"", "reject")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(4000), "reject")
    put("scan.html", b"%PDF-1.7\n" + os.urandom(4000), "reject")
    put("noise.txt", bytes(range(256)) * 40, "reject")
    put("invalid_utf8.txt", "The first part is fine. ".encode() * 20 + b"\xff\xfe\xc3\x28 broken " + "and the end is fine too.".encode(), "document")
    put("mixed.txt", "UTF-8 part: café. ".encode() * 10 + "cp1252 part: naïve “quotes”.".encode("cp1252"), "document")
    put("utf16_nobom.txt", ("A text saved as UTF-16 without a byte-order mark. " * 10).encode("utf-16-le"), "document")
    put("deep.html", b"<html><body>" + b"<div>" * 100_000 + b"<p>Deep text.</p>" + b"</div>" * 100_000 + b"</body></html>", "reject")
    put("script_only.html", b"<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>", "reject")
    put("bomb.txt.gz", gzip.compress(b"\0" * (120 * 1024 * 1024), 9), "reject")
    put("truncated.html.gz", gzip.compress(b"<html><body><p>cut</p></body></html>" * 100)[:60], "reject")
    put("name with spaces ünïcödé 東京.txt", "A Title\n\nA body paragraph that is long enough to read as prose, in a file with an awkward name.".encode(), "document")
    put("new\nline.txt", "A Title\n\nAnother body paragraph that is long enough to read as prose, with a newline in its name.".encode(), "document")
    big = folder / "huge.txt"
    with open(big, "wb") as handle:  # 200 MB, sparse: refused by its size before any read
        handle.truncate(200 * 1024 * 1024)
    expect["huge.txt"] = "reject"
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    (folder / "outside.txt").symlink_to("/etc/hostname")
    (folder / "dirloop").symlink_to(folder)
    expect.update({"loop_a.txt": "reject", "loop_b.txt": "reject", "outside.txt": "reject"})
    return expect


def test_every_hostile_file_gets_a_row_and_the_seeds_are_still_cleaned(tmp_path, monkeypatch):
    expect = _hostile_folder(tmp_path)
    folder = tmp_path / "in"
    # a file that cannot be read (as root, permissions do not stop us: simulate the error) ...
    unreadable = folder / "unreadable.txt"
    unreadable.write_text("secret")
    expect["unreadable.txt"] = "reject"
    real_read_bytes = Path.read_bytes

    def read_bytes(self):
        if self.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    # ... and one deleted between listing and reading
    import cleanse.runner as runner

    real_list = runner.list_sources
    monkeypatch.setattr(runner, "list_sources", lambda d: sorted(real_list(d) + ["vanished.txt"]))
    expect["vanished.txt"] = "reject"

    summary = run_local(folder, tmp_path / "out", PipelineConfig.load(limits=ReadLimits()))
    documents = {r["source_path"] for r in pq.read_table(tmp_path / "out" / "corpus.parquet").to_pylist()}
    rejects = {r["source_path"]: r["reason"] for r in pq.read_table(tmp_path / "out" / "rejects.parquet").to_pylist()}
    assert {p.name for p in SEEDS.iterdir()} <= documents
    for name, outcome in expect.items():
        if outcome == "document":
            assert name in documents, (name, rejects.get(name))
        else:
            assert name in rejects and rejects[name].strip(), name
    assert not documents & set(rejects)
    assert "dirloop" not in " ".join(documents | set(rejects))
    assert "over the limit" in rejects["huge.txt"]
    assert "gzip inflates past the limit" in rejects["bomb.txt.gz"]
    assert "nested deeper" in rejects["deep.html"]
    assert "Permission denied" in rejects["unreadable.txt"]
    assert "disappeared" in rejects["vanished.txt"]
    assert "symbolic link" in rejects["outside.txt"]
    assert summary.exit_code == 0


def _snapshot(out: Path) -> dict[str, bytes]:
    return {name: path.read_bytes() for name, path in output_files(out, VISIBLE).items()}


def _cli(args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "cleanse.cli", "run", *args, "--no-prefect"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_a_killed_run_leaves_the_previous_outputs_and_the_next_run_completes(tmp_path):
    out = tmp_path / "out"
    small = tmp_path / "small"
    shutil.copytree(SEEDS, small)
    assert _cli([str(small), "--out", str(out)]).wait(120) == 0
    before = _snapshot(out)

    # Large enough that no run publishes before its last kill: a run that had published but not yet
    # exited (removing old versions) would change the outputs rightly and fail the check below.
    copies = 400
    big = tmp_path / "big"
    shutil.copytree(SEEDS, big)
    for i in range(copies):
        for seed in SEEDS.iterdir():
            shutil.copyfile(seed, big / f"copy{i:03d}_{seed.name}")
    killed = 0
    for delay in (0.5, 1.5, 3.0, 4.5):  # while starting, cleaning, writing and publishing
        process = _cli([str(big), "--out", str(out), "--batch-size", "50"])
        time.sleep(delay)
        if process.poll() is not None:
            break  # finished before the kill: nothing left to test at this delay
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        killed += 1
        assert _snapshot(out) == before, f"outputs changed by a run killed after {delay} s"
    assert killed >= 2
    finished = _cli([str(big), "--out", str(out), "--lock-wait", "0"])
    assert finished.wait(300) == 0, finished.stderr.read().decode()[-2000:]
    assert pq.read_table(out / "corpus.parquet").num_rows == 3 + copies * 3
    assert len(list((out / ".versions").iterdir())) == 1  # what killed runs left is gone


def test_two_runs_at_once_do_not_interleave(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    for i in range(60):
        for seed in SEEDS.iterdir():
            shutil.copyfile(seed, folder / f"c{i:02d}_{seed.name}")
    out = tmp_path / "out"
    first = _cli([str(folder), "--out", str(out), "--lock-wait", "0"])
    time.sleep(0.3)
    second = _cli([str(folder), "--out", str(out), "--lock-wait", "0"])
    codes = sorted([first.wait(300), second.wait(300)])
    assert codes == [0, 3]  # one completes, the other ends at once with a clear message
    loser = first if first.returncode == 3 else second
    assert b"another cleanse run is writing" in loser.stderr.read()
    assert pq.read_table(out / "corpus.parquet").num_rows == 183
