"""The desk's accounts: names and argon2 password hashes in one private file, never a password.

`INSTANCE/accounts.json` (mode 0600, outside the corpus and the index) holds
`{"accounts": {NAME: {"hash", "created", "changed"}}}`. Accounts are made, changed and removed from
the command line only (`jianbao user …`); the web only verifies. Changes are read-modify-write
under a lock file, so two commands at once lose nothing. No Flask here: the CLI uses it as it is.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import unicodedata
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from search import limits
from search.errors import AccountError
from search.private import FILE_MODE, keep_private, private_dir, write_private

FILE = "accounts.json"
NAME_RE = re.compile(r"[\w.-]{1,32}")  # letters of any script (Chinese too), digits, . _ -
MAX_PASSWORD = 1024  # characters: argon2 takes any length, a form field should not

_hasher = PasswordHasher()  # argon2id with the library's current parameters


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def check_name(name: str) -> str:
    """An account name, NFC; AccountError `bad_name` for anything but 1-32 letters, digits, `._-`."""
    name = unicodedata.normalize("NFC", name or "")
    if not NAME_RE.fullmatch(name):
        raise AccountError(f"bad account name {name!r}: 1-32 letters, digits, '.', '_' or '-'",
                           code="bad_name", name=name)
    return name


def check_password(password: str) -> str:
    if len(password) < limits.PASSWORD_CHARS:
        raise AccountError(f"the password is too short: at least {limits.PASSWORD_CHARS} characters",
                           code="short_password", limit=limits.PASSWORD_CHARS)
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"the password is too long: at most {MAX_PASSWORD} characters",
                           code="long_password", limit=MAX_PASSWORD)
    return password


class Accounts:
    """The accounts file of an instance folder."""

    def __init__(self, instance_dir: Path | str):
        self.dir = Path(instance_dir)
        self.path = self.dir / FILE
        self._dummy = None

    # --- reading -----------------------------------------------------------------------------

    def _load(self) -> dict:
        try:
            keep_private(self.path)
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise AccountError(f"the accounts file {self.path} cannot be read: {exc}", code="unreadable",
                               name=str(self.path)) from None
        return data.get("accounts", {}) if isinstance(data, dict) else {}

    def names(self) -> list[dict]:
        """Every account: name, created, changed (no hashes)."""
        return [{"name": n, "created": a.get("created"), "changed": a.get("changed")}
                for n, a in sorted(self._load().items())]

    def exists(self, name: str) -> bool:
        return name in self._load()

    def stamp(self, name: str) -> str | None:
        """A short fingerprint of the account's password hash, None without the account: a session
        carries it, so changing the password or removing the account ends every session."""
        entry = self._load().get(name)
        if entry is None:
            return None
        return hashlib.sha256(entry["hash"].encode("utf-8")).hexdigest()[:16]

    def verify(self, name: str, password: str) -> bool:
        """Whether `password` is the account's. An unknown name costs the same work as a known one."""
        name = unicodedata.normalize("NFC", name or "")
        entry = self._load().get(name)
        if entry is None or not password or len(password) > MAX_PASSWORD:
            if self._dummy is None:
                self._dummy = _hasher.hash("not a password of anyone")
            try:
                _hasher.verify(self._dummy, password or "-")
            except (VerificationError, InvalidHashError):
                pass
            return False
        try:
            _hasher.verify(entry["hash"], password)
        except (VerificationError, InvalidHashError):
            return False
        if _hasher.check_needs_rehash(entry["hash"]):  # stronger parameters since it was set
            with self._changing() as accounts:
                if name in accounts:
                    accounts[name]["hash"] = _hasher.hash(password)
        return True

    # --- changing (the command line) ------------------------------------------------------------

    @contextmanager
    def _changing(self):
        """The accounts, to change in the block; written back (mode 0600) when it ends well."""
        private_dir(self.dir)
        fd = os.open(self.dir / ".accounts.lock", os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            accounts = self._load()
            yield accounts
            body = json.dumps({"accounts": accounts}, ensure_ascii=False, indent=1) + "\n"
            write_private(self.path, body.encode("utf-8"))
        finally:
            os.close(fd)

    def add(self, name: str, password: str) -> None:
        """A new account; AccountError `exists`, `bad_name`, `short_password` or `long_password`."""
        name = check_name(name)
        hashed = _hasher.hash(check_password(password))
        with self._changing() as accounts:
            if name in accounts:
                raise AccountError(f"there is an account {name} already", code="exists", name=name)
            accounts[name] = {"hash": hashed, "created": _now(), "changed": _now()}

    def set_password(self, name: str, password: str) -> None:
        """A new password for an account; AccountError `no_such_account`, `short_password` or
    `long_password`."""
        name = check_name(name)
        hashed = _hasher.hash(check_password(password))
        with self._changing() as accounts:
            if name not in accounts:
                raise AccountError(f"no account {name}", code="no_such_account", name=name)
            accounts[name].update(hash=hashed, changed=_now())

    def remove(self, name: str) -> None:
        """Remove an account (its sessions end with it); AccountError `no_such_account`."""
        name = check_name(name)
        with self._changing() as accounts:
            if name not in accounts:
                raise AccountError(f"no account {name}", code="no_such_account", name=name)
            del accounts[name]
