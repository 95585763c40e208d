"""PDF layouts of wave 22 (blind13's browser print and book scan, in other words and other geometry):
a framed sidebar down the left of the page, beside a main column that runs on below it, is read first
and as a unit (search/parse/pdf.py, pdflayout.py); a banner across the page ends the columns above it
though a source line ends the right column close above the bar (colbands.py); a title whose weight
only its digits show, wrapped before a number, is one title (pdfwrap.py); a table whose rows fall
into bands of other gutters is one table (cellbands.py); a row's share said by its label after the
table is that row's (figures)."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.columns import Box, regions
from search.parse.parser import parse_file
from test_figures import facts, item

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
LATIN_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
needs_fonts = pytest.mark.skipif(not (CJK_FONT.exists() and LATIN_BOLD.exists()),
                                 reason="the fonts fonts-wqy-microhei and fonts-dejavu are not installed")


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.add_font("latinb", fname=str(LATIN_BOLD))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def _para(pdf, x, y, width, text, size=10.0, step=16.0, indent=True) -> float:
    """Text wrapped by hand at `width` points (CJK characters a size wide), the first line indented."""
    from fpdf.enums import WrapMode

    pdf.set_font("wqy", size=size)
    pdf.set_xy(x, y)
    pdf.multi_cell(width, step, ("　　" if indent else "") + text, wrapmode=WrapMode.CHAR, new_x="LEFT", new_y="NEXT")
    return pdf.get_y()


def _right(pdf, x1, y, text, size=9.0):
    pdf.set_font("wqy", size=size)
    pdf.text(x1 - pdf.get_string_width(text), y, text)


@needs_fonts
def test_a_framed_sidebar_left_of_a_longer_main_column_is_read_first(tmp_path):
    pdf = _pdf()
    pdf.set_font("wqy", size=24)
    pdf.text(210, 60, "数字贸易简报")
    pdf.set_font("wqy", size=10)
    pdf.text(170, 84, "2026年第3期（总第47期）　大连市数字贸易协会　2026年3月31日")
    pdf.set_fill_color(236, 236, 236)
    pdf.rect(30, 104, 130, 250, style="F")
    y = 122.0
    for text, size in (("本期导读", 11), ("政策速递", 9), ("跨境数据流动新规发布", 9), ("企业出海", 9),
                       ("软件企业赴东盟设立交付中心", 9), ("联络", 9), ("电话：0411-8888XXXX", 8)):
        pdf.set_font("wqy", size=size)
        pdf.text(40, y, text)
        y += 20
    pdf.set_font("wqy", size=14)
    pdf.text(180, 118, "政策速递")
    pdf.set_font("wqy", size=12)
    pdf.text(180, 146, "跨境数据流动新规发布")
    y = _para(pdf, 180, 156, 380, "3月18日，有关部门发布促进和规范数据跨境流动的新规，明确了一批可免予申报数据出境安全"
                                  "评估的情形，企业办理数据出境业务的流程进一步简化，预计将惠及大量外贸企业。")
    _right(pdf, 560, y + 8, "（来源：经济参考报）")
    pdf.set_font("wqy", size=14)
    pdf.text(180, y + 40, "企业出海")
    pdf.set_font("wqy", size=12)
    pdf.text(180, y + 68, "软件企业赴东盟设立交付中心")
    y = _para(pdf, 180, y + 78, 380, "今年一季度，大连多家软件企业在东盟国家设立交付中心，承接当地制造业和金融业客户的"
                                     "系统开发项目，带动软件出口较快增长，企业表示将继续扩大当地团队规模，并与高校合作培养"
                                     "熟悉中文和当地语言的工程人员，进一步开拓新的市场。")
    _right(pdf, 560, y + 8, "（来源：大连新闻网）")
    path = tmp_path / "2026-03.pdf"
    pdf.output(str(path))
    got = [(it.section, it.title, it.source) for it in parse_file(path).items]
    assert got == [("政策速递", "跨境数据流动新规发布", "经济参考报"),
                   ("企业出海", "软件企业赴东盟设立交付中心", "大连新闻网")]


@needs_fonts
def test_a_banner_bar_ends_the_columns_above_it_though_a_source_sits_close_above(tmp_path):
    pdf = _pdf()
    pdf.set_font("wqy", size=22)
    pdf.text(200, 50, "数字贸易简报")
    pdf.set_font("wqy", size=10)
    pdf.text(180, 72, "2026年第4期（总第48期）　　2026年4月30日")
    left, right, width = 40.0, 310.0, 245.0

    def banner(y, text):
        pdf.set_fill_color(30, 50, 90)
        pdf.rect(left, y, 515, 22, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("wqy", size=12)
        pdf.text(left + 8, y + 15, text)
        pdf.set_text_color(0, 0, 0)

    banner(90, "服务贸易")
    pdf.set_font("wqy", size=11)
    pdf.text(left, 134, "离岸外包执行额稳步增长")
    y = _para(pdf, left, 142, width, "一季度，全市承接离岸服务外包执行额同比增长百分之九，信息技术外包占比过半，"
                                     "业务流程外包和知识流程外包也保持增长，日本和韩国仍是主要的发包市场，欧美市场的"
                                     "订单明显增多。")
    _right(pdf, left + width, y + 6, "（来源：大连日报）")
    pdf.set_font("wqy", size=11)
    pdf.text(right, 134, "数字内容出口势头良好")
    y = _para(pdf, right, 142, width, "动漫游戏和网络文学等数字内容产品加快走向海外市场，多家企业的海外收入占比明显提高，"
                                      "相关企业表示将加大原创内容投入，并借助海外平台开展联合发行，推动更多作品出海，"
                                      "行业协会也将组织企业参加海外展会。")
    _right(pdf, right + width, y + 6, "（来源：中国文化报）")
    bar = y + 8  # the bar starts a few points below the right column's source line
    banner(bar, "会员风采")
    pdf.set_font("wqy", size=11)
    pdf.text(left, bar + 46, "大连云岫数据服务有限公司")
    _para(pdf, left, bar + 54, width, "大连云岫数据服务有限公司成立于二〇一九年，是协会会员单位，主要为外贸企业提供数据清洗、"
                                      "标注和合规咨询服务，客户遍及日本、韩国和欧洲，公司现有员工一百二十人，其中技术人员占"
                                      "七成，近年来持续加大研发投入，")
    _para(pdf, right, bar + 38, width, "先后取得多项软件著作权，并参与了两项数据标注团体标准的起草工作。公司负责人表示，将"
                                       "依托协会平台加强与会员企业的合作。", indent=False)
    path = tmp_path / "2026-04.pdf"
    pdf.output(str(path))
    got = [(it.section, it.title, it.source) for it in parse_file(path).items]
    assert got == [("服务贸易", "离岸外包执行额稳步增长", "大连日报"),
                   ("服务贸易", "数字内容出口势头良好", "中国文化报"),
                   ("会员风采", "大连云岫数据服务有限公司", None)]


@needs_fonts
def test_a_title_wrapped_before_a_number_whose_digits_alone_are_bold_is_one_title(tmp_path):
    pdf = _pdf()
    pdf.set_font("wqy", size=22)
    pdf.text(60, 50, "数字贸易简报")  # set to the left, narrower than the text below
    pdf.set_font("wqy", size=10)
    pdf.text(60, 72, "2026年第5期（总第49期）　2026年5月31日")
    pdf.set_font("wqy", size=14)
    pdf.text(60, 110, "行业资讯")
    x0, x1, size = 60.0, 420.0, 10.5
    first = "第7条　今年前四个月全省跨境电商进出口额累计达到"
    x1 = x0 + size * 0.8 + 254.3508 * size / 10.8  # the column's edge: less than the number's room left
    pdf.set_font("wqy", size=size)
    assert x1 - size < x0 + pdf.get_string_width(first) <= x1  # no room left for the number
    pdf.text(x0, 136, first)
    pdf.set_font("latinb", size=size)
    pdf.text(x0, 152, "386.4")
    at = x0 + pdf.get_string_width("386.4")
    pdf.set_font("wqy", size=size)
    pdf.text(at, 152, "亿元")
    y = _para(pdf, x0, 162, x1 - x0, "据海关统计，今年前四个月，全省跨境电商进出口额累计达到386.4亿元，同比增长百分之十五点二，"
                                     "其中出口占比超过六成，海外仓数量持续增加，跨境电商综合试验区建设成效明显。")
    _right(pdf, x1, y + 6, "（来源：辽宁日报）")
    path = tmp_path / "2026-05.pdf"
    pdf.output(str(path))
    got = [(it.section, it.title, it.source) for it in parse_file(path).items]
    assert got == [("行业资讯", "今年前四个月全省跨境电商进出口额累计达到386.4亿元", "辽宁日报")]


def _box(text, x0, top, x1, height=13.0):
    return Box(x0, top, x1, top + height, text)


def test_a_tables_rows_split_across_bands_of_other_gutters_are_one_table():
    """Recognised lines of a table whose head is set close (`出口额（万美元）` `增速（%）` less than a
    character apart) and whose longest label reaches under the head's first gutter."""
    lines = [_box("一季度，各区市县服务出口情况如下表所示，总体保持平稳增长态势，结构继续优化。", 40, 100, 400)]
    lines += [_box("区域", 70, 125, 100), _box("出口额（万美元）", 150, 125, 240), _box("增速（%）", 250, 125, 304)]
    for k, (label, value, rate) in enumerate((("金普新区", "5231", "4.2"), ("高新技术产业园区", "4120", "-1.3"),
                                              ("旅顺口区", "812", "6.8"))):
        top = 142 + 16 * k
        lines += [_box(label, 60, top, 60 + 12 * len(label)), _box(value, 225 - 6 * len(value), top, 225),
                  _box(rate, 296 - 6 * len(rate), top, 296)]
    lines.append(_box("其中，金普新区的服务出口占全市的比重超过四成，继续领跑全市。", 40, 200, 400))
    got = [(r.kind, r.rows) for r in regions(lines, 13.0)]
    assert got == [("text", None),
                   ("table", [["区域", "出口额（万美元）", "增速（%）"], ["金普新区", "5231", "4.2"],
                              ["高新技术产业园区", "4120", "-1.3"], ["旅顺口区", "812", "6.8"]]),
                   ("text", None)]


def test_a_rows_share_said_by_its_label_after_the_table_is_the_rows():
    rows = [["行业", "营业收入（亿元）", "同比增长（%）"], ["软件开发", "820", "6.5"], ["信息技术服务", "1460", "9.1"]]
    body = "1—4月，全省软件业务收入情况如下表。\n信息技术服务占全省软件业务营业收入的比重为64.0%。"
    got = facts(item(body, tables=[rows], key=(2026, 5)))
    assert ("营业收入", "信息技术服务", "2026-01/2026-04", 1460.0, "亿元", 9.1, 64.0) in got
    assert not any(b is None and v is None and s == 64.0 for _, b, _, v, _, _, s in got)
