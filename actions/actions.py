"""Custom actions (action server). Only non-urgent turns use them: the urgent replies are plain
responses uttered by rules, so they work with the action server stopped."""

import functools
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from components.lexicon import Lexicon, load_lexicon

TRIAGE_KEY = "triage"  # set in the parse data by components.symptom_triage.SymptomTriage


def previous_user_parse(tracker: Tracker) -> Dict[str, Any] | None:
    """The parse data of the user message before the latest one ("why?" asks about that one)."""
    user_events = [e for e in tracker.events if e.get("event") == "user"]
    return user_events[-2].get("parse_data") if len(user_events) >= 2 else None


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The symptom lexicon, read on first use (not at import)."""
    return load_lexicon()


def describe(triage: Dict[str, Any]) -> str:
    lines = [f"Urgency I gave it: {triage.get('level', 'none')}."]
    for finding in triage.get("findings", []):
        if finding.get("tier") == "cofactor":
            continue
        who = " (someone else)" if finding.get("other_person") else ""
        cues = "; ".join(finding.get("cues", [])) or "no context words"
        lines.append(
            f"- '{finding['text']}' -> {finding['symptom'].replace('_', ' ')}{who}: "
            f"{finding['status']} ({cues}), tier {finding['tier']}"
        )
        symptom = lexicon().symptoms.get(finding["symptom"])
        if symptom is not None:
            lines.append(f"  source: {lexicon().advice_for(symptom)}")
    if len(lines) == 1:
        lines.append("I didn't recognise a symptom in it; I went by the topic of your question.")
    return "\n".join(lines)


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
        dispatcher.utter_message(text=describe(parse[TRIAGE_KEY]))
        return []
