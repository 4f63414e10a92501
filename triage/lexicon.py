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
from typing import Dict, Tuple

import yaml

DEFAULT_LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
SYMPTOMS_FILE = "symptoms.yml"
CONTEXT_RULES_FILE = "context_rules.yml"
FILES = (SYMPTOMS_FILE, CONTEXT_RULES_FILE)  # what a trained model keeps a copy of


class Tier(str, Enum):
    """Urgency of a symptom, most urgent first."""

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
    OTHER_PERSON = "OTHER_PERSON"
    REPORT_QUESTION = "REPORT_QUESTION"
    REASON_FOR_USE = "REASON_FOR_USE"
    IMPROVED = "IMPROVED"
    WORSENED = "WORSENED"


class Direction(str, Enum):
    """medspaCy's directions, and SENTENCE (the whole sentence, terminators ignored)."""

    FORWARD = "FORWARD"
    BACKWARD = "BACKWARD"
    BIDIRECTIONAL = "BIDIRECTIONAL"
    PSEUDO = "PSEUDO"
    SENTENCE = "SENTENCE"


class LexiconError(ValueError):
    """The lexicon or the context rules are inconsistent."""


@dataclass(frozen=True)
class Phrase:
    text: str
    source: str
    exact: bool = False  # written "=tripping" in the lexicon: word for word, not by lemma ("trip")


@dataclass(frozen=True)
class Symptom:
    key: str
    name: str
    tier: Tier
    phrases: Tuple[Phrase, ...]
    patterns: Tuple[Tuple[dict, ...], ...] = ()
    treated_condition: bool = False


@dataclass(frozen=True)
class Combination:
    when: Tuple[str, ...]
    then: str
    source: str


@dataclass(frozen=True)
class ContextRule:
    literal: str
    category: Category
    direction: Direction = Direction.BIDIRECTIONAL
    max_scope: int | None = None


@dataclass(frozen=True)
class Lexicon:
    symptoms: Dict[str, Symptom]
    combinations: Tuple[Combination, ...]
    sources: Dict[str, str]
    advice: Dict[str, str]
    rules: Tuple[ContextRule, ...]
    terminators: Tuple[str, ...]
    fingerprint: str = field(default="", compare=False)

    def advice_for(self, symptom: Symptom) -> str:
        """The sentence of the source material that the advice for `symptom` rests on."""
        if symptom.tier is Tier.STOP:
            from_leaflet = any(p.source == "leaflet" for p in symptom.phrases)
            return self.advice["stop" if from_leaflet else "stop_label"]
        return self.advice.get(symptom.tier.value, self.advice["emergency"])


def _read_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as f:
        content = yaml.safe_load(f)
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
    if not phrases:
        raise LexiconError(f"symptom '{key}' has no phrases")
    return Symptom(
        key=key,
        name=raw.get("name", key.replace("_", " ")),
        tier=tier,
        phrases=tuple(phrases),
        patterns=tuple(tuple(p) for p in raw.get("patterns", [])),
        treated_condition=bool(raw.get("treated_condition", False)),
    )


def _rule(raw: dict) -> ContextRule:
    try:
        return ContextRule(
            literal=str(raw["literal"]).lower(),
            category=Category(raw["category"]),
            direction=Direction(raw.get("direction", Direction.BIDIRECTIONAL.value)),
            max_scope=raw.get("max_scope"),
        )
    except (KeyError, ValueError) as e:
        raise LexiconError(f"bad context rule {raw}: {e}") from e


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
        combinations.append(Combination(tuple(raw["when"]), raw["then"], raw["source"]))
    return Lexicon(
        symptoms=symptoms,
        combinations=tuple(combinations),
        sources=sources,
        advice=raw_symptoms["advice"],
        rules=tuple(_rule(r) for r in raw_rules["cues"]),
        terminators=tuple(str(t).lower() for t in raw_rules["terminators"]),
        fingerprint=lexicon_fingerprint(directory),
    )


def lexicon_fingerprint(directory: Path = DEFAULT_LEXICON_DIR) -> str:
    """A hash of the lexicon files, so that Rasa retrains when a reviewer edits them."""
    digest = hashlib.sha256()
    for name in FILES:
        digest.update((Path(directory) / name).read_bytes())
    return digest.hexdigest()
