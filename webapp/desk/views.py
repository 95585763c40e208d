"""The desk's pages: upload, preview, correct, publish, replace, withdraw, restore, the log.

Every view needs a session (auth.login_required) and every POST a CSRF token (CSRFProtect, in
__init__.py). The library does the work: intake (staging, preview) and publishing (search's
public names); each action is written to the audit log. POSTs answer with a redirect (a reload
repeats nothing); an upload also answers in JSON to a client that asks for it.
"""
from __future__ import annotations

import functools

from flask import (Blueprint, current_app, flash, jsonify, redirect, render_template, request,
                   url_for)

from search import CorpusError, NotFound, PublishError, Staging, limits, preview, publishing
from webapp.desk import auth, wording
from webapp.desk.auth import current_user, login_required, record
from webapp.desk.forms import ActionForm, MetaForm, UploadForm
from webapp.desk.viewmodels import log_rows, preview_context, published_files, refusal_text
from webapp.errors import error_response, wants_json
from webapp.viewmodels import issue_label

bp = Blueprint("desk", __name__, url_prefix="/desk")
bp.add_url_rule("/login", "login", auth.login, methods=["GET", "POST"])
bp.add_url_rule("/logout", "logout", login_required(auth.logout), methods=["POST"])


@bp.after_request
def private_pages(response):
    response.headers["Cache-Control"] = "no-store"  # what the desk shows is for its users only
    return response


def staging() -> Staging:
    return Staging(f"{current_app.config['INSTANCE']}/uploads")


def _paths() -> tuple[str, str, str]:
    cfg = current_app.config
    return cfg["CORPUS"], cfg["INDEX"], cfg["WITHDRAWN"]


def with_upload(view):
    """A view of one staged upload (`<token>` in the path): given the Upload, or back to the desk
    when there is none (published, discarded or aged out meanwhile)."""
    @functools.wraps(view)
    def wrapped(token: str):
        try:
            staged = staging().get(token)
        except NotFound:
            flash("没有这份待发布的文件（也许已经发布或放弃了）。", "error")
            return redirect(url_for("desk.home"))
        return view(staged)
    return wrapped


def analyse(upload) -> None:
    """Preview an upload (in a worker process) and look for what the archive holds of it already."""
    corpus, index, _ = _paths()
    store = staging()
    report = preview(upload.name, store.path(upload), upload.override, publishing.numbering(index),
                     seconds=current_app.config["PARSE_SECONDS"], cache_dir=publishing.cache_dir(index))
    if report.get("usable"):
        report["duplicates"] = publishing.duplicates(corpus, index, store.data(upload), report["issue"].get("key"),
                                                     ignore=upload.replaces)
    upload.report = report
    store.save(upload)


@bp.get("")
@bp.get("/")
@login_required
def home():
    files, no_index = published_files()
    return render_template("desk/home.html", upload_form=UploadForm(), action=ActionForm(), files=files,
                           no_index=no_index, staged=staging().all(), log=log_rows(auth.audit().recent(8)),
                           withdrawn=publishing.withdrawn_files(_paths()[2]), user=current_user(),
                           limit=wording.megabytes(current_app.config["UPLOAD_BYTES"]))


@bp.get("/replace")
@login_required
def replace():
    name = request.args.get("file", "")
    files, _ = published_files()
    found = next((f for f in files if f["file"] == name), None)
    if found is None:
        flash(f"档案里没有文件“{name[:80]}”。", "error")
        return redirect(url_for("desk.home"))
    return render_template("desk/replace.html", upload_form=UploadForm(replaces=name), action=ActionForm(),
                           file=found, user=current_user(), limit=wording.megabytes(current_app.config["UPLOAD_BYTES"]))


@bp.post("/upload")
@login_required
def upload():
    form = UploadForm()
    files = [f for f in request.files.getlist("files") if f and f.filename]
    if not form.validate() or not files or len(files) > limits.UPLOAD_FILES:
        message = "请选择要上传的文件。" if not files else f"一次最多上传 {limits.UPLOAD_FILES} 个文件。"
        if wants_json():
            return error_response(400, message, {"code": "no_file" if not files else "too_many_files"})
        flash(message, "error")
        return redirect(url_for("desk.home"))
    replaces = form.replaces.data or None
    if replaces and replaces not in {f["file"] for f in published_files()[0]}:
        replaces = None
    results = [_take(f, replaces) for f in files]
    if wants_json():
        return jsonify({"uploads": results})
    accepted = [r for r in results if r.get("token")]
    if len(results) == 1 and accepted:  # its preview says all there is to say
        return redirect(accepted[0]["preview_url"])
    for r in accepted:
        if r["usable"]:
            flash(f"已上传“{r['name']}”，请预览后发布。", "info")
        else:
            flash(f"“{r['name']}”无法收录：{r['message']}", "error")
    return redirect(url_for("desk.home"))


def _take(storage, replaces: str | None) -> dict:
    """Stage one uploaded file and preview it; what became of it, for the page or the JSON."""
    data = storage.read(current_app.config["UPLOAD_BYTES"] + 1)
    given = storage.filename
    if len(data) > current_app.config["UPLOAD_BYTES"]:
        record("upload-refused", file=given[:200], detail="too_large", ok=False)
        flash(f"“{given[:80]}”太大：一次最多 {wording.megabytes(current_app.config['UPLOAD_BYTES'])}。", "error")
        return {"given": given, "error": "too_large"}
    try:
        staged = staging().add(data, given, current_user(), replaces)
    except CorpusError as exc:
        message = wording.refusal(exc.code, exc.reason)
        record("upload-refused", file=given[:200], detail=exc.code or exc.reason, ok=False)
        flash(f"拒收“{given[:80]}”：{message}", "error")
        return {"given": given, "error": exc.code or "unusable", "message": message}
    analyse(staged)
    report = staged.report
    record("upload", file=staged.name, detail=f"{staged.label}，{staged.size} 字节" + (
        f"，原名 {given[:120]}" if staged.renamed else "") + ("" if report.get("usable") else "，无法使用"))
    return {"token": staged.token, "name": staged.name, "given": given, "kind": staged.kind,
            "usable": bool(report.get("usable")), "issue": (report.get("issue") or {}).get("key"),
            "message": None if report.get("usable") else refusal_text(report, current_app.config),
            "duplicates": report.get("duplicates"), "preview_url": url_for("desk.preview_page", token=staged.token)}


@bp.get("/uploads/<token>")
@login_required
@with_upload
def preview_page(staged):
    return render_template("desk/preview.html", action=ActionForm(), user=current_user(),
                           **preview_context(staged, current_app.config))


@bp.post("/uploads/<token>/meta")
@login_required
@with_upload
def correct(staged):
    token = staged.token
    if not (staged.report or {}).get("usable"):
        return redirect(url_for("desk.home"))
    form = MetaForm()
    if not form.validate():
        for errors in form.errors.values():
            for message in errors:
                flash(f"更正没有保存：{message}", "error")
        return redirect(url_for("desk.preview_page", token=token))
    current = staged.report["issue"]
    override = dict(staged.override)
    for key in ("year", "number", "total", "date"):
        value = getattr(form, key).data
        value = value.isoformat() if key == "date" and value else value
        if value is None:
            override.pop(key, None)  # back to what the file says
        elif value != current.get(key) or key in override:
            override[key] = value
    staged.override = override
    analyse(staged)
    record("correct", file=staged.name, detail=", ".join(f"{k}={v}" for k, v in override.items()) or "—")
    flash("已保存更正，下面的预览已按更正后的元数据重新生成。", "info")
    return redirect(url_for("desk.preview_page", token=token))


@bp.post("/uploads/<token>/publish")
@login_required
@with_upload
def publish(staged):
    token = staged.token
    form = ActionForm()
    context = preview_context(staged, current_app.config)
    if not context["usable"] or not context["can_publish"]:
        flash("这份文件不能发布：见预览中的说明。", "error")
        return redirect(url_for("desk.preview_page", token=token))
    replaces = staged.replaces or (form.target.data if form.target.data in context["same_issue"] else None)
    corpus, index, withdrawn = _paths()
    try:
        done = publishing.publish(corpus, index, staged.name, staging().data(staged), override=staged.override,
                                  replaces=replaces, who=current_user(), withdrawn=withdrawn)
    except PublishError as exc:
        record("publish-failed", file=staged.name, detail=exc.reason or exc.code, ok=False)
        flash(f"没有发布：{wording.publish_error(exc)}", "error")
        return redirect(url_for("desk.preview_page", token=token))
    staging().discard(token)
    label = _label(done.issue)
    record("publish", file=done.file, detail=f"{label}，{done.items} 条资讯" + (f"，替换 {done.replaced}" if done.replaced else ""))
    flash({"file": done.file, "issue": done.issue, "label": label, "items": done.items,
           "replaced": done.replaced}, "published")
    return redirect(url_for("desk.home"))


@bp.post("/uploads/<token>/discard")
@login_required
@with_upload
def discard(staged):
    staging().discard(staged.token)
    record("discard", file=staged.name)
    flash(f"已放弃“{staged.name}”（没有发布）。", "info")
    return redirect(url_for("desk.home"))


def _act(what: str, call):
    """Run a publishing call (withdraw, restore) on the form's target; None, said on the page and
    in the log, when it cannot be done."""
    corpus, index, withdrawn = _paths()
    try:
        return call(corpus, index, ActionForm().target.data or "", withdrawn=withdrawn)
    except PublishError as exc:
        record(f"{what}-failed", file=exc.file, detail=exc.reason or exc.code, ok=False)
        flash(f"没有{wording.ACTIONS[what]}：{wording.publish_error(exc)}", "error")
        return None


def _label(issue: str | None) -> str:
    return issue_label(issue) if issue else "期号不详"


@bp.post("/withdraw")
@login_required
def withdraw():
    done = _act("withdraw", functools.partial(publishing.withdraw, who=current_user()))
    if done is not None:
        label = _label(done.issue)
        record("withdraw", file=done.file, detail=f"{label}，{done.items} 条资讯，存于 withdrawn/{done.withdrawn}")
        flash(f"已撤下“{done.file}”（{label}）：它已不在检索结果中，可在下面“已撤下”中恢复。", "info")
    return redirect(url_for("desk.home"))


@bp.post("/restore")
@login_required
def restore():
    done = _act("restore", publishing.restore)
    if done is not None:
        label = _label(done.issue)
        record("restore", file=done.file, detail=f"{label}，{done.items} 条资讯")
        flash({"file": done.file, "issue": done.issue, "label": label, "items": done.items, "restored": True},
              "published")
    return redirect(url_for("desk.home"))


@bp.get("/log")
@login_required
def log():
    return render_template("desk/log.html", log=log_rows(auth.audit().recent(500)), action=ActionForm(),
                           user=current_user())
