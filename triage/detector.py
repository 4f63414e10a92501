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
from typing import Dict, FrozenSet, List, Set, Tuple

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from triage.lexicon import Category, ContextRule, Direction, Lexicon, Tier, load_lexicon
from triage.result import Finding, Level, Origin, Status, Triage
from triage.typos import TypoCorrector, known_words_near


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

    def __init__(
        self, lexicon: Lexicon, known_words: FrozenSet[str] | None = None, nlp: Language | None = None
    ) -> None:
        """`known_words`: the real words near the lexicon's that typo correction must leave alone;
        None scans spacy-lookups-data for them (a few seconds: a trained model keeps the result)."""
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
        if known_words is None:
            known_words = known_words_near(self.vocabulary)
        self.known_words = known_words
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
        # a PSEUDO cue reaches forward like the cue it resembles, but modifies nothing (see `_finding`)
        if forward and rule.direction in (Direction.FORWARD, Direction.BIDIRECTIONAL, Direction.PSEUDO):
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
        applying = [(self.rules_by_literal[c.label_], c) for c in cues if self._in_scope(words, c, mention)]
        categories = {rule.category for rule, _ in applying if rule.direction is not Direction.PSEUDO}
        uncertain = Category.POSSIBLE_EXISTENCE in categories
        status = Status.PRESENT
        if symptom.treated_condition and categories & {Category.REASON_FOR_USE, Category.IMPROVED}:
            if Category.WORSENED not in categories:
                status = Status.TREATED
        # a hedged or revealing question is still a report: only a plain what-if is hypothetical
        if Category.HYPOTHETICAL in categories and not categories & {
            Category.REPORT_QUESTION,
            Category.POSSIBLE_EXISTENCE,
        }:
            status = Status.HYPOTHETICAL
        if Category.NEGATED_EXISTENCE in categories and not uncertain:
            status = Status.NEGATED
        return Finding(
            symptom=symptom.key,
            name=symptom.name,
            tier=symptom.tier,
            text=mention.text,
            start=mention.start_char,
            end=mention.end_char,
            status=status,
            cues=tuple(f"{_label(rule)}: {cue.text}" for rule, cue in applying),
            other_person=Category.OTHER_PERSON in categories,
            uncertain=uncertain,
            source=self.lexicon.advice_for(symptom),
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
                        name=then.name,
                        tier=then.tier,
                        text=" + ".join(p.text for p in parts),
                        start=min(p.start for p in parts),
                        end=max(p.end for p in parts),
                        status=Status.PRESENT,
                        cues=("COMBINATION: " + " + ".join(combination.when),),
                        other_person=any(p.other_person for p in parts),
                        origin=Origin.COMBINATION,
                        source=self.lexicon.advice_for(then),
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


def _label(rule: ContextRule) -> str:
    return Direction.PSEUDO.value if rule.direction is Direction.PSEUDO else rule.category.value


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
    return SymptomDetector(load_lexicon())
