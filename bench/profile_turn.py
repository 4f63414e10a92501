"""Where a turn's time goes: `make bench` (after the detector benchmark).

Runs the benchmarks' conversation (bench/conversation.py) through the trained agent (no HTTP),
configured as `python -m server` configures it, with three tracker stores: Rasa's in-memory store,
Rasa's SQL store and this project's cached SQL store (both on a fresh SQLite file); then with the
in-memory store on Rasa's own graph runner (dask) instead of server/graph_runner.py's. Prints the
mean time per turn of each, then a cProfile of the project's configuration, sorted by cumulative
time.
"""

from __future__ import annotations

import asyncio
import cProfile
import logging
import pstats
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench.conversation import CONVERSATION

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "soma.tar.gz"
TURNS = 400


async def turns(agent, n: int) -> None:
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    sender = ""
    for i in range(n):
        if i % len(CONVERSATION) == 0:
            sender = uuid.uuid4().hex
        await agent.handle_message(UserMessage(CONVERSATION[i % len(CONVERSATION)], CollectingOutputChannel(), sender))


def load(store):
    from rasa.core.agent import Agent
    from rasa.core.lock_store import InMemoryLockStore

    return Agent.load(str(MODEL), tracker_store=store, lock_store=InMemoryLockStore())


async def main() -> int:
    import rasa.utils.log_utils

    from server.settings import configure

    rasa.utils.log_utils.configure_structlog(logging.INFO)  # as `rasa run` does: no debug formatting cost
    configure()  # as `python -m server run` does: this project's graph runner, among others
    with tempfile.TemporaryDirectory(prefix="soma-profile-") as folder:
        await compare_and_profile(Path(folder))
    return 0


async def per_turn_ms(agent) -> float:
    await turns(agent, 40)  # warm up
    started = time.perf_counter()
    await turns(agent, TURNS)
    return (time.perf_counter() - started) / TURNS * 1000


async def compare_and_profile(directory: Path) -> None:
    from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore
    from rasa.engine.runner.dask import DaskGraphRunner

    from server import rasa_internals
    from stores.tracker_store import CachedSQLTrackerStore

    served = rasa_internals.graph_runner()
    stores = {
        "Rasa InMemoryTrackerStore": lambda: InMemoryTrackerStore(None),
        "Rasa SQLTrackerStore (SQLite)": lambda: SQLTrackerStore(None, db=str(directory / "a.db")),
        "CachedSQLTrackerStore (SQLite)": lambda: CachedSQLTrackerStore(None, db=str(directory / "b.db")),
    }
    for name, create in stores.items():
        print(f"{name:34} {await per_turn_ms(load(create())):6.2f} ms per turn ({TURNS} turns, {served.__name__})")
    rasa_internals.use_graph_runner(DaskGraphRunner)
    on_dask = await per_turn_ms(load(stores["Rasa InMemoryTrackerStore"]()))
    print(f"{'Rasa InMemoryTrackerStore':34} {on_dask:6.2f} ms per turn ({TURNS} turns, Rasa's DaskGraphRunner)")
    rasa_internals.use_graph_runner(served)
    agent = load(stores["CachedSQLTrackerStore (SQLite)"]())
    await turns(agent, 40)
    profile = cProfile.Profile()
    profile.enable()
    await turns(agent, TURNS)
    profile.disable()
    print(f"\ncProfile of {TURNS} turns with the CachedSQLTrackerStore (cumulative; profiling slows everything):")
    pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    logging.disable(logging.WARNING)
    sys.exit(asyncio.run(main()))
