"""File names for the corpus from names people give: Chinese kept, anything dangerous gone.

A name from a browser is only a suggestion: it may carry a path (`../../etc/passwd`, `C:\\x\\y`),
control or direction-changing characters, a leading dot (a hidden file the corpus ignores), or be
longer than a file system allows. `safe_name` keeps the readable part, normalised to NFC.
"""
from __future__ import annotations

import re
import unicodedata

from search import limits

DEFAULT_STEM = "简报"
MAX_STEM_BYTES = 180  # the stem in UTF-8: with the suffix, `.meta.toml` and a temporary prefix, under 255
_UNSAFE = re.compile(r'[<>:"|?*\x00]')
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def _visible(ch: str) -> bool:
    """Not a control, format (bidi overrides, zero-width), surrogate, private or unassigned character."""
    return not unicodedata.category(ch).startswith("C")


def safe_stem(raw: str) -> str:
    """The stem of a safe file name from `raw`: its last path component, NFC, without control
    characters, separators, `..`, leading dots or `~`, its extension dropped, at most
    limits.NAME_CHARS characters (and MAX_STEM_BYTES bytes); `简报` if nothing is left."""
    text = unicodedata.normalize("NFC", raw or "")
    text = re.split(r"[/\\]", text)[-1]
    text = "".join(ch if _visible(ch) else " " for ch in text)
    text = _UNSAFE.sub("_", text)
    text = _SUFFIX.sub("", text.strip())
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"\s+", " ", text).strip(" .~-_")
    text = text[:limits.NAME_CHARS]
    while len(text.encode("utf-8")) > MAX_STEM_BYTES:
        text = text[:-1]
    text = text.rstrip(" .")
    return text or DEFAULT_STEM


def safe_name(raw: str, suffix: str) -> str:
    """A safe file name: `safe_stem(raw)` and `suffix` (`.docx`, from the content, never the name)."""
    return safe_stem(raw) + suffix


def given_suffix(raw: str) -> str:
    """The extension the given name claims (lower case, `.docx`), or ''."""
    m = _SUFFIX.search(re.split(r"[/\\]", raw or "")[-1].strip())
    return m.group(0).lower() if m else ""
