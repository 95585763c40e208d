"""How a secretariat's monthly file really arrives (issue 16, wave 8; tests/data/shapes8/): text in
UTF-16 without a byte-order mark, sections numbered with a space for 、, an outlet alone in brackets
after a story or at the end of its title line, a Xinhua dateline, a section carried on after a
profile (`行业资讯（续）`), OpenDocument and RTF files. Each built here, small, with a variant."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from search.errors import CorpusError
from search.parse import legacy
from search.parse.parser import parse_file, parse_source
from search.parse.readers import Source, decode
from search.parse.sources import dateline, source_line, title_outlet

SHAPES8 = Path(__file__).resolve().parent / "data" / "shapes8"


def rows(issue):
    return [(i.section, i.title, i.source) for i in issue.items]


def issue_text(section_line, title, outlet_after, extra=()):
    """A small issue: sections by `section_line(n, name)`, a story titled `title`, its outlet printed
    after it as `outlet_after`."""
    return "\n".join([
        "数字贸易简报", "2026年第7期（总第51期）", "大连市数字贸易协会　2026年7月31日", "",
        section_line(1, "数据月报"), "上半年跨境电商数据",
        "2025年上半年，我国跨境电商进出口约1.32万亿元，同比增长5.7%。", "（国新网）", "",
        section_line(2, "行业资讯"), title,
        "国务院国资委日前召开中央企业“AI+”专项行动深化部署会，要求积极扩大算力有效投资。", outlet_after, "",
        *extra,
        section_line(3, "协会动态"), "5月20日，协会举办数据跨境流动合规沙龙。", ""])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_in_its_byte_order(encoding):
    text = issue_text(lambda n, s: f"{'一二三'[n - 1]}　{s}", "国资委部署“AI+”专项行动", "（经济通）")
    issue = parse_source(Source("2026-07.txt", text.replace("\n", "\r\n").encode(encoding)))
    assert rows(issue) == [("数据月报", "上半年跨境电商数据", "国新网"),
                           ("行业资讯", "国资委部署“AI+”专项行动", "经济通"), ("协会动态", None, None)]
    assert decode("Dalian 2026\nABC".encode(encoding), "x") == "Dalian 2026\nABC"  # mostly ASCII too


def test_binary_with_zero_bytes_is_still_no_text():
    with pytest.raises(CorpusError):
        decode(bytes(range(256)) * 8, "x.txt")


@pytest.mark.parametrize("section_line", [lambda n, s: f"{'一二三'[n - 1]} {s}",  # an ASCII space
                                          lambda n, s: f"{'一二三'[n - 1]}　{s}"])
def test_a_numeral_and_a_space_open_a_section(section_line):
    issue = parse_source(Source("x.txt", issue_text(section_line, "国资委部署专项行动", "（中国工业报）").encode()))
    assert [i.section for i in issue.items] == ["数据月报", "行业资讯", "协会动态"]
    assert issue.items[1].source == "中国工业报"


def test_an_outlet_alone_in_brackets_is_a_source_a_note_is_not():
    assert source_line("（经济日报）") == "经济日报" and source_line("(中国工业报)") == "中国工业报"
    for note in ("（完）", "（节选）", "（记者张三）", "（本刊讯）", "（2026年第7期）", "（WTO）", "【行业资讯】"):
        assert source_line(note) is None, note


def test_outlets_printed_at_the_end_of_title_lines():
    extra = ["财新网披露数据要素市场新进展(财新网)",
             "国家数据局介绍，数据要素市场建设提速，公共数据资源开发利用加快。", ""]
    text = issue_text(lambda n, s: f"【{s}】", "八部门印发实施意见（经济通）", "", extra)
    issue = parse_source(Source("x.txt", text.encode()))
    assert rows(issue)[1:3] == [("行业资讯", "八部门印发实施意见", "经济通"),
                                ("行业资讯", "财新网披露数据要素市场新进展", "财新网")]
    assert title_outlet("服务贸易数据（1-5月）")[1] is None and title_outlet("数据安全法施行（附解读）")[1] is None


def test_a_lone_title_keeps_a_bracket_that_names_no_medium():
    issue = parse_source(Source("x.txt", issue_text(lambda n, s: f"【{s}】", "合作项目签约仪式举行（大连）", "").encode()))
    assert rows(issue)[1] == ("行业资讯", "合作项目签约仪式举行（大连）", None)


@pytest.mark.parametrize("line, outlet, rest", [
    ("新华社北京3月5日电（记者周圆　张晓洁）工业和信息化部部长李乐成5日表示", "新华社", "工业和信息化部部长李乐成5日表示"),
    ("中新网上海5月8日电 上海市商务委表示", "中新网", "上海市商务委表示")])
def test_a_dateline_names_the_source_and_is_no_body(line, outlet, rest):
    assert dateline(line)[:2] == (rest, outlet)
    text = issue_text(lambda n, s: f"【{s}】", "李乐成谈人工智能", "", ["", ]).replace(
        "国务院国资委日前召开", line + "。国务院国资委日前召开")
    issue = parse_source(Source("x.txt", text.encode()))
    story = issue.items[1]
    assert story.source == outlet and story.body.startswith(rest)
    assert dateline("本报北京5月8日电 记者获悉")[1] is None  # 本报: a credit, no outlet


@pytest.mark.parametrize("continued", ["行业资讯（续）", "【行业资讯(续一)】", "二、行业资讯（续）"])
def test_a_section_carried_on_after_a_profile(continued):
    extra = ["【会员风采】", "大连交通大学", "大连交通大学始建于1956年，原名大连铁道学院。", "",
             continued, "义乌跨境电商进口清单首次突破1亿单",
             "2025年12月3日，义乌海关验放了第1亿件跨境电商进口物品。", "（人民日报海外版）", ""]
    issue = parse_source(Source("x.txt", issue_text(lambda n, s: f"【{s}】", "国资委部署专项行动", "来源：经济通",
                                                    extra).encode()))
    assert [i.section for i in issue.items] == ["数据月报", "行业资讯", "会员风采", "行业资讯", "协会动态"]
    assert rows(issue)[3] == ("行业资讯", "义乌跨境电商进口清单首次突破1亿单", "人民日报海外版")


def test_opendocument_and_rtf_go_through_libreoffice_or_are_refused_saying_how(monkeypatch, tmp_path):
    assert legacy.disguised((SHAPES8 / "2026-09.odt").read_bytes()) is None  # a zip, but no .docx
    assert legacy.not_installed("a.odt").startswith("OpenDocument") and "LibreOffice" in legacy.not_installed("a.rtf")
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH without soffice
    for name in ("2026-09.odt", "2026-10.rtf"):
        with pytest.raises(CorpusError) as err:
            parse_file(SHAPES8 / name)
        assert ".docx" in err.value.reason and "LibreOffice" in err.value.reason


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice is not installed")
def test_an_opendocument_issue_is_read():
    issue = parse_file(SHAPES8 / "2026-09.odt")
    assert (issue.meta.number, issue.meta.total) == (9, 53)
    assert rows(issue)[1] == ("行业资讯", "义乌跨境电商进口清单首次突破1亿单", "人民日报海外版")


def phone_text(badge, end="END"):
    return "\n".join([
        "数字贸易简报 | 2026年第5期（总第49期）", "原创 大连数贸协会 2026年05月31日 18:02 辽宁", "",
        badge(1), "数据月报", "", "上半年跨境电商数据", "文章来源｜国新网",
        "2025年上半年，我国跨境电商进出口约1.32万亿元，同比增长5.7%。", "▼", "图源：国新网",
        "同期货物贸易进出口总值21.94万亿元，同比增长2.9%。", "",
        badge(2), "行业资讯", "", "🔹国资委部署“AI+”专项行动", "文章来源｜经济通",
        "国务院国资委日前召开中央企业“AI+”专项行动深化部署会。", "✅ 积极扩大算力有效投资；", "✅ 持续攻关大模型技术。", "",
        badge(3), "协会动态", "", "5月20日，协会举办数据跨境流动合规沙龙。", "",
        end, "", "编辑：李晓　审核：王军", "点击下方名片", "关注我们", "分享 收藏 点赞 在看", ""])


@pytest.mark.parametrize("badge, end", [(lambda n: f"— 0{n} —", "END"), (lambda n: f"PART 0{n}", "- END -"),
                                        (lambda n: f"/ {n} /", "（完）")])
def test_a_phone_copy_with_numbers_over_banners_and_its_closing_lines(badge, end):
    issue = parse_source(Source("2026-05.txt", phone_text(badge, end).encode()))
    assert rows(issue) == [("数据月报", "上半年跨境电商数据", "国新网"), ("行业资讯", "国资委部署“AI+”专项行动", "经济通"),
                           ("协会动态", None, None)]
    data, story = issue.items[0], issue.items[1]
    assert "图源" not in data.body and "▼" not in data.body and data.body.endswith("同比增长2.9%。")
    assert story.body.endswith("持续攻关大模型技术。") and "名片" not in issue.items[2].body


def editor_md(line, toggle):
    return "\n".join([
        "# 数字贸易简报", "", line("2026年第4期 · 总第48期 · 2026年4月30日"), "",
        "## PART 01 数据月报", "", "### 数字贸易主要数据", "", line("来源：经济日报"), "",
        "2024年，我国可数字化交付的服务进出口4067.2亿美元，同比增长5.4%。", "",
        "| 指标 | 2024年<br>（亿美元） |", "| :--- | ---: |", "| 可数字化交付的<br/>服务进出口 | 4067.2 |", "",
        "## PART 02 行业资讯", "", "### NO.1｜李乐成谈人工智能", "", line("来源：新华社"), "",
        "工业和信息化部部长李乐成3月5日表示，将大力推动人工智能和制造业“双向奔赴”。", "",
        "### No.2 国资委部署专项行动", "", line("来源：经济通"), "",
        "国务院国资委日前召开中央企业“AI+”专项行动深化部署会。", "",
        "## PART 03 协会动态", "", "<aside>", "协会联合大连海关举办AEO认证培训。", "</aside>", "",
        "---", "", *toggle, ""])


@pytest.mark.parametrize("line, toggle", [
    (lambda t: f'<font style="color:#8C8C8C;">{t}</font>',
     ['<details class="lake-collapse"><summary>编后语</summary>', "本刊为内部交流资料，欢迎会员单位投稿。", "</details>"]),
    (lambda t: f'<span style="color:gray">{t}</span>', ["<details>", "<summary>说明</summary>", "欢迎各会员单位踊跃投稿。", "</details>"])])
def test_markdown_from_an_online_editor(line, toggle):
    issue = parse_source(Source("2026-04.md", editor_md(line, toggle).encode()))
    assert (issue.meta.number, issue.meta.total, issue.meta.date) == (4, 48, "2026-04-30")
    assert rows(issue) == [("数据月报", "数字贸易主要数据", "经济日报"), ("行业资讯", "李乐成谈人工智能", "新华社"),
                           ("行业资讯", "国资委部署专项行动", "经济通"), ("协会动态", None, None)]
    assert issue.items[0].tables[0][1] == ["可数字化交付的服务进出口", "4067.2"]
    assert issue.items[0].tables[0][0][1] == "2024年（亿美元）"
    assert issue.items[3].body == "协会联合大连海关举办AEO认证培训。"


def test_story_number_badges_in_a_copy_without_blank_lines():
    text = "\n".join(["数字贸易简报｜2026年第5期（总第49期）", "大连市数字贸易协会 2026年5月31日",
                      "▍行业资讯", "01", "国资委部署“AI+”专项行动", "来源｜经济通", "国务院国资委日前召开深化部署会。",
                      "02", "工信部将启动工业数据筑基行动", "来源｜新华财经", "工业和信息化部将建设一批高质量行业数据集。",
                      "▍协会动态", "5月20日，协会举办数据跨境流动合规沙龙。", "- END -", "编辑：李晓"])
    issue = parse_source(Source("x.txt", text.encode()))
    assert rows(issue) == [("行业资讯", "国资委部署“AI+”专项行动", "经济通"),
                           ("行业资讯", "工信部将启动工业数据筑基行动", "新华财经"), ("协会动态", None, None)]


def test_outlets_at_the_end_of_titles_in_square_brackets_too():
    extra = ["工信部将启动工业数据筑基行动【新华财经】", "工业和信息化部将建设一批高质量行业数据集。", ""]
    issue = parse_source(Source("x.txt", issue_text(lambda n, s: f"◆{s}◆", "国资委部署专项行动(经济通)", "",
                                                    extra).encode()))
    assert rows(issue)[1:3] == [("行业资讯", "国资委部署专项行动", "经济通"), ("行业资讯", "工信部将启动工业数据筑基行动", "新华财经")]


def test_a_note_apps_markdown_callouts_links_comments_and_file_stamps():
    text = "\n".join(["---", "tags: [简报]", "created: 2026-07-30", "---", "# 数字贸易简报 2026年第7期", "",
                      "> [!info] 总第51期 · 2026年7月31日", "", "## 行业资讯", "", "### 国资委部署专项行动", "",
                      "[[国务院国资委]]日前召开==中央企业==“AI+”专项行动深化部署会。", "", "> [!quote]- 来源：经济通", "",
                      "## 协会动态", "", "5月20日，协会举办数据跨境流动合规沙龙。", "", "%% 下期补充数据 %%", ""])
    issue = parse_source(Source("x.md", text.encode()))
    assert issue.meta.date == "2026-07-31" and issue.meta.total == 51
    assert rows(issue) == [("行业资讯", "国资委部署专项行动", "经济通"), ("协会动态", None, None)]
    assert issue.items[0].body == "国务院国资委日前召开中央企业“AI+”专项行动深化部署会。"


def test_a_kind_described_by_whom_it_belongs_to_is_no_organisation():
    from search.parse.orgs import extract_orgs
    assert extract_orgs("大连外国语大学创建于1964年，是辽宁省属外国语大学。") == ["大连外国语大学"]
    assert extract_orgs("大连海事大学是交通运输部直属全国重点大学。") == ["大连海事大学", "交通运输部"]
    assert "商务部直属机关党委" in extract_orgs("商务部直属机关党委召开会议。")  # a name, not after 是


@pytest.mark.parametrize("text, dept", [("海关总署新闻发言人、统计分析司司长吕大良介绍", "统计分析司"),
                                        ("商务部、规划发展司司长表示", "规划发展司")])
def test_a_department_in_its_heads_title_starts_at_the_list_mark(text, dept):
    from search.parse.orgs import extract_orgs
    assert dept in extract_orgs(text)


@pytest.mark.parametrize("line, outlet", [("（责任编辑：李晓　来源：国新网）", "国新网"), ("（来源：经济通　编辑：王军）", "经济通"),
                                          ("来源：新华财经　　责任编辑：李晓", "新华财经"), ("作者：张三 来源：人民网", "人民网")])
def test_a_source_among_credits_on_one_line(line, outlet):
    assert source_line(line) == outlet
    issue = parse_source(Source("x.txt", issue_text(lambda n, s: f"第{'一二三'[n - 1]}部分　{s}", "国资委部署专项行动",
                                                    line).encode()))
    assert issue.items[1].source == outlet and "编辑" not in issue.items[1].body
    assert source_line("编辑：李晓　审核：王军") is None


@pytest.mark.parametrize("glosses", [("DATA REPORT", "INDUSTRY NEWS", "ASSOCIATION NEWS"), ("Data", "News", "Events")])
def test_banners_glossed_in_english_on_the_line_below(glosses):
    g = iter(glosses)
    text = issue_text(lambda n, s: f"{s}\n{next(g)}", "国资委部署专项行动", "来源：经济通")
    issue = parse_source(Source("x.txt", text.encode()))
    assert rows(issue) == [("数据月报", "上半年跨境电商数据", "国新网"), ("行业资讯", "国资委部署专项行动", "经济通"),
                           ("协会动态", None, None)]


def test_one_latin_name_under_a_banner_is_a_title():
    text = issue_text(lambda n, s: f"【{s}】", "国资委部署专项行动", "来源：经济通").replace(
        "【协会动态】", "【会员风采】\nGenpact\nGenpact在大连设有交付中心。\n\n【协会动态】")
    issue = parse_source(Source("x.txt", text.encode()))
    assert ("会员风采", "Genpact", None) in rows(issue)
