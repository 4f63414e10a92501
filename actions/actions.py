"""Custom actions (action server). Only non-urgent turns use them: the urgent replies are plain
responses uttered by rules, so they work with the action server stopped. An action reads what it
needs from the conversation's events (the parse data), never from the lexicon files, and keeps
nothing in memory between calls."""

import os
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from triage.result import Triage, explain
from triage.summary import summarise, zone_named

TRIAGE_KEY = "triage"  # set in the parse data by components.symptom_triage.SymptomTriage


def previous_user_parse(tracker: Tracker) -> Dict[str, Any] | None:
    """The parse data of the user message before the latest one ("why?" asks about that one)."""
    user_events = [e for e in tracker.events if e.get("event") == "user"]
    return user_events[-2].get("parse_data") if len(user_events) >= 2 else None


class ActionExplainTriage(Action):
    """Shows which words the previous answer rested on (support staff use it in the shell)."""

    def name(self) -> str:
        return "action_explain_triage"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        parse = previous_user_parse(tracker)
        if not parse or TRIAGE_KEY not in parse:
            dispatcher.utter_message(response="utter_explain_unavailable")
            return []
        dispatcher.utter_message(text=explain(Triage.from_dict(parse[TRIAGE_KEY])))
        return []


# The time zone of the summary's clock times when the patient's messages carry none (the widget
# sends the browser's): SOMA_TIMEZONE (an IANA name such as Europe/London), else this machine's.
TIMEZONE_VARIABLE = "SOMA_TIMEZONE"


class ActionDoctorSummary(Action):
    """The summary for the doctor (triage/summary.py), from the conversation's events alone."""

    def name(self) -> str:
        return "action_doctor_summary"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        summary = summarise(tracker.events, zone_named(os.environ.get(TIMEZONE_VARIABLE)))
        if summary.empty:
            dispatcher.utter_message(response="utter_doctor_summary_empty")
        else:
            dispatcher.utter_message(response="utter_doctor_summary", summary=summary.text())
        # answered: end the turn here. The rule's next step (utter_doctor_summary_unavailable) is
        # for when this action could not run at all (data/rules/summary.yml).
        return [FollowupAction("action_listen")]
