"""What the desk's templates loop over: an upload's preview, the archive's files, the withdrawn
files and the audit log, made from the library's records. Nothing here reads the request."""
from __future__ import annotations

from datetime import date

from flask import url_for

from search import SearchError
from webapp.desk import wording
from webapp.desk.forms import MetaForm
from webapp.searcher import get_stats
from webapp.viewmodels import first_words, issue_label

WARNINGS = {
    "no-source": "没有来源", "long-item": "比同期其他资讯长得多", "short-item": "比同期其他资讯短得多",
    "sentence-title": "标题像一句话（也许把正文当成了标题）",
    "unknown-section": "栏目名不在常用栏目之列（按资讯栏目收录）", "unmatched": "有内容没有对上",
}


def refusal_text(report: dict, config) -> str:
    return wording.refusal(report.get("code"), report.get("reason", ""), seconds=config["PARSE_SECONDS"],
                           limit=report.get("limit") or "")


def meta_rows(report: dict) -> list[dict]:
    issue = report["issue"]
    return [{"key": key, "label": label, "value": issue.get(key),
             "from": wording.PROVENANCE.get(issue["from"].get(key), "没有找到"),
             "inferred": issue["from"].get(key) == "inferred"} for key, label in wording.FIELDS]


def meta_form(report: dict) -> MetaForm:
    issue = report["issue"]
    when = date.fromisoformat(issue["date"]) if issue.get("date") else None
    return MetaForm(formdata=None, data={"year": issue.get("year"), "number": issue.get("number"),
                                         "total": issue.get("total"), "date": when})


def item_rows(report: dict) -> list[dict]:
    return [{"id": it["id"], "section": it["section"], "title": it["title"] or first_words(it.get("opening") or "（无标题）"),
             "untitled": not it["title"], "source": it["source"], "date": it["date"], "orgs": it["orgs"],
             "chars": it["chars"]} for it in report.get("items", [])]


def warning_rows(report: dict) -> list[str]:
    titles = {it["id"]: it["title"] or it["id"] for it in report.get("items", [])}
    rows = []
    for w in report.get("warnings", []):
        if w["kind"] == "inferred":  # the metadata table marks these
            continue
        what = titles.get(w.get("item")) if w.get("item") else w["message"]
        rows.append(f"{WARNINGS.get(w['kind'], w['kind'])}：{what}")
    return rows


def figure_rows(report: dict) -> list[dict]:
    return [{"indicator": f.get("indicator"), "breakdown": f.get("breakdown"), "period": f.get("period"),
             "value": f.get("value"), "unit": f.get("unit"), "yoy": f.get("yoy_pct")}
            for f in report.get("figures", [])]


def preview_context(upload, config) -> dict:
    report = upload.report or {}
    context = {"upload": upload, "usable": bool(report.get("usable")), "report": report}
    if not context["usable"]:
        context["refusal"] = refusal_text(report, config)
        return context
    dup = report.get("duplicates", {})
    replaces = upload.replaces or next(iter(dup.get("same_issue", [])), None)
    context.update(
        meta=meta_rows(report), form=meta_form(report), items=item_rows(report),
        sections=report.get("sections", []), warnings=warning_rows(report), figures=figure_rows(report),
        key=report["issue"].get("key"), label=issue_label(report["issue"].get("key") or "") or "期号不详",
        same_content=dup.get("same_content", []), same_issue=dup.get("same_issue", []), replaces=replaces,
        can_publish=not dup.get("same_content") and bool(report["issue"].get("key")))
    return context


def published_files() -> tuple[list[dict], str | None]:
    """The archive's files with their issues, newest issue first; and why there are none, if so."""
    try:
        stats = get_stats()
    except SearchError:
        return [], "还没有可用的索引：发布第一期后就会建立。"
    rows = [{"file": f["file"], "issue": f["issue"], "label": issue_label(f["issue"]) if f["issue"] else "期号不详",
             "items": f["items"], "inferred": f.get("inferred"),
             "url": url_for("browse.issue", key=f["issue"]) if f["issue"] else None}
            for f in stats.get("files", [])]
    rows.sort(key=lambda r: (r["issue"] or "", r["file"]), reverse=True)
    return rows, None


def log_rows(entries: list[dict]) -> list[dict]:
    return [{**e, "what": wording.ACTIONS.get(e.get("action"), e.get("action"))} for e in entries]
