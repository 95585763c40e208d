# -*- coding: utf-8 -*-
"""2026-05-wechat.txt: a WeChat article copied on a phone and pasted into a text file (UTF-8, LF):
the article title, the account's byline `原创 … 2026年05月31日 18:02 辽宁` (the only date), banners in
two lines (`— 01 —` over the section's name), story titles after a 🔹, `文章来源｜X` right under the
title (before the story), `图源：X` and `▼` lines, ✅ bullets inside a story, and the closing
furniture (`END`, `编辑：`/`审核：`, 点击名片关注, 分享/收藏/点赞/在看)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ALL

I = ALL[2]


def main():
    out = ["数字贸易简报 | 2026年第5期（总第49期）", "原创 大连数贸协会 大连市数字贸易协会 2026年05月31日 18:02 辽宁",
           "点击蓝字 关注我们", ""]
    sections = []
    for it in I["items"]:
        if it["section"] not in sections:
            sections.append(it["section"])
    for si, s in enumerate(sections, 1):
        out += [f"— {si:02d} —", s, ""]
        for it in [x for x in I["items"] if x["section"] == s]:
            if it["title"]:
                out.append(f"🔹{it['title']}" if s == "行业资讯" else it["title"])
            if it["source"]:
                out.append(f"文章来源｜{it['source']}")
            for k, para in enumerate(it["paras"]):
                if it["title"] == "工信部将启动工业数据筑基行动" and k == 1:
                    out += ["✅ 有序推进“双千兆”网络向5G-A和万兆光网演进升级；",
                            "✅ 统筹布局通用大模型和行业大模型，培育一批重点行业智能体。"]
                    continue
                out.append(para)
                if s == "数据月报" and k == 0:
                    out += ["▼", "图源：国新网"]
            out.append("")
    out += ["END", "", "编辑：李晓　审核：王军", "点击下方名片", "关注我们", "分享 收藏 点赞 在看", ""]
    text = "\n".join(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", I["file"])
    open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
