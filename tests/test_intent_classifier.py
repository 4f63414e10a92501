"""NgramIntentClassifier as Rasa runs it: trained on the project's NLU data, persisted as plain
data, loaded, and predicting exactly what scikit-learn's logistic regression predicts."""

from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression

from components.intent_classifier import VOCABULARY_FILE, WEIGHTS_FILE, NgramIntentClassifier
from tests.conftest import ROOT

CONFIG = {**NgramIntentClassifier.get_default_config(), "max_iter": 200}
TEXTS = ["hello", "can I drink alcohol on soma?", "can i drive after taking it", "thanks", "how long shuold i take it"]


@pytest.fixture(scope="module")
def storage(tmp_path_factory) -> LocalModelStorage:
    return LocalModelStorage.create(tmp_path_factory.mktemp("storage"))


@pytest.fixture(scope="module")
def context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), "test")


@pytest.fixture(scope="module")
def nlu_data() -> TrainingData:
    return load_data(str(ROOT / "data" / "nlu"))


@pytest.fixture(scope="module")
def trained(storage, context, nlu_data) -> NgramIntentClassifier:
    component = NgramIntentClassifier.create(CONFIG, storage, Resource("intents"), context)
    component.train(nlu_data)
    return component


@pytest.fixture(scope="module")
def loaded(trained, storage, context) -> NgramIntentClassifier:
    return NgramIntentClassifier.load(CONFIG, storage, Resource("intents"), context)


def parse(component: NgramIntentClassifier, text: str) -> Message:
    return component.process([Message(data={TEXT: text})])[0]


def test_it_is_persisted_as_plain_data_and_loads_to_the_same_model(trained, loaded, storage):
    with storage.read_from(Resource("intents")) as directory:
        assert sorted(p.name for p in directory.iterdir()) == [VOCABULARY_FILE, WEIGHTS_FILE]
    assert loaded.classes == trained.classes
    np.testing.assert_array_equal(loaded.predict(TEXTS), trained.predict(TEXTS))


def test_predictions_are_scikit_learns_logistic_regression_on_the_same_ngrams(loaded, nlu_data):
    examples = [e for e in nlu_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
    reference = LogisticRegression(
        C=CONFIG["C"],
        max_iter=CONFIG["max_iter"],
        tol=CONFIG["tol"],
        random_state=CONFIG["random_state"],
        class_weight="balanced",
    ).fit(loaded._features([e.get(TEXT) for e in examples]), [e.get(INTENT) for e in examples])
    assert list(reference.classes_) == loaded.classes
    np.testing.assert_allclose(loaded.predict(TEXTS), reference.predict_proba(loaded._features(TEXTS)), atol=1e-9)


@pytest.mark.parametrize(
    "text, intent",
    [
        ("hello", "greet"),
        ("can I drink alcohol on soma?", "ask_alcohol"),
        ("can i drive after taking it", "ask_driving"),
        ("thanks", "thank"),
    ],
)
def test_it_sets_the_intent_and_a_ranking_the_fallback_classifier_can_read(loaded, text, intent):
    message = parse(loaded, text)
    ranking = message.get(INTENT_RANKING_KEY)
    assert message.get(INTENT) == ranking[0]
    assert ranking[0]["name"] == intent
    assert len(ranking) == CONFIG["ranking_length"]
    confidences = [r["confidence"] for r in ranking]
    assert confidences == sorted(confidences, reverse=True) and 0 < confidences[0] <= 1


def test_two_intents_give_scikit_learns_sigmoid(storage, context):
    data = TrainingData(
        [Message(data={TEXT: t, INTENT: i}) for t, i in [("hi", "greet"), ("hello", "greet"), ("bye", "bye")]]
        + [Message(data={TEXT: "goodbye", INTENT: "bye"})]
    )
    component = NgramIntentClassifier.create(CONFIG, storage, Resource("two"), context)
    component.train(data)
    texts = ["hi there", "goodbye"]
    reference = LogisticRegression(C=1.0, class_weight="balanced", random_state=42).fit(
        component._features([m.get(TEXT) for m in data.intent_examples]),
        [m.get(INTENT) for m in data.intent_examples],
    )
    np.testing.assert_allclose(component.predict(texts), reference.predict_proba(component._features(texts)))


def test_untrained_it_leaves_messages_alone(storage, context):
    component = NgramIntentClassifier.create(CONFIG, storage, Resource("empty"), context)
    component.train(TrainingData())
    assert parse(component, "hello").get(INTENT) is None
    assert NgramIntentClassifier.load(CONFIG, storage, Resource("empty"), context).classes == []
