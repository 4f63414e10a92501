"""Rasa adapter: runs the symptom detector on every message and makes urgent findings win.

Placed last in the NLU pipeline, after the intent classifier and the FallbackClassifier:

* entities `symptom` (canonical key; role `negated`, `hypothetical` or `treated` when the mention
  is not a report) are appended to what other extractors found, and `reported_symptoms` carries
  the readable list the urgent reply names;
* the intent is overridden by what the lexicon found, so the emergency and stop replies never
  depend on the ML classifier alone (see `_final_intent`).

Training copies the lexicon and the context rules into the model and derives the real English
words near the lexicon's terms (which typo correction must leave alone); serving reads only what
the model holds, so a model file behaves the same on any machine, with or without `data/`. The
lexicon files are part of the fingerprint, so editing them retrains.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
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

from triage.lexicon import DEFAULT_LEXICON_DIR, Lexicon, Tier, lexicon_fingerprint
from triage.result import Level, Status, Triage
from triage.triager import Triager

logger = logging.getLogger(__name__)

SYMPTOM_ENTITY = "symptom"
SUMMARY_ENTITY = "reported_symptoms"
TRIAGE_KEY = "triage"  # added to the parse data: level and findings, for the explain action

ROLE_OF_STATUS = {Status.NEGATED: "negated", Status.HYPOTHETICAL: "hypothetical", Status.TREATED: "treated"}

# intents this component decides; all are in domain.yml
EMERGENCY_INTENT = "report_emergency"
STOP_INTENT = "report_symptom"
COMMON_INTENT = "report_common_effect"
QUESTION_INTENT = "ask_symptom_info"
ASK_INTENT = "describe_symptom"


def _final_intent(level: Level, predicted: str | None) -> str | None:
    """The intent after the lexicon's findings, or None to keep the classifier's.

    Findings of an urgent tier always win. A classifier's emergency is never downgraded. A
    classifier's symptom report that the lexicon can't place gets a question back (describe it),
    never silent general guidance.
    """
    if level is Level.EMERGENCY:
        return EMERGENCY_INTENT
    if level is Level.STOP:
        return STOP_INTENT
    if predicted == EMERGENCY_INTENT:
        return None
    if level is Level.COMMON:
        return COMMON_INTENT
    if level is Level.QUESTION:
        return QUESTION_INTENT
    if predicted in (STOP_INTENT, COMMON_INTENT):
        return ASK_INTENT
    return None


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER],
    is_trainable=True,
)
class SymptomTriage(GraphComponent, EntityExtractorMixin):
    """Finds symptoms with spaCy rules and sets the triage intent."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            # folder with symptoms.yml and context_rules.yml
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
        """Retrain when a reviewer edits the lexicon or the context rules."""
        return lexicon_fingerprint(config.get("lexicon_dir", DEFAULT_LEXICON_DIR))

    # ---------------------------------------------------------------------------- training
    def train(self, training_data: TrainingData) -> Resource:
        self._triager = Triager.train(Path(self._config["lexicon_dir"]))
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

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            triage = self.triager(text)
            entities = self.add_extractor_name(self._entities(triage))
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
            message.set(TRIAGE_KEY, triage.to_dict(), add_to_output=True)
            self._override_intent(message, triage.level)
        return messages

    def _entities(self, triage: Triage) -> List[Dict[str, Any]]:
        entities = []
        for finding in triage.findings:
            if finding.tier is Tier.COFACTOR:
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
        present = [f for f in triage.findings if f.status is Status.PRESENT and f.tier is not Tier.COFACTOR]
        if triage.level in (Level.EMERGENCY, Level.STOP) and present:
            entities.append(
                {
                    ENTITY_ATTRIBUTE_TYPE: SUMMARY_ENTITY,
                    ENTITY_ATTRIBUTE_START: min(f.start for f in present),
                    ENTITY_ATTRIBUTE_END: max(f.end for f in present),
                    ENTITY_ATTRIBUTE_VALUE: triage.summary(),
                }
            )
        return entities

    def _override_intent(self, message: Message, level: Level) -> None:
        predicted = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        intent = _final_intent(level, predicted)
        if intent is None:
            return
        decided = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: self._config["override_confidence"]}
        ranking = [r for r in message.get(INTENT_RANKING_KEY, []) if r.get(INTENT_NAME_KEY) != intent]
        message.set(INTENT, decided, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [decided, *ranking], add_to_output=True)
        logger.debug("Triage level %s set intent %s (classifier: %s)", level.value, intent, predicted)
