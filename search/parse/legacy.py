"""Old Word files (.doc, and WPS Writer's .wps), OpenDocument text (.odt) and Rich Text (.rtf) -> .docx
bytes, through LibreOffice: before word.py.

The binary Word format has no maintained Python reader; LibreOffice reads it as well as Word does.
It runs headless in a private temporary folder with a profile of its own (never the user's, never
HOME), with a time limit, its output kept off the terminal. Where LibreOffice is not installed the
file is refused with a message that says how to make it readable; it is never skipped silently.
A file that only carries the name (a .docx renamed, a web page saved as .doc) is read as what it is.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from search.errors import CorpusError

SUFFIXES = {".doc", ".wps", ".odt", ".rtf"}
TIMEOUT = 120  # seconds: LibreOffice's first start in a fresh profile takes a few
NOT_INSTALLED = "旧版 Word 文件：请安装 LibreOffice（libreoffice-writer-nogui），或在 Word 中另存为 .docx"
_KINDS = {".odt": "OpenDocument 文本", ".rtf": "RTF 文件"}  # what else LibreOffice converts; .doc/.wps: NOT_INSTALLED


def not_installed(name: str) -> str:
    """Why a file LibreOffice would convert cannot be read here, and what to do."""
    kind = _KINDS.get(Path(name).suffix.lower())
    if kind is None:
        return NOT_INSTALLED
    return f"{kind}：请安装 LibreOffice（libreoffice-writer-nogui），或用 Word、WPS 或 LibreOffice 另存为 .docx"


_MARKUP = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b", re.I)


def disguised(data: bytes) -> str | None:
    """What an "old Word file" really is when it is none: `docx` (a zip: a .docx renamed) or `html`
    (Word's "web page" or an office system's export saved under .doc, `<html xmlns:w=…>`); None
    for a binary Word or WPS file, RTF or an OpenDocument package (which LibreOffice reads)."""
    if data[:4] == b"PK\x03\x04":  # an OpenDocument package names its type first, stored: `mimetype…`
        return None if b"application/vnd.oasis.opendocument" in data[:200] else "docx"
    head = data[:2048].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if head[:1] == b"<" and _MARKUP.search(data[:4096].replace(b"\x00", b"")):
        return "html"
    return None


def soffice() -> str | None:
    """LibreOffice's command, if it is installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(data: bytes, name: str, timeout: float = TIMEOUT) -> bytes:
    """The bytes of an old Word file converted to .docx; CorpusError if that cannot be done."""
    if not data.strip():
        raise CorpusError(name, "文件是空的")
    program = soffice()
    if program is None:
        raise CorpusError(name, not_installed(name))
    suffix = Path(name).suffix.lower() or ".doc"
    with tempfile.TemporaryDirectory(prefix="jianbao-doc-") as tmp:
        folder = Path(tmp)
        source = folder / f"issue{suffix}"
        source.write_bytes(data)
        out = folder / "out"
        env = {**os.environ, "HOME": tmp, "TMPDIR": tmp, "XDG_CONFIG_HOME": tmp, "XDG_CACHE_HOME": tmp,
               "XDG_DATA_HOME": tmp, "XDG_RUNTIME_DIR": tmp, "SAL_USE_VCLPLUGIN": "svp"}
        command = [program, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                   "--convert-to", "docx", "--outdir", str(out), str(source)]
        _run(command, env, timeout, name)
        converted = out / "issue.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise CorpusError(name, "LibreOffice 无法转换这个旧版 Word 文件（文件损坏，或者不是 Word 文档？）："
                                    "请用 Word 或 WPS 打开，另存为 .docx")
        return converted.read_bytes()


def _run(command: list[str], env: dict, timeout: float, name: str) -> None:
    """Run LibreOffice in a process group of its own, its output swallowed; kill it all on timeout."""
    try:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env, cwd=env["HOME"], start_new_session=True)
    except OSError as exc:
        raise CorpusError(name, f"无法启动 LibreOffice（{exc.strerror}）。{not_installed(name)}") from None
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc.pid)
        proc.wait()
        raise CorpusError(name, f"LibreOffice 转换这个旧版 Word 文件超过了 {timeout:.0f} 秒："
                                "请在 Word 或 WPS 里另存为 .docx") from None
    _kill_group(proc.pid)  # a helper it left behind


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
