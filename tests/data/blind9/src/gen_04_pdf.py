# -*- coding: utf-8 -*-
"""2025 第4期 -> docx written by hand -> LibreOffice PDF export (family 4): running header, footer ～ PAGE ～,
page 2 in two columns with a separator line, data table typed with TAB stops (no Word table, no rules)."""
import subprocess, shutil, os
from common import *
from ooxml import *
iss = issue("04")
F = "仿宋"
B = []
B.append(para(run("数字贸易简报", font="黑体", size=52, bold=True, color="C00000"), jc="center", spacing=(0, 60)))
B.append(para(run("2025年第4期　　总第36期", font="宋体", size=24), jc="center"))
B.append(para([run("大连市数字贸易协会秘书处编", font="宋体", size=21), '<w:r><w:tab/></w:r>', run("2025年4月30日", font="宋体", size=21)],
              tabs=[("right", 8720)], border_bottom="double"))
B.append(para(run("本期导读：一季度外贸数据；王令浚谈出口形势；智慧海关建设；出口规模首破6万亿元；会员风采；协会动态。", font="楷体", size=20, color="595959"), spacing=(120, 120)))
def banner(sec):
    return para(run("◆ " + sec, font="黑体", size=28, bold=True, color="C00000"), border_bottom="single", spacing=(200, 100), keep=True)
def section_break(cols, typ):
    c = '<w:cols w:num="2" w:space="425" w:sep="1"/>' if cols == 2 else '<w:cols w:space="425"/>'
    return ('<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdFt"/>'
            '<w:type w:val="%s"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1588" w:bottom="1440" w:left="1588" w:header="851" w:footer="850" w:gutter="0"/>%s</w:sectPr></w:pPr></w:p>' % (typ, c))
secs = sections(iss)
for si, (sec, items) in enumerate(secs):
    if sec == "行业资讯":
        B.append(section_break(1, "nextPage"))      # ends the one-column part of page 1
    if sec == "协会动态":
        B.append(section_break(2, "nextPage"))       # ends the two-column part (starts on a new page)
    B.append(banner(sec))
    for it in items:
        if it["title"]:
            B.append(para(run(it["title"], font="黑体", size=23, bold=True), spacing=(120, 60), keep=True))
        for p in it["paras"]:
            if isinstance(p, dict):
                for ri, r in enumerate(p["table"]):
                    rs = []
                    for ci, c in enumerate(r):
                        if ci: rs.append('<w:r><w:tab/></w:r>')
                        rs.append(run(c, font="黑体" if ri == 0 else "宋体", size=19, bold=(ri == 0)))
                    B.append(para(rs, tabs=[("right", 5600), ("right", 6900), ("right", 8200)], spacing=(0, 0)))
                continue
            B.append(para(run(p, font=F, size=21), ind_first=420))
        if it["source"]:
            B.append(para(run("（来源：%s）" % it["source"], font="楷体", size=19, color="7F7F7F"), jc="right"))
LAST = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdFt"/><w:type w:val="continuous"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1588" w:bottom="1440" w:left="1588" w:header="851" w:footer="850" w:gutter="0"/><w:cols w:space="425"/></w:sectPr>')
HDR = para([run("大连市数字贸易协会", font="宋体", size=18, color="7F7F7F"), '<w:r><w:tab/></w:r>', run("数字贸易简报·2025年第4期", font="宋体", size=18, color="7F7F7F")],
           tabs=[("right", 8720)], border_bottom="single")
FTR = para([run("～ ", size=18), '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>', run(" ～", size=18)], jc="center")
docx = os.path.join(HERE, "2025-04.docx")
write_docx(docx, "".join(B), LAST, headers={"rIdH": ("header", HDR), "rIdFt": ("footer", FTR)},
           core={"title": "数字贸易简报2025年第4期", "creator": "秘书处", "created": "2025-04-27T01:00:00Z", "modified": "2025-04-29T09:30:00Z"})
os.makedirs(BUILD, exist_ok=True)
subprocess.run(["nice", "-n", "10", "soffice", "--headless", "--convert-to", "pdf", docx, "--outdir", BUILD], check=True, capture_output=True)
shutil.copy(os.path.join(BUILD, "2025-04.pdf"), out("04"))
