"""Rasa adapter: runs the triage core (`triage/`) on every message and makes its tier win.

Placed last in the NLU pipeline, after the intent classifier and the FallbackClassifier. It reads
the conversation's tracker (Rasa hands an NLU component the tracker when `process` asks for one),
so a message is triaged in the light of the patient's previous ones: an answer to the assistant's
question, a report split over two messages.

* entities `symptom` (canonical key; role `negated`, `hypothetical`, `treated` or `past` when the
  mention is not a report) are appended to what other extractors found; `reported_symptoms`
  carries the readable list the urgent reply names, `suspected_symptom` the question asked about a
  symptom the triage suspects, `emergency_kind` whether the emergency reply names a crisis line, `open_stop` the
  stop advice said again after the answer to a question on another topic (`Triage.reminder`);
* the parse data carries the triage result under `triage` (`Triage.to_dict()`), which the "why?"
  reply and the summary for the doctor read;
* the intent is the triage's tier when it found one (`_final_intent`): the emergency and stop
  replies come from the triage core, never from the ML intent classifier, and never need the
  action server (they are plain responses uttered by rules).

Training copies the lexicon and the context rules into the model, derives the real English words
near the lexicon's terms, and trains the learned second opinion; serving reads only what the model
holds, so a model file behaves the same on any machine, with or without `data/`. The lexicon files
and the paraphrases are part of the fingerprint, so editing them retrains.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.core.events import SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_ROLE,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

import triage
from triage.detector import ALCOHOL_WORDS
from triage.lexicon import DEFAULT_LEXICON_DIR, Lexicon, Tier, lexicon_fingerprint
from triage.result import Level, Status, Triage
from triage.training import PARAPHRASES_FILE
from triage.triager import HISTORY_TURNS, MEDICINE_KEYS, Triager, Turn

logger = logging.getLogger(__name__)

SYMPTOM_ENTITY = "symptom"
SUMMARY_ENTITY = "reported_symptoms"
SUSPECTED_ENTITY = "suspected_symptom"
EMERGENCY_KIND_ENTITY = "emergency_kind"
TRIAGE_KEY = "triage"  # the parse data's triage result, read by the actions

ROLE_OF_STATUS = {
    Status.NEGATED: "negated",
    Status.HYPOTHETICAL: "hypothetical",
    Status.TREATED: "treated",
    Status.HISTORICAL: "past",
}

# intents this component decides; all are in domain.yml
EMERGENCY_INTENT = "report_emergency"
STOP_INTENT = "report_symptom"
CHECK_INTENT = "check_symptom"
COMMON_INTENT = "report_common_effect"
QUESTION_INTENT = "ask_symptom_info"
ASK_INTENT = "describe_symptom"
INTENT_OF_LEVEL = {
    Level.EMERGENCY: EMERGENCY_INTENT,
    Level.STOP: STOP_INTENT,
    Level.CHECK: CHECK_INTENT,
    Level.COMMON: COMMON_INTENT,
    Level.QUESTION: QUESTION_INTENT,
}
INTERACTIONS_INTENT = "ask_interactions"
# a medicine named in a message the classifier can't place, or reads as one of these topics, is
# about interactions (alcohol, driving, stopping and the like keep their own answers)
MEDICINE_QUESTION_INTENTS = {"nlu_fallback", "out_of_scope", "ask_how_to_take", "ask_not_in_leaflet", "ask_what_for"}
# a question on another topic right after the stop reply (`Triage.reminder`) gets the stop advice again then its answer
# where the classifier finds one of these topics (data/rules/reminder.yml); any other reading of it, and how to take it
# (whose answer is to stop), gets the stop reply itself, as it did before the reminder: the advice never rests on the
# classifier finding the topic
REMINDED_INTENTS = {
    "ask_alcohol",
    "ask_driving",
    "ask_long_term_use",
    "ask_what_for",
    "ask_interactions",
    "ask_not_in_leaflet",
}
OPEN_STOP_ENTITY = "open_stop"
# the NLU training examples of these intents are symptom reports, not negatives for the learned part
REPORT_INTENTS = {EMERGENCY_INTENT, STOP_INTENT, COMMON_INTENT, ASK_INTENT, QUESTION_INTENT, CHECK_INTENT}


def _final_intent(level: Level, predicted: str | None, medicine_named: bool = False) -> str | None:
    """The intent after the triage, or None to keep the classifier's.

    The triage's tier always wins. A symptom report that the classifier sees but the triage can't
    place gets a question back (describe it), never silent general guidance, and never an alarm
    the triage can't explain. A message that names another medicine, where the classifier found
    no better topic, is a question about interactions: the leaflet's four, and "ask your
    pharmacist" for anything else, never "I didn't understand".
    """
    if level in INTENT_OF_LEVEL:
        return INTENT_OF_LEVEL[level]
    if predicted in (EMERGENCY_INTENT, STOP_INTENT, COMMON_INTENT, CHECK_INTENT):
        return ASK_INTENT
    if medicine_named and predicted in MEDICINE_QUESTION_INTENTS:
        return INTERACTIONS_INTENT
    return None


def _names_a_medicine(triage: Triage) -> bool:
    """Another medicine (not alcohol: that has its own answer) is named in the message."""
    return any(f.symptom in MEDICINE_KEYS and not ALCOHOL_WORDS & set(f.text.lower().split()) for f in triage.findings)


def history(tracker: DialogueStateTracker | None) -> List[Turn]:
    """The patient's previous messages of this session, with the triage the model gave each."""
    if tracker is None:
        return []
    turns: List[Turn] = []
    for event in tracker.events:
        if isinstance(event, SessionStarted):
            turns = []
        elif isinstance(event, UserUttered) and event.text:
            data = (event.parse_data or {}).get(TRIAGE_KEY)
            if data:
                turns.append(Turn(event.text, Triage.from_dict(data)))
    return turns[-HISTORY_TURNS:]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER],
    is_trainable=True,
)
class SymptomTriage(GraphComponent, EntityExtractorMixin):
    """Triages every message: lexicon, learned second opinion, previous turns."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            # folder with symptoms.yml, context_rules.yml and paraphrases.jsonl
            "lexicon_dir": str(DEFAULT_LEXICON_DIR),
            # confidence given to an intent this component decides
            "override_confidence": 1.0,
        }

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        triager: Triager | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._triager = triager

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SymptomTriage:
        return cls(config, model_storage, resource)

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> str | None:
        """Retrain when a reviewer edits the lexicon, the context rules or the paraphrases, or when
        the triage core's code changes: Rasa fingerprints only this adapter's own source, and a
        stale trained triage would otherwise be reused."""
        directory = Path(config.get("lexicon_dir", DEFAULT_LEXICON_DIR))
        digest = hashlib.sha256(lexicon_fingerprint(directory).encode())
        paraphrases = directory / PARAPHRASES_FILE
        sources = [paraphrases] if paraphrases.exists() else []
        sources += sorted(Path(triage.__file__).parent.glob("*.py"))
        for path in sources:
            digest.update(path.read_bytes())
        return digest.hexdigest()

    # ---------------------------------------------------------------------------- training
    def train(self, training_data: TrainingData) -> Resource:
        negatives = [
            e.get(TEXT)
            for e in training_data.intent_examples
            if e.get(TEXT) and e.get(INTENT) and e.get(INTENT) not in REPORT_INTENTS
        ]
        self._triager = Triager.train(Path(self._config["lexicon_dir"]), negatives)
        self.persist()
        return self._resource

    def persist(self) -> None:
        assert self._triager is not None
        with self._model_storage.write_to(self._resource) as directory:
            self._triager.save(directory, Path(self._config["lexicon_dir"]))

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SymptomTriage:
        """The triage from what the model holds: its copy of the lexicon, never `data/`."""
        with model_storage.read_from(resource) as directory:
            return cls(config, model_storage, resource, Triager.load(directory))

    # ---------------------------------------------------------------------------- inference
    @property
    def triager(self) -> Triager:
        if self._triager is None:  # used before training: rare, but stay correct
            self.train(TrainingData())
        assert self._triager is not None
        return self._triager

    @property
    def lexicon(self) -> Lexicon:
        return self.triager.lexicon

    def process(self, messages: List[Message], tracker: DialogueStateTracker | None = None) -> List[Message]:
        turns = history(tracker)
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            triage = self.triager(text, turns)
            if triage.reminder:
                triage = self._reminded(message, triage)
            entities = self.add_extractor_name(self._entities(triage))
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
            message.set(TRIAGE_KEY, triage.to_dict(), add_to_output=True)
            self._override_intent(message, triage.level, _names_a_medicine(triage))
        return messages

    @staticmethod
    def _reminded(message: Message, triage: Triage) -> Triage:
        """A question on another topic after the stop reply: answered with the reminder where the classifier finds one
        of the topics the rules answer with it (`REMINDED_INTENTS`); otherwise the stop reply again."""
        predicted = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        intent = _final_intent(triage.level, predicted, _names_a_medicine(triage)) or predicted
        if intent in REMINDED_INTENTS:
            return triage
        return replace(triage, level=Level.STOP, reminder=False)

    def _entities(self, triage: Triage) -> List[Dict[str, Any]]:
        if triage.reminder:  # only this, which the rules of data/rules/reminder.yml match exactly
            return [
                {
                    ENTITY_ATTRIBUTE_TYPE: OPEN_STOP_ENTITY,
                    ENTITY_ATTRIBUTE_START: 0,
                    ENTITY_ATTRIBUTE_END: 0,
                    ENTITY_ATTRIBUTE_VALUE: triage.summary(),
                }
            ]
        entities = []
        for finding in triage.findings:
            if finding.tier in (Tier.COFACTOR, Tier.MASK):
                continue
            entity = {
                ENTITY_ATTRIBUTE_TYPE: SYMPTOM_ENTITY,
                ENTITY_ATTRIBUTE_START: finding.start,
                ENTITY_ATTRIBUTE_END: finding.end,
                ENTITY_ATTRIBUTE_VALUE: finding.symptom,
            }
            if finding.status in ROLE_OF_STATUS:
                entity[ENTITY_ATTRIBUTE_ROLE] = ROLE_OF_STATUS[finding.status]
            entities.append(entity)
        present = [f for f in triage.findings if f.reported]
        if triage.level.urgent and present:
            span = {
                ENTITY_ATTRIBUTE_START: min(f.start for f in present),
                ENTITY_ATTRIBUTE_END: max(f.end for f in present),
            }
            entities.append({ENTITY_ATTRIBUTE_TYPE: SUMMARY_ENTITY, **span, ENTITY_ATTRIBUTE_VALUE: triage.summary()})
        if triage.level is Level.EMERGENCY:
            kind = "self_harm" if triage.self_harm else "other"
            entities.append(
                {
                    ENTITY_ATTRIBUTE_TYPE: EMERGENCY_KIND_ENTITY,
                    ENTITY_ATTRIBUTE_START: 0,
                    ENTITY_ATTRIBUTE_END: 0,
                    ENTITY_ATTRIBUTE_VALUE: kind,
                }
            )
        if triage.level is Level.CHECK and triage.check is not None:
            question = self.lexicon.symptoms[triage.check.symptom].check
            entities.append(
                {
                    ENTITY_ATTRIBUTE_TYPE: SUSPECTED_ENTITY,
                    ENTITY_ATTRIBUTE_START: 0,
                    ENTITY_ATTRIBUTE_END: 0,
                    ENTITY_ATTRIBUTE_VALUE: question,
                }
            )
        return entities

    def _override_intent(self, message: Message, level: Level, medicine_named: bool = False) -> None:
        predicted = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        intent = _final_intent(level, predicted, medicine_named)
        if intent is None:
            return
        decided = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: self._config["override_confidence"]}
        ranking = [r for r in message.get(INTENT_RANKING_KEY, []) if r.get(INTENT_NAME_KEY) != intent]
        message.set(INTENT, decided, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [decided, *ranking], add_to_output=True)
        logger.debug("Triage level %s set intent %s (classifier: %s)", level.value, intent, predicted)
