"""The conversation store on a real SQLite file: the cached SQL tracker store reads exactly what
Rasa's SQL tracker store reads, never serves a stale copy, and deletes for `make purge` and
"forget me"."""

from __future__ import annotations

import sqlite3
import time

import pytest
import rasa.core.processor
from rasa.core.agent import Agent
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from scripts import purge
from server.settings import configure
from stores.tracker_store import (
    CachedSQLTrackerStore,
    ConversationStoreUnavailable,
    delete_conversation,
    delete_inactive,
    sql_store,
)

DAY = 86400.0
NOW = 1_800_000_000.0


@pytest.fixture()
def store(tmp_path) -> CachedSQLTrackerStore:
    return CachedSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "conversations.db"))


def rasa_store(store: SQLTrackerStore) -> SQLTrackerStore:
    """Rasa's own SQL tracker store on the same database: the reference, and "another replica"."""
    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=store.engine.url.database)


def dicts(tracker: DialogueStateTracker | None) -> list[dict] | None:
    return None if tracker is None else [event.as_dict() for event in tracker.events]


async def turn(store: SQLTrackerStore, sender: str, text: str, at: float) -> DialogueStateTracker:
    """One turn as Rasa's processor makes it: read (or create), add the user's and the bot's events, save."""
    tracker = await store.get_or_create_tracker(sender)
    events: list[Event] = []
    if not any(isinstance(e, SessionStarted) for e in tracker.events):
        events += [ActionExecuted("action_session_start", timestamp=at), SessionStarted(timestamp=at)]
        events += [ActionExecuted("action_listen", timestamp=at)]
    events += [UserUttered(text, timestamp=at + 0.1), ActionExecuted("utter_greet", timestamp=at + 0.2)]
    events += [BotUttered(f"reply to {text}", timestamp=at + 0.2), ActionExecuted("action_listen", timestamp=at + 0.3)]
    for event in events:
        tracker.update(event)
    await store.save(tracker)
    return tracker


async def test_the_cached_store_reads_what_rasas_sql_store_reads(store):
    for i, text in enumerate(["hello", "my hands are shaking", "thanks"]):
        await turn(store, "a", text, NOW + i)
        assert dicts(await store.retrieve("a")) == dicts(await rasa_store(store).retrieve("a"))
    assert [e["text"] for e in dicts(await store.retrieve("a")) if e["event"] == "user"] == [
        "hello",
        "my hands are shaking",
        "thanks",
    ]


async def test_a_new_session_is_read_from_its_start_as_rasa_does(store):
    await turn(store, "a", "hello", NOW)
    tracker = await store.retrieve("a")
    # the session expired: Rasa's processor starts a new one in the same tracker
    for event in [ActionExecuted("action_session_start", timestamp=NOW + DAY), SessionStarted(timestamp=NOW + DAY)]:
        tracker.update(event)
    tracker.update(UserUttered("back again", timestamp=NOW + DAY + 1))
    await store.save(tracker)
    expected = dicts(await rasa_store(store).retrieve("a"))
    assert [e["event"] for e in expected] == ["action", "session_started", "user"]
    assert dicts(await store.retrieve("a")) == expected


async def test_a_turn_written_by_another_replica_is_never_missed(store):
    await turn(store, "a", "hello", NOW)
    await store.retrieve("a")  # cached here
    await turn(rasa_store(store), "a", "written elsewhere", NOW + 1)
    texts = [e["text"] for e in dicts(await store.retrieve("a")) if e["event"] == "user"]
    assert texts == ["hello", "written elsewhere"]
    await turn(store, "a", "and here again", NOW + 2)  # no event lost or stored twice
    assert dicts(await store.retrieve("a")) == dicts(await rasa_store(store).retrieve("a"))
    assert len(dicts(await rasa_store(store).retrieve("a"))) == 3 + 3 * 4


async def test_a_conversation_deleted_elsewhere_is_not_served_from_memory(store):
    await turn(store, "a", "hello", NOW)
    await store.retrieve("a")
    # `make purge` runs in its own process; SQLite may then reuse the deleted rows' ids
    with sqlite3.connect(store.engine.url.database) as connection:
        connection.execute("DELETE FROM events WHERE sender_id = 'a'")
    assert await store.retrieve("a") is None
    await turn(rasa_store(store), "a", "a new conversation", NOW + 1)
    assert [e["text"] for e in dicts(await store.retrieve("a")) if e["event"] == "user"] == ["a new conversation"]


async def test_forget_me_also_forgets_the_copy_in_memory(store):
    await turn(store, "a", "hello", NOW)
    await store.retrieve("a")
    delete_conversation(store, "a")
    assert "a" not in store._cache  # nothing of it stays in memory either
    assert await store.retrieve("a") is None


async def test_the_cache_keeps_only_the_most_recent_conversations(tmp_path):
    store = CachedSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "c.db"), cache_size=2)
    for sender in ["a", "b", "c"]:
        await turn(store, sender, "hello", NOW)
    assert list(store._cache) == ["b", "c"]
    assert dicts(await store.retrieve("a")) == dicts(await rasa_store(store).retrieve("a"))


async def test_saving_a_tracker_not_read_through_the_cache_stores_only_the_missing_events(store):
    await turn(store, "a", "hello", NOW)
    tracker = await rasa_store(store).retrieve("a")  # e.g. the HTTP API's tracker
    tracker.update(UserUttered("more", timestamp=NOW + 1))
    store.forget("a")
    await store.save(tracker)
    assert len(dicts(await rasa_store(store).retrieve("a"))) == 3 + 4 + 1


def test_the_newest_event_of_a_conversation_is_an_index_lookup(store):
    with store.engine.connect() as connection:
        query = "EXPLAIN QUERY PLAN SELECT id, timestamp FROM events WHERE sender_id = 'a' ORDER BY id DESC LIMIT 1"
        plan = connection.exec_driver_sql(query).fetchall()
        assert "USING INDEX ix_events_sender_id_id (sender_id=?)" in " ".join(row[-1] for row in plan)
    CachedSQLTrackerStore(Domain.empty(), dialect="sqlite", db=store.engine.url.database)  # a second replica


def test_sqlite_commits_through_a_write_ahead_log_with_fsync(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


async def add_conversation(store: SQLTrackerStore, sender: str, *ages_in_days: float) -> None:
    tracker = DialogueStateTracker(sender, slots=[])
    for age in ages_in_days:
        tracker.update(UserUttered("hello", timestamp=NOW - age * DAY))
    await store.save(tracker)


def senders(store: SQLTrackerStore) -> list[str]:
    with store.session_scope() as session:
        return sorted({s for (s,) in session.query(store.SQLEvent.sender_id).all()})


async def test_purge_deletes_conversations_whose_last_event_is_older_than_the_limit(store):
    await add_conversation(store, "old", 90, 45)
    await add_conversation(store, "recent", 90, 2)  # began long ago, still going on
    await add_conversation(store, "new", 1)
    assert delete_inactive(store, days=30, now=NOW) == (1, 2)
    assert senders(store) == ["new", "recent"]


async def test_forget_me_deletes_only_that_conversation(store):
    await add_conversation(store, "a", 1, 0)
    await add_conversation(store, "b", 1)
    assert delete_conversation(store, "a") == 2
    assert senders(store) == ["b"]


async def test_the_purge_command_reads_endpoints_yml(store, tmp_path, capsys):
    await add_conversation(store, "ancient", 400)
    await add_conversation(store, "today", 0.001)
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "tracker_store:\n  type: stores.tracker_store.CachedSQLTrackerStore\n  dialect: sqlite\n"
        f'  db: "{tmp_path / "conversations.db"}"\n'
    )
    # timestamps in the fixture are relative to NOW, in the past of the real clock by design
    days = (time.time() - NOW) / DAY + 30
    assert purge.main(["--days", str(days), "--endpoints", str(endpoints)]) == 0
    assert "deleted 1 conversations (1 events)" in capsys.readouterr().out
    assert senders(store) == ["today"]


async def test_a_strict_store_raises_instead_of_falling_back_to_memory(tmp_path, monkeypatch):
    class Broken(SQLTrackerStore):
        async def retrieve(self, sender_id):
            raise OSError("disk gone")

    broken = Broken(Domain.empty(), dialect="sqlite", db=str(tmp_path / "x.db"))
    assert await FailSafeTrackerStore(broken).retrieve("someone") is None  # Rasa's default: carry on as if new
    monkeypatch.setattr(Agent, "_create_tracker_store", Agent._create_tracker_store)
    monkeypatch.setattr(rasa.core.processor, "DaskGraphRunner", rasa.core.processor.DaskGraphRunner)
    configure()  # what `python -m server` does at start-up
    wrapped = Agent._create_tracker_store(broken, Domain.empty())
    with pytest.raises(ConversationStoreUnavailable):
        await wrapped.retrieve("someone")
    assert isinstance(sql_store(wrapped), Broken)
