"""What must hold for the seeds in any run's outputs (shared by the library and flow tests)."""

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

BOILERPLATE_FRAGMENTS = [
    "a:hover]", "shadow-underline", "Share your love", "Leave a Reply", "Read More", "Follow us on Linkedin",
    "Image Credit:", "Articles: 1955", "This post was originally published on The Verge", "Illustration: The Verge",
]

# Lines of the seeds that are page furniture or metadata, not article text.
NOT_ARTICLE_TEXT = {"Feb 15, 2024", "Editorial Team"}


def output_files(out: Path, names) -> dict[str, Path]:
    """The files behind output names, a folder's (``corpus.parquet/``) part by part."""
    files = {}
    for name in names:
        path = out / name
        parts = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        files.update({str(part.relative_to(out)): part for part in parts})
    return files


def _is_boilerplate(line: str) -> bool:
    return line in NOT_ARTICLE_TEXT or any(fragment in line for fragment in BOILERPLATE_FRAGMENTS)


def check_seed_rows(rows: list[dict]) -> None:
    """Assert the issue's seed requirements on corpus rows (dicts as written)."""
    by_path = {row["source_path"]: row for row in rows}
    assert sorted(by_path) == sorted(p.name for p in SEEDS.iterdir())
    for path, row in by_path.items():
        raw = (SEEDS / path).read_text("utf-8")
        text = row["text"]
        for fragment in BOILERPLATE_FRAGMENTS:
            assert fragment not in text, (path, fragment)
        # Every real paragraph and heading remains, word for word (whitespace aside).
        kept_lines = {" ".join(line.split()) for line in text.split("\n")}
        for line in raw.split("\n"):
            line = " ".join(line.split())
            if line and not _is_boilerplate(line):
                assert line in kept_lines, (path, line)
        first_line = raw.strip().split("\n")[0].strip()
        assert row["title"] == first_line
        assert text.startswith(first_line)
        for bare in ("Sutskever", "Altman", "Ilya", "Jakub"):
            assert bare not in row["people"], (path, bare)
        assert "Mark Zuckerberg" not in row["people"]
        for mention in row["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
        for date in row["dates"]:
            assert text[date["start"] : date["end"]] == date["text"]

    karpathy = by_path["000_6e9da8660d8b4b36.txt"]
    assert str(karpathy["published"]) == "2024-02-15"
    assert str(karpathy["published_date"]) == "2024-02-15"
    assert {"Andrej Karpathy", "Sam Altman", "Ilya Sutskever", "Elon Musk"} <= set(karpathy["people"])
    verge = by_path["002_36cfec6c427d1d69.txt"]
    assert verge["site_name"] == "The Verge"
    assert {"Ilya Sutskever", "Sam Altman", "Jakub Pachocki", "Jan Leike", "John Schulman"} <= set(verge["people"])
    assert verge["updated"] == "--05-14T19:55-05:00"
    techovedas = by_path["003_dd1124b21a6d5fd2.txt"]
    assert techovedas["site_name"] == "techovedas"
    assert {"Ilya Sutskever", "Sam Altman", "Jakub Pachocki", "Greg Brockman"} <= set(techovedas["people"])
    assert any(d["text"] == "November 2023" and d["value"] == "2023-11" and d["precision"] == "month" for d in techovedas["dates"])
