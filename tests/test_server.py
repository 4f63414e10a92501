"""The assistant as a patient reaches it: a real Rasa server, REST and socket.io, with the
action server stopped unless a test starts it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import socketio
import websockets

from tests.conftest import ROOT, SERVER, RasaServer, SocketChat, action_server, free_port, post, text_of
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
        ("/greet I want to kill myself", "utter_emergency", {"emergency_kind": "self_harm"}),
        ("everyone would be better off without me", "utter_emergency", {"emergency_kind": "self_harm"}),
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
    """What to do and whether to go to hospital get their own answers; after the stop reply they get the stop reply
    again, which answers them without resting on the classifier (stop 51)."""
    sender = "follow-ups"
    said = [
        [r["text"] for r in rasa_server.say(sender, m)]
        for m in [
            "hello",
            "what else should I do?",
            "should I go to hospital?",
            "my wife is seeing things",
            "should I go to hospital?",
            "thanks",
            "bye",
        ]
    ]
    stop_reply = [
        text_of(
            "utter_stop_and_contact_doctor",
            reported_symptoms="hallucinations (in the person you are looking after)",
        )
    ]
    assert said == [
        [text_of("utter_greet"), DISCLAIMER],
        [text_of("utter_next_steps")],
        [text_of("utter_hospital")],
        stop_reply,
        stop_reply,
        [text_of("utter_you_are_welcome")],
        [text_of("utter_goodbye")],
    ]
    assert bot_actions(rasa_server.db, sender) == [
        "utter_greet",
        "utter_disclaimer",
        "utter_next_steps",
        "utter_hospital",
        "utter_stop_and_contact_doctor",
        "utter_stop_and_contact_doctor",
        "utter_you_are_welcome",
        "utter_goodbye",
    ]


def test_the_server_answers_without_loading_the_packages_it_skips(rasa_server):
    """jax is kept out (server/settings.py): the server still answers, and no jax library is mapped."""
    assert rasa_server.say("skip-check", "he is not breathing")[0]["text"] == text_of("utter_emergency")
    maps = Path(f"/proc/{rasa_server.process.pid}/maps").read_text()
    assert "site-packages/tensorflow" in maps  # what the check below would see if jax were loaded
    assert "site-packages/jaxlib" not in maps


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
        # the form of a widget session id: a REST caller can't reach a widget's conversation
        (json.dumps({"sender": "0123456789abcdef0123456789abcdef", "message": "hi"}).encode(), 400, "sender_reserved"),
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
    messages += [f"summary for my doctor {canary}"]  # the summary's action, with the action server down
    messages += [f"hello {canary}"] * 20
    for message in messages:
        post(rasa_server.webhook, json.dumps({"sender": sender, "message": message}).encode())
    for log in (rasa_server.log, rasa_server.console_log):  # make run keeps both (var/rasa-console.log)
        text = log.read_text()
        assert canary not in text and sender not in text, log.name


async def socket_conversation(
    port: int, origin: str, messages: list[str], session_id: str | None = None, extra: dict | None = None
) -> tuple:
    """A chat as the widget holds it; `extra`: more fields of each `user_uttered` (the time zone)."""
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
            await client.emit("user_uttered", {"message": message, "session_id": "someone-else", **(extra or {})})
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


def session_of(token: str) -> str:
    """The session id (the tracker's sender id) in a session token: its first part."""
    return token.split(".")[0]


async def test_socketio_gives_the_urgent_reply_and_keeps_the_session(rasa_server):
    token, replies = await socket_conversation(rasa_server.port, "http://localhost:8080", ["he is seizing"])
    session_id, expires, mac = token.split(".")  # channels/session_token.py
    assert re.fullmatch("[0-9a-f]{32}", session_id) and int(expires) > time.time() and len(mac) == 64
    assert [r["text"] for r in replies] == [text_of("utter_emergency"), DISCLAIMER]
    assert bot_actions(rasa_server.db, session_of(token)) == ["utter_emergency", "utter_disclaimer"]
    resumed, replies = await socket_conversation(rasa_server.port, "http://localhost:8080", ["thanks"], token)
    assert session_of(resumed) == session_of(token)
    assert [r["text"] for r in replies] == [text_of("utter_you_are_welcome")]


async def test_socketio_screens_messages(rasa_server):
    _, replies = await socket_conversation(rasa_server.port, "http://127.0.0.1:8080", ["   ", "z" * 2001])
    assert [r.get("error") for r in replies] == ["message_empty", "message_too_long"]


async def test_socketio_refuses_an_unknown_origin(rasa_server):
    with pytest.raises(socketio.exceptions.ConnectionError):
        await socket_conversation(rasa_server.port, "http://evil.example.com", ["hi"])


@pytest.fixture(scope="module")
def patient_a(rasa_server) -> str:
    """Patient A's token, after A told the assistant something private."""
    conversation = socket_conversation(rasa_server.port, "http://localhost:8080", ["my wife is sweating"])
    return asyncio.run(conversation)[0]


def _forged(token: str) -> str:
    session_id, expires, mac = token.split(".")
    return f"{session_id}.{int(expires) + 3600}.{mac}"


@pytest.mark.parametrize(
    "presented",
    [
        pytest.param(lambda a: "tier-guessable", id="a guessable name"),
        pytest.param(lambda a: "0" * 32, id="an invented id"),
        pytest.param(lambda a: a.split(".")[0], id="patient A's session id"),
        pytest.param(lambda a: a.split(".")[0] + "\n", id="patient A's session id and a newline"),
        pytest.param(lambda a: a + "\n", id="patient A's token and a newline"),
        pytest.param(_forged, id="patient A's token with a later expiry"),
    ],
)
async def test_socketio_resumes_only_a_session_it_issued(rasa_server, patient_a, presented):
    token, _ = await socket_conversation(rasa_server.port, "http://localhost:8080", [], presented(patient_a))
    assert session_of(token) != session_of(patient_a)


async def test_a_connection_presenting_another_patients_id_can_neither_hear_explain_nor_delete_it(
    rasa_server, patient_a
):
    """The attacker's connection presents A's session id while A is still talking."""
    origin = {"Origin": "http://localhost:8080"}
    a, intruder = socketio.AsyncClient(), socketio.AsyncClient()
    heard: dict[str, list] = {"a": [], "intruder": []}
    confirmed: dict[str, asyncio.Future] = {}
    loop = asyncio.get_running_loop()
    for name, client in (("a", a), ("intruder", intruder)):
        confirmed[name] = loop.create_future()
        client.on("session_confirm", lambda t, name=name: confirmed[name].done() or confirmed[name].set_result(t))
        client.on("bot_uttered", lambda data, name=name: heard[name].append(data))
        await client.connect(f"http://127.0.0.1:{rasa_server.port}", headers=origin, transports=["polling"])
    try:
        await a.emit("session_request", {"session_id": patient_a})
        await intruder.emit("session_request", {"session_id": session_of(patient_a)})
        assert session_of(await asyncio.wait_for(confirmed["a"], 10)) == session_of(patient_a)
        assert session_of(await asyncio.wait_for(confirmed["intruder"], 10)) != session_of(patient_a)

        async def say(client: socketio.AsyncClient, name: str, message: str, replies: int) -> None:
            expected = len(heard[name]) + replies
            await client.emit("user_uttered", {"message": message})
            deadline = time.monotonic() + 20
            while len(heard[name]) < expected and time.monotonic() < deadline:
                await asyncio.sleep(0.1)

        await say(a, "a", "and now she is shaking", 1)
        await asyncio.sleep(0.5)
        assert heard["intruder"] == []  # A's reply went to A only
        await say(intruder, "intruder", "why?", 2)
        assert [r["text"] for r in heard["intruder"]] == [text_of("utter_explain_unavailable"), DISCLAIMER]
        await say(intruder, "intruder", "forget me", 1)
        await say(intruder, "intruder", "Yes, delete it", 1)
        assert heard["intruder"][-1]["text"] == text_of("utter_forgotten")
        assert bot_actions(rasa_server.db, session_of(patient_a))[:1] == ["utter_stop_and_contact_doctor"]
    finally:
        for client in (a, intruder):
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(client.disconnect(), 1)


async def test_one_connection_keeps_one_session(rasa_server):
    """Asking again on an open connection gives the same session, so it can't reset the rate limit."""
    client = socketio.AsyncClient()
    tokens: asyncio.Queue = asyncio.Queue()
    client.on("session_confirm", tokens.put_nowait)
    await client.connect(
        f"http://127.0.0.1:{rasa_server.port}", headers={"Origin": "http://localhost:8080"}, transports=["polling"]
    )
    try:
        await client.emit("session_request", {"session_id": None})
        first = await asyncio.wait_for(tokens.get(), 10)
        await client.emit("session_request", {"session_id": None})
        assert session_of(await asyncio.wait_for(tokens.get(), 10)) == session_of(first)
    finally:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(client.disconnect(), 1)


async def connected_client(port: int, origin: str = "http://localhost:8080") -> tuple[socketio.AsyncClient, list]:
    client = socketio.AsyncClient()
    heard: list = []
    client.on("bot_uttered", heard.append)
    await client.connect(f"http://127.0.0.1:{port}", headers={"Origin": origin}, transports=["polling"])
    return client, heard


@pytest.mark.parametrize(
    "event, args",
    [
        ("session_request", ("not an object",)),
        ("session_request", (["a", "list"],)),
        ("session_request", ({"session_id": None}, "a second argument")),
        ("user_uttered", ()),
        ("user_uttered", ({"message": "hello"}, "a second argument")),
    ],
)
async def test_a_malformed_event_gets_an_error_event_and_one_line_in_the_log(rasa_server, event, args):
    logged_before = rasa_server.log.read_text()
    client, heard = await connected_client(rasa_server.port)
    try:
        await client.emit(event, args)
        deadline = time.monotonic() + 10
        while not heard and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert [(r["error"], bool(r["text"])) for r in heard] == [("invalid_request", True)]
    finally:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(client.disconnect(), 1)
    new_lines = rasa_server.log.read_text()[len(logged_before) :].splitlines()
    assert len(new_lines) == 1 and f"[WARNI]  Refused a {event} event" in new_lines[0]


async def test_socketio_paths_keep_text_and_ids_out_of_both_logs(tmp_path):
    """The canary method on every socket.io path, failing ones included, in `rasa.log` and in the
    console output that `make run` keeps as `var/rasa-console.log`."""
    canary = "ocelotcanary3391"
    server = RasaServer(tmp_path, action_port=free_port())
    server.start()
    try:
        token, _ = await socket_conversation(
            server.port,
            "http://localhost:8080",
            [f"I have tremors {canary}", f"/greet {canary}", f"{canary} " * 500, "   ", f"why {canary}"],
            session_id=f"{canary}-not-a-token",
        )
        client, _ = await connected_client(server.port)
        await client.emit("session_request", (canary,))
        await client.emit("user_uttered", ({"message": canary}, canary))
        await client.emit("user_uttered", ({"message": f"hello {canary}"},))  # no session on this connection
        await asyncio.sleep(1)
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(client.disconnect(), 1)
        with pytest.raises(socketio.exceptions.ConnectionError):
            await connected_client(server.port, origin=f"http://{canary}.example")
        with pytest.raises(urllib.error.HTTPError):  # an engine.io session that does not exist
            urllib.request.urlopen(f"http://127.0.0.1:{server.port}/socket.io/?EIO=4&transport=polling&sid={canary}")
        await asyncio.sleep(0.5)
    finally:
        server.stop()
    for log in (server.log, server.console_log):
        text = log.read_text()
        assert canary not in text and session_of(token) not in text, log.name


async def test_idle_connections_are_closed_and_a_talking_one_is_not(tmp_path):
    """A connection that never asks for a session, or whose patient stops talking, is closed:
    nothing idle holds a connection a new patient may need (short limits for the test)."""
    server = RasaServer(
        tmp_path, action_port=free_port(), socketio_options={"session_request_seconds": 1, "idle_seconds": 6}
    )
    server.start()
    origin = "http://localhost:8080"
    try:
        silent = SocketChat(server.port, origin)
        silent.ws = await websockets.connect(silent.url, origin=origin, ping_interval=None)
        await silent.ws.send("40")  # a socket.io connection, but no session_request
        idle, talking = SocketChat(server.port, origin), SocketChat(server.port, origin)
        await idle.open()
        await talking.open()
        idle.hold()
        silent.hold()
        deadline = time.monotonic() + 5
        while silent.alive and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        assert not silent.alive and idle.alive
        for _ in range(5):  # talking every 2 s: 10 s in all, past the idle limit
            await talking.emit("user_uttered", {"message": "hello"})
            assert (await asyncio.wait_for(talking.event(), 10))[0] == "bot_uttered"
            await asyncio.sleep(2)
        assert not idle.alive
        await talking.emit("user_uttered", {"message": "he is not breathing"})
        replies = []
        while text_of("utter_emergency") not in replies:  # after what is left of the greetings
            replies.append((await asyncio.wait_for(talking.event(), 10))[1]["text"])
    finally:
        server.stop()


# ------------------------------------------------------------------ after the warning (issue 13)
SUMMARY_BUTTON = [{"title": "Summary for my doctor", "payload": "/ask_doctor_summary"}]


def user_events(db: Path, sender: str) -> list[dict]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", (sender,)
        ).fetchall()
    return [json.loads(data) for (data,) in rows]


def test_the_urgent_replies_offer_the_summary_and_without_the_action_server_it_says_it_is_unavailable(rasa_server):
    sender = "summary-down"
    [stop, _] = rasa_server.say(sender, "my hands are shaking")
    assert stop["buttons"] == SUMMARY_BUTTON
    started = time.monotonic()
    replies = rasa_server.say(sender, "Summary for my doctor")  # the button's title, as the widget sends it
    assert time.monotonic() - started < 3
    assert [r["text"] for r in replies] == [text_of("utter_doctor_summary_unavailable")]
    [emergency] = rasa_server.say(sender, "now he won't wake up")  # the urgent path never waits for it
    assert emergency["text"] == text_of("utter_emergency") and emergency["buttons"] == SUMMARY_BUTTON
    assert bot_actions(rasa_server.db, sender) == [
        "utter_stop_and_contact_doctor",
        "utter_disclaimer",
        "utter_doctor_summary_unavailable",
        "utter_emergency",
    ]


@pytest.mark.parametrize(
    "asked",
    ["Summary for my doctor", "can I get a summary", "summarise this for my doctor please",
     "could you write this up for my GP", "I need a summary to show the doctor"],
)  # fmt: skip
def test_ways_of_asking_for_the_summary(rasa_server, asked):
    sender = f"summary-asked-{abs(hash(asked))}"
    rasa_server.say(sender, "I keep throwing up")
    assert bot_actions(rasa_server.db, sender)[-1:] == ["utter_disclaimer"]
    rasa_server.say(sender, asked)
    assert bot_actions(rasa_server.db, sender)[-1] == "utter_doctor_summary_unavailable"


def test_a_summary_request_that_reports_an_emergency_gets_the_emergency_reply(rasa_server):
    [reply, _] = rasa_server.say("summary-urgent", "can I get a summary, he is not breathing now")
    assert reply["text"] == text_of("utter_emergency")


def test_a_summary_asked_for_first_has_nothing_to_summarise(rasa_server):
    replies = rasa_server.say("summary-first", "can I get a summary")
    assert [r["text"] for r in replies] == [text_of("utter_doctor_summary_empty"), DISCLAIMER]


async def test_the_summary_with_the_action_server_running(rasa_server):
    """Over socket.io, as the widget asks for it, with the browser's time zone."""
    with action_server(rasa_server.action_port):
        token, replies = await socket_conversation(
            rasa_server.port,
            "http://localhost:8080",
            ["my husband is sweating and shaking, no fever", "ok thanks", "Summary for my doctor"],
            extra={"timezone": "America/Chicago"},
        )
    session = session_of(token)
    assert bot_actions(rasa_server.db, session) == [
        "utter_stop_and_contact_doctor", "utter_disclaimer", "utter_you_are_welcome", "utter_doctor_summary",
    ]  # fmt: skip
    summary = replies[-1]
    assert (summary["response"], summary["urgency"], summary["calls"]) == ("utter_doctor_summary", None, [])
    first = user_events(rasa_server.db, session)[0]
    assert first["metadata"]["timezone"] == "America/Chicago"
    clock = datetime.fromtimestamp(first["timestamp"], ZoneInfo("America/Chicago")).strftime("%H:%M")
    text = summary["text"]
    assert text.startswith("SUMMARY FOR THE DOCTOR\n")
    assert "Medicine: Soma (carisoprodol)" in text and 'About: someone the patient looks after ("my husband")' in text
    assert f'- {clock}  sweating, leaflet warning sign: "sweating"' in text
    assert f'- {clock}  tremors (shaking), leaflet warning sign: "shaking"' in text
    assert f"Symptoms denied (the patient said they are not there):\n- {clock}  fever" in text
    assert f'- {clock} for sweating, tremors (shaking): "stop using Soma (Carisoprodol)' in text
    assert "times in America/Chicago" in text and session not in text and "ok thanks" not in text


def test_a_time_zone_is_kept_only_when_it_is_a_known_name(rasa_server):
    for sender, zone in (("zone-known", "Europe/Dublin"), ("zone-path", "../../etc/passwd"), ("zone-odd", 42)):
        post(rasa_server.webhook, json.dumps({"sender": sender, "message": "hello", "timezone": zone}).encode())
    kept = [
        e["metadata"].get("timezone")
        for s in ("zone-known", "zone-path", "zone-odd")
        for e in user_events(rasa_server.db, s)
    ]
    assert kept == ["Europe/Dublin", None, None]


async def test_socketio_bot_events_carry_the_response_its_urgency_and_the_calls_it_names(rasa_server):
    # a stop symptom told while the emergency is open gets the emergency reply again (crisis line kept); once
    # the call is made, the next one gets the stop reply
    _, replies = await socket_conversation(
        rasa_server.port,
        "http://localhost:8080",
        [
            "he is not breathing",
            "I want to kill myself",
            "and I'm shaking",
            "ok calling 911 now",
            "my hands are shaking",
        ],
    )
    crisis = ["tel:911", "tel:112", "tel:999", "tel:988", "tel:116123"]
    urgent = [(r["response"], r["urgency"], [c["tel"] for c in r["calls"]]) for r in replies if r["urgency"]]
    assert urgent == [
        ("utter_emergency", "emergency", ["tel:911", "tel:112", "tel:999"]),
        ("utter_emergency", "emergency", crisis),
        ("utter_emergency", "emergency", crisis),
        ("utter_stop_and_contact_doctor", "stop", []),
    ]
    assert replies[1]["response"] == "utter_disclaimer"
    assert replies[2]["text"] == replies[3]["text"] == text_of("utter_emergency", emergency_kind="self_harm")
    for reply in replies:  # a link only for a number the reply's text names
        assert all(call["number"] in reply["text"] for call in reply["calls"])
    assert all(r["buttons"] == SUMMARY_BUTTON for r in replies if r["urgency"])
