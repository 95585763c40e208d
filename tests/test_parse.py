"""The parser on the real archive: items, titles, sources, dates, inferred metadata, encodings, bad files."""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from search.errors import CorpusError
from search.parse.parser import format_item, item_key, normalize, parse_file, parse_files, parse_text
from search.parse.readers import decode

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"  # frozen copy, never the live corpus/
F000, F001, F002, F003, F004 = (sorted(CORPUS.glob(f"{n}_*"))[0].name for n in ("000", "001", "002", "003", "004"))


@pytest.fixture(scope="module")
def issues():
    parsed, errors = parse_files(sorted(CORPUS.iterdir()))
    assert errors == []
    return {issue.file: issue for issue in parsed}


def place(item) -> str:
    """`2023-11-02`: the issue and the item's place in it, how these tables name an item (ids are
    hashes of the item's own text, see test_ids_are_stable)."""
    return f"{item.issue.key}-{item.ordinal:02d}"


@pytest.fixture(scope="module")
def items(issues):
    return {place(item): item for issue in issues.values() for item in issue.items}


# --- counts -----------------------------------------------------------------------------------

@pytest.mark.parametrize("file, sections", [
    (F000, {"数据月报": 1, "行业资讯": 7, "协会动态": 1}),
    (F001, {"数据月报": 1, "行业资讯": 7, "会员风采": 2, "协会动态": 5}),
    (F002, {"数据月报": 1, "行业资讯": 6, "会员风采": 2, "协会动态": 2}),
    (F003, {"数据月报": 1, "行业资讯": 7, "会员风采": 2}),
    (F004, {"数据月报": 1, "行业资讯": 8, "协会动态": 2}),
])
def test_items_per_section(issues, file, sections):
    assert Counter(item.section for item in issues[file].items) == sections


def test_ids_unique_and_ordered(issues):
    ids = [item.id for issue in issues.values() for item in issue.items]
    assert len(ids) == len(set(ids)) == 56
    for issue in issues.values():
        assert [item.ordinal for item in issue.items] == list(range(1, len(issue.items) + 1))
        assert [item.lines for item in issue.items] == sorted(item.lines for item in issue.items)


# --- issue metadata ---------------------------------------------------------------------------

@pytest.mark.parametrize("file, meta", [
    (F000, {"year": 2023, "number": 11, "total": 19, "date": "2023-11-30", "inferred": False}),
    (F001, {"year": 2023, "number": 9, "total": 17, "date": "2023-09-26", "inferred": True}),
    (F002, {"year": 2023, "number": 8, "total": 16, "date": "2023-08-31", "inferred": True}),
    (F003, {"year": 2024, "number": 5, "total": 25, "date": "2024-06-04", "inferred": False}),
    (F004, {"year": 2024, "number": 6, "total": 26, "date": "2024-06-28", "inferred": False}),
])
def test_issue_metadata(issues, file, meta):
    assert issues[file].meta.to_dict() == meta


def test_header_and_toc(issues):
    issue = issues[F000]
    assert issue.header == ["数字贸易简报", "2023 年第 11 期", "(总第 19 期)", "大连市数字贸易协会秘书处编",
                            "2023 年 11 月 30 日"]
    assert issue.toc["数据月报"] == ["2023年9月份大连市服务外包数据统计情况"]
    assert len(issue.toc["行业资讯"]) == 7 and issue.toc["协会动态"] == []
    assert issues[F003].toc["会员风采"] == ["华泰万象科技（大连）有限公司", "阿尔卑斯系统集成（大连）有限公司"]
    assert issues[F001].header == [] and issues[F001].toc == {}


def test_header_less_file_alone_has_no_total(tmp_path):
    alone = tmp_path / F002
    alone.write_text((CORPUS / F002).read_text(encoding="utf-8"), encoding="utf-8")
    issue = parse_file(alone)
    assert issue.meta.to_dict() == {"year": 2023, "number": 8, "total": None, "date": "2023-08-31",
                                    "inferred": True}
    # the other briefings of its directory number it
    (tmp_path / F003).write_text((CORPUS / F003).read_text(encoding="utf-8"), encoding="utf-8")
    parsed, errors = parse_files([alone])
    assert errors == [] and parsed[0].meta.total == 16


@pytest.mark.parametrize("side, meta", [
    ('year = 2023\nnumber = 8\ntotal = 16\ndate = 2023-09-01\n',
     {"year": 2023, "number": 8, "total": 16, "date": "2023-09-01", "inferred": False}),
    ('date = "2023-09-02"\n',
     {"year": 2023, "number": 8, "total": None, "date": "2023-09-02", "inferred": True}),
])
def test_side_file_overrides(tmp_path, side, meta):
    path = tmp_path / F002
    path.write_text((CORPUS / F002).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / (path.stem + ".meta.toml")).write_text(side, encoding="utf-8")
    issue = parse_file(path)
    assert issue.meta.to_dict() == meta
    if meta["number"] == 8 and not meta["inferred"]:
        assert issue.items[0].id == "2023-08-" + item_key(None, issue.items[0].body)


def test_bad_side_file(tmp_path):
    path = tmp_path / F002
    path.write_text((CORPUS / F002).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / (path.stem + ".meta.toml")).write_text("year = 'soon'\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="元数据 year 必须是整数"):
        parse_file(path)


# --- items ------------------------------------------------------------------------------------

@pytest.mark.parametrize("item_id, section, title, source, date", [
    ("2023-11-01", "数据月报", "2023年9月份大连市服务外包数据统计情况", None, None),
    ("2023-11-02", "行业资讯", "大连企业绚丽亮相第二十五届高交会", "大连市商务局", "2023-11-15"),
    ("2023-11-03", "行业资讯", "第二届全球数字贸易博览会召开中国数字贸易发展报告（2022）发布"
                              "我国跨境电商进出口额突破2万亿元", "中国证券报", "2023-11-23"),
    ("2023-11-06", "行业资讯", "东南亚数字经济发展迅猛", "参考消息", "2023-11-01"),
    ("2023-11-07", "行业资讯", "韩国欧盟将开启数字贸易谈判", "参考消息网", "2023-10-31"),
    ("2023-11-08", "行业资讯", "数字贸易创新发展机遇何在？", "国际商报", None),
    ("2023-11-09", "协会动态", None, None, "2023-11-20"),
    ("2023-09-01", "数据月报", None, None, None),  # no table of contents, no heading: no title
    ("2023-09-02", "行业资讯", "2023北京服贸会大连交易团成果丰硕", "大连市商务局", "2023-09-02"),
    ("2023-09-06", "行业资讯", "商务部：多措发展数字贸易，我国数字经济的国际朋友圈在不断扩大", "央广网", "2023-09-07"),
    ("2023-09-09", "会员风采", "恩梯梯数据通信软件工程（大连）有限公司", None, None),
    ("2023-09-10", "会员风采", "安永全球商务服务（大连）有限公司", None, None),  # 成立于 2009 年 6 月 19 日: background
    ("2023-09-14", "协会动态", None, None, None),
    ("2023-09-15", "协会动态", None, None, "2023-09-27"),
    ("2023-08-01", "数据月报", None, None, None),
    ("2023-08-02", "行业资讯", "国务院印发《关于进一步优化外商投资环境加大吸引外商投资力度的意见》", "中国政府网", "2023-08-13"),
    ("2023-08-03", "行业资讯", "国家互联网信息办公室发布关于《个人信息保护合规审计管理办法（征求意见稿）》公开征求意见的通知",
     "国家网信办网站", "2023-08-03"),
    ("2023-08-06", "行业资讯", "印度下议院通过《数字个人数据保护法案》", "国务院发展研究中心国际技术经济研究所", "2023-08-09"),
    ("2023-08-07", "行业资讯", "《数字贸易衡量手册》第二版正式发布", "国际商报", "2023-07-28"),
    ("2023-08-08", "会员风采", "大连住林信息技术服务有限公司", None, None),
    ("2023-08-11", "协会动态", None, None, "2023-08-31"),
    ("2024-05-01", "数据月报", "2024年4月大连市服务外包数据统计情况", None, None),
    ("2024-05-02", "行业资讯", "国家数据局：将推进数据要素市场化配置改革", "中国新闻网", "2024-05-10"),
    ("2024-05-03", "行业资讯", "中国上市公司数据资产化迈出历史性一步：首批24家公司公布数据资源价值", "数据资产前沿", None),
    ("2024-05-05", "行业资讯", "美国拟限制中俄使用美企AI软件涉及ChatGPT等生成AI技术", "参考消息", "2024-05-09"),
    ("2024-05-10", "会员风采", "阿尔卑斯系统集成（大连）有限公司", None, None),
    ("2024-06-01", "数据月报", "2024年5月大连市服务外包数据统计情况", None, None),
    ("2024-06-05", "行业资讯", "工信部：5G商用五年直接带动经济总产出约5.6万亿元", "新华网", "2024-06-06"),
    ("2024-06-06", "行业资讯", "美国财长耶伦：在金融体系中采用人工智能或带来“重大风险”", "财联社", "2024-06-06"),
    ("2024-06-07", "行业资讯", "欧盟EDPS发布首份生成式人工智能与数据安全指南解读", "EDPS网站", "2024-06-03"),
    ("2024-06-08", "行业资讯", "迪拜文化创意产业吸引外资项目数量位居全球第一", "商务部网站", "2024-06-04"),
    ("2024-06-10", "协会动态", None, None, "2024-06-17"),
    ("2024-06-11", "协会动态", None, None, "2024-06-20"),
])
def test_item_fields(items, item_id, section, title, source, date):
    item = items[item_id]
    assert (item.section, item.title, item.source, item.date) == (section, title, source, date)


@pytest.mark.parametrize("text, issue_date, profile, date", [
    ("安永全球商务服务（大连）有限公司成立于2009年6月19日，是安永的全球成员之一", "2023-09-26", True, None),
    ("该中心始建于2023年9月1日，现有员工300人", "2023-09-26", False, None),  # background, however recent
    ("2022年11月16日，华录数字能源北方（大连）产业基地投产启动", "2025-08-29", True, None),  # a profile's history
    ("2021年1月29日，双方签署合作谅解备忘录。工厂于9月1日正式更名", "2025-09-30", True, "2025-09-01"),  # the next
    ("5月10日，国家数据局在京揭牌成立", "2024-06-04", False, "2024-05-10"),  # a founding that is the news
    ("12月28日，协会召开年会", "2024-01-31", False, "2023-12-28"),  # a January issue's December
    ("协会定于9月27日举办沙龙", "2023-09-26", False, "2023-09-27"),  # an announced date is what it reports
])
def test_an_items_date_is_a_date_it_reports_never_one_it_only_mentions(text, issue_date, profile, date):
    from search.parse.meta import first_date
    assert first_date(text, int(issue_date[:4]), issue_date, profile=profile) == date


@pytest.mark.parametrize("item_id, lines", [
    ("2023-11-02", (41, 53)), ("2023-11-09", (113, 113)), ("2023-09-02", (51, 120)),
    ("2023-08-07", (173, 302)), ("2023-08-02", (46, 86)), ("2024-05-10", (108, 112)),
])
def test_item_lines(items, item_id, lines):
    assert items[item_id].lines == lines


def test_bodies_read_as_the_original_sentences(items):
    item = items["2023-08-03"]
    assert item.body == ("8月3日，国家互联网信息办公室发布关于《个人信息保护合规审计管理办法（征求意见稿）》公开"
                         "征求意见的通知。《征求意见稿》提出，处理超过100万人个人信息的个人信息处理者，应当每年"
                         "至少开展一次个人信息保护合规审计；其他个人信息处理者应当每二年至少开展一次个人信息保护"
                         "合规审计。意见反馈截止时间为2023年9月2日。")
    assert items["2023-09-09"].body.startswith(
        "类型：大连市数字贸易协会会员单位\n简介：NTT DATA通信软件工程（大连）有限公司于2001年4月在大连软件园成立。")
    assert "NTT DATA集团是日本最大的数据通信" in items["2023-09-09"].body
    assert "“一带一路”沿线国家服务外包合同签约金额10436.56万美元" in items["2023-09-01"].body
    assert "大连唯强科技有限公司自主研发" in items["2023-11-02"].body
    assert "该报告聚焦" in items["2023-11-08"].body and "三是突出转移转化" in items["2023-11-08"].body


def test_no_line_break_inside_a_sentence(items):
    for item in items.values():
        for paragraph in item.body.split("\n"):
            assert paragraph[-1] in "。！？；：”）)" or paragraph.startswith("类型："), (item.id, paragraph)


def test_spaces_only_between_latin_letters_or_digits(items):
    for item in items.values():
        for text in (item.body, item.title or ""):
            for m in re.finditer(" ", text):
                assert re.fullmatch(r"[A-Za-z0-9] [A-Za-z0-9]", text[m.start() - 1:m.end() + 1]), (item.id, text)


def test_page_numbers_and_bullets_are_gone(items):
    for item in items.values():
        assert "\uf06c" not in item.body and "●" not in item.body and "**" not in item.body
    assert "推动数字贸易发展" in items["2023-08-07"].body
    assert "\n8\n" not in items["2023-08-07"].body and "偏差。\n第二个案例" in items["2023-08-07"].body
    assert items["2023-09-01"].body.endswith("3064.21万美元，同比下降7.82%。")


def _strip_markup(line: str) -> str:
    """A line without Markdown and bullet markup: `### ● **标题**` -> `标题`."""
    s = line.strip()
    s = re.sub(r"^#{1,6}\s*", "", s)
    s = re.sub(r"^(?:[●•\uf06c]|-(?=\s))\s*", "", s)
    s = re.sub(r"^#{1,6}\s*", "", s)
    return s.replace("**", "").strip()


def _toc_end(path: Path, toc: dict[str, list[str]]) -> int:
    """The last line of the table of contents: where the last title it lists first appears."""
    lines = [normalize(_strip_markup(line)) for line in path.read_text(encoding="utf-8").split("\n")]
    firsts = []
    for titles in toc.values():
        for title in titles:
            firsts.append(next(n for n, line in enumerate(lines, 1) if title in line))
    return max(firsts, default=0)


def test_toc_lines_are_never_items(issues):
    ends = {}
    for file, issue in issues.items():
        end = ends[file] = _toc_end(CORPUS / file, issue.toc)
        for item in issue.items:
            assert item.lines[0] > end, (file, item.id, item.lines, end)
    # the three issues with a table of contents list their last title on these lines (read by hand)
    assert {f: e for f, e in ends.items() if e} == {"000_5858f990df9ebe1c.txt": 25,
                                                    "003_6380abd4b066d88c.txt": 32,
                                                    "004_564c34face9b9b2b.txt": 26}


def test_format_item(items):
    text = format_item(items["2023-11-02"])
    assert text.splitlines()[0] == f"{items['2023-11-02'].id}  大连企业绚丽亮相第二十五届高交会"
    assert "2023年第11期 · 行业资讯 · 来源：大连市商务局 · 日期：2023-11-15" in text
    assert "机构：大连市商务局、亿达科创集团" in text
    assert "2023年第9期（推断）" in format_item(items["2023-09-02"])


def test_to_dict_matches_the_contract(items):
    record = items["2023-11-02"].to_dict()
    assert set(record) >= {"id", "file", "issue", "section", "title", "source", "date", "orgs", "body", "lines"}
    assert record["lines"] == [41, 53] and record["issue"]["total"] == 19


# --- nothing lost -----------------------------------------------------------------------------

_SECTION_LINE = re.compile(r"^\s*#*\s*【[^】]+】\s*$")


def _chars(text: str) -> Counter:
    text = unicodedata.normalize("NFKC", text)
    return Counter(c for c in text if not c.isspace())


def _file_chars(text: str) -> Counter:
    kept = []
    for line in text.split("\n"):
        if _SECTION_LINE.match(line) or re.fullmatch(r"\s*-{3,}\s*", line):
            continue
        line = re.sub(r"^\s*#+\s*", "", line)
        line = re.sub(r"^\s*-\s", "", line)
        kept.append(line.replace("**", "").replace("●", "").replace("\uf06c", ""))
    return _chars("\n".join(kept))


@pytest.mark.parametrize("file", [F000, F001, F002, F003, F004])
def test_nothing_lost(issues, file):
    issue = issues[file]
    text = decode((CORPUS / file).read_bytes(), file)
    pages = [line.strip() for line in text.split("\n") if re.fullmatch(r"\s*\d{1,3}\s*", line)]
    accounted = issue.header + pages + [t for titles in issue.toc.values() for t in titles]
    for item in issue.items:
        if item.section != "数据月报":  # its title comes from the TOC (or is made up)
            accounted.append(item.title or "")
        accounted.append(item.body)
        if item.source is not None:
            accounted.append(f"（来源：{item.source}）")
    assert _chars("".join(accounted)) == _file_chars(text)


# --- encodings --------------------------------------------------------------------------------

def _variants():
    for file in (F000, F002, F003):
        for name in ("utf-8", "utf-8-sig", "gb18030", "utf-16", "crlf", "cr"):
            yield file, name


@pytest.mark.parametrize("file, variant", list(_variants()))
def test_encodings_give_identical_items(issues, tmp_path, file, variant):
    text = (CORPUS / file).read_text(encoding="utf-8")
    path = tmp_path / file
    if variant == "crlf":
        path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    elif variant == "cr":
        path.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    else:
        path.write_bytes(text.encode(variant))
    parsed = parse_file(path)
    original = parse_file(CORPUS / file)
    assert [i.to_dict() for i in parsed.items] == [i.to_dict() for i in original.items]


# --- bad input --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "文件是空的"),
    ("blank.txt", b"  \n\n \r\n", "文件是空的"),
    ("binary.txt", bytes(range(256)) * 4, "是二进制数据，不是文本"),
    ("essay.txt", "春天来了，万物复苏。我们走在田野上，看见小草发芽。\n\n这是一篇随笔，与简报无关。\n".encode(),
     "看不出简报的结构"),
    ("README.md", b"# jianbao\n\nA search engine.\n\n## Quick start\n\n    pip install -e .\n",
     "看不出简报的结构"),
    ("toc-only.txt", "数字贸易简报\n\n【行业资讯】\n\n- 标题一\n- 标题二\n".encode(), "栏目下没有资讯"),
])
def test_bad_files(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CorpusError) as info:
        parse_file(path)
    assert info.value.file == name and reason in info.value.reason


def test_missing_file(tmp_path):
    with pytest.raises(CorpusError) as info:
        parse_file(tmp_path / "gone.txt")
    assert (info.value.file, info.value.reason) == ("gone.txt", "没有这个文件")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("【行业资讯】\n\n● 标题\n\n正文。\n", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(CorpusError, match="无法读取"):
            parse_file(path)
    finally:
        path.chmod(0o644)


def test_parse_files_keeps_going(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    parsed, errors = parse_files([tmp_path / "empty.txt", CORPUS / F004, tmp_path / "gone.txt"])
    assert [issue.file for issue in parsed] == [F004]
    assert [(e.file, e.reason) for e in errors] == [("empty.txt", "文件是空的"), ("gone.txt", "没有这个文件")]


def test_parse_text_small_briefing():
    issue = parse_text("【行业资讯】\n\n● 某局发布新规\n\n3 月 5 日，某局发布新规。\n\n（来源：新华网）\n", "mini.txt")
    [item] = issue.items
    assert (item.id, item.title, item.source, item.date) == ("mini-" + item_key("某局发布新规", ""), "某局发布新规",
                                                             "新华网", None)


@pytest.mark.parametrize("raw, clean", [
    ("突破 2 万亿元", "突破2万亿元"), ("eMarketer 的数据", "eMarketer的数据"), ("NTT DATA 集团", "NTT DATA集团"),
    ("超 90% 的 5G 基站", "超90%的5G基站"), ("类  型：", "类型："),
])
def test_normalize(raw, clean):
    assert normalize(raw) == clean
