"""The patients' REST channel at /webhooks/rest/webhook (configured in credentials.yml as
`channels.rest.PatientRestInput`; it takes the place of Rasa's own `rest` channel).

An `InputChannel` with its own routes, rather than a subclass of Rasa's `RestInput` whose routes
and hooks it would replace: every message goes through `channels.gate` (screening, rate limit,
"forget me"), and refusals are JSON errors with an HTTP status. A sender id of the form of the
widget's session ids (32 hex digits) is refused: a REST caller can't reach a widget's conversation.
"""

from __future__ import annotations

import json
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.gate import (
    MAX_SENDER_CHARS,
    NO_REPLY_TEXT,
    REFUSAL_STATUS,
    PatientCollectingOutput,
    PatientGate,
    error_response,
    screen,
)
from channels.session_token import is_session_id


class PatientRestInput(InputChannel):
    """POST {"sender": "...", "message": "..."}; the reply is Rasa's list of bot messages."""

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
                return error_response(400, "invalid_json", "The request body must be JSON in UTF-8.")
            if not isinstance(body, dict):
                return error_response(400, "invalid_json", "The request body must be a JSON object.")
            sender = body.get("sender")
            if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
                return error_response(400, "sender_invalid", "A sender id (1-128 characters) is required.")
            if is_session_id(sender):  # the widget's conversations are reached only with their token
                return error_response(
                    400, "sender_reserved", "Sender ids of 32 hex digits are the widget's: please choose another."
                )
            screened = screen(body.get("message"))
            if screened.text is None:
                return error_response(screened.status, screened.error, screened.message)
            output = PatientCollectingOutput()
            refusal = await self.gate.handle(on_new_message, screened.text, sender, output, self.name())
            if refusal in REFUSAL_STATUS:
                status, error = REFUSAL_STATUS[refusal]
                return error_response(status, error, refusal)
            messages = output.messages if refusal is None else []
            return response.json(messages or [{"recipient_id": sender, "text": refusal or NO_REPLY_TEXT}])

        return webhook
