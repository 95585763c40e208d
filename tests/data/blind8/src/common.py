# -*- coding: utf-8 -*-
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(OUT, ".pylib"))
from content import BY_KEY, FILES

def items_by_section(iss):
    secs = []
    for it in iss["items"]:
        if not secs or secs[-1][0] != it["section"]:
            secs.append((it["section"], []))
        secs[-1][1].append(it)
    return secs

def out_path(key):
    return os.path.join(OUT, FILES[key])

CN_NUM = "一二三四五六七八九十"
