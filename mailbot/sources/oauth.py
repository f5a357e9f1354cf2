"""OAuth2 access tokens for Microsoft 365 (client credentials), and the XOAUTH2 SASL string.

One `ClientCredentialsTokens` per app registration can serve every mailbox of a tenant (IMAP
now; SMTP and Graph can share it): it caches the token and asks MSAL for a new one a margin
before the old one expires, so a login never presents a token that dies mid-session. A refresh
the identity platform refuses (bad secret, app not consented, tenant wrong) raises
`AuthenticationFailed`, which the daemon reports loudly; retrying soon will not fix it.
Tokens are never logged.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from mailbot.sources.base import AuthenticationFailed, SourceUnavailable

log = logging.getLogger(__name__)

# The scope for IMAP/POP/SMTP with client credentials in Exchange Online.
OUTLOOK_SCOPE = "https://outlook.office365.com/.default"
DEFAULT_REFRESH_MARGIN = 300.0  # seconds before expiry; tokens live 60-90 minutes


class TokenProvider(Protocol):
    """Something that hands out a currently valid bearer token."""

    def token(self) -> str: ...

    def invalidate(self) -> None:
        """Forget the cached token (the server refused it); the next `token()` refreshes."""
        ...


class ConfidentialClient(Protocol):
    """The part of `msal.ConfidentialClientApplication` we use (a fake in tests)."""

    def acquire_token_for_client(self, scopes: list[str]) -> Mapping[str, Any]: ...


def xoauth2_string(username: str, token: str) -> str:
    """The XOAUTH2 initial client response (before base64, which imaplib/smtplib add)."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


class ClientCredentialsTokens:
    """Client-credentials tokens from MSAL, cached and refreshed `refresh_margin` early."""

    def __init__(
        self,
        app: ConfidentialClient,
        scopes: Sequence[str] = (OUTLOOK_SCOPE,),
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
        name: str = "oauth",
    ) -> None:
        if refresh_margin < 0:
            raise ValueError("refresh_margin must be zero or more seconds")
        self._app = app
        self._scopes = list(scopes)
        self._margin = refresh_margin
        self._clock = clock
        self._name = name  # a label for logs (the app registration), never a secret
        self._lock = threading.Lock()  # mailboxes on several threads may share one provider
        self._token: str | None = None
        self._refresh_at = 0.0
        self._expires_at = 0.0

    @classmethod
    def for_secret(
        cls,
        tenant_id: str,
        client_id: str,
        client_secret: str,
        scopes: Sequence[str] = (OUTLOOK_SCOPE,),
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        authority_host: str = "https://login.microsoftonline.com",
    ) -> ClientCredentialsTokens:
        """A provider backed by a real MSAL app for an app registration with a client secret."""
        # Imported here so the rest of mailbot never pays for msal; msal ships no type hints.
        msal = importlib.import_module("msal")
        app = msal.ConfidentialClientApplication(
            client_id,
            authority=f"{authority_host.rstrip('/')}/{tenant_id}",
            client_credential=client_secret,
        )
        return cls(app, scopes, refresh_margin, name=f"app:{client_id}")

    @property
    def expires_in(self) -> float | None:
        """Seconds the cached token has left (None when there is none); for health reports."""
        with self._lock:
            if self._token is None:
                return None
            return self._expires_at - self._clock()

    def token(self) -> str:
        with self._lock:
            now = self._clock()
            if self._token is None or now >= self._refresh_at:
                self._refresh(now)
            assert self._token is not None
            return self._token

    def invalidate(self) -> None:
        with self._lock:
            self._token = None

    def _refresh(self, now: float) -> None:
        try:
            result = self._app.acquire_token_for_client(scopes=self._scopes)
        except Exception as exc:
            # The token endpoint could not be reached: transient, unlike a refusal.
            log.warning(
                "oauth.refresh_unreachable name=%s error=%s", self._name, type(exc).__name__
            )
            raise SourceUnavailable(
                f"{self._name}: could not reach the Microsoft identity platform to refresh "
                f"the access token ({type(exc).__name__})"
            ) from exc
        token = result.get("access_token")
        if not isinstance(token, str) or not token:
            error = str(result.get("error") or "no access_token in the response")
            # AADSTS codes say what to fix (e.g. AADSTS7000215: invalid client secret).
            description = str(result.get("error_description") or "").splitlines()
            detail = description[0] if description else ""
            correlation = result.get("correlation_id") or "-"
            log.error(
                "oauth.refresh_failed name=%s error=%s correlation_id=%s",
                self._name,
                error,
                correlation,
            )
            raise AuthenticationFailed(
                f"{self._name}: Microsoft 365 refused the client-credentials token request: "
                f"{error}{': ' + detail if detail else ''} (correlation id {correlation}); "
                "check the tenant id, client id, secret and the app's IMAP/EWS permissions"
            )
        try:
            lifetime = float(result.get("expires_in", 0))
        except (TypeError, ValueError):
            lifetime = 0.0
        self._token = token
        self._expires_at = now + lifetime
        # Refresh a margin early; if the token is already inside the margin (MSAL handed back
        # a cached one), use it for half its remaining life rather than asking on every call.
        self._refresh_at = now + max(lifetime - self._margin, lifetime / 2)
        log.info("oauth.refreshed name=%s expires_in=%d", self._name, int(lifetime))
