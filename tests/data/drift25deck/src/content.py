# -*- coding: utf-8 -*-
"""The truth of drift25deck, written by hand before any file was made or parsed: one issue
(2026年第4期, 总第48期, 2026-04-30), its items with section, title, source, date and organisations
beside the text. Real 2025–2026 news retold briefly (pages in README.md); profile and 协会动态 composed."""

ISSUE = {"year": 2026, "number": 4, "total": 48, "date": "2026-04-30",
         "issue_line": "2026年第4期", "total_line": "总第48期", "date_line": "2026年4月30日"}

TABLE = ("table", ["指标", "数值", "同比增长（%）"],
         [["货物贸易进出口总值", "7.73万亿元", "18.3"], ["出口", "—", "19.2"],
          ["机电产品出口", "—", "24.3"], ["汽车出口金额", "—", "63.1"]])

ITEMS = [
    dict(section="数据月报", title="前2个月货物贸易进出口7.73万亿元", source=None, date=None,
         orgs=["海关总署"],
         body=["海关总署近日发布的数据显示，今年前2个月，我国货物贸易进出口总值7.73万亿元，同比增长18.3%，自2024年1月以来首次重回两位数增长。",
               TABLE,
               "出口持续向新发力，机电产品出口增长24.3%，汽车出口金额增长63.1%，成为开局最大亮点。"]),
    dict(section="行业资讯", title="海关总署：去年对欧盟进出口5.93万亿元", source="MoneyDJ新闻", date="2026-01-14",
         orgs=["国务院新闻办公室", "海关总署", "欧盟"],
         body=["1月14日，国务院新闻办公室举行新闻发布会。海关总署副署长王军表示，全球贸易增长动力不足，外部环境仍严峻复杂，但我国外贸的基本盘依然稳固，抗风险能力显著增强。",
               "王军介绍，中欧互为第二大贸易伙伴，去年我国对欧盟进出口5.93万亿元，增长6%，占进出口总值的13%；对欧盟出口高技术产品增长7.5%，自欧盟进口高技术产品增长11.1%。"]),
    dict(section="行业资讯", title="上海前2个月进出口增长23.1%", source="央广网", date="2026-03-21",
         orgs=["上海海关"],
         body=["3月21日，记者从上海海关获悉，今年前2个月上海市进出口总值7965.7亿元，同比增长23.1%，增速高于全国4.8个百分点，其中2月单月进出口增长28.7%。",
               "新动能产品拉动明显：前2个月上海电动汽车出口267.1亿元，增长112.6%；锂电池出口75.7亿元，增长94.9%，两者合计拉高全市出口增速5.9个百分点。"]),
    dict(section="外贸新业态", title="上半年跨境电商进出口约1.32万亿元", source="国新网", date="2025-07-15",
         orgs=["国务院新闻办公室", "海关总署"],
         body=["7月15日，国务院新闻办公室举行发布会。海关总署新闻发言人吕大良介绍，上半年我国跨境电商进出口约1.32万亿元，同比增长5.7%，其中出口约1.03万亿元，进口约2911亿元。",
               "吕大良说，跨境电商统计是一种分组统计，海关发布的月度、季度和年度数据均已包含跨境电商进出口，上半年的正式统计数据将于10月发布。"]),
    dict(section="会员风采", title="大连星海数链科技有限公司", source=None, date=None,
         orgs=["大连星海数链科技有限公司"],
         body=["大连星海数链科技有限公司成立于2019年，为外贸企业提供报关单据识别、订单与物流数据对接服务，平台已接入300余家中小出口企业。",
               "公司今年推出面向跨境电商卖家的海外仓库存看板，帮助企业按站点调配备货。"]),
    dict(section="协会动态", title=None, source=None, date="2026-04-08",
         orgs=["大连海关"],
         body=["4月8日，协会邀请大连海关有关处室为会员企业讲解一季度外贸形势和通关便利措施，40余家企业参加。"]),
    dict(section="协会动态", title=None, source=None, date="2026-04-16",
         orgs=[],
         body=["4月16日，协会组织跨境电商专题沙龙，会员企业围绕海外仓布局和独立站运营交流经验。"]),
    dict(section="协会动态", title=None, source=None, date="2026-04-24",
         orgs=[],
         body=["4月24日，协会秘书处完成2025年度会员单位信息更新，新增会员单位6家。"]),
]

FIGURES = [
    dict(indicator="货物贸易进出口总值", breakdown=None, period="2026-01/2026-02", value=7.73, unit="万亿元", yoy_pct=18.3, share_pct=None),
    dict(indicator="出口", breakdown=None, period="2026-01/2026-02", value=None, unit=None, yoy_pct=19.2, share_pct=None),
    dict(indicator="出口", breakdown="机电产品", period="2026-01/2026-02", value=None, unit=None, yoy_pct=24.3, share_pct=None),
    dict(indicator="出口金额", breakdown="汽车", period="2026-01/2026-02", value=None, unit=None, yoy_pct=63.1, share_pct=None),
]


def sections():
    out = []
    for it in ITEMS:
        if not out or out[-1][0] != it["section"]:
            out.append((it["section"], []))
        out[-1][1].append(it)
    return out
