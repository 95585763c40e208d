"""Variants of the shapes blind10's text issue missed (issue 16): a part's number inside a banner's
frame, titles numbered in financial numerals (壹. 贰.) and other numerals and brackets, and source
lines of the "comes from / first published in / reprinted from" family, led by a mark, set to the
right, or in brackets at the title's end."""
from __future__ import annotations

import pytest

from search.parse.parser import parse_source
from search.parse.readers import Source
from search.parse.shapes import columns, part_core, strip_list_number
from search.parse.sources import source_line

PAD = "\u3000" * 18


def txt_issue(frame: tuple[str, str], parts: list[str], numbers: list[str], sources: list[str], title_outlet: str) -> str:
    left, right = frame
    d, n, m, a = (f"{left}  {p}  {right}" for p in parts)
    return "\n".join([
        "　　　　　　　　数 字 贸 易 简 报", "", "　　　　　　2026年第3期（总第47期）", "",
        "大连市数字贸易协会秘书处编                      2026年3月31日", "━" * 30, "",
        d, "", f"{numbers[0]} 前2个月服务贸易较快增长", "",
        "　　商务部3月20日发布数据，前2个月我国服务进出口总额12000亿元，同比增长6.5%。", sources[0], "", "",
        n, "", f"{numbers[0]} 大连跨境电商综试区新增备案企业120家", "",
        "　　3月22日，大连市商务局介绍，今年以来综试区新增备案企业120家，跨境电商进出口保持增长。",
        "　　综试区将继续完善海外仓布局，支持企业开拓新兴市场。", sources[1], "",
        f"{numbers[1]} 数字人民币跨境支付试点扩围　　{title_outlet}", "",
        "　　中国人民银行3月25日表示，数字人民币跨境支付试点范围进一步扩大，覆盖更多贸易场景。", "",
        f"{numbers[2]} 东北亚数字贸易论坛将在大连举办", "",
        "　　记者从大连市政府新闻办获悉，东北亚数字贸易论坛将于5月在大连举办，预计300余家企业参会。", sources[2], "", "",
        m, "", f"{numbers[0]} 大连英歌石科技有限公司", "",
        "　　该公司为东北亚客户提供跨境数据标注服务，业务规模持续扩大。", "", "",
        a, "", "　　3月18日，协会秘书处组织会员单位开展数字贸易政策解读会。", "", "━" * 30, ""])


EXPECTED = [("数据月报", "前2个月服务贸易较快增长"), ("行业资讯", "大连跨境电商综试区新增备案企业120家"),
            ("行业资讯", "数字人民币跨境支付试点扩围"), ("行业资讯", "东北亚数字贸易论坛将在大连举办"),
            ("会员风采", "大连英歌石科技有限公司"), ("协会动态", None)]


@pytest.mark.parametrize("frame,parts,numbers,sources,outlet,expect", [
    (("≈≈≈≈", "≈≈≈≈"), ["第壹部分：数据月报", "第贰部分：行业资讯", "第叁部分：会员风采", "第肆部分：协会动态"],
     ["（壹）", "（贰）", "（叁）"],
     ["※ 内容来自：央视新闻客户端", f"{PAD}首发于 经济日报", "● 稿源于 人民网"], "【澎湃新闻】",
     ["央视新闻客户端", "经济日报", "澎湃新闻", "人民网"]),
    (("◇", "◇"), ["PART Ⅰ 数据月报", "PART Ⅱ 行业资讯", "PART Ⅲ 会员风采", "PART Ⅳ 协会动态"],
     ["〔一〕", "〔二〕", "〔三〕"],
     ["▶转载自 第一财经", f"{PAD}原刊于：中国贸易报", "（本文首载大连新闻网）"], "［新华网］",
     ["第一财经", "中国贸易报", "新华网", "大连新闻网"]),
    (("〓", "〓"), ["第3部分 数据月报", "第4部分 行业资讯", "第5部分 会员风采", "第6部分 协会动态"],
     ["拾.", "拾壹.", "拾贰."],
     ["☆ 稿件来自 光明网", f"{PAD}来自 中国新闻网", "◆ 发自 经济参考报"], "〔中国经济网〕",
     ["光明网", "中国新闻网", "中国经济网", "经济参考报"]),
    (("✦✦", "✦✦"), ["第Ⅰ部分 数据月报", "第Ⅱ部分 行业资讯", "第Ⅲ部分 会员风采", "第Ⅳ部分 协会动态"],
     ["Ⅰ.", "Ⅱ.", "Ⅲ."],
     ["→选自 求是网", f"{PAD}稿源自 中国贸易报", "（原文载于学习时报）"], "（经济观察网）",
     ["求是网", "中国贸易报", "经济观察网", "学习时报"]),
])
def test_framed_parts_numbered_titles_and_published_in_sources(frame, parts, numbers, sources, outlet, expect):
    issue = parse_source(Source("2026-03.txt", txt_issue(frame, parts, numbers, sources, outlet).encode()))
    assert [(i.section, i.title) for i in issue.items] == EXPECTED
    assert [i.source for i in issue.items] == [expect[0], expect[1], expect[2], expect[3], None, None]
    assert not any(name in i.body for i in issue.items for name in expect)


@pytest.mark.parametrize("title,bare", [
    ("壹. 上半年数据", "上半年数据"), ("贰、海关总署", "海关总署"), ("拾贰．标题", "标题"), ("（陆）标题", "标题"),
    ("〔三〕标题", "标题"), ("【肆】标题", "标题"), ("［Ⅱ］标题", "标题"), ("三）标题", "标题"), ("十一﹒标题", "标题"),
    ("〇一、标题", "标题"), ("貳．標題", "標題"),
    ("1.5万元增长", "1.5万元增长"), ("一带一路倡议", "一带一路倡议"), ("两岸经贸合作", "两岸经贸合作"),
    ("百度发布新模型", "百度发布新模型"), ("〈数据二十条〉解读", "〈数据二十条〉解读"), ("《十四五》规划", "《十四五》规划")])
def test_list_numbers_in_any_numerals_and_brackets(title, bare):
    assert strip_list_number(title) == bare


@pytest.mark.parametrize("line,core", [
    ("第一部分　数据月报", "数据月报"), ("第壹部分 行业资讯", "行业资讯"), ("第Ⅱ部分 会员风采", "会员风采"),
    ("PART II 行业资讯", "行业资讯"), ("Part Ⅲ：协会动态", "协会动态"), ("PARTNER 行业资讯", None)])
def test_part_numbers_of_any_numeral_kind(line, core):
    assert part_core(line) == core


def test_an_upright_rule_parts_two_columns_on_one_line():
    assert columns("第一部分 数据月报      ‖ 第二部分 行业资讯") == ["第一部分 数据月报", "第二部分 行业资讯"]
    assert columns("壹. 上半年数据 │   壹. 海关总署") == ["壹. 上半年数据", "壹. 海关总署"]
    assert columns("第四部分 协会动态          ‖") == ["第四部分 协会动态"]
    assert columns("来源｜新京报") == ["来源｜新京报"]


@pytest.mark.parametrize("line,kw,outlet", [
    ("稿件来自中国产业经济信息网", {}, "中国产业经济信息网"), ("原载：星岛环球网", {}, "星岛环球网"),
    ("（首发于经济日报）", {}, "经济日报"), ("来自新华社", {}, "新华社"), ("转载自澎湃新闻", {}, "澎湃新闻"),
    ("刊于《人民日报》", {}, "人民日报"), ("内容来自：央视新闻客户端", {}, "央视新闻客户端"),
    ("原载：星岛环球网 记者 张三", {}, "星岛环球网"),
    ("稿源于人民网", {"led": True}, "人民网"), ("本文首载 经济日报客户端", {"align": "right"}, "经济日报客户端"),
    # not a source: an everyday 来自, an unlisted key on a plain line, a name that is no medium's
    ("来自全国各地的代表", {}, None), ("来自全球的媒体记者参观了大连日报", {}, None), ("稿源于人民网", {}, None),
    ("参观大连日报社", {"led": True}, None), ("刊于2025年", {}, None), ("首发于", {}, None),
    ("载于史册的伟业", {}, None), ("首发于大连的数字贸易报告", {}, None)])
def test_published_in_source_lines(line, kw, outlet):
    assert source_line(line, **kw) == outlet
