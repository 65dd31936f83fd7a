"""cleanse: scraped web and news text in, a clean and accountable corpus out."""

__version__ = "0.1.0"

# Bumped whenever a change to the steps or rules can change a row: rows carry it, and
# incremental runs re-clean everything when it changes.
PIPELINE_VERSION = "0.5.261"
