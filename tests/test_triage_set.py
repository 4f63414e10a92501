"""Every phrasing of the project's own triage set (tests/data/triage_cases.yml) as its own test,
through the trained model's triage (lexicon and learned second opinion): an urgent case must be
caught at its tier or above, a not-urgent case must get exactly its level. The set was written
together with the lexicon, so it guards against regressions; `make eval` measures generalisation
on sets that were not."""

import pytest

from triage.evaluation import is_caught, load_cases, not_urgent_cases, urgent_cases
from triage.result import explain

CASES = load_cases()


def test_the_set_has_at_least_30_phrasings_per_urgent_symptom_and_25_per_tier():
    counts = {}
    for _, symptom, _ in urgent_cases(CASES):
        counts[symptom] = counts.get(symptom, 0) + 1
    assert len(counts) == 20 and min(counts.values()) >= 30
    assert len(not_urgent_cases(CASES)) >= 25


@pytest.mark.parametrize("text, symptom, least", urgent_cases(CASES))
def test_urgent_case_is_caught(triager, text, symptom, least):
    triage = triager(text)
    assert is_caught(triage, symptom, least), explain(triage)


@pytest.mark.parametrize("text, kind, level", not_urgent_cases(CASES))
def test_not_urgent_case_gets_its_level(triager, text, kind, level):
    triage = triager(text)
    assert triage.level is level, explain(triage)
