"""The learned second opinion: one logistic regression per symptom over word and character n-grams.

The lexicon explains every decision it makes, but it only knows the words someone wrote down. This
model has read real patient language (the PsyTAR training sentences and lay terms, the tuning half
of the independent chat set, the team's paraphrases of described symptoms, the lexicon's own
phrases) and scores, for each symptom, how much a message reads like a report of it.

What it may do (triage/triager.py): raise the urgency of a message, or ask the patient a specific
question about a symptom the lexicon can't place. What it may not do: lower what the lexicon found,
or speak about a symptom the lexicon has already read (negated, asked about, in the past...).

Persisted as plain data (vocabularies and IDF weights as JSON, coefficients as a NumPy array
without pickle), so loading a model never runs code from the archive.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import AbstractSet, Callable, Dict, List, Mapping, Sequence, Tuple

import numpy as np
from joblib import Parallel, delayed
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from triage.normalise import normalise

VOCABULARY_FILE = "learned_vocabulary.json"
WEIGHTS_FILE = "learned_weights.npz"
WORD_PATTERN = r"(?u)\b\w[\w']*\b"

# Thresholds come from the negatives' out-of-fold scores (cross-validation at training time): a
# symptom is asked about when a message scores above all but the budget's first share of the
# messages that report nothing, and raised above all but its second share; never below the floors.
# The caller sets a budget per symptom (triage/triager.py: a missed emergency costs more), and may set
# a ceiling the ask threshold never exceeds (self-harm: any hint at least as likely as not).
# The caller may also say which symptoms it never hears the model on in a message (`silent`: the
# lexicon placed them, or the message only asks): such negatives are left out of the share. Counted
# in, "does soma make you sweat?" and "the sweating stopped" held the raise threshold of sweating at
# 0.91, above every described report ("dripping, in january, sitting still").
DEFAULT_BUDGET = (0.01, 0.002)  # (ask, raise): share of messages reporting nothing that may pass
RAISE_FLOOR = 0.5
ASK_FLOOR = 0.25
FOLDS = 4
MIN_POSITIVES = 8  # fewer examples than this: the symptom is left to the lexicon alone


@dataclass(frozen=True)
class Example:
    text: str
    symptoms: frozenset  # the keys it reports; empty: it reports none


@dataclass(frozen=True)
class Opinion:
    symptom: str
    score: float
    evidence: Tuple[str, ...]  # the words that weighed most
    raise_: bool  # above the raise threshold (else only above the ask threshold)
    read_as_soma: Tuple[str, ...] = ()  # the medicines' names it was heard with read as "soma" (triage/triager.py)


def learned_words(text: str) -> List[str]:
    """The words of a text as the learned part reads them ("'unconscious'" is "unconscious", "i'm" one word)."""
    return re.findall(WORD_PATTERN, normalise(text).text.lower())


def _features(texts: Sequence[str]) -> List[str]:
    return [normalise(t).text.lower() for t in texts]


def _folds(texts: Sequence[str], labels: np.ndarray) -> List[Tuple[np.ndarray, np.ndarray]]:
    """Cross-validation folds that an added example doesn't reshuffle: a message that reports nothing
    goes to the fold its text's hash names; the positives of a symptom are dealt out in the order of
    their hashes, so each fold has its share. (Shuffled folds moved every threshold whenever any
    example was added: one sentence crossed a threshold and back with unrelated edits.)"""
    digest = [int(hashlib.sha1(t.encode(), usedforsecurity=False).hexdigest(), 16) for t in texts]
    fold = np.array([d % FOLDS for d in digest])
    positives = sorted(np.flatnonzero(labels), key=lambda i: digest[i])
    for rank, i in enumerate(positives):
        fold[i] = rank % FOLDS
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(FOLDS)]


class LearnedOpinion:
    def __init__(
        self,
        words: TfidfVectorizer,
        chars: TfidfVectorizer,
        keys: List[str],
        coef: np.ndarray,
        intercept: np.ndarray,
        thresholds: Dict[str, Tuple[float, float]],
    ) -> None:
        self.words, self.chars = words, chars
        self.keys = keys
        self.coef = coef  # (features, keys)
        self.intercept = intercept
        self.thresholds = thresholds  # key -> (ask, raise)
        self._inverse_words = {i: w for w, i in words.vocabulary_.items()}
        # serving computes the vectorizers' TF-IDF rows itself (`_weigh`): the same numbers, without
        # building a sparse matrix per call (sklearn's transform costs ~1 ms a call in validation alone)
        self._analyzers = [
            (v.build_analyzer(), v.vocabulary_, np.asarray(v.idf_), offset)
            for v, offset in ((words, 0), (chars, len(words.vocabulary_)))
        ]

    # -------------------------------------------------------------------------- training
    @staticmethod
    def _vectorizers() -> Tuple[TfidfVectorizer, TfidfVectorizer]:
        return (
            TfidfVectorizer(token_pattern=WORD_PATTERN, ngram_range=(1, 2), min_df=2, sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        )

    @classmethod
    def train(
        cls,
        examples: Sequence[Example],
        budgets: Mapping[str, Tuple[float, float]] | None = None,
        ceilings: Mapping[str, float] | None = None,
        silent: Callable[[str], AbstractSet[str]] | None = None,
        C: float = 4.0,
        seed: int = 7,
    ) -> LearnedOpinion:
        texts = _features([e.text for e in examples])
        words, chars = cls._vectorizers()
        matrix = _stack(words.fit_transform(texts), chars.fit_transform(texts))
        counts: Dict[str, int] = {}
        for example in examples:
            for key in example.symptoms:
                counts[key] = counts.get(key, 0) + 1
        keys = sorted(k for k, n in counts.items() if n >= MIN_POSITIVES)
        negatives = np.array([not e.symptoms for e in examples])
        silenced: Dict[int, AbstractSet[str]] = {}

        def is_silent(i: int, key: str) -> bool:
            if silent is None:
                return False
            if i not in silenced:
                silenced[i] = silent(examples[i].text)
            return key in silenced[i]

        coef = np.zeros((matrix.shape[1], len(keys)))
        intercept = np.zeros(len(keys))
        thresholds = {}
        # liblinear holds the GIL, so the symptoms are fitted in worker processes, one symptom each
        # (the same fits, in any order: each has its own seed, so the model is what a loop would give)
        every_label = [np.array([key in e.symptoms for e in examples]) for key in keys]
        fits = Parallel(n_jobs=max(1, min(len(keys), os.cpu_count() or 1)))(
            delayed(_fit)(matrix, labels, _folds(texts, labels), C, seed) for labels in every_label
        )
        for column, (key, (out_of_fold, weights, bias)) in enumerate(zip(keys, fits, strict=True)):
            coef[:, column], intercept[column] = weights, bias
            scores = out_of_fold[negatives]
            ask_share, raise_share = (budgets or {}).get(key, DEFAULT_BUDGET)
            ask = max(ASK_FLOOR, float(np.quantile(scores, 1 - ask_share)))
            ask = min(ask, (ceilings or {}).get(key, 1.0))  # a symptom that must never be missed asks no more
            # a budget that raises where it asks (emergency signs) raises from the ask threshold; another
            # raises above the share of the negatives it is heard on (`silent` is asked only of one above
            # the ask floor: no other can move a threshold)
            heard = [i for i in np.flatnonzero(negatives) if out_of_fold[i] < ASK_FLOOR or not is_silent(i, key)]
            raise_ = (
                ask
                if raise_share >= ask_share
                else max(RAISE_FLOOR, ask, float(np.quantile(out_of_fold[heard], 1 - raise_share)))
            )
            thresholds[key] = (round(ask, 4), round(raise_, 4))
        return cls(words, chars, keys, coef, intercept, thresholds)

    # ------------------------------------------------------------------------- inference
    def _weigh(self, feature: str) -> np.ndarray:
        """The logit contributions of one (normalised) text for every symptom: its sublinear TF-IDF
        rows, each vectorizer's l2-normalised on its own as `transform` does, times the weights."""
        total = np.zeros(len(self.keys))
        for analyze, vocabulary, idf, offset in self._analyzers:
            counts: Dict[int, int] = {}
            for term in analyze(feature):
                index = vocabulary.get(term)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            if not counts:
                continue
            indices = np.fromiter(counts, dtype=int)
            values = (1.0 + np.log(np.fromiter(counts.values(), dtype=float))) * idf[indices]
            total += (values / np.linalg.norm(values)) @ self.coef[indices + offset]
        return total

    def scores(self, text: str) -> Dict[str, float]:
        [feature] = _features([text])
        logits = self._weigh(feature) + self.intercept
        return dict(zip(self.keys, (1.0 / (1.0 + np.exp(-logits))).tolist(), strict=True))

    def _word_weights(self, text: str) -> Tuple[List[str], np.ndarray, np.ndarray]:
        """Each word of `text` alone, weighed for every symptom (one row each, all in one transform),
        and the message's own word n-grams: what `_evidence` ranks."""
        [feature] = _features([text])
        # words without the punctuation around them ("racing," is "racing"): what denials and masks name
        words = list(dict.fromkeys(re.findall(WORD_PATTERN, feature)))
        if not words:
            return [], np.zeros((0, len(self.keys))), np.zeros(0, dtype=int)
        weights = np.array([self._weigh(word) for word in words])
        analyze, vocabulary, _, _ = self._analyzers[0]
        return words, weights, np.array([vocabulary[t] for t in set(analyze(feature)) if t in vocabulary], dtype=int)

    def _evidence(self, weighed: Tuple[List[str], np.ndarray, np.ndarray], column: int, top: int) -> Tuple[str, ...]:
        """The `top` words of the message (`_word_weights`) that weigh most for the symptom in `column`."""
        words, weights, ngrams = weighed
        weight = {word: float(weights[i, column]) for i, word in enumerate(words)}
        # word bigrams of the whole message count for both their words
        for index in ngrams:
            term = self._inverse_words.get(int(index), "")
            if " " in term:
                for word in term.split():
                    if word in weight:
                        weight[word] += float(self.coef[index, column]) * 0.5
        ranked = sorted((w for w in weight if weight[w] > 0), key=lambda w: -weight[w])
        return tuple(ranked[:top])

    def opinions(self, text: str, exclude: AbstractSet[str] = frozenset()) -> List[Opinion]:
        """Every symptom the message scores above its ask threshold, most likely first; none of
        `exclude` (their evidence isn't weighed)."""
        found = []
        weighed = None
        for column, (key, score) in enumerate(self.scores(text).items()):
            ask, raise_ = self.thresholds[key]
            if score >= ask and key not in exclude:
                weighed = weighed or self._word_weights(text)
                found.append(Opinion(key, round(score, 3), self._evidence(weighed, column, 3), score >= raise_))
        return sorted(found, key=lambda o: -o.score)

    # ----------------------------------------------------------------------- persistence
    def save(self, directory: Path) -> None:
        vocabulary = {
            "words": {k: int(v) for k, v in self.words.vocabulary_.items()},
            "chars": {k: int(v) for k, v in self.chars.vocabulary_.items()},
            "keys": self.keys,
            "thresholds": self.thresholds,
        }
        (Path(directory) / VOCABULARY_FILE).write_text(json.dumps(vocabulary))
        np.savez(
            Path(directory) / WEIGHTS_FILE,
            coef=self.coef,
            intercept=self.intercept,
            idf_words=self.words.idf_,
            idf_chars=self.chars.idf_,
        )

    @classmethod
    def load(cls, directory: Path) -> LearnedOpinion | None:
        """The persisted model, or None where the model was trained without one."""
        path = Path(directory) / VOCABULARY_FILE
        if not path.exists():
            return None
        vocabulary = json.loads(path.read_text())
        with np.load(Path(directory) / WEIGHTS_FILE, allow_pickle=False) as weights:
            coef, intercept = weights["coef"], weights["intercept"]
            idf_words, idf_chars = weights["idf_words"], weights["idf_chars"]
        words, chars = cls._vectorizers()
        for vectorizer, vocab, idf in (
            (words, vocabulary["words"], idf_words),
            (chars, vocabulary["chars"], idf_chars),
        ):
            vectorizer.vocabulary_ = vocab
            vectorizer.idf_ = idf
        thresholds = {k: (float(a), float(r)) for k, (a, r) in vocabulary["thresholds"].items()}
        return cls(words, chars, list(vocabulary["keys"]), coef, intercept, thresholds)


def _fit(matrix, labels: np.ndarray, folds, C: float, seed: int) -> Tuple[np.ndarray, np.ndarray, float]:
    """One symptom's model: its out-of-fold scores (for the thresholds), then its weights fitted on all."""
    model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=2000, random_state=seed)
    out_of_fold = np.zeros(len(labels))
    for train, test in folds:
        model.fit(matrix[train], labels[train])
        out_of_fold[test] = model.predict_proba(matrix[test])[:, 1]
    model.fit(matrix, labels)
    return out_of_fold, model.coef_[0], float(model.intercept_[0])


def _stack(words, chars):
    import scipy.sparse

    return scipy.sparse.hstack([words, chars], format="csr")
