"""Writes ../2025-02.docx with python-docx: Word's own heading styles (Heading 1 for sections,
Heading 2 for story titles), List Bullet paragraphs, bold runs and a real table in the data report.

Run from anywhere: python make_docx.py. The output is a frozen test input; regenerate only on purpose.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "2025-02.docx"


def para(doc, text, *, style=None, align=None, bold_prefix=None, size=None):
    """One paragraph; `bold_prefix` is written as a bold run before `text`."""
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def source(doc, outlet):
    para(doc, f"（来源：{outlet}）", align=WD_ALIGN_PARAGRAPH.RIGHT)


def main():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "宋体"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    normal.font.size = Pt(12)
    # Fixed document properties so a rebuild differs only where the content does.
    doc.core_properties.author = "大连市数字贸易协会秘书处"
    doc.core_properties.title = "数字贸易简报 2025年第2期"

    title = doc.add_paragraph(style="Title")
    title.add_run("数字贸易简报")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ("2025年第2期", "（总第34期）", "大连市数字贸易协会秘书处编", "2025年2月28日"):
        para(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER)

    # 数据月报 -------------------------------------------------------------------------------------
    doc.add_heading("数据月报", level=1)
    doc.add_heading("2024年全国软件和信息技术服务业主要指标", level=2)
    para(doc, "工业和信息化部运行监测协调局1月26日发布2024年软件和信息技术服务业主要指标，"
              "全行业业务收入、利润总额和软件业务出口均保持增长。主要指标如下：")
    rows = [("指标", "金额", "同比增减（%）"),
            ("软件业务收入", "137276亿元", "10.0"),
            ("其中：软件产品收入", "30417亿元", "6.6"),
            ("信息技术服务收入", "92190亿元", "11.0"),
            ("信息安全收入", "2290亿元", "5.1"),
            ("嵌入式系统软件收入", "12379亿元", "11.8"),
            ("软件业务出口", "569.5亿美元", "3.5"),
            ("利润总额", "16953亿元", "8.7")]
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if r == 0:
                cell.paragraphs[0].runs[0].bold = True
    para(doc, "统计范围为工业和信息化部确定的重点软件企业，以及各省市按统一标准确定的重点软件企业。")
    source(doc, "工业和信息化部网站")

    # 行业资讯 -------------------------------------------------------------------------------------
    doc.add_heading("行业资讯", level=1)

    doc.add_heading("大连市2024年地区生产总值9516.9亿元 同比增长5.2%", level=2)
    para(doc, "1月20日，大连市人民政府新闻办公室召开新闻发布会，通报2024年全市经济运行情况。初步核算，"
              "2024年大连市地区生产总值9516.9亿元，按可比价格计算同比增长5.2%。其中，第一产业增加值585.7亿元，"
              "增长4.3%；第二产业增加值3349.0亿元，增长6.6%；第三产业增加值5582.2亿元，增长4.6%。")
    para(doc, "同比增长7.6%，比前三季度提高1.0个百分点；", style="List Bullet", bold_prefix="规上工业增加值")
    para(doc, "2200.2亿元，同比增长5.8%；", style="List Bullet", bold_prefix="全年外贸出口总额")
    para(doc, "18.8亿美元，同比增长94.2%。", style="List Bullet", bold_prefix="实际使用外资")
    para(doc, "大连市统计局副局长、新闻发言人徐杰表示，全市将坚决打好辽宁全面振兴新突破三年行动决胜之年决胜之战，"
              "高质量冲刺“十四五”万亿GDP目标任务。")
    source(doc, "中国新闻网")

    doc.add_heading("2024年我国与共建“一带一路”国家进出口占比首次超过一半", level=2)
    para(doc, "1月13日，国务院新闻办公室举行“中国经济高质量发展成效”系列新闻发布会，海关总署副署长王令浚介绍"
              "2024年全年进出口情况。2024年，我国对共建“一带一路”国家进出口增长6.4%，占进出口总值的50.3%，"
              "比重首次超过一半，其中出口增长9.6%，进口增长2.7%。")
    para(doc, "我国对东盟进出口连续9年保持增长，双方连续5年互为第一大贸易伙伴；对其他金砖成员国和伙伴国进出口"
              "增长5.5%。2024年中欧班列累计开行突破10万列。")
    source(doc, "国务院新闻办公室网站")

    doc.add_heading("深度求索发布推理大模型DeepSeek-R1", level=2)
    para(doc, "1月20日，深度求索（DeepSeek）正式发布推理大模型DeepSeek-R1，并以MIT许可证开源模型权重。"
              "该模型在数学、代码和自然语言推理等任务上的表现对标OpenAI o1正式版，允许商用，"
              "也允许利用模型输出训练其他模型。")
    para(doc, "同步上线deepseek-reasoner接口，可输出完整思维链；", style="List Bullet")
    para(doc, "开源基于Qwen和Llama的多个蒸馏版本，参数规模从1.5B到70B不等。", style="List Bullet")
    para(doc, "DeepSeek-R1发布后在春节期间持续引发全球关注，国产大模型的开源生态加速形成。")
    source(doc, "深度求索官网")

    doc.add_heading("世界经济论坛：到2030年全球将净增7800万个工作岗位", level=2)
    para(doc, "1月8日，世界经济论坛发布《2025年未来就业报告》。报告基于对全球1000多家雇主、1400多万名员工的调查"
              "预计，到2030年，技术进步、绿色转型和人口结构变化将在全球创造1.7亿个新岗位，同时使9200万个现有岗位"
              "消失，净增约7800万个。")
    para(doc, "报告显示，人工智能和大数据、网络与网络安全、技术素养是需求增长最快的三项技能；约一半的雇主计划围绕"
              "人工智能调整业务，三分之二计划招聘具备特定人工智能技能的人才，40%预计在人工智能可替代的岗位上减员。")
    source(doc, "世界经济论坛网站")

    # 协会动态 -------------------------------------------------------------------------------------
    doc.add_heading("协会动态", level=1)
    para(doc, "2月12日，大连市数字贸易协会召开2025年工作部署会，围绕数据出境合规、海外市场开拓和人才培训三项重点"
              "任务作出安排。会议邀请东北财经大学国际经济贸易学院的专家解读《网络数据安全管理条例》的主要内容。")
    para(doc, "2月下旬，协会秘书处走访大连海关和中国（辽宁）自由贸易试验区大连片区管委会，了解跨境数据流动便利化和"
              "数字贸易企业通关支持政策，并收集会员单位在服务出口退税、技术进出口登记等方面的诉求。")

    doc.save(OUT)


if __name__ == "__main__":
    main()
