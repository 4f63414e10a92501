"""What every patient-facing channel (channels/rest.py, channels/socketio.py) does around Rasa:

    screen() -> rate limit -> Rasa -> "forget me"

* over MAX_MESSAGE_CHARS characters -> HTTP 413 with a JSON error; it never reaches NLU;
* empty or whitespace-only -> HTTP 400 with a polite re-prompt;
* broken JSON, non-UTF-8 bytes -> HTTP 400;
* a leading "/intent" typed by a patient is read as words, not as a forced intent: on public
  channels only the symptom detector and the classifier decide the intent, so "/greet I have
  tremors" still gets the urgent tier;
* more than RATE_LIMIT messages a minute from one sender -> HTTP 429 with a clear message, except
  a message that reports an urgent symptom: that one always goes through;
* the conversation store is down -> HTTP 503 "temporarily unavailable", never a silent
  conversation in memory (server/settings.py makes the store raise);
* the patient confirmed "forget me" -> the conversation's stored events are deleted.

Logs never contain the message text or the sender id.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Deque, Dict

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOOutput
from sanic import Blueprint, Sanic, response
from sanic.response import HTTPResponse
from socketio import AsyncServer

from channels.calls import calls_in
from stores.tracker_store import ConversationStoreUnavailable, delete_conversation, sql_store
from triage.result import Level
from triage.summary import TIMEZONE_KEY, zone_named

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
MAX_SENDER_CHARS = 128
RATE_LIMIT = 20  # messages per sender per RATE_WINDOW_SECONDS
RATE_WINDOW_SECONDS = 60.0

# The contract with tools outside the project: these responses are the urgent tiers.
URGENCY_OF_RESPONSE = {
    "utter_emergency": "emergency",
    "utter_stop_and_contact_doctor": "stop",
    "utter_stop_reminder": "stop",  # the stop advice said again before an answer (stop 47)
}
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
    """Sends each bot message as one event, with the response it came from, its urgency and the
    numbers it names as one-tap calls, so the widget can show the urgent tiers as alerts with
    `tel:` links (channels/calls.py) and the summary for the doctor as a card:

        {"text", "buttons", "response": "utter_emergency", "urgency": "emergency" | "stop" | null,
         "calls": [{"number", "tel", "kind", "label", "regions"}, ...]}
    """

    def __init__(self, sio: AsyncServer, bot_message_evt: str) -> None:
        super().__init__(sio, bot_message_evt)
        self.names = ResponseNames()

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.names.note(message)
        name = message.get("utter_action")
        urgency = URGENCY_OF_RESPONSE.get(name)
        event = {
            "text": message.get("text") or "",
            "buttons": message.get("buttons") or [],
            "response": name,
            "urgency": urgency,
            "calls": calls_in(message.get("text") or "") if urgency else [],
        }
        await self._send_message(recipient_id, event)


class PatientGate:
    """What every public channel does around Rasa; see the module docstring."""

    def __init__(self) -> None:
        self.rate_limit = RateLimit()
        self.app: Sanic | None = None  # set when the server has started

    def attach(self, blueprint: Blueprint) -> None:
        @blueprint.listener("after_server_start")
        async def remember_app(app: Sanic, _: Any) -> None:
            self.app = app
            agent = getattr(app.ctx, "agent", None)
            if agent is not None and sql_store(agent.tracker_store) is None:
                # e.g. a misspelt `type` in endpoints.yml: Rasa then keeps conversations in memory
                logger.error("Conversations are not in a SQL tracker store: a restart loses them (see endpoints.yml)")

    async def reports_urgent_symptom(self, text: str) -> bool:
        """The trained model's triage of `text` (its own lexicon), without touching the conversation."""
        agent = self.app.ctx.agent if self.app else None
        if agent is None:
            return False
        triage = (await agent.parse_message(text)).get("triage") or {}
        return Level(triage.get("level", Level.NONE.value)).urgent

    async def handle(
        self,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        text: str,
        sender: str,
        output: PatientCollectingOutput | PatientSocketIOOutput,
        channel: str,
        timezone: Any = None,
    ) -> str | None:
        """Pass one screened message to Rasa. Returns a refusal text, or None when Rasa answered.

        `timezone`: the patient's time zone as the client sent it (the widget sends the browser's);
        kept in the message's metadata only when it is a known IANA name, for the clock times of
        the summary for the doctor (triage/summary.py)."""
        # the exception is checked only when the limit refuses: no cost on the normal path
        if not self.rate_limit.allow(sender) and not await self.reports_urgent_symptom(text):
            return RATE_LIMITED_TEXT
        agent = self.app.ctx.agent if self.app else None
        try:
            metadata = {TIMEZONE_KEY: timezone} if zone_named(timezone) is not None else None
            await on_new_message(UserMessage(text, output, sender, input_channel=channel, metadata=metadata))
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


def error_response(status: int, error: str, message: str) -> HTTPResponse:
    return response.json({"error": error, "message": message}, status=status)


REFUSAL_STATUS = {RATE_LIMITED_TEXT: (429, "rate_limited"), UNAVAILABLE_TEXT: (503, "temporarily_unavailable")}
