"""Delete conversations older than a number of days: `make purge` (PURGE_DAYS, default 30).

Reads the tracker store from endpoints.yml, as the Rasa server does.
"""

from __future__ import annotations

import argparse
import sys

from rasa.core.tracker_store import create_tracker_store
from rasa.core.utils import read_endpoints_from_path

from stores.tracker_store import delete_inactive, sql_store


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=float, default=30, help="delete conversations inactive for longer")
    parser.add_argument("--endpoints", default="endpoints.yml")
    args = parser.parse_args(argv)
    endpoints = read_endpoints_from_path(args.endpoints)
    store = sql_store(create_tracker_store(endpoints.tracker_store))
    if store is None:
        print("purge: the tracker store in endpoints.yml is not an SQL store; nothing to do")
        return 1
    conversations, events = delete_inactive(store, args.days)
    print(f"purge: deleted {conversations} conversations ({events} events) inactive for more than {args.days:g} days")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
