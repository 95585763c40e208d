"""A briefing inside something else, a drop cap, an editor's checklist (issue 16, wave 9; the files of
tests/data/blind6/ showed them): each built here small, in a shape other than the held-out file's.

- A forwarded 公文 (红头, 文号, 主送, a covering letter dated the day before, 附件, then the briefing,
  then the 版记 with 抄送 and 印发 and a routing log): the briefing begins at its own issue line; the
  wrapper's dates and numbers are not the issue's.
- A Word drop cap: a frame of its own (`w:dropCap="margin"`, or one character in a frame), or a
  larger run inside the paragraph: the story keeps its first character.
- A note app's to-do list after the last item (Markdown `- [x]`, `<ul><li><input type=checkbox>`):
  furniture, the label over it too.
"""
from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt

from search.parse.parser import parse_source
from search.parse.readers import Source
from search.parse.wrapper import issue_line

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ACT1 = "2月10日，协会组织会员单位赴大连软件园调研，了解数据出境合规工作进展。"
ACT2 = "协会秘书处启动年度会员信息更新工作，请各会员单位按时报送。"


def rows(issue):
    return [(i.section, i.title, i.source, i.date) for i in issue.items]


def meta(issue):
    return issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date


FORWARDED = "\n".join([
    "大连市数字贸易协会文件", "",
    "大数贸协发〔2026〕3号", "",
    "关于转发《数字贸易简报》2026年第2期的通知", "",
    "各理事单位、会员单位：",
    "　　现将《数字贸易简报》2026年第2期转发给你们，请认真阅研。", "",
    "　　附件：数字贸易简报2026年第2期", "",
    "　　　　　　　　　　　　大连市数字贸易协会（印）",
    "　　　　　　　　　　　　　　2026年2月26日", "",
    "《数字贸易简报》2026年第2期（总第46期）",
    "大连市数字贸易协会秘书处　　2026年2月28日", "",
    "■ 行业资讯 ■",
    "商务部发布服务贸易新政",
    "2月12日，商务部发布《关于促进服务出口的若干政策措施》，提出13条举措。",
    "——来源：中国商务新闻网", "",
    "■ 协会动态 ■",
    ACT1, "",
    ACT2, "",
    "────────────────────",
    "抄送：大连市商务局。",
    "大连市数字贸易协会秘书处　　2026年2月26日印发", "",
    "办理过程：",
    "2026/02/25 14:20　李明　拟稿",
    "2026/02/26 09:05　王芳　审核通过",
    "2026年2月26日 16:30　系统　已分发 120 家",
])


def test_a_forwarded_notice_is_the_wrapper_and_its_dates_are_not_the_issue():
    issue = parse_source(Source("关于转发的通知.txt", FORWARDED.encode("gb18030")))
    assert meta(issue) == (2026, 2, 46, "2026-02-28")
    assert not issue.meta.inferred
    assert rows(issue) == [("行业资讯", "商务部发布服务贸易新政", "中国商务新闻网", "2026-02-12"),
                           ("协会动态", None, None, "2026-02-10"), ("协会动态", None, None, None)]
    assert issue.items[-1].body == ACT2  # the routing log is no part of the last paragraph


def test_an_issue_line_holds_only_the_numbers():
    assert issue_line("2025年第7期（总第39期）")
    assert issue_line("《数字贸易简报》2026年第2期（总第46期）")
    assert issue_line("数字贸易简报　2026 年 第 2 期　2026年2月28日")
    assert not issue_line("附件：数字贸易简报（2025年第7期）")
    assert not issue_line("标　　题：关于印发《数字贸易简报》2025年第7期的通知")
    assert not issue_line("现将《数字贸易简报》2026年第2期转发给你们，请认真阅研。")


def test_a_plain_briefing_loses_nothing_before_its_masthead():
    text = "\n".join(["内部资料　注意保存", "数字贸易简报", "2026年第2期", "2026年2月28日", "",
                      "【协会动态】", ACT1, "", ACT2])
    issue = parse_source(Source("x.txt", text.encode()))
    assert meta(issue)[:2] == (2026, 2) and issue.meta.date == "2026-02-28"
    assert len(issue.items) == 2


def _drop_cap_paragraph(document, char, attrs):
    p = document.add_paragraph()
    p._p.insert(0, parse_xml(f'<w:pPr {W}><w:framePr {attrs} w:wrap="around" w:vAnchor="text" '
                             f'w:hAnchor="text"/></w:pPr>'))
    run = p.add_run(char)
    run.font.size = Pt(32)


def _docx(document) -> bytes:
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def test_a_drop_cap_in_a_frame_or_a_larger_run_begins_its_paragraph():
    document = Document()
    for line in ("数字贸易简报", "2026年第2期（总第46期）", "大连市数字贸易协会秘书处编　2026年2月28日"):
        document.add_paragraph(line)
    document.add_paragraph("【行业资讯】")
    document.add_paragraph("商务部发布服务贸易新政").runs[0].bold = True
    _drop_cap_paragraph(document, "2", 'w:dropCap="margin" w:lines="3"')  # hanging in the margin
    document.add_paragraph("月12日，商务部发布《关于促进服务出口的若干政策措施》，提出13条举措。")
    document.add_paragraph("工信部部署新型工业化").runs[0].bold = True
    _drop_cap_paragraph(document, "工", 'w:lines="2"')  # one character in a frame, no dropCap attribute
    document.add_paragraph("业和信息化部2月13日召开会议，部署推进新型工业化重点任务。")
    document.add_paragraph("海关总署公布进出口数据").runs[0].bold = True
    p = document.add_paragraph()
    p.add_run("海").font.size = Pt(28)  # a drop cap set as a larger first run, in the paragraph itself
    p.add_run("关总署2月14日公布，1月我国货物贸易进出口3.9万亿元。").font.size = Pt(10.5)
    document.add_paragraph("【协会动态】")
    document.add_paragraph(ACT1)
    issue = parse_source(Source("排版.docx", _docx(document)))
    assert [(i.title, i.date) for i in issue.items] == [
        ("商务部发布服务贸易新政", "2026-02-12"), ("工信部部署新型工业化", "2026-02-13"),
        ("海关总署公布进出口数据", "2026-02-14"), (None, "2026-02-10")]
    assert issue.items[0].body.startswith("2月12日，商务部")
    assert issue.items[1].body.startswith("工业和信息化部")
    assert issue.items[2].body.startswith("海关总署2月14日")


def test_an_editors_checklist_in_markdown_is_furniture():
    text = "\n".join(["# 数字贸易简报", "2026年第2期（总第46期）　2026年2月28日", "",
                      "## 协会动态", "", ACT1, "", ACT2, "", "---", "",
                      "**发布前核对**", "", "- [x] 数据与原文核对", "- [ ] 2月28日上午发会员群"])
    issue = parse_source(Source("note.md", text.encode()))
    assert rows(issue) == [("协会动态", None, None, "2026-02-10"), ("协会动态", None, None, None)]
    assert issue.items[-1].body == ACT2


def test_an_editors_checklist_in_a_note_apps_html_is_furniture():
    page = ("<html><head><meta charset='utf-8'><title>简报</title></head><body>"
            "<table border='1'><tr><td>发布部门：秘书处</td><td>发布时间：2026-02-20 17:02</td></tr>"
            "<tr><td>文件编号：2026-02</td><td>阅读次数：57</td></tr></table>"
            "<h1>数字贸易简报 2026年第2期（总第46期）</h1><p>2026年2月28日</p>"
            "<h2>行业资讯</h2><p><strong>商务部发布服务贸易新政</strong></p>"
            "<p>2月12日，商务部发布《关于促进服务出口的若干政策措施》，提出13条举措。</p>"
            f"<h2>协会动态</h2><p>{ACT1}</p><p>{ACT2}</p>"
            "<p><strong>待办</strong></p><ul>"
            "<li><input type='checkbox' checked disabled> 核对数据</li>"
            "<li><input type='checkbox' disabled> 2月28日发会员群</li></ul></body></html>")
    issue = parse_source(Source("note.html", page.encode()))
    assert meta(issue) == (2026, 2, 46, "2026-02-28")  # the export's form above it is no header
    assert [i.section for i in issue.items] == ["行业资讯", "协会动态", "协会动态"]
    assert issue.items[-1].body == ACT2
