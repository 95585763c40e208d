# -*- coding: utf-8 -*-
"""2025年第6期 as the block-JSON export of the association website's Editor.js-based CMS
(`export_post_1183_…json`): post metadata (id, slug, status, published_at/updated_at that are not the
issue date, tags), then `content` = Editor.js output {time, blocks, version}: header blocks (levels
2/3), paragraph blocks with inline <b>/<i>/&nbsp;, a table block (withHeadings), delimiter blocks,
sources as right-aligned paragraphs through an alignment tune, a `list` block for the contents and
an `image` block with caption in the member profile."""
from common import *
import json, random

iss = BY_KEY["06"]
random.seed(6)
def bid():
    return "".join(random.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(10))
B = []
def add(t, data, tunes=None):
    b = {"id": bid(), "type": t, "data": data}
    if tunes: b["tunes"] = tunes
    B.append(b)
add("header", {"text": "数字贸易简报", "level": 1}, {"alignmentTune": {"alignment": "center"}})
add("paragraph", {"text": "<b>2025年第6期</b>&nbsp;&nbsp;（总第38期）"}, {"alignmentTune": {"alignment": "center"}})
add("paragraph", {"text": "大连市数字贸易协会秘书处编&nbsp;&nbsp;&nbsp;&nbsp;2025年6月30日"}, {"alignmentTune": {"alignment": "center"}})
add("paragraph", {"text": "<b>本期要目</b>"})
add("list", {"style": "unordered", "items": ["数据月报：5月份工业生产和市场销售数据", "行业资讯：丝路电商伙伴国已达35个 等3篇",
                                              "会员风采：大连华锐重工集团股份有限公司", "协会动态"]})
for sec, its in items_by_section(iss):
    add("delimiter", {})
    add("header", {"text": sec, "level": 2})
    for it in its:
        if it["title"]:
            add("header", {"text": it["title"], "level": 3})
        for p in it["paras"]:
            if isinstance(p, dict):
                add("table", {"withHeadings": True, "content": p["table"]})
            else:
                add("paragraph", {"text": p.replace("“", "&ldquo;").replace("”", "&rdquo;") if sec == "行业资讯" else p})
        if sec == "会员风采":
            add("image", {"file": {"url": "https://www.dldta.org.cn/uploads/2025/06/hrzg-site.jpg"}, "caption": "图为企业生产车间（会员单位供图）",
                          "withBorder": False, "stretched": False, "withBackground": False})
        if it["source"]:
            add("paragraph", {"text": "<i>来源：" + it["source"] + "</i>"}, {"alignmentTune": {"alignment": "right"}})
add("delimiter", {})
add("paragraph", {"text": "（本期完）"}, {"alignmentTune": {"alignment": "center"}})
post = {"id": 1183, "slug": "jianbao-2025-06", "title": "数字贸易简报 第38期", "status": "published",
        "author": {"id": 7, "name": "wangxl"}, "category": "协会简报", "tags": ["简报", "数字贸易", "2025"],
        "published_at": "2025-07-01T09:30:00+08:00", "updated_at": "2025-07-03T16:12:44+08:00",
        "content": {"time": 1751333400000, "blocks": B, "version": "2.29.1"},
        "meta": {"views": 412, "export_time": "2025-07-03T16:20:05+08:00", "exported_by": "admin"}}
open(out_path("06"), "w", encoding="utf-8").write(json.dumps(post, ensure_ascii=False, indent=2))
print("wrote", out_path("06"))
