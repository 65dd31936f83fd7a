"""One cache for the steps' per-line work: lines repeat across a site's pages and come back in
the pipeline's checking rounds, so each is worked out once.

Only lines up to ``MAX_CACHED_CHARS`` are remembered: a page of minified script can bring
lines of megabytes, and remembering tens of thousands of those would let memory grow with
the corpus. Longer lines are worked out every time.
"""

from __future__ import annotations

from functools import lru_cache, wraps

MAX_CACHED_CHARS = 1000
MAX_CACHED_LINES = 1 << 16


def line_cache(function):
    """Cache ``function(line, *args)`` for short lines; ``cache_clear()`` empties it.

    >>> @line_cache
    ... def shout(line):
    ...     return line.upper()
    >>> shout("hi"), shout("x" * 2000) == "X" * 2000
    ('HI', True)
    """
    cached = lru_cache(maxsize=MAX_CACHED_LINES)(function)

    @wraps(function)
    def wrapper(line: str, *args):
        return cached(line, *args) if len(line) <= MAX_CACHED_CHARS else function(line, *args)

    wrapper.cache_clear = cached.cache_clear
    return wrapper
