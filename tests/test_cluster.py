"""Several Rasa servers behind one address (scripts/cluster.sh): 200 conversations with
interleaved turns go through nginx to two replicas; PostgreSQL must hold every event, in order."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port, post, postgres_rows, read_env

pytestmark = pytest.mark.cluster

CLUSTER = ROOT / "scripts" / "cluster.sh"
CONVERSATIONS = 200


def turns(i: int) -> list[str]:
    return ["hello", f"my hands are shaking, day {i}", "thanks"]


@pytest.fixture(scope="module")
def cluster():
    lb_port = 30000 + free_port() % 20000  # the script derives its other ports from this one
    subprocess.run([str(CLUSTER), "start", "2", str(lb_port)], check=True, stdout=subprocess.DEVNULL)
    yield lb_port, ROOT / "var" / f"cluster-{lb_port}"
    subprocess.run([str(CLUSTER), "stop", str(lb_port)], check=False)


def events_by_sender(directory: Path) -> dict[str, list[tuple[str, str]]]:
    rows = postgres_rows(
        read_env(directory / "postgres.env"),
        "SELECT sender_id, type_name, data FROM events WHERE type_name IN ('user', 'bot') ORDER BY id",
    )
    events: dict[str, list[tuple[str, str]]] = {}
    for sender, kind, data in rows:
        parsed = json.loads(data)
        events.setdefault(sender, []).append(
            (kind, parsed["text"] if kind == "user" else parsed["metadata"].get("utter_action"))
        )
    return events


def test_200_interleaved_conversations_through_nginx_lose_nothing_and_keep_order(cluster):
    lb_port, directory = cluster
    check_interleaved_conversations(f"http://127.0.0.1:{lb_port}/webhooks/rest/webhook", directory)


def check_interleaved_conversations(url: str, directory: Path) -> None:
    """200 conversations with interleaved turns through the load balancer at `url`: every reply is
    200, PostgreSQL (`directory`/postgres.env) holds every event in order, and the balancer's
    access log (`directory`/nginx/access.log, upstream last) shows both replicas taking turns.
    tests/test_deploy.py runs it on the rendered Helm chart booted as processes."""

    def say(args: tuple[int, int]) -> int:
        i, turn = args
        body = json.dumps({"sender": f"cluster-{i}", "message": turns(i)[turn]}).encode()
        return post(url, body)[0]

    statuses = []
    with ThreadPoolExecutor(max_workers=16) as pool:
        for turn in range(3):  # every conversation's turn k is in flight at once, across both replicas
            statuses += list(pool.map(say, [(i, turn) for i in range(CONVERSATIONS)]))
    assert Counter(statuses) == {200: 3 * CONVERSATIONS}

    events = events_by_sender(directory)
    expected_bot = [["utter_greet", "utter_disclaimer"], ["utter_stop_and_contact_doctor"], ["utter_you_are_welcome"]]
    for i in range(CONVERSATIONS):
        expected = [
            event
            for turn in range(3)
            for event in [("user", turns(i)[turn])] + [("bot", name) for name in expected_bot[turn]]
        ]
        assert events[f"cluster-{i}"] == expected, f"conversation {i}"

    log = (directory / "nginx" / "access.log").read_text().splitlines()
    upstreams = Counter(line.split()[-1] for line in log if "/webhooks/rest/" in line)
    assert len(upstreams) == 2 and min(upstreams.values()) > CONVERSATIONS  # both replicas took turns
