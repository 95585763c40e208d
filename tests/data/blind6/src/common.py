# -*- coding: utf-8 -*-
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ISSUES
from annotations import FILES
OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SECTION_ORDER = lambda iss: list(dict.fromkeys(it["section"] for it in iss["items"]))
def by_section(iss):
    out = []
    for s in SECTION_ORDER(iss):
        out.append((s, [it for it in iss["items"] if it["section"] == s]))
    return out
def w(s):  # display width
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
def pad(s, n):
    return s + " " * (n - w(s))
