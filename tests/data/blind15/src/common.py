# -*- coding: utf-8 -*-
"""Small helpers shared by the generators (layout only; the truth is in content.py)."""
import os, sys, html, subprocess, threading, http.server, functools, socketserver
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


def chromium_print(html_name, pdf_path):
    """Print BUILD/html_name with headless Chromium, served over http://127.0.0.1:<random port>
    (no machine path can reach the PDF); browser header/footer off."""
    class Q(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a): pass
    srv = socketserver.TCPServer(("127.0.0.1", 0), functools.partial(Q, directory=BUILD))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", f"http://127.0.0.1:{srv.server_address[1]}/{html_name}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        srv.shutdown()
