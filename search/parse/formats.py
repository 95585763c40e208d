"""What to do with a file no reader reads: the reason a rejected file carries, with the way out.

Beside the readers (readers.py decides what is readable, by `SUFFIXES`); `jianbao index`, `stats`,
`check` and the status page show the reason as it is written here.
"""
from __future__ import annotations

__all__ = ["unsupported"]

_SAVE_AS = "open it in Word, WPS or LibreOffice and save it as .docx"
# Suffix -> what the file is and how to make it readable. A type not listed gets the list of readable ones.
_HINTS = {
    ".doc": "old Word format: install LibreOffice to convert it, or save it as .docx",
    ".wps": "WPS Writer format: " + _SAVE_AS,
    ".rtf": "rich text: " + _SAVE_AS,
    ".odt": "OpenDocument text: " + _SAVE_AS,
    ".pages": "Apple Pages: export it as .docx or PDF",
    ".htm": "a saved web page: save the article as .txt, or print it to PDF",
    ".html": "a saved web page: save the article as .txt, or print it to PDF",
    ".mht": "a saved web archive: open it in a browser and print it to PDF",
    ".mhtml": "a saved web archive: open it in a browser and print it to PDF",
    ".jpg": "an image: put the scanned pages into one PDF",
    ".jpeg": "an image: put the scanned pages into one PDF",
    ".png": "an image: put the scanned pages into one PDF",
    ".tif": "an image: put the scanned pages into one PDF",
    ".tiff": "an image: put the scanned pages into one PDF",
    ".xls": "a spreadsheet, not a briefing: move it out of the corpus folder",
    ".xlsx": "a spreadsheet, not a briefing: move it out of the corpus folder",
    ".csv": "a spreadsheet, not a briefing: move it out of the corpus folder",
    ".zip": "an archive: unpack its briefings into the corpus folder",
    ".rar": "an archive: unpack its briefings into the corpus folder",
    ".7z": "an archive: unpack its briefings into the corpus folder",
}


def unsupported(suffix: str, readable: set[str] | frozenset[str]) -> str:
    """Why a file of this type is rejected, and what to do: `unsupported file type .doc (old Word
    format: …); readable types: .docx, .md, …`."""
    suffix = suffix.lower()
    hint = _HINTS.get(suffix)
    what = f"unsupported file type {suffix or '(none: the name has no suffix)'}"
    return (f"{what} ({hint}); " if hint else f"{what}; ") + "readable types: " + ", ".join(sorted(readable))
