"""One-tap calls (channels/calls.py): a link for exactly the numbers an urgent reply names."""

from __future__ import annotations

import re

import pytest

from channels.calls import CALLS, calls_in
from tests.conftest import RESPONSES


def numbers_named(text: str) -> list[str]:
    """Every number in a reply's text, as written: "911", "116 123"."""
    return re.findall(r"\d+(?: \d+)*", text)


URGENT_TEXTS = [
    (name, v["text"]) for name in ("utter_emergency", "utter_stop_and_contact_doctor") for v in RESPONSES[name]
]


@pytest.mark.parametrize("name, text", URGENT_TEXTS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(URGENT_TEXTS)])
def test_each_urgent_reply_gets_a_link_for_exactly_the_numbers_it_names(name, text):
    assert [c["number"] for c in calls_in(text)] == sorted(numbers_named(text), key=[c.number for c in CALLS].index)


def test_the_emergency_replies_name_the_numbers_the_issue_lists():
    generic, self_harm = sorted((v for v in RESPONSES["utter_emergency"]), key=lambda v: "condition" in v)
    assert [c["tel"] for c in calls_in(generic["text"])] == ["tel:911", "tel:112", "tel:999"]
    assert [(c["tel"], c["kind"]) for c in calls_in(self_harm["text"])] == [
        ("tel:911", "emergency"), ("tel:112", "emergency"), ("tel:999", "emergency"),
        ("tel:988", "crisis"), ("tel:116123", "crisis"),
    ]  # fmt: skip
    assert calls_in(RESPONSES["utter_stop_and_contact_doctor"][0]["text"]) == []


@pytest.mark.parametrize(
    "text, numbers",
    [("call 911 now", ["911"]), ("call 9110", []), ("room 1911", []), ("Samaritans on 116123", ["116 123"]),
     ("116 123 and 112", ["112", "116 123"]), ("", [])],
)  # fmt: skip
def test_a_number_is_matched_whole(text, numbers):
    assert [c["number"] for c in calls_in(text)] == numbers


def test_each_call_names_its_number_and_place_and_its_regions_are_region_codes():
    for call in CALLS:
        assert call.number in call.label and call.label.startswith("Call ")
        assert call.regions and all(re.fullmatch("[A-Z]{2}", r) for r in call.regions)
    # one emergency number per region: the widget's choice is never ambiguous
    emergency = [r for call in CALLS if call.kind == "emergency" for r in call.regions]
    assert len(emergency) == len(set(emergency)) and "GB" not in dict.fromkeys(CALLS[1].regions)
