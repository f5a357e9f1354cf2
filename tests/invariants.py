"""The safety invariants of the triage contract, checked on any decision."""

from __future__ import annotations

from collections.abc import Iterable

from routing.decision import EXCEPTIONS, NO_REFERENCE_ROUTES, Decision
from routing.world import CaseRecord


def check_safety_invariants(d: Decision, directory: Iterable[CaseRecord]) -> None:
    # a restricted case never gets a level-1 response or case notes from intake
    if d.case_status == "restricted":
        assert "level1_response" not in d.actions
        assert d.case_notes == ()
    # a level-1 response only ever goes to a secure address
    if "level1_response" in d.actions:
        assert d.address_verdict in ("secure_personal", "secure_generic")
    # automated mail gets no action
    if d.category == "automated":
        assert d.actions == () and d.route == "none" and d.exception is None
    # an exception routes to exceptions, with no outbound action but the acknowledgement kept
    if d.exception is not None:
        assert d.exception in EXCEPTIONS
        assert d.route == "exceptions"
        assert set(d.actions) <= ({"acknowledge"} if d.exception == "nonsecure_address" else set())
        if d.exception != "nonsecure_address":
            assert d.case_notes == ()
    if d.route == "exceptions":
        assert d.exception is not None
    # a reference is wanted exactly when the route is not none, exceptions or reference_owner
    # (routing asks for one; the shell then assigns it)
    assert (d.needs_reference or d.reference is not None) == (d.route not in NO_REFERENCE_ROUTES)
    # actions are sorted and unique; the explanation names no one from the directory
    assert list(d.actions) == sorted(set(d.actions))
    records = list(directory)
    names = {r.given_name.lower() for r in records} | {r.family_name.lower() for r in records}
    text = " ".join(d.explanation).lower()
    assert not any(f" {n} " in f" {text} " for n in names)
    # due dates exist only with what they are due for
    if d.due_acknowledge is not None:
        assert "acknowledge" in d.actions
    if d.due_response is not None:
        assert d.needs_reference or d.reference is not None
