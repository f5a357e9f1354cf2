"""`mailbot users`: the console's accounts (issue 4).

Passwords are asked for twice without echo, or read from standard input with --password-stdin
for scripts; they are never taken as an argument, where `ps` and the shell's history would show
them. Every error is one line and exit status 1.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from mailbot.cli import _Context

ROLE_HELP = "business_support, team_manager, sensitive_case_team or administrator"


def _engine(obj: _Context) -> Any:
    # imported when run, not at import: cli.py imports this module at its end
    from mailbot.cli import _engine as engine

    return engine(obj)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        # one line; only the line ending is removed (spaces can be part of a passphrase)
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise click.ClickException("no password on standard input")
        return password
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


def _run(action: Any, *args: Any, **kwargs: Any) -> Any:
    from mailbot.console.auth import AccountError

    try:
        return action(*args, **kwargs)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc


def register(main: click.Group) -> None:
    """Add the `users` commands to the `mailbot` group."""

    @main.group()
    def users() -> None:
        """Console accounts: add, disable, enable, set-role, set-password, list."""

    @users.command("add")
    @click.argument("username")
    @click.option("--role", required=True, help=ROLE_HELP)
    @click.option("--email", help="the address the directory knows them by (lock owner, manager)")
    @click.option("--password-stdin", is_flag=True, help="read the password from standard input")
    @click.option("--sso-only", is_flag=True, help="no password: single sign-on through the proxy")
    @click.pass_obj
    def users_add(
        obj: _Context,
        username: str,
        role: str,
        email: str | None,
        password_stdin: bool,
        sso_only: bool,
    ) -> None:
        """Add an account for USERNAME with a role; asks for its password (twice)."""
        from mailbot.console.auth import add_user

        if sso_only and password_stdin:
            raise click.ClickException("--sso-only and --password-stdin exclude each other")
        engine = _engine(obj)  # before the prompt: a missing schema fails without asking
        password = None if sso_only else _password(password_stdin)
        user = _run(add_user, engine, username, role, email=email, password=password)
        how = "single sign-on only" if sso_only else "with a password"
        click.echo(f"added {user.username} ({user.role}, {how})")

    @users.command("disable")
    @click.argument("username")
    @click.pass_obj
    def users_disable(obj: _Context, username: str) -> None:
        """Refuse USERNAME's sign-ins and end their sessions now."""
        from mailbot.console.auth import disable_user

        _run(disable_user, _engine(obj), username)
        click.echo(f"disabled {username.strip().lower()}; their sessions have ended")

    @users.command("enable")
    @click.argument("username")
    @click.pass_obj
    def users_enable(obj: _Context, username: str) -> None:
        """Let USERNAME sign in again."""
        from mailbot.console.auth import enable_user

        _run(enable_user, _engine(obj), username)
        click.echo(f"enabled {username.strip().lower()}")

    @users.command("set-role")
    @click.argument("username")
    @click.argument("role")
    @click.pass_obj
    def users_set_role(obj: _Context, username: str, role: str) -> None:
        """Give USERNAME a new ROLE (from their next sign-in: their sessions end)."""
        from mailbot.console.auth import set_role

        _run(set_role, _engine(obj), username, role)
        click.echo(f"{username.strip().lower()} is now {role}; their sessions have ended")

    @users.command("set-password")
    @click.argument("username")
    @click.option("--password-stdin", is_flag=True, help="read the password from standard input")
    @click.pass_obj
    def users_set_password(obj: _Context, username: str, password_stdin: bool) -> None:
        """Set USERNAME's password; lifts a lockout and ends their sessions."""
        from mailbot.console.auth import set_password, user_by_name

        engine = _engine(obj)
        if user_by_name(engine, username) is None:  # say so before asking for a password
            raise click.ClickException(f"unknown user {username.strip().lower()!r}")
        _run(set_password, engine, username, _password(password_stdin))
        click.echo(f"password set for {username.strip().lower()}; their sessions have ended")

    @users.command("list")
    @click.pass_obj
    def users_list(obj: _Context) -> None:
        """Every account: username, role, email, disabled, locked."""
        from mailbot.console.auth import list_users, locked_users

        engine = _engine(obj)
        accounts = list_users(engine)
        locked = locked_users(engine)
        if not accounts:
            click.echo("no accounts: add one with `mailbot users add USERNAME --role ROLE`")
            return
        rows = [("USERNAME", "ROLE", "EMAIL", "DISABLED", "LOCKED")]
        for user in accounts:
            until = locked.get(user.username)
            rows.append(
                (
                    user.username,
                    user.role,
                    user.email or "-",
                    "yes" if user.disabled else "no",
                    f"until {until:%Y-%m-%d %H:%M} UTC" if until else "no",
                )
            )
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            click.echo("  ".join([*cells, row[-1]]))
