# -*- coding: utf-8 -*-
import os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES, BY_KEY, FILES
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
CN_NUM = "〇一二三四五六七八九十"

def sections(iss):
    """[(section, [items])] in document order."""
    out = []
    for it in iss["items"]:
        if not out or out[-1][0] != it["section"]:
            out.append((it["section"], []))
        out[-1][1].append(it)
    return out

def zh_date(iso):
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"

def esc(s):
    return html.escape(s, quote=False)
