"""The OFD reader (search/parse/ofd.py, ofdpage.py, ofdrules.py) on OFD files made here (tests/ofdgen.py):
structure read as in a PDF, DeltaX runs, lines broken inside numbers, CTM, templates, pages, tables
ruled by level lines, and hostile or broken packages refused with a reason."""
from __future__ import annotations

import io
import zipfile

import pytest

from ofdgen import Page, Rule, Text, banner, build, lines, paragraph, source, title
from search import limits
from search.errors import CorpusError
from search.intake.sniff import OFD, kind_of
from search.parse.ofd import _Package
from search.parse.ofdpage import deltas
from search.parse.ofdrules import booktabs
from search.parse.parser import parse_source
from search.parse.readers import Source, blocks_of

NAME = "简报〔2026〕3号.ofd"


def _masthead() -> list:
    return [Text(60, 30, "数字贸易简报", 15, "黑体", True, "200 30 30"),
            Text(80, 54, "2026年第3期（总第47期）", 4.2),
            Text(26, 63, "大连市数字贸易协会秘书处", 4, "仿宋_GB2312"),
            Text(156, 63, "2026年3月31日", 4, "仿宋_GB2312"),
            Rule(26, 70, 158, colour="200 30 30")]


def _issue(**kw) -> bytes:
    """Two pages: news on the first (a body broken inside `12.5%`), members and association news
    on the second; a template prints a running head and a page number on both."""
    one = _masthead() + banner("行业资讯", 76) + [title("跨境电商综试区进出口额再创新高", 87)]
    one += lines(["　　3月18日，商务部发布数据显示，今年前两个月全国跨境电商综试区进出口额同比增长1",
                  "2.5%，其中出口增长15.2%，带动中小企业拓展海外市场。"], 95)
    one += [source("（来源：经济日报）", 115)]
    one += [title("大连港集装箱航线加密", 125)]
    one += paragraph("3月20日，大连港新开通两条东南亚集装箱航线，每周航班增至42班。", 133)
    one += [source("（来源：大连日报）", 146)]
    two = banner("会员风采", 30) + [title("大连华信计算机技术股份有限公司", 41)]
    two += paragraph("大连华信计算机技术股份有限公司深耕对日软件外包，近年来拓展数字政务服务。", 49)
    two += banner("协会动态", 70) + paragraph("3月12日，协会召开理事会，审议年度工作计划。", 81)
    running = [Text(26, 12, "大连市数字贸易协会内部资料", 3, "宋体"), Rule(26, 17, 158)]
    return build([Page(one, template="9"), Page(two, template="9")], {"9": running}, **kw)


def _parse(data: bytes, name: str = NAME):
    return parse_source(Source(name, data))


def test_issue_read_as_a_pdf_is():
    issue = _parse(_issue())
    assert (issue.meta.year, issue.meta.number, issue.meta.total) == (2026, 3, 47)
    titles = [(i.section, i.title, i.source) for i in issue.items]
    assert ("行业资讯", "跨境电商综试区进出口额再创新高", "经济日报") in titles
    assert ("行业资讯", "大连港集装箱航线加密", "大连日报") in titles
    assert any(i.section == "会员风采" and i.title == "大连华信计算机技术股份有限公司" for i in issue.items)
    assert any(i.section == "协会动态" for i in issue.items)
    news = next(i for i in issue.items if i.title.startswith("跨境电商"))
    assert "同比增长12.5%，其中出口增长15.2%" in news.body  # lines broken inside the numbers, joined
    assert news.date == "2026-03-18"
    assert all("内部资料" not in i.body for i in issue.items)  # the template's running head: furniture


def test_plain_deltas_and_ctm_scaling():
    """Advances written out one by one read as `g` runs do; a title set small but enlarged by its
    CTM is a heading by the size it prints at."""
    units = _masthead() + [Text(26, 78, "◆行业资讯◆", 3.7, "黑体", ctm="1.3 0 0 1.3 0 0", plain_deltas=True)]
    units += [Text(60, 88, "数字人民币跨境支付试点扩围", 3.7, "黑体", ctm="1.2 0 0 1.2 0 0", plain_deltas=True)]
    units += lines(["　　3月5日，中国人民银行宣布数字人民币跨境支付试点扩大至10个城市，前两月交易额同比增长3",
                    "8.6%。"], 97)
    units += [source("（来源：新华社）", 112)]
    blocks = blocks_of(NAME, build([Page(units)]))
    heads = [b.text for b in blocks if b.kind == "heading"]
    assert "数字人民币跨境支付试点扩围" in heads
    assert any("同比增长38.6%。" in b.text for b in blocks)
    issue = _parse(build([Page(units)]))
    assert [(i.section, i.title, i.source) for i in issue.items] == [("行业资讯", "数字人民币跨境支付试点扩围", "新华社")]


def test_table_ruled_by_level_lines_only():
    """A head and one row between three rules (no upright lines) is a table, its cells apart."""
    units = _masthead() + banner("数据月报", 76) + [title("2月份外贸数据", 87)]
    units += [Rule(26, 96, 158), Text(27, 97.5, "指标", 3.4, "黑体"), Text(90, 97.5, "2月份", 3.4, "黑体"),
              Text(130, 97.5, "同比（%）", 3.4, "黑体"), Rule(26, 103.5, 158),
              Text(27, 105, "服务进出口（亿元）", 3.4), Text(90, 105, "6512.8", 3.4), Text(130, 105, "5.6", 3.4),
              Rule(26, 111, 158)]
    blocks = blocks_of(NAME, build([Page(units)]))
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    assert "服务进出口（亿元） | 6512.8 | 5.6" in tables[0].text
    # a variant: three columns of numbers, two rows, the head's rule doubled; and rules round prose are no table
    units = _masthead() + [Rule(26, 80, 120), Rule(26, 80.6, 120), Text(27, 82, "地区", 3.4, "黑体"),
                           Text(70, 82, "金额", 3.4, "黑体"), Text(100, 82, "增速", 3.4, "黑体"), Rule(26, 88, 120),
                           Text(27, 89.5, "东盟", 3.4), Text(70, 89.5, "1.2万亿", 3.4), Text(100, 89.5, "9.1%", 3.4),
                           Text(27, 95, "欧盟", 3.4), Text(70, 95, "0.9万亿", 3.4), Text(100, 95, "-1.4%", 3.4),
                           Rule(26, 101, 120)]
    units += [Rule(26, 120, 158)] + paragraph("3月5日，协会召开会员大会，审议通过年度工作报告。", 122)
    units += [Rule(26, 130, 158)] + paragraph("3月9日，协会走访会员单位。", 132) + [Rule(26, 140, 158)]
    page = next(_Package(build([Page(units)]), NAME).pages())
    assert [len(xs) - 1 for xs, _ in booktabs(page)] == [3]
    tables = [b for b in blocks_of(NAME, build([Page(units)])) if b.kind == "table"]
    assert [t.text for t in tables] == ["地区 | 金额 | 增速\n东盟 | 1.2万亿 | 9.1%\n欧盟 | 0.9万亿 | -1.4%"]


def test_deltas_runs_bounded():
    assert deltas("g 3 4.2 1.5", 10) == [4.2, 4.2, 4.2, 1.5]
    assert deltas("g 1000000000 1", 5) == [1.0] * 5  # a run past the glyphs is cut, never expanded
    assert deltas("2 x 3", 5) == [2.0]
    assert deltas(None, 3) == []


def test_desk_takes_ofd_by_content():
    data = _issue()
    assert kind_of(data, "随便.docx") == OFD
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("Doc_0/OFD.xml", "<x/>")  # not at the root: no OFD
    with pytest.raises(CorpusError) as err:
        kind_of(out.getvalue(), "a.ofd")
    assert err.value.code == "zip_other"


def _refusal(data: bytes) -> str:
    with pytest.raises(CorpusError) as err:
        blocks_of(NAME, data)
    return err.value.reason


def test_not_an_ofd():
    assert "不是 zip" in _refusal(b"%PDF-1.4 not an ofd")
    assert "文件是空的" in _refusal(b"")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<x/>")
    assert "没有 OFD.xml" in _refusal(out.getvalue())
    assert "缺少文档描述" in _refusal(build([Page(_masthead())], doc_root="../../etc/passwd"))
    assert "缺少文档描述" in _refusal(build([Page(_masthead())], doc_root="Doc_9/Document.xml"))
    broken = build([Page(_masthead())], extra={})
    with zipfile.ZipFile(io.BytesIO(broken)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["Doc_0/Pages/Page_0/Content.xml"] = b"<ofd:Page"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, d in parts.items():
            z.writestr(n, d)
    assert "第 1 页的内容" in _refusal(out.getvalue()) and "不是有效的 XML" in _refusal(out.getvalue())
    assert "没有文字" in _refusal(build([Page([Rule(26, 70, 158)])]))


def test_entity_bomb_not_expanded():
    """A billion-laughs DTD in a page: the page is refused as invalid XML, naming it, and nothing is
    expanded. The XML parser (lxml 6.2.1, pinned, with its libxml2 2.14) is told not to resolve entities
    nor load a DTD; it still weighs the entities the page declares and uses, and stops at
    "Maximum entity amplification factor exceeded": a syntax error, which ofd.py words as the page not
    being valid XML. (A page that declares an entity and uses it once, no bomb, parses with the
    reference left unexpanded: the next test.)"""
    bomb = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + k)} "{("&" + chr(97 + k) + ";") * 10}">' for k in range(8)) +
        ']><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer><ofd:TextObject Boundary='
        '"26 30 100 6" Font="3" Size="4"><ofd:TextCode X="0" Y="4">&i;</ofd:TextCode></ofd:TextObject>'
        '</ofd:Layer></ofd:Content></ofd:Page>')
    assert _refusal(_with_page(bomb)) == "OFD 的第 1 页的内容（Doc_0/Pages/Page_0/Content.xml）不是有效的 XML"


def test_an_entity_declared_and_used_once_is_left_unexpanded():
    page = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "数字贸易简报">]><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">'
            '<ofd:Content><ofd:Layer><ofd:TextObject Boundary="26 30 100 6" Font="3" Size="4">'
            '<ofd:TextCode X="0" Y="4">&a;</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>')
    assert "没有文字" in _refusal(_with_page(page))  # the reference is no text: nothing was expanded


def _with_page(content: str) -> bytes:
    """An OFD of one page whose content part is `content`."""
    with zipfile.ZipFile(io.BytesIO(build([Page([])]))) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["Doc_0/Pages/Page_0/Content.xml"] = content.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, d in parts.items():
            z.writestr(n, d)
    return out.getvalue()


def test_bounds(monkeypatch):
    data = _issue()
    monkeypatch.setattr(limits, "PDF_PAGES", 1)
    with pytest.raises(CorpusError) as err:
        blocks_of(NAME, data)
    assert err.value.code == "ofd_too_many_pages"
    monkeypatch.setattr(limits, "PDF_PAGES", 500)
    monkeypatch.setattr(limits, "OFD_UNITS", 100)
    with pytest.raises(CorpusError) as err:
        blocks_of(NAME, data)
    assert err.value.code == "ofd_too_many_objects"
    monkeypatch.setattr(limits, "ZIP_ENTRIES", 3)
    with pytest.raises(CorpusError) as err:
        blocks_of(NAME, data)
    assert err.value.code == "ofd_bomb"
    monkeypatch.setattr(limits, "ZIP_ENTRIES", 5000)
    monkeypatch.setattr(limits, "UNZIPPED_BYTES", 1000)
    with pytest.raises(CorpusError) as err:
        blocks_of(NAME, data)
    assert err.value.code == "ofd_bomb"


def test_absurd_units_are_no_text():
    """A glyph larger than half the page, one off the page and a rule at an infinite place are
    nothing printed (a size of 10^8 mm once made the layout run for minutes)."""
    units = _masthead() + banner("行业资讯", 76) + [title("数字贸易发展报告发布", 87)]
    units += paragraph("3月2日，中国信通院发布《数字贸易发展报告》。", 95) + [source("（来源：人民邮电报）", 103)]
    data = build([Page(units + [Text(26, 200, "巨大", 1e8), Text(5000, 5000, "页外"), Rule(1e308, 120, 1e308)])])
    text = " ".join(b.text for b in blocks_of(NAME, data))
    assert "巨大" not in text and "页外" not in text
    assert [i.title for i in _parse(data).items] == ["数字贸易发展报告发布"]


def test_desk_stages_and_previews_an_ofd(tmp_path):
    """An OFD uploaded under another name is staged as `.ofd` (its content says so) and previewed."""
    from search.intake.preview import preview
    from search.intake.staging import Staging

    data = _issue()
    upload = Staging(tmp_path / "uploads").add(data, "简报.docx", owner="秘书处")
    assert (upload.name, upload.kind, upload.disguised) == ("简报.ofd", "ofd", True)
    path = tmp_path / "upload.bin"
    path.write_bytes(data)
    report = preview(upload.name, path)
    assert report["usable"] is True and report["issue"]["key"] == "2026-03"
    assert "跨境电商综试区进出口额再创新高" in [i["title"] for i in report["items"]]
