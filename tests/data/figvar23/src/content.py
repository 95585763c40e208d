# -*- coding: utf-8 -*-
"""figvar23: the issues' text, written by hand from real 2025-2026 releases (see ../README.md), and their hand
annotations (ANNOTATION.md, "Figures"), kept beside the text they annotate. A paragraph is a string; a table is
{"table": rows, "caption": text or None}. gen.py (figvar21's) lays each issue out in its own format."""

ISSUES = {}


def fig(indicator, breakdown, period, value, unit, yoy, share=None):
    return {"indicator": indicator, "breakdown": breakdown, "period": period, "value": value, "unit": unit,
            "yoy_pct": yoy, "share_pct": share}


def news(title, para, source, date, orgs, section="行业资讯"):
    return {"section": section, "title": title, "paras": [para], "source": source, "date": date, "orgs": orgs}


# 1. text: 国家能源局 2025年全社会用电量 (January 2026): sectors in prose, values in 万亿 and 亿 units, a share of a
# sector said in a sentence of its own, changes of sub-industries without values. A sector's consumption in prose
# (`第一产业用电量`) is an industry's named aggregate (ANNOTATION.md: like `装备制造业增加值`): the indicator whole.
Y = "2025-01/2025-12"
ISSUES["2026-01-power.txt"] = {
    "issue": {"year": 2026, "number": 1, "total": 45, "date": "2026-01-30"},
    "report": {
        "title": "2025年全社会用电量首超10万亿千瓦时", "date": None, "orgs": ["国家能源局"],
        "paras": [
            "国家能源局近日发布2025年全社会用电量数据。2025年，全社会用电量10.37万亿千瓦时，同比增长5%，增速较2024年放缓1.8个百分点。",
            "从分产业用电看，第一产业用电量1494亿千瓦时，同比增长9.9%；第二产业用电量6.64万亿千瓦时，同比增长3.7%；第三产业用电量1.99万亿千瓦时，同比增长8.2%；城乡居民生活用电量1.59万亿千瓦时，同比增长6.3%。",
            "第二产业用电量占全社会用电量的比重约为64%。四大高耗能行业用电量同比增长1.8%，高技术及装备制造业用电量同比增长6.4%。第三产业中，充换电服务业用电量增长48.8%，信息传输、软件和信息技术服务业用电量增长17%。",
        ],
        "figures": [
            fig("全社会用电量", None, Y, 10.37, "万亿千瓦时", 5.0),
            fig("第一产业用电量", None, Y, 1494, "亿千瓦时", 9.9),
            fig("第二产业用电量", None, Y, 6.64, "万亿千瓦时", 3.7, 64.0),
            fig("第三产业用电量", None, Y, 1.99, "万亿千瓦时", 8.2),
            fig("城乡居民生活用电量", None, Y, 1.59, "万亿千瓦时", 6.3),
            fig("四大高耗能行业用电量", None, Y, None, None, 1.8),
            fig("高技术及装备制造业用电量", None, Y, None, None, 6.4),
            fig("充换电服务业用电量", None, Y, None, None, 48.8),
            fig("信息传输、软件和信息技术服务业用电量", None, Y, None, None, 17.0),
        ]},
    "news": news("大连虚拟电厂平台接入负荷突破百万千瓦", "1月20日，国网大连供电公司称全市虚拟电厂平台可调负荷突破100万千瓦。",
                 "大连日报", "2026-01-20", ["国网大连供电公司"]),
}

# 2. Markdown: 国家能源局 5月份全社会用电量 (2025-06-20): a table whose head is two rows (a merged head flattened:
# `5月` and `1—5月` over their value and change columns), units in the second head row.
M, C = "2025-05/2025-05", "2025-01/2025-05"
ISSUES["2025-06-power.md"] = {
    "issue": {"year": 2025, "number": 6, "total": 38, "date": "2025-06-30"},
    "report": {
        "title": "5月份全社会用电量同比增长4.4%", "date": "2025-06-20", "orgs": ["国家能源局"],
        "paras": [
            "6月20日，国家能源局发布5月份全社会用电量等数据。",
            {"caption": None, "table": [
                ["指标", "5月", "", "1—5月", ""],
                ["", "用电量（亿千瓦时）", "同比增长（%）", "用电量（亿千瓦时）", "同比增长（%）"],
                ["全社会用电量", "8096", "4.4", "39665", "3.4"],
                ["第一产业", "119", "8.4", "543", "9.6"],
                ["第二产业", "5414", "2.1", "25914", "2.2"],
                ["第三产业", "1550", "9.4", "7406", "6.8"],
                ["城乡居民生活", "1013", "9.6", "5802", "3.7"]]},
            "1—5月，规模以上工业发电量为37266亿千瓦时。",
        ],
        "figures": [
            fig("全社会用电量", None, M, 8096, "亿千瓦时", 4.4),
            fig("全社会用电量", None, C, 39665, "亿千瓦时", 3.4),
            fig("用电量", "第一产业", M, 119, "亿千瓦时", 8.4),
            fig("用电量", "第一产业", C, 543, "亿千瓦时", 9.6),
            fig("用电量", "第二产业", M, 5414, "亿千瓦时", 2.1),
            fig("用电量", "第二产业", C, 25914, "亿千瓦时", 2.2),
            fig("用电量", "第三产业", M, 1550, "亿千瓦时", 9.4),
            fig("用电量", "第三产业", C, 7406, "亿千瓦时", 6.8),
            fig("用电量", "城乡居民生活", M, 1013, "亿千瓦时", 9.6),
            fig("用电量", "城乡居民生活", C, 5802, "亿千瓦时", 3.7),
            fig("规模以上工业发电量", None, C, 37266, "亿千瓦时", None),
        ]},
    "news": news("大连港口岸电设施年内全覆盖", "6月12日，大连港集团表示年内将实现专业化泊位岸电设施全覆盖。",
                 "半岛晨报", "2025-06-12", ["大连港集团"]),
}

# 3. Word: 民航 2025 (全国民航工作会议, 2026-01-06): a distributive list over three indicators each with its own unit
# (`运输总周转量、旅客运输量、货邮运输量分别为…`); directions with changes and no 分别.
ISSUES["2026-01-aviation.docx"] = {
    "issue": {"year": 2026, "number": 1, "total": 45, "date": "2026-01-30"},
    "report": {
        "title": "2025年民航旅客运输量达7.7亿人次", "date": "2026-01-06", "orgs": ["中国民用航空局"],
        "paras": [
            "1月6日召开的2026年全国民航工作会议通报，2025年民航全行业完成运输总周转量、旅客运输量、货邮运输量分别为1640.8亿吨公里、7.7亿人次、1017.2万吨，同比分别增长10.5%、5.5%、13.3%。",
            "中国民用航空局介绍，2025年国际旅客运输量同比增长21.6%；中亚、西亚、非洲、拉美方向旅客运输量同比增长59.3%、33.4%、39.0%、108.6%。全年航班量同比增长4.7%。",
        ],
        "figures": [
            fig("运输总周转量", None, Y, 1640.8, "亿吨公里", 10.5),
            fig("旅客运输量", None, Y, 7.7, "亿人次", 5.5),
            fig("货邮运输量", None, Y, 1017.2, "万吨", 13.3),
            fig("国际旅客运输量", None, Y, None, None, 21.6),
            fig("旅客运输量", "中亚", Y, None, None, 59.3),
            fig("旅客运输量", "西亚", Y, None, None, 33.4),
            fig("旅客运输量", "非洲", Y, None, None, 39.0),
            fig("旅客运输量", "拉美", Y, None, None, 108.6),
            fig("航班量", None, Y, None, None, 4.7),
        ]},
    "news": news("大连周水子机场新开两条国际航线", "1月15日，大连周水子国际机场新开通至大阪和清迈的定期航线。",
                 "大连新闻网", "2026-01-15", ["大连周水子国际机场"]),
}

# 4. PDF: 民航 前三季度 and 第三季度 (2025-10-22): a quarter alone (第三季度 = 07..09) beside the three quarters.
Q3, T3 = "2025-01/2025-09", "2025-07/2025-09"
ISSUES["2025-10-aviation.pdf"] = {
    "issue": {"year": 2025, "number": 10, "total": 42, "date": "2025-10-31"},
    "report": {
        "title": "前三季度民航运输生产稳步增长", "date": "2025-10-22", "orgs": ["民航局"],
        "paras": [
            "10月22日，民航局发布前三季度运输生产数据。前三季度，全行业完成运输总周转量、旅客运输量、货邮运输量分别为1220.3亿吨公里、5.8亿人次、739.5万吨，同比分别增长10.3%、5.2%和14.0%。",
            "从第三季度看，全行业完成运输总周转量436.8亿吨公里，同比增长12.4%；完成旅客运输量2.1亿人次，同比增长3.9%；完成货邮运输量261.1万吨，同比增长12.8%。",
        ],
        "figures": [
            fig("运输总周转量", None, Q3, 1220.3, "亿吨公里", 10.3),
            fig("旅客运输量", None, Q3, 5.8, "亿人次", 5.2),
            fig("货邮运输量", None, Q3, 739.5, "万吨", 14.0),
            fig("运输总周转量", None, T3, 436.8, "亿吨公里", 12.4),
            fig("旅客运输量", None, T3, 2.1, "亿人次", 3.9),
            fig("货邮运输量", None, T3, 261.1, "万吨", 12.8),
        ]},
    "news": news("大连跨境电商综试区新增海外仓", "10月16日，大连跨境电商综试区新认定5家公共海外仓。",
                 "大连日报", "2025-10-16", ["大连跨境电商综试区"]),
}

# 5. text: 全国民用运输机场生产统计公报 (2026-02-26): three throughputs with 较上年分别增长, a ranked list of airports
# passing a mark (no figures), the share of a group of airports without a value.
ISSUES["2026-02-airports.txt"] = {
    "issue": {"year": 2026, "number": 2, "total": 46, "date": "2026-02-27"},
    "report": {
        "title": "2025年民用运输机场三大指标创新高", "date": "2026-02-26", "orgs": ["中国民航局"],
        "paras": [
            "中国民航局2月26日公布2025年全国民用运输机场生产统计公报。2025年，全国机场完成旅客吞吐量152904.6万人次、货邮吞吐量2186.4万吨、飞机起降1244.8万架次，较上年分别增长4.8%、9.0%、0.4%。",
            "年旅客吞吐量1000万人次以上的运输机场有41个，完成旅客吞吐量占全部境内运输机场旅客吞吐量的83.7%。货邮吞吐量10万吨以上的运输机场有35个，完成货邮吞吐量占全部境内运输机场货邮吞吐量的93.6%。",
            "上海浦东国际机场、广州白云国际机场年旅客吞吐量首次突破8000万人次，北京大兴国际机场、杭州萧山国际机场年旅客吞吐量首次突破5000万人次。",
        ],
        "figures": [
            fig("旅客吞吐量", None, Y, 152904.6, "万人次", 4.8),
            fig("货邮吞吐量", None, Y, 2186.4, "万吨", 9.0),
            fig("飞机起降", None, Y, 1244.8, "万架次", 0.4),
            fig("年旅客吞吐量1000万人次以上的运输机场", None, Y, 41, "个", None),
            fig("旅客吞吐量", "年旅客吞吐量1000万人次以上的运输机场", Y, None, None, None, 83.7),
            fig("货邮吞吐量10万吨以上的运输机场", None, Y, 35, "个", None),
            fig("货邮吞吐量", "货邮吞吐量10万吨以上的运输机场", Y, None, None, None, 93.6),
        ]},
    "news": news("大连湾海底隧道车流创新高", "2月18日，大连湾海底隧道单日车流量首次突破8万辆次。",
                 "大连晚报", "2026-02-18", []),
}

# 6. Markdown: 国家统计局 2025年高技术制造业 (2026-01-19): a table with the change and the share in separate
# columns (a dash where none is printed); distributive lists closed by 及. A row of the table is a breakdown of
# the column's measure (`增加值` by `规模以上装备制造业`), as the rows of 2025-06-power.md are; a list of industries
# `分别增长` is split too (`增加值` by `集成电路制造`, as figvar19's `分三大门类看`).
ISSUES["2026-02-hitech.md"] = {
    "issue": {"year": 2026, "number": 2, "total": 46, "date": "2026-02-27"},
    "report": {
        "title": "2025年高技术制造业增加值增长9.4%", "date": "2026-01-19", "orgs": ["国家统计局"],
        "paras": [
            "国家统计局1月19日发文介绍2025年新动能发展情况。",
            {"caption": None, "table": [
                ["行业", "增加值同比增长（%）", "占规模以上工业比重（%）"],
                ["规模以上高技术制造业", "9.4", "—"],
                ["规模以上数字产品制造业", "9.3", "—"],
                ["规模以上装备制造业", "9.2", "36.8"]]},
            "分行业看，集成电路制造、飞机制造、电子专用材料制造及生物药品制品制造等行业增加值分别增长26.7%、24.8%、23.9%及12.1%。分产品看，机器人减速器、工业机器人、服务机器人等产品产量分别增长63.9%、28%及16.1%。",
        ],
        "figures": [
            fig("增加值", "规模以上高技术制造业", Y, None, None, 9.4),
            fig("增加值", "规模以上数字产品制造业", Y, None, None, 9.3),
            fig("增加值", "规模以上装备制造业", Y, None, None, 9.2, 36.8),
            fig("增加值", "集成电路制造", Y, None, None, 26.7),
            fig("增加值", "飞机制造", Y, None, None, 24.8),
            fig("增加值", "电子专用材料制造", Y, None, None, 23.9),
            fig("增加值", "生物药品制品制造", Y, None, None, 12.1),
            fig("产量", "机器人减速器", Y, None, None, 63.9),
            fig("产量", "工业机器人", Y, None, None, 28.0),
            fig("产量", "服务机器人", Y, None, None, 16.1),
        ]},
    "news": news("大连机器人产业园开园", "2月10日，大连机器人产业园在金普新区开园，首批入驻企业23家。",
                 "大连日报", "2026-02-10", []),
}
