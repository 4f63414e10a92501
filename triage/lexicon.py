"""Load and check the symptom lexicon and the context rules (data/lexicon/*.yml).

The files are data a pharmacist reviews; this module only reads them into typed objects and
refuses files that are inconsistent (unknown tier, unknown source, unknown category). A trained
model keeps its own copy of both files (components/symptom_triage.py), so a model behaves the
same wherever it is loaded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Dict, FrozenSet, Tuple

import yaml

try:  # libyaml's safe loader where PyYAML was built with it: the same documents, read ~10x faster
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader

DEFAULT_LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
SYMPTOMS_FILE = "symptoms.yml"
CONTEXT_RULES_FILE = "context_rules.yml"
FILES = (SYMPTOMS_FILE, CONTEXT_RULES_FILE)  # what a trained model keeps a copy of


class Tier(str, Enum):
    """Urgency of a symptom, most urgent first; a MASK outranks all, so that "brain shivers" is
    never read as shivering."""

    MASK = "mask"
    EMERGENCY = "emergency"
    STOP = "stop"
    COMMON = "common"
    COFACTOR = "cofactor"

    @property
    def rank(self) -> int:
        return list(Tier).index(self)


class Category(str, Enum):
    """What a context cue says about a mention (data/lexicon/context_rules.yml explains each)."""

    NEGATED_EXISTENCE = "NEGATED_EXISTENCE"
    POSSIBLE_EXISTENCE = "POSSIBLE_EXISTENCE"
    HYPOTHETICAL = "HYPOTHETICAL"
    HISTORICAL = "HISTORICAL"
    OTHER_CAUSE = "OTHER_CAUSE"
    OTHER_PERSON = "OTHER_PERSON"
    REPORT_QUESTION = "REPORT_QUESTION"
    REASON_FOR_USE = "REASON_FOR_USE"
    IMPROVED = "IMPROVED"
    WORSENED = "WORSENED"
    ON_SOMA = "ON_SOMA"
    WORSE_ON_SOMA = "WORSE_ON_SOMA"
    RESOLVED = "RESOLVED"
    RECENT = "RECENT"
    STORY = "STORY"
    AT_WORK = "AT_WORK"
    BEGUN_ON_SOMA = "BEGUN_ON_SOMA"
    NEVER_BEFORE = "NEVER_BEFORE"
    OUTLASTS_CAUSE = "OUTLASTS_CAUSE"
    GOES_ON = "GOES_ON"


class Direction(str, Enum):
    """medspaCy's directions, SENTENCE (the whole sentence, terminators ignored), MESSAGE (every
    sentence of the message) and PREVIOUS (the episode just told: the nearest symptom before the cue
    in its sentence and the mentions of that one's clause, terminators before the cue ignored)."""

    FORWARD = "FORWARD"
    BACKWARD = "BACKWARD"
    BIDIRECTIONAL = "BIDIRECTIONAL"
    PSEUDO = "PSEUDO"
    SENTENCE = "SENTENCE"
    MESSAGE = "MESSAGE"
    PREVIOUS = "PREVIOUS"


class LexiconError(ValueError):
    """The lexicon or the context rules are inconsistent."""


@dataclass(frozen=True)
class Phrase:
    text: str
    source: str
    exact: bool = False  # written "=tripping" in the lexicon: word for word, not by lemma ("trip")


@dataclass(frozen=True)
class NotAfter:
    """Where a mask of a thing is none: after one of `words`, with one of `skipping` between or not, the thing is where
    someone is ("my son on the bus is seizing"), unless one of `unless_next` follows it ("on the train it was
    shaking": the thing is what shakes)."""

    words: FrozenSet[str]
    skipping: FrozenSet[str] = frozenset()
    unless_next: FrozenSet[str] = frozenset()


@dataclass(frozen=True)
class Symptom:
    key: str
    name: str
    tier: Tier
    phrases: Tuple[Phrase, ...]
    patterns: Tuple[Tuple[dict, ...], ...] = ()
    treated_condition: bool = False  # what Soma is taken for: "I take it for my stiff neck" is no report
    # the words that name what Soma is taken for (empty: all of a treated condition's words, where a
    # cue says so): a mention made only of them is the reason for use where its sentence names one of
    # `treated_sites` and none of `other_sites` ("spasms in my neck", not "spasms in my legs"), unless
    # said to be new, worse or all over; the symptom's other words are reports ("a twitch in my neck")
    treated_words: FrozenSet[str] = frozenset()
    treated_sites: FrozenSet[str] = frozenset()
    other_sites: FrozenSet[str] = frozenset()
    fail_safe: bool = False  # no context lowers it: any hint of self-harm gets the emergency reply
    # a cofactor that counts in a fail-safe combination even asked about: a drink asked after beside a long sleep wished
    # for is a hint ("can i mix it with vodka? i just want to sleep for a long long time")
    asked_is_a_hint: bool = False
    other_cause_explains: bool = True  # False: a cause the patient names never explains it away (a seizure)
    # False: a cue saying it stopped (RESOLVED) is no recovery: an emergency sign, or a seizure (over by the
    # time anyone writes); only the past ("years ago") or a denial lowers those
    ending_explains: bool = True
    hides: FrozenSet[str] = frozenset()  # a mask that hides only these symptoms' mentions (empty: all)
    not_after: NotAfter | None = None  # a mask that is none after these words (`NotAfter`)
    check: str = ""  # how to ask a patient whether they have it: "you may be seeing or hearing things ..."


@dataclass(frozen=True)
class Combination:
    when: Tuple[str, ...]
    then: str
    source: str
    someone_else: bool = False  # only when every finding of `when` is about someone else
    unless: Tuple[str, ...] = ()  # ... and none of these is present


@dataclass(frozen=True)
class ContextRule:
    literal: str  # the cue's words (matched by lemma), or its name when a `pattern` matches it
    category: Category
    direction: Direction = Direction.BIDIRECTIONAL
    max_scope: int | None = None
    pattern: Tuple[dict, ...] | None = None  # a spaCy Matcher token pattern, as in medspaCy's rules
    exact: bool = False  # written "=went away": matched word for word, not by lemma
    allowed_types: FrozenSet[str] = frozenset()  # the symptoms it reaches (medspaCy's `allowed_types`); empty: all
    subject_only: bool = False  # it names who has the symptom only as a subject, not as what a verb was done to
    site_only: bool = False  # a REASON_FOR_USE that names only where Soma treats ("my back"), not why it is taken
    # an OTHER_CAUSE whose cause is any words but the few its pattern excludes: one whose clause names a medicine, a
    # drink or Soma explains nothing (`SymptomDetector._cause_is_a_medicine`)
    open_cause: bool = False
    # it counts only where its clause ends with it, the words after it left out: "does it cause twitching cos my legs
    # are" (`SymptomDetector._clause_goes_on`), never "because my legs are weak"
    ends_a_clause: bool = False


@dataclass(frozen=True)
class QuestionRule:
    """A sentence that asks (ends with "?" or opens with one of `openers`) and names no one who has
    the symptom (none of `experiencers`: "my", "I'm", "he's"...) asks about a symptom, it doesn't
    report one: "can Soma cause tremors?", "is shaking a side effect?" (its mentions are HYPOTHETICAL).
    A comma followed by one of `clause_openers` (or `openers`) starts a question of its own: the
    words before it still report ("freezing and shaking in bed, is this soma?")."""

    openers: Tuple[str, ...]
    experiencers: Tuple[str, ...]
    clause_openers: Tuple[str, ...] = ()
    guess_openers: Tuple[str, ...] = ()  # ... and, where the sentence ends with "?", one that guesses at a cause
    condition_openers: Tuple[str, ...] = ()  # a sentence that opens with one asks throughout
    report_markers: Tuple[str, ...] = ()  # a statement naming someone with one of these says it is now
    not_a_report: Tuple[str, ...] = ()  # ... unless it has one of these (denied, fine, to come)
    statement_openers: Tuple[str, ...] = ()  # a statement run on after a question starts with one of these
    bound_by: Tuple[str, ...] = ()  # ... unless the word before binds it to the question ("if", "when")
    dropped_subject: Tuple[str, ...] = ()  # a statement opening on one of these dropped its "i've": the writer's own
    not_had_after: Tuple[str, ...] = ()  # ... unless the next word says what one is on, takes or read, not what one has
    how_much: Tuple[str, ...] = ()  # said before a comma with one of these, it is told ("shaking badly, what now?")
    informed_by: Tuple[str, ...] = ()  # "my coworker told me": someone named as a source, not as who has it


@dataclass(frozen=True)
class Lexicon:
    symptoms: Dict[str, Symptom]
    combinations: Tuple[Combination, ...]
    sources: Dict[str, str]
    advice: Dict[str, str]
    rules: Tuple[ContextRule, ...]
    terminators: Tuple[str, ...]
    negation_terminators: Tuple[str, ...]
    question: QuestionRule
    fingerprint: str = field(default="", compare=False)

    def advice_for(self, symptom: Symptom) -> str:
        """The sentence of the source material that the advice for `symptom` rests on."""
        if symptom.tier is Tier.STOP:
            from_leaflet = any(p.source == "leaflet" for p in symptom.phrases)
            return self.advice["stop" if from_leaflet else "stop_label"]
        return self.advice.get(symptom.tier.value, self.advice["emergency"])


def _read_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as f:
        content = yaml.load(f, Loader=SafeLoader)
    if not isinstance(content, dict):
        raise LexiconError(f"{path} is not a YAML mapping")
    return content


def _symptom(key: str, raw: dict, sources: Dict[str, str]) -> Symptom:
    try:
        tier = Tier(raw["tier"])
    except (KeyError, ValueError) as e:
        raise LexiconError(f"symptom '{key}': missing or unknown tier") from e
    phrases = []
    for source, texts in (raw.get("phrases") or {}).items():
        if source not in sources:
            raise LexiconError(f"symptom '{key}': unknown source '{source}'")
        for text in map(str, texts):
            exact = text.startswith("=")
            phrases.append(Phrase(text.lstrip("=").lower(), source, exact or raw.get("match") == "exact"))
    # a mask may be patterns alone; a phrase adds its words to the typo guard's vocabulary, which a mask need not do
    if not phrases and not (tier is Tier.MASK and raw.get("patterns")):
        raise LexiconError(f"symptom '{key}' has no phrases")
    return Symptom(
        key=key,
        name=raw.get("name", key.replace("_", " ")),
        tier=tier,
        phrases=tuple(phrases),
        patterns=tuple(_checked_pattern(p) for p in raw.get("patterns", [])),
        treated_condition=bool(raw.get("treated_condition", False)),
        treated_words=frozenset(w.lower() for w in raw.get("treated_words", [])),
        treated_sites=frozenset(w.lower() for w in raw.get("treated_sites", [])),
        other_sites=frozenset(w.lower() for w in raw.get("other_sites", [])),
        fail_safe=bool(raw.get("fail_safe", False)),
        asked_is_a_hint=bool(raw.get("asked_is_a_hint", False)),
        other_cause_explains=bool(raw.get("other_cause_explains", tier is Tier.STOP)),
        ending_explains=bool(raw.get("ending_explains", tier is not Tier.EMERGENCY)),
        hides=frozenset(raw.get("hides", [])),
        not_after=_not_after(key, raw["not_after"]) if "not_after" in raw else None,
        check=str(raw.get("check", "")),
    )


def _not_after(key: str, raw: dict) -> NotAfter:
    unknown = set(raw) - {"words", "skipping", "unless_next"}
    if unknown or not raw.get("words"):
        raise LexiconError(f"symptom '{key}': not_after needs `words` (and may have `skipping`, `unless_next`)")
    lists = [raw.get(k, []) for k in ("words", "skipping", "unless_next")]
    if any(not isinstance(w, str) for words in lists for w in words):
        raise LexiconError(f"symptom '{key}': a not_after word is not a string: quote it (a bare `on` is true)")
    return NotAfter(*(frozenset(w.lower() for w in words) for words in lists))


def _rule(raw: dict) -> ContextRule:
    try:
        return ContextRule(
            literal=str(raw["literal"]).lower().lstrip("="),
            exact=str(raw["literal"]).startswith("="),
            category=Category(raw["category"]),
            direction=Direction(raw.get("direction", Direction.BIDIRECTIONAL.value)),
            max_scope=raw.get("max_scope"),
            pattern=_checked_pattern(raw["pattern"]) if "pattern" in raw else None,
            allowed_types=frozenset(raw.get("allowed_types", ())),
            subject_only=bool(raw.get("subject_only", False)),
            site_only=bool(raw.get("site_only", False)),
            open_cause=bool(raw.get("open_cause", False)),
            ends_a_clause=bool(raw.get("ends_a_clause", False)),
        )
    except (KeyError, ValueError, TypeError) as e:
        raise LexiconError(f"bad context rule {raw}: {e}") from e


def _checked_pattern(pattern: list) -> Tuple[dict, ...]:
    """A spaCy Matcher token pattern whose values are all strings or numbers: YAML reads a bare `on`
    or `no` as a boolean, which spaCy would reject with a less helpful message."""

    def check(value: object, key: str) -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                check(item, name)
        elif isinstance(value, list):
            for item in value:
                check(item, key)
        elif isinstance(value, bool) and not key.startswith(("IS_", "LIKE_")):
            raise LexiconError(f"pattern value {value!r} of {key} is not a string: quote it")
        elif not isinstance(value, (str, int, bool)):
            raise LexiconError(f"pattern value {value!r} of {key} is not a string")

    for token in pattern:
        check(token, "")
    return tuple(pattern)


def load_lexicon(directory: Path = DEFAULT_LEXICON_DIR) -> Lexicon:
    """Read `symptoms.yml` and `context_rules.yml` from `directory`."""
    directory = Path(directory)
    raw_symptoms = _read_yaml(directory / SYMPTOMS_FILE)
    raw_rules = _read_yaml(directory / CONTEXT_RULES_FILE)
    sources = raw_symptoms["sources"]
    symptoms = {k: _symptom(k, v, sources) for k, v in raw_symptoms["symptoms"].items()}
    combinations = []
    for raw in raw_symptoms.get("combinations", []):
        unknown = [k for k in [*raw["when"], raw["then"]] if k not in symptoms]
        if unknown or raw.get("source") not in sources:
            raise LexiconError(f"combination {raw}: unknown symptom or source")
        combinations.append(
            Combination(
                tuple(raw["when"]),
                raw["then"],
                raw["source"],
                someone_else=bool(raw.get("someone_else", False)),
                unless=tuple(raw.get("unless", ())),
            )
        )
    rules = tuple(_rule(r) for r in raw_rules["cues"])
    # a misspelt key in a rule's `allowed_types` would silently leave that symptom out of its reach
    unknown = sorted({key for rule in rules for key in rule.allowed_types} - symptoms.keys())
    if unknown:
        raise LexiconError(f"context rules: allowed_types name no symptom: {unknown}")
    return Lexicon(
        symptoms=symptoms,
        combinations=tuple(combinations),
        sources=sources,
        advice=raw_symptoms["advice"],
        rules=rules,
        terminators=tuple(str(t).lower() for t in raw_rules["terminators"]),
        negation_terminators=tuple(str(t).lower() for t in raw_rules.get("negation_terminators", [])),
        question=QuestionRule(
            openers=tuple(str(t).lower() for t in raw_rules["question"]["openers"]),
            experiencers=tuple(str(t).lower() for t in raw_rules["question"]["experiencers"]),
            clause_openers=tuple(str(t).lower() for t in raw_rules["question"].get("clause_openers", [])),
            guess_openers=tuple(str(t).lower() for t in raw_rules["question"].get("guess_openers", [])),
            condition_openers=tuple(str(t).lower() for t in raw_rules["question"].get("condition_openers", [])),
            report_markers=tuple(str(t).lower() for t in raw_rules["question"].get("report_markers", [])),
            not_a_report=tuple(str(t).lower() for t in raw_rules["question"].get("not_a_report", [])),
            statement_openers=tuple(str(t).lower() for t in raw_rules["question"].get("statement_openers", [])),
            bound_by=tuple(str(t).lower() for t in raw_rules["question"].get("bound_by", [])),
            dropped_subject=tuple(str(t).lower() for t in raw_rules["question"].get("dropped_subject", [])),
            not_had_after=tuple(str(t).lower() for t in raw_rules["question"].get("not_had_after", [])),
            how_much=tuple(str(t).lower() for t in raw_rules["question"].get("how_much", [])),
            informed_by=tuple(str(t).lower() for t in raw_rules["question"].get("informed_by", [])),
        ),
        fingerprint=lexicon_fingerprint(directory),
    )


def lexicon_fingerprint(directory: Path = DEFAULT_LEXICON_DIR) -> str:
    """A hash of the lexicon files, so that Rasa retrains when a reviewer edits them."""
    digest = hashlib.sha256()
    for name in FILES:
        digest.update((Path(directory) / name).read_bytes())
    return digest.hexdigest()
