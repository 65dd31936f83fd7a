"""report.html in a real headless Chromium; the data dictionary; `cleanse show`."""

import os
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from cleanse.io.schema import CORPUS_SCHEMA
from cleanse.pipeline import PipelineConfig
from cleanse.runner import run_local
from seed_checks import SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    run_local(SEEDS, out, PipelineConfig.load())
    return out


def test_report_is_self_contained(outputs):
    page = (outputs / "report.html").read_text("utf-8")
    assert "<script" not in page and "http://" not in page and "https://" not in page and "<link" not in page
    assert "Removed lines by rule" in page and "Documents by publication month" in page and "Most-named people" in page


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="Chromium is not installed (CI installs it)")
def test_report_loads_in_chromium_without_console_errors_and_shows_a_cut_promo(outputs, tmp_path):
    assert CHROMIUM, "CI must have Chromium (the test command installs it)"
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
         "--dump-dom", (outputs / "report.html").as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    console = [line for line in result.stderr.splitlines() if "CONSOLE" in line]
    assert not console, console
    dom = result.stdout
    doc_id = pq.read_table(outputs / "corpus.parquet").to_pandas().set_index("source_path").loc["003_dd1124b21a6d5fd2.txt", "doc_id"]
    view = dom[dom.index(f'id="doc-{doc_id}"'):]
    view = view[: view.index("</details>")]
    assert '<span class="rule">promo</span><del>Read More: OpenAI Unveils GPT-4o' in view


def test_data_dictionary_documents_every_column(outputs):
    readme = (outputs / "README.md").read_text("utf-8")
    for field in CORPUS_SCHEMA:
        assert f"| `{field.name}` |" in readme
    assert "Pipeline version" in readme and "boilerplate.toml" in readme


def test_show_prints_a_document_and_its_removed_lines(outputs):
    show = [sys.executable, "-m", "cleanse.cli", "show", "003_dd1124b21a6d5fd2.txt", "--out", str(outputs)]
    text = subprocess.run(show, capture_output=True, text=True).stdout
    assert "people:        Ilya Sutskever" in text and "Transition and Continuity" in text
    diff = subprocess.run(show + ["--diff"], capture_output=True, text=True).stdout
    assert "- [promo] Read More: OpenAI Unveils GPT-4o" in diff
    missing = subprocess.run([sys.executable, "-m", "cleanse.cli", "show", "nope", "--out", str(outputs)], capture_output=True, text=True)
    assert missing.returncode == 1
