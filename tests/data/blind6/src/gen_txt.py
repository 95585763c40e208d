# -*- coding: utf-8 -*-
"""07: OA system export (发文处理单 + cover notice + the briefing as 附件), UTF-8 BOM, CRLF, box-drawing table."""
from common import *
iss = ISSUES[7]
L = []
R = "━" * 36
L += [R, "大连市数字贸易协会协同办公系统　发文处理单（打印/导出）", R,
      "文　　号：大数贸协〔2025〕7号",
      "标　　题：关于印发《数字贸易简报》2025年第7期的通知",
      "密　　级：公开　　　　　　紧急程度：普通",
      "拟 稿 人：秘书处　王晓琳　　拟稿日期：2025-07-28",
      "核 稿 人：秘书处　刘洋　　　核稿日期：2025-07-29",
      "签 发 人：赵建国　　　　　　签发日期：2025-07-30",
      "主　　送：各会员单位",
      "抄　　送：大连市商务局、大连市工业和信息化局",
      "附件数量：1",
      "─" * 36,
      "【正文】", "",
      "各会员单位：",
      "　　现将《数字贸易简报》2025年第7期印发给你们，请结合工作参阅。", "",
      "　　附件：数字贸易简报（2025年第7期）", "",
      " " * 40 + "大连市数字贸易协会",
      " " * 42 + "2025年7月31日", "",
      "─" * 36,
      "【附件】", "",
      " " * 22 + "数字贸易简报",
      " " * 16 + "2025年第7期（总第39期）",
      "大连市数字贸易协会秘书处编" + " " * 14 + "2025年7月31日",
      "=" * 60, "本期要目"]
secs = by_section(iss)
for si, (s, its) in enumerate(secs, 1):
    if s == "协会动态":
        L.append(f"  §{si} {s}")
    else:
        for ii, it in enumerate(its, 1):
            L.append(f"  §{si} {s}　{si}.{ii} {it['title']}")
L += ["=" * 60, ""]

def box(rows):
    ncol = len(rows[0])
    ws = [max(w(r[c]) for r in rows) + 2 for c in range(ncol)]
    def line(l, m, r_):
        return l + m.join("─" * x for x in ws) + r_
    out = [line("┌", "┬", "┐")]
    for i, r in enumerate(rows):
        out.append("│" + "│".join(pad(" " + r[c], ws[c]) for c in range(ncol)) + "│")
        out.append(line("├", "┼", "┤") if i < len(rows) - 1 else line("└", "┴", "┘"))
    return out

for si, (s, its) in enumerate(secs, 1):
    L += [f"§{si} {s}", "-" * 40]
    for ii, it in enumerate(its, 1):
        if it["title"]:
            L.append(f"{si}.{ii} {it['title']}")
        for p in it["paras"]:
            if isinstance(p, list):
                L += box(p)
            else:
                L.append("    " + p)
        if it["source"]:
            L.append(" " * 30 + f"（信息来源：{it['source']}）")
        L.append("")
L += ["-" * 60, "（本期完）", "",
      "─" * 36, "【流转记录】",
      "2025-07-28 09:12　王晓琳　拟稿　提交核稿",
      "2025-07-29 15:03　刘洋　　核稿　同意",
      "2025-07-30 16:40　赵建国　签发　同意印发",
      "2025-07-31 10:05　系统　　分发　已送达会员单位 186 家",
      "打印时间：2025-07-31 10:07　打印人：王晓琳　第1页/共1页"]
data = "\r\n".join(L) + "\r\n"
open(os.path.join(OUT, FILES[7]), "w", encoding="utf-8-sig", newline="").write(data)
print("txt ok")
