"""The reply address and its verdict (contract 4.1 and 4.4).

Registrable domains come from the Public Suffix List snapshot that tldextract ships, read
offline, so two police forces under police.uk are different domains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import tldextract
from email_validator import EmailNotValidError, validate_email

_PSL = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # bundled snapshot, no network
_SPLIT_RE = re.compile(r"[._+\-0-9]+")


@lru_cache(maxsize=4096)
def registrable_domain(domain: str) -> str:
    result = _PSL(domain.lower().strip("."))
    return result.top_domain_under_public_suffix or domain.lower()


@dataclass(frozen=True, slots=True)
class CheckedAddress:
    address: str  # normalised: lower-case domain (and local part, as the contract asks)
    valid: bool
    domain: str


@lru_cache(maxsize=4096)
def check_address(raw: str, deliverability: bool = False) -> CheckedAddress:
    text = raw.strip().strip("<>").strip()
    try:
        result = validate_email(text, check_deliverability=deliverability)
        return CheckedAddress(result.normalized.lower(), True, result.domain.lower())
    except EmailNotValidError:
        domain = text.rsplit("@", 1)[1].lower() if "@" in text else ""
        return CheckedAddress(text.lower(), False, domain)


def is_secure(domain: str, secure_domains: Iterable[str]) -> bool:
    return any(domain == s or domain.endswith("." + s) for s in secure_domains)


def is_generic(address: str, role_words: Iterable[str], generic_addresses: Iterable[str]) -> bool:
    if address in set(generic_addresses):
        return True
    local = address.rsplit("@", 1)[0]
    words = {w for w in _SPLIT_RE.split(local.lower()) if w}
    return bool(words & set(role_words))


def verdict(
    checked: CheckedAddress | None,
    secure_domains: Iterable[str],
    role_words: Iterable[str],
    generic_addresses: Iterable[str],
) -> str:
    if checked is None or not checked.valid:
        return "invalid"
    secure = is_secure(checked.domain, secure_domains)
    generic = is_generic(checked.address, role_words, generic_addresses)
    return f"{'secure' if secure else ('generic' if generic else 'personal')}_" + (
        ("generic" if generic else "personal") if secure else "nonsecure"
    )
