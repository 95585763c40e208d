"""Builds a LibreOffice export for tests/test_wrapped_titles.py: story titles set bold in another face at
about the body's size, each long enough to wrap to a second line in a narrow column, after marks or
numbers of several kinds: a section in three columns (`▶` marks), one in two columns (`1.`, `（2）`, `■`),
then one column. Usage: gen_wrapped_titles.py OUT.pdf
"""
import subprocess, sys
from pathlib import Path
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm

out = Path(sys.argv[1])
doc = Document()
BODY, TITLE = "Noto Serif CJK SC", "Noto Sans CJK SC"


def para(text, size=10.5, bold=False, face=BODY, align=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.font.name = face
    r._element.rPr.rFonts.set(qn("w:eastAsia"), face)
    if align is not None: p.alignment = align
    return p


def cols(section, num):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")): sectPr.remove(c)
    sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="{int(0.8 * 567)}"/>'))


BODIES = ["据介绍，相关举措将于明年一季度起分批实施，重点支持中小企业开展跨境业务。",
          "业内人士认为，此举有助于稳定市场预期，带动上下游企业加快数字化转型。",
          "数据显示，前十个月相关领域新增市场主体较上年同期明显增加。",
          "有关负责人表示，下一步将继续优化服务，进一步拓展国际市场空间。",
          "统计表明，当地企业承接的订单中数字化交付的比重持续上升。",
          "记者从有关部门获悉，配套的申报系统已于本月上线试运行。"]
STORIES = [
    ("▶ 国家数据局：公共数据资源授权运营试点扩大到二十个城市", "新华社"),
    ("▶ 海关总署发布跨境电商零售进口商品清单调整公告", "海关发布"),
    ("▶ 工信部：前十个月软件业务收入同比增长百分之十二", "人民邮电报"),
    ("1. 中欧班列今年累计开行超过一万七千列创历史新高", "经济日报"),
    ("（2）服务外包企业承接离岸合同额保持两位数增长势头", "商务部网站"),
    ("■ 大连自贸片区新设数字贸易企业数量同比翻了一番", "大连日报"),
]
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
para("数字贸易简报", 26, True, TITLE, WD_ALIGN_PARAGRAPH.CENTER)
para("2026年第3期（总第47期）", 12, False, BODY, WD_ALIGN_PARAGRAPH.CENTER)
para("大连市数字贸易协会秘书处编　　2026年3月31日", 10.5, False, BODY, WD_ALIGN_PARAGRAPH.CENTER)
para("政策动向", 14, True, TITLE, WD_ALIGN_PARAGRAPH.CENTER)
cols(doc.add_section(WD_SECTION.CONTINUOUS), 3)
for (title, source), body in zip(STORIES[:3], BODIES):
    para(title, 11, True, TITLE); para(body); para("来源：" + source, 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
cols(doc.add_section(WD_SECTION.CONTINUOUS), 1)
para("行业资讯", 14, True, TITLE, WD_ALIGN_PARAGRAPH.CENTER)
cols(doc.add_section(WD_SECTION.CONTINUOUS), 2)
for (title, source), body in zip(STORIES[3:], BODIES[3:]):
    para(title, 11, True, TITLE); para(body); para("来源：" + source, 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
cols(doc.add_section(WD_SECTION.CONTINUOUS), 1)
para("协会动态", 14, True, TITLE, WD_ALIGN_PARAGRAPH.CENTER)
para("3月18日，协会组织会员单位赴大连高新区开展数字贸易专题调研，与园区企业就数据出境合规进行交流。")
docx = out.with_suffix(".docx"); doc.save(docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(docx)],
               check=True, capture_output=True, timeout=240)
print(out)
