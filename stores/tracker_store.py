"""Conversation storage as the privacy and speed targets need it, on top of Rasa's SQL tracker store.

* `CachedSQLTrackerStore`: Rasa's SQL tracker store (every event committed before the reply, so
  a kill -9 loses nothing, and shared by every replica of a cluster) that keeps the latest session
  of recent conversations in memory. A read checks the cache against the newest stored event with
  one indexed query, so another replica's or process's write is never missed; a write inserts only
  the new events without first counting the stored ones.
* `raise_unavailable`: Rasa wraps every tracker store in a FailSafeTrackerStore that, on a
  database error, silently carries on in memory (and logs the error, whose SQL parameters can
  contain the patient's words). server/settings.py gives the wrapper this error hook instead: the
  error is logged by type only and raised, so the channel can tell the patient the service is
  temporarily unavailable.
* `delete_conversation`: "forget me".
* `delete_inactive`: `make purge`, conversations whose last event is older than N days.
"""

from __future__ import annotations

import json
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from server.rasa_internals import inner_tracker_store

logger = logging.getLogger(__name__)


NEWEST_EVENT_INDEX = "ix_events_sender_id_id"


@dataclass(frozen=True)
class _CachedSession:
    newest: tuple[int, float | None] | None  # (id, timestamp) of the newest stored event; None: none stored
    events: tuple[Event, ...]  # what Rasa's `retrieve` returns: the latest session's events


class CachedSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store with a validated in-memory copy of recent conversations.

    Rasa's own store rebuilds the tracker from every stored event of the session on each read and
    counts the stored events on each write: on this project's short turns that is more than half
    the time of a turn. Here a read costs one indexed query when the cached copy is current, and a
    write is one insert of the new events. The database stays the source of truth: the copy is
    used only when the conversation's newest stored event (id and timestamp, so a reused SQLite
    id can't pass) is the one this process wrote or read last; anything else reads from the
    database as Rasa does. Configure with `type: stores.tracker_store.CachedSQLTrackerStore` and
    Rasa's SQL keys; `cache_size` bounds how many conversations are kept (least recently used go).
    """

    def __init__(self, *args: Any, cache_size: int = 200, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite" and self.engine.url.database not in (None, "", ":memory:"):
            self._keep_sqlite_open_in_wal_mode()
        self.cache_size = int(cache_size)
        self._cache: OrderedDict[str, _CachedSession] = OrderedDict()
        events = self._events = self.SQLEvent.__table__
        self._index_newest_event()
        # SQLAlchemy Core statements, compiled once: the ORM costs more than the query on a hot path
        self._newest_query = (
            sa.select(events.c.id, events.c.timestamp)
            .where(events.c.sender_id == sa.bindparam("sender_id"))
            .order_by(events.c.id.desc())
            .limit(1)
        )

    def _keep_sqlite_open_in_wal_mode(self) -> None:
        """SQLite: write-ahead log, fsync on every commit, and connections kept open.

        With SQLite's default rollback journal a commit costs several fsyncs; in WAL mode with
        `synchronous=FULL` it costs one, and a committed turn still survives a kill -9 or a power
        cut. SQLAlchemy 1.4 opens and closes a file database per use (NullPool), and closing the
        last connection checkpoints the log: a pool of open connections avoids that.
        """
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(
            url, poolclass=sa.pool.QueuePool, pool_size=2, connect_args={"check_same_thread": False}
        )

        @sa.event.listens_for(self.engine, "connect")
        def _wal(connection: Any, _: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.close()

        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def _index_newest_event(self) -> None:
        """An index on (sender_id, id), so the newest event of a conversation is one index lookup.

        With Rasa's index on sender_id alone, PostgreSQL answers "newest event of this sender" by
        walking the primary key backwards through every conversation's events (measured: the
        database, not Rasa, limited the cluster). Created once; replicas starting together may race
        to create it, which is harmless.
        """
        try:
            with self.engine.begin() as connection:
                connection.exec_driver_sql(
                    f"CREATE INDEX IF NOT EXISTS {NEWEST_EVENT_INDEX} ON {self._events.name} (sender_id, id)"
                )
        except sa.exc.SQLAlchemyError as error:  # another replica created it at the same moment
            logger.debug("Index %s not created here (%s)", NEWEST_EVENT_INDEX, type(error).__name__)

    def forget(self, sender_id: str) -> None:
        """Drop the in-memory copy of one conversation."""
        self._cache.pop(sender_id, None)

    def _newest(self, connection: sa.engine.Connection, sender_id: str) -> tuple[int, float | None] | None:
        row = connection.execute(self._newest_query, {"sender_id": sender_id}).first()
        return (row[0], row[1]) if row else None

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The latest session of a conversation, as Rasa's SQL store returns it."""
        with self.engine.connect() as connection:
            newest = self._newest(connection, sender_id)
        if newest is None:  # a new conversation: Rasa creates and saves it next
            self._remember(sender_id, None, [])
            return None
        cached = self._cache.get(sender_id)
        if cached is not None and cached.newest == newest:
            self._cache.move_to_end(sender_id)
            return DialogueStateTracker.from_events(sender_id, list(cached.events), self.domain.slots)
        with self.session_scope() as session:
            rows = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).all()
        if not rows:
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, [json.loads(row.data) for row in rows], self.domain.slots)
        self._remember(sender_id, (rows[-1].id, rows[-1].timestamp), list(tracker.events))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Commit the events the database doesn't have yet, before the reply is sent."""
        await self.stream_events(tracker)
        sender_id = tracker.sender_id
        events = list(tracker.events)
        cached = self._cache.pop(sender_id, None)
        if cached is not None and _extends(events, cached.events):
            # the tracker was built from the copy that `retrieve` checked against the database,
            # and the conversation's lock is held until this turn is saved: only these are new
            new = events[len(cached.events) :]
        else:
            with self.session_scope() as session:
                new = list(self._additional_events(session, tracker))
        with self.engine.begin() as connection:  # one transaction, committed on leaving the block
            if new:
                connection.execute(sa.insert(self._events), [self._row(sender_id, event) for event in new])
            newest = self._newest(connection, sender_id)
        self._remember(sender_id, newest, events)

    @staticmethod
    def _row(sender_id: str, event: Event) -> dict[str, Any]:
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    def _remember(self, sender_id: str, newest: tuple[int, float | None] | None, events: list[Event]) -> None:
        self._cache[sender_id] = _CachedSession(newest, _latest_session(events))
        self._cache.move_to_end(sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)


def _extends(events: list[Event], prefix: tuple[Event, ...]) -> bool:
    return len(events) >= len(prefix) and all(a is b for a, b in zip(prefix, events[: len(prefix)], strict=True))


def _latest_session(events: list[Event]) -> tuple[Event, ...]:
    """The events Rasa's SQL `retrieve` returns: those timed at or after the latest session start."""
    starts = [event.timestamp for event in events if isinstance(event, SessionStarted)]
    if not starts:
        return tuple(events)
    started_at = max(starts)
    return tuple(event for event in events if event.timestamp is not None and event.timestamp >= started_at)


class ConversationStoreUnavailable(RuntimeError):
    """The tracker store could not be read or written."""


def raise_unavailable(error: Exception) -> None:
    """The error hook of Rasa's fail-safe wrapper (server/settings.py installs it): log the error by
    type only (its SQL parameters can hold the patient's words) and raise, instead of carrying on
    with a conversation in memory."""
    logger.error("The conversation store failed (%s): the patient is told it is unavailable", type(error).__name__)
    raise ConversationStoreUnavailable(type(error).__name__) from error


def sql_store(store: TrackerStore) -> SQLTrackerStore | None:
    """The SQL tracker store inside Rasa's wrappers, if that is what stores conversations."""
    store = inner_tracker_store(store)
    return store if isinstance(store, SQLTrackerStore) else None


def delete_conversation(store: SQLTrackerStore, sender_id: str) -> int:
    """Delete every stored event of one conversation; returns how many."""
    if isinstance(store, CachedSQLTrackerStore):
        store.forget(sender_id)
    with store.session_scope() as session:
        deleted = session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender_id).delete()
        session.commit()
    return deleted


def delete_inactive(store: SQLTrackerStore, days: float, now: float | None = None) -> tuple[int, int]:
    """Delete conversations whose last event is older than `days`; returns (conversations, events)."""
    cutoff = (now if now is not None else time.time()) - days * 86400
    event = store.SQLEvent
    with store.session_scope() as session:
        old = (
            session.query(event.sender_id).group_by(event.sender_id).having(sa.func.max(event.timestamp) < cutoff).all()
        )
        senders = [sender for (sender,) in old]
        deleted = 0
        for start in range(0, len(senders), 500):
            batch = senders[start : start + 500]
            deleted += session.query(event).filter(event.sender_id.in_(batch)).delete(synchronize_session=False)
        session.commit()
    return len(senders), deleted
