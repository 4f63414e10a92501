"""Conversation storage as the privacy rules need it, on top of Rasa's SQL tracker store.

* `make_strict`: Rasa wraps every tracker store in a FailSafeTrackerStore that, on a database
  error, silently carries on in memory (and logs the error, whose SQL parameters can contain the
  patient's words). We use its error hook instead: the error is logged by type only and raised,
  so the channel can tell the patient the service is temporarily unavailable.
* `delete_conversation`: "forget me".
* `delete_inactive`: `make purge`, conversations whose last event is older than N days.
"""

from __future__ import annotations

import logging
import time

from rasa.core.tracker_store import AwaitableTrackerStore, FailSafeTrackerStore, SQLTrackerStore, TrackerStore

logger = logging.getLogger(__name__)


class ConversationStoreUnavailable(RuntimeError):
    """The tracker store could not be read or written."""


def _raise_unavailable(error: Exception) -> None:
    logger.error("The conversation store failed (%s): the patient is told it is unavailable", type(error).__name__)
    raise ConversationStoreUnavailable(type(error).__name__) from error


def make_strict(store: TrackerStore) -> None:
    """Make Rasa's fail-safe wrapper raise instead of falling back to memory."""
    if isinstance(store, FailSafeTrackerStore):
        store._on_tracker_store_error = _raise_unavailable  # the wrapper's own hook (constructor argument)


def sql_store(store: TrackerStore) -> SQLTrackerStore | None:
    """The SQL tracker store inside Rasa's wrappers, if that is what stores conversations."""
    while isinstance(store, (FailSafeTrackerStore, AwaitableTrackerStore)):
        store = store._tracker_store
    return store if isinstance(store, SQLTrackerStore) else None


def delete_conversation(store: SQLTrackerStore, sender_id: str) -> int:
    """Delete every stored event of one conversation; returns how many."""
    with store.session_scope() as session:
        deleted = session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender_id).delete()
        session.commit()
    return deleted


def delete_inactive(store: SQLTrackerStore, days: float, now: float | None = None) -> tuple[int, int]:
    """Delete conversations whose last event is older than `days`; returns (conversations, events)."""
    import sqlalchemy as sa

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
