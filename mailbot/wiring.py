"""Building the daemon's parts from the configuration: sources, the sender, the case-note
sink and the composer that turns an outbox effect into a message."""

from __future__ import annotations

from datetime import date, datetime
from email.message import EmailMessage
from typing import Any

from mailbot.config import MailboxConfig, MaildirSource, Settings
from mailbot.executor import EffectJob
from mailbot.outbound import compose as c
from mailbot.sources.base import Source
from mailbot.sources.maildir import MaildirSource as Maildir


def build_source(name: str, mailbox: MailboxConfig) -> Source:
    cfg = mailbox.source
    if isinstance(cfg, MaildirSource):
        return Maildir(cfg.path)
    raise NotImplementedError(f"mailbox {name!r}: the {cfg.type} source is not wired yet")


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Composer:
    """Turns an effect into a complete message, through the templates of mailbot.outbound."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.templates = c.default_templates()

    def mailbox(self, name: str) -> c.Mailbox:
        m = self.settings.mailboxes[name]
        return c.Mailbox(
            address=m.address,
            display_name=m.display_name or self.settings.outbound.organisation or m.address,
            message_id_domain=self.settings.outbound.message_id_domain,
        )

    def __call__(self, effect: EffectJob) -> EmailMessage:
        job = effect
        d = job.decision or {}
        mailbox = self.mailbox(job.mailbox)
        original = c.Original.from_bytes(job.raw)
        received = _datetime(d.get("received"))
        base: dict[str, Any] = {
            "mailbox": mailbox,
            "original": original,
            "reference": d.get("reference"),
            "key": job.key,
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
        if job.kind == "request_personal_address":
            return c.request_personal_address(
                c.RequestPersonalAddressContext(**to_sender), self.templates
            )
        raise ValueError(f"nothing composes an effect of kind {job.kind!r}")


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
    from mailbot.config import FolderSender as FolderCfg
    from mailbot.senders.folder import FolderSender
    from mailbot.senders.smtp import SmtpSender

    cfg = settings.sender
    if isinstance(cfg, FolderCfg):
        return FolderSender(settings.in_state_dir(cfg.path))
    password = cfg.password.reveal() if cfg.password else None
    return SmtpSender(
        host=cfg.host, port=cfg.port, security=cfg.security, username=cfg.username, password=password,
        timeout=cfg.timeout_seconds,
    )  # fmt: skip


def case_note_writer(settings: Settings, send: Any) -> Any:
    """Writes one effect's case note to the configured sink: a folder, or a mailbox address."""
    from mailbot.senders.folder import CaseNoteFolderSink

    sink = CaseNoteFolderSink(settings.in_state_dir(settings.case_notes.path))
    address = settings.case_notes.address

    def save(job: EffectJob) -> None:
        d = job.decision or {}
        note = c.case_note(
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
        if settings.case_notes.type == "mailbox" and address:
            send(note.message, [address])
        else:
            sink.write(note)

    return save
