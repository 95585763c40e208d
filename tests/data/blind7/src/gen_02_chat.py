# -*- coding: utf-8 -*-
"""02: a WeChat group chat exported to .txt by a PC chat-export tool: the secretariat posts the
briefing as four long messages; members' replies, a file message and a recall notice in between."""
import os
from common import *

iss = BY_KEY["02"]
SEC = "王晓琳（协会秘书处）"

def item_lines(it):
    L = []
    if it["title"]:
        L.append("▶ " + it["title"])
    for p in it["paras"]:
        if isinstance(p, dict):
            for row in p["table"]:
                L.append("｜".join(row))
        else:
            L.append(p)
    if it["source"]:
        L.append("—— 转自「" + it["source"] + "」")
    return L

secs = dict(sections(iss))
msgs = []
def msg(ts, who, lines):
    msgs.append(f"2025-02-28 {ts} {who}\n" + "\n".join(lines))

msg("08:57:41", "李娜-大连海岸线科技", ["各位早上好☀️"])
msg("09:30:05", SEC, ["@所有人 各位会员单位好！本月《数字贸易简报》已编印完成，正文分几条发在群里，PDF版稍后上传群文件，请查收。"])
head = ["《数字贸易简报》", "2025年第2期（总第34期）", "大连市数字贸易协会秘书处编　2025年2月28日", "",
        "本期要目："]
for sec, its in sections(iss):
    t = "、".join(i["title"] for i in its if i["title"])
    head.append(f"· {sec}" + (f"：{t}" if t else ""))
head.append("")
head.append("━━ 数据月报 ━━")
for it in secs["数据月报"]:
    head += item_lines(it)
msg("09:31:12", SEC, head)
body = ["━━ 行业资讯 ━━"]
for k, it in enumerate(secs["行业资讯"]):
    if k: body.append("")
    body += item_lines(it)
msg("09:31:40", SEC, body)
msg("09:33:02", "张伟-信华信", ["收到👍"])
msg("09:33:15", "大连XX软件-刘总", ["[强]"])
tail = ["━━ 会员风采 ━━"]
for it in secs["会员风采"]:
    tail += item_lines(it)
tail += ["", "━━ 协会动态 ━━"]
for it in secs["协会动态"]:
    tail += item_lines(it)
tail += ["", "（本期完）"]
msg("09:34:26", SEC, tail)
msgs.append(f"“{SEC}”撤回了一条消息")
msg("09:35:50", SEC, ["[文件] 数字贸易简报2025年第2期（总第34期）.pdf (812.6KB)"])
msg("09:41:07", "赵敏-文思海辉", ["感谢秘书处，我们公司上会员风采了😄 已转发给同事"])
msg("10:02:33", "陈晨-大连软件行业协会", ["收到，谢谢！人才招聘活动的事下周再对接一下"])
msg("10:05:18", SEC, ["[表情]"])

txt = ("聊天记录导出 - 大连市数字贸易协会会员群（186人）\n"
       "导出时间：2025-03-03 10:12:45　导出范围：2025-02-28 00:00 至 2025-02-28 23:59\n"
       "共 12 条消息\n" + "=" * 40 + "\n\n" + "\n\n".join(msgs) + "\n\n" + "=" * 40 + "\n导出完毕\n")
path = os.path.join(OUT, FILES["02"])
open(path, "w", encoding="utf-8").write(txt)
print("wrote", path)
