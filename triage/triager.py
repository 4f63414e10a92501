"""The whole triage of one message: the lexicon's detector, then the learned second opinion, in
the light of the conversation's previous turns. What the NLU component runs, and what `make eval`
scores.

    text -> normalise -> detector (lexicon, patterns, vital signs, context rules)
         -> learned second opinion: may raise or ask about a symptom the lexicon can't place,
            never lower what the lexicon found
         -> previous turns: an answer to the assistant's question, or a fragment read together
            with the patient's previous message
"""

from __future__ import annotations

import json
import shutil
import tarfile
import tempfile
from pathlib import Path
from typing import FrozenSet, Sequence

from triage.detector import SymptomDetector
from triage.lexicon import FILES, DEFAULT_LEXICON_DIR, load_lexicon
from triage.result import Triage

KNOWN_WORDS_FILE = "known_words.json"


class Triager:
    """Build once (`train` or `load`), call per message."""

    def __init__(self, detector: SymptomDetector) -> None:
        self.detector = detector

    @property
    def lexicon(self):
        return self.detector.lexicon

    @classmethod
    def train(cls, lexicon_dir: Path = DEFAULT_LEXICON_DIR) -> Triager:
        return cls(SymptomDetector(load_lexicon(lexicon_dir)))

    def __call__(self, text: str, history: Sequence = ()) -> Triage:
        return self.detector(text)

    # ---------------------------------------------------------------------- persistence
    def save(self, directory: Path, lexicon_dir: Path = DEFAULT_LEXICON_DIR) -> None:
        """Everything serving needs, as plain files: the lexicon files as reviewed, the known words."""
        directory = Path(directory)
        for name in FILES:
            shutil.copyfile(Path(lexicon_dir) / name, directory / name)
        (directory / KNOWN_WORDS_FILE).write_text(json.dumps(sorted(self.detector.known_words)))

    @classmethod
    def load(cls, directory: Path) -> Triager:
        directory = Path(directory)
        known_words: FrozenSet[str] = frozenset(json.loads((directory / KNOWN_WORDS_FILE).read_text()))
        return cls(SymptomDetector(load_lexicon(directory), known_words))

    @classmethod
    def from_model_archive(cls, model: Path) -> Triager:
        """The triager inside a trained Rasa model (models/soma.tar.gz), read without Rasa: what ships."""
        with tarfile.open(model) as archive, tempfile.TemporaryDirectory() as tmp:
            members = [
                m
                for m in archive.getmembers()
                if m.isfile() and "SymptomTriage" in m.name and Path(m.name).parent.name.startswith("train_")
            ]
            if not members:
                raise FileNotFoundError(f"{model} holds no trained SymptomTriage")
            for member in members:
                target = Path(tmp) / Path(member.name).name
                with archive.extractfile(member) as source, target.open("wb") as out:  # type: ignore[union-attr]
                    shutil.copyfileobj(source, out)
            return cls.load(Path(tmp))
