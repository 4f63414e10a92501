"""Deleting conversations: `make purge` and "forget me", on a real SQL tracker store (SQLite)."""

from __future__ import annotations

import time

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from channels.storage import ConversationStoreUnavailable, delete_conversation, delete_inactive, make_strict, sql_store
from scripts import purge

DAY = 86400.0
NOW = 1_800_000_000.0


@pytest.fixture()
def store(tmp_path) -> SQLTrackerStore:
    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "conversations.db"))


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
    endpoints.write_text(f'tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: "{tmp_path / "conversations.db"}"\n')
    # timestamps in the fixture are relative to NOW, in the past of the real clock by design
    days = (time.time() - NOW) / DAY + 30
    assert purge.main(["--days", str(days), "--endpoints", str(endpoints)]) == 0
    assert "deleted 1 conversations (1 events)" in capsys.readouterr().out
    assert senders(store) == ["today"]


async def test_a_strict_store_raises_instead_of_falling_back_to_memory(tmp_path):
    class Broken(SQLTrackerStore):
        async def retrieve(self, sender_id):
            raise OSError("disk gone")

    wrapped = FailSafeTrackerStore(Broken(Domain.empty(), dialect="sqlite", db=str(tmp_path / "x.db")))
    assert await wrapped.retrieve("someone") is None  # Rasa's default: carry on as if it were new
    make_strict(wrapped)
    with pytest.raises(ConversationStoreUnavailable):
        await wrapped.retrieve("someone")
    assert isinstance(sql_store(wrapped), Broken)
