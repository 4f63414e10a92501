"""What the learned second opinion reads at training time, and where each part comes from.

* the PsyTAR `train` split: real patient sentences, labelled by symptom (sources/psytar/, CC BY 4.0);
* the PsyTAR lay terms: how patients name the leaflet's symptoms;
* the `tune` half of the independent chat set (sources/triage_dev_set/): never its held-out half;
* the team's paraphrases (data/lexicon/paraphrases.jsonl): described symptoms and hard negatives;
* the lexicon's own phrases, so that the model knows every word the lexicon knows (not its translations: a few
  phrases of another language would teach it that "me", "de" and "pastillas" are symptoms; the lexicon reads them);
* the NLU examples of the guidance and small-talk intents (passed in by the Rasa component), as
  messages that report nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, Iterable, List

from triage.evaluation import EMERGENCY, GENERAL, STOP, dev_set, psytar_lay_terms, psytar_sentences
from triage.learned import Example
from triage.lexicon import DEFAULT_LEXICON_DIR, Lexicon, Tier

PARAPHRASES_FILE = "paraphrases.jsonl"
UNLEARNED_SOURCES = frozenset({"translations"})  # lexicon phrases the learned part is not trained on

# PsyTAR's keys -> the lexicon's
PSYTAR_KEYS = {
    "muscle_twitching": "twitching",
    "breathing": "breathing_problem",
    "fainting": "unresponsive",
    "allergic_swelling": "severe_allergic_reaction",
}
# the dev set's category prefixes -> the lexicon's keys (multi_symptom names no single key)
DEV_KEYS = {
    "tremor": "tremors",
    "hallucination": "hallucinations",
    "coordination": "loss_of_coordination",
    "chills": "shivering",
    "twitching": "twitching",
    "past_seizure": "convulsions",
    "fast_heartbeat": "fast_heartbeat",
    "fever": "fever",
    "muscle_stiffness": "muscle_stiffness",
    "restlessness": "restlessness",
    "sweating": "sweating",
    "nausea": "nausea",
    "vomiting": "vomiting",
    "diarrhea": "diarrhea",
    "self_harm": "self_harm",
    "overdose": "overdose",
    "breathing": "breathing_problem",
    "unresponsive": "unresponsive",
    "fainted": "unresponsive",
    "seizure": "seizure_now",
    "swelling": "severe_allergic_reaction",
}


def _dev_key(category: str) -> str | None:
    for prefix in sorted(DEV_KEYS, key=len, reverse=True):
        if category.startswith(prefix):
            return DEV_KEYS[prefix]
    return None


def paraphrases(lexicon_dir: Path = DEFAULT_LEXICON_DIR) -> List[Example]:
    path = Path(lexicon_dir) / PARAPHRASES_FILE
    if not path.exists():
        return []
    examples = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                label = row["label"]
                examples.append(Example(row["text"], frozenset() if label == "none" else frozenset([label])))
    return examples


def examples(lexicon: Lexicon, lexicon_dir: Path = DEFAULT_LEXICON_DIR, negatives: Iterable[str] = ()) -> List[Example]:
    """Every training example; a message with an urgent label but no single key is left out (it is
    neither a clean positive nor a negative)."""
    found: List[Example] = []
    for case in psytar_sentences("train"):
        keys = frozenset(PSYTAR_KEYS.get(k, k) for k in case.symptoms)
        if case.expect == GENERAL or keys:
            found.append(Example(case.text, keys))
    found += [Example(term, frozenset([key])) for term, key in psytar_lay_terms()]
    for case in dev_set("tune"):
        key = _dev_key(case.category)
        if case.expect == GENERAL:
            found.append(Example(case.text, frozenset()))
        elif key is not None and case.expect in (STOP, EMERGENCY):
            found.append(Example(case.text, frozenset([key])))
    found += paraphrases(lexicon_dir)
    urgent = {k for k, s in lexicon.symptoms.items() if s.tier in (Tier.EMERGENCY, Tier.STOP)}
    for key in sorted(urgent):
        found += [
            Example(phrase.text, frozenset([key]))
            for phrase in lexicon.symptoms[key].phrases
            if phrase.source not in UNLEARNED_SOURCES
        ]
    found += [Example(text, frozenset()) for text in negatives]
    return [e for e in found if e.symptoms <= urgent]


def counts(found: Iterable[Example]) -> Dict[str, int]:
    """Examples per key ("none": reports nothing): printed at training time and in the model card."""
    tally: Dict[str, int] = {}
    for example in found:
        for key in example.symptoms or ("none",):
            tally[key] = tally.get(key, 0) + 1
    return dict(sorted(tally.items()))
