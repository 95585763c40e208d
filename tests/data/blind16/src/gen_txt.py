# -*- coding: utf-8 -*-
"""TXT (family 6): the issue as FORWARDED BY E-MAIL and saved as plain text (UTF-8, CRLF):
a Chinese mail client's forward header (发件人/发送时间/收件人/主题: 转发: …), the forwarder's note and
signature, then `-----Original Message-----` with English From/Sent/To/Subject of the original
mail, and the whole original newsletter QUOTED with `> ` on every line, hard-wrapped at 36
characters by the mail client (mid-sentence, names and numbers may be cut); banners `»» 数据月报 ««`,
titles `【01】…` running across sections, sources as a line `〔内容来自：X〕`; a mail disclaimer at the end."""
import os
from common import ISSUES, ROOT, sections

iss = ISSUES["TXT"]
secs = sections(iss)
W = 36


def wrap(s, first_indent="　　"):
    s = first_indent + s
    return [s[i:i + W] for i in range(0, len(s), W)]


q = []
q += ["　　　　　　数 字 贸 易 简 报", "", f"　　　　{iss['issue_line']}（{iss['total_line']}）",
      f"大连市数字贸易协会秘书处　　　　　　{iss['date_line']}", "─" * 24, "本期要目"]
n = 0
for s, its in secs:
    ts = [it["title"] for it in its if it["title"]]
    q.append(f"　{s}" + ("：" + "；".join(ts) if ts else ""))
q.append("─" * 24)
n = 0
for s, its in secs:
    q += ["", f"»» {s} ««", ""]
    for it in its:
        if it["title"]:
            n += 1
            q.append(f"【{n:02d}】{it['title']}")
        for b in it["body"]:
            q += wrap(b)
        if it["source"]:
            q.append(f"〔内容来自：{it['source']}〕")
        q.append("")
q += ["（本简报供会员单位内部交流，共发送会员单位108家）"]
lines = ["发件人: 王敏 <wangmin@dtba-mail.example>",
         "发送时间: 2025年10月9日 8:52",
         "收件人: 会员单位联络员 <members@dtba-mail.example>",
         "主题: 转发: 数字贸易简报2025年第9期（总第41期）", "",
         "各位联络员：", "",
         "　　国庆假期前发出的第9期简报，部分单位反映邮箱未收到，现转发一次，请查收并转本单位有关负责同志阅知。",
         "　　第10期简报正在编辑中，欢迎报送会员动态。", "",
         "王敏", "大连市数字贸易协会秘书处", "电话：0411-8XXX XXXX", "", "",
         "-----Original Message-----",
         "From: 大连市数字贸易协会秘书处 <secretariat@dtba-mail.example>",
         "Sent: Tuesday, September 30, 2025 5:46 PM",
         "To: 会员单位联络员 <members@dtba-mail.example>",
         "Subject: 数字贸易简报2025年第9期（总第41期）", ""]
lines += [("> " + x) if x else ">" for x in q]
lines += ["", "", "__________________________________________",
          "本邮件及其附件仅供指定收件人使用，如您误收本邮件，请及时删除并告知发件人。"]
with open(os.path.join(ROOT, iss["file"]), "wb") as f:
    f.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))
