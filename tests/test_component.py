"""SymptomTriage as Rasa runs it: built from model storage, appending entities, setting the intent."""

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.symptom_triage import SymptomTriage, _final_intent
from triage.result import Level

EXTRACTOR = "SymptomTriage"


@pytest.fixture(scope="module")
def storage(tmp_path_factory) -> LocalModelStorage:
    return LocalModelStorage.create(tmp_path_factory.mktemp("storage"))


@pytest.fixture(scope="module")
def resource() -> Resource:
    return Resource("symptom_triage")


@pytest.fixture(scope="module")
def context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), "test")


@pytest.fixture(scope="module")
def trained(storage, resource, context) -> SymptomTriage:
    component = SymptomTriage.create(SymptomTriage.get_default_config(), storage, resource, context)
    component.train(TrainingData())
    return component


@pytest.fixture(scope="module")
def loaded(trained, storage, resource, context) -> SymptomTriage:
    return SymptomTriage.load(SymptomTriage.get_default_config(), storage, resource, context)


def message(text: str, intent: str = "greet", confidence: float = 0.9, entities=None) -> Message:
    return Message(
        data={
            TEXT: text,
            INTENT: {"name": intent, "confidence": confidence},
            INTENT_RANKING_KEY: [{"name": intent, "confidence": confidence}],
            ENTITIES: list(entities or []),
        }
    )


def test_training_persists_the_known_words_and_loading_restores_them(trained, loaded):
    assert loaded.triager.detector.known_words == trained.triager.detector.known_words
    assert {"sweets", "staff"} <= loaded.triager.detector.known_words


def test_a_trained_model_stands_alone_without_the_lexicon_files(copied_lexicon, tmp_path, context):
    """The model keeps its own copy of the lexicon: editing or deleting data/lexicon changes nothing
    until the next training."""
    config = {**SymptomTriage.get_default_config(), "lexicon_dir": str(copied_lexicon)}
    (tmp_path / "model").mkdir()
    storage, resource = LocalModelStorage.create(tmp_path / "model"), Resource("triage")
    SymptomTriage.create(config, storage, resource, context).train(TrainingData())
    symptoms = copied_lexicon / "symptoms.yml"
    symptoms.write_text(symptoms.read_text().replace("fidgety,", "fidgety, tapping my feet,"))
    for name in ("symptoms.yml", "context_rules.yml"):
        (copied_lexicon / name).unlink()
    loaded = SymptomTriage.load(config, storage, resource, context)
    assert loaded.triager("my husband is shaking").reported == ["tremors"]
    assert loaded.triager("I keep tapping my feet").reported == []


def test_entities_are_appended_with_roles_and_a_summary(loaded):
    text = "today no fever but my husband is shaking"
    fever, shaking = text.index("fever"), text.index("shaking")
    earlier = {"entity": "time", "start": 0, "end": 5, "value": "today", "extractor": "Other"}
    [processed] = loaded.process([message(text, entities=[earlier])])
    assert processed.get(ENTITIES) == [
        earlier,
        {
            "entity": "symptom",
            "start": fever,
            "end": fever + 5,
            "value": "fever",
            "role": "negated",
            "extractor": EXTRACTOR,
        },
        {
            "entity": "symptom",
            "start": shaking,
            "end": shaking + 7,
            "value": "tremors",
            "extractor": EXTRACTOR,
        },
        {
            "entity": "reported_symptoms",
            "start": shaking,
            "end": shaking + 7,
            "extractor": EXTRACTOR,
            "value": "tremors (shaking) (in the person you are looking after)",
        },
    ]


@pytest.mark.parametrize(
    "text, predicted, expected",
    [
        # urgent findings win over whatever the classifier predicted
        ("thanks, but my hands are shaking now", "thank", "report_symptom"),
        ("how should I take it? I've been vomiting", "ask_how_to_take", "report_symptom"),
        ("hi, I had a fit this morning", "greet", "report_symptom"),
        ("hello, he is not breathing", "greet", "report_emergency"),
        ("I feel drowsy", "ask_driving", "report_common_effect"),
        ("can soma cause tremors?", "report_symptom", "ask_symptom_info"),
        # a report the lexicon can't place is asked about, never routed to guidance
        ("I feel really weird", "report_symptom", "describe_symptom"),
        ("no tremors", "report_symptom", "describe_symptom"),
        # the classifier alone never gives an urgent reply: a report the triage can't place is asked about
        ("please help him", "report_emergency", "describe_symptom"),
        # another medicine named where the classifier found no better topic: interactions
        ("norco with soma ok?", "nlu_fallback", "ask_interactions"),
        ("is it ok to take klonopin with soma", "ask_how_to_take", "ask_interactions"),
        ("can I take it with my lisinopril", "out_of_scope", "ask_interactions"),
        ("can I drive after my tramadol", "ask_driving", "ask_driving"),
        # nothing found: the classifier decides
        ("can I drink alcohol?", "ask_alcohol", "ask_alcohol"),
        ("can I have a beer with it", "nlu_fallback", "nlu_fallback"),
        ("qwerty asdf", "nlu_fallback", "nlu_fallback"),
    ],
)
def test_final_intent(loaded, text, predicted, expected):
    [processed] = loaded.process([message(text, intent=predicted)])
    assert processed.get(INTENT)["name"] == expected
    assert processed.get(INTENT_RANKING_KEY)[0]["name"] == expected


def test_an_overridden_intent_has_full_confidence_and_keeps_the_ranking(loaded):
    [processed] = loaded.process([message("I'm vomiting", intent="greet", confidence=0.4)])
    assert processed.get(INTENT) == {"name": "report_symptom", "confidence": 1.0}
    assert processed.get(INTENT_RANKING_KEY) == [
        {"name": "report_symptom", "confidence": 1.0},
        {"name": "greet", "confidence": 0.4},
    ]


def test_the_triage_is_added_to_the_parse_data(loaded):
    [processed] = loaded.process([message("my wife is shaking")])
    assert processed.get("triage") == {
        "level": "stop",
        "findings": [
            {
                "symptom": "tremors",
                "name": "tremors (shaking)",
                "tier": "stop",
                "text": "shaking",
                "start": 11,
                "end": 18,
                "status": "present",
                "cues": ["OTHER_PERSON: my wife"],
                "other_person": True,
                "uncertain": False,
                "origin": "lexicon",
                "score": None,
                "evidence": [],
                "source": loaded.lexicon.advice["stop"],
            }
        ],
        "corrections": {},
        "check": None,
        "reminder": False,
        "summary": "tremors (shaking) (in the person you are looking after)",
    }


@pytest.mark.parametrize(
    "level, predicted, expected",
    [
        (Level.EMERGENCY, "greet", "report_emergency"),
        (Level.STOP, "report_emergency", "report_symptom"),
        (Level.COMMON, "report_emergency", "report_common_effect"),
        (Level.QUESTION, "report_emergency", "ask_symptom_info"),
        (Level.CHECK, "greet", "check_symptom"),
        (Level.NONE, "report_common_effect", "describe_symptom"),
        (Level.NONE, "greet", None),
    ],
)
def test_final_intent_table(level, predicted, expected):
    assert _final_intent(level, predicted) == expected


def test_the_lexicon_files_are_in_the_fingerprint(copied_lexicon: Path):
    config = {**SymptomTriage.get_default_config(), "lexicon_dir": str(copied_lexicon)}
    before = SymptomTriage.fingerprint_addon(config)
    rules = copied_lexicon / "symptoms.yml"
    rules.write_text(rules.read_text().replace("fidgety,", "fidgety, twitchy legs,"))
    assert SymptomTriage.fingerprint_addon(config) != before


def test_the_conversation_so_far_is_read_from_the_tracker(loaded):
    """Rasa hands the component the tracker: a report split over two messages is reported."""
    from rasa.shared.core.events import SessionStarted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    [first] = loaded.process([message("my heart")])
    earlier = UserUttered("my heart", parse_data={"triage": first.get("triage")})
    tracker = DialogueStateTracker.from_events("someone", [SessionStarted(), earlier])
    [second] = loaded.process([message("is racing like crazy")], tracker)
    assert (second.get(INTENT)["name"], second.get("triage")["level"]) == ("report_symptom", "stop")
    # a new session forgets the earlier one
    fresh = DialogueStateTracker.from_events("someone", [earlier, SessionStarted()])
    [alone] = loaded.process([message("is racing like crazy")], fresh)
    assert alone.get("triage")["level"] != "stop"


def test_self_harm_sets_the_crisis_line_entity(loaded):
    [processed] = loaded.process([message("i want to end my life")])
    kinds = [e["value"] for e in processed.get(ENTITIES) if e["entity"] == "emergency_kind"]
    assert (processed.get(INTENT)["name"], kinds) == ("report_emergency", ["self_harm"])


@pytest.mark.parametrize(
    "predicted, intent, entities, level",
    [
        # the classifier finds the topic: its answer, then the stop advice again (data/rules/reminder.yml)
        ("ask_alcohol", "ask_alcohol", [("open_stop", "tremors (shaking)")], "none"),
        ("ask_driving", "ask_driving", [("open_stop", "tremors (shaking)")], "none"),
        # ... or it doesn't: the stop reply itself, never an answer without the advice
        ("greet", "report_symptom", [("symptom", "tremors"), ("reported_symptoms", "tremors (shaking)")], "stop"),
        (
            "nlu_fallback",
            "report_symptom",
            [("symptom", "tremors"), ("reported_symptoms", "tremors (shaking)")],
            "stop",
        ),
    ],
)
def test_a_question_on_another_topic_after_the_stop_reply_gets_the_reminder_only_with_its_topic(
    loaded, predicted, intent, entities, level
):
    """(stop 47) The reminder's entity is the only one set, so that the rules, which match entities exactly, answer."""
    from rasa.shared.core.events import SessionStarted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    [first] = loaded.process([message("my hands are shaking")])
    earlier = UserUttered("my hands are shaking", parse_data={"triage": first.get("triage")})
    tracker = DialogueStateTracker.from_events("someone", [SessionStarted(), earlier])
    [second] = loaded.process([message("can i still have a beer tonight", intent=predicted)], tracker)
    got = [(e["entity"], e["value"]) for e in second.get(ENTITIES)]
    assert (second.get(INTENT)["name"], got, second.get("triage")["level"]) == (intent, entities, level)
