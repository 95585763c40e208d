"""The desk's forms (Flask-WTF): each carries a CSRF token, checked on every POST by CSRFProtect.

Messages in Chinese: WTForms' own translations (`zh`) for its built-in checks, ours for the rest.
"""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, IntegerField, MultipleFileField, PasswordField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, Optional


class DeskForm(FlaskForm):
    class Meta:
        locales = ("zh",)


class LoginForm(DeskForm):
    name = StringField("用户名", validators=[DataRequired("请填写用户名"), Length(max=32, message="用户名最多 32 个字符")])
    password = PasswordField("密码", validators=[DataRequired("请填写密码"), Length(max=1024)])
    next = HiddenField()


class UploadForm(DeskForm):
    files = MultipleFileField("选择文件")
    replaces = HiddenField()


class MetaForm(DeskForm):
    """Corrections of an issue's metadata: a field left empty keeps what the file says."""

    year = IntegerField("年份", validators=[Optional(), NumberRange(1990, 2100, "年份应在 1990 到 2100 之间")])
    number = IntegerField("期号（第几期）", validators=[Optional(), NumberRange(1, 99, "期号应在 1 到 99 之间")])
    total = IntegerField("总期号（总第几期）", validators=[Optional(), NumberRange(1, 9999, "总期号应在 1 到 9999 之间")])
    date = DateField("出版日期", validators=[Optional()])


class ActionForm(DeskForm):
    """A button that changes something (publish, withdraw, restore, discard, sign out): the CSRF
    token and what it acts on."""

    target = HiddenField()
