"""WindowedRulePolicy predicts exactly what Rasa's RulePolicy predicts, on the trained model.

Every rule match the policy makes while the test stories' messages run through the agent (one
story per conversation, then all of them as one long conversation) is compared with RulePolicy's
own matching over the whole conversation."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import yaml
from rasa.core.agent import Agent
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.policies.rule_policy import RulePolicy

from policies.windowed_rule_policy import WindowedRulePolicy
from tests.conftest import MODEL, ROOT

STORIES = yaml.safe_load((ROOT / "tests" / "test_stories" / "stories.yml").read_text())["stories"]
CONVERSATIONS = [[step["user"].strip() for step in story["steps"] if "user" in step] for story in STORIES]


@pytest.fixture(scope="module")
def agent() -> Agent:
    return Agent.load(str(MODEL))


@pytest.fixture(scope="module")
def policy(agent) -> WindowedRulePolicy:
    nodes = agent.processor.graph_runner._instantiated_nodes.values()
    (found,) = [n._component for n in nodes if isinstance(getattr(n, "_component", None), WindowedRulePolicy)]
    return found


@pytest.fixture(scope="module")
def matches(agent, policy) -> list:
    """(lookup, states, keys the policy found) for every rule match while the conversations run."""
    recorded = []
    windowed = policy._get_possible_keys

    def record(lookup, states):
        found = windowed(lookup, states)
        recorded.append((lookup, list(states), found))
        return found

    async def converse() -> None:  # through the agent's own in-memory tracker store
        for messages in CONVERSATIONS + [[m for c in CONVERSATIONS for m in c]]:
            sender = uuid.uuid4().hex
            for text in messages:
                await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))

    policy._get_possible_keys = record
    try:
        asyncio.run(converse())
    finally:
        del policy._get_possible_keys
    return recorded


def test_the_trained_model_serves_with_the_windowed_policy(policy):
    assert policy._serving and isinstance(policy, RulePolicy)


def test_every_rule_match_equals_rulepolicys_over_the_whole_conversation(policy, matches):
    longest = max(len(states) for _, states, _ in matches)
    assert longest > 2 * max(policy._longest.values())  # the long conversation goes past the window
    for lookup, states, found in matches:
        assert found == RulePolicy._get_possible_keys(policy, lookup, states)


def test_matching_on_synthetic_histories_around_every_rule_equals_rulepolicys(policy):
    """Each rule's own states after a long unrelated history, and with its oldest state replaced:
    the oldest state a rule has is the one a too-short window would drop."""
    lookup = policy.lookup["rules"]
    unrelated = {"user": {"intent": "no_such_intent"}, "prev_action": {"action_name": "no_such_action"}}
    checked = 0
    for key in lookup:
        rule_states = policy._rule_key_to_state(key)
        for states in ([unrelated] * 6 + rule_states, [unrelated] * 6 + [unrelated] + rule_states[1:]):
            assert policy._get_possible_keys(lookup, states) == RulePolicy._get_possible_keys(policy, lookup, states)
            checked += 1
    assert checked == 2 * len(lookup) > 100
