# -*- coding: utf-8 -*-
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BUILD = os.path.join(OUT, ".build")
sys.path.insert(0, HERE)
from content import ISSUES, FILES
def issue(key):
    return [i for i in ISSUES if i["key"] == key][0]
def out(key):
    return os.path.join(OUT, FILES[key])
def sections(iss):
    """[(section, [items])] in order"""
    res = []
    for it in iss["items"]:
        if not res or res[-1][0] != it["section"]:
            res.append((it["section"], []))
        res[-1][1].append(it)
    return res
