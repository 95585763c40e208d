# -*- coding: utf-8 -*-
"""Small helpers shared by the generators (layout only; the truth is in content.py)."""
import os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.join(ROOT, ".build")
os.makedirs(BUILD, exist_ok=True)
E = html.escape


def sections(iss):
    """[(section, [items])] in document order."""
    out = []
    for it in iss["items"]:
        if not out or out[-1][0] != it["section"]:
            out.append((it["section"], []))
        out[-1][1].append(it)
    return out


def html_body(blocks, ptag='<p>{}</p>', table=None):
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            out.append(table(b[1], b[2]) if table else "")
        else:
            out.append(ptag.format(E(b)))
    return "\n".join(out)
