# -*- coding: utf-8 -*-
"""08: Notion "Export → Markdown & CSV": page properties as `Key: Value` lines, <aside> callout,
sections as emoji headings, every story a toggle (<details><summary>title</summary> … </details>),
sources as Notion links, hash-suffixed file name."""
from common import *
iss = ISSUES[8]
URL = {"央视网": "https://www.wam.ae/zh/article/15pjau7-2025%E4%B8%96%E7%95%8C%E6%9C%BA%E5%99%A8%E4%BA%BA%E5%A4%A7%E4%BC%9A%E5%9C%A8%E4%BA%AC%E5%BC%80%E5%B9%95",
       "中新网": "http://yipengzs.com/news-080974738.htm",
       "证券日报": "https://reportify.ai/news/1158238643610062848"}
EMO = {"数据月报": "📊", "行业资讯": "📰", "会员风采": "🏢", "协会动态": "🗓️"}
L = ["# 数字贸易简报 2025年第8期", "",
     "期号: 2025年第8期（总第40期）",
     "编印: 大连市数字贸易协会秘书处",
     "日期: 2025年8月31日",
     "状态: 终版",
     "负责人: 王晓琳",
     "标签: 月度简报, 2025",
     "最后编辑: 2025年8月31日 下午5:42", "",
     "<aside>",
     "💡 本期导读：" + "；".join(it["title"] for it in iss["items"] if it["title"]) + "。", "",
     "</aside>", ""]
for s, its in by_section(iss):
    L += [f"## {EMO[s]} {s}", ""]
    for it in its:
        if it["title"]:
            L += ["<details>", f"<summary>{it['title']}</summary>", ""]
        for p in it["paras"]:
            if isinstance(p, list):
                L.append("| " + " | ".join(p[0]) + " |")
                L.append("| " + " | ".join("---" for _ in p[0]) + " |")
                for r in p[1:]:
                    L.append("| " + " | ".join(r) + " |")
                L.append("")
            else:
                L += [p, ""]
        if it["source"]:
            L += [f"来源：[{it['source']}]({URL[it['source']]})", ""]
        if it["title"]:
            L += ["</details>", ""]
L += ["---", "", "[数字贸易简报 2025年第7期](%E7%AE%80%E6%8A%A5-%E7%AC%AC7%E6%9C%9F%20d41e8a90c2b74d1f8e3c5a6b7f901234.md)",
      "[数字贸易简报 2025年第9期（草稿）](jb_2025_09%207a3c9e1f0b2d4c6e8f1a3b5c7d9e0f12.md)", ""]
open(os.path.join(OUT, FILES[8]), "w", encoding="utf-8").write("\n".join(L))
print("md ok")
