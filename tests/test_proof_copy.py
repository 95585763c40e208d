"""A proof copy (校对稿) printed to PDF (search/parse/pdfproof.py, pdflayout.py): what a proof prints
beside its text is no text of the briefing. The variant is drawn here with fpdf2 in a shape of its
own, not that of tests/data/blind6's proof: line numbers running on across the page break, on the
right every fifth line (5, 10, … 35) or on the left on every line in the body's size (1 … 38); a proof-reader's notes in
blue in the other margin;
a light grey diagonal `草稿` watermark; a running header with a print date and a `第 n 页` footer;
body lines cut at a fixed count of characters (mid-word), sources set right beyond the text's
edge; a story that runs over the page break.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from search.parse.parser import parse_file

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
LEFT, STEP, MEASURE = 32.0, 6.2, 126.0  # mm: the body's left edge, line step and width

STORY = ("3月2日，国家数据局发布数据产业发展情况，2025年全国数据产业规模持续扩大，数据企业数量超过"
         "四十万家，数据交易场所累计挂牌数据产品超过两万个，公共数据授权运营在多个城市开展试点，"
         "数据要素市场化配置改革稳步推进，各地数据基础设施建设步伐加快。")
CROSS = ("3月5日，大连港集团发布消息称，大连港口岸跨境贸易便利化水平进一步提升，进口整体通关时间"
         "和出口整体通关时间均较上年明显压缩，智慧口岸建设取得积极进展，港口集装箱吞吐量保持增长，"
         "航线网络持续加密，东北地区海向物流通道作用更加突出，腹地企业进出口成本进一步降低。")
DATA = ("据大连海关统计，今年前两个月，大连市货物贸易进出口总值612.4亿元，同比增长5.3%。其中，出口"
        "287.9亿元，增长7.1%；进口324.5亿元，增长3.8%。机电产品出口142.6亿元，增长9.4%，占出口总值的"
        "49.5%；对共建“一带一路”国家进出口261.3亿元，增长8.2%。民营企业进出口283.7亿元，增长10.6%，"
        "占全市进出口总值的46.3%，外贸经营主体活力持续增强。")
PROFILE = ("大连华信计算机技术股份有限公司是协会副会长单位，长期从事面向日本市场的软件开发和信息技术服务，"
           "近年来在金融、制造、医疗等行业的数字化解决方案领域持续投入，承接的离岸服务外包业务规模稳居"
           "全市前列，并与本地高校合作培养软件和日语复合型人才。")
NEWS2 = "3月18日，协会组织会员企业赴沈阳参加跨境电商综合试验区建设经验交流活动，十二家会员企业参加。"
NEWS3 = "3月25日，协会秘书处启动年度会员数字贸易统计调查，请各会员单位按时报送有关数据和典型案例。"
NEWS = "3月12日，协会召开理事会，审议通过年度工作要点，部署数字贸易统计监测和会员服务等重点工作。"


def _draw(path: Path, numbers: str = "right", every: int = 5) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_auto_page_break(False)
    state = {"y": 0.0, "count": 0, "page": 0}

    def page() -> None:
        pdf.add_page()
        state["page"] += 1
        state["y"] = 30.0
        pdf.set_font("wqy", size=7)
        pdf.set_text_color(110, 110, 110)
        pdf.text(LEFT, 14, "数字贸易简报2026年3月号　征求意见稿　打印 2026-03-28 09:41")
        pdf.text(95, 285, f"第 {state['page']} 页")
        pdf.set_font("wqy", size=60)
        pdf.set_text_color(225, 225, 225)
        with pdf.rotation(40, 105, 150):
            pdf.text(70, 150, "草稿")
        pdf.set_text_color(0, 0, 0)

    def line(text: str, x: float = LEFT, size: float = 10.5, right: bool = False) -> None:
        pdf.set_font("wqy", size=size)
        if right:
            x = 182 - pdf.get_string_width(text)
        pdf.text(x, state["y"], text)
        state["count"] += 1
        if state["count"] % every == 0:  # the line number, every fifth line (or, as Word sets them, every line in the body's size)
            pdf.set_font("wqy", size=7 if every > 1 else 10.5)
            pdf.set_text_color(120, 120, 120)
            number = str(state["count"])
            pdf.text(192 if numbers == "right" else LEFT - 4 - pdf.get_string_width(number), state["y"], number)
            pdf.set_text_color(0, 0, 0)
        state["y"] += STEP

    def note(text: str) -> None:  # beside the line printed last, in the margin opposite the numbers, in blue
        pdf.set_font("wqy", size=7)
        pdf.set_text_color(20, 60, 200)
        pdf.text(8 if numbers == "right" else 184, state["y"] - STEP, text)
        pdf.set_text_color(0, 0, 0)

    def cut(text: str, width: float) -> tuple[str, str]:
        """As much of the text as fits the width (a fixed-width line, cut anywhere), and the rest."""
        pdf.set_font("wqy", size=10.5)
        k = 1
        while k < len(text) and pdf.get_string_width(text[:k + 1]) <= width:
            k += 1
        return text[:k], text[k:]

    def paragraph(text: str, stop: int | None = None) -> str:
        """Print the text in lines of the body's width, the first indented by two characters; stop
        after `stop` lines and return what is left."""
        indent = pdf.get_string_width("国国")
        first, rest = cut(text, MEASURE - indent)
        line(first, LEFT + indent)
        printed = 1
        while rest and (stop is None or printed < stop):
            piece, rest = cut(rest, MEASURE)
            line(piece)
            printed += 1
        return rest

    page()
    line("数字贸易简报", LEFT + 45, size=20)
    line("2026年第3期（总第47期）", LEFT + 45)
    line("大连市数字贸易协会秘书处编　2026年3月31日", LEFT + 20)
    line("【数据月报】", size=14)
    line("前两个月大连市外贸进出口情况", size=12)
    paragraph(DATA)
    line("来源：大连海关", right=True)
    line("【行业资讯】", size=14)
    line("全国数据产业规模持续扩大", size=12)
    paragraph(STORY)
    note("审：数字待核")
    line("来源：人民网", right=True)
    line("大连港口岸跨境贸易便利化水平提升", size=12)
    rest = paragraph(CROSS, stop=3)
    page()
    piece, rest = cut(rest, MEASURE)
    line(piece)
    note("审：请核对通关时间")
    line(rest)
    line("来源：大连日报", right=True)
    line("【会员风采】", size=14)
    line("大连华信计算机技术股份有限公司：深耕软件外包", size=12)
    paragraph(PROFILE)
    line("【协会动态】", size=14)
    for text in (NEWS, NEWS2, NEWS3):
        paragraph(text)
    pdf.output(str(path))


@pytest.fixture(scope="module", params=[("right", 5), ("left", 1)], ids=["right-by-fives", "left-every-line"])
def issue(tmp_path_factory, request):
    """The proof with its line numbers on the right every fifth line (notes left), and on the left on
    every line (notes right)."""
    if not CJK_FONT.exists():
        pytest.skip("no CJK font")
    path = tmp_path_factory.mktemp("proof") / "jb_2026_03_征求意见稿.pdf"
    _draw(path, *request.param)
    return parse_file(path)


def test_a_proof_copy_reads_as_its_briefing(issue):
    assert (issue.meta.year, issue.meta.number, issue.meta.total, issue.meta.date) == (2026, 3, 47, "2026-03-31")
    got = [(it.section, it.title, it.source) for it in issue.items]
    assert got[:3] == [("数据月报", "前两个月大连市外贸进出口情况", "大连海关"), ("行业资讯", "全国数据产业规模持续扩大", "人民网"),
                       ("行业资讯", "大连港口岸跨境贸易便利化水平提升", "大连日报")]
    assert [g[0] for g in got[3:]] == ["会员风采"] + ["协会动态"] * 3


def test_line_numbers_notes_and_watermark_are_no_text(issue):
    text = "\n".join(it.body for it in issue.items)
    for stray in ("审：", "草稿", "征求意见稿", "第 1 页"):
        assert stray not in text
    story = next(it for it in issue.items if it.title == "全国数据产业规模持续扩大")
    assert story.body.replace("\n", "") == STORY


def test_a_story_cut_mid_word_by_the_page_break_is_one_body(issue):
    story = next(it for it in issue.items if it.title == "大连港口岸跨境贸易便利化水平提升")
    assert story.body.replace("\n", "") == CROSS


def _word(text: str, x0: float, top: float, colour=(0, 0, 0), size: float = 10.5) -> dict:
    x1 = x0 + size * len(text)
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size,
            "chars": [{"text": c, "non_stroking_color": colour} for c in text]}


def test_a_column_of_counting_numbers_outside_the_body_is_line_numbering():
    """Numbers counting by fives from 35 at the right of every fifth line go; the words stay."""
    from search.parse.pdfproof import proof_furniture

    body = [_word("数字贸易发展态势良好" * 2, 80, 20 + 15 * k) for k in range(20)]
    numbers = [_word(str(35 + 5 * k), 520, 20 + 15 * (5 * k + 4), size=7) for k in range(4)]
    assert proof_furniture(body + numbers) == body


def test_numbers_inside_the_body_are_text():
    """A ranked list's numbers at the body's own left edge, and a table's column of years, stay."""
    from search.parse.pdfproof import proof_furniture

    ranks = [w for k in range(6) for w in (_word(str(k + 1), 80, 20 + 15 * k),
                                            _word("大连市数字贸易企业", 100, 20 + 15 * k))]
    ranks += [_word("数字贸易发展态势良好" * 2, 80, 120 + 15 * k) for k in range(10)]
    assert proof_furniture(ranks) == ranks
    years = [w for k in range(5) for w in (_word("出口额", 80, 20 + 15 * k), _word(str(2020 + k), 200, 20 + 15 * k),
                                            _word("12.5", 300, 20 + 15 * k))]
    assert proof_furniture(years) == years


def test_a_note_in_the_margin_in_another_colour_goes_a_coloured_heading_stays():
    from search.parse.pdfproof import proof_furniture

    body = [_word("数字贸易发展态势良好" * 2, 80, 20 + 15 * k) for k in range(12)]
    heading = _word("【行业资讯】", 80, 200, colour=(0.1, 0.2, 0.6), size=12)
    note = [_word("校：请核", 500, 35, colour=(0.8, 0, 0), size=7), _word("对数字", 500, 43, colour=(0.8, 0, 0), size=7)]
    assert proof_furniture(body + [heading] + note) == body + [heading]


def test_a_tables_counting_column_is_no_line_numbering():
    """A page that is one table without rules: its 序号 column (1 … 6) heads the rows, its words all to
    the right; and a headless column of years whose rows hold figures. Both stay (issue 16, wave 11)."""
    from search.parse.pdfproof import proof_furniture

    ranked = [_word("序号", 60, 20), _word("企业名称", 120, 20), _word("所在区", 300, 20)]
    ranked += [w for k in range(6) for w in (_word(str(k + 1), 66, 38 + 15 * k),
                                              _word("大连华信计算机技术", 120, 38 + 15 * k), _word("高新区", 300, 38 + 15 * k))]
    assert proof_furniture(ranked) == ranked
    years = [w for k in range(6) for w in (_word(str(2019 + k), 40, 20 + 15 * k), _word("服务贸易进出口额", 120, 20 + 15 * k),
                                            _word(f"{310.5 + k:.1f}", 330, 20 + 15 * k), _word("+7.5%", 400, 20 + 15 * k))]
    assert proof_furniture(years) == years


def test_a_heading_hung_in_the_margin_in_colour_is_text():
    """A coloured section heading set in the left margin beside its first line, in the body's size:
    text, while a smaller coloured note in the right margin goes."""
    from search.parse.pdfproof import proof_furniture

    body = [_word("跨境电商综合试验区建设稳步推进" * 2, 120, 20 + 15 * k) for k in range(12)]
    hung = _word("协会动态", 40, 50, colour=(0.7, 0.1, 0.1))
    note = _word("改：删去", 480, 95, colour=(0.1, 0.5, 0.1), size=8)
    assert proof_furniture(body + [hung, note]) == body + [hung]


def test_odd_colours_do_not_break_the_proof_rules():
    """A glyph filled with a pattern (its colour a name) or with no colour at all is compared as it is."""
    from search.parse.pdfproof import proof_furniture

    body = [_word("数字贸易发展态势良好" * 2, 80, 20 + 15 * k) for k in range(12)]
    odd = [_word("图样", 500, 35, colour=["P1", None], size=7), _word("无色", 500, 80, colour=None, size=7)]
    assert proof_furniture(body + odd) == body  # both small, in the margin beside a line: notes
