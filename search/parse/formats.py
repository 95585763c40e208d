"""What to do with a file no reader reads: the reason a rejected file carries, with the way out.

Beside the readers (readers.py decides what is readable, by `SUFFIXES`); `jianbao index`, `stats`,
`check` and the status page show the reason as it is written here.
"""
from __future__ import annotations

__all__ = ["unsupported"]

# Suffix -> what the file is and how to make it readable. A type not listed gets the list of readable ones.
_HINTS = {
    ".pages": "Apple Pages 文稿：导出为 .docx 或 PDF",
    ".jpg": "图片：把扫描的各页合成一个 PDF",
    ".jpeg": "图片：把扫描的各页合成一个 PDF",
    ".png": "图片：把扫描的各页合成一个 PDF",
    ".tif": "图片：把扫描的各页合成一个 PDF",
    ".tiff": "图片：把扫描的各页合成一个 PDF",
    ".xls": "是电子表格，不是简报：请移出语料文件夹",
    ".xlsx": "是电子表格，不是简报：请移出语料文件夹",
    ".csv": "是电子表格，不是简报：请移出语料文件夹",
    ".zip": "是压缩包：把里面的简报解压到语料文件夹",
    ".rar": "是压缩包：把里面的简报解压到语料文件夹",
    ".7z": "是压缩包：把里面的简报解压到语料文件夹",
}


def unsupported(suffix: str, readable: set[str] | frozenset[str]) -> str:
    """Why a file of this type is rejected, and what to do, in the users' words: `不支持的文件类型
    .pages（Apple Pages 文稿：…）；能读的类型：.docx、.md、…`."""
    suffix = suffix.lower()
    hint = _HINTS.get(suffix)
    what = f"不支持的文件类型 {suffix or '（文件名没有扩展名）'}"
    return (f"{what}（{hint}）；" if hint else f"{what}；") + "能读的类型：" + "、".join(sorted(readable))
