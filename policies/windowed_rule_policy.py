"""Rasa's RulePolicy, matching each prediction against only the turns a rule can look at.

To predict, RulePolicy filters all its rules against every state of the conversation, newest
first (`_get_possible_keys`). A rule can only reject a conversation on the turns it has: older
states keep every rule applicable (`_is_rule_applicable` returns True past a rule's length). So
the result depends only on the last `longest rule` states. This policy passes only those, and,
once loaded for serving (the rules no longer change), remembers the answer per window of states:
a profile of the REST server under 16 concurrent senders put rule matching at a tenth of the
time per turn, growing with the length of the conversation. Predictions are unchanged
(tests/test_rule_policy.py compares them with RulePolicy's on every test story).

`_get_possible_keys` is a private method of RulePolicy: server/rasa_internals.py names it, calls
RulePolicy's own, and checks that it still exists with the same signature.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Dict, Hashable, List, Set

from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe

from server import rasa_internals

State = Dict[str, Dict[str, Any]]


def _freeze(value: Any) -> Hashable:
    if isinstance(value, dict):
        return tuple(sorted((key, _freeze(item)) for key, item in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(item) for item in value)
    return value


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class WindowedRulePolicy(RulePolicy):
    """RulePolicy that reads only as many past states as its longest rule has."""

    # windows of states remembered while serving; each is a few hundred bytes
    CACHE_SIZE = 10_000

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._longest: Dict[int, int] = {}
        self._possible_keys: OrderedDict[Hashable, frozenset] = OrderedDict()
        self._serving = False  # set by `load`: training still changes the rules

    @classmethod
    def load(cls, *args: Any, **kwargs: Any) -> WindowedRulePolicy:
        policy = super().load(*args, **kwargs)
        policy._serving = True
        return policy

    def _window(self, lookup: Dict[str, str], states: List[State]) -> List[State]:
        longest = self._longest.get(id(lookup))
        if longest is None:
            longest = self._longest[id(lookup)] = max(
                (len(rasa_internals.rule_key_to_state(self, k)) for k in lookup), default=0
            )
        return states[-longest:] if longest else []

    def _get_possible_keys(self, lookup: Dict[str, str], states: List[State]) -> Set[str]:
        if not self._serving:  # training: RulePolicy's own matching, unchanged
            return rasa_internals.rule_policy_possible_keys(self, lookup, states)
        window = self._window(lookup, states)
        try:
            key = (id(lookup), _freeze(window))
            hash(key)
        except TypeError:  # an unhashable slot value: match without remembering
            return rasa_internals.rule_policy_possible_keys(self, lookup, window)
        found = self._possible_keys.get(key)
        if found is None:
            found = frozenset(rasa_internals.rule_policy_possible_keys(self, lookup, window))
            self._possible_keys[key] = found
            while len(self._possible_keys) > self.CACHE_SIZE:
                self._possible_keys.popitem(last=False)
        else:
            self._possible_keys.move_to_end(key)
        return set(found)
