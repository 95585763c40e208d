"""The desk over HTTP (Flask's test client): what the browser tests do not see. The session
cookie's flags (Secure over https, also behind a trusted proxy), sign-in limits per account, the
session ending with its account, CSRF on every change, the upload limit in JSON, safe redirects,
and the members-only archive."""
from __future__ import annotations

import re
import shutil
import time

import pytest

from conftest import CORPUS
from search.accounts import Accounts
from search.audit import AuditLog

PASSWORD = "correct horse battery"


@pytest.fixture
def desk(tmp_path, index_dir):
    corpus, index, instance = tmp_path / "corpus", tmp_path / "index", tmp_path / "instance"
    shutil.copytree(CORPUS, corpus)
    shutil.copytree(index_dir, index, symlinks=True)
    Accounts(instance).add("秘书处", PASSWORD)

    def make(**config):
        from webapp import create_app
        return create_app({"INDEX": str(index), "CORPUS": str(corpus), "INSTANCE": str(instance), **config})
    make.instance, make.corpus = instance, corpus
    return make


def token(response) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', response.get_data(as_text=True)).group(1)


def sign_in(client, name="秘书处", password=PASSWORD, base_url="http://localhost", headers=None):
    """Sign in as a browser does: the form's token, and (as over https CSRFProtect demands) the
    page as the Referer."""
    headers = {"Referer": f"{base_url}/desk/login", **(headers or {})}
    page = client.get("/desk/login", base_url=base_url, headers=headers)
    return client.post("/desk/login", data={"name": name, "password": password, "csrf_token": token(page)},
                       base_url=base_url, headers=headers)


def test_the_session_cookie_is_httponly_samesite_and_secure_over_https(desk):
    client = desk().test_client()
    cookie = sign_in(client).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert "Expires=" in cookie  # a permanent session, for SESSION_HOURS
    secure = desk().test_client()
    cookie = sign_in(secure, base_url="https://localhost").headers["Set-Cookie"]
    assert "Secure" in cookie


def test_behind_a_trusted_proxy_the_forwarded_scheme_and_address_count(desk):
    client = desk(PROXY=1).test_client()
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9", "Referer": "https://localhost/desk/login"}
    cookie = sign_in(client, headers=headers).headers["Set-Cookie"]
    assert "Secure" in cookie
    assert AuditLog(desk.instance).recent(1)[0]["from"] == "203.0.113.9"
    # without PROXY the same headers are not believed
    sign_in(desk().test_client(), headers=headers)
    assert AuditLog(desk.instance).recent(1)[0]["from"] == "127.0.0.1"


def test_sign_in_attempts_are_limited_per_account(desk):
    client = desk().test_client()
    for _ in range(5):
        assert sign_in(client, password="wrong password!").status_code == 401
    refused = sign_in(client)  # the right password, too late
    assert refused.status_code == 429 and "登录尝试次数过多" in refused.get_data(as_text=True)
    assert [e["action"] for e in AuditLog(desk.instance).recent(2)] == ["sign-in-refused", "sign-in-failed"]
    other = Accounts(desk.instance)
    other.add("编辑", PASSWORD)
    assert sign_in(client, name="编辑").status_code == 302  # another account from the same address


def test_sign_in_attempts_are_limited_per_address(desk):
    client = desk(SIGN_IN_PER_ADDRESS=3).test_client()
    for name in ("a", "b", "c"):
        sign_in(client, name=name, password="wrong password!")
    assert sign_in(client).status_code == 429


def test_a_session_ends_when_its_password_changes(desk):
    client = desk().test_client()
    sign_in(client)
    assert client.get("/desk/").status_code == 200
    Accounts(desk.instance).set_password("秘书处", "a new long password")
    assert client.get("/desk/").headers["Location"].startswith("/desk/login")


def test_no_change_without_a_session_or_a_csrf_token(desk):
    client = desk().test_client()
    name = "000_5858f990df9ebe1c.txt"
    assert client.post("/desk/withdraw", data={"target": name}).status_code == 400  # no token: CSRF first
    page = client.get("/desk/login")
    no_session = client.post("/desk/withdraw", data={"target": name, "csrf_token": token(page)})
    assert no_session.headers["Location"].startswith("/desk/login")
    sign_in(client)
    refused = client.post("/desk/withdraw", data={"target": name})
    assert refused.status_code == 400 and "CSRF" in refused.get_data(as_text=True)
    forged = client.post("/desk/withdraw", data={"target": name, "csrf_token": "forged"})
    assert forged.status_code == 400
    assert (desk.corpus / name).exists()
    api = client.post("/desk/withdraw", data={"target": name}, headers={"Accept": "application/json"})
    assert api.status_code == 400 and api.json["code"] == "csrf"


def test_an_oversize_upload_is_a_413_in_json(desk):
    app = desk(UPLOAD_BYTES=1024)
    client = app.test_client()
    sign_in(client)
    page = client.get("/desk/")
    answer = client.post("/desk/upload", data={"csrf_token": token(page), "files": [(__import__("io").BytesIO(b"x" * 4096), "big.txt")]},
                         headers={"Accept": "application/json"})
    assert answer.status_code == 413
    assert answer.json == {"error": "上传的文件太大：一次最多 1 KB。", "code": "too_large", "limit": 1024}


def test_the_default_upload_limit_is_50_mb(desk):
    assert desk().config["MAX_CONTENT_LENGTH"] == 50 * 2**20


def test_sign_in_returns_only_to_this_site(desk):
    client = desk().test_client()
    page = client.get("/desk/login?next=//evil.example/x")
    answer = client.post("/desk/login", data={"name": "秘书处", "password": PASSWORD, "csrf_token": token(page),
                                              "next": "//evil.example/x"})
    assert answer.headers["Location"] == "/desk/"
    client = desk().test_client()
    page = client.get("/desk/login?next=/desk/log")
    answer = client.post("/desk/login", data={"name": "秘书处", "password": PASSWORD, "csrf_token": token(page),
                                              "next": "/desk/log"})
    assert answer.headers["Location"] == "/desk/log"


def test_an_upload_answers_in_json_when_asked(desk):
    client = desk().test_client()
    sign_in(client)
    page = client.get("/desk/")
    data = (CORPUS / "004_564c34face9b9b2b.txt").read_bytes()
    answer = client.post("/desk/upload", headers={"Accept": "application/json"},
                         data={"csrf_token": token(page), "files": [(__import__("io").BytesIO(data), "a/../x.txt")]})
    [upload] = answer.json["uploads"]
    assert (upload["name"], upload["usable"], upload["issue"]) == ("x.txt", True, "2024-06")
    assert upload["duplicates"] == {"same_content": ["004_564c34face9b9b2b.txt"], "same_issue": ["004_564c34face9b9b2b.txt"]}


def test_the_members_only_archive_needs_a_session(desk):
    client = desk(PRIVATE=1).test_client()
    assert client.get("/search?q=服务外包").headers["Location"].startswith("/desk/login?next=/search")
    api = client.get("/api/search?q=服务外包")
    assert api.status_code == 401 and api.json["code"] == "sign_in_required"
    for path in ("/search.atom?q=服务外包", "/files/000_5858f990df9ebe1c.txt", "/issues", "/figures.csv"):
        assert client.get(path).status_code == 302, path
    assert client.get("/healthz").status_code == 200
    assert "共收录" not in client.get("/desk/login").get_data(as_text=True)  # nothing of what it holds
    sign_in(client)
    assert client.get("/api/search?q=服务外包").json["total"] > 0
    assert client.get("/files/000_5858f990df9ebe1c.txt").status_code == 200
    # by default the archive is public and public pages set no cookie
    public = desk().test_client()
    answer = public.get("/search?q=服务外包")
    assert answer.status_code == 200 and "Set-Cookie" not in answer.headers


def test_an_expired_session_is_told_from_none(desk):
    from itsdangerous import TimestampSigner, URLSafeTimedSerializer
    from flask.sessions import session_json_serializer
    import hashlib

    app = desk()
    client = app.test_client()
    client.get("/desk/login")  # makes the session key
    key = (desk.instance / "secret_key").read_text()

    def cookie(age: float) -> str:
        class Then(TimestampSigner):
            def get_timestamp(self):
                return int(time.time() - age)
        serializer = URLSafeTimedSerializer(key, salt="cookie-session", serializer=session_json_serializer,
                                            signer=Then, signer_kwargs={"key_derivation": "hmac",
                                                                        "digest_method": hashlib.sha1})
        return serializer.dumps({"user": "秘书处", "stamp": Accounts(desk.instance).stamp("秘书处"), "_permanent": True})

    client.set_cookie("jianbao_session", cookie(60))
    assert client.get("/desk/").status_code == 200  # a minute old: signed in
    client.set_cookie("jianbao_session", cookie(9 * 3600))
    answer = client.get("/desk/")
    assert answer.headers["Location"] == "/desk/login?next=/desk/&expired=1"
    api = client.get("/desk/", headers={"Accept": "application/json"})
    assert api.status_code == 401 and api.json["code"] == "session_expired"
