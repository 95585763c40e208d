# -*- coding: utf-8 -*-
"""F: PDF exported from an office program: a WordprocessingML document (written here)
with a running header (left 大连市数字贸易协会 / tab / right 数字贸易简报 2025年第4期, bottom
rule) and footer '— 第 N 页 · 共 M 页 —' (PAGE / NUMPAGES fields), exported by LibreOffice
Writer to PDF.  Page 1 one column with a rule-less data table (no borders at all, columns
only by gaps); then a NEXT-PAGE section in TWO columns (行业资讯 + 通知公告), closed by a
continuous section break so the columns balance; then one column again.  Titles numbered
'（1）' '（2）'; sources right-aligned '—— 来源：X'."""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES
from ooxml import run, para, table, write_docx

ROOT = os.path.join(os.path.dirname(__file__), "..")
BUILD = os.path.join(ROOT, ".build")

PG = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1531" w:right="1247" w:bottom="1304" '
      'w:left="1247" w:header="851" w:footer="680" w:gutter="0"/>')
REFS = '<w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/>'


def sect(cols=1, typ=None):
    t = f'<w:type w:val="{typ}"/>' if typ else ""
    c = f'<w:cols w:num="{cols}" w:space="567"/>' if cols > 1 else '<w:cols w:space="425"/>'
    return f'<w:sectPr>{REFS}{t}{PG}{c}</w:sectPr>'


def fld(instr):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def main():
    iss = ISSUES["F"]
    os.makedirs(BUILD, exist_ok=True)
    header = ('<w:p><w:pPr><w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="808080"/></w:pBdr>'
              '<w:tabs><w:tab w:val="right" w:pos="9412"/></w:tabs></w:pPr>'
              + run("大连市数字贸易协会", sz=18, color="808080") + '<w:r><w:tab/></w:r>'
              + run("数字贸易简报　" + iss["issue_line"], sz=18, color="808080") + '</w:p>')
    footer = ('<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>' + run("— 第 ", sz=18)
              + fld("PAGE") + run(" 页 · 共 ", sz=18) + fld("NUMPAGES") + run(" 页 —", sz=18) + '</w:p>')
    B = []
    B.append(para([run("数字贸易简报", b=True, sz=60, color="1F4E79", font="黑体")], jc="center"))
    B.append(para([run(f'{iss["issue_line"]}　　{iss["total_line"]}　　{iss["date_line"]}', sz=22)], jc="center",
                  extra_ppr='<w:pBdr><w:bottom w:val="thick" w:sz="18" w:space="4" w:color="1F4E79"/></w:pBdr>'))
    B.append(para([run("本期要目：", b=True, sz=20),
                   run("一季度软件业务收入31479亿元　｜　济南快递无人机低空寄递首航　｜　会员风采　｜　协会动态", sz=20)]))
    items = iss["items"]
    num = 0
    cur = None

    def sec_head(name):
        return para([run("■ " + name, b=True, sz=28, color="1F4E79", font="黑体")],
                    spacing='<w:spacing w:before="200" w:after="100"/>')

    def emit(it):
        nonlocal num
        out = []
        if it["title"]:
            num += 1
            out.append(para([run(f"（{num}）" + it["title"], b=True, sz=24)]))
        for b in it["body"]:
            if isinstance(b, tuple):
                head, rows = b[1], b[2]
                out.append(table([[para([run(h, b=True, sz=20)], jc="left") for h in head]] +
                                 [[para([run(c, sz=20)], jc="left") for c in r] for r in rows],
                                 [4200, 2200, 2200], borders=False))
            else:
                out.append(para([run(b)], ind_first=200))
        if it["source"]:
            out.append(para([run("—— 来源：" + it["source"], sz=18, color="595959")], jc="right"))
        return out

    # page 1: data report (one column)
    for it in items:
        if it["section"] == "数据月报":
            if cur != it["section"]:
                cur = it["section"]
                B.append(sec_head(cur))
            B += emit(it)
    # close section 1 (one column); the next section starts on a new page in two columns
    B.append(para([run("")], sect=sect(1)))
    two = [it for it in items if it["section"] in ("行业资讯", "通知公告")]
    for it in two:
        if cur != it["section"]:
            cur = it["section"]
            B.append(sec_head(cur))
        B += emit(it)
    B.append(para([run("")], sect=sect(2, "nextPage")))
    rest = [it for it in items if it["section"] in ("会员风采", "协会动态")]
    for it in rest:
        if cur != it["section"]:
            cur = it["section"]
            B.append(sec_head(cur))
        B += emit(it)
    B.append(para([run("抄送：市商务局、市工业和信息化局　　　　　　　　　　　　　　（共印发60份）", sz=18)],
                  extra_ppr='<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="000000"/></w:pBdr>'))
    final = sect(1, "continuous")
    docx = os.path.join(BUILD, "F.docx")
    write_docx(docx, "".join(B), final, header=header, footer=footer, created="2025-04-29T07:55:00Z")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, docx], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(BUILD, "F.pdf"), os.path.join(ROOT, iss["file"]))


if __name__ == "__main__":
    main()
