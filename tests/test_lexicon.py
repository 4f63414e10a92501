"""The lexicon and the context rules are consistent with the leaflet they come from."""

from pathlib import Path

import pytest

from triage.detector import blank_english
from triage.lexicon import DEFAULT_LEXICON_DIR, Lexicon, LexiconError, Tier, lexicon_fingerprint, load_lexicon

LEAFLET = Path(__file__).resolve().parent.parent / "sources" / "leaflet" / "soma-leaflet.txt"
LEMMA_UNMATCHED = Path(__file__).resolve().parent / "data" / "lexicon_lemma_unmatched.txt"
LEAFLET_SYMPTOMS = [
    "restlessness",
    "sweating",
    "tremors",
    "hallucinations",
    "muscle_stiffness",
    "fast_heartbeat",
    "nausea",
    "loss_of_coordination",
    "convulsions",
    "vomiting",
    "diarrhea",
]
LABEL_SYMPTOMS = ["fever", "shivering", "twitching"]
EMERGENCY_SIGNS = [
    "breathing_problem",
    "unresponsive",
    "seizure_now",
    "overdose",
    "severe_allergic_reaction",
    "self_harm",
]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_tiers_match_the_leaflet_and_its_readme(lexicon):
    tiers = {key: s.tier for key, s in lexicon.symptoms.items()}
    assert {k for k, t in tiers.items() if t is Tier.STOP} == set(LEAFLET_SYMPTOMS + LABEL_SYMPTOMS)
    assert {k for k, t in tiers.items() if t is Tier.EMERGENCY} == set(EMERGENCY_SIGNS)


@pytest.mark.parametrize("symptom", LEAFLET_SYMPTOMS)
def test_each_leaflet_symptom_cites_the_leaflet_with_its_own_word(lexicon, symptom):
    leaflet_phrases = [p.text for p in lexicon.symptoms[symptom].phrases if p.source == "leaflet"]
    assert len(leaflet_phrases) == 1
    assert leaflet_phrases[0] in LEAFLET.read_text().lower()


def test_the_stop_advice_is_quoted_word_for_word_from_the_leaflet(lexicon):
    assert lexicon.advice["stop"] in " ".join(LEAFLET.read_text().split())


def test_every_phrase_names_a_known_source(lexicon):
    used = {p.source for s in lexicon.symptoms.values() for p in s.phrases}
    assert used <= set(lexicon.sources) and "psytar" in used


def test_only_what_soma_treats_can_be_the_reason_for_taking_it(lexicon):
    """Soma is taken for painful muscle stiffness and spasm: only those can be "the reason I take it"."""
    assert [k for k, s in lexicon.symptoms.items() if s.treated_condition] == ["muscle_stiffness", "twitching"]


def test_an_unknown_tier_is_refused(copied_lexicon):
    path = copied_lexicon / "symptoms.yml"
    path.write_text(path.read_text().replace("tier: stop", "tier: urgent-ish", 1))
    with pytest.raises(LexiconError, match="tier"):
        load_lexicon(copied_lexicon)


def test_an_unknown_source_is_refused(copied_lexicon):
    path = copied_lexicon / "symptoms.yml"
    path.write_text(path.read_text().replace("leaflet: [restlessness]", "blog: [restlessness]", 1))
    with pytest.raises(LexiconError, match="unknown source 'blog'"):
        load_lexicon(copied_lexicon)


def test_a_rule_reaching_an_unknown_symptom_is_refused(copied_lexicon):
    path = copied_lexicon / "context_rules.yml"
    path.write_text(path.read_text().replace("loss_of_coordination, vomiting", "loss_of_coordinaton, vomiting", 1))
    with pytest.raises(LexiconError, match="allowed_types name no symptom: \\['loss_of_coordinaton'\\]"):
        load_lexicon(copied_lexicon)


def test_editing_a_rule_changes_the_fingerprint(copied_lexicon):
    before = lexicon_fingerprint(copied_lexicon)
    path = copied_lexicon / "context_rules.yml"
    path.write_text(path.read_text() + '\n  - {literal: "nope", category: NEGATED}\n')
    assert lexicon_fingerprint(copied_lexicon) != before


def test_a_selective_mask_hides_symptoms_the_lexicon_has():
    lexicon = load_lexicon(DEFAULT_LEXICON_DIR)
    selective = {k: s.hides for k, s in lexicon.symptoms.items() if s.hides}
    assert selective, "no mask hides only some symptoms"
    for key, hidden in selective.items():
        assert lexicon.symptoms[key].tier is Tier.MASK, key
        assert hidden <= set(lexicon.symptoms), (key, hidden - set(lexicon.symptoms))


def _lemma_words_unmatched(lexicon: Lexicon) -> dict:
    """Each word of a pattern's LEMMA token that the pipeline's lemmatizer changes, so that the token never meets the
    word as written ({LEMMA: ceiling} is compared with "ceil"), and the lemma it gets ("t|-|shirt": several tokens)."""
    nlp = blank_english()
    lemmatizer = nlp.get_pipe("lemmatizer")
    patterns = [p for s in lexicon.symptoms.values() for p in s.patterns]
    patterns += [r.pattern for r in lexicon.rules if r.pattern]
    unmatched = {}
    for pattern in patterns:
        for token in pattern:
            value = token.get("LEMMA")
            if value is None:
                continue
            words = [value] if isinstance(value, str) else [w for ws in value.values() for w in ws]
            for word in words:
                # a word the tokenizer splits ("t-shirt", "parkinson's") is no one token's lemma either
                lemma = "|".join(t.lemma_ for t in lemmatizer(nlp.make_doc(word)))
                if lemma != word:
                    unmatched[word] = lemma
    return unmatched


def test_every_pattern_word_read_by_its_lemma_matches_as_written_or_waits_for_review(lexicon):
    """A LEMMA word the lookup lemmatizer changes never meets itself: "tempted" is read "tempt", so {LEMMA: {IN:
    [tempted]}} is silent on "tempted" (stop 57). Write the lemma or a LOWER token; the old ones wait in a list."""
    listed = {}
    for line in LEMMA_UNMATCHED.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            word, lemma = line.split("#")[0].split()
            listed[word] = lemma
    unmatched = _lemma_words_unmatched(lexicon)
    new = {w: lem for w, lem in unmatched.items() if w not in listed}
    assert not new, f"these LEMMA words never match as written; write their lemma or a LOWER token: {new}"
    gone = sorted(set(listed) - set(unmatched))
    assert not gone, f"put right or removed: take them off {LEMMA_UNMATCHED.name}: {gone}"
    assert listed == {w: unmatched[w] for w in listed}


def test_a_new_pattern_word_the_lemmatizer_changes_is_found(copied_lexicon):
    path = copied_lexicon / "symptoms.yml"
    text = path.read_text()
    assert "{LEMMA: squirm}" in text
    path.write_text(text.replace("{LEMMA: squirm}", "{LEMMA: {IN: [squirm, squirming, fidgety]}}", 1))
    unmatched = _lemma_words_unmatched(load_lexicon(copied_lexicon))
    assert unmatched["squirming"] == "squirm"
    assert "fidgety" not in unmatched


def test_a_mask_may_be_patterns_alone_but_a_symptom_needs_phrases(copied_lexicon):
    """A mask's phrases would join the typo guard's vocabulary (stop 57: "playing" there let the learned part raise
    "the music that is playing in the waiting room"), so a mask may be patterns alone; a symptom never is."""
    lexicon = load_lexicon(copied_lexicon)
    assert not lexicon.symptoms["an_injury_told"].phrases and lexicon.symptoms["an_injury_told"].patterns
    path = copied_lexicon / "symptoms.yml"
    text = path.read_text()
    start = text.index("\n  twitching:\n")
    phrases = text.index("    phrases:\n", start)
    patterns = text.index("    patterns:\n", phrases)
    path.write_text(text[:phrases] + text[patterns:])
    with pytest.raises(LexiconError, match="symptom 'twitching' has no phrases"):
        load_lexicon(copied_lexicon)


def test_a_place_word_of_a_mask_must_be_quoted(copied_lexicon):
    """`not_after` reads words: YAML reads a bare `on` as true, which would silently never match."""
    assert load_lexicon(copied_lexicon).symptoms["not_a_body"].not_after.words >= {"on", "in", "at", "of"}
    path = copied_lexicon / "symptoms.yml"
    path.write_text(path.read_text().replace('words: ["on", in, at, of,', "words: [on, in, at, of,", 1))
    with pytest.raises(LexiconError, match="not_after word is not a string"):
        load_lexicon(copied_lexicon)
