"""The anchored matcher (triage/matching.py) finds what one spaCy Matcher over the same patterns
finds: on the lexicon's own patterns over real patient sentences, and on patterns made to test
each kind of token."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from triage.evaluation import dev_set, psytar_sentences
from triage.matching import AnchoredMatcher, anchors


def _plain_and_anchored(vocab, patterns_by_key):
    plain, anchored = Matcher(vocab), AnchoredMatcher(vocab)
    for key, patterns in patterns_by_key.items():
        plain.add(key, [list(p) for p in patterns])
        anchored.add(key, patterns)
    return plain, anchored


def test_the_lexicons_patterns_match_the_same_words_as_one_matcher(detector):
    """Every described-symptom pattern and every context-rule pattern, over the dev set and the
    PsyTAR dev split (with the detector's typo corrections applied, as in a real reading)."""
    lexicon = detector.lexicon
    symptom_patterns = {s.key: s.patterns for s in lexicon.symptoms.values() if s.patterns}
    cue_patterns = {f"cue{i}": [r.pattern] for i, r in enumerate(lexicon.rules) if r.pattern is not None}
    assert sum(len(p) for p in symptom_patterns.values()) > 50 and cue_patterns
    texts = [c.text for c in dev_set("all") + psytar_sentences("dev")]
    for patterns in (symptom_patterns, cue_patterns):
        plain, anchored = _plain_and_anchored(detector.nlp.vocab, patterns)
        matched = 0
        for text in texts:
            doc, _ = detector._doc(text)
            expected = plain(doc)
            assert sorted(anchored(doc)) == sorted(set(expected)), text
            matched += bool(expected)
        assert matched > 10  # the comparison covered real matches, not only empty lists


def test_a_pattern_needs_the_words_of_its_required_tokens_only():
    pattern = [
        {"LOWER": {"IN": ["ca", "can"]}},
        {"LOWER": "not", "OP": "?"},
        {"LEMMA": "sit"},
        {"IS_PUNCT": True},
        {"LOWER": "down", "OP": "+"},
        {"LOWER": "now", "OP": "*"},
        {"LOWER": "please", "OP": "!"},
        {"LEMMA": {"IN": ["car", "dog"], "NOT_IN": ["dog"]}},  # still needs one of its IN words
        {"LEMMA": {"NOT_IN": ["cat"]}},  # names no word it needs
    ]
    assert anchors(pattern) == (
        ("LOWER", frozenset({"ca", "can"})),
        ("LEMMA", frozenset({"sit"})),
        ("LOWER", frozenset({"down"})),
        ("LEMMA", frozenset({"car", "dog"})),
    )


@pytest.mark.parametrize(
    "text",
    [
        "i can not sit down",  # both keys, overlapping
        "cannot sit down down down",  # a repeated token (OP +)
        "sit down",  # only the anchorless pattern
        "my heart is racing, i can't sit down",  # matches in two places
        "nothing here",
    ],
)
def test_made_up_patterns_match_as_one_matcher(detector, text):
    patterns = {
        "restless": [
            [
                {"LOWER": {"IN": ["can", "cannot", "ca"]}},
                {"LOWER": {"IN": ["not", "n't"]}, "OP": "?"},
                {"LEMMA": "sit"},
            ],
            [{"LEMMA": "sit"}, {"LOWER": "down", "OP": "+"}],
        ],
        "anywhere": [[{"IS_ALPHA": True}, {"LOWER": "down"}]],  # no words named: runs on every doc
        "heart": [[{"LOWER": "heart"}, {"LOWER": "is", "OP": "?"}, {"LEMMA": "race"}]],
    }
    plain, anchored = _plain_and_anchored(detector.nlp.vocab, patterns)
    doc = detector.nlp(text)
    assert sorted(anchored(doc)) == sorted(set(plain(doc)))
    assert anchored(doc) == sorted(anchored(doc), key=lambda m: (m[1], m[2]))  # in text order


def test_a_key_takes_all_its_patterns_at_once(detector):
    anchored = AnchoredMatcher(detector.nlp.vocab)
    anchored.add("tremors", [[{"LOWER": "shaking"}]])
    assert len(anchored) == 1
    with pytest.raises(ValueError, match="added before"):
        anchored.add("tremors", [[{"LOWER": "shaky"}]])
