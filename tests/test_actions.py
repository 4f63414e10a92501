"""The custom action, run as the action server runs it (no server needed)."""

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ActionExplainTriage, lexicon


def tracker(*user_parses: dict) -> Tracker:
    events = [{"event": "user", "text": "...", "parse_data": parse} for parse in user_parses]
    return Tracker("someone", {}, user_parses[-1] if user_parses else {}, events, False, None, {}, "action_listen")


async def run(t: Tracker) -> list:
    dispatcher = CollectingDispatcher()
    events = await ActionExplainTriage().run(dispatcher, t, {})
    assert events == []
    return dispatcher.messages


async def test_explains_the_message_before_the_question():
    reported = {
        "triage": {
            "level": "emergency",
            "findings": [
                {
                    "symptom": "sedating_substance",
                    "tier": "cofactor",
                    "text": "beer",
                    "status": "present",
                    "cues": [],
                    "other_person": True,
                },
                {
                    "symptom": "unresponsive",
                    "tier": "emergency",
                    "text": "won't wake up",
                    "status": "present",
                    "cues": ["OTHER_PERSON: he"],
                    "other_person": True,
                },
            ],
        }
    }
    messages = await run(tracker(reported, {"triage": {"level": "none", "findings": []}}))
    assert [m["text"] for m in messages] == [
        "Urgency I gave it: emergency.\n"
        "- 'won't wake up' -> unresponsive (someone else): present (OTHER_PERSON: he), tier emergency\n"
        "  source: " + lexicon().advice["emergency"]
    ]


async def test_a_message_without_symptoms_says_so():
    messages = await run(tracker({"triage": {"level": "none", "findings": []}}, {}))
    assert [m["text"] for m in messages] == [
        "Urgency I gave it: none.\nI didn't recognise a symptom in it; I went by the topic of your question."
    ]


async def test_nothing_to_explain_uses_the_response():
    messages = await run(tracker({}))
    assert [m["response"] for m in messages] == ["utter_explain_unavailable"]
