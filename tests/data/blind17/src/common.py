# -*- coding: utf-8 -*-
import os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from content import ISSUES
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.join(ROOT, ".build")
os.makedirs(BUILD, exist_ok=True)
E = html.escape


def sections(iss):
    out = []
    for it in iss["items"]:
        if not out or out[-1][0] != it["section"]:
            out.append((it["section"], []))
        out[-1][1].append(it)
    return out
