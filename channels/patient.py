"""The patient-facing channels (REST and socket.io). Both go through `PatientGate`:

    screen() -> rate limit -> Rasa (strict tracker store, bounded action timeout) -> "forget me"

* over MAX_MESSAGE_CHARS characters -> HTTP 413 with a JSON error; it never reaches NLU;
* empty or whitespace-only -> HTTP 400 with a polite re-prompt;
* broken JSON, non-UTF-8 bytes -> HTTP 400;
* a leading "/intent" typed by a patient is read as words, not as a forced intent: on public
  channels only the symptom detector and the classifier decide the intent, so "/greet I have
  tremors" still gets the urgent tier;
* more than RATE_LIMIT messages a minute from one sender -> HTTP 429 with a clear message, except
  a message that reports an urgent symptom: that one always goes through;
* the conversation store is down -> HTTP 503 "temporarily unavailable", never a silent
  conversation in memory;
* a custom action that hangs gets ACTION_TIMEOUT_SECONDS, so every turn is answered within 3 s;
* the patient confirmed "forget me" -> the conversation's stored events are deleted.

Logs never contain the message text or the sender id.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import secrets
import time
import unicodedata
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Deque, Dict

import rasa.core.actions.action
from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from channels.storage import ConversationStoreUnavailable, delete_conversation, make_strict, sql_store
from components.detector import Level, SymptomDetector
from components.lexicon import load_lexicon

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
MAX_SENDER_CHARS = 128
RATE_LIMIT = 20  # messages per sender per RATE_WINDOW_SECONDS
RATE_WINDOW_SECONDS = 60.0
ACTION_TIMEOUT_SECONDS = 2.5  # Rasa 3.6 waits 5 minutes for the action server by default
SESSION_ID = re.compile(r"^[0-9a-f]{32}$")  # 128 random bits, issued by this server

# The contract with tools outside the project: these responses are the urgent tiers.
URGENCY_OF_RESPONSE = {"utter_emergency": "emergency", "utter_stop_and_contact_doctor": "stop"}
FORGOTTEN_RESPONSE = "utter_forgotten"  # sent once the patient confirmed "forget me"

NO_REPLY_TEXT = (
    "Sorry, something went wrong on my side. If you have a symptom, contact your doctor; in an "
    "emergency, call your local emergency number."
)
UNAVAILABLE_TEXT = (
    "The assistant is temporarily unavailable. Please try again in a few minutes. If you have a "
    "symptom, contact your doctor; in an emergency, call your local emergency number."
)
RATE_LIMITED_TEXT = (
    "You are sending messages very quickly. Please wait a minute, then try again. In an emergency, "
    "call your local emergency number."
)


@dataclass(frozen=True)
class Screened:
    """A message that passed (`text` set) or the HTTP status and message that refuse it."""

    text: str | None = None
    status: int = 200
    error: str = ""
    message: str = ""


def screen(raw: Any) -> Screened:
    """Decide whether a public message may go to Rasa, and in what form."""
    if not isinstance(raw, str):
        return Screened(status=400, error="message_missing", message="Please send your message as text.")
    if len(raw) > MAX_MESSAGE_CHARS:
        return Screened(
            status=413,
            error="message_too_long",
            message=f"Your message is too long. Please keep it under {MAX_MESSAGE_CHARS} characters.",
        )
    # control characters (except line breaks and tabs) carry no meaning for triage
    text = "".join(c for c in raw if c in "\n\t" or unicodedata.category(c)[0] != "C").strip()
    # "/intent" or "/intent{...}" would bypass NLU and the symptom detector: read it as words
    while text.startswith("/"):
        text = text[1:].lstrip()
    if not text:
        return Screened(status=400, error="message_empty", message="Please type your message, then send it.")
    return Screened(text=text)


class RateLimit:
    """At most `limit` messages per key in a sliding window (in this process)."""

    def __init__(self, limit: int = RATE_LIMIT, window: float = RATE_WINDOW_SECONDS) -> None:
        self.limit = limit
        self.window = window
        self._seen: Dict[str, Deque[float]] = defaultdict(deque)

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        seen = self._seen[key]
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        return True


@functools.lru_cache(maxsize=1)
def urgent_detector() -> SymptomDetector:
    """The symptom detector, for the rate limit's exception. Built without the real-word list that
    guards typo correction: that can only let more messages through, never fewer."""
    return SymptomDetector(load_lexicon(), frozenset())


def reports_urgent_symptom(text: str) -> bool:
    return urgent_detector()(text).level in (Level.EMERGENCY, Level.STOP)


class ResponseNames:
    """Remembers which domain responses an output channel sent (Rasa passes `utter_action`)."""

    def __init__(self) -> None:
        self.sent: list[str | None] = []

    def note(self, message: dict[str, Any]) -> None:
        self.sent.append(message.get("utter_action"))


class PatientCollectingOutput(CollectingOutputChannel):
    def __init__(self) -> None:
        super().__init__()
        self.names = ResponseNames()

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.names.note(message)
        await super().send_response(recipient_id, message)


class PatientSocketIOOutput(SocketIOOutput):
    """Sends each bot message as one event, with the response it came from and its urgency, so
    the widget can show the urgent tiers as alerts."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str) -> None:
        super().__init__(sio, bot_message_evt)
        self.names = ResponseNames()

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.names.note(message)
        name = message.get("utter_action")
        event = {
            "text": message.get("text") or "",
            "buttons": message.get("buttons") or [],
            "response": name,
            "urgency": URGENCY_OF_RESPONSE.get(name),
        }
        await self._send_message(recipient_id, event)


class PatientGate:
    """What every public channel does around Rasa; see the module docstring."""

    def __init__(self) -> None:
        self.rate_limit = RateLimit()
        self.app: Sanic | None = None

    def attach(self, blueprint: Blueprint) -> None:
        @blueprint.listener("after_server_start")
        async def remember_app(app: Sanic, _: Any) -> None:
            self.app = app
            agent = getattr(app.ctx, "agent", None)
            if agent is not None and sql_store(agent.tracker_store) is None:
                # e.g. a misspelt `type` in endpoints.yml: Rasa then keeps conversations in memory
                logger.error("Conversations are not in a SQL tracker store: a restart loses them (see endpoints.yml)")
            # a hanging action server must not hold a patient's conversation for minutes
            rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT = ACTION_TIMEOUT_SECONDS
            urgent_detector()  # built now (about 0.5 s), not while a patient waits

    async def handle(
        self,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        text: str,
        sender: str,
        output: PatientCollectingOutput | PatientSocketIOOutput,
        channel: str,
    ) -> str | None:
        """Pass one screened message to Rasa. Returns a refusal text, or None when Rasa answered."""
        # the exception is checked only when the limit refuses: no cost on the normal path
        if not self.rate_limit.allow(sender) and not reports_urgent_symptom(text):
            return RATE_LIMITED_TEXT
        agent = self.app.ctx.agent if self.app else None
        if agent is not None:
            make_strict(agent.tracker_store)
        try:
            await on_new_message(UserMessage(text, output, sender, input_channel=channel))
        except ConversationStoreUnavailable:
            return UNAVAILABLE_TEXT
        except Exception as e:  # the patient still gets an answer; the log gets no text
            logger.error("Handling a message failed: %s", type(e).__name__)
            return NO_REPLY_TEXT
        if FORGOTTEN_RESPONSE in output.names.sent and agent is not None:
            store = sql_store(agent.tracker_store)
            if store is not None:
                deleted = delete_conversation(store, sender)
                logger.info("Deleted a conversation on the patient's request (%d events)", deleted)
        return None


def _error(status: int, error: str, message: str) -> HTTPResponse:
    return response.json({"error": error, "message": message}, status=status)


REFUSAL_STATUS = {RATE_LIMITED_TEXT: (429, "rate_limited"), UNAVAILABLE_TEXT: (503, "temporarily_unavailable")}


class PatientRestInput(RestInput):
    """REST channel at /webhooks/rest/webhook that screens messages (replaces Rasa's `rest`)."""

    def __init__(self) -> None:
        self.gate = PatientGate()

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"patient_webhook_{type(self).__name__}", __name__)
        self.gate.attach(webhook)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = json.loads(request.body)
            except (ValueError, UnicodeDecodeError):
                return _error(400, "invalid_json", "The request body must be JSON in UTF-8.")
            if not isinstance(body, dict):
                return _error(400, "invalid_json", "The request body must be a JSON object.")
            sender = body.get("sender")
            if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
                return _error(400, "sender_invalid", "A sender id (1-128 characters) is required.")
            screened = screen(body.get("message"))
            if screened.text is None:
                return _error(screened.status, screened.error, screened.message)
            output = PatientCollectingOutput()
            refusal = await self.gate.handle(on_new_message, screened.text, sender, output, self.name())
            if refusal in REFUSAL_STATUS:
                status, error = REFUSAL_STATUS[refusal]
                return _error(status, error, refusal)
            messages = output.messages if refusal is None else []
            return response.json(messages or [{"recipient_id": sender, "text": refusal or NO_REPLY_TEXT}])

        return webhook


class PatientSocketIOInput(SocketIOInput):
    """socket.io channel for the widget (replaces Rasa's `socketio`).

    Unlike Rasa's, it screens every message, issues the session ids itself (128 random bits; a
    client may only resume an id of that form, e.g. after a page reload), answers only the
    configured origins, and takes the sender from the connection, never from the message.
    """

    def __init__(self, cors_allowed_origins: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cors_allowed_origins = list(cors_allowed_origins or [])
        self._session_of: dict[str, str] = {}  # socket id -> session id
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
            session_persistence=True,
            socketio_path=credentials.get("socketio_path", "/socket.io"),
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=self.cors_allowed_origins)
        webhook = SocketBlueprint(sio, self.socketio_path, "patient_socketio_webhook", __name__)
        self.sio = sio
        self.gate.attach(webhook)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: str) -> None:
            self._session_of.pop(sid, None)

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: dict | None) -> None:
            asked = (data or {}).get("session_id")
            session_id = asked if isinstance(asked, str) and SESSION_ID.match(asked) else secrets.token_hex(16)
            self._session_of[sid] = session_id
            # python-socketio 5.x made enter_room a coroutine; Rasa 3.6's own channel doesn't await it
            await sio.enter_room(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid)

        async def refuse(sid: str, text: str, error: str) -> None:
            await sio.emit(self.bot_message_evt, {"text": text, "error": error}, room=sid)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            session_id = self._session_of.get(sid)
            if session_id is None:
                await refuse(sid, "Please reload the page to start a chat.", "no_session")
                return
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

    def get_output_channel(self) -> OutputChannel | None:
        return PatientSocketIOOutput(self.sio, self.bot_message_evt) if self.sio else None
