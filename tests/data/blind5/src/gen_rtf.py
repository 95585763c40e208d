# -*- coding: utf-8 -*-
"""2026-06-rtf.doc: a `.doc` that is really **RTF** (as many Chinese office tools and web "save as
Word" buttons produce): `{\\rtf1\\ansi\\ansicpg936`, every Chinese character written as GBK
hex escapes (`\\'ca\\'fd`), a font table with 宋体/黑体 in escaped GBK, `{\\header …}` with the
masthead line, `{\\footer …}` with `\\chpgn`; sections as `\\outlinelevel0` paragraphs framed
`■ 数据月报 ■` with a bottom border `\\brdrb`; titles `\\outlinelevel1` bold with a leading
`◆`; a native RTF table (`\\trowd … \\cellx … \\cell … \\row`); sources right-aligned
`\\qr` and written `[来源]X`; extra section 观点摘编; issue date on the first page as
`2026-06-30`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import I06 as I
def r(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("gbk")
                out.append("".join("\\'%02x" % c for c in b))
            except UnicodeEncodeError:
                out.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
    return "".join(out)
R = ["{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052",
     "{\\fonttbl{\\f0\\fnil\\fcharset134 %s;}{\\f1\\fnil\\fcharset134 %s;}{\\f2\\froman\\fcharset0 Times New Roman;}}" % (r("宋体"), r("黑体")),
     "{\\colortbl;\\red0\\green0\\blue0;\\red192\\green0\\blue0;\\red89\\green89\\blue89;}",
     "{\\*\\generator Msftedit 5.41.21.2510;}{\\info{\\title %s}{\\author %s}}" % (r("数字贸易简报"), r("协会秘书处")),
     "\\paperw11906\\paperh16838\\margl1800\\margr1800\\margt1440\\margb1440\\viewkind4\\uc1",
     "{\\header\\pard\\qc\\f0\\fs18\\cf3 %s\\par}" % r("大连市数字贸易协会　内部交流资料"),
     "{\\footer\\pard\\qc\\f2\\fs18 - {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}} -\\par}",
     "\\pard\\qc\\sb120\\f1\\fs52\\cf2\\b %s\\b0\\cf1\\par" % r("数字贸易简报"),
     "\\pard\\qc\\f0\\fs24 %s\\par" % r("第6期　总第50期"),
     "\\pard\\qc\\f0\\fs21 %s\\par" % r("大连市数字贸易协会编　　2026-06-30"),
     "\\pard\\brdrb\\brdrs\\brdrw15\\brsp20 \\par",
     "\\pard\\f1\\fs22\\b %s\\b0\\par" % r("本期看点")]
prev = None
for it in I["items"]:
    if it["title"]:
        R.append("\\pard\\li420\\f0\\fs21 %s\\par" % r("◇ " + it["title"]))
R.append("\\pard\\par")
prev = None
for it in I["items"]:
    if it["section"] != prev:
        prev = it["section"]
        R.append("\\pard\\outlinelevel0\\qc\\sb240\\sa120\\brdrb\\brdrs\\brdrw10 \\f1\\fs28\\b\\cf2 %s\\cf1\\b0\\par" % r("■ " + prev + " ■"))
    if it["title"]:
        R.append("\\pard\\outlinelevel1\\sb120\\sa60\\f1\\fs24\\b %s\\b0\\par" % r("◆" + it["title"]))
    for k, p in enumerate(it["paras"]):
        R.append("\\pard\\fi420\\sl360\\slmult1\\qj\\f0\\fs21 %s\\par" % r(p))
        t = it.get("table")
        if t and t["after"] == k:
            for row in [t["head"]] + t["rows"]:
                R.append("\\trowd\\trgaph108\\trleft0" + "".join(
                    "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % (2800 * (i + 1)) for i in range(len(row))))
                R.append("".join("\\pard\\intbl\\qc\\f0\\fs20 %s\\cell" % r(c) for c in row) + "\\row")
            R.append("\\pard\\par")
    if it["source"]:
        R.append("\\pard\\qr\\f0\\fs20\\cf3 %s\\cf1\\par" % r("[来源]" + it["source"]))
R.append("\\pard\\brdrt\\brdrs\\brdrw15 \\qc\\f0\\fs18 %s\\par" % r("（本刊为协会内部交流资料，欢迎会员单位投稿）"))
R.append("}")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
open(out, "w", encoding="ascii", newline="").write("\r\n".join(R) + "\r\n")
