"""The assistant as a patient reaches it: a real Rasa server, REST and socket.io, with the
action server stopped unless a test starts it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import socketio

from tests.conftest import ROOT, SERVER, post, text_of
from triage.result import explain

pytestmark = pytest.mark.server

DISCLAIMER = text_of("utter_disclaimer")


def bot_actions(db: Path, sender: str) -> list[str]:
    """The `utter_action` of each bot event the tracker store kept for a sender."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'bot' ORDER BY id", (sender,)
        ).fetchall()
    return [json.loads(data)["metadata"].get("utter_action") for (data,) in rows]


@pytest.mark.parametrize(
    "message, response, slots",
    [
        (
            "thanks, but my hands are shaking now",
            "utter_stop_and_contact_doctor",
            {"reported_symptoms": "tremors (shaking)"},
        ),
        (
            "how should I take it? I've been vomiting",
            "utter_stop_and_contact_doctor",
            {"reported_symptoms": "vomiting"},
        ),
        (
            "hi, I had a fit this morning",
            "utter_stop_and_contact_doctor",
            {"reported_symptoms": "convulsions (seizure or fit)"},
        ),
        (
            "my husband is sweating and shaking",
            "utter_stop_and_contact_doctor",
            {"reported_symptoms": "sweating and tremors (shaking) (in the person you are looking after)"},
        ),
        ("I have tremmors", "utter_stop_and_contact_doctor", {"reported_symptoms": "tremors (shaking)"}),
        ("he is not breathing", "utter_emergency", {}),
        ("I took too many pills", "utter_emergency", {}),
        ("/greet I want to kill myself", "utter_emergency", {}),
        ("can soma cause tremors?", "utter_symptom_info", {}),
        ("no tremors, I just feel drowsy", "utter_common_side_effects", {}),
        ("how should I take it?", "utter_how_to_take", {}),
        ("can I drink alcohol on soma?", "utter_alcohol", {}),
        ("can I drive after taking it?", "utter_driving", {}),
        ("can I take it with xanax?", "utter_interactions", {}),
        ("how long can I take it for?", "utter_long_term_use", {}),
        ("what is soma used for?", "utter_what_for", {}),
        ("I missed a dose", "utter_missed_or_extra_dose", {}),
        ("can I take it while pregnant?", "utter_not_in_leaflet", {}),
        ("are you a bot?", "utter_iamabot", {}),
        ("xkq zzv plorp", "utter_ask_rephrase", {}),
        ("¿Puedo tomarlo con comida?", "utter_ask_rephrase", {}),
    ],
)
def test_first_message_gets_its_tier_then_the_disclaimer(rasa_server, message, response, slots):
    sender = f"tier-{abs(hash(message))}"
    replies = rasa_server.say(sender, message)
    assert [r["text"] for r in replies] == [text_of(response, **slots), DISCLAIMER]
    assert bot_actions(rasa_server.db, sender) == [response, "utter_disclaimer"]


def test_a_conversation_with_follow_ups(rasa_server):
    sender = "follow-ups"
    said = [
        [r["text"] for r in rasa_server.say(sender, m)]
        for m in [
            "hello",
            "my wife is seeing things",
            "what else should I do?",
            "should I go to hospital?",
            "thanks",
            "bye",
        ]
    ]
    assert said == [
        [text_of("utter_greet"), DISCLAIMER],
        [
            text_of(
                "utter_stop_and_contact_doctor",
                reported_symptoms="hallucinations (in the person you are looking after)",
            )
        ],
        [text_of("utter_next_steps")],
        [text_of("utter_hospital")],
        [text_of("utter_you_are_welcome")],
        [text_of("utter_goodbye")],
    ]
    assert bot_actions(rasa_server.db, sender) == [
        "utter_greet",
        "utter_disclaimer",
        "utter_stop_and_contact_doctor",
        "utter_next_steps",
        "utter_hospital",
        "utter_you_are_welcome",
        "utter_goodbye",
    ]


def test_two_messages_we_cannot_understand_get_the_default_reply(rasa_server):
    sender = "two-fallbacks"
    rasa_server.say(sender, "hello")
    assert [r["text"] for r in rasa_server.say(sender, "blorp zing")] == [text_of("utter_ask_rephrase")]
    assert [r["text"] for r in rasa_server.say(sender, "qwop flarn")] == [text_of("utter_default")]


def test_a_custom_action_with_the_action_server_down_still_gets_a_reply(rasa_server):
    sender = "explain-down"
    rasa_server.say(sender, "I have a fever")
    [reply] = rasa_server.say(sender, "why did you say that?")
    assert "emergency number" in reply["text"]


def test_explain_with_the_action_server_running(rasa_server, detector):
    server = subprocess.Popen(
        [*SERVER, "actions", "--actions", "actions", "--port", str(rasa_server.action_port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{rasa_server.action_port}/health", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        sender = "explain-up"
        rasa_server.say(sender, "my husband is shaking, no fever")
        [reply] = rasa_server.say(sender, "why did you say that?")
        # the same words as `make explain`, from the parse data the server stored
        assert reply["text"] == explain(detector("my husband is shaking, no fever"))
        assert reply["text"].splitlines()[:3] == [
            "Urgency: stop.",
            "- 'shaking' -> tremors (shaking) (someone else): present, tier stop (lexicon)",
            "  context: OTHER_PERSON: my husband",
        ]
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.parametrize(
    "body, status, error",
    [
        (json.dumps({"sender": "big", "message": "x" * 2001}).encode(), 413, "message_too_long"),
        (json.dumps({"sender": "empty", "message": "   "}).encode(), 400, "message_empty"),
        (b'{"sender": "broken", "message": ', 400, "invalid_json"),
        (b"\xff\xfe\x00binary\x80", 400, "invalid_json"),
        (json.dumps(["a", "list"]).encode(), 400, "invalid_json"),
        (json.dumps({"message": "hi"}).encode(), 400, "sender_invalid"),
    ],
)
def test_bad_input_gets_a_clear_error(rasa_server, body, status, error):
    got_status, got_body = post(rasa_server.webhook, body)
    assert (got_status, got_body["error"]) == (status, error)
    assert got_body["message"]


def test_an_oversized_message_never_reaches_the_tracker(rasa_server):
    post(rasa_server.webhook, json.dumps({"sender": "never-stored", "message": "y" * 5000}).encode())
    with sqlite3.connect(rasa_server.db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM events WHERE sender_id = 'never-stored'").fetchone() == (0,)


def test_message_text_and_sender_id_are_not_logged_at_info(rasa_server):
    """Every path, including the failing ones: urgent, injected intent, too long, empty, an action
    with the action server down, and a rate-limited sender."""
    canary, sender = "zebracanary7731", "sendercanary5512"
    messages = [f"I have tremors {canary}", f"/greet {canary}", f"{canary} " * 500, "   ", f"why {canary}"]
    messages += [f"hello {canary}"] * 20
    for message in messages:
        post(rasa_server.webhook, json.dumps({"sender": sender, "message": message}).encode())
    log = rasa_server.log.read_text()
    assert canary not in log and sender not in log


async def socket_conversation(port: int, origin: str, messages: list[str], session_id: str | None = None) -> tuple:
    client = socketio.AsyncClient()
    replies: list = []
    confirmed: asyncio.Future = asyncio.get_running_loop().create_future()
    client.on("session_confirm", lambda sid: confirmed.done() or confirmed.set_result(sid))
    client.on("bot_uttered", lambda data: replies.append(data))
    await client.connect(f"http://127.0.0.1:{port}", headers={"Origin": origin}, transports=["polling"])
    try:
        await client.emit("session_request", {"session_id": session_id})
        session = await asyncio.wait_for(confirmed, 10)
        for message in messages:
            expected = len(replies) + 1
            await client.emit("user_uttered", {"message": message, "session_id": "someone-else"})
            deadline = time.monotonic() + 20
            while len(replies) < expected and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            await asyncio.sleep(0.3)  # a reply may have more than one message
    finally:
        # the polling transport's disconnect waits for the pending long-poll (about 30 s);
        # nothing the test checks depends on that wait
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(client.disconnect(), 1)
    return session, replies


async def test_socketio_gives_the_urgent_reply_and_keeps_the_session(rasa_server):
    session, replies = await socket_conversation(rasa_server.port, "http://localhost:8080", ["he is seizing"])
    assert len(session) == 32 and int(session, 16) >= 0
    assert [r["text"] for r in replies] == [text_of("utter_emergency"), DISCLAIMER]
    assert bot_actions(rasa_server.db, session) == ["utter_emergency", "utter_disclaimer"]
    resumed, replies = await socket_conversation(rasa_server.port, "http://localhost:8080", ["thanks"], session)
    assert resumed == session
    assert [r["text"] for r in replies] == [text_of("utter_you_are_welcome")]


async def test_socketio_screens_messages(rasa_server):
    _, replies = await socket_conversation(rasa_server.port, "http://127.0.0.1:8080", ["   ", "z" * 2001])
    assert [r.get("error") for r in replies] == ["message_empty", "message_too_long"]


async def test_socketio_refuses_an_unknown_origin(rasa_server):
    with pytest.raises(socketio.exceptions.ConnectionError):
        await socket_conversation(rasa_server.port, "http://evil.example.com", ["hi"])


async def test_socketio_never_resumes_an_id_it_could_not_have_issued(rasa_server):
    session, _ = await socket_conversation(rasa_server.port, "http://localhost:8080", [], "tier-guessable")
    assert session != "tier-guessable" and len(session) == 32
