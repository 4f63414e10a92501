"""Find the symptoms a message mentions and decide how urgent it is. Plain Python and spaCy.

    text -> spaCy doc (blank English, lookup lemmas, rule sentencizer)
         -> typo correction of unknown words towards the lexicon's words
         -> symptom mentions (PhraseMatcher on lemmas or exact words, Matcher for patterns)
         -> context cues (ConText-style rules) -> each mention's status
         -> triage level: emergency > stop > common > question > none

No pretrained model is needed (none can be downloaded here). Where a reading is unclear the
mention counts as present: a missed urgent report is worse than a false alarm.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Set, Tuple

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from components.lexicon import Category, Direction, Lexicon, Tier, symptom_names

# Words at least this long are candidates for typo correction; shorter ones are too ambiguous.
MIN_TYPO_LENGTH = 5
# Words at least this long may be two edits away from the lexicon's word, shorter ones one.
TWO_EDIT_LENGTH = 8
# A word with a unigram log-probability at or above this is a real English word, never a typo
# (spacy-lookups-data en_lexeme_prob: "sweets" -13.1, "tremors" -15.0, "halucinations" -18.1).
KNOWN_WORD_LOGPROB = -16.0


class Status(str, Enum):
    PRESENT = "present"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    TREATED = "treated condition"  # the reason for taking Soma, or it got better


class Level(str, Enum):
    EMERGENCY = "emergency"
    STOP = "stop"
    COMMON = "common"
    QUESTION = "question"
    NONE = "none"


@dataclass(frozen=True)
class Finding:
    symptom: str
    tier: Tier
    text: str
    start: int  # character offsets into the message
    end: int
    status: Status
    cues: Tuple[str, ...] = ()  # "NEGATED: no", "OTHER_PERSON: my husband", ...
    other_person: bool = False
    uncertain: bool = False


@dataclass(frozen=True)
class Triage:
    level: Level
    findings: Tuple[Finding, ...]
    corrections: Dict[str, str] = field(default_factory=dict)

    @property
    def reported(self) -> List[str]:
        """Symptom keys reported as present, in message order, without duplicates and cofactors."""
        keys = [f.symptom for f in self.findings if f.status is Status.PRESENT and f.tier is not Tier.COFACTOR]
        return list(dict.fromkeys(keys))

    @property
    def other_person(self) -> bool:
        return any(f.other_person for f in self.findings if f.status is Status.PRESENT)


def _edits1(word: str) -> Set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _deletes(word: str, depth: int) -> Set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {d for w in frontier for d in _edits1(w)}
        found |= frontier
    return found


def damerau_levenshtein(a: str, b: str) -> int:
    """Optimal string alignment distance (insert, delete, substitute, swap two neighbours)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _max_edits(word: str) -> int:
    return 2 if len(word) >= TWO_EDIT_LENGTH else 1


class TypoCorrector:
    """Maps a misspelt word to the lexicon word it is closest to ("tremmors" -> "tremors").

    Symmetric-delete lookup (as in SymSpell): cheap per token. Real English words near a lexicon
    word ("sweets" near "sweats") are never corrected; they are passed in as `known_words`.
    """

    def __init__(self, vocabulary: Iterable[str], known_words: FrozenSet[str]) -> None:
        self.vocabulary = frozenset(w for w in vocabulary if len(w) >= MIN_TYPO_LENGTH and w.isalpha())
        self.known_words = known_words
        self._index: Dict[str, Set[str]] = {}
        for word in self.vocabulary:
            for variant in _deletes(word, _max_edits(word)):
                self._index.setdefault(variant, set()).add(word)

    def candidates(self, word: str) -> Set[str]:
        found: Set[str] = set()
        for variant in _deletes(word, _max_edits(word)):
            found |= self._index.get(variant, set())
        return found

    def correct(self, word: str) -> str | None:
        if len(word) < MIN_TYPO_LENGTH or not word.isalpha():
            return None
        if word in self.vocabulary or word in self.known_words:
            return None
        scored = sorted((damerau_levenshtein(word, c), c) for c in self.candidates(word))
        scored = [(d, c) for d, c in scored if d <= min(_max_edits(word), _max_edits(c))]
        return scored[0][1] if scored else None


def known_words_near(vocabulary: Iterable[str]) -> FrozenSet[str]:
    """Real English words (spacy-lookups-data unigram probabilities) one or two edits from the vocabulary.

    Scans about a million words once (a few seconds): the Rasa component does it at training time
    and persists the result; tests and the explain command cache it per process.
    """
    import spacy_lookups_data
    import srsly

    table = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    probabilities = srsly.read_gzip_json(table)
    probe = TypoCorrector(vocabulary, frozenset())
    near = set()
    for word, logprob in probabilities.items():
        if logprob >= KNOWN_WORD_LOGPROB and len(word) >= MIN_TYPO_LENGTH and word.isalpha():
            if word not in probe.vocabulary and probe.candidates(word):
                near.add(word)
    return frozenset(near)


@functools.lru_cache(maxsize=1)
def blank_english() -> Language:
    """spaCy's blank English pipeline with lookup lemmas (spacy-lookups-data) and sentence splitting.

    One per process (about 16 MB): the NLU component's detector and the channel's share it.
    """
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("sentencizer")
    nlp.initialize()
    return nlp


def _lemma_key(token) -> str:
    return token.lemma_ or token.lower_


class SymptomDetector:
    """Reads one message and returns a `Triage`. Build once, call many times (about 0.1-1 ms a message)."""

    def __init__(self, lexicon: Lexicon, known_words: FrozenSet[str], nlp: Language | None = None) -> None:
        self.lexicon = lexicon
        self.nlp = nlp or blank_english()
        self.terminators = {tuple(t.lower_ for t in self.nlp(term)) for term in lexicon.terminators}
        self.max_terminator_len = max(len(t) for t in self.terminators)
        self.symptom_lemmas = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.symptom_exact = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.symptom_patterns = Matcher(self.nlp.vocab)
        vocabulary: Set[str] = set()
        for symptom in lexicon.symptoms.values():
            docs = {p: self.nlp(p.text) for p in symptom.phrases}
            for exact, matcher in ((True, self.symptom_exact), (False, self.symptom_lemmas)):
                chosen = [doc for phrase, doc in docs.items() if phrase.exact == exact]
                if chosen:
                    matcher.add(symptom.key, chosen)
            vocabulary |= {t.lower_ for d in docs.values() for t in d}
            if symptom.patterns:
                self.symptom_patterns.add(symptom.key, [list(p) for p in symptom.patterns])
        self.vocabulary = frozenset(vocabulary)
        self.cues = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.rules_by_literal = {}
        for index, rule in enumerate(lexicon.rules):
            key = f"cue{index}"
            self.rules_by_literal[key] = rule
            self.cues.add(key, [self.nlp(rule.literal)])
        self.corrector = TypoCorrector(self.vocabulary, known_words)

    # ------------------------------------------------------------------------ pipeline steps
    def _doc(self, text: str) -> Tuple[Doc, Dict[str, str]]:
        # lower case keeps character offsets, except for a few letters ("İ") that grow when lowered
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        doc = self.nlp(lowered)
        corrections = {}
        for token in doc:
            if token.lower_ in self.vocabulary:
                continue
            corrected = self.corrector.correct(token.lower_)
            if corrected is not None:
                corrections[token.text] = corrected
                token.lemma_ = _lemma_key(self.nlp(corrected)[0])
                token.norm_ = corrected
        return doc, corrections

    def _mentions(self, doc: Doc) -> List[Span]:
        """Non-overlapping symptom mentions. Where readings overlap the more urgent tier wins
        ("he's in a seizure" is seizure_now, not convulsions), then the longer one."""
        spans = [
            Span(doc, start, end, label=match_id)
            for matcher in (self.symptom_lemmas, self.symptom_exact, self.symptom_patterns)
            for match_id, start, end in matcher(doc)
        ]
        ranked = sorted(spans, key=lambda s: (self.lexicon.symptoms[s.label_].tier.rank, -len(s), s.start))
        chosen: List[Span] = []
        taken: Set[int] = set()
        for span in ranked:
            if not taken.intersection(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        return sorted(chosen, key=lambda s: s.start)

    def _cues(self, doc: Doc, mentions: List[Span]) -> List[Span]:
        spans = [Span(doc, s, e, label=m) for m, s, e in self.cues(doc)]
        # a cue inside a symptom phrase is part of it ("can't breathe", "not breathing")
        spans = [c for c in spans if not any(m.start <= c.start and c.end <= m.end for m in mentions)]
        # a cue inside a longer cue is part of it: "can't stop" (PSEUDO) hides its "not" (NEGATED);
        # cues that only overlap ("what happens if" + "if I get") both apply
        return [c for c in spans if not any(o.start <= c.start and c.end <= o.end and len(o) > len(c) for o in spans)]

    def _terminated(self, words: List[str], start: int, end: int) -> bool:
        """Is there a terminator between token positions start (inclusive) and end (exclusive)?"""
        for size in range(1, self.max_terminator_len + 1):
            for i in range(start, end - size + 1):
                if tuple(words[i : i + size]) in self.terminators:
                    return True
        return False

    def _in_scope(self, words: List[str], cue: Span, mention: Span) -> bool:
        """Does `cue` reach `mention`? Both are in the same sentence."""
        rule = self.rules_by_literal[cue.label_]
        if rule.direction is Direction.SENTENCE:
            return True
        if cue.start < mention.end and mention.start < cue.end:  # shares words: "I had" + "had a seizure"
            return True
        forward = cue.end <= mention.start
        if forward and rule.direction in (Direction.FORWARD, Direction.BIDIRECTIONAL):
            gap = mention.start - cue.end
            return (rule.max_scope is None or gap < rule.max_scope) and not self._terminated(
                words, cue.end, mention.start
            )
        backward = mention.end <= cue.start
        if backward and rule.direction in (Direction.BACKWARD, Direction.BIDIRECTIONAL):
            gap = cue.start - mention.end
            return (rule.max_scope is None or gap < rule.max_scope) and not self._terminated(
                words, mention.end, cue.start
            )
        return False

    def _finding(self, words: List[str], mention: Span, cues: List[Span]) -> Finding:
        """Read one mention in the light of the cues of its sentence."""
        symptom = self.lexicon.symptoms[mention.label_]
        applying = [c for c in cues if self._in_scope(words, c, mention)]
        categories = {self.rules_by_literal[c.label_].category for c in applying}
        uncertain = Category.UNCERTAIN in categories
        status = Status.PRESENT
        if symptom.treated_condition and categories & {Category.REASON_FOR_USE, Category.IMPROVED}:
            if Category.WORSENED not in categories:
                status = Status.TREATED
        # a hedged or revealing question is still a report: only a plain what-if is hypothetical
        if Category.HYPOTHETICAL in categories and not categories & {
            Category.REPORT_QUESTION,
            Category.UNCERTAIN,
        }:
            status = Status.HYPOTHETICAL
        if Category.NEGATED in categories and not uncertain:
            status = Status.NEGATED
        return Finding(
            symptom=symptom.key,
            tier=symptom.tier,
            text=mention.text,
            start=mention.start_char,
            end=mention.end_char,
            status=status,
            cues=tuple(f"{self.rules_by_literal[c.label_].category.value}: {c.text}" for c in applying),
            other_person=Category.OTHER_PERSON in categories,
            uncertain=uncertain,
        )

    def _combined(self, findings: List[Finding]) -> List[Finding]:
        present = {f.symptom: f for f in findings if f.status is Status.PRESENT}
        added = []
        for combination in self.lexicon.combinations:
            if all(k in present for k in combination.when) and combination.then not in present:
                parts = [present[k] for k in combination.when]
                then = self.lexicon.symptoms[combination.then]
                added.append(
                    Finding(
                        symptom=then.key,
                        tier=then.tier,
                        text=" + ".join(p.text for p in parts),
                        start=min(p.start for p in parts),
                        end=max(p.end for p in parts),
                        status=Status.PRESENT,
                        cues=("COMBINATION: " + " + ".join(combination.when),),
                        other_person=any(p.other_person for p in parts),
                    )
                )
        return findings + added

    # ---------------------------------------------------------------------------- public API
    def __call__(self, text: str) -> Triage:
        doc, corrections = self._doc(text)
        mentions = self._mentions(doc)
        if not mentions:
            return Triage(Level.NONE, (), corrections)
        cues = self._cues(doc, mentions)
        sentence_of = list(itertools.accumulate(int(bool(t.is_sent_start)) for t in doc))
        cues_in_sentence: Dict[int, List[Span]] = {}
        for cue in cues:
            cues_in_sentence.setdefault(sentence_of[cue.start], []).append(cue)
        words = [t.lower_ for t in doc]
        findings = [self._finding(words, m, cues_in_sentence.get(sentence_of[m.start], [])) for m in mentions]
        findings = self._combined(findings)
        return Triage(_level(findings), tuple(findings), corrections)

    def summary(self, triage: Triage) -> str:
        """What the patient reported, in words for the reply: 'tremors (shaking) and nausea'."""
        text = symptom_names(triage.reported, self.lexicon)
        return f"{text} (in the person you are looking after)" if triage.other_person else text

    def explain(self, text: str) -> str:
        """Why the message got its level: for staff (`make explain`, the staff shell)."""
        triage = self(text)
        lines = [f"level: {triage.level.value}"]
        for wrong, right in triage.corrections.items():
            lines.append(f"typo: '{wrong}' read as '{right}'")
        for f in triage.findings:
            symptom = self.lexicon.symptoms[f.symptom]
            who = ", someone else" if f.other_person else ""
            hedge = ", uncertain (counts as present)" if f.uncertain else ""
            lines.append(f"- '{f.text}' -> {f.symptom} [tier {f.tier.value}] {f.status.value}{who}{hedge}")
            lines.append(f"    context: {'; '.join(f.cues) or 'none'}")
            lines.append(f"    source: {self.lexicon.advice_for(symptom)}")
        return "\n".join(lines)


_LEVEL_OF_TIER = {Tier.EMERGENCY: Level.EMERGENCY, Tier.STOP: Level.STOP, Tier.COMMON: Level.COMMON}


def _level(findings: List[Finding]) -> Level:
    present = [f.tier for f in findings if f.status is Status.PRESENT and f.tier in _LEVEL_OF_TIER]
    if present:
        return _LEVEL_OF_TIER[min(present, key=lambda t: t.rank)]
    if any(f.status is Status.HYPOTHETICAL and f.tier is not Tier.COFACTOR for f in findings):
        return Level.QUESTION
    return Level.NONE


@functools.cache
def default_detector() -> SymptomDetector:
    """The detector over the project's lexicon, built once per process (tests, `make explain`)."""
    from components.lexicon import load_lexicon

    lexicon = load_lexicon()
    probe = SymptomDetector(lexicon, frozenset())
    return SymptomDetector(lexicon, known_words_near(probe.vocabulary), probe.nlp)
