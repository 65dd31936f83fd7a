"""Metadata of text dumps against the same pages' HTML: title, publication date and authors.

The boilerplate dev set holds each page three ways: the raw HTML, a text dump and a regex dump
(``../shared/eval/boilerplate/{html,text,text_regex}``). Cleaned as HTML, a page's title,
date and authors come from its metadata (meta tags, JSON-LD, ``<time>``); cleaned as a dump,
only from its lines. With the HTML's as the reference, this prints per dump track how often the
dump gives the same value, none, or another:

- title: the same headline when one holds the other, case aside, and is at least half as long
  (a site's name or a section beside it is allowed, a label is not);
- published: the same moment when both have a time and a zone, else the same day;
- authors: the same set of names, case aside ("STEVE PEOPLES" in the page's metadata, "Steve
  Peoples" in its byline).

    python benchmarks/dump_metadata.py [--eval-dir ../shared/eval/boilerplate] [--show]
"""

from __future__ import annotations

import argparse
import gzip
import sys
from datetime import datetime
from pathlib import Path

from cleanse.document import Document, RawDocument
from cleanse.pipeline import PipelineConfig, clean_document

ROOT = Path(__file__).resolve().parents[1]


def same_title(dump: str | None, page: str | None) -> bool:
    """One holds the other, case aside, and is at least half as long: a site's name or a section
    before or after it is allowed ("Title - Site", "Opinion | Title"), a label is not ("Photos")."""
    a, b = (dump or "").casefold().strip(), (page or "").casefold().strip()
    return bool(a and b) and (a in b or b in a) and min(len(a), len(b)) >= 0.5 * max(len(a), len(b))


def same_published(dump: str, page: str) -> bool:
    """The same moment when both carry a time and a zone ("2019-11-19T20:15-06:00" is
    "2019-11-20T02:15+00:00"), else the same day."""
    try:
        a, b = datetime.fromisoformat(dump), datetime.fromisoformat(page)
        if a.tzinfo is not None and b.tzinfo is not None:
            return a == b
    except ValueError:
        pass
    return dump[:10] == page[:10]


def compare(dump: Document, page: Document) -> dict[str, str]:
    """"same", "none" (the dump gives nothing), "other" or "" (the page gives nothing) per field."""
    def verdict(have_page, have_dump, same):
        return "" if not have_page else "none" if not have_dump else "same" if same() else "other"

    return {
        "title": verdict(page.title, dump.title, lambda: same_title(dump.title, page.title)),
        "published": verdict(page.published, dump.published,
                             lambda: same_published(dump.published.value, page.published.value)),
        "authors": verdict(page.authors, dump.authors, lambda: {a.casefold() for a in dump.authors} == {a.casefold() for a in page.authors}),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "boilerplate")
    parser.add_argument("--show", action="store_true", help="list every page where a dump's value is none or another")
    args = parser.parse_args()
    config = PipelineConfig.load()
    pages = {}
    for path in sorted((args.eval_dir / "html").glob("*.html.gz")):
        raw = RawDocument(path.name, "", "html", gzip.decompress(path.read_bytes()).decode("utf-8", "replace"), "utf-8")
        pages[path.name.removesuffix(".html.gz")] = clean_document(raw, config)
    if not pages:
        parser.error(f"no pages under {args.eval_dir / 'html'}: pass --eval-dir")
    print(f"{'track':<11} {'field':<10} {'pages':>5} {'same':>5} {'none':>5} {'other':>5}")
    for track in ("text", "text_regex"):
        counts: dict[str, dict[str, int]] = {}
        shown = []
        for path in sorted((args.eval_dir / track).glob("*.txt")):
            page = pages.get(path.stem)
            if page is None:
                continue
            dump = clean_document(RawDocument(path.name, "", "text", path.read_text("utf-8"), "utf-8"), config)
            for field, verdict in compare(dump, page).items():
                if verdict:
                    counts.setdefault(field, {"same": 0, "none": 0, "other": 0})[verdict] += 1
                if verdict in ("none", "other"):
                    value = getattr(dump, field)
                    shown.append(f"  {track} {path.name[:10]} {field}: {getattr(value, 'value', value)!r} "
                                 f"(page: {getattr(getattr(page, field), 'value', getattr(page, field))!r})")
        for field, c in counts.items():
            print(f"{track:<11} {field:<10} {sum(c.values()):>5} {c['same']:>5} {c['none']:>5} {c['other']:>5}")
        if args.show:
            print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
