"""Configuration: a YAML file validated on load.

A bad file stops the program before it does anything, with an error that names the file, the
key and the line. Secrets are never written in the file: a `Secret` names an environment
variable or a file (systemd's LoadCredential= puts them under $CREDENTIALS_DIRECTORY).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

if TYPE_CHECKING:
    from routing.calendar import WorkingCalendar

Region = Literal["england-and-wales", "scotland", "northern-ireland"]
Profile = Literal["cass", "dcs"]

DEFAULT_PERSON_ID_PATTERNS = [
    r"\bLCS\s*(?:ID|no\.?|number)?\s*[:#-]?\s*(\d{6})\b",
    r"\bPerson\s*ID\s*[:#-]?\s*(\d{6})\b",
    r"\bEclipse\s*(?:ID|no\.?|number)?\s*[:#-]?\s*(\d{6})\b",
]


class ConfigError(Exception):
    """A configuration a person must fix: the message names the file, the key and the line."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Secret(_Strict):
    """Where a secret lives: exactly one of an environment variable or a file."""

    env: str | None = None
    file: str | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Secret:
        if (self.env is None) == (self.file is None):
            raise ValueError("give exactly one of 'env' or 'file'")
        return self

    def reveal(self) -> str:
        if self.env is not None:
            value = os.environ.get(self.env)
            if value is None:
                raise ConfigError(f"environment variable {self.env} is not set")
            return value
        assert self.file is not None
        path = Path(os.path.expandvars(self.file))
        return path.read_text(encoding="utf-8").strip()


class MaildirSource(_Strict):
    type: Literal["maildir"] = "maildir"
    path: Path


class OAuth2(_Strict):
    """Microsoft 365 client credentials (an app registration with a client secret)."""

    tenant_id: str
    client_id: str
    client_secret: Secret
    refresh_margin_seconds: int = Field(default=300, ge=0)


class ImapSource(_Strict):
    type: Literal["imap"]
    host: str
    port: int = 993
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str
    password: Secret | None = None
    oauth2: OAuth2 | None = None
    folder: str = "INBOX"
    poll_seconds: int = Field(default=60, ge=5)  # when the server has no IDLE
    connect_timeout: float = 30.0
    read_timeout: float = 120.0
    idle_renew_seconds: int = Field(default=1500, ge=60, le=1740)
    fetch_batch: int = Field(default=50, ge=1)
    disabled_capabilities: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_login(self) -> ImapSource:
        if (self.password is None) == (self.oauth2 is None):
            raise ValueError("give exactly one of 'password' or 'oauth2'")
        return self


class _Ews(_Strict):
    """An on-premises Exchange Server account reached through EWS."""

    endpoint: str
    username: str
    password: Secret
    primary_smtp_address: str
    auth_type: Literal["NTLM", "basic"] = "NTLM"
    version: str | None = None  # a build such as "15.1.2507.6"; skips the version probe


class ExchangeSource(_Ews):
    """On-premises Exchange Server (EWS). Exchange Online mailboxes use IMAP or Graph."""

    type: Literal["exchange"]
    folder_parent: Literal["root", "inbox"] = "root"
    poll_seconds: int = Field(default=30, ge=5)


class GraphSource(_Strict):
    """A Microsoft 365 mailbox through Microsoft Graph."""

    type: Literal["graph"]
    user: str  # the mailbox's address or id
    oauth2: OAuth2
    base_url: str = "https://graph.microsoft.com/v1.0"
    folder_parent: Literal["root", "inbox"] = "root"
    poll_seconds: int = Field(default=30, ge=5)


SourceConfig = MaildirSource | ImapSource | ExchangeSource | GraphSource


class Folders(_Strict):
    """Where a processed message is moved, by outcome."""

    processed: str = "Processed"
    exceptions: str = "Exceptions"
    automated: str = "Automated"


class MailboxConfig(_Strict):
    """One shared inbox and the rules it follows."""

    address: str
    display_name: str = ""
    profile: Profile
    reference_prefix: str = Field(pattern=r"^[A-Z][A-Z0-9]*$")
    trusted_authserv_ids: list[str] = Field(min_length=1)
    source: SourceConfig = Field(discriminator="type")
    folders: Folders = Field(default_factory=Folders)
    # where a copy of each reply to a sender is kept (IMAP and Maildir sources; Exchange and
    # Graph keep their own copy in Sent Items)
    sent_folder: str | None = None


class RouteRecipients(_Strict):
    """Fixed recipients of the routes that do not resolve from the case directory."""

    irr_queue: list[str] = Field(default_factory=list)
    front_door: list[str] = Field(default_factory=list)
    cp_team: list[str] = Field(default_factory=list)
    casework_lead: list[str] = Field(default_factory=list)
    review_team: list[str] = Field(default_factory=list)
    ra_team: list[str] = Field(default_factory=list)  # copied on locked-case contacts (001_...)
    sensitive_case_team: list[str] = Field(default_factory=list)
    sensitive_case_team_ni: list[str] = Field(default_factory=list)  # area NI (000_...)
    business_support: list[str] = Field(default_factory=list)


class FolderSender(_Strict):
    """The embedded default: outbound mail is written as .eml files into a folder."""

    type: Literal["folder"] = "folder"
    path: Path = Path("outbound")


class SmtpSender(_Strict):
    type: Literal["smtp"]
    host: str
    port: int = 587
    security: Literal["tls", "starttls", "none"] = "starttls"
    username: str | None = None
    password: Secret | None = None
    oauth2: OAuth2 | None = None
    envelope_from: str | None = None
    timeout_seconds: float = 30.0


class ExchangeSender(_Ews):
    type: Literal["exchange"]
    save_copy: bool = True  # a copy in the mailbox's Sent Items


class GraphSender(_Strict):
    type: Literal["graph"]
    user: str
    oauth2: OAuth2
    base_url: str = "https://graph.microsoft.com/v1.0"


SenderConfig = FolderSender | SmtpSender | ExchangeSender | GraphSender


class CaseNotes(_Strict):
    """Where case notes go: a folder of .eml files with JSON sidecars, or a mailbox address
    that the case-management system reads."""

    type: Literal["folder", "mailbox"] = "folder"
    path: Path = Path("case-notes")
    address: str | None = None


class Outbound(_Strict):
    """How mailbot writes and limits its own mail."""

    message_id_domain: str = "mailbot.invalid"
    own_addresses: list[str] = Field(default_factory=list)  # never answered (loops)
    auto_reply_limit_per_day: int = Field(default=5, ge=0)  # per sender
    casework_form_url: str = "https://www.gov.uk/government/publications/dcs-casework-form"
    casework_lead_name: str = "the DCS casework lead"
    organisation: str = ""


class ServiceLevels(_Strict):
    """The clocks the procedures set (002 paragraphs 17 and 19; 001 4.3 and 4.5)."""

    escalate_before_working_days: int = Field(default=3, ge=0)  # warn the team manager
    holding_reply_on_working_day: int = Field(default=18, ge=1)  # casework not answered by then
    holding_reply_extension_working_days: int = Field(default=10, ge=1)  # the new date it gives
    holding_reply_reason: str = "the casework needs deeper investigation than 20 working days allow"
    digest_hour: int = Field(default=8, ge=0, le=23)  # local time, daily overdue digest
    locked_review_day: int = Field(default=1, ge=1, le=28)  # monthly, to each lock owner
    scheduler_seconds: int = Field(default=60, ge=1)  # how often the scheduler looks


class Retention(_Strict):
    """How long content is kept, per category (days); the tracker row always stays."""

    days: dict[str, int] = Field(default_factory=dict)
    default_days: int | None = None  # None: kept until a person decides
    # records about the care of children must be preserved (002 paragraph 33)
    preserve_categories: list[str] = Field(
        default_factory=lambda: [
            "information_request",
            "ofsted_suitability",
            "correspondence",
            "medical_correspondence",
        ]
    )


class Console(_Strict):
    """The web console business support uses (`mailbot console`, or `mailbot run --console`)."""

    host: str = "127.0.0.1"  # behind a reverse proxy that terminates TLS
    port: int = Field(default=8080, ge=1, le=65535)
    # single sign-on: a header the reverse proxy sets to the signed-in username; only honoured
    # from the proxy's own addresses
    trusted_proxy_header: str | None = None
    trusted_proxies: list[str] = Field(default_factory=lambda: ["127.0.0.1", "::1"])
    # cookies only over HTTPS; switch off only for a console on loopback without a proxy
    secure_cookies: bool = True
    attachment_roles: list[str] = Field(
        default_factory=lambda: ["business_support", "sensitive_case_team"]
    )
    poll_seconds: int = Field(default=10, ge=2)  # how often the queue looks for new items


class Workers(_Strict):
    """Processes beside the daemon's own, started when a backlog shows up (a trickle of mail
    is handled in-process, with nothing to start and no round trip)."""

    # processes that parse and classify while the daemon decides and commits in order;
    # 0: in the daemon's process; None: the cores left over by the daemon's and the effects'
    # processes (on two cores a third busy process cost more than it gave: measured)
    classify: int | None = Field(default=None, ge=0, le=16)
    effects: bool = True  # carry out effects in a process of their own

    def classify_processes(self) -> int:
        if self.classify is not None:
            return self.classify
        return max(0, min(4, (os.cpu_count() or 1) - (2 if self.effects else 1)))


class Settings(_Strict):
    """The whole configuration file."""

    state_dir: Path = Path("var")
    database_url: str | None = None
    region: Region = "england-and-wales"
    closure_days: list[date] = Field(default_factory=list)
    secure_domains: list[str] = Field(min_length=1)
    role_words: list[str] = Field(default_factory=list)
    generic_addresses: list[str] = Field(default_factory=list)
    check_deliverability: bool = False
    low_confidence_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    ofsted_duplicate_window_days: int = Field(default=90, ge=0)
    irr_response_working_days: int | None = Field(default=None, ge=1)
    casework_response_working_days: int = Field(default=20, ge=1)
    person_id_patterns: list[str] = Field(default_factory=lambda: list(DEFAULT_PERSON_ID_PATTERNS))
    mailboxes: dict[str, MailboxConfig] = Field(min_length=1)
    routes: RouteRecipients = Field(default_factory=RouteRecipients)
    sender: SenderConfig = Field(default_factory=FolderSender, discriminator="type")
    case_notes: CaseNotes = Field(default_factory=CaseNotes)
    outbound: Outbound = Field(default_factory=Outbound)
    service_levels: ServiceLevels = Field(default_factory=ServiceLevels)
    retention: Retention = Field(default_factory=Retention)
    console: Console = Field(default_factory=Console)
    lease_seconds: int = Field(default=20, ge=5)  # another instance takes over within this
    directory_reload_seconds: int = Field(default=300, ge=10)
    workers: Workers = Field(default_factory=lambda: Workers())

    @field_validator("secure_domains", "role_words", "generic_addresses")
    @classmethod
    def _lower(cls, values: list[str]) -> list[str]:
        return [v.strip().lower().lstrip(".") for v in values]

    @field_validator("person_id_patterns")
    @classmethod
    def _compiles(cls, values: list[str]) -> list[str]:
        for pattern in values:
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {pattern!r} ({exc})") from exc
            if compiled.groups != 1:
                raise ValueError(f"needs exactly one group capturing the ID: {pattern!r}")
        return values

    @model_validator(mode="after")
    def _unique_prefixes(self) -> Settings:
        seen: dict[str, str] = {}
        for name, mailbox in self.mailboxes.items():
            if mailbox.reference_prefix in seen:
                raise ValueError(
                    f"mailboxes {seen[mailbox.reference_prefix]!r} and {name!r} share the "
                    f"reference prefix {mailbox.reference_prefix!r}"
                )
            seen[mailbox.reference_prefix] = name
        return self

    def in_state_dir(self, path: Path) -> Path:
        """A default relative path lives in the state directory."""
        return path if path.is_absolute() else self.state_dir / path

    def working_calendar(self) -> WorkingCalendar:
        """The working days that deadlines count: the region's bank holidays and the
        council's own closure days."""
        from routing.calendar import WorkingCalendar  # loads the holidays package

        return WorkingCalendar(self.region, self.closure_days)

    def resolved_database_url(self) -> str:
        env = os.environ.get("MAILBOT_DATABASE_URL")
        if env:
            return env
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.state_dir / 'mailbot.sqlite3').resolve()}"


def _line_of(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location, as near as it exists."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == str(key):
                    node, line = v, k.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _resolve_paths(data: dict[str, Any], base: Path) -> None:
    """Relative paths in the file are relative to the file, so the example runs from anywhere."""
    if isinstance(data.get("state_dir"), str) and not os.path.isabs(data["state_dir"]):
        data["state_dir"] = os.path.normpath(base / data["state_dir"])
    for section in ("sender", "case_notes"):
        block = data.get(section)
        path = block.get("path") if isinstance(block, dict) else None
        if isinstance(block, dict) and isinstance(path, str) and not os.path.isabs(path):
            block["path"] = os.path.normpath(base / path)
    for mailbox in (data.get("mailboxes") or {}).values():
        source = mailbox.get("source") if isinstance(mailbox, dict) else None
        path = source.get("path") if isinstance(source, dict) else None
        if isinstance(source, dict) and isinstance(path, str) and not os.path.isabs(path):
            source["path"] = os.path.normpath(base / path)


def load_settings(path: str | os.PathLike[str]) -> Settings:
    """Read and validate a configuration file; raise ConfigError naming file, key and line."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read the configuration: {exc.strerror}") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{file}:{mark.line + 1}" if mark is not None else str(file)
        raise ConfigError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{file}:1: the configuration must be a mapping of keys")
    _resolve_paths(data, file.resolve().parent)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = [p for p in error["loc"] if not (isinstance(p, str) and p in _UNION_TAGS)]
            key = ".".join(str(p) for p in loc) or "(top level)"
            line = _line_of(node, loc)
            problems.append(f"{file}:{line}: {key}: {error['msg']}")
        raise ConfigError("\n".join(problems)) from exc


# pydantic puts the discriminator tag in error locations; they are not keys of the file
_UNION_TAGS = {"maildir", "imap", "exchange", "graph", "folder", "smtp"}  # discriminator tags


def config_path_from(explicit: str | None) -> Path:
    """--config wins, then MAILBOT_CONFIG; there is no silent default."""
    chosen = explicit or os.environ.get("MAILBOT_CONFIG")
    if not chosen:
        raise ConfigError("no configuration: give --config FILE or set MAILBOT_CONFIG")
    return Path(chosen)
