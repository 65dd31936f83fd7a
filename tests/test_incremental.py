import hashlib
import io
import json
import os
import threading
import time

import pyarrow.parquet as pq
import pytest

from cleanse.incremental import Manifest, OutputsLocked, outputs_lock, plan_run
from cleanse.io.readers import ReadLimits, list_sources
from cleanse.pipeline import PipelineConfig
from cleanse.runner import plan_outputs, run_local
from seed_checks import output_files

OUTPUTS = ["corpus.parquet", "corpus.jsonl", "rejects.parquet", "rejects.jsonl", "manifest.json"]


def _rows(out):
    return {row["source_path"]: row for row in pq.read_table(out / "corpus.parquet").to_pylist()}


def _snapshot(out):
    return {name: (path.read_bytes(), os.stat(path).st_mtime_ns) for name, path in output_files(out, OUTPUTS).items()}


def test_nothing_changed_rewrites_nothing(tmp_path, seeds_copy):
    out = tmp_path / "out"
    config = PipelineConfig.load()
    first = run_local(seeds_copy, out, config)
    assert first.full and first.documents == 3
    before = _snapshot(out)
    second = run_local(seeds_copy, out, config)
    assert second.unchanged and second.documents == 0 and second.kept == 3 and second.exit_code == 0
    assert _snapshot(out) == before


def test_only_added_changed_and_deleted_rows_change(tmp_path, seeds_copy):
    out = tmp_path / "out"
    config = PipelineConfig.load()
    run_local(seeds_copy, out, config)
    before = _rows(out)
    changed, deleted, kept = "000_6e9da8660d8b4b36.txt", "002_36cfec6c427d1d69.txt", "003_dd1124b21a6d5fd2.txt"
    (seeds_copy / changed).write_text((seeds_copy / changed).read_text("utf-8") + "\nA new closing paragraph about Sam Altman.\n", "utf-8")
    (seeds_copy / deleted).unlink()
    (seeds_copy / "sub").mkdir()
    (seeds_copy / "sub" / "new.txt").write_text("New Headline Here\n\nA brand new article about Ilya Sutskever. It is short.\n", "utf-8")
    (seeds_copy / "broken.txt").write_bytes(b"\x00\x01\x02")

    summary = run_local(seeds_copy, out, config)
    assert not summary.full
    assert summary.added == ["broken.txt", "sub/new.txt"] and summary.changed == [changed] and summary.deleted == [deleted]
    assert summary.kept == 1 and summary.documents == 2
    after = _rows(out)
    assert sorted(after) == sorted([changed, kept, "sub/new.txt"])
    assert after[kept] == before[kept]
    assert after[changed]["source_sha256"] != before[changed]["source_sha256"]
    assert "A new closing paragraph" in after[changed]["text"]
    assert list(after) == sorted(after)  # still in source-path order
    rejects = pq.read_table(out / "rejects.parquet").to_pylist()
    assert [r["source_path"] for r in rejects] == ["broken.txt"]
    manifest = Manifest.load(out)
    assert set(manifest.sources) == {changed, kept, "sub/new.txt", "broken.txt"} and manifest.rejected == ["broken.txt"]
    # JSONL holds the same rows as Parquet after the merge
    assert len((out / "corpus.jsonl").read_text("utf-8").splitlines()) == 3

    # and a kept reject stays a reject on the next incremental run
    (seeds_copy / "sub" / "new.txt").write_text("Changed Headline\n\nChanged text here about nothing much.\n", "utf-8")
    again = run_local(seeds_copy, out, config)
    assert again.changed == ["sub/new.txt"] and again.kept == 3
    assert [r["source_path"] for r in pq.read_table(out / "rejects.parquet").to_pylist()] == ["broken.txt"]


def test_a_rules_change_recleans_everything(tmp_path, seeds_copy):
    out = tmp_path / "out"
    run_local(seeds_copy, out, PipelineConfig.load())
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nid = "extra"\nreason = "x"\nmatch = "full"\npatterns = ["time will tell.*"]\n', "utf-8")
    summary = run_local(seeds_copy, out, PipelineConfig.load(rules))
    assert summary.full and summary.documents == 3
    karpathy = _rows(out)["000_6e9da8660d8b4b36.txt"]
    assert "Time will tell" not in karpathy["text"]


def test_plan_retries_unreadable_files():
    previous = Manifest("1", "r", "a", {"a.txt": ""})
    plan = plan_run(Manifest("1", "r", "a", {"a.txt": ""}), previous, True)
    assert plan.to_clean == ["a.txt"]


def test_second_run_on_locked_outputs_ends_with_a_clear_message(tmp_path, seeds_copy):
    out = tmp_path / "out"
    with outputs_lock(out):
        with pytest.raises(OutputsLocked, match="another cleanse run is writing"):
            run_local(seeds_copy, out, PipelineConfig.load())
    assert not (out / "corpus.parquet").exists()


def test_second_run_waits_for_the_first(tmp_path, seeds_copy):
    out = tmp_path / "out"
    released = threading.Event()

    def hold():
        with outputs_lock(out):
            time.sleep(1.0)
        released.set()

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.2)
    summary = run_local(seeds_copy, out, PipelineConfig.load(), lock_wait=30)
    holder.join()
    assert released.is_set() and summary.documents == 3


@pytest.mark.parametrize("sources, rejected, signatures", [
    ({}, [], {}),
    ({"b.txt": "2", "a.txt": "1"}, [], {"b.txt": 5 << 64 | 1_733_500_000_123_456_789, "a.txt": 1}),
    ({"é \"q\".txt": ""}, ["z.txt", "y.txt"], {}),
])
def test_the_manifest_is_written_entry_by_entry_as_indented_json(tmp_path, sources, rejected, signatures):
    manifest = Manifest("1", "r", "a", sources, rejected, signatures)
    written = io.StringIO()
    manifest.write_json(written)
    assert written.getvalue() == json.dumps(
        {"pipeline_version": "1", "rules_sha256": "r", "aliases_sha256": "a", "sources": dict(sorted(sources.items())),
         "rejected": sorted(rejected), "signatures": {path: f"{value >> 64}:{value & (1 << 64) - 1}" for path, value in sorted(signatures.items())}},
        indent=1, ensure_ascii=False) + "\n"
    (tmp_path / "manifest.json").write_text(written.getvalue(), "utf-8")
    manifest.rejected = sorted(rejected)
    assert Manifest.load(tmp_path) == manifest  # and read back as it was


def _odd_sources(folder):
    """Sources that end as rejects, some without reading their bytes (a link, a file over the size limit)."""
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a text file")
    (folder / "big.txt").write_text("A long text about nothing. " * 400, "utf-8")
    (folder / "link.txt").symlink_to(folder / "000_6e9da8660d8b4b36.txt")


def test_a_first_run_reads_each_source_once_and_its_manifest_holds_their_hashes(tmp_path, seeds_copy):
    out = tmp_path / "out"
    _odd_sources(seeds_copy)
    config = PipelineConfig.load(limits=ReadLimits(max_file_bytes=10_000))
    current, _, plan = plan_outputs(seeds_copy, out, config)
    assert plan.full and set(current.sources.values()) == {""}  # hashed as each file is read, not before
    summary = run_local(seeds_copy, out, config)
    assert summary.documents == 3 and len(summary.rejects) == 4
    link = hashlib.sha256(b"symlink:" + os.fsencode(seeds_copy / "000_6e9da8660d8b4b36.txt")).hexdigest()
    assert Manifest.load(out).sources == {path: hashlib.sha256((seeds_copy / path).read_bytes()).hexdigest()
                                          for path in list_sources(seeds_copy) if path != "link.txt"} | {"link.txt": link}
    # and the rejects that read no bytes are not taken for changed files by the next run
    assert run_local(seeds_copy, out, config).unchanged


def test_links_that_loop_or_dangle_are_the_same_sources_on_the_next_run(tmp_path, seeds_copy):
    (seeds_copy / "loop_a.txt").symlink_to(seeds_copy / "loop_b.txt")
    (seeds_copy / "loop_b.txt").symlink_to(seeds_copy / "loop_a.txt")
    (seeds_copy / "dangling.txt").symlink_to(seeds_copy / "gone.txt")
    out = tmp_path / "out"
    first = run_local(seeds_copy, out, PipelineConfig.load())
    assert sorted(path for path, _ in first.rejects) == ["dangling.txt", "loop_a.txt", "loop_b.txt"]
    assert run_local(seeds_copy, out, PipelineConfig.load()).unchanged
    (seeds_copy / "dangling.txt").unlink()
    (seeds_copy / "dangling.txt").symlink_to(seeds_copy / "elsewhere.txt")
    assert run_local(seeds_copy, out, PipelineConfig.load()).changed == ["dangling.txt"]


def test_a_fifo_among_the_sources_is_rejected_without_waiting_for_a_writer(tmp_path, seeds_copy):
    os.mkfifo(seeds_copy / "pipe.txt")
    out = tmp_path / "out"
    summaries = []

    def two_runs():  # the first cleans everything; the second plans by hashing what is there
        summaries.append(run_local(seeds_copy, out, PipelineConfig.load()))
        (seeds_copy / "new.txt").write_text("New Headline\n\nA new article, long enough to be read as prose.\n", "utf-8")
        summaries.append(run_local(seeds_copy, out, PipelineConfig.load()))

    runs = threading.Thread(target=two_runs, daemon=True)
    runs.start()
    runs.join(120)
    assert not runs.is_alive(), "a run waited on the FIFO"
    assert [dict(s.rejects)["pipe.txt"] for s in summaries] == ["not a regular file"] * 2
    assert summaries[1].documents >= 1


@pytest.fixture
def hashed_files(monkeypatch):
    """The names of the files the runner hashes while planning, with the run's clock an hour
    ahead: tests write their files just now, and a file changed within SETTLED_NS of a run is
    hashed again by the next (a status-change time cannot be set back; the clock can be moved)."""
    import cleanse.runner as runner

    hashed = []
    real = runner.file_sha256
    monkeypatch.setattr(runner, "file_sha256", lambda path: hashed.append(path.name) or real(path))
    ahead = time.time_ns() + 3600 * 10**9
    monkeypatch.setattr(runner.time, "time_ns", lambda: ahead)
    return hashed


def test_a_later_run_hashes_only_files_whose_size_or_status_change_time_moved(tmp_path, seeds_copy, hashed_files):
    out = tmp_path / "out"
    config = PipelineConfig.load()
    run_local(seeds_copy, out, config)
    assert hashed_files == [] and len(Manifest.load(out).signatures) == 3
    assert run_local(seeds_copy, out, config).unchanged and hashed_files == []  # nothing read to tell

    changed, touched = "000_6e9da8660d8b4b36.txt", "002_36cfec6c427d1d69.txt"
    text = (seeds_copy / changed).read_text("utf-8")
    (seeds_copy / changed).write_text(text.replace("OpenAI", "OpenAi", 1), "utf-8")  # same size
    os.utime(seeds_copy / touched)  # same bytes, new times
    summary = run_local(seeds_copy, out, config)
    assert sorted(hashed_files) == [changed, touched]
    assert summary.changed == [changed] and summary.kept == 2


def test_a_file_changed_just_before_a_run_is_hashed_again_by_the_next(tmp_path, seeds_copy):
    out = tmp_path / "out"
    run_local(seeds_copy, out, PipelineConfig.load())  # the seeds were copied just now: not settled
    assert Manifest.load(out).signatures == {}
    assert run_local(seeds_copy, out, PipelineConfig.load()).unchanged  # hashed, found unchanged


def test_a_manifest_without_signatures_hashes_every_file(tmp_path, seeds_copy, hashed_files):
    out = tmp_path / "out"
    run_local(seeds_copy, out, PipelineConfig.load())
    data = json.loads((out / "manifest.json").read_text("utf-8"))
    del data["signatures"]  # as written before they were kept
    (out / "manifest.json").write_text(json.dumps(data), "utf-8")
    assert run_local(seeds_copy, out, PipelineConfig.load()).unchanged
    assert len(hashed_files) == 3
