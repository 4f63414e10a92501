"""Every use of Rasa's private internals, in one place.

Rasa offers no public setting for these, so the project reaches into Rasa's modules here, and in
server/graph_runner.py, which subclasses Rasa's DaskGraphRunner and reads its `_graph_schema` and
`_instantiated_nodes`. Each was read from Rasa `RASA_VERSION`; `problems()` checks that they are
still there with the same shape, and `tests/test_rasa_internals.py` fails loudly on a Rasa whose
internals differ (update this module, then the pin); tests/test_graph_runner.py checks that the
runner predicts what Rasa's own does.
"""

from __future__ import annotations

import inspect
from typing import Any, Callable, Dict, List, Set

RASA_VERSION = "3.6.21"

# RulePolicy matches rules in `_get_possible_keys(lookup, states)` and turns a rule's key back
# into states with `_rule_key_to_state(key)`; policies/windowed_rule_policy.py overrides the first.
RULE_POLICY_POSSIBLE_KEYS = "_get_possible_keys"
RULE_POLICY_KEY_TO_STATE = "_rule_key_to_state"


def use_graph_runner(runner: type) -> None:
    """Serve predictions with `runner` (server/graph_runner.py): `MessageProcessor._load_model`
    loads every model with the `DaskGraphRunner` named in its module, and takes no other."""
    import rasa.core.processor

    rasa.core.processor.DaskGraphRunner = runner


def graph_runner() -> type:
    import rasa.core.processor

    return rasa.core.processor.DaskGraphRunner


def set_action_timeout(seconds: float) -> None:
    """How long Rasa waits for the action server (module constant, 5 minutes in Rasa 3.6)."""
    import rasa.core.actions.action

    rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT = seconds


def action_timeout() -> float:
    import rasa.core.actions.action

    return rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT


def on_tracker_store_error(hook: Callable[[Exception], None]) -> None:
    """Give every tracker store an agent creates this error hook.

    `Agent._create_tracker_store` wraps the configured store in a `FailSafeTrackerStore`, which on
    a database error carries on with a conversation in memory unless its constructor was given an
    `on_tracker_store_error` hook; the agent never passes one. This makes it pass `hook`.
    """
    from rasa.core.agent import Agent
    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore

    def create(store: Any, domain: Any) -> FailSafeTrackerStore:
        if store is None:
            return FailSafeTrackerStore(InMemoryTrackerStore(domain))
        store.domain = domain
        return FailSafeTrackerStore(store, on_tracker_store_error=hook)

    Agent._create_tracker_store = staticmethod(create)


def inner_tracker_store(store: Any) -> Any:
    """The configured store inside Rasa's wrappers (`FailSafeTrackerStore`, `AwaitableTrackerStore`)."""
    from rasa.core.tracker_store import AwaitableTrackerStore, FailSafeTrackerStore

    while isinstance(store, (FailSafeTrackerStore, AwaitableTrackerStore)):
        store = store._tracker_store
    return store


def rule_key_to_state(policy: Any, key: str) -> List[Dict[str, Any]]:
    return getattr(policy, RULE_POLICY_KEY_TO_STATE)(key)


def rule_policy_possible_keys(policy: Any, lookup: Dict[str, str], states: List[Dict[str, Any]]) -> Set[str]:
    """RulePolicy's own matching, bypassing an override in `policy`'s class."""
    from rasa.core.policies.rule_policy import RulePolicy

    return getattr(RulePolicy, RULE_POLICY_POSSIBLE_KEYS)(policy, lookup, states)


def _parameters(function: Any) -> List[str]:
    return list(inspect.signature(function).parameters)


def problems() -> List[str]:
    """What differs from the Rasa these internals were read from (empty: nothing)."""
    import rasa
    import rasa.core.actions.action
    import rasa.core.processor
    from rasa.core.agent import Agent
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.core.tracker_store import AwaitableTrackerStore, FailSafeTrackerStore
    from rasa.engine.runner.dask import DaskGraphRunner

    found = []
    if rasa.__version__ != RASA_VERSION:
        found.append(f"Rasa {rasa.__version__}, but these internals were read from Rasa {RASA_VERSION}")
    expected = {
        "RulePolicy._get_possible_keys": (
            getattr(RulePolicy, RULE_POLICY_POSSIBLE_KEYS, None),
            ["self", "lookup", "states"],
        ),
        "RulePolicy._rule_key_to_state": (getattr(RulePolicy, RULE_POLICY_KEY_TO_STATE, None), ["rule_key"]),
        "Agent._create_tracker_store": (getattr(Agent, "_create_tracker_store", None), ["store", "domain"]),
        "FailSafeTrackerStore.__init__": (
            FailSafeTrackerStore.__init__,
            ["self", "tracker_store", "on_tracker_store_error", "fallback_tracker_store"],
        ),
    }
    for name, (function, parameters) in expected.items():
        if function is None:
            found.append(f"{name} is gone")
        elif _parameters(function) != parameters:
            found.append(f"{name} takes {_parameters(function)}, expected {parameters}")
    # the names a function's code looks up: a global it loads a class by, an attribute it sets
    if "DaskGraphRunner" not in rasa.core.processor.MessageProcessor._load_model.__code__.co_names:
        found.append("MessageProcessor._load_model no longer loads models with the DaskGraphRunner of its module")
    for attribute in ("_graph_schema", "_instantiated_nodes"):
        if attribute not in DaskGraphRunner.__init__.__code__.co_names:
            found.append(f"DaskGraphRunner no longer sets `self.{attribute}`")
    if not isinstance(getattr(rasa.core.actions.action, "DEFAULT_REQUEST_TIMEOUT", None), (int, float)):
        found.append("rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT is gone")
    for wrapper in (FailSafeTrackerStore, AwaitableTrackerStore):
        if "self._tracker_store" not in inspect.getsource(wrapper.__init__):
            found.append(f"{wrapper.__name__} no longer keeps the wrapped store in `_tracker_store`")
    return found
