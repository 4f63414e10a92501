"""Custom actions (action server). Only non-urgent turns use them: the urgent replies are plain
responses uttered by rules, so they work with the action server stopped. An action reads what it
needs from the conversation's events (the parse data), never from the lexicon files."""

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from triage.result import Triage, explain

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
