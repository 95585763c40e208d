"""The forms a source is written in: the keys (来源, 信源, 摘自 …), the marks that set key and outlet apart,
and the patterns of whole source lines, bracketed tails, signed endings and bylines (sources.py reads
them; the patterns are kept here so that module holds the reading, not the grammar).
"""
from __future__ import annotations

import re

from search import vocab
from search.parse.uniclass import symbols

# 摘自《人民日报》; an editor's credit before the verb (`本刊综合整理自X`, `编辑部编译自X`, `本报整理自X`)
FROM = (r"(?:本文|文章|内容|本刊|本报|本网|本台|本期|编辑部|编者)?(?:综合)?(?:整理|编辑|编写)?"
         r"(?:[\u4e00-\u9fff]?编译?自|[\u4e00-\u9fff]?译自|摘自|转载自|转引自|转自|综合自|整理自|编辑自|选自|引自)")
# (`摘编自`, `采编自`, `选编自`, `汇编自`, `摘译自`, `选译自`: any word of gathering or choosing before 编自 or 译自)
# 来源 may carry a word naming what kind of source it is (`来源媒体：X`, `来源网站：X`, `来源单位：X`):
# one or two characters between the key and a colon, the colon required so no sentence (来源于…) is one.
KIND = r"(?:[\u4e00-\u9fff]{1,2}(?=\s*[：:]))?"
# The "reference" family (data/sources.txt): a word of consulting or citing and what kind of reference
# it is, or a word of what was taken and its kind (`参考来源：X`, `参考资料：X`, `参阅：X`, `素材出处：X`).
REF_KINDS = vocab.alternation(vocab.words("sources", "reference-kinds"))
REFERENCE = (rf"(?:(?:{vocab.alternation(vocab.words('sources', 'reference-heads'))})(?:{REF_KINDS}){{0,2}}"
              rf"|(?:{vocab.alternation(vocab.words('sources', 'reference-takes'))})(?:{REF_KINDS}){{1,2}})")
# The "link" family: where the original is to be found, named (`原文链接：<a>21世纪经济报道</a>`, `原文地址：人民网`);
# a bare address after it names no outlet (`_unaddressed` leaves nothing).
LINK = r"(?:原文|原帖|原稿|文章|新闻|稿件|出处|来源)(?:链接|地址|网址|(?i:url))"
# A word for the piece itself: `本文来源于X` speaks of this text, not of anything it reports (`收入来源于…`).
PIECE = r"(?:本文|本条|本则|本篇|文章|稿件|新闻|消息|内容|正文|原文)"
# A word of what was reported and a word of where it came from, before a colon: `消息源：X`, `新闻源：X`,
# `资讯提供：X`, `信息提供方：X`, `内容出自：X`. The colon is required: without it these are words of a sentence.
SUPPLY = r"(?:消息|信息|资讯|新闻|稿件|内容|素材|资料)(?:源|提供方?|出自)(?=\s*[：:])"
# A word for what the piece gives (`信息出自：X`, `资料来源：X`): a key led by one speaks of the piece too.
ABOUT = rf"(?:{PIECE}|信息|资料|图文|文字)"
KEYS = (rf"(?:(?:{ABOUT}|数据)?来源{KIND}|{SUPPLY}|信源|稿源|{FROM}|出处"
         rf"|{REFERENCE}|{LINK}|(?i:source)s?)")  # 信源：X
# A dash lead-in: ——来源：X (or 一来源：X, the dash as a recogniser reads it); or a bar framing the key
# (`|来源| X`, the bar after it a separator)
LEAD = r"[—\-–－~～一|｜│┃]*\s*"
OPEN = r"[（(\[【〔［]"
CLOSE = r"[）)\]】〕］]"
BAR = "|｜丨│┃"  # any upright bar sets key and outlet apart (`来源丨新京报`, 丨 the bar phones type)
DOT = "·・•‧∙⋅"  # so does a middle dot or bullet, as a web page's chip writes it (`来源 · 人民网`)
# Any arrow, sign or dash glyph sets them apart too (`来源＝X`, `来源▶X`, `来源→X`, `来源-X`): by its
# Unicode class (math sign, other symbol, dash), no list of glyphs; brackets and quotes are not in it.
SIGNS = symbols(("Sm", "So", "Pd"), leave="《》〈〉")
# So does a quotation glyph that closes nothing after it (`消息来源 » X`, `来源›X`): one that opens or
# closes a pair on the line (`来源“多元化”`) quotes words and sets nothing apart.
QUOTES = symbols(("Pi", "Pf"))
POINTER = rf"[{QUOTES}](?![^{QUOTES}]*[{QUOTES}])"
SEP = rf"\s*(?:[：:／/{BAR}{DOT}{SIGNS}]|{POINTER})+\s*"
NESTED = r"[^（）()]*?(?:[（(][^（）()]*[）)][^（）()]*?)*"  # an outlet may hold brackets: 中国（大连）网
OUTLET = r"[^，。；,;]{1,40}"
# Who reported, said as a kind and not a name: media in general (`媒体`, `多家媒体`, `外媒`), what is public (`公开`)
UNNAMED = re.compile(r"(?:(?<!传)媒体?|公开|网络|网友)$")  # 财新传媒 is a name
# An editor's credit may come before the word of whose report it is (`本刊综合X报道`, `本报据X消息`).
EDITOR = r"(?:本刊|本报|本网|本台|本站|编辑部|编者)"
# A line that only says whose report the story is: 据X消息, 据X报道, 根据X报道整理, 综合X报道 (no more on it)
HEARSAY = rf"(?:{EDITOR}\s*)?(?:根?据|综合|摘编|编译)\s*(?P<e>[^，。；,;：:\s（）()]{{2,30}}?)\s*(?:的)?(?:消息|报道|报导|电讯)(?:整理|编辑|综合|编写)?"
# A line may end as a sentence does, and a note may date its outlet: `来源：新华社，2026年3月5日。`
END = r"(?:\s*[，,]\s*\d{4}\s*[年./-][\d\s月日./-]*日?)?\s*[。.]?$"
LINE = re.compile(
    rf"^{LEAD}{OPEN}\s*{KEYS}[于自]?(?:{SEP}|\s*)(?P<a>{NESTED})\s*{CLOSE}$"  # （来源：X） 【来源：X】 〔稿源于 X〕
    rf"|^{LEAD}{OPEN}\s*{KEYS}\s*{CLOSE}(?:{SEP}|\s*)(?P<b>{OUTLET}){END}"  # 【来源】X
    rf"|^{LEAD}{KEYS}{SEP}(?P<c>{OUTLET}){END}"  # 来源：X  ——来源：X  来源/X  来源：X。
    rf"|^{LEAD}{FROM}\s*(?P<d>{OUTLET}){END}"  # 摘自《X》 转自X
    rf"|^{LEAD}{OPEN}?\s*{HEARSAY}{CLOSE}?{END}"  # 据X消息 根据X报道整理 （综合X报道）
    rf"|^{LEAD}{KEYS}(?:(?<=来源)[于自])?(?![于自])[ \t\u3000\xa0]*(?P<f>[^，。；,;！？!?\s][^，。；,;！？!?]{{1,39}}){END}")  # 来源　X, 来源于X: an outlet's name (below); not 稿源于X on a plain line (published_line)
TAIL = re.compile(rf"{OPEN}\s*{KEYS}\s*[：:]?\s*(?P<a>[^（）()【】]{{1,40}}?)\s*{CLOSE}$"
                   rf"|[—－一]{{1,2}}\s*{KEYS}{SEP}(?P<b>[^，。；,;（）()]{{1,40}})$"
                   # or right after the last sentence's end, keyed with a colon (`…蓝皮书。　文章来源：21世纪经济报道`)
                   rf"|(?<=[。！？!?”’」』])\s*{KEYS}\s*[：:]\s*(?P<c>[^，。；,;（）()：:]{{1,40}})$")
# Whose report it is, in round brackets after the text, with no key: `（香港中通社报道）`, `（新华社电）`, `（据经济通消息）`:
# a name in an outlet's shape (outlet_shaped) and a word of reporting.
REPORTED = re.compile(rf"[（(]\s*(?:{EDITOR}?\s*(?:根?据|综合))?\s*(?!根?据|综合)(?P<a>[^（）()，。；,;：:\s]{{2,14}}?)\s*"
                       rf"(?:报道|报导|消息|电讯|电)\s*[）)]$")
# An outlet after the text's last sentence with no key: after a dash (`。——新京报`), in square or lenticular
# brackets (`。[澎湃新闻]`, `。〔南方日报〕`), or `（据X）` where X is named as a medium is (`。（据封面新闻）`).
SIGNED = re.compile(r"(?<=[。！？!?…”」』])\s*(?:[—－]{2}\s*(?P<a>[^—－\s][^，。；,;：:！？!?]{1,19}?)"
                     r"|[\[［〔【]\s*(?P<b>[^\[\]［］〔〕【】]{2,14}?)\s*[\]］〕】]"
                     r"|[（(]\s*据\s*(?P<m>[^（）()，。；,;：:\s]{2,14}?)\s*[）)])\s*$")
# An outlet that supplied the copy, alone on a line: `（钜亨网供稿）`, `新华网供稿`; named as a medium is, not a person.
SUPPLIED = re.compile(rf"^{OPEN}?\s*(?P<a>[^（）()，。；,;：:\s]{{2,14}}?)\s*供稿\s*{CLOSE}?\s*[。.]?$")
# Whose report it is, alone on a line with no word of reporting: `据新华社`, `（据新华社）`, `——据中国新闻网`; X named as a
# medium is (`据统计`, `据了解`, `据海关总署` cite no outlet).
BY = re.compile(rf"^{LEAD}{OPEN}?\s*根?据\s*(?P<a>[^（）()，。；,;：:\s]{{2,14}}?)\s*{CLOSE}?\s*[。.]?$")
# A byline: the outlet, a slash or a bar, and who wrote or edited it (`央视新闻客户端 / 记者 李晶晶`, `钜亨网｜编译 陈韦廷`).
BYLINE = re.compile(rf"^(?P<a>[^，。；,;：:／/{BAR}]{{2,14}}?)\s*[／/{BAR}]\s*(?:记者|编译|编辑|撰稿|作者|文|通讯员)\s*[：:]?\s*"
                     rf"[\u4e00-\u9fff·]{{2,4}}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{{2,4}})*\s*$")
# Who wrote the copy, alone after it: `（文/X）`, `文｜X`. A person's name is two or three characters
# (`文/张三` names the writer, no source); an outlet's is longer or ends as a medium's does (`文/天空财经`).
WRITTEN = re.compile(r"^[（(]?\s*(?:文|撰文|供稿)\s*[／/|｜丨]\s*(?P<a>[^（）()，。；,;：:\s／/]{2,14})\s*[）)]?\s*[。.]?$")
# ——新华社, or 新华社 alone, set to the right (not a date: `2025年7月31日` signs a notice)
ATTRIBUTION = re.compile(r"^(?:[—－]{1,2}\s*)?(?!.*\d\s*[年月日./-])(?P<a>[^，。；,;：:\s！？!?]{2,20})$")
# 新华网 2024-07-01; a paper's day and page after it: 人民日报（2026年01月02日 02版）
DATED = re.compile(r"\s*[（(]?\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s*第?\s*\d{1,3}\s*版)?\s*[）)]?$")
# An outlet named alone in round brackets: a short name (no digits, no punctuation) that no word of
# an editor's note, a credit or a version is in (data/sources.txt).
NAMES = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·、《》“”&\s-]{2,24}")  # a name or names, no sentence: `第一财经`
OUTLET_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z·]{2,12}$")
NOT_OUTLET = re.compile(vocab.alternation(vocab.words("sources", "not-outlets")))
BRACKETED = re.compile(r"^[（(]\s*(?P<a>[^（）()]{2,14}?)\s*[）)]$")
SHELLED = re.compile(r"^[〔［]\s*(?P<a>[^〔〕［］]{2,14}?)\s*[〕］]$")
TITLE_OUTLET = re.compile(r"^(?P<rest>.*\S)\s*[（(【〔［\[]\s*(?P<a>[^（）()【】]{2,14}?)\s*[）)】〕］\]]$")
# A dateline opening a story: the outlet, the place, the day and 电 (`新华社北京3月5日电`, `中新网上海5月
# 8日电`), a credit in brackets after it (`（记者周圆　张晓洁）`). The outlet ends as a medium's name does.
DATELINE = re.compile(r"^(?P<a>[\u4e00-\u9fffA-Za-z]{1,10}?(?:通讯社|社|网|报|台))"
                       r"[\u4e00-\u9fff]{0,8}?\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|讯)"
                       r"\s*(?:[（(][^（）()]{1,30}[）)])?\s*")
STARTS = re.compile(rf"^{LEAD}{OPEN}?\s*{KEYS}\s*(?:[：:／/{BAR}{DOT}{SIGNS}]|{CLOSE}|$)")


# A web address after the outlet (`新华社（http://www.news.cn/）`, `经济日报 www.ce.cn`) is no part of it
URL = re.compile(r"\s*[（(]?\s*(?:https?://|www\.)[\x21-\x7e]*?\s*[）)]?\s*$", re.I)
# nor is a reporter's credit after it without a colon (`经济通 记者 黄燕明`, `新华社记者张三、李四`)
REPORTER = re.compile(r"\s*(?:特约|实习|首席|本报|本台)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}"
                       r"(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4})*\s*$")
