"""The widget's socket.io channel (configured in credentials.yml as
`channels.socketio.PatientSocketIOInput`; it takes the place of Rasa's own `socketio` channel).

Every message goes through `channels.gate`, like the REST channel's. Sessions are the server's:
a connection gets a new one, or resumes one with a token this server signed
(`channels.session_token`); "why?" and "forget me" can only ever act on that session.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from channels.gate import NO_REPLY_TEXT, REFUSAL_STATUS, PatientGate, PatientSocketIOOutput, screen
from channels.session_token import DEFAULT_SECRET_FILE, SessionTokens, load_secret

logger = logging.getLogger(__name__)

# A connection that has not asked for a session this long after connecting is closed: it is not
# the widget (which asks at once), and it holds a connection a patient may need.
SESSION_REQUEST_SECONDS = 10.0
# A connection with no message from the patient for this long is closed; the widget connects
# again, with the same session, when the patient next sends (nothing typed is lost).
IDLE_SECONDS = 30 * 60.0
SWEEP_SECONDS = 2.0

INVALID_REQUEST_TEXT = "The assistant could not read that request. Please reload the page and try again."


class PrivateTransportLog(logging.Filter):
    """Keeps the socket.io and engine.io libraries' log lines free of identifiers and request data.

    Their messages name engine.io session ids ("Invalid session <sid>", from the `sid` query
    parameter) and the Origin header of refused connections, and their tracebacks run to many
    lines. This filter rewrites each record to one line without either: ids become `<id>`, an
    origin is left out, a traceback the exception's type.
    Also attached to Sanic's error logger, whose "Exception occurred while handling uri" names the
    URL with its query string.
    """

    _REWRITES = (
        (re.compile(r"\S+ is not an accepted origin\."), "refused a connection from an origin that is not allowed."),
        (re.compile(r"^\S+ is not connected to namespace"), "<id> is not connected to namespace"),
        (re.compile(r"\b(session|sid) \S+"), r"\1 <id>"),
        (re.compile(r"\?[^\s'\"]*"), "?<query>"),
        (re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])"), "<id>"),
    )

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern, replacement in self._REWRITES:
            message = pattern.sub(replacement, message)
        if record.exc_info and record.exc_info[1] is not None:
            message = f"{message} ({type(record.exc_info[1]).__name__})"
        record.msg, record.args = message.splitlines()[0] if message else message, ()
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def transport_logger() -> logging.Logger:
    """The logger handed to python-socketio and python-engineio in place of their own.

    Their own loggers print to stderr through a handler of their own (so `var/rasa-console.log`
    held what `var/rasa.log` did not); this one propagates to Rasa's handlers, at WARNING, through
    `PrivateTransportLog`.
    """
    log = logging.getLogger(f"{__name__}.transport")
    log.setLevel(logging.WARNING)
    if not any(isinstance(f, PrivateTransportLog) for f in log.filters):
        log.addFilter(PrivateTransportLog())
    return log


class PatientSocketIOInput(InputChannel):
    """socket.io channel for the widget, speaking the protocol of Rasa's `socketio` channel
    (`session_request` / `session_confirm`, `user_uttered` / `bot_uttered`).

    Unlike Rasa's, it screens every message, issues the sessions itself and resumes only a token it
    signed (`session_confirm` carries the token; the session id is its first part), answers only the
    configured origins, takes the sender from the connection, never from the message, gives one
    connection one session (asking again returns the same one, so a new session can't reset the rate
    limit on an open connection), closes connections that stay idle, and answers a malformed event
    with an error event and one line in the log.
    """

    def __init__(
        self,
        cors_allowed_origins: list[str] | None = None,
        user_message_evt: str = "user_uttered",
        bot_message_evt: str = "bot_uttered",
        socketio_path: str = "/socket.io",
        namespace: str | None = None,
        session_secret_file: str = DEFAULT_SECRET_FILE,
        session_request_seconds: float = SESSION_REQUEST_SECONDS,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self.cors_allowed_origins = list(cors_allowed_origins or [])
        self.user_message_evt = user_message_evt
        self.bot_message_evt = bot_message_evt
        self.socketio_path = socketio_path
        self.namespace = namespace
        self.session_secret_file = session_secret_file
        self.session_request_seconds = float(session_request_seconds)
        self.idle_seconds = float(idle_seconds)
        self.sio: AsyncServer | None = None
        self.tokens: SessionTokens | None = None
        self._session_of: dict[str, str] = {}  # socket id -> session id
        self._close_at: dict[str, float] = {}  # socket id -> when it is closed unless it is used
        self._sweeper: asyncio.Future | None = None
        self.gate = PatientGate()

    @classmethod
    def name(cls) -> str:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> PatientSocketIOInput:
        credentials = credentials or {}
        return cls(
            cors_allowed_origins=credentials.get("cors_allowed_origins", []),
            user_message_evt=credentials.get("user_message_evt", "user_uttered"),
            bot_message_evt=credentials.get("bot_message_evt", "bot_uttered"),
            socketio_path=credentials.get("socketio_path", "/socket.io"),
            session_secret_file=credentials.get("session_secret_file", DEFAULT_SECRET_FILE),
            session_request_seconds=credentials.get("session_request_seconds", SESSION_REQUEST_SECONDS),
            idle_seconds=credentials.get("idle_seconds", IDLE_SECONDS),
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        self.tokens = tokens = SessionTokens(load_secret(self.session_secret_file))
        transport_log = transport_logger()
        sanic_errors = logging.getLogger("sanic.error")
        if not any(isinstance(f, PrivateTransportLog) for f in sanic_errors.filters):
            sanic_errors.addFilter(PrivateTransportLog())
        sio = AsyncServer(
            async_mode="sanic",
            cors_allowed_origins=self.cors_allowed_origins,
            logger=transport_log,
            engineio_logger=transport_log,
        )
        webhook = SocketBlueprint(sio, self.socketio_path, "patient_socketio_webhook", __name__)
        self.sio = sio
        self.gate.attach(webhook)

        @webhook.listener("after_server_start")
        async def start_sweeping(app: Sanic, _: Any) -> None:
            self._sweeper = asyncio.ensure_future(self._sweep())

        @webhook.listener("before_server_stop")
        async def stop_sweeping(app: Sanic, _: Any) -> None:
            if self._sweeper is not None:
                self._sweeper.cancel()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, *_: Any) -> None:
            self._close_at[sid] = time.monotonic() + self.session_request_seconds

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: str, *_: Any) -> None:
            self._session_of.pop(sid, None)
            self._close_at.pop(sid, None)

        async def refuse(sid: str, text: str, error: str) -> None:
            await sio.emit(self.bot_message_evt, {"text": text, "error": error}, room=sid)

        async def malformed(sid: str, event: str, problem: str) -> None:
            logger.warning("Refused a %s event: %s", event, problem)
            await refuse(sid, INVALID_REQUEST_TEXT, "invalid_request")

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, *args: Any) -> None:
            if len(args) > 1:
                await malformed(sid, "session_request", f"{len(args)} arguments, expected at most one")
                return
            data = args[0] if args else None
            if data is not None and not isinstance(data, dict):
                await malformed(sid, "session_request", "the payload is not an object")
                return
            session_id = self._session_of.get(sid)
            if session_id is None:  # a connection keeps the session it was first given
                session_id = tokens.verify((data or {}).get("session_id")) or tokens.new_session_id()
                self._session_of[sid] = session_id
                # python-socketio 5.x made enter_room a coroutine; Rasa 3.6's own channel doesn't await it
                await sio.enter_room(sid, session_id)
            self._close_at[sid] = time.monotonic() + self.idle_seconds
            await sio.emit("session_confirm", tokens.issue(session_id), room=sid)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, *args: Any) -> None:
            if len(args) != 1:
                await malformed(sid, self.user_message_evt, f"{len(args)} arguments, expected one")
                return
            data = args[0]
            session_id = self._session_of.get(sid)
            if session_id is None:
                await refuse(sid, "Please reload the page to start a chat.", "no_session")
                return
            self._close_at[sid] = time.monotonic() + self.idle_seconds
            screened = screen(data.get("message") if isinstance(data, dict) else None)
            if screened.text is None:
                await refuse(sid, screened.message, screened.error)
                return
            output = PatientSocketIOOutput(sio, self.bot_message_evt)
            refusal = await self.gate.handle(on_new_message, screened.text, session_id, output, self.name())
            if refusal is not None:
                await refuse(sid, refusal, REFUSAL_STATUS.get(refusal, (500, "no_reply"))[1])
            elif not output.names.sent:
                await refuse(sid, NO_REPLY_TEXT, "no_reply")

        return webhook

    async def _sweep(self) -> None:
        """Close connections that never asked for a session, or whose patient has gone quiet."""
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            now = time.monotonic()
            for sid in [sid for sid, close_at in self._close_at.items() if close_at <= now]:
                self._close_at.pop(sid, None)
                if self.sio is not None:
                    try:
                        await self._close(self.sio, sid)
                    except Exception as e:  # one failed close must not end the sweeping
                        logger.warning("Closing an idle connection failed: %s", type(e).__name__)

    async def _close(self, sio: AsyncServer, sid: str) -> None:
        """Leave the namespace and close the engine.io connection under it (its close packet ends
        a browser's connection at once; a client that ignores it is cut off by engine.io when its
        next ping round ends, and by nginx's proxy_read_timeout)."""
        eio_sid = sio.manager.eio_sid_from_sid(sid, self.namespace or "/")
        await sio.disconnect(sid, namespace=self.namespace)
        if eio_sid is not None:
            await sio.eio.disconnect(eio_sid)

    def get_output_channel(self) -> OutputChannel | None:
        return PatientSocketIOOutput(self.sio, self.bot_message_evt) if self.sio else None
