"""The console's web pages: Starlette with Jinja2, server-rendered, GOV.UK Frontend styles.

Every page needs a signed-in session; every form carries the session's CSRF token; every
view of an item and every action is written to the audit log. Responses carry a strict
Content-Security-Policy (no inline script at all), so content from a message cannot run.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from classifiers.model import CategoryModel
from mailbot.config import Settings
from mailbot.console import audit, auth, items
from mailbot.console.actions import (
    MARKS,
    ActionRefused,
    Actions,
    corrections_from,
)
from mailbot.console.items import NotFound, Viewer
from mailbot.console.render import attachment, render
from routing.decision import CATEGORIES
from routing.engine import REASSIGN_ROUTES

HERE = Path(__file__).parent
SESSION_COOKIE = "mailbot_session"
LOGIN_CSRF_COOKIE = "mailbot_login_csrf"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
ROLE_NAMES = {
    "business_support": "Business support",
    "team_manager": "Team manager",
    "sensitive_case_team": "Sensitive-case team",
    "administrator": "Administrator",
}
REPLY_NAMES = {
    "request_consent": "Ask for consent",
    "request_form": "Ask for the casework form",
    "request_personal_address": "Ask for a personal secure address",
}
DONE_MESSAGES = {
    "released": "The item was released. Its acknowledgement and notifications are on their way.",
    "replied": "The reply is on its way.",
    "marked": "The item was marked and has left the queue.",
    "retried": "mailbot is trying again.",
}


class _Headers(BaseHTTPMiddleware):
    async def dispatch(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if not request.url.path.startswith("/static/"):
            # pages carry personal data: never kept by a browser or a proxy
            response.headers["Cache-Control"] = "no-store"
        return response


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = lambda v: (
        v.astimezone(UTC).strftime("%d %b %Y %H:%M") if isinstance(v, datetime) else ""
    )
    env.filters["day"] = lambda v: v.strftime("%d %b %Y") if isinstance(v, date) else ""
    env.filters["words"] = lambda v: (v or "").replace("_", " ")
    env.globals.update(
        ROLE_NAMES=ROLE_NAMES,
        REPLY_NAMES=REPLY_NAMES,
        CATEGORIES=CATEGORIES,
        REASSIGN_ROUTES=REASSIGN_ROUTES,
        REASONS=items.REASONS,
        MARKS=MARKS,
    )
    return env


class Console:
    def __init__(
        self, settings: Settings, engine: Engine, model: CategoryModel | None = None
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.actions = Actions(settings, engine, model)
        self.env = _environment()

    # --- plumbing ------------------------------------------------------------------------------

    def page(
        self,
        request: Request,
        template: str,
        session: auth.Session | None,
        status: int = 200,
        **values: Any,
    ) -> HTMLResponse:
        html = self.env.get_template(template).render(
            request=request,
            session=session,
            user=session.user if session else None,
            csrf=session.csrf_token if session else "",
            path=request.url.path,
            **values,
        )
        return HTMLResponse(html, status_code=status)

    def _client(self, request: Request) -> str | None:
        return request.client.host if request.client else None

    def _from_proxy(self, request: Request) -> bool:
        host = self._client(request)
        if host is None:
            return False
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(
            address in ipaddress.ip_network(p, strict=False)
            for p in self.settings.console.trusted_proxies
        )

    async def session(self, request: Request) -> tuple[auth.Session | None, str | None]:
        """The signed-in session, and a new cookie token when single sign-on just started one."""
        token = request.cookies.get(SESSION_COOKIE)
        current = await run_in_threadpool(auth.session_for, self.engine, token) if token else None
        header = self.settings.console.trusted_proxy_header
        if header and self._from_proxy(request):
            name = (request.headers.get(header) or "").strip().lower()
            if name and (current is None or current.user.username != name):
                user = await run_in_threadpool(auth.user_by_name, self.engine, name)
                if user is None or user.disabled:
                    return None, None
                new_token, current = await run_in_threadpool(auth.start_session, self.engine, user)
                audit.record(
                    self.engine,
                    username=user.username,
                    role=user.role,
                    action="login_sso",
                    remote_addr=self._client(request),
                )
                return current, new_token
        return current, None

    def _cookie(self, response: Response, token: str) -> None:
        response.set_cookie(
            SESSION_COOKIE,
            token,
            httponly=True,
            secure=self.settings.console.secure_cookies,
            samesite="strict",
            max_age=auth.SESSION_HOURS * 3600,
            path="/",
        )

    def viewer(self, session: auth.Session) -> Viewer:
        u = session.user
        return Viewer(u.username, u.role, u.email)

    async def form(self, request: Request, session: auth.Session) -> dict[str, str] | None:
        """The posted form, or None when its CSRF token is missing or wrong."""
        data = await request.form()
        values = {k: v for k, v in data.items() if isinstance(v, str)}
        if not auth.csrf_ok(session, values.get("csrf_token")):
            return None
        return values

    def refused(self, request: Request, session: auth.Session | None) -> HTMLResponse:
        return self.page(
            request,
            "error.html",
            session,
            status=403,
            title="This form has expired",
            message="The form was sent without a valid security token. Go back, reload the page and try again.",
        )

    def not_found(self, request: Request, session: auth.Session | None) -> HTMLResponse:
        return self.page(
            request,
            "error.html",
            session,
            status=404,
            title="Page not found",
            message="There is no item at this address, or it is not available to you.",
        )

    # --- signing in ----------------------------------------------------------------------------

    async def login_page(self, request: Request) -> Response:
        token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
        response = self.page(
            request,
            "login.html",
            None,
            login_csrf=token,
            error=None,
            next=request.query_params.get("next", "/queue"),
        )
        response.set_cookie(
            LOGIN_CSRF_COOKIE,
            token,
            httponly=True,
            secure=self.settings.console.secure_cookies,
            samesite="strict",
            path="/login",
        )
        return response

    async def login(self, request: Request) -> Response:
        data = await request.form()
        values = {k: v for k, v in data.items() if isinstance(v, str)}
        cookie = request.cookies.get(LOGIN_CSRF_COOKIE) or ""
        if not cookie or not hmac.compare_digest(cookie, values.get("csrf_token", "")):
            return self.refused(request, None)
        target = values.get("next") or "/queue"
        if not target.startswith("/") or target.startswith("//"):
            target = "/queue"  # never an open redirect
        try:
            user = await run_in_threadpool(
                lambda: auth.authenticate(
                    self.engine,
                    values.get("username", ""),
                    values.get("password", ""),
                    remote_addr=self._client(request),
                )
            )
        except auth.LoginFailed as exc:
            return self.page(
                request,
                "login.html",
                None,
                status=401,
                login_csrf=cookie,
                error=str(exc),
                next=target,
                username=values.get("username", "")[:64],
            )
        token, _ = await run_in_threadpool(auth.start_session, self.engine, user)
        response = RedirectResponse(target, status_code=303)
        self._cookie(response, token)
        return response

    async def logout(self, request: Request) -> Response:
        session, _ = await self.session(request)
        if session is None:
            return RedirectResponse("/login", status_code=303)
        if await self.form(request, session) is None:
            return self.refused(request, session)
        token = request.cookies.get(SESSION_COOKIE)
        if token:
            await run_in_threadpool(auth.end_session, self.engine, token)
        self._audit(request, session, "logout")
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # --- pages -------------------------------------------------------------------------------

    def _filters(self, request: Request) -> dict[str, str]:
        q = request.query_params
        return {k: q[k] for k in ("mailbox", "reason", "due") if q.get(k)}

    def _queue(self, viewer: Viewer, filters: dict[str, str]) -> items.Queue:
        return items.queue(
            self.engine,
            viewer,
            self.actions.calendar,
            mailbox=filters.get("mailbox"),
            reason=filters.get("reason"),
            due=filters.get("due"),
        )

    async def queue_page(self, request: Request, session: auth.Session) -> Response:
        return await self._queue_response(request, session, "queue.html")

    async def queue_rows(self, request: Request, session: auth.Session) -> Response:
        """The rows and counts alone, which the page polls for."""
        return await self._queue_response(request, session, "queue_rows.html")

    async def _queue_response(
        self, request: Request, session: auth.Session, template: str
    ) -> Response:
        filters = self._filters(request)
        q = await run_in_threadpool(self._queue, self.viewer(session), filters)
        return self.page(
            request,
            template,
            session,
            queue=q,
            filters=filters,
            query=urlencode(filters),
            poll=self.settings.console.poll_seconds,
            mailboxes=sorted(self.settings.mailboxes),
        )

    def _audit(self, request: Request, session: auth.Session, action: str, **fields: Any) -> None:
        """One audit entry for what the signed-in user did, from where."""
        audit.record(
            self.engine,
            username=session.user.username,
            role=session.user.role,
            action=action,
            remote_addr=self._client(request),
            **fields,
        )

    def _item(self, session: auth.Session, pk: int) -> tuple[items.Item, Any]:
        it = items.item(self.engine, self.viewer(session), pk)
        rendered = render(it.raw) if it.raw is not None else None
        return it, rendered

    async def item_page(self, request: Request, session: auth.Session) -> Response:
        pk = _pk(request)
        try:
            it, rendered = await run_in_threadpool(self._item, session, pk)
        except NotFound:
            return self.not_found(request, session)
        self._audit(request, session, "view_item", message_pk=pk, reference=it.reference)
        done = request.query_params.get("done")
        return self.page(
            request,
            "item.html",
            session,
            item=it,
            message=rendered,
            done=DONE_MESSAGES.get(done or ""),
            can_download=session.user.role in self.settings.console.attachment_roles,
        )

    async def download(self, request: Request, session: auth.Session) -> Response:
        pk = _pk(request)
        if session.user.role not in self.settings.console.attachment_roles:
            return self.not_found(request, session)
        try:
            it = await run_in_threadpool(items.item, self.engine, self.viewer(session), pk)
        except NotFound:
            return self.not_found(request, session)
        found = attachment(it.raw, int(request.path_params["index"])) if it.raw else None
        if found is None:
            return self.not_found(request, session)
        name, data = found
        self._audit(
            request,
            session,
            "download_attachment",
            message_pk=pk,
            reference=it.reference,
            detail={"index": request.path_params["index"]},
        )
        safe = "".join(ch if ch.isalnum() or ch in "._- " else "_" for ch in name)[:120]
        return Response(
            data,
            media_type="application/octet-stream",
            headers={"Content-Disposition": f'attachment; filename="{safe or "attachment"}"'},
        )

    # --- actions -------------------------------------------------------------------------------

    async def act(self, request: Request, session: auth.Session) -> Response:
        """Every item action: `what` names it; `confirm` present means do it, else preview."""
        pk = _pk(request)
        values = await self.form(request, session)
        if values is None:
            return self.refused(request, session)
        what = request.path_params["what"]
        viewer = self.viewer(session)
        remote = self._client(request)
        confirm = values.get("confirm") == "yes"
        try:
            if what in ("release", "reassign"):
                corrections = corrections_from(
                    values.get("category"), values.get("person_id"), values.get("route")
                )
                if not confirm:
                    preview = await run_in_threadpool(
                        self.actions.preview_release, viewer, pk, corrections
                    )
                    return self.page(
                        request,
                        "preview.html",
                        session,
                        pk=pk,
                        what=what,
                        preview=preview,
                        fields={k: values.get(k, "") for k in ("category", "person_id", "route")},
                    )
                await run_in_threadpool(
                    lambda: self.actions.release(viewer, pk, corrections, remote_addr=remote)
                )
                return RedirectResponse(f"/items/{pk}?done=released", status_code=303)
            if what == "reply":
                kind = values.get("kind", "")
                if not confirm:
                    outgoing = await run_in_threadpool(self.actions.preview_reply, viewer, pk, kind)
                    return self.page(
                        request, "preview_reply.html", session, pk=pk, kind=kind, outgoing=outgoing
                    )
                await run_in_threadpool(
                    lambda: self.actions.reply(viewer, pk, kind, remote_addr=remote)
                )
                return RedirectResponse(f"/items/{pk}?done=replied", status_code=303)
            if what == "mark":
                await run_in_threadpool(
                    lambda: self.actions.mark(viewer, pk, values.get("as", ""), remote_addr=remote)
                )
                return RedirectResponse(f"/items/{pk}?done=marked", status_code=303)
            if what == "retry":
                await run_in_threadpool(lambda: self.actions.retry(viewer, pk, remote_addr=remote))
                return RedirectResponse(f"/items/{pk}?done=retried", status_code=303)
        except NotFound:
            return self.not_found(request, session)
        except ActionRefused as exc:
            return self.page(
                request,
                "error.html",
                session,
                status=409,
                title="That could not be done",
                message=str(exc),
                back=f"/items/{pk}",
            )
        return self.not_found(request, session)

    async def overview_page(self, request: Request, session: auth.Session) -> Response:
        o = await run_in_threadpool(
            items.overview, self.engine, self.viewer(session), self.actions.calendar
        )
        return self.page(request, "overview.html", session, o=o, chart=_chart(o.days))

    async def tracker_page(self, request: Request, session: auth.Session) -> Response:
        reference = request.query_params.get("reference", "").strip()
        found: items.TrackerView | None = None
        missing = False
        if reference:
            try:
                found = await run_in_threadpool(
                    items.tracker, self.engine, self.viewer(session), reference
                )
            except NotFound:
                missing = True
            self._audit(
                request,
                session,
                "tracker_lookup",
                reference=reference.upper()[:64],
                message_pk=found.message_pk if found else None,
            )
        return self.page(
            request, "tracker.html", session, reference=reference, found=found, missing=missing
        )

    async def audit_page(self, request: Request, session: auth.Session) -> Response:
        if session.user.role != "administrator":
            return self.not_found(request, session)
        page = max(int(request.query_params.get("page", "1") or 1), 1)
        rows = await run_in_threadpool(
            lambda: audit.entries(self.engine, limit=100, offset=(page - 1) * 100)
        )
        return self.page(request, "audit.html", session, rows=rows, page=page)

    async def audit_export(self, request: Request, session: auth.Session) -> Response:
        if session.user.role != "administrator":
            return self.not_found(request, session)
        self._audit(request, session, "export_audit")
        lines: Iterator[str] = audit.export_csv(self.engine)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        return StreamingResponse(
            lines,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="mailbot-audit-{stamp}.csv"'},
        )


def _pk(request: Request) -> int:
    return int(request.path_params["pk"])


def _chart(days: list[items.Day]) -> dict[str, Any]:
    """Bars for the last 30 days' intake (and acknowledgements), drawn as SVG on the server:
    no script, and a table beside it says the same for screen readers."""
    width, height, gap = 600, 160, 4
    top = max([d.intake for d in days] + [d.acknowledged for d in days] + [1])
    bar = (width - gap * (len(days) + 1)) / len(days)
    bars = []
    for i, d in enumerate(days):
        x = gap + i * (bar + gap)
        h = round(d.intake / top * (height - 20), 1)
        a = round(d.acknowledged / top * (height - 20), 1)
        bars.append(
            {
                "x": round(x, 1),
                "w": round(bar, 1),
                "h": h,
                "y": round(height - h, 1),
                "ah": a,
                "ay": round(height - a, 1),
                "aw": round(bar / 2, 1),
                "day": d,
            }
        )
    return {"width": width, "height": height, "bars": bars, "top": top}


Handler = Callable[[Request, auth.Session], Awaitable[Response]]


def create_app(settings: Settings, engine: Engine, model: CategoryModel | None = None) -> Starlette:
    console = Console(settings, engine, model)

    def signed_in(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            session, new_token = await console.session(request)
            if session is None:
                target = request.url.path
                if request.url.query:
                    target += "?" + request.url.query
                if request.headers.get("HX-Request"):
                    # a poll after the session ended: send the whole page to the sign-in form
                    return Response(status_code=204, headers={"HX-Redirect": "/login"})
                return RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)
            response = await handler(request, session)
            if new_token:
                console._cookie(response, new_token)
            return response

        return endpoint

    async def home(request: Request) -> Response:
        return RedirectResponse("/queue", status_code=303)

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    routes = [
        Route("/", home),
        Route("/healthz", health),
        Route("/login", console.login_page, methods=["GET"]),
        Route("/login", console.login, methods=["POST"]),
        Route("/logout", console.logout, methods=["POST"]),
        Route("/queue", signed_in(console.queue_page)),
        Route("/queue/rows", signed_in(console.queue_rows)),
        Route("/items/{pk:int}", signed_in(console.item_page)),
        Route("/items/{pk:int}/attachments/{index:int}", signed_in(console.download)),
        Route("/items/{pk:int}/{what:str}", signed_in(console.act), methods=["POST"]),
        Route("/overview", signed_in(console.overview_page)),
        Route("/tracker", signed_in(console.tracker_page)),
        Route("/audit", signed_in(console.audit_page)),
        Route("/audit.csv", signed_in(console.audit_export)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return console.page(
            request,
            "error.html",
            None,
            status=404,
            title="Page not found",
            message="There is no page at this address.",
        )

    app = Starlette(
        routes=routes, middleware=[Middleware(_Headers)], exception_handlers={404: not_found}
    )
    app.state.console = console
    return app
