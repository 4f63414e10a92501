"""The widget's socket.io channel (configured in credentials.yml as
`channels.socketio.PatientSocketIOInput`; it takes the place of Rasa's own `socketio` channel).

Every message goes through `channels.gate`, like the REST channel's.
"""

from __future__ import annotations

import re
import secrets
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from channels.gate import NO_REPLY_TEXT, REFUSAL_STATUS, PatientGate, PatientSocketIOOutput, screen

SESSION_ID = re.compile(r"^[0-9a-f]{32}$")  # 128 random bits, issued by this server


class PatientSocketIOInput(InputChannel):
    """socket.io channel for the widget, speaking the protocol of Rasa's `socketio` channel
    (`session_request` / `session_confirm`, `user_uttered` / `bot_uttered`).

    Unlike Rasa's, it screens every message, issues the session ids itself (128 random bits; a
    client may only resume an id of that form, e.g. after a page reload), answers only the
    configured origins, and takes the sender from the connection, never from the message.
    """

    def __init__(
        self,
        cors_allowed_origins: list[str] | None = None,
        user_message_evt: str = "user_uttered",
        bot_message_evt: str = "bot_uttered",
        socketio_path: str = "/socket.io",
        namespace: str | None = None,
    ) -> None:
        self.cors_allowed_origins = list(cors_allowed_origins or [])
        self.user_message_evt = user_message_evt
        self.bot_message_evt = bot_message_evt
        self.socketio_path = socketio_path
        self.namespace = namespace
        self.sio: AsyncServer | None = None
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
