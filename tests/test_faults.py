"""Nothing lost, nothing leaked, no input breaks it: faults injected into real servers."""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
import time
import urllib.request

import pytest

from tests.conftest import RasaServer, free_port, post, survive_kill_9, text_of

pytestmark = pytest.mark.server


def texts(replies: list) -> list[str]:
    return [r["text"] for r in replies]


def stored_events(db, sender: str) -> list[tuple[str, str | None]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT type_name, data FROM events WHERE sender_id = ? ORDER BY id", (sender,)
        ).fetchall()
    return [(kind, json.loads(data).get("text")) for kind, data in rows if kind in ("user", "bot")]


def test_a_conversation_survives_kill_9_of_the_rasa_server(tmp_path):
    server = RasaServer(tmp_path, action_port=free_port())
    server.start()
    try:
        # the same conversation after kill -9: no first-turn disclaimer, and the earlier turns are all there
        assert survive_kill_9(server, "survivor", ["hello", "my husband is shaking"]) == [
            text_of("utter_you_are_welcome")
        ]
        assert [text for kind, text in stored_events(server.db, "survivor") if kind == "user"] == [
            "hello",
            "my husband is shaking",
            "thanks",
        ]
        assert "Conversations are not in a SQL tracker store" not in server.log.read_text()
    finally:
        server.stop()


def test_a_conversation_store_that_is_down_gets_a_visible_503_and_an_error_in_the_log(tmp_path):
    """PostgreSQL configured on a port where nothing listens: never a silent conversation in memory."""
    dead = {
        "type": "stores.tracker_store.CachedSQLTrackerStore",
        "dialect": "postgresql",
        "url": "127.0.0.1",
        "port": free_port(),
        "db": "rasa",
        "username": "rasa",
        "password": "x",
    }
    server = RasaServer(tmp_path, action_port=free_port(), tracker_store=dead)
    server.start()
    try:
        canary = "quokkacanary4410"
        status, body = post(
            server.webhook, json.dumps({"sender": "db-down", "message": f"I'm shaking {canary}"}).encode()
        )
        assert (status, body["error"]) == (503, "temporarily_unavailable")
        assert "temporarily unavailable" in body["message"] and "emergency number" in body["message"]
        log = server.log.read_text()
        assert "The conversation store failed (OperationalError)" in log
        assert canary not in log
    finally:
        server.stop()


def test_a_tracker_store_rasa_cant_load_is_an_error_in_the_log_not_a_silent_memory_store(tmp_path):
    misspelt = {"type": "stores.tracker_store.CachedSQLTrackerStor", "dialect": "sqlite", "db": str(tmp_path / "x.db")}
    server = RasaServer(tmp_path, action_port=free_port(), tracker_store=misspelt)
    server.start()
    try:
        assert "Conversations are not in a SQL tracker store" in server.log.read_text()
    finally:
        server.stop()


class HangingActionServer:
    """Accepts connections on the action port and never answers."""

    def __init__(self, port: int) -> None:
        self.listener = socket.create_server(("127.0.0.1", port))
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self) -> None:
        for connection in self.connections:
            connection.close()
        self.listener.close()


def test_a_hanging_action_server_neither_blocks_urgent_replies_nor_leaves_a_turn_unanswered(tmp_path):
    action_port = free_port()
    hanging = HangingActionServer(action_port)
    server = RasaServer(tmp_path, action_port=action_port)
    server.start()
    try:
        server.say("hang", "I have a fever")
        started = time.monotonic()
        [reply] = server.say("hang", "why did you say that?")
        assert time.monotonic() - started < 3.0
        assert "emergency number" in reply["text"]
        assert texts(server.say("hang", "he is not breathing")) == [text_of("utter_emergency")]
    finally:
        server.stop()
        hanging.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = RasaServer(tmp_path_factory.mktemp("faults"), action_port=free_port())
    server.start()
    yield server
    server.stop()


def test_forget_me_deletes_the_stored_conversation_after_confirmation(server):
    server.say("forgetful", "my wife is sweating")
    assert texts(server.say("forgetful", "please delete my conversation"))[0] == text_of("utter_ask_forget_me")
    assert stored_events(server.db, "forgetful") != []
    assert texts(server.say("forgetful", "Yes, delete it")) == [text_of("utter_forgotten")]
    assert stored_events(server.db, "forgetful") == []


def test_forget_me_declined_deletes_nothing(server):
    server.say("keeper", "hello")
    server.say("keeper", "forget me")
    assert texts(server.say("keeper", "No, keep it")) == [text_of("utter_kept")]
    assert [text for kind, text in stored_events(server.db, "keeper") if kind == "user"] == [
        "hello",
        "forget me",
        "No, keep it",
    ]


def test_a_sender_over_the_rate_limit_gets_429_unless_the_message_is_urgent(server):
    def send(message: str) -> tuple:
        return post(server.webhook, json.dumps({"sender": "flood", "message": message}).encode())

    assert [send(f"hello {i}")[0] for i in range(21)] == [200] * 20 + [429]
    status, body = send("can I drink alcohol?")
    assert (status, body["error"]) == (429, "rate_limited")
    assert "wait a minute" in body["message"] and "emergency number" in body["message"]
    # an urgent report is never held back by the limit
    status, body = send("I'm vomiting")
    assert (status, texts(body)) == (200, [text_of("utter_stop_and_contact_doctor", reported_symptoms="vomiting")])
    status, body = send("he is not breathing")
    assert (status, texts(body)) == (200, [text_of("utter_emergency")])
    # another sender is not affected
    assert post(server.webhook, json.dumps({"sender": "calm", "message": "hello"}).encode())[0] == 200


def test_the_http_api_is_off(server):
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(f"http://127.0.0.1:{server.port}/conversations/forgetful/tracker")
    assert error.value.code == 404


def test_the_http_api_needs_a_token_when_staff_turn_it_on(tmp_path):
    server = RasaServer(tmp_path, action_port=free_port(), extra_args=("--enable-api", "--auth-token", "s3cret-token"))
    server.start()
    try:
        server.say("api", "hello")
        url = f"http://127.0.0.1:{server.port}/conversations/api/tracker"
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(url)
        assert error.value.code == 401
        with urllib.request.urlopen(url + "?token=s3cret-token") as response:
            assert json.loads(response.read())["sender_id"] == "api"
    finally:
        server.stop()
