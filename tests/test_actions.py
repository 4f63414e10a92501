"""The custom actions, run as the action server runs them (no server needed)."""

from zoneinfo import ZoneInfo

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ActionDoctorSummary, ActionExplainTriage
from triage.lexicon import Tier
from triage.result import Finding, Level, Origin, Triage
from triage.summary import summarise

REPORTED = Triage(
    Level.EMERGENCY,
    (
        Finding("sedating_substance", "alcohol", Tier.COFACTOR, "beer", 10, 14, other_person=True),
        Finding(
            "unresponsive",
            "can't be woken or fainted",
            Tier.EMERGENCY,
            "won't wake up",
            20,
            33,
            cues=("OTHER_PERSON: he",),
            other_person=True,
            source="Some situations need emergency services.",
        ),
    ),
)


def tracker(*user_parses: dict) -> Tracker:
    events = [{"event": "user", "text": "...", "parse_data": parse} for parse in user_parses]
    return Tracker("someone", {}, user_parses[-1] if user_parses else {}, events, False, None, {}, "action_listen")


async def run(t: Tracker) -> list:
    dispatcher = CollectingDispatcher()
    events = await ActionExplainTriage().run(dispatcher, t, {})
    assert events == []
    return dispatcher.messages


async def test_explains_the_message_before_the_question_from_its_parse_data_alone():
    messages = await run(tracker({"triage": REPORTED.to_dict()}, {"triage": Triage(Level.NONE).to_dict()}))
    assert [m["text"] for m in messages] == [
        "Urgency: emergency.\n"
        "- 'beer' -> alcohol (someone else): present, tier cofactor (lexicon)\n"
        "- 'won't wake up' -> can't be woken or fainted (someone else): present, tier emergency (lexicon)\n"
        "  context: OTHER_PERSON: he\n"
        "  source: Some situations need emergency services."
    ]


async def test_a_learned_finding_shows_its_score_and_words():
    check = Finding(
        "hallucinations", "hallucinations", Tier.STOP, "people in the room", 0, 18,
        origin=Origin.LEARNED, score=0.62, evidence=("room", "aren't there"),
    )  # fmt: skip
    messages = await run(tracker({"triage": Triage(Level.CHECK, check=check).to_dict()}, {}))
    assert [m["text"] for m in messages] == [
        "Urgency: check.\n"
        "- 'people in the room' -> hallucinations: present, tier stop (learned 0.62 on 'room', \"aren't there\")"
    ]


async def test_a_message_without_symptoms_says_so():
    messages = await run(tracker({"triage": Triage(Level.NONE).to_dict()}, {}))
    assert [m["text"] for m in messages] == [
        "Urgency: none.\n- no symptom recognised: the answer follows the topic of the message."
    ]


async def test_nothing_to_explain_uses_the_response():
    messages = await run(tracker({}))
    assert [m["response"] for m in messages] == ["utter_explain_unavailable"]


# ------------------------------------------------------------------ the summary for the doctor
def summary_tracker(events: list) -> Tracker:
    return Tracker("sender-canary-9931", {}, {}, events, False, None, {}, "action_listen")


async def run_summary(events: list) -> tuple:
    dispatcher = CollectingDispatcher()
    returned = await ActionDoctorSummary().run(dispatcher, summary_tracker(events), {})
    return dispatcher.messages, returned


async def test_the_summary_is_built_from_the_events_and_ends_the_turn(monkeypatch):
    monkeypatch.setenv("SOMA_TIMEZONE", "Europe/London")
    events = [
        {"event": "session_started", "timestamp": 1796306520.0},
        {"event": "user", "text": "he won't wake up", "timestamp": 1796306520.0,
         "parse_data": {"triage": REPORTED.to_dict()}},
        {"event": "bot", "text": "...", "timestamp": 1796306521.0, "metadata": {"utter_action": "utter_emergency"}},
        {"event": "user", "text": "summary for my doctor", "timestamp": 1796306580.0,
         "parse_data": {"triage": Triage(Level.NONE).to_dict()}},
    ]  # fmt: skip
    [message], returned = await run_summary(events)
    assert message["response"] == "utter_doctor_summary"
    assert message["summary"] == summarise(events, ZoneInfo("Europe/London")).text()
    assert "can't be woken or fainted" in message["summary"] and "sender-canary" not in message["summary"]
    assert "times in Europe/London" in message["summary"]
    # answered: the rule's "unavailable" step must not follow (data/rules/summary.yml)
    assert returned == [{"event": "followup", "name": "action_listen", "timestamp": None}]


async def test_a_conversation_with_nothing_to_summarise_says_so():
    events = [{"event": "user", "text": "hi", "timestamp": 1.0, "parse_data": {"triage": Triage(Level.NONE).to_dict()}}]
    [message], returned = await run_summary(events)
    assert message["response"] == "utter_doctor_summary_empty" and "summary" not in message
    assert [e["name"] for e in returned] == ["action_listen"]
