"""The secretariat's desk in a real browser (Debian's chromium, Playwright) against `jianbao serve`
on a writable copy of the archive: the whole path from signing in to a published, searchable,
withdrawn and restored issue; each way in that must be refused, on its own; and axe-core on the
desk's pages. Screenshots go to test-artifacts/ (and docs/desk-*.png with JIANBAO_UPDATE_SCREENSHOT=1).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

import bombs
from conftest import CORPUS, ROOT, Served

from test_browser import ARTIFACTS, CHROMIUM, PHONE, _axe  # the browser fixture: conftest.py's, shared by the session

NEW = ROOT / "tests" / "data" / "new"
NAME, PASSWORD = "秘书处", "correct horse battery"
LIMIT = 4 * 2**20  # the server's upload limit here (JIANBAO_UPLOAD_BYTES): the bombs fit under it

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM}")
expect.set_options(timeout=30_000)  # what a page shows after an upload waits on a parse: a hung one, not a slow one


@pytest.fixture(scope="module")
def site(tmp_path_factory, index_dir):
    """A writable corpus and index, an instance folder with one account made by `jianbao user add`,
    and `jianbao serve` over them."""
    base = tmp_path_factory.mktemp("desk")
    corpus, index, instance = base / "corpus", base / "index", base / "instance"
    shutil.copytree(CORPUS, corpus)
    shutil.copytree(index_dir, index, symlinks=True)
    made = subprocess.run([sys.executable, "-m", "jianbao", "user", "add", NAME, "--password-stdin",
                           "--instance", str(instance)], input=PASSWORD + "\n", text=True, capture_output=True, cwd=ROOT)
    assert made.returncode == 0, made.stderr
    server = Served(index, corpus, tmp=base, env={"JIANBAO_INSTANCE": str(instance),
                                                  "JIANBAO_UPLOAD_BYTES": str(LIMIT)}).wait_ready()
    server.base, server.corpus, server.instance = base, corpus, instance
    yield server
    server.stop()


def _new_page(browser, **options):
    context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, "locale": "zh-CN", **options})
    page = context.new_page()
    page.set_default_timeout(60000)  # a hung page, not a slow one
    page.console_errors = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    return page


def sign_in(page, site, password: str = PASSWORD):
    page.goto(site.url + "/desk/")
    expect(page).to_have_url(site.url + "/desk/login?next=/desk/")
    page.fill("#name", NAME)
    page.fill("#password", password)
    page.get_by_role("button", name="登录").click()


@pytest.fixture(scope="module")
def session(browser, site) -> dict:
    """A signed-in session (its cookie), made once: each test's page starts signed in with it."""
    page = _new_page(browser)
    sign_in(page, site)
    expect(page.locator("h1")).to_have_text("编辑台")
    state = page.context.storage_state()
    page.context.close()
    return state


@pytest.fixture
def desk(browser, site, session):
    """A page signed in at the desk."""
    page = _new_page(browser, storage_state=session)
    page.goto(site.url + "/desk/")
    expect(page.locator("h1")).to_have_text("编辑台")
    yield page
    page.context.close()


@pytest.fixture(scope="module")
def staged(browser, site, session) -> str:
    """The preview of an upload (for the accessibility checks)."""
    page = _new_page(browser, storage_state=session)
    page.goto(site.url + "/desk/")
    upload(page, str(NEW / "2024-09.md"))
    expect(page.locator("h1")).to_have_text("预览：2024-09.md")
    url = page.url
    page.context.close()
    return url


def upload(page, files) -> None:
    """Choose `files` (paths or {name, mimeType, buffer}) in the upload form and send it."""
    page.set_input_files("#files", files)
    page.get_by_role("button", name="上传并预览").click()


def _shot(page, name: str, doc: str | None = None, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)
    if doc and os.environ.get("JIANBAO_UPDATE_SCREENSHOT"):
        shutil.copyfile(ARTIFACTS / name, ROOT / "docs" / doc)


def corpus_names(site) -> list[str]:
    return sorted(p.name for p in site.corpus.iterdir())


def hits(page, site, query: str) -> list[str]:
    """The titles of the items that match the whole query (the partial matches after them aside)."""
    page.goto(site.url + "/search?q=" + query)
    expect(page.locator(".hit, .empty-title").first).to_be_visible()
    return page.evaluate("""() => {
        const titles = [];
        for (const li of document.querySelectorAll('.hit-list > li')) {
            if (li.classList.contains('divider')) break;
            titles.push(li.querySelector('h3').innerText);
        }
        return titles;
    }""")


# --- the whole path ----------------------------------------------------------------------------

def test_sign_in_upload_preview_correct_publish_find_withdraw_restore(browser, site):
    page = _new_page(browser)
    page.goto(site.url + "/desk/")
    expect(page.locator("h1")).to_have_text("登录编辑台")
    page.fill("#name", NAME)
    page.fill("#password", PASSWORD)
    _shot(page, "desk-login.png", "desk-login.png")
    page.get_by_role("button", name="登录").click()
    expect(page.locator("h1")).to_have_text("编辑台")
    _shot(page, "desk-home.png", "desk-home.png")

    upload(page, str(NEW / "2025-02.docx"))
    expect(page.locator("h1")).to_have_text("预览：2025-02.docx")
    meta = page.locator(".meta-table")
    expect(meta.locator("tr", has_text="年份")).to_contain_text("2025")
    expect(meta.locator("tr", has_text="总期号")).to_contain_text("34")
    expect(meta.locator("tr", has_text="总期号")).to_contain_text("报头")
    expect(page.locator(".items")).to_contain_text("深度求索发布推理大模型DeepSeek-R1")
    expect(page.locator(".items tr", has_text="深度求索发布")).to_contain_text("深度求索官网")
    expect(page.locator("#sections-h")).to_have_text("栏目与资讯（7 条）")
    expect(page.locator("#figures-h")).to_have_text("数据（7 个）")

    page.fill("#total", "35")  # the header says 34: the secretariat corrects it
    page.fill("#date", "2025-02-27")
    page.get_by_role("button", name="保存更正").click()
    expect(page.locator(".flash.info")).to_contain_text("已保存更正")
    expect(meta.locator("tr", has_text="总期号")).to_contain_text("35")
    expect(meta.locator("tr", has_text="总期号")).to_contain_text("更正")
    expect(meta.locator("tr", has_text="出版日期")).to_contain_text("2025-02-27")
    _shot(page, "desk-preview.png", "desk-preview.png")

    page.get_by_role("button", name="发布", exact=True).click()
    published = page.locator(".flash.published")
    expect(published).to_contain_text("已发布“2025-02.docx”：2025年第2期，7 条资讯")
    _shot(page, "desk-published.png", "desk-published.png")
    assert (site.corpus / "2025-02.meta.toml").read_text(encoding="utf-8").endswith("total = 35\ndate = 2025-02-27\n")
    page.get_by_role("link", name="查看这一期").click()
    expect(page.locator(".masthead")).to_contain_text("2025年第2期")
    assert hits(page, site, "深度求索") == ["深度求索发布推理大模型DeepSeek-R1"]

    page.goto(site.url + "/desk/")
    page.get_by_role("button", name="撤下 2025-02.docx").click()
    expect(page.locator(".flash.info")).to_contain_text("已撤下“2025-02.docx”（2025年第2期）")
    assert "2025-02.docx" not in corpus_names(site)
    assert hits(page, site, "深度求索") == []

    page.goto(site.url + "/desk/")
    page.get_by_role("button", name="恢复 2025-02.docx").click()
    expect(page.locator(".flash.published")).to_contain_text("已恢复“2025-02.docx”：2025年第2期，7 条资讯")
    assert hits(page, site, "深度求索") == ["深度求索发布推理大模型DeepSeek-R1"]

    page.goto(site.url + "/desk/log")
    log = page.locator(".log tbody tr")
    assert [r.split("\t")[3] for r in log.all_inner_texts()[:6]] == ["恢复", "撤下", "发布", "更正元数据", "上传", "登录"]
    _shot(page, "desk-log.png", "desk-log.png")
    assert page.console_errors == []
    page.context.close()


def test_files_dropped_on_the_field_are_uploaded(desk):
    text = (NEW / "2025-04.txt").read_bytes()
    data = desk.evaluate_handle("""bytes => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], '2025年第4期.txt', {type: 'text/plain'}));
        return dt;
    }""", list(text))
    desk.dispatch_event(".dropzone", "drop", {"dataTransfer": data})
    expect(desk.locator("h1")).to_have_text("预览：2025年第4期.txt")
    expect(desk.get_by_role("row", name="期号 4 报头")).to_be_visible()


# --- what must be refused, each on its own -------------------------------------------------------

def test_without_a_session_the_desk_asks_to_sign_in_and_changes_nothing(browser, site):
    page = _new_page(browser)
    for path in ("/desk/", "/desk/log", "/desk/replace?file=000_5858f990df9ebe1c.txt"):
        page.goto(site.url + path)
        expect(page.locator("h1")).to_have_text("登录编辑台")
    before = corpus_names(site)
    # a form posted with the sign-in page's own token, but no one signed in
    page.evaluate("""() => {
        const form = document.createElement('form');
        form.method = 'post'; form.action = '/desk/withdraw';
        for (const [k, v] of [['target', '000_5858f990df9ebe1c.txt'],
                              ['csrf_token', document.querySelector('[name=csrf_token]').value]]) {
            const input = document.createElement('input'); input.type = 'hidden'; input.name = k; input.value = v;
            form.append(input);
        }
        document.body.append(form); form.submit();
    }""")
    expect(page).to_have_url(site.url + "/desk/login?next=/desk/withdraw")
    assert corpus_names(site) == before
    page.context.close()


def test_a_wrong_password_is_refused(browser, site):
    page = _new_page(browser)
    sign_in(page, site, password="not the password")
    expect(page.locator(".flash.error")).to_have_text("用户名或密码不对。")
    expect(page.locator("h1")).to_have_text("登录编辑台")
    page.goto(site.url + "/desk/")
    expect(page.locator("h1")).to_have_text("登录编辑台")
    page.context.close()


def test_a_form_without_its_csrf_token_changes_nothing(desk, site):
    name = "000_5858f990df9ebe1c.txt"
    form = desk.locator("form[action='/desk/withdraw']", has=desk.locator(f"input[value='{name}']"))
    form.locator("input[name=csrf_token]").evaluate("el => el.remove()")
    form.get_by_role("button").click()
    expect(desk.locator("h1")).to_have_text("请求有误")
    expect(desk.locator(".error-message")).to_contain_text("安全令牌（CSRF）缺失或无效")
    assert name in corpus_names(site)
    desk.goto(site.url + "/desk/")
    expect(desk.get_by_role("button", name=f"撤下 {name}")).to_be_visible()


def _cookie(site, age: float) -> dict:
    """The session cookie the server would have set `age` seconds ago for the account."""
    from flask.sessions import session_json_serializer
    from itsdangerous import TimestampSigner, URLSafeTimedSerializer

    from search.accounts import Accounts

    class Then(TimestampSigner):
        def get_timestamp(self):
            return int(time.time() - age)
    key = (site.instance / "secret_key").read_text(encoding="ascii")
    value = URLSafeTimedSerializer(key, salt="cookie-session", serializer=session_json_serializer, signer=Then,
                                   signer_kwargs={"key_derivation": "hmac", "digest_method": hashlib.sha1}).dumps(
        {"user": NAME, "stamp": Accounts(site.instance).stamp(NAME), "_permanent": True})
    return {"name": "jianbao_session", "value": value, "url": site.url}


def test_an_expired_session_must_sign_in_again(browser, site):
    page = _new_page(browser)
    page.goto(site.url + "/desk/login")  # the server's session key exists from here on
    page.context.add_cookies([_cookie(site, 60)])
    page.goto(site.url + "/desk/")
    expect(page.locator("h1")).to_have_text("编辑台")  # a minute old: still valid
    page.context.clear_cookies()
    page.context.add_cookies([_cookie(site, 9 * 3600)])  # nine hours without a request
    page.goto(site.url + "/desk/")
    expect(page.locator("h1")).to_have_text("登录编辑台")
    expect(page.locator(".flash.error")).to_contain_text("登录已过期")
    page.context.close()


def test_a_path_in_the_file_name_lands_nowhere_but_the_corpus(desk, site):
    outside = sorted(p.name for p in site.base.iterdir())
    upload(desk, [{"name": "../../../../2024年第7期.txt", "mimeType": "text/plain",
                   "buffer": (NEW / "2024-07.txt").read_bytes()}])
    expect(desk.locator("h1")).to_have_text("预览：2024年第7期.txt")
    expect(desk.locator("p.meta")).to_contain_text("原文件名“../../../../2024年第7期.txt”")
    desk.get_by_role("button", name="发布", exact=True).click()
    expect(desk.locator(".flash.published")).to_contain_text("已发布“2024年第7期.txt”")
    assert (site.corpus / "2024年第7期.txt").read_bytes() == (NEW / "2024-07.txt").read_bytes()
    assert sorted(p.name for p in site.base.iterdir()) == outside
    assert not (site.base.parent / "2024年第7期.txt").exists()


def test_an_oversize_upload_is_refused_before_it_is_sent(desk, site):
    big = {"name": "大文件.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n" + bytes(LIMIT)}
    desk.set_input_files("#files", [big])
    expect(desk.locator("#upload-status")).to_contain_text("文件太大")
    desk.get_by_role("button", name="上传并预览").click()  # the script keeps it from being sent
    expect(desk.locator("#upload-status")).to_contain_text("没有上传")
    assert desk.url == site.url + "/desk/"
    # and the server's own answer, to a client that asks for JSON
    token = desk.locator("form.upload input[name=csrf_token]").input_value()
    answer = desk.request.post(site.url + "/desk/upload", headers={"Accept": "application/json"},
                               multipart={"csrf_token": token, "files": big})
    assert answer.status == 413
    assert answer.json() == {"error": "上传的文件太大：一次最多 4 MB。", "code": "too_large", "limit": LIMIT}


def test_without_javascript_the_forms_work_and_an_oversize_upload_gets_a_413_page(browser, site, session):
    page = _new_page(browser, java_script_enabled=False, storage_state=session)
    page.goto(site.url + "/desk/")
    upload(page, [{"name": "2024年第11期.pdf", "mimeType": "application/pdf", "buffer": (NEW / "2024-11.pdf").read_bytes()}])
    expect(page.locator("h1")).to_have_text("预览：2024年第11期.pdf")
    page.get_by_role("button", name="放弃这份文件").click()
    expect(page.locator(".flash.info")).to_have_text("已放弃“2024年第11期.pdf”（没有发布）。")
    upload(page, [{"name": "大文件.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n" + bytes(LIMIT)}])
    expect(page.locator("h1")).to_have_text("文件太大")
    expect(page.locator(".error-message")).to_have_text("上传的文件太大：一次最多 4 MB。")
    page.context.close()


def test_an_issue_is_replaced_by_a_corrected_file(desk, site):
    old = "003_6380abd4b066d88c.txt"
    text = (site.corpus / old).read_text(encoding="utf-8")
    corrected = text.replace("【数据月报】", "【数据月报】\n（更正版）", 1)
    desk.get_by_role("link", name=f"替换 {old}").click()
    expect(desk.locator("h1")).to_have_text("替换 2024年第5期")
    upload(desk, [{"name": "2024年第5期（更正）.txt", "mimeType": "text/plain", "buffer": corrected.encode("utf-8")}])
    expect(desk.locator("h1")).to_have_text("预览：003_6380abd4b066d88c.txt")  # the name of the file it replaces
    desk.get_by_role("button", name=f"替换 {old} 并发布").click()
    expect(desk.locator(".flash.published")).to_contain_text(f"已发布“{old}”：2024年第5期，10 条资讯（替换了 {old}")
    assert (site.corpus / old).read_text(encoding="utf-8") == corrected
    expect(desk.get_by_role("button", name=f"恢复 {old}")).to_be_visible()  # the old one, kept
    kept = [p for p in (site.base / "withdrawn").glob(f"*/{old}")]
    assert [p.read_text(encoding="utf-8") for p in kept] == [text]


def test_content_already_in_the_archive_is_recognised(desk, site):
    same = (site.corpus / "004_564c34face9b9b2b.txt").read_bytes()
    upload(desk, [{"name": "六月号.txt", "mimeType": "text/plain", "buffer": same}])
    expect(desk.locator("h1")).to_have_text("预览：六月号.txt")
    expect(desk.locator(".flash.error")).to_contain_text("与已收录的 004_564c34face9b9b2b.txt 完全相同")
    expect(desk.get_by_role("button", name="发布", exact=True)).to_have_count(0)
    desk.goto(site.url + "/desk/")
    expect(desk.locator("section[aria-labelledby=staged-h] tr", has_text="六月号.txt")).to_contain_text("内容重复")


def test_a_type_disguised_by_its_name_is_judged_by_its_content(desk, site):
    upload(desk, [{"name": "2025年第2期.pdf", "mimeType": "application/pdf",
                   "buffer": b"<!DOCTYPE html><html><script>alert(1)</script></html>"}])
    expect(desk.locator(".flash.error")).to_contain_text("拒收“2025年第2期.pdf”：这是网页（HTML/XML）文件，不是简报")
    upload(desk, [{"name": "简报.txt", "mimeType": "text/plain", "buffer": (NEW / "2025-02.docx").read_bytes()}])
    expect(desk.locator("h1")).to_have_text("预览：简报.docx")
    expect(desk.locator(".flash.warn").first).to_contain_text("按内容看它是 Word")
    assert "简报.docx" not in corpus_names(site) and "2025年第2期.pdf" not in corpus_names(site)


@pytest.mark.parametrize("name, make, message", [
    ("2024年第5期.docx", bombs.zip_bomb_docx, "Word 文件解压后大得异常（疑似压缩炸弹），已拒收"),
    ("2024年第6期.pdf", bombs.pdf_bomb, "PDF 里的压缩数据解压后大得异常（疑似 PDF 炸弹），已拒收"),
    ("一万页.pdf", bombs.many_pages_pdf, "PDF 页数太多，不像一期简报（最多 500 页），已拒收"),
])
def test_a_bomb_is_refused_and_the_server_carries_on(desk, site, name, make, message):
    before = corpus_names(site)
    upload(desk, [{"name": name, "mimeType": "application/octet-stream", "buffer": make()}])
    expect(desk.locator("h1")).to_have_text(f"预览：{name}")
    expect(desk.locator(".flash.error")).to_contain_text(message)
    expect(desk.locator("#refused-h")).to_have_text("无法收录")
    assert corpus_names(site) == before
    assert desk.request.get(site.url + "/healthz").json()["status"] == "ok"


# --- accessibility -------------------------------------------------------------------------------

def _desk_pages(site, staged) -> dict[str, str]:
    """The desk's pages, one of each (the sign-in page apart)."""
    return {"desk": site.url + "/desk/", "preview": staged, "log": site.url + "/desk/log",
            "replace": site.url + "/desk/replace?file=003_6380abd4b066d88c.txt"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_the_desk(browser, site, session, staged, scheme):
    page = _new_page(browser, color_scheme=scheme, bypass_csp=True, storage_state=session)
    found = {}
    for name, url in _desk_pages(site, staged).items():
        page.goto(url)
        assert page.locator("h1").count() == 1, name
        found[name] = _axe(page)
    page.context.close()
    anonymous = _new_page(browser, color_scheme=scheme, bypass_csp=True)
    anonymous.goto(site.url + "/desk/login")
    found["login"] = _axe(anonymous)
    anonymous.context.close()
    assert {name: v for name, v in found.items() if v} == {}


def test_axe_finds_no_violation_on_the_desk_on_a_phone(browser, site, session, staged):
    page = _new_page(browser, **PHONE, bypass_csp=True, storage_state=session)
    found = {}
    for name, url in _desk_pages(site, staged).items():
        page.goto(url)
        found[name] = _axe(page)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), name
        small = page.evaluate("""() => Array.from(document.querySelectorAll('main button, main input:not([type=hidden])'))
            .filter(el => el.offsetParent !== null)
            .map(el => [el.textContent.trim().slice(0, 20), el.getBoundingClientRect().height])
            .filter(([, h]) => h < 44)""")
        assert small == [], name  # every control as easy to hit as the search page's
    page.goto(site.url + "/desk/")
    _shot(page, "desk-phone.png", "desk-phone.png", full_page=False)
    page.context.close()
    login = _new_page(browser, **PHONE, bypass_csp=True)
    login.goto(site.url + "/desk/login")
    found["login"] = _axe(login)
    login.context.close()
    assert {name: v for name, v in found.items() if v} == {}
