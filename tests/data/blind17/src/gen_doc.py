# -*- coding: utf-8 -*-
"""DOC (family 3): Word 97-2003 binary whose whole layout is done with TAB STOPS and spaces, no
tables and no heading styles (as a secretary types it in WPS): masthead line `数字贸易简报<tab>2026年第2期
<tab>总第58期` on right/centre tab stops, contents with dot-leader tabs, section heads `〖数据月报〗`
as bold Normal paragraphs, titles bold, the data table as tab-separated lines on decimal/left
stops, sources as `出处：X` after a right tab.  Written as RTF (.build/DOC.rtf), converted by
LibreOffice to `MS Word 97`."""
import os, shutil, subprocess
from common import ISSUES, ROOT, BUILD, sections

iss = ISSUES["DOC"]


def u(s):
    return "".join(c if ord(c) < 128 and c not in "\\{}" else (("\\" + c) if c in "\\{}" else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?") for c in s)


R = [r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}\fs21"]
R.append(r"\pard\tqc\tx4800\tqr\tx9600\b\fs36 " + u("数字贸易简报") + r"\b0\fs21\tab " + u(iss["issue_line"]) + r"\tab " + u(iss["total_line"]) + r"\par")
R.append(r"\pard\tqr\tx9600 " + u("大连市数字贸易协会秘书处") + r"\tab " + u(iss["date_line"]) + r"\par")
R.append(r"\pard " + u("――――――――――――――――――――――――――――――――――――――――") + r"\par")
R.append(r"\pard\b " + u("目　　录") + r"\b0\par")
for i, (s, its) in enumerate(sections(iss), 1):
    R.append(r"\pard\tldot\tqr\tx9600 " + u(f"{s}") + r"\tab " + u(str(i)) + r"\par")
for s, its in sections(iss):
    R.append(r"\pard\par\pard\qc\b " + u(f"〖{s}〗") + r"\b0\par")
    for it in its:
        if it["title"]:
            R.append(r"\pard\b " + u(it["title"]) + r"\b0\par")
        for b in it["body"]:
            if isinstance(b, tuple):
                for r in [b[1]] + b[2]:
                    R.append(r"\pard\tx4000\tx6400 " + r"\tab ".join(u(c) for c in r) + r"\par")
            else:
                R.append(r"\pard\fi420 " + u(b) + r"\par")
        if it["source"]:
            R.append(r"\pard\tqr\tx9600\tab " + u("出处：" + it["source"]) + r"\par")
R.append(r"\pard\par\pard " + u("报送：大连市商务局　　　发送：各会员单位") + r"\par}")
src = os.path.join(BUILD, "DOC.rtf")
open(src, "w", encoding="ascii").write("\n".join(R))
subprocess.run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", BUILD, src], check=True, capture_output=True)
shutil.copy(os.path.join(BUILD, "DOC.doc"), os.path.join(ROOT, iss["file"]))
