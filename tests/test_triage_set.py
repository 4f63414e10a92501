"""Every phrasing of the project's triage test set (tests/data/triage_cases.yml) as its own test:
an urgent case must be caught at its tier or above, a not-urgent case must get exactly its level."""

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
def test_urgent_case_is_caught(detector, text, symptom, least):
    assert is_caught(detector, text, symptom, least), explain(detector(text))


@pytest.mark.parametrize("text, kind, level", not_urgent_cases(CASES))
def test_not_urgent_case_gets_its_level(detector, text, kind, level):
    assert detector(text).level is level, explain(detector(text))
