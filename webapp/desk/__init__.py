"""The secretariat's desk (`/desk`): sign in, upload, preview, correct, publish, replace, withdraw.

`init_app` sets the desk's configuration (each a `JIANBAO_*` variable), the session cookie
(auth.py), CSRF protection on every POST (Flask-WTF's CSRFProtect), the upload size limit
(MAX_CONTENT_LENGTH, answered with a 413 on the page and in JSON), the proxy to trust, and, with
`PRIVATE`, the members-only guard over the whole archive. Views in views.py; the work is the
library's (search.intake, search.index.publish, search.accounts, search.audit).
"""
from __future__ import annotations

from datetime import timedelta

from flask import request

from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import RequestEntityTooLarge

from search import limits, publishing
from webapp.desk.auth import DeskSessions, ensure_secret_key, members_only
from webapp.desk.views import bp
from webapp.desk.wording import megabytes
from webapp.errors import error_response

DEFAULTS = {
    "INSTANCE": "instance",  # accounts, audit log, session key, staged uploads (JIANBAO_INSTANCE)
    "PRIVATE": False,  # JIANBAO_PRIVATE=1: search, pages, feeds, API and /files need a session
    "UPLOAD_BYTES": limits.UPLOAD_BYTES,
    "SESSION_HOURS": limits.SESSION_HOURS,
    "PROXY": 0,  # how many proxies in front set X-Forwarded-For/-Proto (ProxyFix); 0: trust none
    "PARSE_SECONDS": limits.PARSE_SECONDS,
    "SIGN_IN_WINDOW": limits.SIGN_IN_WINDOW,
    "SIGN_IN_PER_ACCOUNT": limits.SIGN_IN_PER_ACCOUNT,
    "SIGN_IN_PER_ADDRESS": limits.SIGN_IN_PER_ADDRESS,
}

csrf = CSRFProtect()


def init_app(app) -> None:
    cfg = app.config
    for key, value in DEFAULTS.items():
        cfg.setdefault(key, value)
    cfg["INSTANCE"] = str(cfg["INSTANCE"])
    cfg["WITHDRAWN"] = str(cfg.get("WITHDRAWN") or publishing.withdrawn_dir(cfg["CORPUS"]))
    cfg.update(
        MAX_CONTENT_LENGTH=int(cfg["UPLOAD_BYTES"]),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=float(cfg["SESSION_HOURS"])),
        SESSION_COOKIE_NAME="jianbao_session", SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
        SESSION_REFRESH_EACH_REQUEST=True,  # re-signed at each request: the lifetime is an idle time
        WTF_CSRF_TIME_LIMIT=None,  # a token lives as long as its session
        WTF_I18N_ENABLED=False,  # WTForms' own Chinese messages (forms.py), without Babel
    )
    app.session_interface = DeskSessions()

    @app.before_request
    def session_key():  # before CSRFProtect's check, which signs with it; public GETs never need it
        if request.method not in ("GET", "HEAD", "OPTIONS") or request.blueprint == "desk":
            ensure_secret_key(app)

    csrf.init_app(app)
    if int(cfg["PROXY"] or 0) > 0:
        from werkzeug.middleware.proxy_fix import ProxyFix
        n = int(cfg["PROXY"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)
    if cfg["PRIVATE"]:
        app.before_request(members_only)

    @app.errorhandler(CSRFError)
    def csrf_refused(exc):
        return error_response(400, "安全令牌（CSRF）缺失或无效，什么也没有改变：请回到编辑台刷新页面后重试。",
                              {"code": "csrf"})

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(exc):
        size = int(cfg["UPLOAD_BYTES"])
        _drain(2 * size)
        return error_response(413, f"上传的文件太大：一次最多 {megabytes(size)}。", {"code": "too_large", "limit": size})

    app.register_blueprint(bp)


def _drain(most: int) -> None:
    """Read and drop the rest of a refused request's body, up to `most` bytes. A client still
    sending its upload when the 413 comes would otherwise find the connection closed under it
    (a broken pipe) and never show the answer; past `most` it may."""
    stream = request.environ.get("wsgi.input")
    length = request.content_length
    if stream is None or length is None or length > most:
        return
    left = length
    try:
        while left > 0:
            chunk = stream.read(min(left, 1 << 16))
            if not chunk:
                break
            left -= len(chunk)
    except OSError:  # the client went away
        pass
