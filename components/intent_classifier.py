"""Intent classifier: logistic regression over word and character n-gram counts, in one component.

The model is the one Rasa builds from `CountVectorsFeaturizer` (words) + `CountVectorsFeaturizer`
(`char_wb`, 2-4) + `LogisticRegressionClassifier`, but as one graph node that counts n-grams of
the message text directly. A profile of the REST server under 16 concurrent senders (py-spy,
`make bench-compare` load) put those three components at a third of the server's time per turn:
they build per-token sequence features that no component here reads, then stack sparse matrices
per message. This one computes only what the classifier uses.

Persisted as plain data (vocabularies as JSON, weights as a NumPy array without pickle), so
loading a model never runs code from the archive.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Dict, List

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

logger = logging.getLogger(__name__)

VOCABULARY_FILE = "vocabulary.json"
WORD_PATTERN = r"(?u)\b\w+\b"  # one-letter words ("I") count, as with Rasa's tokenizer
WEIGHTS_FILE = "weights.npz"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class NgramIntentClassifier(GraphComponent, IntentClassifier):
    """Predicts the intent from word and character n-grams of the text with logistic regression."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            # word n-grams: (1, 1) is Rasa's CountVectorsFeaturizer default
            "word_ngram_range": [1, 1],
            # character n-grams inside word boundaries make the classifier tolerant of typos and slang
            "char_ngram_range": [2, 4],
            # logistic regression, as Rasa's LogisticRegressionClassifier sets it up
            "C": 1.0,
            "max_iter": 100,
            "tol": 1e-4,
            "random_state": 42,
            # how many intents the ranking lists (the FallbackClassifier reads the top two)
            "ranking_length": 10,
        }

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: tuple[dict, dict, np.ndarray, np.ndarray, list[str]] | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._words: CountVectorizer | None = None
        self._chars: CountVectorizer | None = None
        self._weights = np.zeros((0, 0))  # sklearn's coef_ transposed and contiguous: one row per n-gram
        self._intercept = np.zeros(0)
        self._classes: list[str] = []
        if model is not None:
            self._set_model(*model)

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> NgramIntentClassifier:
        return cls(config, model_storage, resource)

    @classmethod
    def required_packages(cls) -> List[str]:
        return ["sklearn"]

    def _vectorizers(self, words: dict | None = None, chars: dict | None = None) -> tuple:
        return (
            CountVectorizer(
                lowercase=True,
                token_pattern=WORD_PATTERN,
                ngram_range=tuple(self._config["word_ngram_range"]),
                vocabulary=words,
            ),
            CountVectorizer(
                lowercase=True,
                analyzer="char_wb",
                ngram_range=tuple(self._config["char_ngram_range"]),
                vocabulary=chars,
            ),
        )

    def _set_model(self, words: dict, chars: dict, coef: np.ndarray, intercept: np.ndarray, classes: list) -> None:
        self._words, self._chars = self._vectorizers(words, chars)
        self._intercept, self._classes = intercept, list(classes)
        self._weights = np.ascontiguousarray(coef.T)

    def _features(self, texts: List[str]) -> scipy.sparse.csr_matrix:
        assert self._words is not None and self._chars is not None
        return scipy.sparse.hstack([self._words.transform(texts), self._chars.transform(texts)], format="csr")

    def _scores(self, texts: List[str]) -> np.ndarray:
        """`features @ coef.T + intercept`, without building the stacked matrix or copying the weights."""
        assert self._words is not None and self._chars is not None
        n_words = len(self._words.vocabulary)
        words = self._words.transform(texts) @ self._weights[:n_words]
        chars = self._chars.transform(texts) @ self._weights[n_words:]
        return words + chars + self._intercept

    # ---------------------------------------------------------------------------- training
    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if len({e.get(INTENT) for e in examples}) < 2:
            logger.debug("Fewer than two intents with examples: %s stays untrained", type(self).__name__)
            return self._resource
        texts = [e.get(TEXT) for e in examples]
        words, chars = self._vectorizers()
        words.fit(texts)
        chars.fit(texts)
        self._words, self._chars = words, chars
        classifier = LogisticRegression(
            C=self._config["C"],
            solver="lbfgs",
            max_iter=self._config["max_iter"],
            tol=self._config["tol"],
            random_state=self._config["random_state"],
            class_weight="balanced",
        )
        classifier.fit(self._features(texts), [e.get(INTENT) for e in examples])
        self._set_model(
            words.vocabulary_, chars.vocabulary_, classifier.coef_, classifier.intercept_, classifier.classes_
        )
        self.persist()
        return self._resource

    def persist(self) -> None:
        assert self._words is not None and self._chars is not None
        with self._model_storage.write_to(self._resource) as directory:
            vocabulary = {
                "words": {k: int(v) for k, v in self._words.vocabulary.items()},
                "chars": {k: int(v) for k, v in self._chars.vocabulary.items()},
                "classes": self._classes,
            }
            (directory / VOCABULARY_FILE).write_text(json.dumps(vocabulary))
            np.savez(directory / WEIGHTS_FILE, coef=self._weights.T, intercept=self._intercept)

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> NgramIntentClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                vocabulary = json.loads((directory / VOCABULARY_FILE).read_text())
                with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as weights:
                    coef, intercept = weights["coef"], weights["intercept"]
        except ValueError:  # nothing persisted: trained without intents
            return cls(config, model_storage, resource)
        model = (vocabulary["words"], vocabulary["chars"], coef, intercept, vocabulary["classes"])
        return cls(config, model_storage, resource, model)

    # ---------------------------------------------------------------------------- inference
    def predict(self, texts: List[str]) -> np.ndarray:
        """Probability of each intent (columns in `classes` order) for each text: multinomial softmax."""
        scores = self._scores(texts)
        if len(self._classes) == 2:  # sklearn keeps one weight row for two classes: a sigmoid
            scores = np.hstack([np.zeros_like(scores), scores])
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    @property
    def classes(self) -> list[str]:
        return list(self._classes)

    def process(self, messages: List[Message]) -> List[Message]:
        if not self._classes:
            return messages
        texts = [m.get(TEXT) or "" for m in messages]
        for message, probabilities in zip(messages, self.predict(texts), strict=True):
            order = np.argsort(-probabilities, kind="stable")[: self._config["ranking_length"]]
            ranking = [
                {INTENT_NAME_KEY: self._classes[i], PREDICTED_CONFIDENCE_KEY: float(probabilities[i])} for i in order
            ]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
