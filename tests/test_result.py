"""A triage result survives the parse data unchanged, and reads the same wherever it is shown."""

import json

import pytest

from triage.lexicon import Tier
from triage.result import Finding, Level, Origin, Status, Triage

FINDINGS = (
    Finding("tremors", "tremors (shaking)", Tier.STOP, "shaking", 12, 19, cues=("OTHER_PERSON: my husband",),
            other_person=True, source="Stop using Soma"),
    Finding("fever", "fever", Tier.STOP, "no fever", 0, 8, status=Status.NEGATED, cues=("NEGATED_EXISTENCE: no",)),
    Finding("hallucinations", "hallucinations", Tier.STOP, "voices", 30, 36, origin=Origin.LEARNED, score=0.9,
            evidence=("voices",), uncertain=True),
)  # fmt: skip


@pytest.mark.parametrize(
    "triage",
    [
        Triage(Level.NONE),
        Triage(Level.STOP, FINDINGS, {"tremmors": "tremors"}),
        Triage(Level.CHECK, (), {}, FINDINGS[2]),
    ],
)
def test_round_trip_through_json(triage):
    assert Triage.from_dict(json.loads(json.dumps(triage.to_dict()))) == triage


def test_summary_names_what_was_reported_and_for_whom():
    assert Triage(Level.STOP, FINDINGS).summary() == (
        "tremors (shaking) and hallucinations (in the person you are looking after)"
    )
    assert Triage(Level.STOP, FINDINGS[1:2]).summary() == ""
    assert Triage(Level.STOP, FINDINGS).reported == ["tremors", "hallucinations"]


def test_levels_are_ordered_by_urgency():
    assert [level.value for level in sorted(Level, key=lambda lv: lv.rank)] == [
        "emergency", "stop", "check", "common", "question", "none",
    ]  # fmt: skip
    assert [level for level in Level if level.urgent] == [Level.EMERGENCY, Level.STOP]
