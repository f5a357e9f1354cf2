"""The `mailbot` command (triage contract, section 1)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from mailbot.config import ConfigError, Settings, config_path_from, load_settings


class _Context:
    def __init__(self, config: str | None) -> None:
        self._config = config
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            try:
                self._settings = load_settings(config_path_from(self._config))
            except ConfigError as exc:
                raise click.ClickException(str(exc)) from exc
        return self._settings

    @property
    def database_url(self) -> str:
        return self.settings.resolved_database_url()


pass_ctx = click.make_pass_decorator(_Context)


@click.group()
@click.option(
    "--config",
    "config",
    envvar="MAILBOT_CONFIG",
    type=click.Path(dir_okay=False),
    help="configuration file (or MAILBOT_CONFIG)",
)
@click.version_option(package_name="mailbot")
@click.pass_context
def main(ctx: click.Context, config: str | None) -> None:
    """mailbot: triage for children's services and casework shared mailboxes."""
    ctx.obj = _Context(config)


@main.group()
def db() -> None:
    """The store."""


@db.command("upgrade")
@pass_ctx
def db_upgrade(obj: _Context) -> None:
    """Create or migrate the schema (Alembic)."""
    from mailbot.store.db import current_revision, upgrade

    url = obj.database_url
    upgrade(url)
    click.echo(f"database at revision {current_revision(url)}")


def _engine(obj: _Context) -> Any:
    from mailbot.store.db import current_revision, head_revision, make_engine

    url = obj.database_url
    if current_revision(url) != head_revision():
        raise click.ClickException("the database schema is not current: run `mailbot db upgrade`")
    engine = make_engine(url)
    # its pooled connections are closed when the command ends, not left to the collector
    click.get_current_context().call_on_close(engine.dispose)
    return engine


@main.group()
def cases() -> None:
    """The case directory."""


def _import(obj: _Context, csv_file: str, kind: str) -> int:
    from mailbot.store.imports import CsvImportError, import_cases, import_tracker

    importer = import_cases if kind == "cases" else import_tracker
    try:
        return importer(_engine(obj), csv_file)
    except CsvImportError as exc:
        raise click.ClickException(str(exc)) from exc


@cases.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def cases_import(obj: _Context, csv_file: str) -> None:
    """Load or replace the case directory from CSV_FILE (atomic, idempotent)."""
    click.echo(f"case directory replaced: {_import(obj, csv_file, 'cases')} records")


@main.group()
def tracker() -> None:
    """The reference tracker."""


@tracker.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def tracker_import(obj: _Context, csv_file: str) -> None:
    """Load existing references from CSV_FILE, so follow-ups are recognised."""
    click.echo(f"tracker: {_import(obj, csv_file, 'tracker')} references loaded")


def _render(decision: dict[str, Any]) -> str:
    lines = [f"{decision.get('file')}"]
    ref = decision["reference"] or "-"
    lines.append(
        f"  {decision['category']} ({decision['confidence']:.2f}) -> route {decision['route']}"
        f"  reference {ref}"
        + (f"  EXCEPTION {decision['exception']}" if decision["exception"] else "")
    )
    subjects = ", ".join(f"{s['person_id']} ({s['match']})" for s in decision["subjects"]) or "-"
    lines.append(
        f"  actions: {', '.join(decision['actions']) or '-'}; case notes: "
        f"{', '.join(decision['case_notes']) or '-'}; subjects: {subjects}; case {decision['case_status']}"
    )
    lines.append(
        f"  urgent: {decision['urgency_reason'] or 'no'}; level: {decision['irr_level']}; consent:"
        f" {decision['consent']}{' (' + decision['consent_basis'] + ')' if decision['consent_basis'] else ''};"
        f" concern: {'yes' if decision['concern'] else 'no'}"
    )
    lines.append(f"  reply to: {decision['reply_address']} ({decision['address_verdict']})")
    due = decision["due"]
    lines.append(
        f"  due: acknowledge {due['acknowledge'] or '-'}, response {due['response'] or '-'}"
    )
    if decision["related_reference"]:
        lines.append(f"  related reference: {decision['related_reference']}")
    lines.append("  why:")
    lines.extend(f"    - {e}" for e in decision["explanation"])
    return "\n".join(lines)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--mailbox", help="the configured mailbox the files arrived in (default: their folder)"
)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per line (JSON Lines)")
@pass_ctx
def triage(obj: _Context, files: tuple[str, ...], mailbox: str | None, as_json: bool) -> None:
    """Print one decision per message, in order. Reads the store; writes and sends nothing."""
    from mailbot.triage import Snapshot, Triage, mailbox_for

    settings = obj.settings
    engine = _engine(obj)
    session = Triage(settings, Snapshot.load(engine))
    engine.dispose()
    failed = False
    for name in files:
        path = Path(name)
        try:
            box = mailbox_for(path, settings, mailbox)
            decision = session.decide(path.read_bytes(), box).to_json(name)
        except (KeyError, OSError) as exc:
            click.echo(f"{name}: {exc}", err=True)
            failed = True
            continue
        click.echo(json.dumps(decision) if as_json else _render(decision) + "\n")
    if failed:
        sys.exit(1)


@main.command()
@click.option("--once", is_flag=True, help="process what is waiting, then exit with a summary")
@click.option("--console", "with_console", is_flag=True, help="serve the console alongside")
@pass_ctx
def run(obj: _Context, once: bool, with_console: bool) -> None:
    """Run the daemon on every configured mailbox until SIGTERM."""
    from mailbot.runner import build_daemon
    from mailbot.runner import run as run_daemon
    from mailbot.wiring import configure_logging

    configure_logging()
    engine = _engine(obj)
    daemon = build_daemon(obj.settings, engine)
    if with_console and not once:
        from mailbot.console.serve import server, start_in_thread

        web = server(obj.settings, engine)
        start_in_thread(web)
        daemon.on_stop.append(lambda: setattr(web, "should_exit", True))
        c = obj.settings.console
        click.echo(f"console: http://{c.host}:{c.port}/")
    summary = run_daemon(daemon, once)
    click.echo(summary.line())


@main.command()
@click.option("--host", help="address to listen on (default: console.host in the config)")
@click.option("--port", type=int, help="port to listen on (default: console.port)")
@pass_ctx
def console(obj: _Context, host: str | None, port: int | None) -> None:
    """Serve the exceptions console until SIGTERM. The daemon carries out what it releases."""
    from mailbot.console.serve import server
    from mailbot.wiring import configure_logging

    configure_logging()
    web = server(obj.settings, _engine(obj), host, port)
    c = obj.settings.console
    click.echo(f"console: http://{host or c.host}:{port or c.port}/")
    web.run()


@main.group()
def example() -> None:
    """The shipped example mail."""


@example.command("deliver")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@pass_ctx
def example_deliver(obj: _Context, folder: str) -> None:
    """Deliver FOLDER/<mailbox>/*.eml into the Maildir inboxes, once (a marker remembers)."""
    from mailbot.config import MaildirSource
    from mailbot.sources.maildir import deliver

    marker = obj.settings.state_dir / ".example-delivered"
    if marker.exists():
        click.echo("example mail already delivered")
        return
    count = 0
    for name, mailbox in obj.settings.mailboxes.items():
        if not isinstance(mailbox.source, MaildirSource):
            continue
        for path in sorted((Path(folder) / name).glob("*.eml")):
            deliver(mailbox.source.path, path.read_bytes())
            count += 1
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()
    click.echo(f"delivered {count} example messages")


@main.command()
@pass_ctx
def exceptions(obj: _Context) -> None:
    """List what waits for a person: exceptions, failed stages and failed effects."""
    from mailbot.queue import exception_items

    items = exception_items(_engine(obj), obj.settings.working_calendar())
    if not items:
        click.echo("the exceptions queue is empty")
    for item in items:
        click.echo(
            f"{item.mailbox:<6} {item.received:%Y-%m-%d %H:%M} #{item.message_pk:<5} {item.reason:<26}"
            f" {item.category or '-':<24} due {item.due}"
        )


@main.group()
def model() -> None:
    """The category model."""


@model.command("train")
@click.argument("corpora", nargs=-1, type=click.Path(exists=True, file_okay=False))
@click.option("--out", type=click.Path(file_okay=False), help="where to write the pipeline")
@click.option("--seed", default=0, show_default=True)
@click.option("--epochs", default=30, show_default=True)
def model_train(corpora: tuple[str, ...], out: str | None, seed: int, epochs: int) -> None:
    """Train the category model from labelled corpus folders (default: tests/corpus/*)."""
    from classifiers.model import MODEL_DIR
    from classifiers.training import train

    folders = [Path(c) for c in corpora] or sorted(
        p.parent for p in Path("tests/corpus").glob("*/labels.jsonl")
    )
    if not folders:
        raise click.ClickException("no corpus folders given and none under tests/corpus")
    counts = train(folders, Path(out) if out else MODEL_DIR, seed=seed, epochs=epochs)
    click.echo(f"trained on {sum(counts.values())} messages: {json.dumps(counts, sort_keys=True)}")


@main.command()
@click.argument("corpora", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option(
    "--split", type=click.Choice(["all", "held-out", "train"]), default="all", show_default=True
)
@click.option(
    "--min-accuracy", type=float, default=None, help="exit 1 if any field is below this (0-1)"
)
@pass_ctx
def evaluate(
    obj: _Context, corpora: tuple[str, ...], split: str, min_accuracy: float | None
) -> None:
    """Triage labelled corpus folders; print per-field accuracy and every mismatch."""
    from classifiers.model import CategoryModel
    from mailbot.evaluate import FIELDS
    from mailbot.evaluate import evaluate as run

    total, parts = run([Path(c) for c in corpora], obj.settings, CategoryModel(), split)
    for name, report in parts.items():
        click.echo(report.render(f"{name} [{split}]"))
    if len(parts) > 1:
        click.echo(total.render(f"all corpora [{split}]").split("  MISMATCH")[0])
    if min_accuracy is not None:
        worst = min(total.accuracy(f) for f in FIELDS)
        if worst < min_accuracy:
            raise click.ClickException(f"a field is below {min_accuracy:.0%}: worst {worst:.2%}")


from mailbot.cli_sla import register  # noqa: E402

register(main)

from mailbot.cli_users import register as register_users  # noqa: E402

register_users(main)
