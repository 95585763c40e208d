# -*- coding: utf-8 -*-
"""Give a printed PDF the Producer/Creator of the office program it stands for (WPS, Word), as an incremental
update: a new Info dictionary and a trailer pointing back to the old cross-reference table."""
import re


def _lit(s):
    """A PDF text string in UTF-16BE with BOM, as office programs write non-ASCII names."""
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def set_info(path, producer, creator, created="D:20250101090000+08'00'"):
    data = open(path, "rb").read()
    start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    trailer = data[data.rfind(b"trailer"):]
    size = int(re.search(rb"/Size\s+(\d+)", trailer).group(1))
    root = re.search(rb"/Root\s+(\d+ \d+ R)", trailer).group(1)
    if not data.endswith(b"\n"):
        data += b"\n"
    off = len(data)
    obj = (f"{size} 0 obj\n<< /Producer {_lit(producer)} /Creator {_lit(creator)} /CreationDate ({created}) >>\nendobj\n").encode()
    xref_at = off + len(obj)
    xref = f"xref\n{size} 1\n{off:010d} 00000 n \n".encode()
    tr = (f"trailer\n<< /Size {size + 1} /Root ".encode() + root + f" /Info {size} 0 R /Prev {start} >>\nstartxref\n{xref_at}\n%%EOF\n".encode())
    open(path, "wb").write(data + obj + xref + tr)
