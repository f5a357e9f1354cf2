"""Building the daemon's parts from the configuration: sources, the sender, the case-note
sink and the composer that turns an outbox effect into a message."""

from __future__ import annotations

import base64
import hashlib
import logging
import sys
from collections import OrderedDict
from datetime import date, datetime
from email.message import EmailMessage
from typing import Any

from sqlalchemy import Engine

from mailbot.config import (
    ExchangeSource,
    ImapSource,
    MailboxConfig,
    MaildirSource,
    OAuth2,
    Settings,
)
from mailbot.executor import EffectJob, Executor
from mailbot.mailpolicy import set_boundaries
from mailbot.outbound import compose as c
from mailbot.outbound import notices
from mailbot.senders.base import Sender
from mailbot.sources.base import Source
from mailbot.sources.maildir import MaildirSource as Maildir


def _tokens(oauth2: OAuth2, scope: str) -> Any:
    from mailbot.sources.oauth import ClientCredentialsTokens

    return ClientCredentialsTokens.for_secret(
        oauth2.tenant_id, oauth2.client_id, oauth2.client_secret.reveal(), scopes=(scope,),
        refresh_margin=oauth2.refresh_margin_seconds,
    )  # fmt: skip


def _ews_version(build: str | None) -> Any:
    """An explicit Exchange build ("15.1.2507.6") skips exchangelib's version probe."""
    if build is None:
        return None
    from exchangelib import Build, Version

    return Version(build=Build(*[int(part) for part in build.split(".")]))


def build_source(name: str, mailbox: MailboxConfig) -> Source:
    """The mailbox's source, as configured (credentials are read now, from env or files)."""
    cfg = mailbox.source
    folders = mailbox.folders
    if isinstance(cfg, MaildirSource):
        return Maildir(cfg.path)
    if isinstance(cfg, ImapSource):
        from mailbot.sources.imap import ImapSource as Imap
        from mailbot.sources.imap import PasswordAuth, XOAuth2Auth
        from mailbot.sources.oauth import OUTLOOK_SCOPE

        auth: Any = (
            PasswordAuth(cfg.password.reveal())
            if cfg.password
            else XOAuth2Auth(
                _tokens(cfg.oauth2, OUTLOOK_SCOPE)  # type: ignore[arg-type]
            )
        )
        return Imap(
            cfg.host, cfg.port, cfg.username, auth, security=cfg.security, inbox=cfg.folder,
            folders={"processed": folders.processed, "exceptions": folders.exceptions, "automated": folders.automated},
            poll_interval=cfg.poll_seconds, idle_renew=cfg.idle_renew_seconds,
            connect_timeout=cfg.connect_timeout, read_timeout=cfg.read_timeout, fetch_batch=cfg.fetch_batch,
            disabled_capabilities=frozenset(c.upper() for c in cfg.disabled_capabilities), name=name,
        )  # fmt: skip
    if isinstance(cfg, ExchangeSource):
        from mailbot.sources.exchange import ExchangeSource as Ews

        version = _ews_version(cfg.version)
        return Ews(
            endpoint=cfg.endpoint, username=cfg.username, password=cfg.password.reveal(),
            primary_smtp_address=cfg.primary_smtp_address, auth_type=cfg.auth_type,
            folders=(folders.processed, folders.exceptions, folders.automated),
            folder_parent=cfg.folder_parent, version=version, poll_seconds=cfg.poll_seconds,
        )  # fmt: skip
    from mailbot.sources.graph import GRAPH_SCOPE, GraphClient
    from mailbot.sources.graph import GraphSource as Graph

    client = GraphClient(cfg.user, _tokens(cfg.oauth2, GRAPH_SCOPE), base_url=cfg.base_url)
    return Graph(client, folder_parent=cfg.folder_parent, poll_seconds=cfg.poll_seconds)


def outbound_key(effect_key: str, raw: bytes) -> str:
    """What an outbound Message-ID is derived from: the effect's key (stable across retries)
    and the original's hash (so two stores never mint the same Message-ID)."""
    return f"{effect_key}:{hashlib.sha256(raw).hexdigest()[:16]}"


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


_ORIGINALS_KEPT = 8


class Composer:
    """Turns an effect into a complete message, through the templates of mailbot.outbound."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.templates = c.default_templates()
        # the last few originals read: a message's reply and its notification come one after
        # the other, and reading the original's headers is about a third of composing either
        self._originals: OrderedDict[int, c.Original] = OrderedDict()

    def mailbox(self, name: str) -> c.Mailbox:
        m = self.settings.mailboxes[name]
        return c.Mailbox(
            address=m.address,
            display_name=m.display_name or self.settings.outbound.organisation or m.address,
            message_id_domain=self.settings.outbound.message_id_domain,
        )

    def _original(self, job: EffectJob) -> c.Original:
        if not job.message_pk:  # a scheduled notice: no one message
            return c.Original.from_bytes(job.raw)
        found = self._originals.get(job.message_pk)
        if found is None or found.raw != job.raw:
            found = self._originals[job.message_pk] = c.Original.from_bytes(job.raw)
            while len(self._originals) > _ORIGINALS_KEPT:
                self._originals.popitem(last=False)
        return found

    def __call__(self, effect: EffectJob) -> EmailMessage:
        return set_boundaries(self._compose(effect))

    def _compose(self, job: EffectJob) -> EmailMessage:
        d = job.decision or {}
        mailbox = self.mailbox(job.mailbox)
        original = self._original(job)
        received = _datetime(d.get("received"))
        base: dict[str, Any] = {
            "mailbox": mailbox,
            "original": original,
            "reference": d.get("reference"),
            "key": outbound_key(job.key, job.raw),
        }
        if job.kind == "notify":
            return c.notification(
                c.NotificationContext(
                    **base,
                    to=tuple(job.payload["to"]),
                    cc=tuple(job.payload.get("cc", [])),
                    urgent=bool(d.get("urgent")),
                    urgency_reason=d.get("urgency_reason"),
                    route=d.get("route", ""),
                    category=d.get("category", ""),
                    explanation=tuple(d.get("explanation", [])),
                    received=received,
                    due_acknowledge=_date(d.get("due", {}).get("acknowledge")),
                    due_response=_date(d.get("due", {}).get("response")),
                    locked=bool(job.payload.get("locked_statement")),
                ),
                self.templates,
            )
        if job.kind in ("escalation", "overdue_digest", "locked_review", "locked_report"):
            return self._notice(job, mailbox)
        to_sender = {
            **base,
            "to": job.payload["to"][0],
            "received": (received.date() if received else date.today()),
        }
        profile = self.settings.mailboxes[job.mailbox].profile
        form = c.FormLink(name="DCS casework form", url=self.settings.outbound.casework_form_url)
        if job.kind == "acknowledge":
            return c.acknowledgement(
                c.AcknowledgementContext(
                    **to_sender,
                    due_acknowledge=_date(d.get("due", {}).get("acknowledge")),
                    due_response=_date(d.get("due", {}).get("response")),
                    dcs_casework=profile == "dcs",
                    casework_lead=self.settings.outbound.casework_lead_name,
                ),
                self.templates,
            )
        if job.kind == "level1_response":
            return c.level1_response(
                c.Level1ResponseContext(
                    **to_sender, answers=tuple(_answers(job.payload.get("level1", {})))
                ),
                self.templates,
            )
        if job.kind == "request_consent":
            return c.request_consent(c.RequestConsentContext(**to_sender), self.templates)
        if job.kind == "request_form":
            return c.request_form(c.RequestFormContext(**to_sender, form=form), self.templates)
        if job.kind == "holding_reply":
            return c.holding_reply(
                c.HoldingReplyContext(
                    **to_sender,
                    reason=job.payload["reason"],
                    full_reply_by=date.fromisoformat(job.payload["full_reply_by"]),
                    working_days=int(job.payload.get("working_days", 20)),
                ),
                self.templates,
            )
        if job.kind == "request_personal_address":
            return c.request_personal_address(
                c.RequestPersonalAddressContext(**to_sender), self.templates
            )
        raise ValueError(f"nothing composes an effect of kind {job.kind!r}")

    def _notice(self, job: EffectJob, mailbox: c.Mailbox) -> EmailMessage:
        p = job.payload
        if job.kind == "escalation":
            values: dict[str, Any] = {
                "category": p["category"], "due": date.fromisoformat(p["due"]),
                "received": date.fromisoformat(p["received"]), "working_days_left": p["working_days_left"],
            }  # fmt: skip
        else:
            values = dict(p["values"])
            if "today" in values:
                values["today"] = date.fromisoformat(values["today"])
            for item in values.get("items", []):
                item["due"] = date.fromisoformat(item["due"])
        original = c.Original.from_bytes(job.raw) if job.raw else None
        return notices.notice(
            job.kind, mailbox=mailbox, to=p["to"], values=values, key=outbound_key(job.key, job.raw),
            reference=p.get("reference"), original=original, templates=self.templates,
        )  # fmt: skip


def _answers(level1: dict[str, Any]) -> list[c.Level1Answer]:
    if level1.get("answer") != "known":
        return [c.Level1Answer(about=None, status="not_known")]
    answers = []
    for child in level1.get("children", []):
        if child["answer"] == "open":
            answers.append(
                c.Level1Answer(
                    about=None,
                    status="allocated",
                    worker_name=child["worker"],
                    worker_contact=child["email"],
                )
            )
        else:
            answers.append(
                c.Level1Answer(about=None, status="closed", closed_on=_date(child["closed_on"]))
            )
    return answers


def build_sender(settings: Settings) -> Any:
    """The configured sender (an object with `send(message, recipients)`)."""
    from mailbot.config import ExchangeSender, FolderSender, SmtpSender

    cfg = settings.sender
    if isinstance(cfg, FolderSender):
        from mailbot.senders.folder import FolderSender as Folder

        return Folder(settings.in_state_dir(cfg.path))
    if isinstance(cfg, SmtpSender):
        from mailbot.senders.smtp import SmtpSender as Smtp
        from mailbot.sources.oauth import OUTLOOK_SCOPE

        return Smtp(
            cfg.host, cfg.port, security=cfg.security, username=cfg.username,
            password=cfg.password.reveal() if cfg.password else None,
            token_provider=_tokens(cfg.oauth2, OUTLOOK_SCOPE) if cfg.oauth2 else None,
            envelope_from=cfg.envelope_from, timeout=cfg.timeout_seconds,
        )  # fmt: skip
    if isinstance(cfg, ExchangeSender):
        from mailbot.senders.exchange import ExchangeSender as Ews

        return Ews(
            endpoint=cfg.endpoint, username=cfg.username, password=cfg.password.reveal(),
            primary_smtp_address=cfg.primary_smtp_address, auth_type=cfg.auth_type, save_copy=cfg.save_copy,
            version=_ews_version(cfg.version),
        )  # fmt: skip
    from mailbot.senders.graph import GraphSender
    from mailbot.sources.graph import GRAPH_SCOPE, GraphClient

    return GraphSender(
        GraphClient(cfg.user, _tokens(cfg.oauth2, GRAPH_SCOPE), base_url=cfg.base_url)
    )


class CaseNoteWriter:
    """Writes effects' case notes to the configured sink: a folder, or a mailbox address."""

    def __init__(self, settings: Settings, send: Any) -> None:
        from mailbot.senders.folder import CaseNoteFolderSink

        self.send = send
        self.sink = CaseNoteFolderSink(settings.in_state_dir(settings.case_notes.path))
        self.address = settings.case_notes.address
        self.mailed = settings.case_notes.type == "mailbox" and bool(self.address)

    @staticmethod
    def note(job: EffectJob) -> c.CaseNote:
        d = job.decision or {}
        return c.case_note(
            c.CaseNoteContext(
                person_id=job.payload["person_id"],
                reference=d.get("reference"),
                category=d.get("category", ""),
                received=_datetime(d.get("received")),
                mailbox=job.mailbox,
                route=d.get("route", ""),
                actions=tuple(d.get("actions", [])),
                urgent=bool(d.get("urgent")),
                urgency_reason=d.get("urgency_reason"),
                consent=d.get("consent"),
                consent_basis=d.get("consent_basis"),
                irr_level=d.get("irr_level"),
                raw=job.raw,
            )
        )

    def __call__(self, job: EffectJob) -> None:
        note = self.note(job)
        if self.mailed:
            self.send(note.message, [self.address])
        else:
            self.sink.write(note)

    def many(self, jobs: list[EffectJob]) -> None:
        """Several notes to the folder at once (see `CaseNoteFolderSink.write_many`)."""
        if self.mailed:
            raise ValueError("notes mailed to an address are sent one by one")
        self.sink.write_many([self.note(job) for job in jobs])


def configure_logging(level: int = logging.INFO) -> None:
    """Structured key=value lines on stderr (journald takes them under systemd)."""
    logging.basicConfig(
        level=level,
        stream=sys.stderr,
        format="%(asctime)s level=%(levelname)s logger=%(name)s %(message)s",
    )
    for noisy in ("pypdf", "exchangelib", "imapclient", "httpx", "msal"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def build_executor(
    settings: Settings,
    engine: Engine,
    holder: str,
    sender: Sender,
    appendable: dict[str, bool],
    sources: dict[str, Source] | None = None,
) -> Executor:
    """The outbox executor. `appendable` says which mailboxes can keep a copy of a reply in
    their Sent folder. Without `sources` (in the effects process) it carries out sends and
    case notes only: moves and those copies need the mailbox's own connection."""
    send = sender.send

    def folder_of(job: EffectJob) -> str:
        return str(getattr(settings.mailboxes[job.mailbox].folders, job.payload["folder"]))

    def source(job: EffectJob) -> Source:
        if sources is None:
            raise RuntimeError(f"{job.kind} belongs to the mailbox's own thread")
        return sources[job.mailbox]

    def move(job: EffectJob) -> None:
        source(job).move(job.payload["source_key"], folder_of(job))

    def sent_folder_of(job: EffectJob) -> str | None:
        folder = settings.mailboxes[job.mailbox].sent_folder
        return folder if folder and appendable.get(job.mailbox) else None

    def append(job: EffectJob) -> None:
        source(job).append(base64.b64decode(job.payload["raw"]), job.payload["folder"])  # type: ignore[attr-defined]

    notes = CaseNoteWriter(settings, send)
    return Executor(
        engine,
        holder,
        compose=Composer(settings),
        send=send,
        save_case_note=notes,
        # a note written again lands on the same files (the folder sink), so a batch's notes
        # may be written together; one mailed to an address may not
        save_case_notes=None if notes.mailed else notes.many,
        move=move,
        auto_reply_limit=settings.outbound.auto_reply_limit_per_day,
        folder_of=folder_of,
        sent_folder_of=sent_folder_of,
        append=append,
        send_overlapping=getattr(sender, "send_overlapping", None),
    )
