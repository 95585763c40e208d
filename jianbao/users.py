"""`jianbao user add|passwd|remove|list`: the accounts of the secretariat's desk, from the command
line only. The password is asked on the terminal (twice, without echo) or read from standard input
with --password-stdin, never taken as an argument (argv is visible to every user of the machine).
Each change is written to the desk's audit log.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from jianbao.options import UsageProblem, common, instance_option, said
from jianbao.usage import Group


@click.group(cls=Group)
def user():
    """Accounts of the secretariat's desk (/desk): add, passwd, remove, list."""


def _password(name: str, from_stdin: bool) -> str:
    """The password: one line of standard input with --password-stdin, else asked twice on the
    terminal without echo. Never an argument: argv is visible to every user of the machine. The
    account's name is checked first: nobody types a password for a name that cannot be."""
    from search.accounts import check_name
    from search.errors import AccountError
    try:
        check_name(name)
    except AccountError as exc:
        raise click.ClickException(said(exc)) from None
    if from_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    if not sys.stdin.isatty():
        raise UsageProblem("没有可以输入密码的终端：请加 --password-stdin，从标准输入给出密码")
    return click.prompt("密码", hide_input=True, confirmation_prompt="再输入一次密码")


def _account_change(instance_dir, what: str, name: str, change) -> None:
    from search.accounts import Accounts
    from search.audit import AuditLog
    from search.errors import AccountError
    try:
        change(Accounts(instance_dir))
    except AccountError as exc:
        raise click.ClickException(said(exc)) from None
    AuditLog(instance_dir).append(what, who=f"command line ({_os_user()})", detail=name)


def _os_user() -> str:
    import getpass
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


_stdin_option = click.option("--password-stdin", is_flag=True,
                             help="Read the password from the first line of standard input.")


@user.command("add")
@click.argument("name")
@_stdin_option
@instance_option
@common
def user_add(name, password_stdin, instance_dir, corpus_dir, index_dir):
    """Make the desk account NAME; asks for its password (at least 10 characters)."""
    password = _password(name, password_stdin)
    _account_change(instance_dir, "user-add", name, lambda accounts: accounts.add(name, password))
    click.echo(f"已新建账户 {name}（保存在 {Path(instance_dir) / 'accounts.json'}）。")


@user.command("passwd")
@click.argument("name")
@_stdin_option
@instance_option
@common
def user_passwd(name, password_stdin, instance_dir, corpus_dir, index_dir):
    """Set a new password for the desk account NAME; its sessions end."""
    password = _password(name, password_stdin)
    _account_change(instance_dir, "user-passwd", name, lambda accounts: accounts.set_password(name, password))
    click.echo(f"已更改 {name} 的密码；它已登录的会话都已结束。")


@user.command("remove")
@click.argument("name")
@instance_option
@common
def user_remove(name, instance_dir, corpus_dir, index_dir):
    """Remove the desk account NAME; its sessions end."""
    _account_change(instance_dir, "user-remove", name, lambda accounts: accounts.remove(name))
    click.echo(f"已删除账户 {name}；它已登录的会话都已结束。")


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per account, one a line.")
@instance_option
@common
def user_list(as_json, instance_dir, corpus_dir, index_dir):
    """The desk's accounts: name, when made, when its password was last set."""
    from search.accounts import Accounts
    from search.errors import AccountError
    try:
        rows = Accounts(instance_dir).names()
    except AccountError as exc:
        raise click.ClickException(said(exc)) from None
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False) if as_json
                   else f"{row['name']}  建于 {row['created']}  密码设于 {row['changed']}")
    if not rows and not as_json:
        click.echo(f"{instance_dir} 里还没有账户：请用 jianbao user add 名字 新建一个", err=True)
