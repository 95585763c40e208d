"""Who is at the desk: the session cookie, sign-in and sign-out, and the members-only guard.

The session is Flask's signed cookie: HttpOnly, SameSite=Lax, Secure when the request came over
https (directly, or through a proxy the app is told to trust: `JIANBAO_PROXY`), re-signed at each
request and refused once it is older than `SESSION_HOURS` (so it ends after that long idle). Its
key is made on first use and kept in the instance folder (`secret_key`, mode 0600). A session
carries the account's name and a stamp of its password hash: changing the password or removing
the account (`jianbao user …`) ends its sessions at once.
"""
from __future__ import annotations

import functools
import secrets
import time
from urllib.parse import urlsplit

from flask import (current_app, flash, g, redirect, render_template, request, session,
                   url_for)
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import BadSignature, SignatureExpired

from search import Accounts, AuditLog, private
from webapp.desk.forms import LoginForm
from webapp.desk.throttle import Throttle
from webapp.errors import error_response, wants_json

SECRET_FILE = "secret_key"


def ensure_secret_key(app) -> None:
    """The session key: the configured one, or the instance folder's, made on first use."""
    if not app.secret_key:
        path = f"{app.config['INSTANCE']}/{SECRET_FILE}"
        app.secret_key = private.make_once(path, lambda: secrets.token_hex(32).encode("ascii")).decode("ascii")


class DeskSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, Secure over https, and an expired session told from none."""

    def get_cookie_secure(self, app) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"] or request.is_secure)

    def get_signing_serializer(self, app):
        ensure_secret_key(app)
        return super().get_signing_serializer(app)

    def open_session(self, app, request):
        value = request.cookies.get(self.get_cookie_name(app))
        if not value:  # no cookie: no key needed (public pages never make one)
            return self.session_class()
        serializer = self.get_signing_serializer(app)
        try:
            return self.session_class(serializer.loads(value, max_age=int(app.permanent_session_lifetime.total_seconds())))
        except SignatureExpired:
            expired = self.session_class()
            expired.expired = True
            return expired
        except BadSignature:
            return self.session_class()


def accounts() -> Accounts:
    return Accounts(current_app.config["INSTANCE"])


def audit() -> AuditLog:
    return AuditLog(current_app.config["INSTANCE"])


def throttle() -> Throttle:
    cfg = current_app.config
    return Throttle(cfg["INSTANCE"], cfg["SIGN_IN_WINDOW"],
                    {"account": cfg["SIGN_IN_PER_ACCOUNT"], "address": cfg["SIGN_IN_PER_ADDRESS"]})


def current_user() -> str | None:
    """The signed-in account's name, or None (no session, an expired one, or one whose account or
    password has changed since)."""
    if "desk_user" not in g:
        name = session.get("user")
        if name is not None and accounts().stamp(name) != session.get("stamp"):
            session.clear()
            name = None
        g.desk_user = name
    return g.desk_user


def record(action: str, file: str | None = None, detail: str | None = None, ok: bool = True,
           who: str | None = None) -> None:
    """An entry of the audit log: who (the signed-in account), from where, what, which file."""
    audit().append(action, who=who or current_user(), address=request.remote_addr, file=file,
                   detail=detail, ok=ok)


def _sign_in_required():
    """The answer to a request that needs a session and has none: 401 in JSON, else the sign-in page."""
    expired = getattr(session, "expired", False)
    if wants_json():
        code = "session_expired" if expired else "sign_in_required"
        return error_response(401, "登录已过期，请重新登录" if expired else "请先登录", {"code": code})
    return redirect(url_for("desk.login", next=request.full_path.rstrip("?"), expired=1 if expired else None))


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if current_user() is None:
            return _sign_in_required()
        return view(*args, **kwargs)
    return wrapped


def _local(target: str | None) -> str | None:
    """`next` only to a path of this site: never another host (`//evil`, `https://…`)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


def login():
    """GET: the sign-in form. POST: check the name and password, at most so many tries."""
    form = LoginForm()
    if current_user() and request.method == "GET":
        return redirect(_local(request.args.get("next")) or url_for("desk.home"))
    if not form.validate_on_submit():
        if not form.is_submitted():
            form.next.data = _local(request.args.get("next"))
        status = 400 if form.is_submitted() else 200
        return render_template("desk/login.html", form=form, expired=request.args.get("expired")), status
    name = form.name.data.strip()
    keys = [f"account:{name}", f"address:{request.remote_addr}"]
    limiter = throttle()
    wait = limiter.wait(keys)
    if wait > 0:
        record("sign-in-refused", who=name, ok=False, detail=f"{wait:.0f} s")
        minutes = max(1, round(wait / 60))
        return render_template("desk/login.html", form=form, error=f"登录尝试次数过多，请 {minutes} 分钟后再试。"), 429
    if not accounts().verify(name, form.password.data):
        limiter.fail(keys)
        record("sign-in-failed", who=name, ok=False)
        return render_template("desk/login.html", form=form, error="用户名或密码不对。"), 401
    limiter.clear(keys[0])
    session.clear()  # a fresh session (and CSRF token) for the signed-in account
    session.permanent = True
    session.update(user=name, stamp=accounts().stamp(name), since=int(time.time()))
    g.desk_user = name
    record("sign-in")
    return redirect(_local(form.next.data) or url_for("desk.home"))


def logout():
    name = current_user()
    if name:
        record("sign-out")
    session.clear()
    flash("已退出登录。", "info")
    return redirect(url_for("desk.login"))


OPEN_ENDPOINTS = {"desk.login", "assets.versioned", "static", "api.healthz"}


def members_only():
    """before_request when `PRIVATE` is set: the archive (search, pages, feeds, API, files) needs
    a session too; the sign-in page, the site's assets and /healthz stay open."""
    if request.endpoint in OPEN_ENDPOINTS or request.endpoint is None:
        return None
    if current_user() is None:
        return _sign_in_required()
    return None
