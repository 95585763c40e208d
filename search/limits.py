"""The one table of limits: how much one request may ask of the library, the CLI and the web alike.

At the bottom of the library (it imports nothing). The web may lower a limit by configuration
(`JIANBAO_MAX_QUERY_CHARS`, `JIANBAO_CSV_LIMIT`) but reads its default here; README's
Configuration section states them once.
"""
from __future__ import annotations

QUERY_CHARS = 500           # characters of one query the library searches (QueryError too_long beyond)
WEB_QUERY_CHARS = 200       # the web's default, below QUERY_CHARS: a query arrives in a URL
QUERY_WORDS = 32            # different words of one query
CORRECT_CHARS = 24          # longest run typed without a space that is looked at for a slip (您是不是要找):
                            # past it, a sentence pasted whole, no typo (its search of every window cost
                            # 150 ms at 10,000 items, bench/RESULTS.md)
LONGEST_NUMBER = 32         # characters of digits, commas and points a printed figure may have: a longer run
                            # is no figure (the figure patterns tried at each of its digits took the square
                            # of its length: 10,000 digits, 16 s)
PER_PAGE = 10               # hits on a page unless asked otherwise
MAX_PER_PAGE = 100          # hits on one page, at most
CSV_ROWS = 10_000           # rows of one CSV export of a search
UPLOAD_BYTES = 50 * 2**20   # one upload to the desk (one request, 50 MB; JIANBAO_UPLOAD_BYTES may lower it)
UPLOAD_FILES = 10           # files in one upload
NAME_CHARS = 80             # characters of a file name kept (its stem; Chinese names stay Chinese)

# What a briefing file may ask of a reader (the desk's previews and the indexer alike): a file
# over these is refused before it can take the memory or the time.
UNZIPPED_BYTES = 200 * 2**20  # a Word file's parts, uncompressed, all together
UNZIP_RATIO = 100             # ... and at most this many times its compressed size (past 10 MB)
ZIP_ENTRIES = 5_000           # parts of a Word file
HTML_DEPTH = 256              # elements nested in a saved web page (a real article nests a few dozen)
HTML_ELEMENTS = 50_000        # elements (start tags) of a saved web page, counted before it is parsed: a real
                              # article has a few hundred, and each costs the reader about 0.1-0.2 ms
                              # (2,000,000 empty <p>, 6 MB, took 350 s under load)
MHT_PARTS = 5_000             # parts of a web archive (MHT), counted before it is parsed (a page and its images)
JSON_BYTES = 50 * 2**20       # a post exported as JSON (jsonpost.py): a real one is a few hundred KB
JSON_VALUES = 1_000_000       # values it holds, counted on its bytes before it is parsed (its commas and openings)
JSON_DEPTH = 64               # how deep it nests (an editor's block tree nests a dozen levels)
JSON_BLOCKS = 5_000           # block objects of its body (a briefing has a few dozen to a few hundred)
PDF_PAGES = 500               # pages of a PDF (a briefing has a few dozen)
PDF_INFLATED_BYTES = 256 * 2**20  # a PDF's compressed streams, inflated, all together
OFD_UNITS = 1_000_000         # glyphs and drawing units of an OFD, all its pages together (a briefing has
                              # some 10,000); its pages are bounded by PDF_PAGES, its zip as a Word file's
PARSE_SECONDS = 60            # one preview's parse, in its own process, killed past this
PARSE_MEMORY = 3 * 2**30      # that process's address space

# Sign-in attempts that failed, per window, before further attempts are refused for a while.
SIGN_IN_WINDOW = 15 * 60      # seconds
SIGN_IN_PER_ACCOUNT = 5
SIGN_IN_PER_ADDRESS = 20
SESSION_HOURS = 8             # a desk session ends after this long without a request
PASSWORD_CHARS = 10           # the shortest password of a desk account
