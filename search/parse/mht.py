"""A web archive (MHT/MHTML: a MIME multipart message, as IE, Chrome and office exporters save a page
or Word's `w:altChunk` imports one) -> the HTML page it carries, for the web-page reader.

Read with the standard library's `email` package: the first `text/html` part, its transfer encoding
(quoted-printable, base64) undone and its text decoded by the charset the part declares (GB2312 and
GBK read as GB18030), handed on as UTF-8 with a byte-order mark so the page's own `<meta charset>`,
often stale, cannot override it. A part without a charset goes on as its bytes, for the page reader's
own guess. Images and style sheets in the archive are left out. The size is bounded by whoever hands
the bytes in (the zip limits of a .docx, the file limit of the corpus); the number of parts is counted
before the archive is parsed (`limits.MHT_PARTS`: the email parser takes each part's time), and the page
it carries meets the web page reader's own limits.
"""
from __future__ import annotations

import email
import email.policy
import re

from search import limits

__all__ = ["is_mht", "mht_html", "too_many_parts"]

_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}
_HEAD = re.compile(rb"^\s*(?:[A-Za-z-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:\s*multipart/", re.I)
_PART = re.compile(rb"^content-type:", re.I | re.M)  # each part's header (an upper bound of the parts)


def is_mht(data: bytes) -> bool:
    """Whether bytes look like a MIME multipart web archive (headers, then a multipart content type)."""
    head = data[:4096].replace(b"\r\n", b"\n")
    return bool(_HEAD.match(head))


def too_many_parts(data: bytes) -> int | None:
    """The number of part headers of an archive that has more than `limits.MHT_PARTS`, else None."""
    count = len(_PART.findall(data))
    return count if count > limits.MHT_PARTS else None


def mht_html(data: bytes) -> bytes | None:
    """The HTML page of a web archive, as bytes the page reader decodes; None when it holds none."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception:  # the email parser is lenient; anything it still raises means no archive
        return None
    try:
        pages = [p for p in message.walk() if p.get_content_type() == "text/html"]
    except RecursionError:  # parts nested past Python's stack: no page saved so
        return None
    return next((page for p in pages if (page := _decoded(p)) is not None), None)


def _decoded(part) -> bytes | None:
    """A text/html part's page: its text as UTF-8 by the charset it declares, else its bytes; None
    when it is empty."""
    payload = part.get_payload(decode=True)
    if not payload:
        return None
    charset = (part.get_content_charset() or "").lower()
    if not charset:
        return payload
    try:
        text = payload.decode(_SUPERSET.get(charset, charset), errors="replace")
    except LookupError:  # a charset Python does not know: let the page reader guess
        return payload
    return b"\xef\xbb\xbf" + text.encode("utf-8")
