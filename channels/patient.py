"""The patient-facing channels (REST and socket.io): every message is screened before Rasa.

`screen()` is the one place that decides what a public message may be; both channels use it.

* over MAX_MESSAGE_CHARS characters -> HTTP 413 with a JSON error; it never reaches NLU;
* empty or whitespace-only -> HTTP 400 with a polite re-prompt;
* broken JSON, non-UTF-8 bytes -> HTTP 400;
* a leading "/intent" typed by a patient is read as words, not as a forced intent: on public
  channels only the symptom detector and the classifier decide the intent, so "/greet I have
  tremors" still gets the urgent tier.

Logs never contain the message text or the sender id.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
MAX_SENDER_CHARS = 128
SESSION_ID = re.compile(r"^[0-9a-f]{32}$")  # 128 random bits, issued by this server

# The contract with tools outside the project: these responses are the urgent tiers.
URGENCY_OF_RESPONSE = {"utter_emergency": "emergency", "utter_stop_and_contact_doctor": "stop"}

NO_REPLY_TEXT = (
    "Sorry, something went wrong on my side. If you have a symptom, contact your doctor; in an "
    "emergency, call your local emergency number."
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


def _error(status: int, error: str, message: str) -> HTTPResponse:
    return response.json({"error": error, "message": message}, status=status)


class PatientRestInput(RestInput):
    """REST channel at /webhooks/rest/webhook that screens messages (replaces Rasa's `rest`)."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"patient_webhook_{type(self).__name__}", __name__)

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
            return response.json(await self.reply(on_new_message, screened.text, sender))

        return webhook

    async def reply(self, on_new_message: Callable[[UserMessage], Awaitable[Any]], text: str, sender: str) -> list:
        collector = CollectingOutputChannel()
        try:
            await on_new_message(UserMessage(text, collector, sender, input_channel=self.name()))
        except Exception as e:  # the patient still gets an answer; the log gets no text
            logger.error("Handling a message failed: %s", type(e).__name__)
        messages: list = collector.messages
        return messages or [{"recipient_id": sender, "text": NO_REPLY_TEXT}]

    def get_metadata(self, request: Request) -> Dict[str, Any] | None:
        return None


class PatientSocketIOOutput(SocketIOOutput):
    """Sends each bot message as one event, with the response it came from and its urgency, so
    the widget can show the urgent tiers as alerts."""

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        response_name = message.get("utter_action")
        event = {
            "text": message.get("text") or "",
            "buttons": message.get("buttons") or [],
            "response": response_name,
            "urgency": URGENCY_OF_RESPONSE.get(response_name),
        }
        await self._send_message(recipient_id, event)


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
            await sio.enter_room(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            session_id = self._session_of.get(sid)
            if session_id is None:
                await sio.emit(
                    self.bot_message_evt,
                    {"text": "Please reload the page to start a chat.", "error": "no_session"},
                    room=sid,
                )
                return
            screened = screen(data.get("message") if isinstance(data, dict) else None)
            if screened.text is None:
                await sio.emit(self.bot_message_evt, {"text": screened.message, "error": screened.error}, room=sid)
                return
            output = PatientSocketIOOutput(sio, self.bot_message_evt)
            try:
                await on_new_message(UserMessage(screened.text, output, session_id, input_channel=self.name()))
            except Exception as e:  # the patient still gets an answer; the log gets no text
                logger.error("Handling a message failed: %s", type(e).__name__)
                await sio.emit(self.bot_message_evt, {"text": NO_REPLY_TEXT}, room=session_id)

        return webhook
