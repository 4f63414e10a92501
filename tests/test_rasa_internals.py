"""Rasa's private internals the project relies on are still there, in the shape they were read in;
a Rasa upgrade that changes them fails here, loudly, not in production."""

import subprocess
import sys

from rasa.core.agent import Agent
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain

from server import rasa_internals
from tests.conftest import ROOT


def test_the_internals_are_those_of_the_pinned_rasa():
    assert rasa_internals.problems() == []


def test_the_check_notices_a_different_rasa(monkeypatch):
    import rasa

    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    assert rasa_internals.problems() == ["Rasa 3.7.0, but these internals were read from Rasa 3.6.21"]


def test_the_check_notices_a_missing_method(monkeypatch):
    from rasa.core.policies.rule_policy import RulePolicy

    monkeypatch.delattr(RulePolicy, rasa_internals.RULE_POLICY_POSSIBLE_KEYS)
    assert rasa_internals.problems() == ["RulePolicy._get_possible_keys is gone"]


def test_new_agents_get_the_error_hook(monkeypatch):
    monkeypatch.setattr(Agent, "_create_tracker_store", Agent._create_tracker_store)
    raised = []
    rasa_internals.on_tracker_store_error(raised.append)
    store = Agent._create_tracker_store(InMemoryTrackerStore(Domain.empty()), Domain.empty())
    assert isinstance(store, FailSafeTrackerStore)
    store.on_tracker_store_error(ValueError("boom"))
    assert [type(e) for e in raised] == [ValueError]
    assert isinstance(rasa_internals.inner_tracker_store(store), InMemoryTrackerStore)


def test_the_triage_core_imports_nothing_from_rasa():
    """`triage/` is plain Python and spaCy: importing all of it loads no Rasa module."""
    probe = (
        "import sys, pkgutil, importlib, triage\n"
        "for m in pkgutil.iter_modules(triage.__path__): importlib.import_module('triage.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n == 'rasa' or n.startswith(('rasa.', 'rasa_sdk'))))"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_check_notices_a_processor_that_loads_models_another_way(monkeypatch):
    import rasa.core.processor

    def _load_model(model_path):  # names no DaskGraphRunner: the graph runner could not be swapped
        return model_path

    monkeypatch.setattr(rasa.core.processor.MessageProcessor, "_load_model", staticmethod(_load_model))
    assert rasa_internals.problems() == [
        "MessageProcessor._load_model no longer loads models with the DaskGraphRunner of its module"
    ]
