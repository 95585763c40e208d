"""The desk's Chinese: what the library's refusals, provenances and audit actions are called.

The library's errors carry a `code` and the values the sentence needs; the sentence is made here,
never parsed from the library's English. A code without wording falls back to the reason as given.
"""
from __future__ import annotations

REFUSALS = {
    "empty": "文件是空的",
    "old_word": "这是旧版 Word（.doc）或其他 Office 97–2003 文件：请在 Word 中另存为 .docx 后再上传",
    "office_other": "这是 Excel 或 PowerPoint 文件，不是简报：请上传 Word（.docx）、PDF 或文本",
    "zip_other": "这是一个 zip 压缩包，不是 Word 文档",
    "web_page": "这是网页（HTML/XML）文件，不是简报：请上传 Word（.docx）、PDF 或文本",
    "binary": "文件内容不是 Word（.docx）、PDF 或文本（看内容，不看文件名）",
    "zip_bomb": "Word 文件解压后大得异常（疑似压缩炸弹），已拒收",
    "pdf_bomb": "PDF 里的压缩数据解压后大得异常（疑似 PDF 炸弹），已拒收",
    "too_many_pages": "PDF 页数太多，不像一期简报（最多 {limit} 页），已拒收",
    "timeout": "读取时间过长（超过 {seconds} 秒），已中止",
    "out_of_memory": "读取所需的内存过多，已中止",
    "crashed": "读取程序意外退出，无法预览",
    "ofd_bomb": "OFD 文件解压后大得异常（疑似压缩炸弹），已拒收",
    "ofd_too_many_pages": "OFD 页数太多，不像一期简报，已拒收",
    "ofd_too_many_objects": "OFD 里的文字和图形多得异常，不像一期简报，已拒收",
    "not_a_briefing": "没有认出简报的结构：找不到【数据月报】【行业资讯】【会员风采】【协会动态】等栏目，或栏目下没有资讯",
}

PUBLISH_ERRORS = {
    "exists": "文件“{file}”已经在档案里了",
    "not_in_corpus": "档案里没有文件“{file}”",
    "not_withdrawn": "没有这条撤下记录",
    "rejected": "索引程序拒收了“{file}”：{reason}",
    "busy": "索引正忙（另一个索引程序正在运行），请稍后再试",
    "bad_name": "“{file}”不是简报文件名",
}

PROVENANCE = {"header": "报头", "inferred": "推断", "side file": "更正"}
FIELDS = (("year", "年份"), ("number", "期号"), ("total", "总期号"), ("date", "出版日期"))

ACTIONS = {
    "sign-in": "登录", "sign-in-failed": "登录失败", "sign-in-refused": "登录被限制", "sign-out": "退出",
    "upload": "上传", "upload-refused": "拒收上传", "correct": "更正元数据", "discard": "放弃上传",
    "publish": "发布", "publish-failed": "发布失败", "withdraw": "撤下", "restore": "恢复",
    "withdraw-failed": "撤下失败", "restore-failed": "恢复失败", "user-add": "新建账户", "user-passwd": "更改密码", "user-remove": "删除账户",
}


def refusal(code: str | None, reason: str, **values) -> str:
    """Why a file cannot be used, in Chinese."""
    wording = REFUSALS.get(code or "")
    if wording is None:
        return f"无法读取：{reason}"
    return wording.format(**values)


def publish_error(exc) -> str:
    wording = PUBLISH_ERRORS.get(exc.code, "操作失败：{reason}")
    return wording.format(file=exc.file or "", reason=exc.reason or str(exc))


def megabytes(size: int) -> str:
    """`50 MB`, `1.5 MB`, `512 KB`: a size limit as people read it."""
    if size >= 2**20:
        return f"{size / 2**20:.3g} MB"
    return f"{size / 2**10:.3g} KB"
