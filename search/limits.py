"""The one table of limits: how much one request may ask of the library, the CLI and the web alike.

At the bottom of the library (it imports nothing). The web may lower a limit by configuration
(`JIANBAO_MAX_QUERY_CHARS`, `JIANBAO_CSV_LIMIT`) but reads its default here; README's
Configuration section states them once.
"""
from __future__ import annotations

QUERY_CHARS = 500           # characters of one query the library searches (QueryError too_long beyond)
WEB_QUERY_CHARS = 200       # the web's default, below QUERY_CHARS: a query arrives in a URL
QUERY_WORDS = 32            # different words of one query
PER_PAGE = 10               # hits on a page unless asked otherwise
MAX_PER_PAGE = 100          # hits on one page, at most
CSV_ROWS = 10_000           # rows of one CSV export of a search
UPLOAD_BYTES = 50 * 2**20   # one uploaded briefing file (50 MB), for the upload to come
