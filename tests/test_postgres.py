"""PostgreSQL as the tracker store (make postgres): conversations survive kill -9 of Rasa, and a
database that goes down mid-conversation gives a visible 503, then recovers by itself."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, RasaServer, free_port, post, postgres_rows, read_env, survive_kill_9, text_of

pytestmark = pytest.mark.server

POSTGRES = ROOT / "scripts" / "postgres.sh"


@pytest.fixture(scope="module")
def postgres():
    # pytest's own temporary folders are private to root; the server runs as the postgres user
    folder = Path(tempfile.mkdtemp(prefix="soma-pg-"))
    folder.chmod(0o711)
    data = folder / "data"
    port = free_port()
    subprocess.run([str(POSTGRES), "start", str(data), str(port)], check=True, stdout=subprocess.DEVNULL)
    env = read_env(data.with_suffix(".env"))
    yield data, port, env
    subprocess.run([str(POSTGRES), "stop", str(data)], check=False)
    shutil.rmtree(folder, ignore_errors=True)


def user_texts(env: dict[str, str], sender: str) -> list[str]:
    rows = postgres_rows(
        env, "SELECT data FROM events WHERE sender_id = %s AND type_name = 'user' ORDER BY id", (sender,)
    )
    return [json.loads(data)["text"] for (data,) in rows]


def test_postgres_keeps_conversations_through_kill_9_and_an_outage(postgres, tmp_path):
    data, port, env = postgres
    store = {
        "type": "stores.tracker_store.CachedSQLTrackerStore",
        "dialect": "postgresql",
        "url": "127.0.0.1",
        "port": port,
        "username": env["POSTGRES_USER"],
        "password": env["POSTGRES_PASSWORD"],
        "db": env["POSTGRES_DB"],
    }
    server = RasaServer(tmp_path, action_port=free_port(), tracker_store=store)
    server.start()
    try:
        assert survive_kill_9(server, "pg", ["hello", "my dad is sweating"]) == [text_of("utter_you_are_welcome")]
        assert user_texts(env, "pg") == ["hello", "my dad is sweating", "thanks"]
        # the newest event of a conversation is one index lookup (stores/tracker_store.py)
        indexes = postgres_rows(env, "SELECT indexdef FROM pg_indexes WHERE tablename = 'events'")
        assert any("(sender_id, id)" in definition for (definition,) in indexes)

        subprocess.run([str(POSTGRES), "stop", str(data)], check=True)
        status, body = post(server.webhook, json.dumps({"sender": "pg", "message": "I'm vomiting"}).encode())
        assert (status, body["error"]) == (503, "temporarily_unavailable")
        assert "The conversation store failed" in server.log.read_text()

        subprocess.run([str(POSTGRES), "start", str(data), str(port)], check=True, stdout=subprocess.DEVNULL)
        # the connection pool may hold one connection from before the restart: at most one more 503
        statuses = []
        for _ in range(3):
            status, body = post(server.webhook, json.dumps({"sender": "pg", "message": "I'm vomiting"}).encode())
            statuses.append(status)
            if status == 200:
                break
        assert statuses[-1] == 200 and len(statuses) <= 2
        assert body[0]["text"].startswith("You mentioned vomiting.")
        assert user_texts(env, "pg")[-1] == "I'm vomiting"
    finally:
        server.stop()


def test_postgres_keeps_no_statement_or_value_in_its_log(postgres):
    """A failing statement with a canary value, as a broken query or a duplicate key would carry a
    patient's message or sender id: PostgreSQL's own log (scripts/postgres.sh) keeps neither."""
    data, _, env = postgres
    canary = "pumacanary8203"
    for sql in (
        f"SELECT no_such_column FROM pg_class WHERE relname = '{canary}'",  # noqa: S608 (a fixed canary)
        f"SELECT CAST('{canary}' AS integer)",  # the error message itself names the value
    ):
        with pytest.raises(Exception, match="does not exist|invalid input"):
            postgres_rows(env, sql)
    log = subprocess.run(["cat", str(data / "server.log")], capture_output=True, text=True, check=True).stdout
    assert "database system is ready" in log and canary not in log
