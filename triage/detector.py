"""Find the symptoms a message mentions and decide how urgent it is. Plain Python and spaCy.

    text -> normalise (markup, emoji, repeated letters, shorthand; triage/normalise.py)
         -> spaCy doc (blank English, lookup lemmas, rule sentencizer)
         -> typo correction of unknown words towards the lexicon's words (triage/typos.py)
         -> mentions: lexicon phrases (PhraseMatcher on lemmas or exact words), patterns for
            described symptoms (Matcher, run only where its words are: triage/matching.py),
            readings (temperature, pulse, tablets; triage/numbers.py),
            overlaps resolved by `resolve_overlaps`
         -> context cues (ConText rules, data/lexicon/context_rules.yml) -> each mention's status
         -> combinations (alcohol + can't stay awake = suspected overdose)
         -> triage level: emergency > stop > common > question > none

No pretrained model is needed (none can be downloaded here). Where a reading is unclear the
mention counts as present: a missed urgent report is worse than a false alarm.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Dict, FrozenSet, Iterable, Iterator, List, Sequence, Set, Tuple

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from triage.learned import learned_words
from triage.lexicon import Category, ContextRule, Direction, Lexicon, Tier, load_lexicon
from triage.matching import AnchoredMatcher
from triage.normalise import Normalised, normalise
from triage.numbers import Reading, readings, said_taken
from triage.result import Finding, Level, Origin, Status, Triage
from triage.typos import TypoCorrector, known_words_near

NORMAL_READING = "NORMAL_READING"  # the label of a reading inside the normal range: a denied symptom
# words that join a list of mentions: a negation of the first reaches them all ("no fever, chills or
# sweats", "hasn't thrown up or had the runs")
LIST_JOINERS = {",", "or", "nor", "and", "/", "&", "any", "no", "either", "even", "had", "got", "the", "a"}
LIST_GAP = 3
# (stop 39's review) an item said to be what came instead is no item of the list before it: "no drowsiness, shaking
# instead", "it doesn't make me drowsy, shaky instead"
INSTEAD = {"instead", "though", "tho", "rather"}
CACHE_SIZE = 256  # readings kept within a turn (its sentences, the earlier turns read again)
LIST_STATUSES = (Status.NEGATED, Status.HYPOTHETICAL, Status.HISTORICAL)
# cues kept where they fall inside a symptom phrase: a body part Soma treats ("neck" in "stiff neck"), a word that
# says it is new, worse or begun on Soma ("stiffer", "since the first dose"), back ("starting again") or there
# ("still going", "hasn't stopped")
_KEPT_INSIDE_A_MENTION = (
    Category.REASON_FOR_USE,
    Category.WORSENED,
    Category.ON_SOMA,
    Category.RECENT,
    Category.REPORT_QUESTION,
    Category.GOES_ON,
)
# the subject a clause opens on when it tells of someone: a statement after a question and a comma (one with any of
# the lexicon's `not_a_report` denies or asks still: "i want to know about nausea")
TELLERS = {"i", "he", "she", "we", "they", "my", "his", "her", "our", "their"}
POSSESSIVES = TELLERS - {"i", "he", "she", "we", "they"}  # "my coworker told me": someone named as a source
ANY_SYMPTOM = "*"  # what a cause without `allowed_types` explains
CORRECTED = "corrected"  # doc.user_data: the positions of the words typo correction changed
MATCHED = "matched"  # doc.user_data: every symptom match the masks left, before overlaps were resolved
CONTRASTS = {"but", "yet", "however", "still"}  # after a cause, what it can't explain: "ran 5 miles, but ..."
# ... and so does a new topic (stop 36): "whether i can keep going to the gym on it, oh and for the last two days my
# heart has been thumping really fast"
TOPIC_CHANGES = {"oh", "btw", "anyway", "anyways", "also", "plus"}
# a symptom told as a likeness holds the mask inside it (stop 37): "felt like i had morning sickness again" is nausea,
# though "i had morning sickness" alone is a pregnancy told
LIKENESS = frozenset({"like"})
# ... and a likeness told as a clause: "like i'd just run up the stairs", "as if i'd been in a sauna", "the way it does
# after a coffee". What is told in it is what the symptom is compared with, not its cause nor its past (stop 42: "my
# heart pounded like i had just run up three flights of stairs" was explained by the stairs); it runs to the next stop,
# comma or conjunction
LIKENESS_CLAUSE_OPENERS = {
    ("like",): frozenset(
        "i i'd i'm i've id im ive you you'd you've someone somebody he she he'd she'd we we'd they they'd after when "
        "being having if".split()
    ),
    ("as",): frozenset({"if", "though"}),
    ("the", "way"): frozenset("it you i one your my he she they".split()),
}
LIKENESS_CLAUSE_ENDS = frozenset({",", ".", "!", "?", ";", "but", "and", "though", "although", "so", "yet"})
# ... never "like i said": what one said is no likeness
SAYING = frozenset("said say says mentioned told wrote explained".split())
CONCESSIONS = {"though", "although", "despite", "spite"}  # before a cause, either way: "shivering though it's 75 out"
# a cause only wondered about explains nothing (stop 31: "vomiting since noon, maybe a virus?", "or have i got the
# flu?" were read as explained): a hedge within three words before it (`_cause_wondered`)
WONDERING = frozenset("maybe perhaps might could possibly or wonder wondering whether".split())
# what ends the statement before a question clause (`_asks`): "shaking, is this soma?"; "but" and a guess at a cause
# only after words of when (`_told_then_guessed`): "shaking all week but is that normal?"
QUESTION_BREAKS = frozenset({",", ";", "but"})
# a hearsay cue's verb ("i've heard", "i've seen") that is also a symptom's own perceiving (`_in_scope`)
PERCEIVING = frozenset({"hear", "heard", "see", "saw", "seen"})
# ... which is hearsay again where it is said to be caused, or said to be possible, common or a side effect ("i've
# heard voices are possible", "i've heard voices can happen on withdrawal"); anything else that follows is a report
# ("i've heard voices are whispering at night", "ive heard voices is this the soma")
CAUSED = frozenset({"cause", "causes", "caused"})
SAID_TO_BE = frozenset("are is can could may might".split())
HEARSAY_PREDICATES = frozenset(
    "possible common normal rare known listed linked a an part side happen occur be come".split()
)
SUBJECTS = {"i", "i'm", "i've", "me", "he", "she", "they", "we"}  # terminators that only name who
# a relative clause after a mention: "the sweats i had", "the twitching she got on it" (`_relative_clause`)
RELATIVE_SUBJECTS = {"i", "he", "she", "they", "we"}
RELATIVE_VERBS = {"had", "got", "used", "experienced", "mentioned", "described", "noticed", "suffered", "felt"}
# ... and over where it was (stop 37): "the twitching in my eye stopped a few days ago", "the shaking of my hands went
# away"
PLACE_PREPOSITIONS = {"in", "on", "of", "around", "under", "behind"}
PLACE_OWNERS = {"my", "his", "her", "their", "the", "both"}
# ... a sentence that opens with one of ASKING_FIRST asks before its comma too ("is sweating bad, what do you think?")
# an auxiliary just before a statement opener makes it a question's own words: "what if i get diarrhoea, can i keep
# taking it" ("i keep" asked, not told)
INVERTED = {"can", "could", "should", "will", "would", "do", "does", "did", "may", "might", "must", "shall"}
ASKING_FIRST = {"is", "are", "am", "was", "does", "do", "did", "can", "could", "will", "would", "should", "what", "how"}
# a cause denied just before its cue: "no bug going around", "it isn't from the gym"
CAUSE_DENIALS = {"no", "not", "n't", "nt", "never", "nothing", "without", "none", "nobody", "neither", "nor"}
CAUSE_DENIAL_REACH = 3
# the first word of a sentence that points back to the one before: its ending refers there (`_referred`), after any
# word that only opens a turn ("ok its settled down now", "oh and that stopped")
POINTING_BACK = frozenset("it its that this they those these both which".split())
# the categories whose PSEUDO copies say more follows a cue, and take it away (`_said_of_more`)
SAID_OF_MORE = frozenset({Category.GOES_ON, Category.WORSE_ON_SOMA})
# the symptoms a PREVIOUS cue may refer back to (`_referred`)
TOLD_TIERS = frozenset({Tier.EMERGENCY, Tier.STOP, Tier.COMMON})
GOES_ON_OR_RECENT = frozenset({Category.GOES_ON, Category.RECENT})
ONGOING = "ongoing"  # the lexicon's cofactor: still going on, or for minutes
# ... and its words that say something goes on (not only when: "right now", "for minutes")
GOING_ON = frozenset("stop stops stopping stopped going happening continuing nonstop again easing slowing".split())
# ... or that one follows another, "a second" (stop 55, a chat tuning set: "can soma cause seizures? my husband just had
# one and now he's started a second one"; never "right this second", stop 55's third review)
ANOTHER_BEGUN = frozenset({"second", "third", "2nd", "3rd"})
OPENERS = frozenset("ok okay k oh ah aw well yeah yes so and but lol nvm update anyway um hmm".split())
LONG_STANDING = {"year", "years", "decade", "decades"}
HAVING = {"had", "have", "has", "having", "been", "got", "felt", "noticed", "experienced", "gotten"}
# ... but "been" before a place says where one was, not what one had: "not been to the gym" denies the gym (stop 43)
WHEREABOUTS = {"in", "near", "to", "at", "inside", "into", "around", "anywhere", "out", "on"}
# where a clause of a question may begin that says something instead ("does it cause diarrhoea cos i've had it
# since yesterday", "could soma cause a fever, mine's 38.6 now")
CLAUSE_BREAKS = {",", ";", "-", "cos", "coz", "cuz", "because", "cause", "bc"}
# (stop 51) what an open cause may not name in its clause: a medicine, Soma or a dose ("that was from my other meds"),
# and where that clause ends ("it was from bad sushi, not from the soma" names the sushi)
MEDICINE_WORDS = frozenset(
    "soma somas carisoprodol pill pills tablet tablets med meds medication medications medicine medicines drug drugs "
    "dose doses relaxant relaxants relaxer relaxers prescription script withdrawal withdrawals taper tapering "
    "detox".split()
)
MEDICINE_KEYS = frozenset({"other_medicine", "sedating_substance"})  # the lexicon's keys for a medicine Soma is not
# the words of a medicine mention that make it a drink (also how components/symptom_triage.py tells alcohol, which has
# its own answer, from another medicine named)
ALCOHOL_WORDS = frozenset(
    "alcohol beer beers wine wines vodka whisky whiskey gin rum booze drink drinks drank drinking drunk shots tequila "
    "cider pint pints bevvies bender binge".split()
)
TAKEN_WITH = frozenset({"with", "on", "while", "plus", "together"})
RETURNING = frozenset({"again", "back"})  # what a RECENT cue says of a symptom come back (`tells_it_goes_on`)
OPEN_CAUSE_ENDS = frozenset({",", ".", "!", "?", ";", "but", "though", "although", "however", "not"})
# words that say how sure the patient is of a cause, not what it explains: "sweating, probably because of the heat"
CAUSE_HEDGES = frozenset(
    "i i'm im i've ive think guess reckon suppose bet assume prob probably prolly likely mostly just only all def "
    "definitely pretty sure honestly tbh lol really obviously clearly it it's its that that's thats this was is "
    "and but so though again".split()
)
# (stop 33) the writer and their own people: an emergency sign told after one of these is no story's, whatever frame
# came first ("watching a movie where he gets shot my dad collapsed", "dreamt i stopped breathing")
REAL_PEOPLE = {(w,) for w in "i i'm im i've ive i'd me my mine we we're our us myself".split()}
# (stop 33) who did something next, after "so": "feel sick every morning so she skips breakfast"
CONSEQUENCE_SUBJECTS = SUBJECTS | {"my", "his", "her", "their", "our", "we've", "i'd", "he'd", "she'd"}


def _words_in(span: Span) -> Set[str]:
    """The words of a span, as spaCy and as the learned part read them (stop 53, a chat tuning set: a mask over "i'm
    done with this bottle" kept "i'm" from the learned part, which heard a hint of self-harm on it)."""
    return {t.lower_ for t in span} | set(learned_words(span.text))


# what may follow the words of a clause and end it (`SymptomDetector._clause_goes_on`)
CLAUSE_END_WORDS = frozenset(
    "too now again rn currently lol atm and but so also right today tonight lately all".split()
)
# (stop 33) who a `subject_only` cue names: the words before its noun, what may open a clause before them, and what it
# does or has after it
NAMING_WORDS = frozenset("a an the one of our my his her their this that another old little poor new young big".split())
CLAUSE_STARTS = frozenset(
    "and but so then when while because cos coz as since if that who whose also now here plus ps or".split()
)
DOING = frozenset(
    "who that which with is was 's has had have keeps kept been got gets seems seemed started starts just still also "
    "now were are isn't wasn't won't can't can could did does didn't doesn't in".split()
)
FRAGMENT_WORDS = 5  # a symptom said alone, before the sentence that gives its cause ("Sweaty palms. Best man speech.")
STORY_EVENTS = {("when",), ("while",), ("as",), ("just",), ("also",), ("still",)}  # how a story tells on
WAKING = {("woke",), ("wake",), ("waking",), ("awoke",), ("irl",), ("real", "life")}  # out of a story or a dream
# someone else's Soma: "her soma", "he's on soma", "the resident on carisoprodol", "their dose" (stop 32)
THEIR_SOMA = re.compile(
    r"\b(?:his|her|their|he's|she's|they're|hes|shes|theyre|he is|she is|they are|he was|she was|who's|whos|"
    r"who is)\s+(?:(?:on|taking|taken|had|been on)\s+)?(?:the\s+|a\s+|his\s+|her\s+)?"
    r"(?:soma|carisoprodol|dose|doses|tablets?|pills?|meds|medication|relaxants?)\b"
    r"|\b(?:resident|client|patient|lady|man|woman|guy|lad|customer|pupil|player)s?\s+"
    r"(?:(?:is|are|who's|who is|was)\s+)?(?:on|taking|takes|started|given)\s+(?:soma|carisoprodol)\b"
)
# a PREVIOUS cue's (start, end) -> the (start, end) of each mention it refers back to
Referred = Dict[Tuple[int, int], Set[Tuple[int, int]]] | None


@functools.lru_cache(maxsize=1)
def blank_english() -> Language:
    """spaCy's blank English pipeline with lookup lemmas (spacy-lookups-data) and sentence splitting.

    One per process (about 16 MB): every detector in a process shares it.
    """
    nlp = spacy.blank("en")
    # a reading glued to its unit is a number and its unit, as spaCy already splits "120mg" or "5km": "is 38.5c a
    # fever?", "101.8F and soma makes it worse??", "hr 122bpm??" (stop 56, a chat tuning set: it was one token, no
    # number to the context rules that read a reading in a question)
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[0-9])(?:f|c|bpm|bmp)"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("list_items")
    nlp.initialize()
    return nlp


LIST_NUMBER = re.compile(r"\d{1,2}")
HEADING_WORDS = 5  # a colon this near the start of a sentence ends a heading, not a question


@Language.component("list_items")
def list_items(doc: Doc) -> Doc:
    """Each line, and each item of a numbered list, is a sentence of its own: a question that ends a list ("- sweating
    buckets at night / - headache / huh?", "1) sweating 2) chills 3) is this withdrawal?") asks only itself, and the
    items before it are reports (stop 31: the sentencizer splits only at punctuation, so the whole list asked)."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        after_line_break = before.is_space and "\n" in before.text
        numbered = (
            LIST_NUMBER.fullmatch(token.text) is not None
            and token.i + 1 < len(doc)
            and doc[token.i + 1].text == ")"
            and before.text != "("
        )
        if (after_line_break or numbered) and not token.is_space:
            token.is_sent_start = True
    return doc


def _nouns_of(phrase: str) -> Tuple[str, ...]:
    """The nouns a one-word adjective makes, which the lexicon need not list: "jittery" -> "jitteriness",
    "queasy" -> "queasiness", "restless" -> "restlessness", "nauseous" -> "nauseousness"."""
    if " " in phrase or "-" in phrase or len(phrase) < 5:
        return ()
    if phrase.endswith("y") and phrase[-2] not in "aeiou" and not phrase.endswith("ity"):
        return (phrase[:-1] + "iness",)
    if phrase.endswith(("ous", "less", "ful", "ish")):
        return (phrase + "ness",)
    return ()


def _lemma_key(token) -> str:
    return token.lemma_ or token.lower_


def _lower_keeping_offsets(text: str) -> str:
    # lower case keeps character offsets, except for a few letters ("İ") that grow when lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def resolve_overlaps(
    spans: Iterable[Span], rank_of: Dict[str, int], apart: Iterable[FrozenSet[str]] = ()
) -> List[Span]:
    """Non-overlapping mentions, in text order. Where readings overlap, the more urgent tier wins
    ("he's in a seizure" is seizure_now, not convulsions), then the longer span, then the earlier. Each set of
    symptoms `apart` is resolved among itself only: a hint of self-harm and the overdose it overlaps are both kept
    ("took 10 soma on purpose"), and so is a part of an emergency combination and the warning symptom it overlaps
    ("8 beers and keeps falling asleep": severe drowsiness beside a drink, not only "keeps falling"); a mask hides them
    as it hides any other ("don't want to live with the side effects")."""
    spans = list(spans)
    masks = [s for s in spans if rank_of[s.label_] == Tier.MASK.rank]
    sets = [frozenset(keys) for keys in apart]
    rest = [s for s in spans if not any(s.label_ in keys for keys in sets)]
    chosen: Dict[Tuple[int, int, str], Span] = {}
    for group in [[s for s in spans if s.label_ in keys] + masks for keys in sets] + [rest]:
        taken: Set[int] = set()
        for span in sorted(group, key=lambda s: (rank_of[s.label_], -len(s), s.start)):
            if not taken.intersection(range(span.start, span.end)):
                chosen[(span.start, span.end, span.label_)] = span
                taken.update(range(span.start, span.end))
    return sorted(chosen.values(), key=lambda s: s.start)


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
        self.negation_terminators = self.terminators | {
            tuple(t.lower_ for t in self.nlp(term)) for term in lexicon.negation_terminators
        }
        self.max_terminator_len = max(len(t) for t in self.negation_terminators)
        # a time long past that opens the sentence reaches its subject's clause ("back in 2019 I had night sweats",
        # "years ago a different med gave me tremors"): the pronouns don't end its reach, a contrast still does
        # (nor does an "and" with them: "years ago i started soma and i get the shakes" is today's)
        self.opening_terminators = {t for t in self.terminators if t[0] not in SUBJECTS} | {("and",)}
        # the people a job looks after are named, and told of in relative clauses ("a patient so anxious she was
        # shaking", "ten kids a day who 'feel sick'"); the writer is someone else ("since the cat died i've been
        # shaking")
        self.work_terminators = self.terminators - {("he",), ("she",), ("they",), ("who",), ("which",)}
        # ... and a story goes on past the writer watching it and through its own events ("in the game i'm playing my
        # guy has hypothermia and the screen shakes when he shivers", "my dnd character just failed a save"), not past
        # waking from it ("dreamt i was falling and woke up drenched")
        self.story_terminators = {
            t for t in self.work_terminators if t[0] not in SUBJECTS and t not in STORY_EVENTS
        } | WAKING
        self.symptom_lemmas = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        # word for word, typo corrections included ("having a seisure"): the corrected word is the norm
        self.symptom_exact = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self.symptom_patterns = AnchoredMatcher(self.nlp.vocab)
        vocabulary: Set[str] = set()
        for symptom in lexicon.symptoms.values():
            docs = {p: self.nlp(p.text) for p in symptom.phrases}
            for exact, matcher in ((True, self.symptom_exact), (False, self.symptom_lemmas)):
                chosen = [doc for phrase, doc in docs.items() if phrase.exact == exact]
                if chosen:
                    matcher.add(symptom.key, chosen)
            derived = {noun for phrase in symptom.phrases if not phrase.exact for noun in _nouns_of(phrase.text)}
            if derived - {p.text for p in symptom.phrases}:
                self.symptom_lemmas.add(symptom.key, [self.nlp(noun) for noun in sorted(derived)])
            vocabulary |= {t.lower_ for d in docs.values() for t in d}
            if symptom.patterns:
                self.symptom_patterns.add(symptom.key, [list(p) for p in symptom.patterns])
        self.vocabulary = frozenset(vocabulary)
        self.hides = {key: s.hides for key, s in lexicon.symptoms.items() if s.hides}
        self.asked_hints = frozenset(key for key, s in lexicon.symptoms.items() if s.asked_is_a_hint)
        self.mask_keys = frozenset(key for key, s in lexicon.symptoms.items() if s.tier is Tier.MASK)
        self.not_after = {key: s.not_after for key, s in lexicon.symptoms.items() if s.not_after}
        self.fail_safe = frozenset(key for key, s in lexicon.symptoms.items() if s.fail_safe)
        # the parts of a combination that are no warning sign alone (severe drowsiness, a drink, an emptied pack): a
        # warning sign read in the same words doesn't take them away
        self.combined = (
            frozenset(
                key
                for combination in lexicon.combinations
                for key in combination.when
                if lexicon.symptoms[key].tier in (Tier.COMMON, Tier.COFACTOR)
            )
            - self.fail_safe
        )
        self.treated = frozenset(key for key, s in lexicon.symptoms.items() if s.treated_condition)
        self.rank_of = {key: s.tier.rank for key, s in lexicon.symptoms.items()}
        self.rank_of[NORMAL_READING] = len(Tier)
        self.cues = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.exact_cues = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.cue_patterns = AnchoredMatcher(self.nlp.vocab)
        self.rules_by_literal: Dict[str, ContextRule] = {}
        for index, rule in enumerate(lexicon.rules):
            key = f"cue{index}"
            self.rules_by_literal[key] = rule
            if rule.pattern is not None:
                self.cue_patterns.add(key, [list(rule.pattern)])
            else:
                (self.exact_cues if rule.exact else self.cues).add(key, [self.nlp(rule.literal)])
        question = lexicon.question
        self.question_openers = self._phrases(question.openers)
        self.experiencers = self._phrases(question.experiencers)
        self.clause_openers = self._phrases(question.clause_openers)
        self.guess_openers = self._phrases(question.guess_openers)
        self.condition_openers = self._phrases(question.condition_openers)
        self.statement_openers = self._phrases(question.statement_openers)
        self.report_markers = self._phrases(question.report_markers)
        # ... those that name who has it ("i do", "she does": "does it make you nauseous? asking cause i do")
        self.self_reports = {m for m in self.report_markers if m[0] in SUBJECTS | {"mine"}}
        self.not_a_report = self._phrases(question.not_a_report)
        self.bound_by = frozenset(question.bound_by)
        self.dropped_subject = self._phrases(question.dropped_subject)
        self.not_had_after = frozenset(question.not_had_after)
        self.how_much = self._phrases(question.how_much)
        self.informed_by = self._phrases(question.informed_by)
        if known_words is None:
            known_words = known_words_near(self.vocabulary)
        self.known_words = known_words
        self.corrector = TypoCorrector(self.vocabulary, known_words)
        # a turn reads the same texts more than once (the message, its sentences, the earlier turns):
        # each reading is kept until `forget()`, which the triager calls at the start of each turn, so
        # that no figure is measured on a message read before (the results are immutable)
        self._read = functools.lru_cache(maxsize=CACHE_SIZE)(self._read_text)
        self._only_asks = functools.lru_cache(maxsize=CACHE_SIZE)(self._only_asks_text)
        self._plain_context = functools.lru_cache(maxsize=CACHE_SIZE)(self._plain_context_text)
        self._plain = functools.lru_cache(maxsize=CACHE_SIZE)(self._plain_doc)

    # ------------------------------------------------------------------------ pipeline steps
    def _phrases(self, items: Iterable[str]) -> Set[Tuple[str, ...]]:
        """Each item as the lower-case words the tokenizer makes of it, to match word for word."""
        return {tuple(t.lower_ for t in self.nlp(item)) for item in items}

    def _doc(self, text: str) -> Tuple[Doc, Dict[str, str]]:
        doc = self.nlp(_lower_keeping_offsets(text))
        corrections = {}
        corrected_at = set()
        for token in doc:
            if token.lower_ in self.vocabulary:
                continue
            corrected = self.corrector.correct(token.lower_)
            if corrected is not None:
                corrections[token.text] = corrected
                corrected_at.add(token.i)
                token.lemma_ = _lemma_key(self.nlp(corrected)[0])
                token.norm_ = corrected
        doc.user_data[CORRECTED] = frozenset(corrected_at)
        return doc, corrections

    def _where_one_is(self, mask: Span) -> bool:
        """Is a mask of a thing none because the thing is where someone is (its `not_after`): "my son on the bus is
        seizing", "dad is on the floor shaking", but not "on the train it was shaking so much" (stop 57)?"""
        rule = self.not_after.get(mask.label_)
        if rule is None:
            return False
        before = mask.start - 1
        if before >= 0 and mask.doc[before].lower_ in rule.skipping:
            before -= 1
        after = mask.start + 1
        then_it = after < mask.end and mask.doc[after].lower_ in rule.unless_next
        return before >= 0 and mask.doc[before].lower_ in rule.words and not then_it

    def _mentions(
        self, doc: Doc, found: List[Reading]
    ) -> Tuple[List[Span], Dict[Tuple[int, int], Reading], List[Span]]:
        """The mentions, overlaps resolved; the readings behind them; and every mask matched, hiding
        all or only some symptoms (their words are no evidence for the learned part either)."""
        spans = [
            Span(doc, start, end, label=match_id)
            for matcher in (self.symptom_lemmas, self.symptom_exact, self.symptom_patterns)
            for match_id, start, end in matcher(doc)
        ]
        likenesses = [s for s in spans if s.label_ not in self.mask_keys and s[0].lower_ in LIKENESS]
        spans = [
            s
            for s in spans
            if s.label_ not in self.mask_keys
            or not (any(like.start <= s.start and s.end <= like.end for like in likenesses) or self._where_one_is(s))
        ]
        masks = [s for s in spans if s.label_ in self.mask_keys]
        # a mask that hides only some symptoms ("seize up": no seizure, still stiffness) takes their
        # mentions away and is no mention itself
        selective = [s for s in spans if self.hides.get(s.label_)]
        spans = [
            s
            for s in spans
            if not self.hides.get(s.label_)
            and not any(s.label_ in self.hides[m.label_] and s.start < m.end and m.start < s.end for m in selective)
        ]
        reading_of = {}
        for reading in found:
            span = doc.char_span(reading.start, reading.end, alignment_mode="expand")
            if span is None or reading.symptom not in self.lexicon.symptoms:
                continue
            label = reading.symptom if reading.abnormal else NORMAL_READING
            spans.append(Span(doc, span.start, span.end, label=label))
            reading_of[(span.start, span.end)] = reading
        doc.user_data[MATCHED] = [(s.start, s.end, s.label_) for s in spans if s.label_ not in self.mask_keys]
        return resolve_overlaps(spans, self.rank_of, (self.fail_safe, self.combined)), reading_of, masks

    def _cues(self, doc: Doc, mentions: List[Span]) -> List[Span]:
        # a typo is corrected to find a symptom, never a cue: "slopped coffee all over the table" is no "stopped" that
        # ends the shaking told before it (stop 34)
        corrected = doc.user_data.get(CORRECTED, frozenset())
        spans = [
            Span(doc, s, e, label=m)
            for matcher in (self.cues, self.exact_cues, self.cue_patterns)
            for m, s, e in matcher(doc)
            if not corrected.intersection(range(s, e))
        ]
        # a cue inside a symptom phrase is part of it ("can't breathe", "not breathing"), and so is a
        # negation that shares a word with one ("he is not breathing": "is not" + "not breathing"),
        # unless it is one of _KEPT_INSIDE_A_MENTION; a negation is part of a shorter match of the same
        # symptom that a longer one won over too (stop 36: "she's not breathing right, really slow" is
        # "breathing right, really slow", and its "not" belongs to "not breathing right")
        spans = [
            c
            for c in spans
            if self._category(c) in _KEPT_INSIDE_A_MENTION
            or not any(
                (m.start <= c.start and c.end <= m.end)
                or (c.start < m.end and m.start < c.end and self._category(c) is Category.NEGATED_EXISTENCE)
                for m in mentions
            )
            and not (self._category(c) is Category.NEGATED_EXISTENCE and self._in_a_match_won_over(doc, c, mentions))
        ]
        # a cause that names or runs into a warning symptom explains nothing: "is trembling a side effect? bc my
        # hands are shaking", "didn't eat much due to nausea"; a named condition that holds the mention still
        # does ("from her essential tremor": a cue written as a phrase, not a pattern)
        spans = [
            c
            for c in spans
            if not self._cause_is_a_symptom(c, mentions)
            and not self._cause_denied(c)
            and not self._cause_wondered(c)
            and not self._cause_is_a_medicine(c, mentions)
            and not self._still_ending(c)
            and not self._done_to(c, mentions)
            and not self._clause_goes_on(c)
        ]
        # what goes on, said with more after it than an end or a time, is no cue at all and hides nothing (stop 44):
        # "didn't clear up until i stopped the soma" keeps its ending, as it was before "didn't clear up" was one
        spans = [c for c in spans if not self._said_of_more(c, spans)]
        # a cue inside a longer cue is part of it: "can't stop" (PSEUDO) hides its "not", and a PSEUDO
        # cue hides any cue it overlaps ("wasn't there before" + "before soma"); other cues that only
        # overlap ("what happens if" + "if I get") both apply
        return [c for c in spans if not any(self._hides(o, c) for o in spans if o is not c)]

    def _said_of_more(self, cue: Span, spans: List[Span]) -> bool:
        """Is this GOES_ON or WORSE_ON_SOMA cue inside a longer PSEUDO one of its category, which says more follows it
        ("still going to work", "didn't go down for 3 days", "hasn't stopped talking about it"; stop 45: "had nausea
        last year but nothing like this pain in my back")?"""
        category = self._category(cue)
        return category in SAID_OF_MORE and any(
            o.start <= cue.start
            and cue.end <= o.end
            and len(o) > len(cue)
            and self._category(o) is category
            and self.rules_by_literal[o.label_].direction is Direction.PSEUDO
            for o in spans
        )

    @staticmethod
    def _in_a_match_won_over(doc: Doc, cue: Span, mentions: List[Span]) -> bool:
        """Does the cue share a word with a match of a mention's symptom that overlaps the mention but lost
        to it (a shorter one, or a later one)?"""
        return any(
            start < cue.end
            and cue.start < end
            and any(label == m.label_ and start < m.end and m.start < end for m in mentions)
            for start, end, label in doc.user_data.get(MATCHED, ())
        )

    @staticmethod
    def _compared_with(words: List[str], start: int, at: int) -> bool:
        """Does a likeness told as a clause open between `start` and `at` and run on to `at` ("heart pounding like i'd
        just run", "the way it does after a coffee")? A symptom's own words may end on its "like" (stop 45: "heart
        fluttering and galloping like i'd run up ten flights of stairs")."""
        if 0 < start <= len(words) and words[start - 1] in ("like", "as"):
            start -= 1
        for i in range(start, at):
            for opener, next_words in LIKENESS_CLAUSE_OPENERS.items():
                after = i + len(opener)
                if (
                    tuple(words[i:after]) == opener
                    and after < len(words)
                    and words[after] in next_words
                    and not SAYING & set(words[after + 1 : after + 2])
                    and not LIKENESS_CLAUSE_ENDS & set(words[after:at])
                ):
                    return True
        return False

    @staticmethod
    def _so_then(words: List[str], start: int, end: int) -> bool:
        """Is there a "so" between start and end that opens what someone did next ("so she skips", "so i stayed")?"""
        return any(
            words[i] == "so" and words[i + 1] in CONSEQUENCE_SUBJECTS for i in range(start, min(end, len(words) - 1))
        )

    def _clause_goes_on(self, cue: Span) -> bool:
        """An `ends_a_clause` cue with more of its clause after it than an end word ("because i am nervous", not
        "because i am", "cos mine are too", "cos my legs are, and")?"""
        if not self.rules_by_literal[cue.label_].ends_a_clause or cue.end >= len(cue.doc):
            return False
        after = cue.doc[cue.end]
        return after.is_alpha and after.lower_ not in CLAUSE_END_WORDS

    def _done_to(self, cue: Span, mentions: List[Span]) -> bool:
        """A `subject_only` cue named where a verb was done to it, and that does nothing after ("fed the cat and threw
        up", "walked the dog, felt sick", "took the dog out and started shaking"): what follows is the writer's. Named
        at the start of a clause, or followed by what it does or has ("a labrador who ate a sock", "a horse with colic",
        "saw a chihuahua trembling", "had a spaniel in today shaking"), it is who has the symptom."""
        if not self.rules_by_literal[cue.label_].subject_only:
            return False
        doc = cue.doc
        start = cue.start
        while start > 0 and doc[start - 1].lower_ in NAMING_WORDS:
            start -= 1
        before = doc[start - 1].lower_ if start > 0 else "."
        if before in CLAUSE_STARTS or not before.isalpha():
            return False
        after = doc[cue.end].lower_ if cue.end < len(doc) else "."
        return after not in DOING and not any(m.start == cue.end for m in mentions)

    def _cause_denied(self, cue: Span) -> bool:
        """A cause the message denies explains nothing: "no other illness going around, but I've been throwing up",
        "it's not from the gym". The denial stands in the cue's clause, at most CAUSE_DENIAL_REACH words before it
        (a cue that holds its own denial, "not the medication", names another cause and is not read here)."""
        rule = self.rules_by_literal[cue.label_]
        if rule.category is not Category.OTHER_CAUSE or rule.direction is Direction.PSEUDO:
            return False
        if any(t.lemma_ in LONG_STANDING for t in cue):
            return False  # "not for 10 years" denies the symptom in that time, not a long-standing cause
        before = [t.lower_ for t in cue.doc[max(cue.sent.start, cue.start - CAUSE_DENIAL_REACH) : cue.start]]
        breaks = [i for i, w in enumerate(before) if w in CLAUSE_BREAKS or w in (".", "!", "?")]
        before = before[breaks[-1] + 1 :] if breaks else before  # only the words of the cue's own clause
        # a denial of having it is no denial of the cause: "haven't had the shakes for 10 years"
        denied = [i for i, w in enumerate(before) if w in CAUSE_DENIALS]
        if not denied:
            return False
        said = [*before[denied[-1] :], cue[0].lower_]  # from the denial to the cause's first word
        return not any(
            w in HAVING and not (w == "been" and said[i + 1] in WHEREABOUTS) for i, w in enumerate(said[:-1])
        )

    def _cause_wondered(self, cue: Span) -> bool:
        """A cause only wondered about explains nothing, to the lexicon or the learned part: a hedge (`WONDERING`)
        within three words before it (stop 31: "vomiting since noon, maybe a virus?"), or, in a sentence that ends
        asking, a guess that opens its clause (`question.guess_openers`, stop 56, a chat tuning set): "been sweating
        buckets since yesterday, must be something i ate?", "could be hunger since i skipped lunch?". A guess told
        explains as before ("shivering, probably because i just got out of the cold pool", stop 55's red team)."""
        rule = self.rules_by_literal[cue.label_]
        if rule.category is not Category.OTHER_CAUSE or rule.direction is Direction.PSEUDO:
            return False
        doc = cue.doc
        if WONDERING & {t.lower_ for t in doc[max(0, cue.start - 3) : cue.start]}:
            return True
        if not re.search(r"\?\W*$", cue.sent.text):
            return False
        before = [t.lower_ for t in doc[cue.sent.start : cue.start] if not t.is_space]
        breaks = [i for i, w in enumerate(before) if w in CLAUSE_BREAKS or w in (".", "!", "?")]
        return self._opens(before[breaks[-1] + 1 :] if breaks else before, 0, self.guess_openers)

    def _cause_is_a_medicine(self, cue: Span, mentions: List[Span]) -> bool:
        """An open cause (`ContextRule.open_cause`) that names a medicine, a drink or Soma in its clause explains
        nothing: "my hands were shaking, that was from tramadol i think", "sweating a lot but it was from my other
        meds", "i felt shaky but that was because i drank with it". Another medicine or a drink beside Soma is the
        doctor's to weigh (stop 25); a reviewed cause (`<because> <a cause>`) may still name one ("from the
        prednisone")."""
        if not self.rules_by_literal[cue.label_].open_cause:
            return False
        doc = cue.doc
        end = next((t.i for t in doc[cue.end : cue.sent.end] if t.lower_ in OPEN_CAUSE_ENDS), cue.sent.end)
        return (
            any(t.lower_ in MEDICINE_WORDS for t in doc[cue.start : end])
            or any(
                cue.start <= m.start < end
                and m.label_ in MEDICINE_KEYS
                # a drink explains nothing only where it was taken with something: "because i drank with it", not "cuz i
                # drank 3 cofees", "bc i drank too much tequila at the wedding" (its own cause)
                and (not ALCOHOL_WORDS & {t.lower_ for t in m} or {t.lower_ for t in doc[m.end : end]} & TAKEN_WITH)
                for m in mentions
            )
        )

    def _still_ending(self, cue: Span) -> bool:
        """An ending still under way is no ending: a RESOLVED cue read by its lemma ("settled down", "wore off")
        that the message says in the progressive ("slowly settling down", "the sweats are wearing off")."""
        rule = self.rules_by_literal[cue.label_]
        if rule.category is not Category.RESOLVED or rule.pattern is not None or rule.exact:
            return False
        written = rule.literal.split()  # the cue matched it word for word by lemma: as many words
        return any(t.lower_.endswith("ing") and not w.endswith("ing") for t, w in zip(cue, written, strict=False))

    def _cause_is_a_symptom(self, cue: Span, mentions: List[Span]) -> bool:
        rule = self.rules_by_literal[cue.label_]
        if rule.category is not Category.OTHER_CAUSE or rule.direction is Direction.PSEUDO:
            return False
        return any(
            cue.start < m.end
            and m.start < cue.end
            and (rule.pattern is not None or m.start < cue.start or cue.end < m.end)
            and Tier.EMERGENCY.rank <= self.rank_of[m.label_] <= Tier.STOP.rank  # (a mask names none: stop 33)
            for m in mentions
        )

    def _hides(self, other: Span, cue: Span) -> bool:
        """Does cue `other` hide `cue`? A longer cue hides one inside it ("can't stop" hides its
        "not"); a PSEUDO cue hides any cue it overlaps ("than before" + "before I took it") but one it
        is part of ("should i worry if" inside "should i worry if my heart starts racing", stop 35); a
        cue that says how a treated condition goes is never hidden ("stiffer" inside "neck is getting
        stiffer", "less" inside "neck is less stiff"), but by one that says it is old ("new" inside "not new")."""
        inside = other.start <= cue.start and cue.end <= other.end and len(other) > len(cue)
        overlaps = other.start < cue.end and cue.start < other.end
        pseudo = self.rules_by_literal[other.label_].direction is Direction.PSEUDO
        if pseudo and self._category(other) in SAID_OF_MORE:
            return False  # `_cues` has taken away the cue it hides, and what that one hid is back
        if self._category(cue) in (Category.WORSENED, Category.ON_SOMA, Category.IMPROVED, Category.WORSE_ON_SOMA):
            # ... unless a cue on its words says it is old: "not new", "nothing new", "not worse on soma"
            # ... said inside it ("than before" inside "better than before soma") is part of it
            part_of_it = cue.start <= other.start and other.end <= cue.end
            # (a PSEUDO in the past's words hides another past, never what is new on Soma: "never had that before", stop
            # 38)
            new_on_soma = pseudo and self._category(cue) is Category.WORSE_ON_SOMA
            return overlaps and not part_of_it and self._category(other) is Category.HISTORICAL and not new_on_soma
        contains = cue.start <= other.start and other.end <= cue.end and len(cue) > len(other)
        if self._category(cue) is Category.GOES_ON:
            # ... what goes on is told in a denial's words, which a PSEUDO keeps from denying ("never went away",
            # "hasn't stopped"), or inside another reading of now ("now its worse"): only a longer PSEUDO hides it
            # ("didn't go down for 3 days")
            return inside and pseudo
        if self._category(cue) is Category.OTHER_PERSON and self._category(other) is Category.REPORT_QUESTION:
            # ... and who has it is read beside a report told in their words: "he's really sleepy" is someone else's,
            # as "he is really sleepy" is (stop 49: the experiencer "he's" hid its "he")
            return False
        if self._category(cue) is Category.NEVER_BEFORE:
            # ... and the time before is read beside the past it is part of ("before" in "before i started"), hidden
            # only by a PSEUDO ("before or since")
            return overlaps and pseudo
        return inside or (overlaps and pseudo and not contains)

    def _category(self, cue: Span) -> Category:
        return self.rules_by_literal[cue.label_].category

    def _terminated(
        self, words: List[str], start: int, end: int, terminators: Set[Tuple[str, ...]] | None = None
    ) -> bool:
        """Is there a terminator (of `terminators`, else any) that starts between token positions start (inclusive)
        and end (exclusive)? One may run on into the words at `end` (stop 36: "no appetite and feel sick", where "and
        feel" ends the denial and "feel sick" is the mention)."""
        terminators = self.terminators if terminators is None else terminators
        for size in range(1, self.max_terminator_len + 1):
            for i in range(start, min(end, len(words) - size + 1)):
                if tuple(words[i : i + size]) in terminators:
                    return True
        return False

    def _in_scope(
        self,
        words: List[str],
        cue: Span,
        mention: Span,
        same_sentence: bool,
        referred: Referred = None,
        told: FrozenSet[int] = frozenset(),
    ) -> bool:
        """Does `cue` reach `mention`? `told`: the positions of the message's symptom words."""
        rule = self.rules_by_literal[cue.label_]
        if rule.allowed_types and mention.label_ not in rule.allowed_types:
            return False
        # ... nor one told in what the symptom is likened to (nor a past told there): "heart pounding like i'd just run
        # up the stairs", "stomach churning like i'd just got off a merry go round"
        if rule.category in (Category.OTHER_CAUSE, Category.HISTORICAL) and self._compared_with(
            words, mention.end, cue.start
        ):
            return False
        # ... and what a symptom made someone do is no cause of it: "the cymbalta makes her feel sick every morning so
        # she skips breakfast" (stop 33)
        if rule.category is Category.OTHER_CAUSE and self._so_then(words, mention.end, cue.start):
            return False
        # a cause told as a clause ("because ...") explains the item it closes; one told as a time or place ("after
        # my workout", "in the heat") explains the whole sentence
        if (
            rule.category is Category.OTHER_CAUSE
            and rule.direction is Direction.BACKWARD
            and self._item_between(words, told, mention, cue)
        ):
            return False
        if rule.direction is Direction.MESSAGE:
            return True
        if rule.direction is Direction.PREVIOUS:
            return (mention.start, mention.end) in (referred or {}).get((cue.start, cue.end), ())
        if not same_sentence:
            return self._cause_told_next(cue, mention, rule)
        # SENTENCE: terminators ignored; max_scope, if given, counts tokens either way
        if rule.direction is Direction.SENTENCE:
            # ... but a cause told first is contradicted by a contrast before the symptom ("ran 5 miles yesterday but
            # today at rest my heart is still racing"; "sweating loads, but it's the heatwave" is still explained),
            # and a concession is no cause ("shivering under 3 blankets even though it's 75 degrees out")
            if rule.category is Category.OTHER_CAUSE and (
                CONTRASTS & set(words[cue.end : mention.start])
                or (CONCESSIONS | TOPIC_CHANGES) & set(words[min(cue.start, mention.end) : max(cue.start, mention.end)])
            ):
                return False
            gap = max(cue.start - mention.end, mention.start - cue.end, 0)
            return rule.max_scope is None or gap < rule.max_scope
        if cue.start < mention.end and mention.start < cue.end:  # shares words: "I had" + "had a seizure"
            # ... but what a symptom's own words show is no story: "saw a cat in my kitchen and i dont have a cat"; and
            # a hearsay's verb that is the symptom's own perceiving tells what was heard, not what was said (stop 46):
            # "i've heard voices since starting soma", "ive heard my name called when no one was there"
            # ... unless what was heard is someone who says, or is said of ("ive heard people on reddit say they heard
            # music", "i've heard voices are possible with withdrawal"): hearsay again
            if rule.category is Category.HYPOTHETICAL:
                shared = cue.doc[max(cue.start, mention.start) : min(cue.end, mention.end)]
                after = words[mention.end : mention.end + 2] + ["", ""]
                said_of = after[0] in CAUSED or (after[0] in SAID_TO_BE and after[1] in HEARSAY_PREDICATES)
                said = SAYING & set(words[mention.start : mention.end]) or said_of
                return bool(said) or not all(t.lemma_ in PERCEIVING for t in shared)
            return rule.category not in (Category.STORY, Category.AT_WORK)
        forward = cue.end <= mention.start
        # a PSEUDO cue reaches forward like the cue it resembles, but modifies nothing (see `_finding`)
        if forward and rule.direction in (Direction.FORWARD, Direction.BIDIRECTIONAL, Direction.PSEUDO):
            gap = mention.start - cue.end
            # a story names its people: "a novel where the narrator is hallucinating", "the bit where he's seeing it"
            if rule.category is Category.STORY and self.rank_of.get(mention.label_) == Tier.EMERGENCY.rank:
                ends = self.story_terminators | REAL_PEOPLE
            elif rule.category is Category.STORY:
                ends = self.story_terminators
            elif rule.category is Category.AT_WORK:
                ends = self.work_terminators
            elif rule.category is Category.NEGATED_EXISTENCE:
                ends = self.negation_terminators
            elif rule.category is Category.HISTORICAL and (cue.start == 0 or words[cue.start - 1] in {".", "!", "?"}):
                ends = self.opening_terminators
            else:
                ends = self.terminators
            return (rule.max_scope is None or gap < rule.max_scope) and not self._terminated(
                words, cue.end, mention.start, ends
            )
        backward = mention.end <= cue.start
        if backward and rule.direction in (Direction.BACKWARD, Direction.BIDIRECTIONAL):
            place = self._place(words, mention.end, cue.start, rule.category)
            after = mention.end + place
            # ... and a relative clause's subject and verb are no words between either (stop 44: "the night sweats i
            # had on effexor stopped")
            clause = self._relative_clause(words, after, rule.category)
            gap = cue.start - mention.end - place - clause
            ends = self.negation_terminators if rule.category is Category.NEGATED_EXISTENCE else self.terminators
            return (rule.max_scope is None or gap < rule.max_scope) and not self._terminated(
                words, after + clause, cue.start, ends
            )
        return False

    @staticmethod
    def _place(words: List[str], after: int, before: int, category: Category) -> int:
        """The length of where a symptom was, right after its mention ("the twitching in my eye stopped"): an ending
        reaches back over it as over no other words. Only an ending's, and only a place three words long ("in my eye",
        "of her hands"), ending before the cue."""
        if category is not Category.RESOLVED or after + 3 > before:
            return 0
        if words[after] in PLACE_PREPOSITIONS and words[after + 1] in PLACE_OWNERS and words[after + 2].isalpha():
            return 3
        return 0

    @staticmethod
    def _relative_clause(words: List[str], after: int, category: Category) -> int:
        """The length of a relative clause's subject and verb right after a mention ("the sweats i had on it went
        away"): its pronoun names who had the symptom and ends no ending's reach back to it (stop 36). Only an ending's:
        a time inside the clause tells when it was had, not whether it is back ("the nausea i had before soma is back").
        Not "i had to", a new clause."""
        if category is not Category.RESOLVED:
            return 0
        if after + 1 < len(words) and words[after] in RELATIVE_SUBJECTS and words[after + 1] in RELATIVE_VERBS:
            return 0 if after + 2 < len(words) and words[after + 2] == "to" else 2
        return 0

    @staticmethod
    def _cause_told_next(cue: Span, mention: Span, rule: ContextRule) -> bool:
        """A cause told at the start of the sentence after a symptom said alone explains it, as it would in the same
        sentence (stop 32): "Sweating buckets. It's 40 degrees here and the AC is broken", "Hands a bit shaky. Four
        espressos before 10am". Not after a longer sentence ("been sweating every night for a week. went for a run
        today"), nor a cause told later in the next one."""
        if rule.category is not Category.OTHER_CAUSE or rule.direction is not Direction.SENTENCE:
            return False
        said, after = mention.sent, cue.sent
        alone = sum(1 for t in said if not t.is_punct and not t.is_space) <= FRAGMENT_WORDS
        next_one = said.end <= after.start and not any(not t.is_space for t in cue.doc[said.end : after.start])
        return alone and next_one and cue.start - after.start < FRAGMENT_WORDS * 2

    @staticmethod
    def _item_between(words: List[str], told: FrozenSet[int], mention: Span, cue: Span) -> bool:
        """Does an item of a list stand between a symptom and a cause told after it, so that the cause explains
        that item and not the symptom: "sweating, lost interest in sex because had trouble climaxing" (stop 32)?
        The item is what follows the last comma or semicolon before the cue. One that tells a symptom itself
        ("sweaty, shaky because i just ran") or only how sure the patient is ("sweating, probably from the heat")
        passes the cause on."""
        commas = [i for i in range(mention.end, cue.start) if words[i] in (",", ";")]
        if not commas:
            return False
        item = range(commas[-1] + 1, cue.start)
        return not any(i in told for i in item) and any(
            words[i] not in CAUSE_HEDGES and any(ch.isalnum() for ch in words[i]) for i in item
        )

    def _asks(self, sentence: Span, at: int | None = None) -> bool:
        """A sentence that asks about a symptom without saying anyone has it (lexicon `question`).
        With `at` (a token's position), whether the clause holding that token asks: a comma and a
        clause opener start a question of its own, and the words before it report unless the
        sentence opens with a question or a condition ("freezing and shaking in bed, is this soma?";
        "if he can't wake up, should i call 911?" asks throughout)."""
        tokens = [t for t in sentence if not t.is_space]
        words = [t.lower_ for t in tokens]
        if not words:
            return False
        # a heading ends in a colon: "whats happening: vomiting since noon, tummy ache." tells what follows
        heading = ":" in words[:HEADING_WORDS] and words[-1] != "?"
        opens_with_question = self._opens(words, 0, self.question_openers) and not heading
        conditional = self._opens(words, 0, self.condition_openers)
        asks = words[-1] == "?" or opens_with_question
        if opens_with_question and at is not None and self._told_after_a_comma(words, tokens, at):
            return False
        told_first = not (opens_with_question or conditional) and at is not None
        if told_first and self._told_before_a_comma(words, tokens, at):
            return False
        names_someone = self._names_someone(words)
        if not asks or names_someone or opens_with_question or conditional:
            return asks and not names_someone
        # the last such clause asks: what comes before it is told, a guess at a cause among it too ("tired, prob from
        # work, but been puking all morning, normal?": stop 55's red team)
        clause = max(
            (
                i
                for i in range(1, len(words))
                if (words[i - 1] in (",", ";") and self._opens(words, i, self.clause_openers))
                or (words[i - 1] in QUESTION_BREAKS and self._told_then_guessed(words, i))
            ),
            default=None,
        )
        if clause is None:
            return True
        return at is not None and at >= tokens[clause].i

    def _told_then_guessed(self, words: List[str], at: int) -> bool:
        """Does a question clause open at `at` after "but", a comma or a semicolon, with a clause opener or a guess at a
        cause (`guess_openers`), where the words before it say when or since when (`report_markers`): "hands shaking all
        week but i think it's just stress maybe?" (stop 55, a chat tuning set)? Never a list asked about: "vomiting and
        diarrhea but are they common?", "fever or chills, i guess that's what to watch for?" (stop 55's second red
        team)."""
        opens = self._opens(words, at, self.clause_openers) or self._opens(words, at, self.guess_openers)
        return opens and _has_phrase(words[:at], self.report_markers)

    def _told_after_a_comma(self, words: List[str], tokens: List, at: int) -> bool:
        """Is the token at `at` in a clause after a comma that opens on someone, a statement after the question ("what
        do i do, i vomit every time i take it", "how long does it last, he sweats all night"), that doesn't ask or deny
        ("i want to know about nausea", "i don't get it")?"""
        for i in range(2, len(words) - 1):
            if words[i - 1] in (",", ";") and words[i] in TELLERS and at >= tokens[i].i:
                end = next((j for j in range(i + 1, len(words)) if words[j] in (",", ";")), len(words))
                return at < (tokens[end].i if end < len(tokens) else at + 1) and not _has_phrase(
                    words[i:end], self.not_a_report
                )
        return False

    def _told_before_a_comma(self, words: List[str], tokens: List, at: int) -> bool:
        """Is the token at `at` before the sentence's first comma, in words that say how much, how often or since when
        ("shaking badly, what should i do?"), and no list of symptoms asked about ("fever or chills, what ...")?"""
        comma = next((i for i, w in enumerate(words) if w == ","), None)
        if comma is None or comma < 2 or at >= tokens[comma].i:
            return False
        before = words[:comma]
        return _has_phrase(before, self.how_much) and "or" not in before and before[0] not in ASKING_FIRST

    def _asked_about(self, mention: Span) -> bool:
        """A yes/no question that opens on the symptom itself, with or without "?", naming no one: "does vomiting
        mean i should stop", "do the shakes wear off" ("do"/"does" only: "is barely breathing" reports)."""
        sentence = [t for t in mention.sent if not t.is_space]
        words = [t.lower_ for t in sentence]
        if len(words) < 3 or words[0] not in ("do", "does") or self._names_someone(words):
            return False
        opening = 2 if words[1] in ("the", "a", "an") else 1
        return sentence[opening].i == mention.start

    def _names_someone(self, words: List[str]) -> bool:
        return _has_phrase(self._without_informants(words), self.experiencers)

    def _without_informants(self, words: List[str]) -> List[str]:
        """The words without someone named only as where the question comes from, and the "me" they told: "do
        hallucinations happen with soma or is that a myth my coworker told me" names no one who has them. Only a
        teller one or two words after a possessive ("my coworker said", "my sister's nurse told me")."""
        dropped: Set[int] = set()
        for i in (i for i, word in enumerate(words) if word in POSSESSIVES):
            end = next(
                (
                    j + len(teller)
                    for j in range(i + 2, min(i + 4, len(words)))
                    for teller in self.informed_by
                    if tuple(words[j : j + len(teller)]) == teller
                ),
                None,
            )
            if end is not None and not set(words[i + 1 : end]) & TELLERS:
                told = end < len(words) and words[end] in ("me", "us")
                dropped.update(range(i, end + told))
        return [w for i, w in enumerate(words) if i not in dropped]

    def _statement_of_now(
        self, doc: Doc, cues: List[Span], mention: Span, mentions: Sequence[Span] = ()
    ) -> Span | None:
        """A sentence or clause, away from `mention`, that says someone has something now or lately,
        asking nothing and denying nothing ("I've had it since Tuesday", "he's been like this all week",
        "could soma cause a fever, mine's 38.6 now"): beside a question about a warning symptom, it makes
        the question a report (lexicon `question.report_markers`). The words of a PSEUDO cue deny nothing
        ("I had one last night, never had one before")."""
        pseudo = {
            i
            for c in cues
            if self.rules_by_literal[c.label_].direction is Direction.PSEUDO
            for i in range(c.start, c.end)
        }
        # ... and a statement held in the past says nothing of now but what it tells after its past (stop 31: "had night
        # sweats back in my twenties, all sorted long ago. is sweating a common side effect?" is a question; "i had it
        # as a kid and i've had it since tuesday" still says now)
        past_ends = [c.end for c in cues if self.rules_by_literal[c.label_].category is Category.HISTORICAL]
        for part in self._statements(doc):
            words = [t.lower_ for t in part if not t.is_space]
            if not words or part.start <= mention.start < part.end:
                continue
            # (a marker that names who, "asking cause i do", names them: stop 33; and so does a statement that drops its
            # "i've", as chat does: "is loose stool a side effect?? been going like 5 times today", stop 41)
            if not self._names_someone(words) and not _has_phrase(words, self.self_reports) and not self._own(words):
                continue
            # ... or one that says it goes on, whatever else it says (stop 45): "is shaking a side effect? my hands
            # won't stop"
            if any(
                m.label_ == ONGOING and part.start <= m.start and m.end <= part.end and _says_it_goes_on(m)
                for m in mentions
            ):
                return part
            kept = [t.lower_ for t in part if not t.is_space and t.i not in pseudo]
            after_past = max((end for end in past_ends if part.start < end <= part.end), default=part.start)
            now = [t.lower_ for t in part if not t.is_space and t.i >= after_past]
            if _has_phrase(now, self.report_markers) and not _has_phrase(kept, self.not_a_report):
                return part
        return None

    def _own(self, words: List[str]) -> bool:
        """A statement that dropped its "i've" (lexicon `question.dropped_subject`): "been going like 5 times today";
        not one of what one is on, takes or read ("been on soma 3 days", "been reading about it": `not_had_after`)."""
        for opener in self.dropped_subject:
            if self._opens(words, 0, {opener}):
                after = words[len(opener) : len(opener) + 1]
                return bool(after) and after[0] not in self.not_had_after
        return False

    def _statements(self, doc: Doc) -> Iterator[Span]:
        """The sentences that ask nothing, and the clauses that don't open a question, of every sentence:
        "could soma cause a fever, mine's 38.6 now", "does it cause diarrhoea cos i've had it since yesterday",
        and a statement run on after a question ("can soma cause seizures i had one on saturday"; not one bound
        to it: "can soma cause seizures if i had a drink")."""
        openers = (self.question_openers, self.clause_openers, self.condition_openers)
        lower = [t.lower_ for t in doc]
        for sentence in doc.sents:
            if not self._asks(sentence):
                yield sentence
            # a clause starts after a break word, or at a statement opener the word before doesn't bind, and runs to
            # the next break word ("like the one i had in the shower" is one statement, not two)
            cuts = [i for i in range(sentence.start + 2, sentence.end) if lower[i - 1] in CLAUSE_BREAKS]
            starts = cuts + [
                i
                for i in range(sentence.start + 2, sentence.end)
                if lower[i - 1] not in self.bound_by
                and lower[i - 1] not in INVERTED
                and self._opens(lower, i, self.statement_openers)
            ]
            for start in sorted(set(starts)):
                end = min((c for c in cuts if c > start), default=sentence.end)
                words = [t.lower_ for t in doc[start:end] if not t.is_space]
                if words and not any(self._opens(words, 0, o) for o in openers):
                    yield doc[start:end]

    @staticmethod
    def _opens(words: List[str], at: int, openers: Set[Tuple[str, ...]]) -> bool:
        return any(tuple(words[at : at + len(o)]) == o for o in openers)

    def forget(self) -> None:
        """Drop the readings kept so far, and the normalised texts: nothing a patient wrote outlives its turn in a
        cache (stop 48's review)."""
        for cached in (self._read, self._only_asks, self._plain_context, self._plain, normalise):
            cached.cache_clear()

    def denied_words(self, text: str) -> FrozenSet[str]:
        return self._plain_context(text)[0]

    def names_a_cause(self, text: str, symptom: str) -> bool:
        """Does the text name a cause that explains this symptom (an OTHER_CAUSE cue whose `allowed_types`, if it
        has any, hold it: exercise explains a racing heart, not seeing things)?"""
        causes = self._plain_context(text)[1]
        return ANY_SYMPTOM in causes or symptom in causes

    def masked_words(self, text: str, symptom: str) -> FrozenSet[str]:
        """The words of the masks the text matches that were reviewed as hiding this symptom by name (`hides`): a
        figure of speech in self-harm's words ("this crossword will be the death of me"), a dryness in an allergic
        reaction's ("dry eyes and chapped lips", stop 34)."""
        return frozenset(word for hidden, word in self._plain_context(text)[2] if hidden == symptom)

    def tells_why_taken(self, text: str) -> bool:
        """Does the patient say anywhere in the message why they take Soma ("that's why i'm on soma", "i take it for"),
        with more than where it treats (a `site_only` cue: "my back")? (stop 34)"""
        return any(
            self._category(c) is Category.REASON_FOR_USE and not self.rules_by_literal[c.label_].site_only
            for c in self._live_cues(self._plain(text))
        )

    def tells_it_goes_on(self, text: str) -> bool:
        """Does the message say something goes on, is back or is worse: a GOES_ON or WORSENED cue, or a RECENT one
        that says again or back ("ugh its started again", "here we go again", "its worse than ever"), not a time alone
        ("today")? (stop 51's review and red-team probes: an earlier turn's ending must not hide what a later one
        brings back)"""
        return any(
            self._category(c) in (Category.GOES_ON, Category.WORSENED)
            or (self._category(c) is Category.RECENT and RETURNING & {t.lower_ for t in c})
            for c in self._live_cues(self._plain(text))
        )

    def _live_cues(self, doc: Doc) -> List[Span]:
        """The cues of a doc that may reach a mention (not the PSEUDO ones, which only hide others)."""
        mentions, _, _ = self._mentions(doc, [])
        return [
            c for c in self._cues(doc, mentions) if self.rules_by_literal[c.label_].direction is not Direction.PSEUDO
        ]

    def tells_a_story(self, text: str) -> bool:
        """Does the text tell of a story, a dream or a screen (a STORY cue)? The learned part speaks of no warning
        symptom there (an emergency sign still): "in the film we saw last night the lead has a seizure" (stop 32)."""
        return self._plain_context(text)[3]

    def _plain_context_text(self, text: str) -> Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[Tuple[str, str]], bool]:
        """What the learned second opinion must not rest on, read in one pass over the cues:
        * the words a negation cue reaches (not one inside a symptom phrase, not a PSEUDO one), the words of a
          cue that names what it denies ("my heart rate is normal"), and the words of a mask ("my heart is not
          racing", "lock up my soma" report nothing);
        * the symptoms a cause the text names explains (an OTHER_CAUSE cue, not a PSEUDO one), wherever it names it
          ("the rollercoaster made my stomach flip"): its `allowed_types`, or ANY_SYMPTOM;
        * the words of the masks that hide a symptom by name, as (symptom, word) pairs (`masked_words`);
        * whether it tells a story (`tells_a_story`)."""
        doc = self._plain(text)
        mentions, _, masks = self._mentions(doc, [])
        words = [t.lower_ for t in doc]
        denied: Set[str] = {w for m in masks for w in _words_in(m)}
        # only a mask reviewed as hiding a symptom by name ("the death of me") keeps its words from that symptom too
        masked = frozenset((key, w) for m in masks for key in self.hides.get(m.label_, ()) for w in _words_in(m))
        causes: Set[str] = set()
        cues = self._cues(doc, mentions)
        # (a story's frame only: an animal or a patient named at work may be what is seen, "saw a dog in the kitchen,
        # we don't have a dog")
        story = any(
            self._category(c) is Category.STORY and self.rules_by_literal[c.label_].direction is not Direction.PSEUDO
            for c in cues
        )
        for cue in cues:
            rule = self.rules_by_literal[cue.label_]
            if rule.direction is Direction.PSEUDO:
                continue
            if rule.category is Category.OTHER_CAUSE:
                causes |= rule.allowed_types or {ANY_SYMPTOM}
            if rule.category is not Category.NEGATED_EXISTENCE:
                continue
            reach = rule.max_scope or 6
            if rule.direction is Direction.BACKWARD:
                denied.update(words[cue.start : cue.end])
            else:
                for i in range(cue.end, min(len(doc), cue.end + reach)):
                    if self._terminated(words, cue.end, i + 1, self.negation_terminators):
                        break
                    denied.add(words[i])
            if rule.direction in (Direction.BACKWARD, Direction.BIDIRECTIONAL):
                for i in range(cue.start - 1, max(-1, cue.start - reach - 1), -1):
                    if self._terminated(words, i, cue.start, self.negation_terminators):
                        break
                    denied.add(words[i])
        return frozenset(denied), frozenset(causes), masked, story

    def _plain_doc(self, text: str) -> Doc:
        """The normalised text's doc, without typo corrections: what `denied_words` and `only_asks`
        read (neither changes it)."""
        return self.nlp(_lower_keeping_offsets(normalise(text).text))

    def only_asks(self, text: str) -> bool:
        return self._only_asks(text)

    def asks_something(self, text: str) -> bool:
        """Does any sentence ask something, symptom or not: a "?", the lexicon's question openers at its start, or its
        clause openers after a comma ("she gave away her old sofa last week, can she take soma with her new meds")?"""
        for sentence in self._plain(text).sents:
            words = [t.lower_ for t in sentence if not t.is_space]
            if words and (
                words[-1] == "?"
                or self._opens(words, 0, self.question_openers)
                or any(
                    words[i - 1] in (",", ";") and self._opens(words, i, self.clause_openers)
                    for i in range(1, len(words))
                )
            ):
                return True
        return False

    def _only_asks_text(self, text: str) -> bool:
        """Does every sentence of the message ask, naming no one who has a symptom, or open with a what-if
        cue ("will soma affect my breathing since i have copd?") and reveal nothing (no REPORT_QUESTION cue)?"""
        doc = self._plain(text)
        sentences = [s for s in doc.sents if any(not t.is_space and not t.is_punct for t in s)]
        statements = [s for s in sentences if not self._asks(s)]
        if not sentences or not statements:
            return bool(sentences)
        # the cues are read only where a sentence doesn't ask by its words alone (most messages that get here ask)
        cues = self._live_cues(doc)
        return all(self._opens_a_what_if(s, cues) for s in statements)

    def _opens_a_what_if(self, sentence: Span, cues: List[Span]) -> bool:
        """Does a HYPOTHETICAL cue open the sentence ("can soma make", "what if"), with no cue that reveals a report?"""
        first = next(t.i for t in sentence if not t.is_space)
        inside = [c for c in cues if sentence.start <= c.start < sentence.end]
        return any(c.start == first and self._category(c) is Category.HYPOTHETICAL for c in inside) and not any(
            self._category(c) is Category.REPORT_QUESTION for c in inside
        )

    def _status(
        self, key: str, categories: Set[Category], words: Sequence[str] = (), sentence: Sequence[str] = ()
    ) -> Status:
        """A mention's status from the categories of the cues that reach it. Fail-safe: a hedge
        keeps a mention present; an emergency sign is never explained away by another cause; a
        `fail_safe` symptom (self-harm) is never read as anything but present."""
        symptom = self.lexicon.symptoms[key]
        if symptom.fail_safe:
            return Status.PRESENT
        hedged = Category.POSSIBLE_EXISTENCE in categories
        status = Status.PRESENT
        # a mention made only of words that name the treated condition ("muscle spasms") is the reason
        # for use where its sentence names a site Soma treats and no other ("spasms in my lower back",
        # not "spasms in my legs"), or where a cue says so; never when new, worse or all over
        names_it = bool(words) and set(words) <= symptom.treated_words
        at_site = names_it and bool(symptom.treated_sites & set(sentence)) and not symptom.other_sites & set(sentence)
        treats = symptom.treated_condition and (not symptom.treated_words or names_it)
        # ... new or worse on Soma is a report, begun on Soma too, unless better since ("much better since starting
        # soma")
        new = bool(categories & {Category.WORSENED, Category.WORSE_ON_SOMA}) or (
            Category.ON_SOMA in categories and Category.IMPROVED not in categories
        )
        if treats and (at_site or categories & {Category.REASON_FOR_USE, Category.IMPROVED}) and not new:
            status = Status.TREATED
        # a hedged or revealing question is still a report: only a plain what-if is hypothetical
        if Category.HYPOTHETICAL in categories and not categories & {
            Category.REPORT_QUESTION,
            Category.POSSIBLE_EXISTENCE,
        }:
            status = Status.HYPOTHETICAL
        # ... another cause or a past episode explains nothing the drug made worse ("my parkinson's tremor is much worse
        # since starting soma", "had the sweats before, way worse on soma")
        worse_on_soma = Category.WORSE_ON_SOMA in categories
        # ... nor one it has outlasted (stop 39): "back from the gym and my heart is racing, still 130 after an hour
        # resting"
        outlasts = Category.OUTLASTS_CAUSE in categories
        if Category.OTHER_CAUSE in categories and symptom.other_cause_explains and not worse_on_soma and not outlasts:
            status = Status.HISTORICAL
        if Category.RESOLVED in categories and Category.RECENT not in categories and symptom.ending_explains:
            status = Status.HISTORICAL
        # ... nor does a denial hold that the drug ended: "i never had any of these tremors until i started soma" (stop
        # 37's review) is new on Soma; nor one of the time before (stop 38): "i never had the shaking before soma"
        never_before = {Category.NEVER_BEFORE, Category.NEGATED_EXISTENCE} <= categories
        begun = Category.BEGUN_ON_SOMA in categories or never_before
        # ... nor one that goes on now, said of a warning symptom (stop 44): "had the sweats before i started soma and
        # they havent stopped", "had restless legs in my 20s and theyve come back"
        goes_on = Category.GOES_ON in categories and symptom.tier in (Tier.STOP, Tier.EMERGENCY)
        if Category.HISTORICAL in categories and not worse_on_soma and not begun and not goes_on:
            status = Status.HISTORICAL
        if Category.NEGATED_EXISTENCE in categories and not hedged and not begun:
            status = Status.NEGATED
        # a warning symptom of someone in a story, a dream or on a screen (stop 32), unless it began on Soma; and (stop
        # 33) an emergency sign of the story's own people, which the triage asks about rather than alarms on
        # (`_in_scope`: a run-on that names the writer or their people is their own, "watching a movie where he gets
        # shot my dad collapsed")
        warning = symptom.tier is Tier.STOP
        on_soma = bool(categories & {Category.ON_SOMA, Category.WORSE_ON_SOMA})
        if symptom.tier in (Tier.STOP, Tier.EMERGENCY) and Category.STORY in categories and not on_soma:
            status = Status.HYPOTHETICAL
        # ... or of the people and animals a job looks after, unless told as begun on Soma, new or getting worse: a
        # carer's report
        if warning and Category.AT_WORK in categories and not on_soma and Category.WORSENED not in categories:
            status = Status.HYPOTHETICAL
        return status

    def _referred(self, cues: List[Span], mentions: List[Span], words: List[str], sentence_of: List[int]) -> Referred:
        """What each PREVIOUS cue refers back to ("threw up once when I started, didn't happen again", "had the
        shakes on day one but that stopped"): the nearest symptom before it in its sentence, within its scope,
        and the mentions of that one's clause (no terminator between them). A cue that is a sentence of its own refers
        to the sentence before ("heart pounded a bit the first night. Nothing since.", stop 34; not "Nothing since i
        took it helped"), and so does one that opens with a word pointing back, or in a sentence that does, where no
        symptom is told before it ("my hands were a bit shaky on monday. it had gone by tuesday and hasnt come back",
        "my tummy was off the first day. day 2 onwards normal, that was 3 weeks ago", stop 35)."""
        referred = {}
        for cue in cues:
            rule = self.rules_by_literal[cue.label_]
            if rule.direction is not Direction.PREVIOUS:
                continue
            sentence = sentence_of[cue.start]
            opens = cue.start == 0 or sentence_of[cue.start - 1] != sentence
            alone = opens and all(
                re.fullmatch(r"\W*", words[i]) for i in range(cue.end, len(words)) if sentence_of[i] == sentence
            )
            opening = (
                w for i, w in enumerate(words) if sentence_of[i] == sentence and w not in OPENERS and w.strip(",.")
            )
            points_back = next(opening, "") in POINTING_BACK or words[cue.start] in POINTING_BACK
            # a spell said to go on refers to the nearest thing told, and where that is an effect a mask names, to it
            # alone: "racing heart is gone, brain zaps still hang around" (stop 50) says nothing more of the heart
            tiers = TOLD_TIERS | {Tier.MASK} if rule.category in GOES_ON_OR_RECENT else TOLD_TIERS
            before = []
            for told_in in (sentence, sentence - 1) if alone or points_back else (sentence,):
                before = [
                    m
                    for m in mentions
                    if m.end <= cue.start
                    and sentence_of[m.start] == told_in
                    and (rule.max_scope is None or cue.start - m.end < rule.max_scope)
                    and m.label_ in self.lexicon.symptoms
                    and self.lexicon.symptoms[m.label_].tier in tiers
                ]
                if before:
                    break
            if before:
                nearest = max(before, key=lambda m: m.end)
                referred[(cue.start, cue.end)] = (
                    set()
                    if self.lexicon.symptoms[nearest.label_].tier is Tier.MASK
                    else {(m.start, m.end) for m in before if not self._terminated(words, m.end, nearest.start)}
                )
        return referred

    def _finding(
        self,
        words: List[str],
        mention: Span,
        cues: List[Span],
        sentence_of: List[int],
        norm: Normalised,
        referred: Referred = None,
        told: FrozenSet[int] = frozenset(),
    ) -> Finding:
        """Read one mention in the light of the cues that reach it, and of its sentence. `told`: the positions
        of the message's symptom words."""
        applying = [
            (self.rules_by_literal[c.label_], c)
            for c in cues
            if self._in_scope(words, c, mention, sentence_of[c.start] == sentence_of[mention.start], referred, told)
        ]
        categories = {rule.category for rule, _ in applying if rule.direction is not Direction.PSEUDO}
        asks = self._asks(mention.sent, mention.start) or self._asked_about(mention)
        if asks:
            categories.add(Category.HYPOTHETICAL)
        start, end = norm.span(mention.start_char, mention.end_char)
        symptom = self.lexicon.symptoms[mention.label_]
        return Finding(
            symptom=symptom.key,
            name=symptom.name,
            tier=symptom.tier,
            text=norm.source[start:end],
            start=start,
            end=end,
            status=self._status(
                symptom.key,
                categories,
                [t.lemma_ for t in mention] + [t.lower_ for t in mention],
                # the sentence's words matter only to a symptom with treated sites (spasms)
                [t.lemma_ for t in mention.sent] + [t.lower_ for t in mention.sent] if symptom.treated_sites else (),
            ),
            cues=(
                *(("QUESTION: the sentence asks",) if asks else ()),
                *(f"{_label(rule)}: {cue.text}" for rule, cue in applying),
            ),
            other_person=Category.OTHER_PERSON in categories,
            uncertain=Category.POSSIBLE_EXISTENCE in categories,
            source=self.lexicon.advice_for(symptom),
        )

    def _lists(self, findings: List[Finding], mentions: List[Span], words: List[str]) -> List[Finding]:
        """The items of a list share the reading of its first when that one is denied, asked about or
        in the past: "no fever, chills or anything", "what if I get a fever, chills or sweats"."""
        findings = list(findings)
        for i in range(1, len(findings)):
            before, this = findings[i - 1], findings[i]
            gap = words[mentions[i - 1].end : mentions[i].start]
            joined = len(gap) <= LIST_GAP and all(w in LIST_JOINERS for w in gap)
            joined = joined and not INSTEAD & set(words[mentions[i].end : mentions[i].end + 2])
            symptom = self.lexicon.symptoms[this.symptom]
            if joined and before.status in LIST_STATUSES and this.status is Status.PRESENT and not symptom.fail_safe:
                if before.status is Status.HISTORICAL and not symptom.other_cause_explains:
                    continue
                # (stop 48's red-team probes) a reading is a measurement: it shares the past or the cause of an item of
                # its own symptom only ("so hot and sweaty, temp is 38.2": the heat explains the sweat, not 38.2 °C)
                if this.origin is Origin.VITALS and before.symptom != this.symptom:
                    continue
                cue = f"LIST: as '{before.text}', {before.status.value}"
                findings[i] = _with(this, status=before.status, cues=(*this.cues, cue))
        return findings

    def _reported_questions(
        self, findings: List[Finding], mentions: List[Span], doc: Doc, cues: List[Span]
    ) -> List[Finding]:
        """A question about a warning symptom beside a statement of now is a report: "can soma cause
        diarrhea? I've been on the toilet since Tuesday". Warning symptoms only: an emergency asked
        about ("what are the signs of an overdose?") stays a question."""
        asked = [
            i
            for i, f in enumerate(findings)
            if f.status is Status.HYPOTHETICAL
            and f.tier is Tier.STOP
            and not self.lexicon.symptoms[f.symptom].fail_safe
            # (a story's or a job's people are no question: "half my residents had diarrhoea. can i take soma?")
            and not f.told_as(Category.STORY, Category.AT_WORK)
        ]
        if not asked:
            return findings
        findings = list(findings)
        for i in asked:
            statement = self._statement_of_now(doc, cues, mentions[i], mentions)
            if statement is not None:
                cue = f"REPORT_QUESTION: beside '{statement.text.strip()[:40]}'"
                findings[i] = _with(findings[i], status=Status.PRESENT, cues=(*findings[i].cues, cue))
        return findings

    def _combined(self, findings: List[Finding]) -> List[Finding]:
        added: List[Finding] = []
        for combination in self.lexicon.combinations:
            # a hint of self-harm is never lowered by a question, and neither is a means asked after beside it
            # (`asked_is_a_hint`): "can i mix it with vodka? i just want to sleep for a long long time" (stop 55); a
            # goodbye or affairs only asked about are none ("should i sign the house over to my kids?", its review)
            fail_safe = self.lexicon.symptoms[combination.then].fail_safe
            present = {
                f.symptom: f
                for f in findings + added
                if f.status is Status.PRESENT
                or (fail_safe and f.status is Status.HYPOTHETICAL and f.symptom in self.asked_hints)
            }
            if combination.someone_else and not all(k in present and present[k].other_person for k in combination.when):
                continue
            if any(k in present for k in combination.unless):
                continue
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
        return self._read(text)

    def _read_text(self, text: str) -> Triage:
        norm = normalise(text)
        doc, corrections = self._doc(norm.text)
        mentions, reading_of, _ = self._mentions(doc, readings(doc.text))
        if not mentions:
            return Triage(Level.NONE, (), corrections)
        cues = self._cues(doc, mentions)
        if any(self._category(c) is Category.AT_WORK for c in cues) and THEIR_SOMA.search(doc.text):
            # the people or animals a job looks after are a story only while none of them is said to take Soma: "one of
            # my residents has had diarrhoea since her soma went up" is a carer's report
            cues = [c for c in cues if self._category(c) is not Category.AT_WORK]
        sentence_of = list(itertools.accumulate(int(bool(t.is_sent_start)) for t in doc))
        words = [t.lower_ for t in doc]
        referred = self._referred(cues, mentions, words, sentence_of)
        told = frozenset(i for m in mentions for i in range(m.start, m.end))
        findings = []
        for mention in mentions:
            reading = reading_of.get((mention.start, mention.end))
            if mention.label_ == NORMAL_READING:
                mention = Span(doc, mention.start, mention.end, label=reading.symptom)
            finding = self._finding(words, mention, cues, sentence_of, norm, referred, told)
            # tablets said to have been taken report, in a question too ("is it safe to drive? took 6 tonight");
            # a what-if ("what if i took 6") still asks
            taken = reading.taken if reading is not None else said_taken(doc.text, mention.start_char)
            if (
                taken
                and finding.symptom == "overdose"
                and finding.status is Status.HYPOTHETICAL
                and not any(c.startswith(Category.HYPOTHETICAL.value) for c in finding.cues)
            ):
                finding = _with(finding, status=Status.PRESENT, cues=(*finding.cues, "REPORT_QUESTION: said as taken"))
            if reading is not None:
                status = finding.status if reading.abnormal else Status.NEGATED
                finding = _with(
                    finding, status=status, origin=Origin.VITALS, cues=(f"READING: {reading.meaning}", *finding.cues)
                )
            findings.append(finding)
        findings = self._lists(findings, mentions, words)
        findings = self._reported_questions(findings, mentions, doc, cues)
        findings = self._combined(findings)
        return Triage(_level(findings), tuple(findings), corrections)


def _says_it_goes_on(ongoing: Span) -> bool:
    """Do the words of an `ongoing` mention say it goes on ("won't stop", "again"), or that a second one began ("started
    a second one"), not only when ("right now", "for minutes", "right this second")?"""
    words = {t.lower_ for t in ongoing}
    return bool(GOING_ON & words) or ("a" in words and bool(ANOTHER_BEGUN & words))


def _has_phrase(words: Sequence[str], phrases: Set[Tuple[str, ...]]) -> bool:
    """Does `words` hold one of `phrases` word for word?"""
    sizes = {len(p) for p in phrases}
    return any(tuple(words[i : i + size]) in phrases for size in sizes for i in range(len(words) - size + 1))


def _with(finding: Finding, **changes) -> Finding:
    from dataclasses import replace

    return replace(finding, **changes)


def _label(rule: ContextRule) -> str:
    return Direction.PSEUDO.value if rule.direction is Direction.PSEUDO else rule.category.value


_LEVEL_OF_TIER = {Tier.EMERGENCY: Level.EMERGENCY, Tier.STOP: Level.STOP, Tier.COMMON: Level.COMMON}


def _level(findings: List[Finding]) -> Level:
    present = [f.tier for f in findings if f.status is Status.PRESENT and f.tier in _LEVEL_OF_TIER]
    if present:
        return _LEVEL_OF_TIER[min(present, key=lambda t: t.rank)]
    if any(f.status is Status.HYPOTHETICAL and f.tier not in (Tier.COFACTOR, Tier.MASK) for f in findings):
        return Level.QUESTION
    return Level.NONE


@functools.cache
def default_detector() -> SymptomDetector:
    """The detector over the project's lexicon, built once per process (tests, `make explain`)."""
    return SymptomDetector(load_lexicon())
