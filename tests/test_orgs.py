"""Organisations and abbreviations of the archive's items, and the rules behind them."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import parse_corpus
from search.parse.orgs import extract_aliases, extract_orgs, gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))  # bench/new_items.py

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"  # frozen copy, never the live corpus/


@pytest.fixture(scope="module")
def items():
    parsed, errors = parse_corpus(sorted(CORPUS.iterdir()))
    assert errors == []
    return {f"{item.issue.key}-{item.ordinal:02d}": item for issue in parsed for item in issue.items}  # by place


def _scores(pairs) -> tuple[float, float]:
    """Micro precision and recall of (gold, found) name lists."""
    tp = fp = fn = 0
    for gold, found in pairs:
        tp += len(set(gold) & set(found))
        fp += len(set(found) - set(gold))
        fn += len(set(gold) - set(found))
    return tp / (tp + fp), tp / (tp + fn)


def test_scores_on_the_five_issues(items):
    """Against the hand-checked organisations of 29 items of the frozen archive (orgs_gold.json)."""
    gold = json.loads((DATA / "orgs_gold.json").read_text(encoding="utf-8"))
    precision, recall = _scores((orgs, items[item_id].orgs) for item_id, orgs in gold.items())
    assert precision >= 0.97 and recall >= 0.98, (precision, recall)


def test_scores_on_sentences_of_other_news():
    """35 sentences retold from 2024-2025 economic news, annotated by hand before any extractor ran."""
    lines = (DATA / "orgs_sample.jsonl").read_text(encoding="utf-8").splitlines()
    sample = [json.loads(line) for line in lines if line.strip()]
    precision, recall = _scores((d["orgs"], extract_orgs(d["text"], aliases=extract_aliases(d["text"])))
                                for d in sample)
    assert precision >= 0.9 and recall >= 0.85, (precision, recall)
    full = recall
    # the gazetteer and the suffix rules alone, which the model is there to beat: by a wide margin, though
    # the broad gazetteer of wave 22 (data/orgs-known.txt) took them from 0.53 to 0.69 here
    precision, recall = _scores((d["orgs"], extract_orgs(d["text"], aliases=extract_aliases(d["text"]),
                                                         model=False)) for d in sample)
    assert recall < full - 0.15, (precision, recall, full)


def _extracted(data) -> tuple[float, float]:
    """Scores of the extractor on (key, text, orgs) triples; a gazetteer form and its canonical name are one."""
    forms = gazetteer()["orgs"]
    found = (extract_orgs(text, aliases=extract_aliases(text)) for _, text, _ in data)
    return _scores(({forms.get(n, n) for n in orgs}, {forms.get(n, n) for n in names})
                   for (_, _, orgs), names in zip(data, found))


@pytest.mark.skipif(not list((DATA / "new").glob("*.expected.json")), reason="no held-out issues here")
def test_scores_on_the_new_issues():
    """The items of tests/data/new/ (annotated by another hand; its errors guided the rules of issue 16)."""
    from new_items import items  # bench/new_items.py
    precision, recall = _extracted(items())
    assert precision >= 0.97 and recall >= 0.92, (precision, recall)  # 1.00 / 0.94 when written


def test_scores_on_the_issues_in_new_shapes():
    """The 43 items of tests/data/shapes/, their text as printed (src/content.py), whatever the readers do."""
    from bench_orgs import shapes  # bench/bench_orgs.py
    precision, recall = _extracted(shapes())
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)  # 0.99 / 0.99 when written


@pytest.mark.parametrize("name, floor", [
    # retold from real news of 2025-2026 and annotated by hand before the extractor ran: set A scored
    # 0.81 / 0.76 before issue 16's rules (it guided them), set B 0.92 / 0.85 with them half written
    ("orgs_unseen_2026.jsonl", (0.95, 0.9)),  # 0.97 / 0.92 when written
    ("orgs_unseen_2026b.jsonl", (0.95, 0.95)),  # 1.00 / 1.00 when written
    # 27 paragraphs quoted from real news of 2025-2026 (wave 8), annotated before the extractor ran:
    # 0.77 / 0.67 then; its misses guided orgrole.py, whose rules are tested on other names below
    ("orgs_unseen_2026c.jsonl", (0.89, 0.88)),  # 0.89 / 0.88 when written; 0.90 / 0.89 (wave 16: counted pairs)
    # 41 paragraphs condensed from real news of 2025-2026 (wave 16), annotated before the extractor ran:
    # 0.94 / 0.87 then; its misses guided tests/test_orgs_forms.py, each rule tested on other names there
    ("orgs_unseen_2026d.jsonl", (0.95, 0.90)),  # 0.96 / 0.91 after wave 16's rules
    # 62 passages condensed from real news of 2025-2026 that no earlier set retold (wave 19), annotated
    # before the extractor ran: 0.81 / 0.71 then; its misses guided tests/test_orgs_wave19.py
    ("orgs_unseen_2026e.jsonl", (0.92, 0.86)),  # 0.89 / 0.80 after wave 19's rules; 0.93 / 0.87 after wave 20's
    # 63 passages condensed from real news of 2025-2026 no earlier set retold, 37 of them in traditional
    # characters (wave 21), annotated before the extractor ran: 0.82 / 0.60 then; its misses guided
    # tests/test_orgs_wave21.py
    ("orgs_unseen_2026f.jsonl", (0.92, 0.84)),  # 0.92 / 0.73 after wave 21's rules; 0.93 / 0.85 with wave 22's
    # broad gazetteer (data/orgs-known.txt, read from public lists, not from the set)
    # 67 passages condensed from real news of 2025-2026 about robot makers, funding rounds and their
    # investors, AI model companies, GPU makers' listings, batteries, platforms and alliances (wave 23),
    # annotated before the extractor ran: 0.90 / 0.67 then; its misses guided tests/test_orgs_slots.py
    ("orgs_unseen_2026g.jsonl", (0.91, 0.76)),  # 0.92 / 0.77 after wave 23's slot rules
    # 63 passages condensed from real government and trade news of 2025-2026 no earlier set retold (wave 23:
    # customs, MOFCOM, courts, chambers, fairs; 42 in traditional characters from Hong Kong, Taiwan and Macao
    # outlets), annotated before the extractor ran: 0.87 / 0.84 then; its misses guided tests/test_orgs_organs.py
    ("orgs_unseen_2026h.jsonl", (0.97, 0.94)),  # 0.98 / 0.94 after wave 23's rules (orgorgan.py)
])
def test_scores_on_news_of_2025_and_2026(name, floor):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    data = [(d["url"], d["text"], d["orgs"]) for d in map(json.loads, filter(str.strip, lines))]
    precision, recall = _extracted(data)
    assert precision >= floor[0] and recall >= floor[1], (precision, recall)


@pytest.mark.parametrize("item_id, orgs", [
    ("2023-11-02", ["大连市商务局", "亿达科创集团", "大连华科电子科技有限公司", "大连桓星东方太阳能科技有限公司",
                    "大连美牛新能源有限公司", "大连唯强科技有限公司", "桓星东方太阳能", "辽宁省商务厅",
                    "大连语智星科技有限公司", "大连成者科技有限公司", "大连温特纳科技有限公司"]),
    ("2023-09-08", ["欧盟", "苹果", "谷歌", "欧盟委员会", "Alphabet", "亚马逊", "Meta", "微软", "字节跳动"]),
    ("2024-06-10", ["大连市商务局", "大连市数字贸易协会", "大连市对外投资与合作企业联合会", "市商务局对外服务贸易处"]),
])
def test_orgs_in_order_of_first_mention(items, item_id, orgs):
    assert items[item_id].orgs == orgs


def test_no_events_venues_fragments_or_cited_media(items):
    everything = {org for item in items.values() for org in item.orgs}
    for wrong in ("高交会", "服贸会", "数贸会", "中国国际高新技术成果交易会", "中国国际服务贸易交易会", "国家会议中心",
                  "深圳市会展中心", "市商务局牵头组织", "交易会", "组委会", "路透社", "韩联社", "越通社", "阿通社",
                  "联合早报", "金融时报", "中国证券报", "参考消息"):
        assert wrong not in everything


def test_media_that_act_are_organisations(items):
    assert {"中央电视台新闻中心", "东北新闻网", "新华社中国品牌网"} <= set(items["2023-09-02"].orgs)


@pytest.mark.parametrize("item_id, aliases", [
    ("2023-11-01", [("ITO", "信息技术外包"), ("BPO", "业务流程外包"), ("KPO", "知识流程外包")]),
    ("2023-11-02", [("高交会", "中国国际高新技术成果交易会")]),
    ("2023-11-03", [("数贸会", "全球数字贸易博览会")]),
    ("2023-11-06", [("Google", "谷歌"), ("Temasek", "淡马锡控股"), ("Bain", "贝恩")]),
    ("2023-09-02", [("服贸会", "中国国际服务贸易交易会")]),
    ("2023-09-03", [("WTO", "世界贸易组织"), ("OECD", "经济合作组织"), ("IMF", "国际货币基金组织"),
                    ("UNCTAD", "联合国贸发会议")]),
    ("2023-09-08", [("DMA", "数字市场法案")]),
    ("2023-09-09", [("QCD", "品质、成本、纳期")]),
    ("2023-08-07", [("BEA", "美国经济分析局"), ("ICT", "信息和通讯技术"), ("G20", "二十国集团"),
                    ("WTO", "世界贸易组织"), ("OECD", "经济合作组织"), ("IMF", "国际货币基金组织"),
                    ("UNCTAD", "联合国贸发会议"), ("DIP", "数字中介平台"), ("DSTRI", "数字服务贸易限制性指数")]),
    ("2023-08-08", [("大连ITS", "大连住林信息技术服务有限公司")]),
    ("2024-05-04", [("DEPA", "数字经济伙伴关系协定")]),
    ("2024-05-05", [("AI", "人工智能"), ("OpenAI", "开放人工智能研究中心")]),
    ("2024-05-10", [("ALSI", "阿尔卑斯系统集成（大连）有限公司")]),
    ("2024-06-07", [("EDPS", "欧洲数据保护监督机构")]),
    ("2024-06-08", [("FDI", "外商直接投资"), ("CCI", "迪拜文化创意产业"), ("DET", "迪拜经济旅游局")]),
])
def test_aliases_of_items(items, item_id, aliases):
    item = items[item_id]
    assert [(a.short, a.full) for a in item.aliases] == aliases
    assert all(a.item_id == item.id for a in item.aliases)


@pytest.mark.parametrize("text, orgs", [
    ("据路透社8月9日消息，印度政府通过法案。", ["印度政府"]),
    ("新华社记者采访了深圳某某科技有限公司。", ["新华社", "深圳某某科技有限公司"]),
    ("新华社北京9月11日电，东盟秘书处发布报告。", ["东盟秘书处"]),  # a dateline cites
    ("马特斯对路透社表示，德国企业继续扩大在华业务。", []),  # told a medium: cited
    ("据21世纪经济报道，国家统计局发布数据。", ["国家统计局"]),  # a medium the gazetteer does not know
    ("我市展团由市商务局牵头组织。", ["大连市商务局"]),
    ("会员企业参观了杭州云海数据有限公司和宁波港口协会。", ["杭州云海数据有限公司", "宁波港口协会"]),
    ("本届交易会在国家会议中心举行。", []),
    # the words in front of a name are not part of it
    ("协会邀请辽宁省律师协会举办讲座。", ["辽宁省律师协会"]),
    ("会员走访信华信技术股份有限公司。", ["信华信技术股份有限公司"]),
    ("他同时兼任大连岩谷机具有限公司董事长。", ["大连岩谷机具有限公司"]),
    ("大连成立松下软件开发大连有限公司", ["松下软件开发大连有限公司"]),
    # a department stays whole with its parent, as written
    ("辽宁省商务厅服务贸易处处长出席会议。", ["辽宁省商务厅服务贸易处"]),
    ("商务部服贸司发布数据。", ["商务部服贸司"]),
    ("会议由市商务局对外服务贸易处处长主持。", ["市商务局对外服务贸易处"]),
    ("中国（辽宁）自由贸易试验区大连片区管委会成立。", ["中国（辽宁）自由贸易试验区大连片区管委会"]),
    ("十四届全国人大三次会议在北京开幕。", []),
    # foreign bodies and international organisations
    ("德国克诺尔公司与东盟、世界经济论坛、世界贸易组织、联合国贸发会议合作。",
     ["德国克诺尔公司", "东盟", "世界经济论坛", "世界贸易组织", "联合国贸发会议"]),
    # events, exhibitions and meetings are not organisations, nor are organisations in their names
    ("第二十五届中国国际高新技术成果交易会（以下简称“高交会”）在深圳举行。", []),
    ("服贸会和数博会同期举办，链博会在北京闭幕。", []),
    ("第21届中国—东盟博览会和中国—东盟商务与投资峰会在南宁开幕。", []),
    ("2025全球数字经济大会和世界人工智能大会相继召开。", []),
    # nor is an organisation in the name of an agreement or a sector, a fragment, a verb before a known name
    ("以负面清单方式启动中新自贸协定服务贸易谈判。", []),
    ("公司是大连软件信息技术服务业核心竞争力企业。", []),
    ("分布从一个侧面说明问题。", []),
    ("特邀中软国际开源鸿蒙研究院执行院长主讲。", ["中软国际开源鸿蒙研究院"]),
    ("以上海市软件行业协会为例。", ["上海市软件行业协会"]),
    ("科研院所及行业协会代表相聚蓉城。", []),  # a kind of organisation, not one
    ("工信部信软司在有关文件中指出。", ["工信部信软司"]),
])
def test_rules_on_new_text(text, orgs):
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    # a place or a legal form in brackets stays inside the name
    ("钉钉（中国）信息技术有限公司发布新版本。", ["钉钉（中国）信息技术有限公司"]),
    ("万泓文化发展控股（辽宁）有限公司在大连成立。", ["万泓文化发展控股（辽宁）有限公司"]),
    ("简柏特（大连）有限公司总经理表示", ["简柏特（大连）有限公司"]),
    ("中国（辽宁）自由贸易试验区大连片区管委会成立。", ["中国（辽宁）自由贸易试验区大连片区管委会"]),
    ("包括大众汽车自动变速器（大连）有限公司、林德工程（大连）有限公司等企业",
     ["大众汽车自动变速器（大连）有限公司", "林德工程（大连）有限公司"]),
    ("国家会展中心（天津）举行开幕式。", []),  # after a whole name: a place, not part of one
    # 和, 与, 及 inside one name; two names joined by one
    ("经济合作与发展组织发布报告。", ["经济合作与发展组织"]),
    ("大连市工业和信息化局发布通知。", ["大连市工业和信息化局"]),
    ("工业和信息化部发布数据。", ["工业和信息化部"]),
    ("商务部服务贸易和商贸服务业司负责人介绍", ["商务部服务贸易和商贸服务业司"]),
    ("商务部和工业和信息化部联合印发通知。", ["商务部", "工业和信息化部"]),
    ("呼和浩特市工业和信息化局和呼和浩特市财政局印发方案。", ["呼和浩特市工业和信息化局", "呼和浩特市财政局"]),
    ("由中国科学院、中国科协和上海市人民政府共同主办。", ["中国科学院", "中国科协", "上海市人民政府"]),
    ("商务部部长与马来西亚投资、贸易及工业部部长签署议定书。", ["商务部", "马来西亚投资、贸易及工业部"]),
    ("北京邮电大学张平教授和全球云网宽带产业协会李正茂作报告。", ["北京邮电大学", "全球云网宽带产业协会"]),
    ("星巴克中国宣布与远景科技集团达成合作。", ["星巴克中国", "远景科技集团"]),
    # a department's trailing words are dropped
    ("与北京市商务局有关处室座谈。", ["北京市商务局"]),
    ("北京市商务局相关处室负责人介绍", ["北京市商务局"]),
    ("大连市商务局有关负责人表示", ["大连市商务局"]),
    ("大连市工信局负责人说", ["大连市工信局"]),
    ("商务部相关负责同志表示", ["商务部"]),
    ("双方分别代表中方和东盟方签署。", ["东盟"]),
    # events, products, documents and places are not organisations
    ("第24届海创周在大连开幕。", []),
    ("大力发展智能网联新能源汽车、人工智能手机和电脑。", []),
    ("“大连服务”品牌影响力明显增强。", []),
    ("服贸会和进博会相继举办，中国国际投资贸易洽谈会在厦门开幕。", []),
    ("数字丝路合作论坛在大连举行，2025世界人工智能大会在上海开幕。", []),
    ("商务部发布《数字贸易发展行动计划》和服务贸易创新发展实施方案。", ["商务部"]),
    ("打造东北亚数字信息服务中心。", []),
    ("沿旅顺南路向西，便到了大连英歌石科学城。", []),
    ("聚焦“新时代企业家精神”。", []),  # a word of a slogan
    ("在电信、计算机和信息服务专题展参观。", []),  # a common thing among others
    ("是经国务院批准设立的期货交易所。", ["国务院"]),  # a kind described
    # run-together abbreviations, list numbers, 原, bodies named in a title
    ("中办国办印发意见。", ["中共中央办公厅", "国务院办公厅"]),
    ("集中办理业务，国办发文。", ["国务院办公厅"]),
    ("1.世贸组织：全球货物贸易增长放缓", ["世贸组织"]),
    ("（1）商务部：前三季度服务贸易稳中有增", ["商务部"]),
    ("原邮电部、信息产业部部长吴基传出席。", ["邮电部", "信息产业部"]),
    ("工业和信息化部节能与综合利用司原司长黄利斌出席。", ["工业和信息化部节能与综合利用司"]),
    # names the found names reveal, and a name named only inside a longer one
    ("英伟达、苹果、特斯拉、霍尼韦尔、嘉吉等企业纷纷亮相。", ["英伟达", "苹果", "特斯拉", "霍尼韦尔", "嘉吉"]),
    ("科研院所、高等院校等单位到会交流。", []),
    ("费森尤斯集团成立于1912年，2007年费森尤斯在江苏常熟投资建设生产线。", ["费森尤斯集团", "费森尤斯"]),
    ("麦当劳中国携手供应商参展。麦当劳中国CEO张家茵说", ["麦当劳中国"]),
    ("中白工业园管理委员会主任雅罗申科在仪式上说", ["中白工业园管理委员会"]),
])
def test_rules_of_issue_16(text, orgs):
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, pairs", [
    ("2023年中国国际服务贸易交易会（以下简称“服贸会”）开幕。", [("服贸会", "中国国际服务贸易交易会")]),
    ("中国申请加入《数字经济伙伴关系协定》（DEPA）。", [("DEPA", "数字经济伙伴关系协定")]),
    ("跨境直购代码（HS9610）提高效率。", []),
])
def test_aliases_on_new_text(text, pairs):
    assert extract_aliases(text) == pairs


def test_gazetteer_sections():
    g = gazetteer()
    assert g["orgs"]["市商务局"] == "大连市商务局"
    assert "路透社" in g["media"] and "国家会议中心" in g["not-orgs"]
    assert not set(g["orgs"]) & set(g["not-orgs"])


@pytest.mark.parametrize("text, orgs", [
    # a profile's title naming the body, then its first line: two names, not one across the break
    ("大连理工大学\n大连理工大学创建于1949年，隶属教育部。", ["大连理工大学", "教育部"]),
    # the company that runs a venue the gazetteer knows is a company by its legal form
    ("大连腾飞软件园有限公司\n公司负责大连腾飞软件园的开发和运营。", ["大连腾飞软件园有限公司"]),
    # 局 + 长寿 (as the model splits 局长寿…): a person's title, not the end of a department
    ("发布会上，国家数据局局长刘烈宏介绍成就，国务院新闻办新闻局局长寿小丽主持。", ["国家数据局", "国务院新闻办新闻局"]),
    # a committee with no owner before it is the writing association's own, not the item's
    ("3月，协会跨境电商专业委员会召开年度会议。", []),
    ("理事会决定成立数据要素应用专业委员会。", []),
    ("辽宁省软件行业协会信创分会在沈阳成立。", ["辽宁省软件行业协会信创分会"]),
    # a company's short name with the word it is written with, before a title or a verb
    ("会上，小米科技董事长雷军发言。", ["小米科技"]),
    ("微软中国首席执行官表示。", ["微软中国"]),
    # a body beside a name across 与/和 is no common thing (电信、计算机和信息服务 is)
    ("公司和大连海关签署合作备忘录。", ["大连海关"]),
    ("电信、计算机和信息服务增长较快。", []),
    # a medium cited with a time word between (《人民日报》近日披露, 经济日报日前刊文)
    ("经济日报日前刊文指出，外贸稳中有进。", []),
    ("新华社与大连市政府签署合作协议。", ["新华社", "大连市政府"]),
    # a name the text writes after a person's title elsewhere is a person's (会见巴拉克 … 总统巴拉克)
    ("王毅会见巴拉克\n应邀访华的总统巴拉克表示。", []),
    # the model's ORG cut before its last character (海合 + 会), where only the whole reads as one
    ("日本愿同欧盟、海合会加强沟通。", ["欧盟", "海合会"]),
    # a noun with a strong ending after the model's ORG is the rest of its name (大连机车 + 车辆制造学校)
    ("该校前身是沈阳机床职业技术学校。", ["沈阳机床职业技术学校"]),
    ("岛内禁止公务机关和公立学校使用。", []),
])
def test_rules_of_wave_7(text, orgs):
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    # none of these names is in a set the rules were written from: each rule on other names
    # the short form of a full name given, after its place (杭州 + 云栖智算 + 科技有限公司)
    ("杭州云栖智算科技有限公司成立于2024年。云栖智算在杭州发布了新芯片。", ["杭州云栖智算科技有限公司", "云栖智算"]),
    # after the kind of body it is, with its Latin name in brackets, or named as one
    ("国内机器人企业星尘智能（Astribot）近日发布新一代人形机器人。", ["星尘智能", "Astribot"]),
    ("一家名为Manus的初创公司在北京发布通用智能体。", ["Manus"]),
    ("另一家美国科技公司英伟达旗下的团队也参与其中。", ["英伟达"]),
    # before a person's title and the person; a Latin name before CEO
    ("北京智谱华章董事长刘德兵表示，公司将继续开源。", ["北京智谱华章"]),
    ("当AnthropicCEO公开表态时，市场反应强烈。", ["Anthropic"]),
    ("月之暗面创始人杨植麟表示，将继续投入。", ["月之暗面"]),
    # a brand and its trade heading a clause, doing what companies do; the maker of a model; a plant's owner
    ("星海图科技完成A轮融资，资金将用于量产。", ["星海图科技"]),
    ("智谱华章的GLM-4大模型上线新版本。", ["智谱华章"]),
    ("理想汽车常州生产基地正式投产。", ["理想汽车"]),
    ("新能源车企比亚迪泰国工厂投产。", ["比亚迪"]),
    # beside a name across 与, with its trade; an enumeration after a kind; other letter cases
    ("该平台由中软国际与拓维信息联合打造。", ["中软国际", "拓维信息"]),
    ("海外电商平台Temu、SHEIN和速卖通近日宣布调整运费。TEMU表示将继续扩张。", ["Temu", "SHEIN", "速卖通", "TEMU"]),
    ("海尔智家、海信视像等在华家电企业加大投入。", ["海尔智家", "海信视像"]),
    # a verb the model ran into the name before it, or that governs the name after it
    ("深圳市工商联联合深圳市商务局举办出海活动。", ["深圳市工商联", "深圳市商务局"]),
    ("商务部联合外交部发布通知。", ["商务部", "外交部"]),
    ("节目由央视联合国内多家机构制作。", ["央视"]),
    # a partnership's form and the first of two names joined by a dash belong to the name
    ("苏州元禾原点创业投资合伙企业（有限合伙）参与了本轮融资。", ["苏州元禾原点创业投资合伙企业（有限合伙）"]),
    ("中国—中亚商务理事会秘书长王平表示。", ["中国—中亚商务理事会"]),
    # two names run together in a title are the two
    ("华为小米“同台竞技”\n华为与小米均发布了新机。", ["华为", "小米"]),
    ("投资方包括中国电信、百度、京东及美团、小米集团等科技巨头。", ["中国电信", "百度", "京东", "美团", "小米集团"]),
    # the investors of a round, listed after 投资方为 or before 领投/跟投 (orgdeal.py)
    ("本轮融资由高瓴创投领投，红杉中国、IDG资本跟投。", ["高瓴创投", "红杉中国", "IDG资本"]),
    ("投资方为北极光创投、顺为资本等知名机构。", ["北极光创投", "顺为资本"]),
    ("投资方包括多家地方国资平台和产业资本。", []),
    ("本轮由政府引导基金领投，多家机构跟投。", []),
    # and what these rules must not take: kinds, figures, titles, products, a copula before a title
    ("部分服务行业规模以上企业中，信息服务业企业营业收入、科技服务业企业营业收入分别增长8%和6%。", []),
    ("公司实际控制人均为创始人兼CEO张三。", []),
    ("会员企业代表围绕出口订单展开讨论。", []),
    ("国内某头部智能硬件厂商发布新品。", []),
    ("这是一家中国人工智能公司，总部位于上海。", []),
    ("ChatGPT发布一周年之际，OpenAI推出了新模型。", ["OpenAI"]),
    ("iPhone营收同比增长13%，Mac营收增长15%。", []),
    ("智能网联汽车完成道路测试，新能源汽车出口订单增长。", []),
    ("企业AI应用完成试点，平台API调用量增长。", []),
    ("商务部部长王文涛与新西兰贸易部长麦克莱签署换文。", ["商务部"]),
])
def test_rules_of_wave_8(text, orgs):
    assert extract_orgs(text) == orgs



@pytest.mark.parametrize("text, orgs", [
    # a city, a trade and 公司 standing as a subject or a party is a company's name (issue 16, wave 11)
    ("长城汽车公司宣布在巴西新建整车工厂。", ["长城汽车公司"]),
    ("协会会员单位与大连重工公司签署风电装备出口协议。", ["大连重工公司"]),
    # counted, pointed at, made plural or followed by its name, the same shape is a kind of body
    ("美国芯片公司纷纷下调全年营收预期。", []),
    ("该德国汽车公司在沈阳的工厂扩产。", []),
    ("一家日本电商公司乐天旗下的物流部门参与其中。", ["乐天"]),
])
def test_a_place_a_trade_and_a_kind_by_their_sentence(text, orgs):
    assert extract_orgs(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    # an investor without the adverb before its verb or the words that say who it is (issue 16, wave 11)
    ("B轮由君联资本领投，老股东IDG资本继续跟投。", ["君联资本", "IDG资本"]),
    ("本轮投资方包括深创投、老股东启明创投等。", ["深创投", "启明创投"]),
    ("此次融资中，国投创合领投，华为旗下哈勃投资参投。", ["国投创合", "华为", "哈勃投资"]),
    # a place that begins the name stays in it
    ("本轮由深圳市创新投资集团领投。", ["深圳市创新投资集团"]),
])
def test_investors_without_what_describes_them(text, orgs):
    assert extract_orgs(text) == orgs
