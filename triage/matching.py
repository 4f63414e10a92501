"""spaCy's Matcher, run only where a pattern can match.

spaCy's Matcher tries every pattern at every token: with the lexicon's ~120 described-symptom
patterns that was a third of the detector's time (about 0.23 ms a message, and a turn reads several
texts). A pattern's required tokens with literal words ("down" in `can't settle down`, one of
`{settle, sit, calm}`) must all be in a message for it to match, and most messages have the words
of few patterns. `AnchoredMatcher` keeps a spaCy Matcher per pattern, with the words its required
tokens need, and runs only those whose words a doc has. It returns the matches one Matcher over all
the patterns returns (tested in tests/test_matching.py), in text order; where two keys match the
same words, the one added first comes first.
"""

from __future__ import annotations

from typing import Dict, FrozenSet, List, Sequence, Set, Tuple

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

Anchor = Tuple[str, FrozenSet[str]]  # ("LOWER" or "LEMMA", the words one of which must be there)
REQUIRED_OPS = (None, "1", "+")  # a token with one of these operators matches at least once


def anchors(pattern: Sequence[dict]) -> Tuple[Anchor, ...]:
    """The words each required token of a pattern needs, where it names them (LOWER or LEMMA, a
    word or an IN list, with or without a NOT_IN list); a token it can skip, or that names no words,
    needs none."""
    found: List[Anchor] = []
    for token in pattern:
        if token.get("OP") not in REQUIRED_OPS:
            continue
        for attr in ("LOWER", "LEMMA"):
            value = token.get(attr)
            if isinstance(value, str):
                found.append((attr, frozenset([value])))
            elif isinstance(value, dict) and "IN" in value and set(value) <= {"IN", "NOT_IN"}:
                found.append((attr, frozenset(str(v) for v in value["IN"])))
    return tuple(found)


class AnchoredMatcher:
    """`add(key, patterns)` and `matcher(doc)` as spaCy's Matcher (default options)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._patterns: List[Tuple[Matcher, Tuple[Anchor, ...]]] = []
        self._keys: Set[str] = set()
        # (attribute, word) -> the patterns whose most selective required token names it
        self._by_word: Dict[Tuple[str, str], List[int]] = {}
        self._anywhere: List[int] = []  # patterns that name no word they need

    def add(self, key: str, patterns: Sequence[Sequence[dict]]) -> None:
        if key in self._keys:
            raise ValueError(f"{key} was added before: add all of a key's patterns at once")
        self._keys.add(key)
        for pattern in patterns:
            matcher = Matcher(self.vocab)
            matcher.add(key, [list(pattern)])
            needs = anchors(pattern)
            index = len(self._patterns)
            self._patterns.append((matcher, needs))
            if not needs:
                self._anywhere.append(index)
                continue
            attr, words = min(needs, key=lambda a: len(a[1]))
            for word in words:
                self._by_word.setdefault((attr, word), []).append(index)

    def __len__(self) -> int:
        return len(self._keys)

    def __call__(self, doc: Doc) -> List[Tuple[int, int, int]]:
        words = {"LOWER": {t.lower_ for t in doc}, "LEMMA": {t.lemma_ for t in doc}}
        candidates = set(self._anywhere)
        for attr, present in words.items():
            for word in present:
                candidates.update(self._by_word.get((attr, word), ()))
        found: Dict[Tuple[int, int, int], int] = {}  # match -> the first pattern that made it
        for index in sorted(candidates):
            matcher, needs = self._patterns[index]
            if all(not values.isdisjoint(words[attr]) for attr, values in needs):
                for match in matcher(doc):
                    found.setdefault(match, index)
        return sorted(found, key=lambda m: (m[1], m[2], found[m]))
