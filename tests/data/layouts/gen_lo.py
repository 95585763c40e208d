"""Builds a LibreOffice export for tests/test_column_bands.py: a masthead, a band of two columns of unequal widths, a full-width
table without ruling lines, two columns again; odd and even page headers; a page-number footer (a: 第 X 页 共 Y 页, b: - X -, c: X/Y).
"""
import subprocess, sys, copy
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

out = Path(sys.argv[1]); variant = sys.argv[2] if len(sys.argv) > 2 else "a"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "WenQuanYi Micro Hei"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Micro Hei")

def para(text, size=10.5, bold=False, align=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Micro Hei") if r._element.rPr is not None and r._element.rPr.rFonts is not None else None
    if align is not None: p.alignment = align
    return p

def cols(section, widths=None, num=2, space=1.0):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")): sectPr.remove(c)
    if widths:
        xml = f'<w:cols {nsdecls("w")} w:num="{len(widths)}" w:equalWidth="0">' + "".join(
            f'<w:col w:w="{int(w*567)}" w:space="{int(space*567)}"/>' for w in widths) + "</w:cols>"
    else:
        xml = f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{int(space*567)}"/>'
    sectPr.append(parse_xml(xml))

def field(run_parent, instr):
    for kind, extra in (("begin", None), ("instr", instr), ("separate", None), ("end", None)):
        r = run_parent.add_run()
        if kind == "instr":
            r._element.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
        else:
            r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
            if kind == "separate":
                t = run_parent.add_run("1")

STORIES = [
 ("商务部：前10个月服务贸易稳中有增", "1—10月，我国服务贸易继续保持增长态势，服务进出口总额65844.3亿元，同比增长7.5%。其中，出口29090.3亿元，增长12.9%；进口36754亿元，增长3.5%。知识密集型服务进出口24131.1亿元，增长6.1%，数字化转型为服务贸易发展持续注入新动能。", "来源：商务部网站"),
 ("国家数据局发布数据流通利用新举措", "11月20日，国家数据局举行新闻发布会，介绍推进数据要素市场化配置改革的有关情况。发布会表示，将加快建立数据产权、流通交易、收益分配、安全治理等基础制度，推动公共数据资源开发利用，培育全国一体化数据市场。", "来源：人民网"),
 ("大连跨境电商综试区建设提速", "今年以来，大连市持续推进跨境电子商务综合试验区建设，新增海外仓12个，跨境电商进出口额同比增长23.4%。市商务局表示，将进一步完善跨境电商公共服务平台功能，支持企业拓展东北亚市场。", "来源：大连日报"),
 ("数字人民币跨境支付试点扩围", "近日，多家商业银行宣布扩大数字人民币跨境支付试点范围，覆盖更多贸易场景。业内人士认为，数字人民币在跨境贸易结算中的应用，有助于降低企业汇兑成本，提升结算效率。", "来源：新华财经"),
]
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2)
# headers: odd/even differ
doc.settings.odd_and_even_pages_header_footer = True
sec.header.paragraphs[0].text = "数字贸易简报　2025年第11期"
sec.even_page_header.paragraphs[0].text = "大连市数字贸易协会"
from docx.enum.text import WD_ALIGN_PARAGRAPH
for ft in (sec.footer, sec.even_page_footer):
    p = ft.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if variant == "a":
        p.add_run("第 "); field(p, "PAGE"); p.add_run(" 页 共 "); field(p, "NUMPAGES"); p.add_run(" 页")
    elif variant == "b":
        p.add_run("- "); field(p, "PAGE"); p.add_run(" -")
    else:
        field(p, "PAGE"); p.add_run("/"); field(p, "NUMPAGES")

para("数字贸易简报", 24, True, WD_ALIGN_PARAGRAPH.CENTER)
para("2025年第11期（总第55期）", 12, False, WD_ALIGN_PARAGRAPH.CENTER)
para("大连市数字贸易协会编　　2025年11月28日", 10.5, False, WD_ALIGN_PARAGRAPH.CENTER)
# section 2: unequal columns
s2 = doc.add_section(WD_SECTION.CONTINUOUS); cols(s2, [10.5, 5.5])
para("【行业资讯】", 15, True)
for t, b, s in STORIES[:2]:
    para(t, 13, True); para(b); para(s)
# section 3 full width: data heading + borderless table
s3 = doc.add_section(WD_SECTION.CONTINUOUS); cols(s3, None, 1)
para("【数据月报】", 15, True)
para("1—10月服务贸易主要数据见下表。")
rows = [("指标", "金额（亿元）", "同比增长（%）"), ("服务进出口总额", "65844.3", "7.5"), ("其中：服务出口", "29090.3", "12.9"),
        ("服务进口", "36754.0", "3.5"), ("知识密集型服务进出口", "24131.1", "6.1")]
tb = doc.add_table(rows=len(rows), cols=3)
for i, row in enumerate(rows):
    for j, c in enumerate(row):
        cell = tb.cell(i, j); cell.text = c
        if j: cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
para("数据来源：商务部")
s4 = doc.add_section(WD_SECTION.CONTINUOUS); cols(s4, None, 2)
para("【地方动态】", 15, True)
for t, b, s in STORIES[2:]:
    para(t, 13, True); para(b); para(s)
s5 = doc.add_section(WD_SECTION.NEW_PAGE); cols(s5, None, 1)
para("【协会动态】", 15, True)
para("11月18日，协会组织会员企业赴大连高新区开展数字贸易专题调研，与园区企业就跨境数据流动、数字服务出口等议题进行交流。")
para("11月25日，协会召开第三届理事会第五次会议，审议通过2026年度工作计划。")
docx = out.with_suffix(".docx"); doc.save(docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(docx)], check=True, capture_output=True)
print(out)
