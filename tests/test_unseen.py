"""The parser, the organisations and the figures on six held-out issues (tests/data/unseen/, see its
README.md): shapes nobody built the parser from (GB18030 text with other banners, a LibreOffice PDF in
two columns over two pages, Word with 第一部分 sections, notes and a heading in a table cell, a
three-page scan, a WeChat page with image banners, an old .doc with 〓 banners), annotated by hand
before any parser ran, and scored once, blind, when issue 16's work was merged (bench/RESULTS.md,
"Held-out shapes").

The blind scores fall short of issue 16's targets (items F1 0.97, figures 0.9): this test holds the
parser to them as floors, per file, so that no later change makes them worse, and says what they
are. The scan (three pages of OCR, about a minute) is scored only with `JIANBAO_FULL=1`; the old
.doc only where LibreOffice is installed.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from search import figures
from search.errors import CorpusError
from search.figures import series
from search.parse.readers import blocks_of, read_bytes

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "unseen"
sys.path.insert(0, str(ROOT / "bench"))

# The blind scores (first run, merged main): items matched / parsed / annotated,
# organisations' precision and recall, metadata right; figures' recall and precision (truncated).
BLIND = {
    "2026-01.txt": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # columns read per page and across the page break, the borderless table's wrapped header joined:
    # every item read; 欧盟 in a list of 来源地 (a place there) is now read, and taken for an org
    # raised (w4-figs): names listed in one clause take the values of the next (来源地是A、B和C，执行额分别为…)
    "2026-02.pdf": dict(items=(6, 6, 6), orgs_p=0.94, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026-03.docx": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # raised (w3-scan): the header read, every item whole. Organisations' recall is over matched items:
    # blind 7 of 10 over 5 items, now 9 of 13 over 7 (洋山海关 and the profile's 简柏特, Genpact,
    # 通用电气公司 are missed by the organisation rules, the text being right), so 0.69, more found.
    # w8-16O: 0.85 / 0.85 (the profile's 简柏特 and Genpact found by the role rules, orgrole.py)
    "2026-04-scan.pdf": dict(items=(7, 7, 7), orgs_p=0.85, orgs_r=0.85, meta=1, figs=(1.00, 1.00)),
    # raised (w8-A): orgs precision 0.89 -> 0.94 with the organisation rules of shapes8 (a kind described
    # by whom it belongs to, a department in its head's title started at the list mark)
    "2026-05.html": dict(items=(6, 6, 6), orgs_p=0.94, orgs_r=0.94, meta=1, figs=(1.00, 1.00)),
    "2026-06.doc": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# The second held-out set (tests/data/blind/, see its README.md), built while issue 16's third round
# of work was under way by someone who read no parser code, in shapes none of the parser's authors
# had seen (Markdown of another editor, a PDF printed by Chromium with its header and footer, a
# two-column scan, a GBK page of a CMS site, Word with the masthead in the page header, a .doc in
# two columns), annotated by hand; scored once, blind, after that round was merged
# (bench/RESULTS.md, "Second held-out set").
BLIND2 = {
    # figures raised (w4-figs): a table takes the period printed before it; listed whole indicators
    "2026-07.md": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # blind 19 of 20 found right over 4 items; now all 6 items (the browser's stamps dropped, the
    # footnote's source read) and 24 of 27 over 6: the two stories found now bring 中日韩经贸 and
    # 中关村人才协会 (cut from its 工委会) and miss 日本经济产业省, the text being right; so 0.89 / 0.92
    # over more items, as 2026-04-scan.pdf above.
    # figures raised (w6-16F): a rank after the listed names (`居全国前五`) is no part of the indicator
    "2026-08.pdf": dict(items=(6, 6, 6), orgs_p=0.92, orgs_r=0.92, meta=1, figs=(1.00, 1.00)),
    # raised (w4-scan): the two-line column atop page 2, the ※ banner read as X…×, a zero read as O,
    # a table row label no longer an organisation
    # figures raised (w6-16F): `连续8个季度超过10万亿元` no figure; a row after breakdowns of its indicator one too
    "2026-09-scan.pdf": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # figures raised (w4-figs): a group column before the row label; listed values share the last unit
    "2026-10.htm": dict(items=(6, 6, 6), orgs_p=0.81, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026-11.docx": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.92, meta=1, figs=(1.00, 1.00)),
    # figures raised (w4-figs): `2025年以来` gives the year of the months after it; listed whole indicators
    "2026-12.doc": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# The third held-out set (tests/data/blind3/, see its README.md), built the same way during the
# next round (text pasted from a phone, a page Word saved as HTML, a PDF made by fpdf2, a phone photo
# of two pages, note-app Markdown, Word with sections in one-cell shaded tables), scored once, blind
# (bench/RESULTS.md, "Third held-out set").
BLIND3 = {
    # raised (w5-docx): `来源丨X`, `信源：X` end their stories; a header date with its time after it
    "2025-06.txt": dict(items=(8, 8, 8), orgs_p=0.94, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # figures raised (w5-figs): a table of changes by region counts what the sentence before it names
    "2025-07.htm": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # figures raised (w5-figs): a unit column under a merged period head; a unit in brackets by its shape
    # raised (w6-16F): its fonts' embedded Encoding CMap read (pdffonts.py): the text layer, not OCR
    "2025-08.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.89, meta=1, figs=(1.00, 1.00)),
    # figures raised (w5-figs): 万辆 is a unit (7 of 9; with JIANBAO_FULL=1)
    # raised (w6-16F): the point of `36.` at a line's end found in the image (8 of 9: the one left is
    # `同东盟贸易规模`, annotated whole where the other sets annotate `对东盟进出口` as the breakdown 东盟)
    # figures raised (w8-16F): 9 of 9 by ANNOTATION.md's rule, the annotation corrected to it (贸易规模/东盟,
    # 产量/汽车…, blind3/README.md); `汽车产销分别完成A和B` is 产量 A and 销量 B
    "2025-09-photo.pdf": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2025-10.md": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # raised (w5-docx): a one-cell banner beside its Latin gloss (`数据月报  DATA`) opens its section
    # figures raised (w6-16F): listed periods (`一季度、二季度和三季度…分别`), `进口量`/`进口值` after listed
    # goods (13 of 14: `民营企业进出口` is annotated whole here, split as 民营企业 in blind/2026-09-scan)
    # figures raised (w8-16F): 14 of 14, `民营企业进出口` now annotated 进出口/民营企业 as elsewhere
    "2025-11.docx": dict(items=(7, 7, 7), orgs_p=0.94, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# The fourth held-out set (tests/data/blind4/, see its README.md), built while issue 16's sixth round
# of work was under way by someone who read no parser code, in shapes drawn from the same list of
# ideas the round's two layout helpers built their own variants for (UTF-16 text, setext Markdown
# with footnote sources, a mail newsletter, Word with content controls and tracked changes, a
# three-column landscape PDF, a fax scan): scored once, blind, after that round was merged
# (bench/RESULTS.md, "Fourth and fifth held-out sets").
BLIND4 = {
    # raised (w7-16S): the table set with runs of spaces under `----` rules read as cells (texttable.py);
    # the colophon under the last rule is no 协会动态 paragraph though its notice ends with 。; a share
    # that rose to a level (`比重提升至59.4%`) is a share, not a change
    # figures raised (w8-16F): `机电产品出口` is 出口 broken down by the product, by its shape
    "2025-01.txt": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2025-02.md": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2025-03.html": dict(items=(9, 9, 9), orgs_p=1.00, orgs_r=0.88, meta=1, figs=(1.00, 1.00)),
    "2025-04.docx": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2025-05.pdf": dict(items=(8, 8, 8), orgs_p=0.95, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2025-12-fax.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# The fifth held-out set (tests/data/blind5/), built at the same time by another who read no parser
# code, in shapes of the builder's own invention, none on any list given to anyone (text hard-wrapped
# at 34 columns with a tab-separated table, pandoc Markdown with fenced divs and grid tables, a Google
# Docs web page, an issue kept as a spreadsheet and printed, Word pasted line by line out of a PDF, an
# RTF file named .doc): scored once, blind, with the fourth. A file the parser refuses has floor 0.
BLIND5 = {
    # raised (w7-16S): the TAB-separated table read as cells; the colophon between `----` and `****` is
    # furniture; a date starting a span up to now later in its sentence (`…，至今已满两周年`) is background
    # figures raised (w8-16F): `装备制造业产品出口` is 出口 broken down by the product
    "2026-01-wrap.txt": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # raised (w7-16S): pandoc attribute blocks, closing hashes, fenced divs and grid tables read (pandoc.py);
    # a change-only column names what changes, a year heads its clause, listed names each an indicator
    "2026-02.md": dict(items=(7, 7, 7), orgs_p=0.90, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # figures raised (w8-16F): products before their flows (`机电产品出口`, `汽车出口金额`) are breakdowns
    "2026-03.html": dict(items=(9, 9, 9), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # raised (w7-16R): a page that is one ruled grid read as the sheet's rows (sheet.py). Figures at the
    # merge with w7-16F 6 of 9 found right of 10 (`占规模以上工业增加值36.8%` read as a figure of its own,
    # `战略性新兴服务业企业营业收入` whole where the annotation breaks 营业收入 down by the enterprises)
    # figures raised (w8-16F): 9 of 9: 增加值 is no rise, so the share after it is its share; listed
    # `…企业营业收入` are 营业收入 by the enterprises
    # raised (w8-A): orgs precision 0.91 -> 1.00 with the same rules
    "2026-04.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.91, meta=1, figs=(1.00, 1.00)),
    "2026-05.docx": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # figures raised (w8-16F): `自主品牌产品出口` is 出口 broken down by the product
    "2026-06-rtf.doc": dict(items=(8, 8, 8), orgs_p=0.92, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# The eighth set (tests/data/shapes8/, w8-A): how a secretariat's file really arrives (Word's "Save as
# Web Page", an online editor's Markdown, a WeChat article copied on a phone, Notepad GBK, UTF-16 without
# a BOM, a WPS official-paper docx, .odt, .rtf), annotated by hand before the parser ran on it; before the
# fixes items F1 was 0.53 (three files refused). Floors as at the end of w8-A.
SHAPES8 = {
    "2026-03-wordweb.htm": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026-04-yuque.md": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026-05-wechat.txt": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026-06-notepad.txt": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026-07-utf16.txt": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026-08-wps.docx": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026-09.odt": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026-10.rtf": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# The sixth held-out set (tests/data/blind6/), built in wave 8 by another who read no parser code, in
# shapes of the builder's own invention (an OA system's routing form around the issue as an attachment,
# Notion Markdown with toggles, a proof copy with line numbers, watermark and margin notes, a
# typesetter's Word file with drop caps and footnote sources, Word HTML saved as .doc, an Evernote
# export), files named as a secretariat names them. Two of its shapes (Notion Markdown, Word HTML) were
# also on the list of ideas given to wave 8's document helper, built independently. Scored once, blind,
# after wave 8 was merged (bench/RESULTS.md, "Sixth held-out set").
BLIND6 = {
    "jb_2025_09_v3_校对稿.pdf": dict(items=(8, 8, 8), orgs_p=0.92, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "【12月】数字贸易简报 总第44期.html": dict(items=(7, 7, 7), orgs_p=0.93, orgs_r=0.93, meta=1, figs=(1.00, 1.00)),
    "大数贸协〔2025〕7号 关于印发《数字贸易简报》2025年第7期的通知.txt":
        dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.94, meta=1, figs=(1.00, 1.00)),
    # orgs_p from 1.00: the three stories a drop cap had cut are matched now, and one of them (乌镇) names
    # 宣传部 of `浙江省委常委、宣传部部长` besides 浙江省委, which the annotation does not list (wave 9)
    "数字贸易简报第10期(2025.10) 排版.docx": dict(items=(8, 8, 8), orgs_p=0.92, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "简报-第8期 终版 3f9a2c1e7b4d4e0a9c55d1e2f3a4b5c6.md":
        dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.93, meta=1, figs=(1.00, 1.00)),
    "简报11月_OA导出.doc": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.92, meta=1, figs=(1.00, 1.00)),
}
# The seventh held-out set (tests/data/blind7/), built in wave 8 by another who read no parser code, in
# shapes of its own invention and excluded from every list given to anyone (a Word file whose body is an
# embedded MHT chunk, a WeChat group chat exported to text, Confluence wiki markup, a Next.js page saved
# from the browser, a CamScanner scan with its app's text layer, AsciiDoc source). Scored once, blind,
# after wave 9 was merged (bench/RESULTS.md, "Seventh held-out set"). A file refused has floor 0.
BLIND7 = {
    # figures raised (w11-F): names that each end in the measure (`…进出口总额和…交易总额分别…`) are whole;
    # 东南亚, 亚太地区 breakdowns by their shape; 6 of 7 (中国跨境电商 read as 跨境电商 by the convention)
    "Briefing_No.35_wiki-export_v2.txt": dict(items=(7, 7, 7), orgs_p=0.90, orgs_r=0.75, meta=1, figs=(0.85, 0.85)),
    "jb2025-06_v3.1_终审.adoc.txt": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "jianbao-2025-04 [web存档].html": dict(items=(8, 8, 8), orgs_p=0.86, orgs_r=0.86, meta=1, figs=(0.91, 1.00)),  # orgs now over 8 matched items, not 4
    "微信聊天记录_数贸协会会员群_20250228.txt": dict(items=(7, 7, 7), orgs_p=0.96, orgs_r=0.96, meta=1, figs=(1.00, 1.00)),
    "扫描全能王 2025-05-31 14.22.pdf": dict(items=(7, 7, 7), orgs_p=0.92, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # figures raised (w11-F): a year alone before a list's first name (`2024年电动汽车、…分别增长`) is its period
    "数贸简报 第33期（定稿）.docx": dict(items=(7, 7, 7), orgs_p=0.91, orgs_r=0.83, meta=1, figs=(1.00, 1.00)),
}
# The eighth held-out set (tests/data/blind8/), built in wave 11 by another who read no parser code
# (bench/RESULTS.md, "Eighth held-out set"), scored once, blind, after wave 11. Raised in wave 12 (w12-T):
# the text issue with three-line box banners refused blind (`看不出简报的结构`) is read whole; the WeChat
# page's `▲` photo caption no item, its `平均每天…` rate no figure; the .docx's 期货公司 no name (orgs
# precision 0.91 blind). Organisations in tables' rows stay unnamed (parser._prose): the .doc's 东盟 and
# 欧盟 rows and the WeChat label `对欧盟进出口` are counted by this set's annotation, not by blind6's
# (jb_2025_09_v3_校对稿.pdf, the same partner table) nor blind's (`对东盟进出口`).
BLIND8 = {
    "数字贸易简报2025年第5期(1).txt": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "数字贸易简报丨第40期：世界机器人大会开幕，服贸会9月见.html": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.90, meta=1,
                                                      figs=(1.00, 1.00)),
    "简报2025.9 修改稿 - 副本.doc": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.80, meta=1, figs=(1.00, 1.00)),
    "Digital Trade Brief Nov-2025 (final).docx": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # a 。 set wide after ” that the detector's box stopped short of, read again (ocrmarks.past_end):
    # the 专题关注 story matched (6/7 -> 7/7); its orgs now counted (全球人工智能创新治理中心 missed)
    "DOC310725-31072025160512.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.95, meta=1, figs=(1.00, 1.00)),
    # striped table rows no sidebar; a heading and title under the shorter column go with the text
    # across the page (4/7/6 -> 6/6/6); orgs now over 6 matched items, not 4 (欧盟, 日本川崎重工 extra)
    "【正式版】数字贸易简报_2025年10月_总第42期_v2.pdf": dict(items=(6, 6, 6), orgs_p=0.77, orgs_r=0.91, meta=1,
                                                    figs=(1.00, 1.00)),
    # an Editor.js CMS export, refused blind as an unsupported type; read by shape (w12-JSON, jsonpost.py)
    # orgs raised (w16-O): a short form of a name found, the subject of a clause (大连重工)
    "export_post_1183_简报第38期.json": dict(items=(7, 7, 7), orgs_p=0.88, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),  # figures raised (w13-F): a table header's period carried to the text after it
    # an OFD (GB/T 33190) refused blind as an unsupported type; its pages read the PDF way (w12-OFD)
    "大数贸协简报〔2025〕12号.ofd": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.90, 0.90)),
}
# The ninth held-out set (tests/data/blind9/), built in wave 12 by another who read no parser code, the
# issue's six shape families in variants no earlier set used (bench/RESULTS.md, "Ninth held-out set"),
# scored once, blind, after wave 12: these floors are its blind scores.
BLIND9 = {
    "数字贸易简报第45期（2026年1月）发会员群.txt": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # raised (w13-T): 文化和旅游部数据中心 whole across 和
    "数字贸易简报 _ 春节消费“账单”出炉，2025年GDP超140万亿.html": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1,
                                                             figs=(1.00, 1.00)),
    # raised (w13-T): the footnotes citing an outlet and a date give two stories their sources; 梅地亚中心 a venue
    "JB-2026-03_总47_排版终稿.docx": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # raised (w13-T): 东盟 listed among 非洲, 拉美 a market, not an organisation
    "简报36期-打印版.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # raised (w13-T): the closing 抄报：…　印数：… row no activity
    "数贸简报五月刊（总37）.doc": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # raised (w14-O): the dash of 中国—非洲/中国—中亚 read 一, 自 read 白 in the table (ocrdash.py); 中非贸易额
    # names 非洲 (data/figures.txt [partners]); 国家金融监管总局 between two names, 金融监管总局 before 会同
    "扫描件_20250630_数字贸易简报第六期.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.93, meta=1, figs=(1.00, 1.00)),
}
# A dev set of drift (tests/data/drift14/, see its README.md), built in wave 14 by a helper as the next blind
# set might drift: the issue's six shape families with banners, sources, separators, mastheads and page
# layouts no earlier set used, from real news of 2025-2026, annotated by hand before the parser ran on it.
# Before that wave's fixes items F1 was 0.80 over the first eleven files; these floors are after them.
DRIFT14 = {
    "d14-01-spaced.txt": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.86, meta=1, figs=(0.0, 0.0)),
    "d14-02-bilingual.md": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d14-03-numbered.txt": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d14-04-imgbanner.html": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d14-05-titlesource.html": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d14-06-endnotes.docx": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d14-07-smallprint.docx": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=0.80, meta=1, figs=(0.0, 0.0)),
    "d14-08-old.doc": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d14-09-print.pdf": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d14-10-toc2col.md": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d14-11-scan.pdf": dict(items=(3, 3, 3), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d14-12-colophon.txt": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
}
# The tenth held-out set (tests/data/blind10/), built in wave 14 by another who read no parser code, the
# issue's shape families in variants no earlier set used (bench/RESULTS.md, "Tenth held-out set"), scored
# once, blind, at f89fdba (items F1 0.73, figures 0.54 / 0.60); development data since. These floors are
# the scores of w15-T's branch (other helpers raise the .doc's, the PDF's and the scan's in their own).
BLIND10 = {
    # raised at the end of wave 15 (as development data): a bold title after a mark takes its wrapped line (PDF),
    # the OCR range dash and a cell's speck (scan), figures by shape (all), `来源媒体：X` (.doc)
    "DTB_43_2025Nov_print.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # orgs raised (w16-O): 大橡塑 and 大连电信, short forms the text never ties to the full name
    "image2025-09-30-093512.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.92, 0.92)),
    "大连数贸协会 - 前7月外贸增3.5%，天津备战上合峰会.htm": dict(items=(8, 8, 8), orgs_p=0.95, orgs_r=0.95, meta=1,
                                                 figs=(1.00, 1.00)),
    # raised (w15-T): a part's number inside the banner's frame, titles numbered 壹. 贰., the contents'
    # columns parted by ‖, `◎稿件来自 X` and `原载：X` sources, the outlet in ［］ after a title (0/7/7 -> 7/7/7)
    "数贸协会简报_250731_第39期.txt": dict(items=(7, 7, 7), orgs_p=0.94, orgs_r=0.89, meta=1, figs=(1.00, 1.00)),
    "第44期简报（12月）-秘书处修订.docx": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.94, meta=1, figs=(1.00, 1.00)),
    "简报十月(42期)送审.doc": dict(items=(8, 8, 8), orgs_p=0.95, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),  # orgs (w16-O)
}
# A dev set of drift in the text, Markdown, web and Word families (tests/data/drift16/, see its README.md), built
# in wave 16 (w16-E) as the next blind set might drift, annotated by hand before the parser ran on it. Before
# that wave's fixes items F1 was 0.76 (28 of 38 matched, one file refused); these floors are after them.
DRIFT16 = {
    "d16-01-label.txt": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d16-02-macos.txt": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d16-03-editor.md": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=0.86, meta=1, figs=(0.0, 0.0)),
    "d16-04-wechat.html": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d16-05-cms.html": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d16-06-tracked.docx": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d16-07-cnnum.docx": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d16-08-legacy.doc": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=0.83, meta=1, figs=(0.0, 0.0)),
}
# A dev set of PDF and scan layout drift (tests/data/drift16pdf/, see its README.md), built in wave 16 (w16-P)
# as the next blind set of printed issues might drift, annotated by hand before the parser ran on it: items F1
# 0.71 before that wave's layout fixes; these floors are after them.
DRIFT16PDF = {
    "d16-01-sidebar.pdf": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d16-02-tablebreak.pdf": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d16-03-webnav.pdf": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d16-04-colspacing.pdf": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.86, meta=1, figs=(1.00, 1.00)),
    "d16-05-phone.pdf": dict(items=(3, 3, 3), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d16-06-lowres.pdf": dict(items=(2, 2, 2), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.66, 0.66)),
}
# The eleventh held-out set (tests/data/blind11/, see its README.md), built by a helper who read no project code,
# annotated by hand before anything parsed it, scored once blind at 1b5cb01 (items F1 0.80, figures 0.98 / 0.95):
# these floors are that blind score; raise them as fixes land (it is development data now).
BLIND11 = {
    "2025年第1期（总第33期）数字贸易简报.txt": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "6月刊-数字贸易简报(修改稿-孙婷).docx": dict(items=(6, 6, 6), orgs_p=0.75, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # items (3, 4, 6) and orgs 1.00 / 1.00 on those 3 at the blind run; the banner joined to the data table
    # read apart (wave 17), the two 行业资讯 stories are scored too, their organisations with them
    "三月简报_秘书处_20250331.doc": dict(items=(6, 6, 6), orgs_p=0.78, orgs_r=0.78, meta=1, figs=(1.00, 1.00)),
    "数字贸易简报第37期-腾讯文档导出.pdf": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # items from 3/7 (wave 17, w17-H): 参考来源 is a source key, the badge banner 数字政务 opens its section,
    # 会员单位供图 ends no body; `联合华为` gives 华为 (w17-O), so the matched stories' orgs stay 1.00
    "数字贸易简报｜2025年第2期 · 开源大模型走进政务大厅.htm": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1,
                                                  figs=(1.00, 1.00)),
    "高拍仪_20250430_153022.pdf": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# A dev set of WeChat editors' markup (tests/data/drift18web/, see its README.md), built in wave 18 (w18-W) as
# the next blind set's web page might be set, annotated by hand before the parser ran on it: items F1 0.65
# before that wave's fixes (an SVG banner, a background-image caption banner); these floors are after them.
DRIFT18WEB = {
    "d18-01-svg.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d18-02-bgimage.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.90, meta=1, figs=(0.0, 0.0)),
    "d18-03-spans.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
}
# A dev set of old Word files made from other sources (tests/data/drift18doc/, see its README.md), built in wave 18
# (w18-V), annotated by hand before the parser ran on it: items F1 0.59 before that wave's fixes (8 of 17 matched, 10 parsed:
# a numbered banner and a labelled two-cell banner joined to the data table, a nested masthead table); these after.
DRIFT18DOC = {
    "d18-01-rtf.doc": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d18-02-html.doc": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d18-03-tables.doc": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # added after the fixes, read whole at once; 深度求索 after a date (`2025年12月1日，深度求索发布…`) missed, as in d16-08
    "d18-04-frames.doc": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.83, meta=1, figs=(1.00, 1.00)),
}
# The twelfth held-out set (tests/data/blind12/, see its README.md), built in the tenth session by a helper who read no
# project code, in new shapes of the six families (GB18030 text hard-wrapped with ❖ banners and 〔采自 X〕, an mdnice WeChat
# page, a .doc with vertical banner cells, a .docx with 第%1部分 headings and endnote-only sources, a 1-bit fax, a LibreOffice
# export in two columns); annotated by hand, committed (4aa349c) and scored once, blind, at 2fd70d5 (bench/RESULTS.md,
# "Twelfth held-out set"): items F1 0.96, figures 0.70 / 0.72.
BLIND12 = {
    "简报35期_纯文本版.txt": dict(items=(7, 7, 7), orgs_p=0.88, orgs_r=0.93, meta=1, figs=(1.00, 1.00)),
    "【数字贸易简报】第39期｜上半年电信业务收入9055亿元.htm": dict(items=(7, 7, 7), orgs_p=0.93, orgs_r=1.00, meta=1,
                                                    figs=(1.00, 1.00)),
    # items raised (w19-X): the closing record `报：…送：…（共印70份）` / `抄送：…（共印发60份）` is furniture, not a 协会动态
    # paragraph (the extra item of the .doc, the fax and the export); `〔采自 X〕` is a source, not a banner (the .txt);
    # figures raised (w19-X): the fixed-width table read as cells, 按…计算的 no part of a name, 亿GB, 当月 for its sentence,
    # a share said alone joins its row, an OCR colon for a point; orgs: `尼日利亚—中国…组织（NCSP）` read whole
    "9月简报（总41期）-定稿.doc": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "2026年第1期数字贸易简报_v3(尾注版).docx": dict(items=(6, 6, 6), orgs_p=0.68, orgs_r=0.76, meta=1, figs=(1.00, 1.00)),  # figs raised (w22-F)
    "FAX_20260228_0931.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "数字贸易简报2025年第4期-导出.pdf": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# A dev set of Word files from other producers (tests/data/drift19word/, see its README.md), built in wave 19 (w19-D):
# WPS (标题 1 styles, endnote sources, tracked changes), a Google Docs export, LibreOffice from Markdown, a Tencent Docs
# export (text boxes, a footer source, two columns, content controls), a LibreOffice .doc with text boxes; annotated by
# hand before the parser ran on it: items F1 0.92 before that wave's fixes (a one-row table after a source read as an
# item, a source in a side text box ending its story, a footer source unread), figures 0.10 / 0.18; these after.
DRIFT19D = {
    "d19-01-wps.docx": dict(items=(6, 6, 6), orgs_p=0.80, orgs_r=0.89, meta=1, figs=(1.00, 1.00)),
    "d19-02-gdocs.docx": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d19-03-lomd.docx": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.67, meta=1, figs=(1.00, 1.00)),
    # 农村 / 农产品网络零售额 printed with a change only: read whole as the indicator, annotated as breakdowns
    "d19-04-tencent.docx": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.88, meta=1, figs=(0.50, 0.50)),
    "d19-05-lobox.doc": dict(items=(6, 6, 6), orgs_p=0.83, orgs_r=0.83, meta=1, figs=(1.00, 1.00)),
}
# A dev set of saved web pages beyond WeChat (tests/data/drift19web/, see its README.md), built in wave 19 (w19-W),
# annotated by hand before the parser ran on it: items F1 0.93 on the first six before that wave's fixes (footnotes
# read as items, a picture banner of a section not known), 0.67 on the three added after (a forum's replies as items,
# zero-width spaces ending a cloud document's lines); these floors are after them. 深度求索 missed (03, 05, 07, 11), as before.
DRIFT19WEB = {
    "d19-01-cms.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d19-02-xiumi.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d19-03-toutiao.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.89, meta=1, figs=(0.0, 0.0)),
    "d19-04-blog.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d19-05-firefox-gbk.htm": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.88, meta=1, figs=(1.00, 1.00)),
    "d19-06-netease.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d19-07-forum.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.86, meta=1, figs=(0.0, 0.0)),
    "d19-08-accordion.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d19-09-feishu.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # a third round, refused before (a mail only in an iframe's srcdoc, a web app's article only in its JSON state)
    "d19-10-mail.html": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d19-11-spa.html": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.83, meta=1, figs=(0.0, 0.0)),
}
# A dev set of text and Markdown files as secretaries type them (tests/data/drift19text/, see its README.md), built in
# wave 19 (w19-T), annotated by hand before the parser ran on it: items F1 0.89 before that wave's fixes (33 of 37
# matched: `（X报道）` ending the text and `X / 记者 Y` were no sources, a chart's `来源：` parted its story), figures
# 0.61 / 0.61 (a month's aside carried into the next paragraph and table); these floors are after them.
DRIFT19T = {
    "t19-01-utf16.txt": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "t19-02-gb18030.txt": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # `华为全联接大会2025` gives 华为全, OpenHarmony is taken for an organisation
    "t19-03-setext.md": dict(items=(6, 6, 6), orgs_p=0.50, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    # 商務及經濟發展局 (from 局長丘應樺, traditional) missed
    "t19-04-big5.txt": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.86, meta=1, figs=(0.0, 0.0)),
    # table rows `手机线上零售额` not split into 线上零售额 / 手机 (the text path reads them whole too)
    "t19-05-bold.md": dict(items=(6, 6, 6), orgs_p=0.80, orgs_r=0.80, meta=1, figs=(0.40, 0.40)),
    "t19-06-spaced.txt": dict(items=(6, 6, 6), orgs_p=0.90, orgs_r=0.82, meta=1, figs=(0.0, 0.0)),
}
# A dev set of PDF layouts and scans (tests/data/drift19pdf/, see its README.md), built in wave 19 (w19-P) as the
# next blind set of printed and scanned issues might drift, annotated by hand before the parser ran on it: items F1
# 0.69 before that wave's fixes (21 of 29 matched, 32 parsed); these floors are after them. Left: the profile cut by
# a picture across two columns (01), the framed side story under its `延伸阅读` tab (02), the fax's lost `。` (05).
DRIFT19PDF = {
    "d19-01-wps3col.pdf": dict(items=(6, 7, 7), orgs_p=1.00, orgs_r=0.83, meta=1, figs=(1.00, 1.00)),
    "d19-02-landscape.pdf": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.88, 1.00)),  # kicker (w21-X)
    "d19-03-writer.pdf": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.75, meta=1, figs=(0.0, 0.0)),
    "d19-04-seal.pdf": dict(items=(4, 4, 4), orgs_p=0.66, orgs_r=0.66, meta=1, figs=(1.00, 1.00)),
    "d19-05-fax.pdf": dict(items=(4, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.77, 0.87)),
}
# The thirteenth held-out set (tests/data/blind13/, see its README.md): six issues, one per shape family, each in a
# variant no earlier set used, annotated by hand by a helper who read no project code and committed (3c8a94e) before
# anything parsed it; scored once, blind, on the code the eleventh session started with (eaf583f). These floors are
# that blind score: items F1 0.84 (the Chromium print with its sidebar and CSS columns 0.44, the .doc 0.75).
BLIND13 = {
    # figs raised (w22-F): the .txt, .doc, browser PDF and .docx at 1.00 / 1.00 (the scan's table is read flattened into its
    # paragraph by the layout: left)
    "数贸简报41期(Unicode).txt": dict(items=(7, 7, 7), orgs_p=0.95, orgs_r=0.83, meta=1, figs=(1.00, 1.00)),  # title (w21-X)
    # meta raised (w21-X): the post's byline date (`发布于 2025年9月1日`) gives way to the printed one; `原文链接：X` a source
    "数字贸易简报2025年第8期（总第40期） – 大连市数字贸易协会.htm": dict(items=(7, 7, 7), orgs_p=0.92, orgs_r=0.86, meta=1,
                                                      figs=(1.00, 1.00)),
    # items raised (w21-X): `▌算力视点　COMPUTING VIEW` opens its section, `报：X` over `送：Y（共印85份）` is the record;
    # orgs are scored on matched items, and the item now matched brings its own (DeepSeek, 中国电信 from 中国电信中部智算中心)
    "简报2025-12期(总44)_发会员.doc": dict(items=(7, 7, 7), orgs_p=0.83, orgs_r=0.83, meta=1, figs=(1.00, 1.00)),
    # raised (w22-P): the left sidebar read first and as a unit, the banner bar ending the columns above it, the
    # title wrapped before `2165亿件` one title: items 4 -> 7 of 7; orgs are scored on matched items, and the three
    # items now matched bring their own misses (机器人观察's ten bodies), so orgs fall from 1.00 / 1.00 on four items
    "数字贸易简报 2026年第1期 - 打印.pdf": dict(items=(7, 7, 7), orgs_p=0.93, orgs_r=0.71, meta=1, figs=(1.00, 1.00)),
    "2026-02 数贸简报 第46期【定稿】.docx": dict(items=(7, 7, 7), orgs_p=0.84, orgs_r=0.89, meta=1, figs=(1.00, 1.00)),
    # figs raised (w22-P): the table's rows, split into bands by a long label and a close-set head, are one table,
    # and `文化服务业占…的比重为54.7%` is the share of the table's 文化服务业 row
    "BookScan_0430_0001.pdf": dict(items=(6, 6, 6), orgs_p=0.89, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# A dev set of web pages, Word files and text files in forms not met before (tests/data/drift21/, see its README.md),
# built in wave 21 (w21-W), annotated by hand before the parser ran on it: items F1 0.76 before that wave's fixes (25
# of 35 matched, 31 parsed: `（本刊综合X报道）`, `。——X`, `。[X]` and `（X供稿）` were no sources, so the stories after them
# ran on; an MHTML archive named .html refused; a Notion page's 创建时间 taken for the issue's date; `阅读 1326　点赞 18`
# read as an item); these floors are after them. Left: organisations (robot makers' short names, 松延动力, 京东).
DRIFT21 = {
    "w21-01-wordhtml.htm": dict(items=(5, 5, 5), orgs_p=0.82, orgs_r=0.90, meta=1, figs=(0.0, 0.0)),
    "w21-02-article-aside.html": dict(items=(5, 5, 5), orgs_p=0.83, orgs_r=0.42, meta=1, figs=(0.0, 0.0)),
    "w21-03-frontmatter.md": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=0.80, meta=1, figs=(0.0, 0.0)),
    "w21-04-bom-cr.txt": dict(items=(5, 5, 5), orgs_p=0.67, orgs_r=0.50, meta=1, figs=(0.0, 0.0)),
    "w21-05-onlyoffice.docx": dict(items=(5, 5, 5), orgs_p=0.75, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "w21-06-mhtml.html": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=0.58, meta=1, figs=(0.0, 0.0)),
    "w21-07-notion.html": dict(items=(5, 5, 5), orgs_p=0.82, orgs_r=0.90, meta=1, figs=(0.0, 0.0)),
}
# drift21pdf (tests/data/drift21pdf/README.md, wave 21): five printed and scanned issues in layouts not met before
# (a table split across pages with its head repeated, a 短讯 sidebar with a footnote source, framed modules, a booklet
# spread scanned, a phone photo of CSS columns), annotated by hand before the parser ran on it: items F1 0.85 before
# that wave's fixes (20 of 23 matched, 24 parsed); these floors are after them.
DRIFT21PDF = {
    "d21-01-splittable.pdf": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d21-02-sidebar.pdf": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d21-03-modules.pdf": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d21-04-spread.pdf": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d21-05-photo.pdf": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
}
# The fourteenth held-out set (tests/data/blind14/, see its README.md): six issues, one per shape family, each in a
# variant no earlier set used, annotated by hand by a helper who read no project code and committed (9368a94) before
# anything parsed it; scored once, blind, on main after waves 21 and 22 (3b210f9). These floors are that blind score:
# items F1 0.81 (the .doc whose news is a table, a row a story, 0.63; the .docx with `※` footnote sources 0.67; the
# UTF-16BE text 0.71), figures 0.98 / 0.98.
BLIND14 = {
    # raised (w21-X): `据新浪财经整理` names its outlet and ends the story; `1 前11个月…` is numbered 1
    "数贸简报_2025-03_总35期(UTF-16BE).txt": dict(items=(7, 7, 7), orgs_p=0.92, orgs_r=0.92, meta=1, figs=(1.00, 1.00)),
    "ScanDuplex_20251031_0001.pdf": dict(items=(6, 6, 6), orgs_p=0.92, orgs_r=0.92, meta=1, figs=(0.66, 0.66)),
    "数字贸易简报｜2025年第11期（总第43期）_搜狐.html": dict(items=(7, 7, 7), orgs_p=0.87, orgs_r=0.81, meta=1,
                                              figs=(1.00, 1.00)),
    # raised (w21-X): the news table read a row a story (wordstories.py); left: `报送：协会秘书处` as the 会员快讯's source
    "简报十二月（总44）信息摘报版.doc": dict(items=(6, 7, 7), orgs_p=0.90, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "数字贸易简报-2026年1月号-网页打印.pdf": dict(items=(7, 8, 7), orgs_p=0.73, orgs_r=0.47, meta=1, figs=(1.00, 1.00)),
    # raised (w21-X): a note's own mark (`※`, customMarkFollows) is no part of the paragraph citing it
    "2026年第2期简报（总46）_脚注出处_终稿.docx": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
}
# The fifteenth held-out set (tests/data/blind15/, see its README.md): org-mode text under a .txt name, a scan
# fed sideways with a stamp and pen marks, a 百家号 page, a .doc laid out in one table, a three-column landscape
# print, a Google Docs export; annotated by hand, scored once, blind, on the code the twelfth session started with
# (bench/RESULTS.md, "Fifteenth held-out set").
BLIND15 = {
    # raised (w23-X): org heading tags dropped, drawers read as metadata, #+SUBTITLE/#+DATE as the masthead,
    # AI应用观察 kept in its case; organisations over 8 matched items (the AI story brings 腾讯, 深度求索…)
    # figures once both merged: the org table read as a report's table (w23-X), its bracketed days a period (w23-F)
    "数字贸易简报2026-02（org笔记）.txt": dict(items=(8, 8, 8), orgs_p=0.88, orgs_r=0.94, meta=1, figs=(0.75, 0.66)),
    # raised (w24-P2): `（采编自X）` a source, `No.12025年…` keeps its year, the closing `印发日期：` dates the issue;
    # organisations over 6 matched items now (米哈游 read 米哈, 饿了么 missed in the two stories found)
    "SCN_0107_横向进纸.pdf": dict(items=(6, 6, 6), orgs_p=0.89, orgs_r=0.85, meta=1, figs=(0.71, 0.83)),
    "数字贸易简报2025年第12期（总第44期）-百家号.html": dict(items=(8, 8, 8), orgs_p=0.86, orgs_r=0.90, meta=1,
                                                  figs=(0.91, 0.91)),  # raised (w23-F): shares of a whole listed
    # raised (w23-X): `〔香港01〕`, `〔21世纪经济报道〕` (outlets holding a number) are sources: two stories found;
    # organisations over 8 matched items now, not 6 (0.86 / 0.86 over 6); figures (w23-F): a row dated by its note
    "数贸简报第41期（2025.9）一表通.doc": dict(items=(8, 8, 8), orgs_p=0.82, orgs_r=0.82, meta=1, figs=(0.42, 0.42)),
    # raised (w23-F): `截至10月8日，全年…` the year so far; a year after 超过 the one compared with
    # items raised (w24-P2): the masthead's big centred name read above the three columns, `消息来源 » X`
    "数字贸易简报_2025-10_三栏横版.pdf": dict(items=(8, 8, 8), orgs_p=0.92, orgs_r=0.85, meta=1, figs=(0.28, 0.5)),
    "数字贸易简报 2025年8月（第40期） - Google 文档导出.docx": dict(items=(8, 9, 8), orgs_p=1.00, orgs_r=0.94, meta=1,
                                                          figs=(0.88, 0.88)),  # raised (w23-F): shares of a whole
}
# w23-X's drift set (tests/data/drift23lite/, see its README.md): an org note and a one-table .doc in other
# variants than blind15's, annotated before the parser was changed for blind15.
DRIFT23LITE = {
    "数贸简报2025-07（org导出稿）.txt": dict(items=(4, 4, 4), orgs_p=1.00, orgs_r=0.88, meta=1, figs=(0.0, 0.0)),
    "数贸简报2026年第3期_表格版.doc": dict(items=(3, 3, 3), orgs_p=0.75, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
}
# The sixteenth held-out set (tests/data/blind16/, see its README.md): a forwarded e-mail quoted and hard-wrapped,
# a phone's long screenshot in two slices, a bilibili 专栏 page, a .doc with outline-numbered headings, a slide deck
# printed to PDF, a .docx in two columns with column breaks; annotated by hand, committed before anything parsed
# it, scored once, blind, after the twelfth session's waves 23–24 were merged (bench/RESULTS.md, "Sixteenth held-out set").
BLIND16 = {
    "FW_ 数字贸易简报2025年第9期（总第41期）.txt": dict(items=(7, 8, 7), orgs_p=0.93, orgs_r=0.93, meta=1, figs=(0.70, 0.77)),
    # raised (w25-T): part markers, OCR'd dash frames, centred banners, running lines; orgs recall 0.90: the third
    # 协会动态 item, now found, names 大连海关 inside 大连海关企业管理部门, which the org rules miss
    "Screenshot_20250831_214507_长截图.pdf": dict(items=(6, 7, 7), orgs_p=1.00, orgs_r=0.90, meta=1, figs=(0.85, 1.00)),
    "数字贸易简报 2025年第12期（总第44期） - 哔哩哔哩.html": dict(items=(7, 7, 7), orgs_p=0.88, orgs_r=1.00, meta=1,
                                                       figs=(1.00, 0.87)),  # w25-D: 信息出自：X a source; w25-F: statement lines
    "简报2026-01（总45）大纲编号版.doc": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.85, 0.85)),
    # raised (w25-D): read as slides (pdfdeck.py); orgs recall 1.00 was of the one item matched, 0.92 is of all seven
    "数贸简报第46期_汇报版（幻灯片导出）.pdf": dict(items=(7, 7, 7), orgs_p=0.80, orgs_r=0.92, meta=1, figs=(1.00, 1.00)),
    "2026年第3期简报（总47）-两栏排版.docx": dict(items=(7, 7, 7), orgs_p=0.92, orgs_r=0.92, meta=1,
                                          figs=(0.66, 0.66)),  # raised (w25-D): （消息源：X） a source
}
# drift25deck (tests/data/drift25deck/README.md, wave 25): blind16's deck and column-break shapes in other designs (a 4:3
# deck with the source at the top right and title-only dividers; a three-column .docx with a column break inside a story),
# annotated by hand before the parser was changed: items F1 0.62 (.docx) and 0.14 (deck) before; these floors are after.
DRIFT25DECK = {
    "简报2026年第4期_会议投屏版.pdf": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 0.66)),
    "2026年第4期简报-三栏.docx": dict(items=(8, 8, 8), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(1.00, 0.66)),
}
# Every held-out and drift set: its floors and its folder. A new set adds one line here.
DATA = ROOT / "tests" / "data"
# drift23 (tests/data/drift23/README.md, wave 23): five issues in shapes not met before (a .docx with tracked changes
# and content controls, headings by direct formatting only; setext Markdown with a reference-link and a footnote source;
# a 今日头条 page; Big5 text with `Ⅰ.` titles and `（X）` sources; a government TRS CMS page), annotated by hand before the
# parser ran on it: items F1 0.96 before that wave's fixes (24 of 25 matched), figures 0.46 / 0.46; these floors are after them.
DRIFT23 = {
    "w23-01-tracked.docx": dict(items=(5, 5, 5), orgs_p=0.88, orgs_r=0.88, meta=1, figs=(0.0, 0.0)),
    "w23-02-setext.md": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.5, 0.5)),
    "w23-03-toutiao.html": dict(items=(5, 5, 5), orgs_p=0.75, orgs_r=1.00, meta=1, figs=(1.0, 1.0)),
    "w23-04-big5.txt": dict(items=(5, 5, 5), orgs_p=0.75, orgs_r=0.85, meta=1, figs=(1.0, 1.0)),
    "w23-05-trs-cms.html": dict(items=(5, 5, 5), orgs_p=0.85, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
}
# drift23pdf (tests/data/drift23pdf/README.md, wave 23): five printed and scanned issues in layouts not met before
# (three columns over two pages, a /Rotate 90 landscape page, footnote sources with a pull quote, a table split with no
# head repeated and a photo caption, a grayscale scan fed in landscape under a stamp), annotated by hand before the
# parser ran on it: items F1 0.85 before that wave's fixes (23 of 27 matched); these floors are after them. The scan's
# three misses are the recogniser's misreadings under the stamp (`30余各`, `白本`, `PFlop5`), not its structure.
DRIFT23PDF = {
    "d23-01-threecol.pdf": dict(items=(8, 8, 8), orgs_p=0.83, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d23-02-rotated.pdf": dict(items=(5, 5, 5), orgs_p=0.85, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d23-03-footnotes.pdf": dict(items=(5, 5, 5), orgs_p=1.00, orgs_r=1.00, meta=1, figs=(0.0, 0.0)),
    "d23-04-widetable.pdf": dict(items=(5, 5, 5), orgs_p=0.85, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "d23-05-scanrot.pdf": dict(items=(1, 4, 4), orgs_p=0.80, orgs_r=0.66, meta=1, figs=(0.0, 0.0)),
}
# The seventeenth held-out set (tests/data/blind17/, see its README.md): a GBK text hard-wrapped at 40 characters with its
# date at the foot, a .docx written by LibreOffice from .odt, a 凡科建站 page, an A5 booklet imposed two pages a sheet in
# booklet order, a .doc laid out by tab stops, a grey 150 dpi scan with a photograph; annotated by hand, committed before
# anything parsed it, scored once, blind, after the thirteenth session's wave 25 was merged (bench/RESULTS.md,
# "Seventeenth held-out set").
BLIND17 = {
    "IMG_20250331_0001_灰度150dpi.pdf": dict(items=(7, 7, 7), orgs_p=0.92, orgs_r=1.00, meta=1, figs=(1.00, 1.00)),
    "数字贸易简报2025年第4期(总48).docx": dict(items=(7, 7, 7), orgs_p=0.74, orgs_r=0.77, meta=1, figs=(1.00, 1.00)),
    # raised (development data since): a keyed source right after the last sentence (文章来源：X in a grey span)
    "数字贸易简报2025年第9期 - 大连市数字贸易协会.html": dict(items=(6, 6, 6), orgs_p=0.92, orgs_r=0.84, meta=1,
                                                      figs=(0.62, 0.62)),
    # raised (w25-B): two imposed pages a sheet read as two, in folio order; orgs recall now over six items (日本通运 missed)
    "简报2025-08_A5小册子_骑马钉拼版.pdf": dict(items=(6, 6, 6), orgs_p=1.00, orgs_r=0.90, meta=1, figs=(1.00, 1.00)),
    # raised: the day before 印发 at the foot, a section 智能+观察, 本条据X编发 (tests/test_blind17_text.py)
    "简报2026-01(总57)_GBK_40字折行.txt": dict(items=(7, 7, 7), orgs_p=1.00, orgs_r=0.93, meta=1, figs=(0.50, 0.50)),
    "简报第58期(2026年2月)-WPS.doc": dict(items=(7, 7, 7), orgs_p=0.92, orgs_r=0.84, meta=1, figs=(1.00, 1.00)),
}
GROUPS = [
    (BLIND, UNSEEN),
    (BLIND2, DATA / "blind"),
    (BLIND3, DATA / "blind3"),
    (BLIND4, DATA / "blind4"),
    (BLIND5, DATA / "blind5"),
    (SHAPES8, DATA / "shapes8"),
    (BLIND6, DATA / "blind6"),
    (BLIND7, DATA / "blind7"),
    (BLIND8, DATA / "blind8"),
    (BLIND9, DATA / "blind9"),
    (DRIFT14, DATA / "drift14"),
    (BLIND10, DATA / "blind10"),
    (DRIFT16, DATA / "drift16"),
    (DRIFT16PDF, DATA / "drift16pdf"),
    (BLIND11, DATA / "blind11"),
    (DRIFT18WEB, DATA / "drift18web"),
    (DRIFT18DOC, DATA / "drift18doc"),
    (BLIND12, DATA / "blind12"),
    (DRIFT19D, DATA / "drift19word"),
    (DRIFT19WEB, DATA / "drift19web"),
    (DRIFT19T, DATA / "drift19text"),
    (DRIFT19PDF, DATA / "drift19pdf"),
    (BLIND13, DATA / "blind13"),
    (DRIFT21, DATA / "drift21"),
    (DRIFT21PDF, DATA / "drift21pdf"),
    (BLIND14, DATA / "blind14"),
    (BLIND15, DATA / "blind15"),
    (DRIFT23, DATA / "drift23"),
    (DRIFT23PDF, DATA / "drift23pdf"),
    (DRIFT23LITE, DATA / "drift23lite"),
    (BLIND16, DATA / "blind16"),
    (BLIND17, DATA / "blind17"),
    (DRIFT25DECK, DATA / "drift25deck"),
]
SETS = {n: folder for group, folder in GROUPS for n in group}
FLOORS = {n: floor for group, _ in GROUPS for n, floor in group.items()}
assert len(FLOORS) == sum(len(group) for group, _ in GROUPS), "two held-out files share a name"
SLOW = {"2026-04-scan.pdf": "three pages of OCR: run with JIANBAO_FULL=1",
        "2026-09-scan.pdf": "two pages of OCR: run with JIANBAO_FULL=1",
        "2025-09-photo.pdf": "two pages of OCR: run with JIANBAO_FULL=1",
        "2025-12-fax.pdf": "two pages of OCR: run with JIANBAO_FULL=1",
        "DOC310725-31072025160512.pdf": "three pages of OCR: run with JIANBAO_FULL=1",
        "扫描件_20250630_数字贸易简报第六期.pdf": "three pages of OCR: run with JIANBAO_FULL=1",
        "d14-11-scan.pdf": "a page of OCR: run with JIANBAO_FULL=1",
        "image2025-09-30-093512.pdf": "pages of OCR: run with JIANBAO_FULL=1",
        "高拍仪_20250430_153022.pdf": "pages of OCR: run with JIANBAO_FULL=1",
        "d16-05-phone.pdf": "a page of OCR at 300 dpi: run with JIANBAO_FULL=1",
        "d16-06-lowres.pdf": "a page of OCR: run with JIANBAO_FULL=1",
        "FAX_20260228_0931.pdf": "three pages of OCR: run with JIANBAO_FULL=1",
        "d19-04-seal.pdf": "a page of OCR: run with JIANBAO_FULL=1",
        "d19-05-fax.pdf": "two pages of OCR: run with JIANBAO_FULL=1",
        "BookScan_0430_0001.pdf": "a two-page spread of OCR: run with JIANBAO_FULL=1",
        "d21-04-spread.pdf": "a spread of two pages, OCR: run with JIANBAO_FULL=1",
        "d21-05-photo.pdf": "a page of OCR: run with JIANBAO_FULL=1",
        "ScanDuplex_20251031_0001.pdf": "two pages of OCR: run with JIANBAO_FULL=1",
        "SCN_0107_横向进纸.pdf": "two pages of OCR: run with JIANBAO_FULL=1",
        "d23-05-scanrot.pdf": "a page of OCR, fed in landscape: run with JIANBAO_FULL=1",
        "Screenshot_20250831_214507_长截图.pdf": "a long screenshot in two slices, OCR: run with JIANBAO_FULL=1",
        "IMG_20250331_0001_灰度150dpi.pdf": "a grey scan of two pages, OCR: run with JIANBAO_FULL=1"}


def _case(name: str):
    marks = [pytest.mark.skip(reason=SLOW[name])] if name in SLOW and not os.environ.get("JIANBAO_FULL") else []
    return pytest.param(name, id=name, marks=marks)


def _readable(name: str, cache_dir) -> None:
    """Skip a file this machine cannot read (an old .doc without LibreOffice, a scan without the OCR
    engine). Called before the parse for an old .doc (not converted twice: LibreOffice takes seconds),
    and for the others only once their parse was refused, so that a file is read once when it parses;
    pages recognised by the parse are kept in `cache_dir` and not recognised again here."""
    from search.parse import legacy
    if Path(name).suffix.lower() in legacy.SUFFIXES:
        if legacy.soffice() is None:
            pytest.skip(f"{name} cannot be read here: {legacy.NOT_INSTALLED}")
        return
    try:
        blocks_of(*read_bytes(SETS[name] / name), cache_dir=cache_dir)
    except CorpusError as exc:
        pytest.skip(f"{name} cannot be read here: {exc.reason}")


@pytest.mark.parametrize("name", [_case(n) for n in FLOORS])
def test_held_out_issue_scores_no_worse_than_blind(name, tmp_path):
    from score_parse import score_issue
    from search.parse.parser import parse_file
    from search.parse import legacy
    if Path(name).suffix.lower() in legacy.SUFFIXES:
        _readable(name, tmp_path)
    folder = SETS[name]
    expected = json.loads((folder / f"{Path(name).stem}.expected.json").read_text(encoding="utf-8"))
    blind = FLOORS[name]
    matched, parsed, annotated = blind["items"]
    try:
        issue = parse_file(folder / name, cache_dir=tmp_path)
    except CorpusError as exc:
        _readable(name, tmp_path)  # skipped if the readers cannot read it here; else a refusal of the parse
        assert matched == 0, f"{name} refused: {exc.reason}"  # refused at the blind run: no floor to hold
        return
    s = score_issue(expected, issue)
    print(f"{name}: items {s.matched}/{s.parsed}/{s.expected}, orgs {s.org_precision:.2f}/{s.org_recall:.2f}")
    assert s.expected == annotated
    assert s.matched >= matched and s.f1 >= 2 * matched / (parsed + annotated) - 1e-9
    assert s.org_precision >= blind["orgs_p"] - 0.005 and s.org_recall >= blind["orgs_r"] - 0.005
    assert s.meta_right >= blind["meta"]

    from test_figures import score
    found = series.build({issue.file: {"figures": figures.extract_issue(issue)}})["figures"]
    comparable = [dict(r, file=None, value=None if r["value"] is None else float(r["value"]))
                  for r in found if not r.get("derived")]
    wanted = [dict(r, file=None, value=None if r["value"] is None else float(r["value"]))
              for r in expected["figures"]]
    recall, precision = score(comparable, wanted)
    print(f"{name}: figures recall {recall:.2f}, precision {precision:.2f}")
    assert recall >= blind["figs"][0] and precision >= blind["figs"][1]
