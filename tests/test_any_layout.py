"""Shapes of next month's file that no earlier set had (issue 16, wave 6): a Hong Kong edition in
traditional characters (Big5), a Word file with its changes still tracked, a run-level content
control and a source only in a reviewer's comment. Each built here, small, with a variant."""
from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml import parse_xml

from search.errors import CorpusError
from search.parse.parser import parse_source
from search.parse.readers import Source
from search.parse.sources import source_line, source_tail

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
AUTH = 'w:author="编辑" w:date="2025-07-28T10:00:00Z"'


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


def hk_text(banner: str, key: str) -> str:
    return "\n".join([
        "數字貿易簡報（香港版）", "2025年第4期　總第36期", "大連市數字貿易協會編　2025年4月30日", "",
        banner.format("數據月報"), "一季度軟件業延續穩健增長",
        "2025年一季度，我國軟件業務收入31479億元，同比增長10.6%。", f"{key}工業和信息化部網站", "",
        banner.format("行業資訊"), "國家數據局介紹數字中國建設成效",
        "3月31日，國家數據局局長在新聞發布會上介紹數字中國建設成效，數字經濟持續增長。", f"{key}新華財經", "",
        banner.format("協會動態"), "4月18日，協會召開會員企業座談會，十餘家會員企業參加。", ""])


@pytest.mark.parametrize("banner,key,encoding", [("【{}】", "來源：", "big5"), ("◆{}◆", "資料來源：", "utf-8"),
                                                  ("{}", "轉載自", "utf-16")])
def test_traditional_edition_gives_simplified_sections_and_its_sources(banner, key, encoding):
    data = hk_text(banner, key).encode(encoding)
    issue = parse_source(Source("2025-04-hk.txt", data))
    assert rows(issue) == [("数据月报", "一季度軟件業延續穩健增長", "工業和信息化部網站"),
                           ("行业资讯", "國家數據局介紹數字中國建設成效", "新華財經"),
                           ("协会动态", None, None)]
    assert (issue.meta.year, issue.meta.number, issue.meta.total) == (2025, 4, 36)


def test_traditional_source_keys_keep_the_printed_outlet():
    assert source_line("來源：經濟通") == "經濟通"
    assert source_line("【資料來源】香港01") == "香港01"
    assert source_tail("……持續增長。（稿件來源：星島日報）")[1] == "星島日報"
    assert source_line("來源地規則") is None


def _p(inner: str) -> object:
    return parse_xml(f"<w:p {W}>{inner}</w:p>")


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def tracked_document(comment_text: str):
    d = Document()
    body = d.element.body
    def add(el):
        body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr").addprevious(el)
    d.add_paragraph("数字贸易简报")
    add(_p(f'<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>{_run("2025年第7期（总第39期）")}</w:sdtContent></w:sdt>'))
    d.add_paragraph("2025年7月31日")
    d.add_heading("行业资讯", level=1)
    r = d.add_heading(level=2).add_run("数据产业集聚区试点将启动")
    d.add_comment([r], text=comment_text, author="编辑", initials="BJ")
    add(_p(f'<w:del w:id="1" {AUTH}><w:r><w:delText>7月21日</w:delText></w:r></w:del>'
           f'<w:ins w:id="2" {AUTH}>{_run("7月22日")}</w:ins>{_run("，国家数据局表示将布局建设一批数据产业集聚区试点。")}'))
    d.add_heading("协会动态", level=1)
    add(_p(f'<w:pPr><w:rPr><w:del w:id="3" {AUTH}/></w:rPr></w:pPr>'
           f'<w:del w:id="4" {AUTH}><w:r><w:delText>7月18日，协会召开秘书处工作会议。</w:delText></w:r></w:del>'))
    d.add_paragraph("7月25日，协会发布会员企业运行情况调查。")
    data = io.BytesIO()
    d.save(data)
    return parse_source(Source("2025-07.docx", data.getvalue()))


@pytest.mark.parametrize("comment,source", [("来源：财联社", "财联社"), ("转自：中国证券报", "中国证券报"),
                                            ("请核实日期", None)])
def test_word_tracked_changes_controls_and_comments(comment, source):
    issue = tracked_document(comment)
    assert (issue.meta.year, issue.meta.number, issue.meta.total) == (2025, 7, 39)
    assert rows(issue) == [("行业资讯", "数据产业集聚区试点将启动", source), ("协会动态", None, None)]
    story, activity = issue.items
    assert story.body.startswith("7月22日，国家数据局") and "7月21日" not in story.body  # inserted read, deleted not
    assert str(story.date) == "2025-07-22"
    assert "请核实" not in story.body and "秘书处工作会议" not in activity.body


def md_issue(mark: str, table: str) -> str:
    return "\n".join([
        "数字贸易简报", "======", "", "**2025年第9期（总第41期）**  ", "大连市数字贸易协会　2025年9月30日", "",
        "数据月报", "--------", "", "**2024年软件业主要指标**", "",
        f"全年软件业务收入137276亿元，同比增长10.0%。[^{mark}]", "", table, "",
        "行业资讯", "--------", "", "**服贸会闭幕**", "",
        f"9月14日，2025年服贸会举行闭幕新闻发布会，达成900余项成果。[^{mark}2]", "",
        "协会动态", "--------", "", "9月12日，协会组织会员企业参观服贸会专题展。", "",
        f"[^{mark}]: 来源：工业和信息化部运行监测协调局", f"[^{mark}2]: 来源：中国国际广播电台", ""])


@pytest.mark.parametrize("mark,table", [
    ("1", "<table>\n<tr><th>指标</th><th>本期累计</th></tr>\n<tr><td>利润总额</td><td>16953</td></tr>\n</table>"),
    ("note", '<table border="1"><tr><th>指标</th><th>本期累计</th><tr><td><b>利润总额</b><td>16953</table>')])
def test_markdown_footnotes_give_sources_and_html_tables_are_cells(mark, table):
    issue = parse_source(Source("2025-09.md", md_issue(mark, table).encode()))
    assert rows(issue) == [("数据月报", "2024年软件业主要指标", "工业和信息化部运行监测协调局"),
                           ("行业资讯", "服贸会闭幕", "中国国际广播电台"), ("协会动态", None, None)]
    report, story, activity = issue.items
    assert "16953" in report.body and "<" not in report.body and "[^" not in story.body
    assert "来源" not in activity.body  # the definitions at the end are no part of the last item


def layout_text(head: str, page: str) -> str:
    """pdftotext -layout: centred masthead, paragraphs wrapped at the measure, a page break inside a
    story (page number, form feed, running head)."""
    return "\n".join([
        "                    数字贸易简报", "              2025年第8期（总第40期）",
        "    大连市数字贸易协会编                        2025年8月31日", "", "                      数据月报", "",
        "    上半年服务进出口规模创同期新高",
        "        今年上半年，我国服务进出口总额达到3.9万亿元，同比增长8%，规模创历史同期",
        "    新高，服务出口增速明显快于进口，知识密集型服务占比进一步提高，结构持续优化。",
        "                                                  来源：中新网", "", "                      行业资讯", "",
        "    2025年服贸会9月10日至14日在京举办",
        "        8月27日，商务部副部长在发布会上介绍，2025年中国国际服务贸易交易会将于9月",
        "    10日至14日在北京举办，各项筹备工作已基本就绪，招展招商工作进展顺利，成效显著。",
        "        今年服贸会将有70余个国家和国际组织设展办会，澳大利亚首次担任主宾国，安徽",
        "    省担任主宾省。", "", f"                        {page}", f"\f{head}", "",
        "                                                  来源：中新网", "",
        "                      协会动态", "", "        8月20日，协会举办数字贸易人才培训班。", ""])


@pytest.mark.parametrize("head,page", [("      数字贸易简报                           2025年第8期", "— 1 —"),
                                       ("  2025年第8期                    数字贸易简报", "第1页")])
def test_layout_text_page_furniture_and_wrapped_lines(head, page):
    issue = parse_source(Source("2025-08.txt", layout_text(head, page).encode("utf-16")))
    assert rows(issue) == [("数据月报", "上半年服务进出口规模创同期新高", "中新网"),
                           ("行业资讯", "2025年服贸会9月10日至14日在京举办", "中新网"), ("协会动态", None, None)]
    story = issue.items[1].body
    assert "今年服贸会" in story and "省担任主宾省。" in story and "数字贸易简报" not in story


def email(footer_line: str) -> str:
    cell = '<tr><td style="padding:6px 24px">{}</td></tr>'
    p = '<p style="margin:0 0 10px;font-size:14px;color:#333">{}</p>'
    bar = ('<tr><td><table><tr><td width="6" style="background:#e8a33d">&nbsp;</td>'
           '<td style="font-size:17px;font-weight:bold;color:#1f5fa8">{}</td></tr></table></td></tr>')
    return "".join([
        '<html><body><table width="100%"><tr><td><table width="640" style="background:#fff">',
        '<tr><td style="font-size:28px;font-weight:bold">数字贸易简报</td>'
        '<td align="right" style="font-size:13px">2025年第10期（总第42期）<br>2025年10月31日</td></tr>',
        bar.format("行业资讯"),
        cell.format('<div style="font-size:15px;font-weight:bold">数据产业集聚区试点将启动</div>'
                    + p.format("7月22日，国家数据局表示将布局建设一批数据产业集聚区试点，引导有条件的地区打造特色产业集聚区。")
                    + '<p style="font-size:12px;color:#999;text-align:right">来源：财联社</p>'),
        bar.format("协会动态"),
        cell.format(p.format("10月16日，协会邀请有关同志为会员企业解读公共数据授权运营政策。")),
        '<tr><td style="font-size:12px;color:#999">' + footer_line + '<br><a href="u">退订</a><br>'
        '© 2025 大连市数字贸易协会 版权所有</td></tr></table></td></tr></table></body></html>'])


@pytest.mark.parametrize("footer_line", ["您收到这封邮件，是因为您是本会会员单位联系人。",
                                         "本邮件由系统自动发送，请勿直接回复。如需帮助，请联系秘书处。"])
def test_newsletter_footer_sentences_are_not_an_item(footer_line):
    issue = parse_source(Source("2025-10.html", email(footer_line).encode()))
    assert rows(issue) == [("行业资讯", "数据产业集聚区试点将启动", "财联社"), ("协会动态", None, None)]
    assert issue.items[1].body == "10月16日，协会邀请有关同志为会员企业解读公共数据授权运营政策。"


def forwarded(header: list[str], quote: str) -> str:
    issue = ["数字贸易简报", "2025年第12期（总第44期）", "大连市数字贸易协会编　2025年12月31日", "",
             "一、行业资讯", "", "中央政治局会议分析研究明年经济工作",
             "12月8日，中共中央政治局召开会议，分析研究2026年经济工作。", "来源：香港01", "",
             "二、协会动态", "", "12月19日，协会召开理事会会议，审议2026年工作要点。", ""]
    return "\n".join(header + [(quote + line).rstrip() for line in issue])


@pytest.mark.parametrize("header,quote", [
    (["-----原始邮件-----", "发件人: 秘书处 <a@example.org>", "发送时间: 2026年1月5日 上午9:12",
      "主题: 数字贸易简报2025年第12期", "", "各会员单位：现将本期简报转发给你们。", ""], "> "),
    (["---------- Forwarded message ---------", "From: Secretariat <a@example.org>",
      "Date: Mon, Jan 5, 2026 at 9:12 AM", "Subject: 简报", ""], ">")])
def test_an_issue_quoted_in_a_forwarded_mail(header, quote):
    issue = parse_source(Source("2025-12.txt", forwarded(header, quote).encode()))
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2025, 12, 44, "2025-12-31")
    assert rows(issue) == [("行业资讯", "中央政治局会议分析研究明年经济工作", "香港01"), ("协会动态", None, None)]
    assert str(issue.items[0].date) == "2025-12-08" and ">" not in issue.items[1].body


@pytest.mark.parametrize("breaks", [True, False])
def test_word_form_with_vertical_labels(breaks):
    d = Document()
    d.add_paragraph("数字贸易简报")
    d.add_paragraph("2025年第10期（总第42期）　2025年10月31日")
    table = d.add_table(rows=2, cols=2)
    for row, (label, title, text) in zip(table.rows, [
            ("行业资讯", "2025全球数字经济大会开幕", "7月2日，2025全球数字经济大会在北京开幕，主题为建设数字友好城市，四十余个城市发起成立城市联盟。"),
            ("协会动态", None, "10月22日，协会与大连理工大学签署人才培养合作协议，共建数字贸易实习基地，双方将联合开展培训。")]):
        left, right = row.cells
        if breaks:  # one paragraph, a line break after each character
            left.paragraphs[0].text = "\n".join(label)
        else:  # a paragraph for each character
            left.paragraphs[0].text = label[0]
            for ch in label[1:]:
                left.add_paragraph(ch)
        if title:
            right.paragraphs[0].add_run(title).bold = True
            right.add_paragraph(text)
        else:
            right.paragraphs[0].text = text
    data = io.BytesIO()
    d.save(data)
    issue = parse_source(Source("2025-10.docx", data.getvalue()))
    assert rows(issue) == [("行业资讯", "2025全球数字经济大会开幕", None), ("协会动态", None, None)]


@pytest.mark.parametrize("numbers,title_mark", [("ⅠⅡⅢ", "1) "), (["I.", "II.", "III."], "（1）"), ("ⅰⅱⅲ", "")])
def test_sections_numbered_in_roman_numerals(numbers, title_mark):
    text = "\n".join(["数字贸易简报", "2026年第2期（总第46期）", "2026年2月28日", "",
                      f"{numbers[0]} 数据月报", "", "商务部数据显示，1-10月服务进出口总额65844.3亿元，同比增长7.5%。", "[来源] 人民网", "",
                      f"{numbers[1]}、行业资讯", "", f"{title_mark}中央经济工作会议在北京举行",
                      "会议于2025年12月10日至11日在北京举行，部署2026年经济工作。", "【来源】星岛日报", "",
                      f"{numbers[2]}. 协会动态", "", "2月12日，协会走访会员企业，听取意见建议。", ""])
    issue = parse_source(Source("2026-02.txt", text.encode()))
    assert rows(issue) == [("数据月报", None, "人民网"), ("行业资讯", "中央经济工作会议在北京举行", "星岛日报"),
                           ("协会动态", None, None)]


def test_roman_list_numbers_leave_latin_words_alone():
    from search.parse.shapes import strip_list_number
    assert strip_list_number("Ⅱ. 行业资讯") == "行业资讯" and strip_list_number("IV、协会动态") == "协会动态"
    assert strip_list_number("I.T.服务外包") == "I.T.服务外包" and strip_list_number("VIP客户服务") == "VIP客户服务"


@pytest.mark.parametrize("heading,bold", [("<h2>{}</h2>", "<p><strong>{}</strong></p>"),
                                          ('<h3 class="sec">{}</h3>', '<div><b>{}</b></div>')])
def test_markdown_written_in_html(heading, bold):
    text = "\n\n".join([
        '<h1 style="text-align:center">数字贸易简报</h1>',
        '<p style="text-align:center">2026年第1期（总第45期）<br>大连市数字贸易协会编　2026年1月31日</p>',
        heading.format("行业资讯"), bold.format("海关总署：预计2026年全球贸易增长更加乏力"),
        "<p>1月14日，海关总署副署长在发布会上表示，外贸发展面临的外部环境依然严峻复杂。</p>",
        '<p style="text-align:right">来源：ETtoday</p>', heading.format("协会动态"),
        "<p>1月20日，协会召开2026年度工作会议，部署本年度重点任务。</p>"])
    issue = parse_source(Source("2026-01.md", text.encode()))
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2026, 1, 45, "2026-01-31")
    assert rows(issue) == [("行业资讯", "海关总署：预计2026年全球贸易增长更加乏力", "ETtoday"), ("协会动态", None, None)]
    assert "<" not in issue.items[0].body


@pytest.mark.parametrize("story", ["7月2日，2025全球数字经济大会在北京开幕，本届大会主题为建设数字友好城市。",
                                   "8月14日，国务院新闻办公室举行新闻发布会，介绍数字中国建设发展成就。"])
def test_web_table_of_story_rows_is_layout(story):
    rows_html = "".join(f"<tr><td><b>标题{k}</b></td><td>{story}<br>来源：科技日报</td></tr>" for k in (1, 2))
    page = ("<html><body><p>数字贸易简报</p><p>2026年第3期（总第47期）　2026年3月31日</p>"
            f'<table border="1"><tr><th colspan="2">行业资讯</th></tr>{rows_html}</table>'
            '<table border="1"><tr><th colspan="2">协会动态</th></tr>'
            "<tr><td></td><td>3月18日，协会与东北财经大学联合举办数字贸易规则研讨会，三十余家会员企业参加。</td></tr></table>"
            "</body></html>")
    issue = parse_source(Source("2026-03.html", page.encode()))
    assert rows(issue) == [("行业资讯", "标题1", "科技日报"), ("行业资讯", "标题2", "科技日报"), ("协会动态", None, None)]


MSO_PAGE = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv=Content-Type content="text/html; charset={charset}"><meta name=ProgId content=Word.Document></head>'
            '<body><div class=WordSection1><p class=MsoTitle align=center>数字贸易简报</p>'
            '<p class=MsoNormal align=center>2026年第4期（总第48期）　2026年4月30日</p>'
            '<h1>行业资讯</h1><h2>国务院公布《政务数据共享条例》</h2>'
            '<p class=MsoNormal>2025年6月3日，国务院公布《政务数据共享条例》，规定政务数据实行统一目录管理。<o:p></o:p></p>'
            '<h1>协会动态</h1><p class=MsoNormal>4月16日，协会举办数据出境合规专题培训，五十余名代表参加。</p></div></body></html>')


@pytest.mark.parametrize("suffix,charset,lead", [(".doc", "gb2312", b""), (".wps", "utf-8", b"\xef\xbb\xbf\r\n")])
def test_a_web_page_saved_as_old_word_is_read_as_a_page(suffix, charset, lead, monkeypatch):
    from search.parse import legacy
    monkeypatch.setattr(legacy, "soffice", lambda: None)  # read without LibreOffice: it is no Word file
    data = lead + MSO_PAGE.format(charset=charset).encode(charset)
    issue = parse_source(Source("2026-04" + suffix, data))
    assert rows(issue) == [("行业资讯", "国务院公布《政务数据共享条例》", None), ("协会动态", None, None)]
    assert (issue.meta.year, issue.meta.number, issue.meta.total) == (2026, 4, 48)


def test_a_renamed_docx_is_read_without_libreoffice(monkeypatch):
    from search.parse import legacy
    monkeypatch.setattr(legacy, "soffice", lambda: None)
    data = io.BytesIO()
    d = Document()
    for text in ("数字贸易简报", "2026年第4期（总第48期）", "【协会动态】", "4月16日，协会举办专题培训，五十余名代表参加。"):
        d.add_paragraph(text)
    d.save(data)
    assert rows(parse_source(Source("2026-04.doc", data.getvalue()))) == [("协会动态", None, None)]


def alt_chunk_docx(chunk: bytes, target: str, content_type: str) -> bytes:
    import zipfile
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   f'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/{target}" ContentType="{content_type}"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W} xmlns:r="{rel}"><w:body>'
                   '<w:p><w:r><w:t>数字贸易简报</w:t></w:r></w:p><w:altChunk r:id="c1"/><w:sectPr/></w:body></w:document>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="c1" Type="{rel}/aFChunk" Target="{target}"/></Relationships>')
        z.writestr(f"word/{target}", chunk)
    return out.getvalue()


@pytest.mark.parametrize("target,content_type", [("afchunk.html", "text/html"), ("chunk1.htm", "application/xhtml+xml")])
def test_word_alt_chunk_html_is_read_where_it_stands(target, content_type):
    page = MSO_PAGE.format(charset="utf-8").replace("<p class=MsoTitle align=center>数字贸易简报</p>", "")
    issue = parse_source(Source("2026-05.docx", alt_chunk_docx(page.encode(), target, content_type)))
    assert rows(issue) == [("行业资讯", "国务院公布《政务数据共享条例》", None), ("协会动态", None, None)]
    assert (issue.meta.year, issue.meta.number) == (2026, 4)


@pytest.mark.parametrize("line", ["网页中的<script>alert(1)</script>写法仍常见。", "<p>网页中的<script>alert(1)</script>写法仍常见。</p>"])
def test_tags_written_as_text_stay_text(line):
    from search.parse.mdextra import html_lines
    assert html_lines(line) == [("网页中的<script>alert(1)</script>写法仍常见。", None)]


@pytest.mark.parametrize("tail", ["\t", "  ", "\u3000"])
def test_word_paragraphs_ending_in_spaces_are_no_pdf_export(tail):
    """Spaces or tabs typed after a Word paragraph say nothing of wrapped lines: a title stays one line."""
    d = Document()
    for text in ("数字贸易简报", "2025年第5期（总第37期）　2025年5月31日"):
        d.add_paragraph(text + tail)
    for section, title, body, source in [
            ("行业资讯", "国家数据局部署数据产业集聚区试点工作", "5月8日，某部门发布新规，对数字贸易作出安排。", "来源：新华社"),
            ("协会动态", None, "5月9日，协会召开座谈会，二十余家会员企业参加。", None)]:
        d.add_paragraph(f"\t{section}{tail}")
        if title:
            d.add_paragraph().add_run(title + tail).bold = True
        d.add_paragraph(body)
        if source:
            d.add_paragraph(source + tail)
    data = io.BytesIO()
    d.save(data)
    issue = parse_source(Source("2025-05.docx", data.getvalue()))
    assert rows(issue) == [("行业资讯", "国家数据局部署数据产业集聚区试点工作", "新华社"), ("协会动态", None, None)]


@pytest.mark.parametrize("number", ["【一】", "〔2〕", "[3] ", "［四］"])
def test_a_bracketed_number_before_a_section_name(number):
    text = "\n".join(["数字贸易简报", "2025年第5期（总第37期）", "2025年5月31日", "",
                      f"{number}行业资讯", "", "国家数据局部署数据产业集聚区试点工作",
                      "5月8日，某部门发布新规，对数字贸易作出安排，业内人士认为影响深远。", "来源：新华社", "",
                      f"{number}协会动态", "", "5月9日，协会召开座谈会，二十余家会员企业参加。", ""])
    issue = parse_source(Source("2025-05.txt", text.encode()))
    assert rows(issue) == [("行业资讯", "国家数据局部署数据产业集聚区试点工作", "新华社"), ("协会动态", None, None)]


def mht_archive(page: str, charset: str, encoding: str) -> bytes:
    """A web archive as IE and Chrome save one: multipart/related, the page base64- or quoted-printable-encoded,
    an image beside it; CRLF line ends."""
    from email import encoders
    from email.mime.base import MIMEBase
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    archive = MIMEMultipart("related", type="text/html")
    html = MIMEBase("text", "html", charset=charset)
    html.set_payload(page.encode(charset))
    (encoders.encode_base64 if encoding == "base64" else encoders.encode_quopri)(html)
    archive.attach(html)
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "png"))
    return archive.as_bytes().replace(b"\n", b"\r\n")


@pytest.mark.parametrize("charset,encoding", [("gb2312", "base64"), ("utf-8", "quoted-printable")])
def test_word_alt_chunk_web_archive_is_read_as_its_page(charset, encoding):
    """An MHT chunk (a MIME message, its page base64 in GB2312 under a stale `charset=utf-8` meta, or
    quoted-printable UTF-8) is read as the page it carries."""
    page = MSO_PAGE.format(charset="utf-8").replace("<p class=MsoTitle align=center>数字贸易简报</p>", "")
    chunk = mht_archive(page, charset, encoding)
    assert "国务院".encode(charset) not in chunk
    issue = parse_source(Source("2026-05.docx", alt_chunk_docx(chunk, "chunk.mht", "message/rfc822")))
    assert rows(issue) == [("行业资讯", "国务院公布《政务数据共享条例》", None), ("协会动态", None, None)]
    assert (issue.meta.year, issue.meta.number) == (2026, 4)


def test_a_saved_web_archive_is_read_and_an_empty_one_refused():
    page = MSO_PAGE.format(charset="gbk")
    issue = parse_source(Source("2026-04.mhtml", mht_archive(page, "gbk", "base64")))
    assert rows(issue) == [("行业资讯", "国务院公布《政务数据共享条例》", None), ("协会动态", None, None)]
    with pytest.raises(CorpusError, match="没有网页"):
        parse_source(Source("2026-04.mht", b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n"))
