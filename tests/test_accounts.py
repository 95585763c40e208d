"""The desk's accounts: argon2 hashes in a private file, managed by `jianbao user` only."""
from __future__ import annotations

import json
import stat

import pytest
from click.testing import CliRunner

from jianbao.cli import main
from search.accounts import Accounts
from search.audit import AuditLog
from search.errors import AccountError

PASSWORD = "correct horse battery"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_user_add_stores_a_hash_in_a_private_file(tmp_path):
    instance = tmp_path / "instance"
    result = run("user", "add", "秘书处", "--password-stdin", "--instance", str(instance), input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"已新建账户 秘书处（保存在 {instance / 'accounts.json'}）。\n"
    path = instance / "accounts.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(instance.stat().st_mode) == 0o700
    text = path.read_text(encoding="utf-8")
    assert PASSWORD not in text and json.loads(text)["accounts"]["秘书处"]["hash"].startswith("$argon2id$")
    assert Accounts(instance).verify("秘书处", PASSWORD)
    assert not Accounts(instance).verify("秘书处", PASSWORD + "!")
    assert not Accounts(instance).verify("nobody", PASSWORD)
    [entry] = AuditLog(instance).recent()
    assert (entry["action"], entry["detail"]) == ("user-add", "秘书处") and entry["who"].startswith("command line")


def test_the_password_is_never_an_argument(tmp_path):
    for command in ("add", "passwd"):
        help_text = run("user", command, "--help").output
        assert "--password-stdin" in help_text and "--password " not in help_text
    # without a terminal to ask on, and without --password-stdin, it refuses (exit status 2)
    result = run("user", "add", "秘书处", "--instance", str(tmp_path))
    assert result.exit_code == 2 and "--password-stdin" in result.output
    assert not (tmp_path / "accounts.json").exists()


@pytest.mark.parametrize("args, stdin, message", [
    (["add", "a/b"], PASSWORD, "账户名“a/b”不能用：只能是 1 到 32 个汉字、字母、数字或 . _ -"),
    (["add", "秘书处"], "short", "密码太短：至少 10 个字符"),
    (["add", "秘书处"], PASSWORD, "已经有账户 秘书处 了"),
    (["passwd", "nobody"], PASSWORD, "没有账户 nobody"),
    (["remove", "nobody"], None, "没有账户 nobody"),
])
def test_bad_requests_say_what_was_wrong(tmp_path, args, stdin, message):
    Accounts(tmp_path).add("秘书处", PASSWORD)
    extra = ["--password-stdin"] if stdin is not None else []
    result = run("user", *args, *extra, "--instance", str(tmp_path), input=(stdin + "\n") if stdin else None)
    assert result.exit_code == 1
    assert result.output.strip() == f"错误：{message}"


def test_passwd_and_remove_end_the_sessions(tmp_path):
    accounts = Accounts(tmp_path)
    accounts.add("editor", PASSWORD)
    stamp = accounts.stamp("editor")
    assert run("user", "passwd", "editor", "--password-stdin", "--instance", str(tmp_path),
               input="another long password\n").exit_code == 0
    assert accounts.stamp("editor") != stamp  # a session carrying the old stamp is refused
    assert accounts.verify("editor", "another long password") and not accounts.verify("editor", PASSWORD)
    assert run("user", "remove", "editor", "--instance", str(tmp_path)).exit_code == 0
    assert accounts.stamp("editor") is None
    assert [e["action"] for e in AuditLog(tmp_path).recent()] == ["user-remove", "user-passwd"]


def test_user_list(tmp_path):
    assert run("user", "list", "--instance", str(tmp_path)).stderr.startswith(f"{tmp_path} 里还没有账户")
    Accounts(tmp_path).add("b-editor", PASSWORD)
    Accounts(tmp_path).add("a-editor", PASSWORD)
    result = run("user", "list", "--json", "--instance", str(tmp_path))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["name"] for r in rows] == ["a-editor", "b-editor"] and all("hash" not in r for r in rows)


def test_an_unreadable_accounts_file_is_named(tmp_path):
    (tmp_path / "accounts.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(AccountError) as bad:
        Accounts(tmp_path).verify("x", PASSWORD)
    assert bad.value.code == "unreadable"
    assert stat.S_IMODE((tmp_path / "accounts.json").stat().st_mode) == 0o600  # made private again


def test_the_audit_log_is_appended_and_read_newest_first(tmp_path):
    log = AuditLog(tmp_path)
    for n in range(5):
        log.append("upload", who="秘书处", address="127.0.0.1", file=f"{n}.docx")
    assert [e["file"] for e in log.recent(3)] == ["4.docx", "3.docx", "2.docx"]
    assert stat.S_IMODE((tmp_path / "audit.jsonl").stat().st_mode) == 0o600
    assert len((tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()) == 5
