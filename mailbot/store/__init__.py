"""The store: typed models, Alembic migrations, CSV imports and the reads triage needs."""

from mailbot.store.db import current_revision, head_revision, make_engine, upgrade
from mailbot.store.imports import CsvImportError, import_cases, import_tracker
from mailbot.store.queries import (
    OfstedCheck,
    load_directory,
    load_ofsted_checks,
    load_sequences,
    load_tracker,
    next_reference,
    record_ofsted_check,
)

__all__ = [
    "CsvImportError",
    "OfstedCheck",
    "current_revision",
    "head_revision",
    "import_cases",
    "import_tracker",
    "load_directory",
    "load_ofsted_checks",
    "load_sequences",
    "load_tracker",
    "make_engine",
    "next_reference",
    "record_ofsted_check",
    "upgrade",
]
