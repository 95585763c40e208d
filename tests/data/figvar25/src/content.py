# -*- coding: utf-8 -*-
"""figvar25: the issues' text, written by hand from real 2025-2026 releases (see ../README.md), and their hand
annotations (ANNOTATION.md, "Figures"), kept beside the text they annotate. A paragraph is a string (a bullet line
carries its glyph as printed); gen.py lays each issue out in its own format."""

ISSUES = {}


def fig(indicator, breakdown, period, value, unit, yoy, share=None):
    return {"indicator": indicator, "breakdown": breakdown, "period": period, "value": value, "unit": unit,
            "yoy_pct": yoy, "share_pct": share}


def news(title, para, source, date, orgs, section="行业资讯"):
    return {"section": section, "title": title, "paras": [para], "source": source, "date": date, "orgs": orgs}


Y25 = "2025-01/2025-12"

# 1. text: 财政部 2025年财政收支 (2026-01-30): the report as `指标：数值，增长x%` lines under a lead sentence,
# the first group with `•` bullets, the second (taxes) with `- ` dashes; values in 亿元 and 万亿元.
ISSUES["2026-02-finance.txt"] = {
    "issue": {"year": 2026, "number": 2, "total": 46, "date": "2026-02-27"},
    "report": {
        "title": "2025年全国一般公共预算收入21.6万亿元", "date": "2026-01-30", "orgs": ["财政部"],
        "paras": [
            "1月30日，财政部召开新闻发布会，介绍2025年全国财政收支情况。主要数据如下：",
            "• 全国一般公共预算收入：216045亿元，比上年下降1.7%",
            "• 税收收入：176363亿元，增长0.8%",
            "• 非税收入：39682亿元，下降11.3%",
            "• 全国一般公共预算支出：287395亿元，增长1%",
            "• 全国政府性基金预算收入：57704亿元，下降7%",
            "• 全国政府性基金预算支出：112874亿元，增长11.3%",
            "分税种看：",
            "- 国内增值税：6.89万亿元，增长3.4%",
            "- 国内消费税：1.69万亿元，增长2%",
            "- 企业所得税：4.13万亿元，增长1%",
            "- 个人所得税：1.62万亿元，增长11.5%",
            "财政部表示，2025年财政收入总体平稳运行，重点支出保障有力。",
        ],
        "figures": [
            fig("全国一般公共预算收入", None, Y25, 216045, "亿元", -1.7),
            fig("税收收入", None, Y25, 176363, "亿元", 0.8),
            fig("非税收入", None, Y25, 39682, "亿元", -11.3),
            fig("全国一般公共预算支出", None, Y25, 287395, "亿元", 1.0),
            fig("全国政府性基金预算收入", None, Y25, 57704, "亿元", -7.0),
            fig("全国政府性基金预算支出", None, Y25, 112874, "亿元", 11.3),
            fig("国内增值税", None, Y25, 6.89, "万亿元", 3.4),
            fig("国内消费税", None, Y25, 1.69, "万亿元", 2.0),
            fig("企业所得税", None, Y25, 4.13, "万亿元", 1.0),
            fig("个人所得税", None, Y25, 1.62, "万亿元", 11.5),
        ]},
    "news": news("大连跨境电商综试区12月新增备案企业46家", "1月8日，大连市商务局称12月全市跨境电商综试区新增备案企业46家。",
                 "大连日报", "2026-01-08", ["大连市商务局"]),
}

# 2. text: 国家统计局 2025年12月份社会消费品零售总额 (2026-01-19): `指标 | 数值 | 增速` pipe lines typed in plain
# text (no rule row, the unit in each value cell, `%` in the change cell), a head row, then prose of the whole year.
# 城镇/乡村 are the places of sale (breakdowns of 消费品零售额), 商品零售额/餐饮收入 measures of their own.
M12 = "2025-12/2025-12"
ISSUES["2026-01-retail.txt"] = {
    "issue": {"year": 2026, "number": 1, "total": 45, "date": "2026-01-30"},
    "report": {
        "title": "12月份社会消费品零售总额同比增长0.9%", "date": "2026-01-19", "orgs": ["国家统计局"],
        "paras": [
            "1月19日，国家统计局发布12月份社会消费品零售总额数据，主要指标如下：",
            "指标 | 12月 | 同比增长",
            "社会消费品零售总额 | 45136亿元 | 0.9%",
            "除汽车以外的消费品零售额 | 39654亿元 | 1.7%",
            "城镇消费品零售额 | 38429亿元 | 0.7%",
            "乡村消费品零售额 | 6707亿元 | 1.7%",
            "商品零售额 | 39398亿元 | 0.7%",
            "餐饮收入 | 5738亿元 | 2.2%",
            "2025年，社会消费品零售总额501202亿元，比上年增长3.7%。全国网上零售额159722亿元，比上年增长8.6%；其中，实物商品网上零售额130923亿元，增长5.2%，占社会消费品零售总额的比重为26.1%。",
        ],
        "figures": [
            fig("社会消费品零售总额", None, M12, 45136, "亿元", 0.9),
            fig("除汽车以外的消费品零售额", None, M12, 39654, "亿元", 1.7),
            fig("消费品零售额", "城镇", M12, 38429, "亿元", 0.7),
            fig("消费品零售额", "乡村", M12, 6707, "亿元", 1.7),
            fig("商品零售额", None, M12, 39398, "亿元", 0.7),
            fig("餐饮收入", None, M12, 5738, "亿元", 2.2),
            fig("社会消费品零售总额", None, Y25, 501202, "亿元", 3.7),
            fig("全国网上零售额", None, Y25, 159722, "亿元", 8.6),
            fig("实物商品网上零售额", None, Y25, 130923, "亿元", 5.2, 26.1),
        ]},
    "news": news("大连首店经济新增品牌首店32家", "1月15日，大连市商务局称2025年全市引进品牌首店32家。",
                 "半岛晨报", "2026-01-15", ["大连市商务局"]),
}

# 3. text, HARD-WRAPPED (gen.py cuts every line of the report at 23 characters, whatever it cuts: a number,
# a change, a period): 国家统计局 1—11月份全国房地产市场 (2025-12-15). Changes without values (`其中住宅销售面积
# 下降8.1%`); a stock at the month's end (`11月末，商品房待售面积…`: the month) with an absolute change (no figure).
N11 = "2025-01/2025-11"
ISSUES["2025-12-realestate.txt"] = {
    "issue": {"year": 2025, "number": 12, "total": 44, "date": "2025-12-31"},
    "wrap": 23,
    "report": {
        "title": "1—11月份全国房地产开发投资78591亿元", "date": "2025-12-15", "orgs": ["国家统计局"],
        "paras": [
            "12月15日，国家统计局发布全国房地产市场基本情况。1—11月份，全国房地产开发投资78591亿元，同比下降15.9%；其中，住宅投资60432亿元，下降15.0%。",
            "1—11月份，新建商品房销售面积78702万平方米，同比下降7.8%；其中住宅销售面积下降8.1%。新建商品房销售额75130亿元，下降11.1%；其中住宅销售额下降11.2%。",
            "11月末，商品房待售面积75306万平方米，比10月末减少301万平方米。",
        ],
        "figures": [
            fig("房地产开发投资", None, N11, 78591, "亿元", -15.9),
            fig("住宅投资", None, N11, 60432, "亿元", -15.0),
            fig("新建商品房销售面积", None, N11, 78702, "万平方米", -7.8),
            fig("住宅销售面积", None, N11, None, None, -8.1),
            fig("新建商品房销售额", None, N11, 75130, "亿元", -11.1),
            fig("住宅销售额", None, N11, None, None, -11.2),
            fig("商品房待售面积", None, "2025-11/2025-11", 75306, "万平方米", None),
        ]},
    "news": news("大连软件园新增数字企业20家", "12月10日，大连软件园称今年园区新增数字企业20家。",
                 "大连日报", "2025-12-10", ["大连软件园"]),
}

# 4. Markdown: 国家统计局 11月份规模以上工业 (2025-12-15): industries as `- **名称增加值**：增长x%` bullets (bold
# label, changes only), products as `1. 名称：数值，增长x%` numbered lines; a paragraph soft-wrapped in the source
# with a number cut at the wrap (`136` / `10亿元`).
M11 = "2025-11/2025-11"
ISSUES["2025-12-industry.md"] = {
    "issue": {"year": 2025, "number": 12, "total": 44, "date": "2025-12-31"},
    "soft_wrap": 24,
    "report": {
        "title": "11月份规模以上工业增加值增长4.8%", "date": "2025-12-15", "orgs": ["国家统计局"],
        "paras": [
            "11月份，规模以上工业增加值同比实际增长4.8%。1—11月份，规模以上工业增加值同比增长6.0%。",
            "分行业看，11月份主要行业增加值增速如下：",
            "- **煤炭开采和洗选业增加值**：增长7.5%",
            "- **汽车制造业增加值**：增长11.9%",
            "- **计算机、通信和其他电子设备制造业增加值**：增长9.2%",
            "- **非金属矿物制品业增加值**：下降1.8%",
            "11月份主要产品产量：",
            "1. 钢材产量：11591万吨，同比下降2.6%",
            "2. 十种有色金属产量：699万吨，增长4.7%",
            "3. 发电量：7792亿千瓦时，增长2.7%",
            "4. 原油加工量：6083万吨，增长3.9%",
            "<wrap>11月份，规模以上工业企业实现出口交货值13610亿元，同比名义下降0.1%。",
        ],
        "figures": [
            fig("规模以上工业增加值", None, M11, None, None, 4.8),
            fig("规模以上工业增加值", None, N11, None, None, 6.0),
            fig("煤炭开采和洗选业增加值", None, M11, None, None, 7.5),
            fig("汽车制造业增加值", None, M11, None, None, 11.9),
            fig("计算机、通信和其他电子设备制造业增加值", None, M11, None, None, 9.2),
            fig("非金属矿物制品业增加值", None, M11, None, None, -1.8),
            fig("产量", "钢材", M11, 11591, "万吨", -2.6),
            fig("产量", "十种有色金属", M11, 699, "万吨", 4.7),
            fig("发电量", None, M11, 7792, "亿千瓦时", 2.7),
            fig("原油加工量", None, M11, 6083, "万吨", 3.9),
            fig("出口交货值", None, M11, 13610, "亿元", -0.1),
        ]},
    "news": news("大连港集装箱航线新增3条", "12月12日，辽港集团称大连港本月新开3条外贸集装箱航线。",
                 "辽宁日报", "2025-12-12", ["辽港集团"]),
}

# 5. web page (.html): 国家统计局 2025年12月份CPI (2026-01-09): the items' prices as a bullet list `<ul><li>名称：上涨x%</li>`
# (changes only, signed by 上涨/下降), a lead sentence before it, then a sentence of the whole year.
ISSUES["2026-01-cpi.html"] = {
    "issue": {"year": 2026, "number": 1, "total": 45, "date": "2026-01-30"},
    "report": {
        "title": "12月份居民消费价格同比上涨0.8%", "date": "2026-01-09", "orgs": ["国家统计局"],
        "paras": [
            "1月9日，国家统计局发布数据，12月份，全国居民消费价格同比上涨0.8%，涨幅比上月扩大0.1个百分点。",
            "12月份各类价格同比变动：",
            {"ul": [
                "食品价格：上涨1.1%",
                "鲜菜价格：上涨18.2%",
                "猪肉价格：下降14.6%",
                "能源价格：下降3.8%",
                "服务价格：上涨0.6%",
                "金饰品价格：上涨68.5%",
            ]},
            "国家统计局表示，扩内需促消费政策措施继续显效，叠加元旦临近，居民消费需求增加。",
        ],
        "figures": [
            fig("居民消费价格", None, M12, None, None, 0.8),
            fig("食品价格", None, M12, None, None, 1.1),
            fig("鲜菜价格", None, M12, None, None, 18.2),
            fig("猪肉价格", None, M12, None, None, -14.6),
            fig("能源价格", None, M12, None, None, -3.8),
            fig("服务价格", None, M12, None, None, 0.6),
            fig("金饰品价格", None, M12, None, None, 68.5),
        ]},
    "news": news("大连获批国家级服务消费新场景试点", "1月6日，大连市商务局称大连入选首批服务消费新场景试点城市。",
                 "大连新闻传媒集团", "2026-01-06", ["大连市商务局"]),
}
