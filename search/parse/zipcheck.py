"""A zip's parts bounded before anything opens it (a Word file, an OFD): every upload is hostile."""
from __future__ import annotations

import io
import zipfile

from search import limits
from search.errors import CorpusError

__all__ = ["check_zip"]


def check_zip(data: bytes, name: str, *, kind: str = "Word 文档", code: str = "zip_bomb",
              usual: str = "（Word 文档只有几十个）") -> list:
    """Refuse a zip bomb before anything opens it (a Word file before python-docx, an OFD before
    its XML): the parts' sizes as the zip's directory states them (zipfile never inflates a part past
    its stated size), all together at most limits.UNZIPPED_BYTES and, past 10 MB, at most
    limits.UNZIP_RATIO times the file's size. The parts listed, for a zip that passes; `kind`, `code`
    and `usual` word the refusal for the format."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise CorpusError(name, f"不是可以读取的 {kind}（不是 zip 压缩包）") from None
    if len(parts) > limits.ZIP_ENTRIES:
        raise CorpusError(name, f"疑似压缩炸弹：有 {len(parts)} 个部件{usual}", code=code, limit=limits.ZIP_ENTRIES)
    unpacked = sum(p.file_size for p in parts)
    if unpacked > limits.UNZIPPED_BYTES or (unpacked > 10 * 2**20 and unpacked > limits.UNZIP_RATIO * len(data)):
        raise CorpusError(name, f"疑似压缩炸弹：{len(data)} 字节解压后有 {unpacked} 字节",
                          code=code, limit=limits.UNZIPPED_BYTES)
    return parts
