"""SequentialGraphRunner (server/graph_runner.py) predicts what Rasa's DaskGraphRunner predicts.

On the trained model: the test stories' conversations, one per sender and then all as one long
conversation, run through two agents, one on each runner; every event of every tracker and every
reply must be the same. On small graphs: what dask does with inputs, missing inputs and errors."""

from __future__ import annotations

import asyncio
from typing import Any, Dict, List

import pytest
import rasa.core.processor
import yaml
from rasa.core.agent import Agent
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.engine.exceptions import GraphComponentException, GraphRunError
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage

from bench.conversation import CONVERSATION
from server import rasa_internals
from server.graph_runner import SequentialGraphRunner
from server.settings import configure
from tests.conftest import MODEL, ROOT

STORIES = yaml.safe_load((ROOT / "tests" / "test_stories" / "stories.yml").read_text())["stories"]
CONVERSATIONS = [[step["user"].strip() for step in story["steps"] if "user" in step] for story in STORIES]
CONVERSATIONS += [CONVERSATION, [m for c in CONVERSATIONS for m in c]]


def _without_ids(event: Dict[str, Any]) -> Dict[str, Any]:
    """An event without what differs on every run: its time and its message's random id."""
    event = {k: v for k, v in event.items() if k not in ("timestamp", "message_id")}
    if "parse_data" in event:
        event["parse_data"] = {k: v for k, v in event["parse_data"].items() if k != "message_id"}
    return event


def _conversations(runner: type, monkeypatch) -> List[List[Dict[str, Any]]]:
    """Every tracker's events and replies, the conversations run on `runner`."""
    monkeypatch.setattr(rasa.core.processor, "DaskGraphRunner", runner)
    agent = Agent.load(str(MODEL))
    assert type(agent.processor.graph_runner) is runner

    async def converse() -> List[List[Dict[str, Any]]]:
        told = []
        for number, messages in enumerate(CONVERSATIONS):
            sender = f"conversation-{number}"
            replies = []
            for text in messages:
                output = CollectingOutputChannel()
                await agent.handle_message(UserMessage(text, output, sender))
                replies.append(output.messages)
            tracker = await agent.tracker_store.retrieve(sender)
            events = [_without_ids(e.as_dict()) for e in tracker.events]
            told.append([events, replies])
        return told

    return asyncio.run(converse())


def test_the_trained_model_predicts_the_same_on_both_runners(monkeypatch):
    dask = _conversations(DaskGraphRunner, monkeypatch)
    sequential = _conversations(SequentialGraphRunner, monkeypatch)
    assert len(sequential) == len(CONVERSATIONS) > 20
    assert sum(len(events) for events, _ in sequential) > 500
    for on_dask, on_sequential in zip(dask, sequential, strict=True):
        assert on_sequential == on_dask


def test_the_server_serves_with_the_sequential_runner(monkeypatch):
    monkeypatch.setattr(rasa.core.processor, "DaskGraphRunner", DaskGraphRunner)
    monkeypatch.setattr(Agent, "_create_tracker_store", Agent._create_tracker_store)
    configure()  # what `python -m server` does at start-up
    assert rasa_internals.graph_runner() is SequentialGraphRunner


class _Add(GraphComponent):
    """A node that adds what it is given to its configured number, and fails on a negative one."""

    def __init__(self, number: int) -> None:
        self.number = number

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> _Add:
        return cls(config["number"])

    def add(self, **given: int) -> int:
        if any(value < 0 for value in given.values()):
            raise RuntimeError("negative")
        return self.number + sum(given.values())


def _node(number: int, needs: Dict[str, str], is_target: bool = False) -> SchemaNode:
    return SchemaNode(
        needs=needs, uses=_Add, constructor_name="create", fn="add", config={"number": number}, is_target=is_target
    )


SCHEMA = GraphSchema(
    {
        "one": _node(1, {"given": "__input__"}),
        "two": _node(2, {"a": "one"}),
        "three": _node(3, {"a": "one", "b": "two"}),
        "unrelated": _node(100, {"a": "one"}),
        "last": _node(4, {"a": "three", "b": "two"}, is_target=True),
    }
)


def _runners(tmp_path) -> List[DaskGraphRunner]:
    storage = LocalModelStorage(tmp_path)
    return [
        runner.create(SCHEMA, storage, ExecutionContext(SCHEMA, "model"))
        for runner in (DaskGraphRunner, SequentialGraphRunner)
    ]


@pytest.mark.parametrize(
    "inputs, targets, expected",
    [
        # one = 1 + 10 = 11, two = 13, three = 3 + 11 + 13 = 27, last = 4 + 27 + 13 = 44
        ({"__input__": 10}, None, {"last": 44}),
        ({"__input__": 10}, ["two", "one"], {"two": 13, "one": 11}),
        ({"__input__": 0}, ["unrelated", "last"], {"unrelated": 101, "last": 14}),
        # an input named as a node stands in for it
        ({"__input__": 10, "two": 0}, ["three"], {"three": 14}),
    ],
)
def test_a_small_graph_gives_what_dask_gives(tmp_path, inputs, targets, expected):
    dask, sequential = _runners(tmp_path)
    assert dask.run(inputs, targets) == expected
    assert sequential.run(inputs, targets) == expected
    assert sequential.run(inputs, targets) == expected  # again, on the order kept from the first run


def test_a_missing_input_and_a_failing_node_raise_as_on_dask(tmp_path):
    for runner in _runners(tmp_path):
        with pytest.raises(GraphRunError, match="Missing input to run node 'one'"):
            runner.run({}, ["one"])
        with pytest.raises(GraphComponentException, match="Error running graph component for node one"):
            runner.run({"__input__": -50}, ["one"])
