"""The summary for the doctor (triage/summary.py), built from lists of event dicts as Rasa stores
them and the action server receives them: what it holds, what it leaves out, and the times."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import RESPONSES
from triage.lexicon import Tier
from triage.result import Finding, Level, Origin, Status, Triage
from triage.summary import ADVICE, MEDICINE, SELF_HARM, summarise, zone_named
from triage.triager import conversation

LONDON = ZoneInfo("Europe/London")
T0 = datetime(2026, 12, 3, 14, 2, tzinfo=LONDON).timestamp()  # 14:02 in London
STOP_SOURCE = "Stop using Soma (Carisoprodol) and contact your doctor immediately in the following cases: ..."
EMERGENCY_SOURCE = "Some situations need emergency services, not just a call to the doctor (leaflet README)."

TREMORS = Finding("tremors", "tremors (shaking)", Tier.STOP, "hands are shaking", 3, 20, source=STOP_SOURCE)
VOMITING = Finding("vomiting", "vomiting", Tier.STOP, "throwing up", 8, 19, source=STOP_SOURCE)
NO_FEVER = Finding("fever", "fever", Tier.STOP, "fever", 3, 8, status=Status.NEGATED, cues=("NEGATED_EXISTENCE: no",))
HUSBAND_SWEATING = Finding(
    "sweating", "sweating", Tier.STOP, "sweating", 14, 22, cues=("OTHER_PERSON: My Husband",), other_person=True,
    source=STOP_SOURCE,
)  # fmt: skip
SELF_HARM_FINDING = Finding("self_harm", "thoughts of self-harm", Tier.EMERGENCY, "kill myself", 7, 18,
                            source=EMERGENCY_SOURCE)  # fmt: skip
BEER = Finding("sedating_substance", "alcohol", Tier.COFACTOR, "beers", 0, 5)


def user(text: str, triage: Triage | None, minutes: float, **metadata: str) -> dict:
    event = {"event": "user", "text": text, "timestamp": T0 + 60 * minutes, "metadata": metadata}
    event["parse_data"] = {"text": text, "triage": triage.to_dict()} if triage else {"text": text}
    return event


def bot(response: str | None, minutes: float, text: str = "...") -> dict:
    return {"event": "bot", "text": text, "timestamp": T0 + 60 * minutes + 1, "metadata": {"utter_action": response}}


START = [
    {"event": "action", "name": "action_session_start", "timestamp": T0 - 5},
    {"event": "session_started", "timestamp": T0 - 5},
    {"event": "action", "name": "action_listen", "timestamp": T0 - 5},
]


def test_symptoms_with_the_patients_words_and_the_time_first_mentioned():
    events = START + [
        user("my hands are shaking", Triage(Level.STOP, (TREMORS,)), 0),
        bot("utter_stop_and_contact_doctor", 0),
        user("ok thanks", Triage(Level.NONE), 3),
        bot("utter_you_are_welcome", 3),
        user("now i'm throwing up, still shaking", Triage(Level.STOP, (VOMITING, TREMORS)), 7),
        bot("utter_stop_and_contact_doctor", 7),
    ]
    text = summarise(events, LONDON).text()
    assert f"Medicine: {MEDICINE}" in text and "About: the patient\n" in text
    assert "Chat: Thursday 3 December 2026, times in Europe/London" in text
    reported = text.split("Symptoms reported")[1].split("\n\n")[0].splitlines()[1:]
    assert reported == [
        '- 14:02  tremors (shaking), leaflet warning sign: "hands are shaking"',  # not moved by the repeat at 14:09
        '- 14:09  vomiting, leaflet warning sign: "throwing up"',
    ]


def test_the_advice_given_quotes_the_reply_and_cites_the_sentence_behind_it():
    events = START + [
        user("my hands are shaking", Triage(Level.STOP, (TREMORS,)), 0),
        bot("utter_stop_and_contact_doctor", 0),
        user("I want to kill myself", Triage(Level.EMERGENCY, (SELF_HARM_FINDING,)), 4),
        bot("utter_emergency", 4),
    ]
    text = summarise(events, LONDON).text()
    advice = text.split("Advice given")[1].split("\n\n")[0].splitlines()[1:]
    assert advice == [
        '- 14:02 for tremors (shaking): "stop using Soma (Carisoprodol) and contact your doctor immediately" [1]',
        '- 14:06 for thoughts of self-harm: "' + " ... ".join(ADVICE[SELF_HARM]) + '" [2]',
    ]
    assert text.endswith(f"Sources:\n[1] {STOP_SOURCE}\n[2] {EMERGENCY_SOURCE}")
    assert "988" in text and "116 123" in text  # the crisis lines the self-harm reply named


def test_an_overdose_made_of_alcohol_and_drowsiness_gets_the_emergency_advice_for_the_overdose():
    drowsy = Finding("severe_drowsiness", "severe drowsiness", Tier.COMMON, "hard to wake", 30, 42,
                     source="Drowsiness ...")  # fmt: skip
    overdose = Finding("overdose", "a suspected overdose", Tier.EMERGENCY, "beers + hard to wake", 0, 42,
                       origin=Origin.COMBINATION, source=EMERGENCY_SOURCE)  # fmt: skip
    events = START + [user("...", Triage(Level.EMERGENCY, (BEER, drowsy, overdose)), 0), bot("utter_emergency", 0)]
    text = summarise(events, LONDON).text()
    assert '- 14:02 for a suspected overdose: "Call your local emergency number now ... If too many' in text
    assert "alcohol" not in text.split("Symptoms reported")[1].split("\n\n")[0]  # a cofactor is not a symptom
    assert text.endswith(f"Sources:\n[1] {EMERGENCY_SOURCE}")


def test_denied_symptoms_are_listed_unless_reported_later():
    shivering = Finding("shivering", "shivering", Tier.STOP, "shivering", 0, 9, status=Status.NEGATED)
    fever = Finding("fever", "fever", Tier.STOP, "a fever", 10, 17, source=STOP_SOURCE)
    events = START + [
        user("no fever and no shivering", Triage(Level.NONE, (NO_FEVER, shivering)), 0),
        bot("utter_anything_else", 0),
        user("now I have a fever", Triage(Level.STOP, (fever,)), 20),
        bot("utter_stop_and_contact_doctor", 20),
    ]
    summary = summarise(events, LONDON)
    assert [d.name for d in summary.denied] == ["shivering"]
    assert [s.name for s in summary.reported] == ["fever"]
    assert "Symptoms denied (the patient said they are not there):\n- 14:02  shivering\n" in summary.text()


@pytest.mark.parametrize(
    "findings, about",
    [
        ((TREMORS,), "the patient"),
        ((HUSBAND_SWEATING,), 'someone the patient looks after ("my husband")'),
        ((TREMORS, HUSBAND_SWEATING), 'the patient, and someone the patient looks after ("my husband")'),
        ((Finding("tremors", "tremors (shaking)", Tier.STOP, "shaking", 3, 10, cues=("OTHER_PERSON: he",),
                  other_person=True),), "someone the patient looks after"),
    ],
)  # fmt: skip
def test_whom_it_concerns(findings, about):
    events = START + [user("...", Triage(Level.STOP, findings), 0), bot("utter_stop_and_contact_doctor", 0)]
    text = summarise(events, LONDON).text()
    assert f"About: {about}\n" in text
    mixed = len({f.other_person for f in findings}) > 1
    assert ("[the person looked after]" in text) is mixed


def test_a_yes_to_the_question_quotes_what_the_question_was_about():
    asked = Finding("hallucinations", "hallucinations", Tier.STOP, "little people on the shelf", 0, 26,
                    origin=Origin.LEARNED, cues=("ASK: you may be seeing things",))  # fmt: skip
    confirmed = Finding("hallucinations", "hallucinations", Tier.STOP, "yeah", 0, 4, origin=Origin.ANSWER,
                        cues=("ANSWER: yes",), source=STOP_SOURCE)  # fmt: skip
    events = START + [
        user("little people on the shelf", Triage(Level.CHECK, check=asked), 0),
        bot("utter_check_symptom", 0),
        user("yeah", Triage(Level.STOP, (confirmed,)), 1),
        bot("utter_stop_and_contact_doctor", 1),
    ]
    assert '- 14:03  hallucinations, leaflet warning sign: "little people on the shelf" (said "yeah" when asked)' in (
        summarise(events, LONDON).text()
    )


def test_a_report_over_two_messages_keeps_both_parts_of_the_words(triager):
    texts = ["my heart", "is racing like crazy"]
    events = list(START)
    for minutes, (text, triage) in enumerate(zip(texts, conversation(triager, texts), strict=True)):
        response = "utter_stop_and_contact_doctor" if triage.level.urgent else "utter_check_symptom"
        events += [user(text, triage, minutes), bot(response, minutes)]
    [symptom] = summarise(events, LONDON).reported
    assert (symptom.name, symptom.words, symptom.note, symptom.time) == (
        "fast heartbeat", "heart / is racing", "over two messages", T0 + 60,
    )  # fmt: skip


def test_only_the_current_session_and_only_what_the_patient_said(triager):
    """No sender id, no name, no word the patient didn't write: every quote is in a message."""
    earlier = [user("I have a fever", Triage(Level.STOP, (Finding("fever", "fever", Tier.STOP, "fever", 7, 12),)), -90)]
    texts = [
        "hi, I'm Jonathan Smithers and my hands are shaking",
        "my wife is seeing things too, no fever",
        "she took 6 of her soma with a few beers and now she won't wake up",
    ]
    events = earlier + START
    for minutes, (text, triage) in enumerate(zip(texts, conversation(triager, texts), strict=True)):
        response = {Level.STOP: "utter_stop_and_contact_doctor", Level.EMERGENCY: "utter_emergency"}[triage.level]
        events += [user(text, triage, 2 * minutes), bot(response, 2 * minutes)]
    for event in events:
        event["sender_id"] = "sender-canary-4411"
    summary = summarise(events, LONDON)
    text = summary.text()
    assert "Jonathan" not in text and "Smithers" not in text and "canary" not in text
    quoted = re.findall(r'^- \d\d:\d\d  .*?: "(.*)"', text, flags=re.MULTILINE)
    assert quoted and all(q.split(" / ")[-1] in " ".join(texts) for q in quoted)
    assert [s.name for s in summary.reported][:2] == ["tremors (shaking)", "hallucinations"]
    assert "a suspected overdose" in [s.name for s in summary.reported]
    assert [d.name for d in summary.denied] == ["fever"]  # denied in this session; the earlier report is gone
    assert 'About: the patient, and someone the patient looks after ("my wife")' in text


def test_times_follow_the_zone_the_widget_sent_else_the_default():
    events = START + [
        user("my hands are shaking", Triage(Level.STOP, (TREMORS,)), 0, timezone="America/New_York"),
        bot("utter_stop_and_contact_doctor", 0),
    ]
    assert "- 09:02  tremors" in summarise(events, LONDON).text()  # 14:02 in London
    assert "times in America/New_York" in summarise(events, LONDON).text()
    events[3]["metadata"] = {"timezone": "../../etc/passwd"}  # never a path: the default instead
    assert "- 14:02  tremors" in summarise(events, LONDON).text()
    assert "- 15:02  tremors" in summarise(events, ZoneInfo("Europe/Paris")).text()


def test_a_chat_past_midnight_names_the_day():
    late = datetime(2026, 12, 3, 23, 58, tzinfo=LONDON).timestamp()
    events = START + [
        {**user("my hands are shaking", Triage(Level.STOP, (TREMORS,)), 0), "timestamp": late},
        {**user("throwing up", Triage(Level.STOP, (VOMITING,)), 0), "timestamp": late + 300},
    ]
    reported = summarise(events, LONDON).text().split("Symptoms reported")[1]
    assert "- 23:58  tremors" in reported and "- Fri 04 Dec 00:03  vomiting" in reported


@pytest.mark.parametrize(
    "name, valid",
    [("Europe/London", True), ("UTC", True), ("America/Argentina/Buenos_Aires", True), ("../../etc/passwd", False),
     ("/etc/localtime", False), ("Not/AZone", False), ("", False), (None, False), (42, False), ("A" * 80, False)],
)  # fmt: skip
def test_only_known_zone_names_are_used(name, valid):
    assert (zone_named(name) is not None) is valid


def test_nothing_to_summarise():
    assert summarise(START + [user("how do I take it", Triage(Level.NONE), 0), bot("utter_how_to_take", 0)]).empty
    assert summarise([]).empty


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("key", sorted(ADVICE))
def test_every_quote_of_the_advice_is_in_the_reply_as_domain_yml_words_it(key):
    response, _, variant = key.partition("/")
    variants = RESPONSES[response]
    [reply] = [v for v in variants if (v.get("condition") or [{}])[0].get("value") == (variant or None)]
    for quote in ADVICE[key]:
        assert _words(quote) in _words(reply["text"])
