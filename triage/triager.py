"""The whole triage of one message: the lexicon's detector, then the learned second opinion, in
the light of the conversation's previous turns. What the NLU component runs, and what `make eval`
scores.

    text -> detector (normalise, lexicon phrases and patterns, readings, context rules)
         -> the learned second opinion (triage/learned.py), for symptoms the lexicon can't place:
            above its raise threshold it raises (an emergency sign to the emergency tier, a warning
            symptom to the stop tier); above its ask threshold the assistant asks about it (CHECK).
            Self-harm is raised from the ask threshold: any hint gets the emergency reply. It never
            lowers what the lexicon found, and never speaks about a symptom the lexicon has read
            (negated, asked about, in the past), nor in a sentence that only asks, nor on words a
            negation reaches (self-harm excepted: a question or a denial can be a hint).
         -> previous turns: "yes" to the assistant's question about a suspected symptom reports it;
            a message read together with the patient's previous one may report something neither
            reports alone ("my heart" / "is racing"); a symptom already reported is not new.
"""

from __future__ import annotations

import json
import re
import shutil
import tarfile
import tempfile
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import AbstractSet, Dict, FrozenSet, Iterable, List, Sequence, Set, Tuple

from triage import training
from triage.detector import MEDICINE_KEYS, ONGOING, SymptomDetector
from triage.learned import LearnedOpinion, Opinion, learned_words
from triage.lexicon import DEFAULT_LEXICON_DIR, FILES, Category, Tier, load_lexicon
from triage.normalise import normalise
from triage.numbers import as_taken, said_meant
from triage.result import Finding, Level, Origin, Status, Triage

KNOWN_WORDS_FILE = "known_words.json"
SEVERE_DROWSINESS, UNRESPONSIVE = "severe_drowsiness", "unresponsive"
SELF_HARM = "self_harm"
# a goodbye or an apology out of nowhere (a lexicon cofactor): with an emptied pack, affairs wound up or the most one
# can take, a hint of self-harm (its combinations); alone, the question with the crisis line (`_a_goodbye`). Affairs
# wound up alone are ordinary life ("tying up loose ends at work before my holiday")
FAREWELL = "farewell"
MUSCLE_STIFFNESS = "muscle_stiffness"
# a stiffness told as severe: locked, seized, rigid or solid, or a part that can't be turned or moved (stop 34)
_SEVERE_STIFFNESS = re.compile(
    r"\b(?:lock(?:ed|ing|s)?|seiz(?:ed|ing)|rigid|solid|frozen|welded|(?:ca|could|wo)n'?t\s+(?:turn|move|bend|lift))\b",
    re.I,
)
HISTORY_TURNS = 2  # previous patient messages read together with a new one
# an opinion must rest on at least one other word than these: who took what when is not a symptom
# ("I take it three times a day", "my husband took his soma")
FUNCTION_WORDS = frozenset(
    "i me my it its it's a an the and or to of in on at for with is am are was be been have has had do did "
    "take took taken taking soma carisoprodol pill pills tablet tablets dose doses mg 250 350 one two three four "
    "five time times a day days daily week weeks hour hours minute minutes min mins second seconds today tonight "
    "morning night every each per "
    "he she him her his hers they them their we us our you your husband wife partner boyfriend girlfriend "
    "mum mom mother dad father son daughter kid kids child brother sister friend grandma grandad grandpa "
    "what how why when if can could would will does should shall may might happen happens happened get gets "
    # ("because": stop 34's review, "split the pill in half bc the full one was too much" was an overdose on it)
    "make makes much many too any ok okay normal so just also some few couple bit because "
    # ... nor on who, said as a contraction (stop 30: "he's fine now, having a cup of tea" was a seizure happening now)
    "he's she's i'm im they're we're you're "
    # ... nor on a question word said as a contraction (stop 35: "whats the half life", the half-life a mask, was a hint
    # of self-harm on "what's" alone)
    "what's whats how's hows where's wheres who's whos".split()
)
# ... nor, for any but a hint of self-harm, on a "not" alone (stop 34: "insurance won't cover the brand" was someone who
# won't wake, once the denied words were left out)
NEGATIONS = frozenset("not no never n't won't wont can't cant don't dont didn't didnt isn't isnt wasn't wasnt".split())
# ... nor, for any but a hint of self-harm, on the words of a dose taken as told: "like the label says", "what the
# script says" (stop 28: the learned part called these overdoses; not "bottle", which real overdoses rest on)
DOSE_WORDS = frozenset("label script prescribed prescription instructions directions directed".split())
# ... nor, for any but a hint of self-harm, on when or how often: where the lexicon read no warning sign, an opinion
# must still hold on the part without these words (stop 31: the learned part read "having ... now" and "again" as a
# seizure happening now: "having back pain again" and "having lunch now then my dose" got the emergency reply). No
# symptom is a when; but beside a warning sign, "still" and "won't stop now" may be what makes it an emergency, and
# read with the earlier turns they answer them ("still?" / "yes still").
WHEN_WORDS = frozenset(
    "having now again still right then since currently moment today tonight yesterday keeps keep "
    "kept always usually sometimes lately recently".split()
)
# The learned part's false-alarm budgets, (ask, raise): the share of messages reporting nothing (in
# cross-validation at training time) that may score above the threshold. A missed emergency sign
# costs more than a false alarm, so emergency signs are raised where stop symptoms are only asked
# about; a hint of self-harm more still (it is raised from its ask threshold, with a wider budget).
FALSE_ALARM_BUDGETS = {"stop": (0.01, 0.002), "emergency": (0.01, 0.01), "fail_safe": (0.02, 0.02)}
# ... and whatever its budget says, a hint of self-harm the model finds at least as likely as not is raised:
# the quantile of a budget moves with the training data (0.496 -> 0.527 when other symptoms gained phrases)
FAIL_SAFE_CEILING = 0.5
# words that only link a time or a place to what happened: no opinion rests mainly on them (`_rests_on_content`)
LINKING_WORDS = frozenset("after before into onto from during until till since about".split())
MIN_WORDS_TO_RAISE = 4  # content words (not FUNCTION_WORDS) a learned opinion needs to raise
# a hint of self-harm heard only in FUNCTION_WORDS is raised from this score; below it, the question with a crisis line
# ... and so is one heard only in these too, that say who has, not what (stop 51: "ive got a" 0.74 on "i've" and "got",
# the first of a report split over three messages, got the emergency reply). Never a going, a doing or a time: "im
# tired of fightin, think im gonna let go" rests on "go" (a tuning set's hint), "about to do it" on "about" and "ill do
# it" on "ill" (stop 51's review of the change: both lost their emergency reply in a first version)
BARE_WORDS = FUNCTION_WORDS | frozenset("i've ive got gotten".split())
BARE_HINT_TO_RAISE = 0.75
# ... and no reading is raised on the words of a measure taken, without its number (stop 51, a chat tuning set: "just
# checked my temperature with the ear thermometer" was a fever at 0.99, "my watch is showing my resting heart rate" a
# fast heartbeat, before the number came in the next message): the question, whose Yes is the stop reply
MEASURE_WORDS = frozenset(
    "temperature temp temps thermometer heart rate hr pulse bpm resting watch fitbit monitor oximeter reading readings "
    "checked check checking took taking measured measuring ear forehead oral".split()
)


def _only_a_measure(key: str, opinion: Opinion, part: str) -> bool:
    """Does an opinion of a reading (a fever, a fast heartbeat) rest only on the words of a measure taken
    (`MEASURE_WORDS`), or on a message that only announces a question about one (stop 52, a chat tuning set: "quick
    question about my pulse" was a fast heartbeat at 0.80 on "pulse" and "quick"), read alone or with what follows it
    (stop 53, a chat tuning set: "quick question about my pulse" / "checked it on my watch" was one at 0.62)?"""
    if key not in MEASURES:
        return False
    announced = {w for line in part.splitlines() if A_QUESTION.match(line) for w in learned_words(line)}
    return not set(opinion.evidence) - MEASURE_WORDS - FUNCTION_WORDS - announced


# a message that announces a question about something and says nothing of it ("quick question about my pulse"; never
# one that goes on to say it: "quick q about my pulse going like a jackhammer", stop 52's second review of the change)
A_QUESTION = re.compile(
    r"^\W*(?:(?:a|one|another|quick|quik|random|small|little|silly|dumb|stupid)\s+)*(?:question|q|qq)\s+"
    r"(?:about|re|regarding|on|for)\s+(?:(?:my|his|her|the|a|your)\s+)?(?:resting\s+)?\w+(?:\s+rate)?\W*$",
    re.I,
)
# a greeting and nothing more, which the learned part never hears (`Triager._alone`)
GREETING = re.compile(
    r"^\W*(?:hi|hey|hello|hiya|heya|yo|howdy|good (?:morning|afternoon|evening))"
    r"(?:\W+(?:there|all|again|everyone))?\W*$",
    re.I,
)
# a message cut off after the heart it is about, before what was to be said of it ("hey so since i started the soma my
# heart" / "its pounding like crazy": stop 52, a chat tuning set): too little to raise a fast heartbeat on, the question
# instead. Only after a word that leaves it the subject: never a chest or a heart that something was said to do
# ("something is crushing my chest", "it hurts my heart": stop 52's review of the change)
CUT_OFF = re.compile(
    r"(?:^|\b(?:soma|so|and|but|now|then|also|like|um+|uh+|hey|ok|okay|lol|idk|well|plus|lately|today|tonight|rn"
    r"|since|cuz|because|bc)\s+)(?:my|his|her)\s+(?:heart(?: rate)?|pulse)\W*$",
    re.I,
)
# ... and said nothing of before: no word of how it goes ("thudding like a jackhammer nonstop since my soma dose and my
# heart" is told: stop 52's second review of the change)
HOW_IT_GOES = re.compile(
    r"\d|\b(?:rac\w*|pound\w*|thud\w*|thump\w*|hammer\w*|jackhammer|flutter\w*|skip\w*|fast|quick|speed\w*"
    r"|beat\w*|palpitat\w*|gallop\w*|bang\w*|drum\w*|flip\w*|nonstop|crazy|wild|mile)\b",
    re.I,
)


def _content_words(text: str) -> List[str]:
    return [w for w in re.findall(r"[a-z']+", normalise(text).text.lower()) if w not in FUNCTION_WORDS]


# symptoms the lexicon reads as one: where it placed either, the learned part speaks of neither
RELATED = {"convulsions": ("seizure_now",), "seizure_now": ("convulsions",)}
# ... and the stomach's two, which patients tell in the same words: where the lexicon placed one, the learned part hears
# the other only without the clause that told it (stop 43: "felt like i was going to hurl the first 3 days, after that
# smooth sailing" is vomiting over, no nausea; "didn't puke but my stomach felt awful" is still nausea)
TOLD_ALIKE = {"nausea": "vomiting", "vomiting": "nausea"}
_CLAUSE_BREAK = re.compile(r"[,.;:!?]|\b(?:but|though|although|however|yet|whereas|since|then)\b", re.IGNORECASE)

# answers to "It sounds like ... Is that right?": unsure counts as yes (a missed report is worse)
YES = {
    "yes", "yeah", "yea", "yep", "yup", "y", "ya", "yes please", "correct", "right", "that's right", "thats right",
    "exactly", "true", "i think so", "think so", "maybe", "possibly", "probably", "sort of", "kind of", "kinda",
    "a bit", "a little", "not sure", "i'm not sure", "im not sure", "don't know", "i don't know", "idk", "dunno",
    "definitely", "absolutely", "uh huh", "yes it is", "it is", "i am", "he is", "she is", "they are", "affirmative",
    "yes, that's right", "that's it", "spot on", "sure", "ok yes", "yes i am", "yes he is", "yes she is",
    "affirm",  # the Yes button's payload, as a public channel passes it on (read as a word, never an intent)
}  # fmt: skip
NO = {"no", "nope", "nah", "n", "not really", "no it's not", "no its not", "no it isn't", "wrong", "not at all",
      "no that's not it", "no, that's not it", "that's not it", "no i'm not", "no im not", "no he isn't",
      "no she isn't", "negative", "i'm fine", "im fine", "deny"}  # fmt: skip


# The words of a thanks, of an okay that takes a reply in, and of a call made: the vocabularies below are built from
# them, so a word added here is added everywhere it belongs
THANKS = frozenset(
    # (stop 36) "thankyou", "much appreciated"; (stop 39) "ta"
    # (stop 53, a chat tuning set) "thnk you"
    "thanks thank thx ty cheers thankyou tysm appreciate appreciated ta thnk thnks thanx tnx thks".split()
)
# (stop 39) "noted"; (stop 49) "bet", an okay in slang
TAKEN_IN = frozenset("ok okay k kk alright sure right got it understood aye noted gotcha bet".split())
CALLS = frozenset("calling called ringing rang phoning phoned dialling dialing".split())


# An emergency stays open until the patient closes it: a follow-up that tells more ("he's 84", "she's still asleep",
# "i just want it to stop") or asks what to do next gets the emergency reply again, never general guidance. These
# close it (or ask for something else): a thank-you or an okay, a call made, help arrived, a summary or an explanation.
CLOSING_WORDS = (
    THANKS
    | TAKEN_IN
    | CALLS
    | frozenset("will do done yes yeah yep you u so much i we bye goodbye now on my their way".split())
    | frozenset("doing that going i'm im we're our".split())
)
_CALLED = r"\b(?:call(?:ed|ing)?|ring(?:ing)?|rang|phon(?:e|ed|ing)|dial(?:l?ed|l?ing)|text(?:ed|ing))\b.{0,30}"
_HELP_LINE = (
    r"(?:911|999|112|000|111|988|ambulance|emergency|ems|poison|paramedics?|doctor|gp|nurse|helpline|samaritans)"
)
CLOSING = re.compile(
    _CALLED + rf"\b(?:{_HELP_LINE}|them)\b"
    # (stop 47) "911 on the phone now", "on the line with poison control"
    rf"|\b{_HELP_LINE}\b.{{0,20}}\bon the (?:phone|line)\b"
    rf"|\bon the (?:phone|line) (?:with|to)\b.{{0,20}}\b{_HELP_LINE}\b"
    r"|\b(?:ambulance|paramedics?|ems|help|police|they)\b.{0,20}"
    r"\b(?:here|coming|arrived|on (?:the|their|its) way|outside)\b"
    # (stop 49, a chat tuning set) help walked in, being taken in, and the number rung now: "paramedics just walked in",
    # "my husband is taking me in now", "ok 911 now" (said, not asked). Not anyone who walked in ("they walked in on him
    # like this an hour ago"), nor "taking them in an hour" (the tablets), "bringing her in the house", "... to work",
    # nor 112 or 000, which are a pulse too (stop 49's review of the change)
    r"|\b(?:ambulance|paramedics?|ems|crew)\b.{0,20}\b(?:walked in|came in|got here|just got here)\b"
    r"|\b(?:taking|driving|bringing|rushing) (?:me|him|her|us) in\b"
    r"(?!\W*(?:to|for)\b(?!\W*(?:the\W+)?(?:hospital|er|a&e|urgent care|emergency|ed)\b))"
    r"(?=\W*(?:now|rn|right now)?\W*(?:$|thanks|thank|thx|ty|cheers|\.|!|,|to\b))"
    r"|^\W*(?:ok|okay|k|calling|ringing|dialing|dialling)?\W*\b(?:911|999|988)\s+(?:now|rn|right now)[.! ]*$"
    r"|\b(?:at|in|to) (?:the )?(?:hospital|er|a&e|emergency room|emergency department|ed)\b"
    # seen and cleared by those who came (stop 30): "the doctor saw him, all normal, he's home", "paramedics checked
    # her and said she's okay to stay home", "the hospital kept her a few hours, she's back home"
    r"|\b(?:doctors?|gp|paramedics?|crew|nurses?|hospital|a&e|er|ambulance)\b.{0,40}"
    r"\b(?:saw|seen|checked|examined|cleared|discharged|kept|said|ran)\b.{0,60}"
    r"\b(?:fine|normal|ok|okay|alright|all right|home|clear)\b"
    r"|\b(?:summary|summarise|summarize|print)\b",
    re.I,
)
# ... and an okay, then what the patient will do: "ok i'll keep him awake", "alright we're going now"; (stop 48, a chat
# tuning set) or a thanks said short: "ty ill do that", "thx ill call". Never after a hint of self-harm, where only a
# call made or help there ends the crisis (stop 48's red-team probes: "ty ill do that" closed it)
# What one will do must follow the advice, said by oneself, and be no question: "thx will benadryl help?", "kk he's
# still very ill", "ok, ill just let him sleep it off", "ty gonna wait and see" close nothing (the diff's review)
# The okay or thanks it opens with: the words of THANKS and TAKEN_IN, those said only in a phrase ("thank", "got it")
# in their phrase
_OPENERS = sorted(
    (THANKS | TAKEN_IN) - {"thank", "got", "it"} | {"thank you", "got it", "all right", "will do"},
    key=lambda w: (-len(w), w),
)
OKAY_THEN_WILL = re.compile(
    rf"^\W*(?:{'|'.join(map(re.escape, _OPENERS))})\b"
    r"(?:[^?]{0,20}\b(?:i'll|ill|i will|we'll|we will|i'm going to|im going to|we're going to|i'm gonna|im gonna"
    r"|we're gonna)"
    # (stop 49's red-team probes) a "will" said straight after the okay: "ok will email my doctor now", "ok thx will see
    # my doctor"; never after other words ("ok it will stop on its own", "thanks, hopefully it will stop soon")
    r"|(?:\W+(?:thx|thanks|ty|cheers))?\W+will)\s+"
    r"(?:just\s+|now\s+|definitely\s+|go\s+and\s+)?"
    r"(?P<verb>call|ring|phone|dial|text|contact|go|head|drive|bring|get|do|keep|stay|watch|follow|check|stop|book|ask"
    r"|monitor|take (?:him|her|them|me|my \w+) to"
    # (stop 49) the doctor reached in writing, in slang, or seen: after the stop reply only (`_closes`)
    r"|(?P<to_doctor>hit up|message|email|see (?:a|the|my|his|her|our) (?:doc|doctor|gp|nurse|pharmacist)"
    # (stop 51, a chat tuning set) a line tried, someone taken in: "ok i'll try the after hours line", "ok ill take her
    # in" (never an emergency closed by it, nor the doctor's advice tried: "ok ill try the doctor's tips", stop 51's
    # review of the change)
    r"|try (?:the|my|his|her|our) (?:after ?hours|on-?call|out of hours|nurse|doctor'?s?|gp|clinic|surgery)"
    r" (?:line|number|service|office)"
    r"|take (?:him|her|them|me) in(?=\W*(?:now|rn|right now)?\W*$)))"
    r"\b[^?]*$",
    re.I,
)
# ... and never a call or care put off: "ok ill call my doctor monday", "calling 911 in a bit, wanna see if he wakes
# up", "ill call if she gets worse" (stop 49's red-team probes). The doctor's next opening is no putting off after the
# stop reply ("thanks ill call them in the morning", "ill ring his gp first thing": stop 49's chat tuning set), and is
# after an emergency
FAR_OFF = re.compile(
    r"\b(?:later|soon|eventually|next (?:week|month|time)|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|after (?:the|his|her|my|our|this|dinner|lunch|work|school) ?\w*|(?:at|before) (?:my|his|her|the) next"
    r"|appointment|in an? (?:bit|while|few|hour|minute|sec)|in \d+ ?\w*|on the \d+\w*|see if"
    r"|wait (?:and see|to see|a bit|till|until)|once (?:he|she|they|i|it)|when i get"
    r"|if (?:needed|need be|necessary|anything|it|he|she|they|things|this|that|i)\b"
    r"|should (?:it|he|she|this|that|things)\b)",
    re.I,
)
NEXT_OPENING = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|tmw|tomoz|tonight|in the morning|first thing|when (?:they|it|the \w+) opens?)\b", re.I
)
# ... and, after a hint of self-harm, a call said with no joke, no "but" and no emoji beside it ("texting them now lol
# jk", "texting them now haha", "ok texting 988 now 🙄", "texting them now, anyway", "texting them now but i still have
# the pills in my hand": stop 49's red-team probes and review of the change); a hint told beside it is the message's
# own emergency
NOT_SO = re.compile(
    r"\b(?:jk|j k|kidding|joking|lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|sike|psych|whatever|anyway|anyways|yeah right"
    r"|but|still|though|tho|not really)\b",
    re.I,
)
# ... and the small words a closing may have beside it and still be one and nothing more (`_only_closing`)
CLOSING_REST = frozenset(
    "now rn asap right it its it's passed over gone fine good better really so much very a lot me ill i'll we'll will"
    " call ring phone text him her them my his doctor doc gp i've we've have just already he's hes she's shes they're"
    " awake talking up and".split()
)


# ... and, after the stop reply only, a goodnight ("appreciate it, night", stop 47): never an emergency, which a night's
# sleep does not close, and never "later", which puts the call off
GOODNIGHT = frozenset("night nite goodnight gn".split())


# ... and, after the stop reply (contact your doctor), the doctor's by any other name: "ok calling the surgery", "will
# ring the clinic" (stop 38); never an emergency closed by it, which needs emergency services
_DOCTORS = (
    r"\b(?:doc|doctor|dr|gp|surgery|clinic|practice|out of hours|urgent care|nurse|pharmacist"
    # (stop 51, a chat tuning set) "calling the surgeon", "the after hours line"
    r"|surgeon|specialist|neurologist|pcp|after ?hours (?:line|number|service)|on-?call (?:doctor|doc|nurse|line))\b"
)
DOCTORS_CALLED = re.compile(
    _CALLED
    + _DOCTORS
    # (stop 49, a chat tuning set) reached in writing or in slang, called back, or care gone to: "ok i messaged my
    # doctor on the portal", "texting my doc now", "bet, ill hit up my doc", "doc just called, going in now", "driving
    # him to urgent care"
    + r"|\b(?:messag(?:ed|ing)|emailed|emailing|hit(?:ting)? up|reached out to|got hold of"
    r"|left a (?:message|msg|voicemail|vm) (?:for|with))"
    r"\b.{0,20}"
    + _DOCTORS
    # ... never the doctor who "called" something ("called it anxiety", "called in a higher dose"), nor care one was
    # going to before ("i was heading to the clinic when it started": stop 49's review of the change)
    + r"|\b(?:doc|doctor|dr|gp|nurse|surgery|clinic)\b (?:just |has |already )?(?:called|rang|phoned)"
    r" (?:back|me|us)\b|\b(?:doc|doctor|dr|gp|nurse)\b just (?:called|rang|phoned)\b(?! (?:it|in|to))"
    # (stop 51, a chat tuning set) ... or a call back awaited: "alright ill wait for the doc to call back"
    r"|\bwait(?:ing)? for (?:the|my|his|her|our) (?:doc|doctor|dr|gp|nurse|surgery|clinic|surgeon) to"
    r" (?:call|ring|phone|get back)\b"
    # (stop 50, a chat tuning set) ... or the doctor's word reported: "talked to the nurse line, they said stop it",
    # "her doctor said stop it and come in tomorrow morning"
    + r"|(?<!havent )(?<!haven't )(?<!not )(?<!never )\b(?:talked|spoke|spoken|got through)\b (?:to|with)\b.{0,10}"
    + _DOCTORS
    + r"|"
    + _DOCTORS
    + r"(?:'?s office| line| office)?.{0,12}\b(?:said|says|told (?:me|us|him|her)|wants? (?:me|him|her|us) to)\b"
    # ... never beside what goes on or a doctor not reached ("my doctor said stop it but its getting worse", "the clinic
    # said theyre closed", "the pharmacist said soma doesnt cause that", "i havent talked to my doctor": stop 50's
    # review of the change)
    r"(?!.*\b(?:worse|still|again|but|closed|not|n't|nt|doesnt|didnt|havent|hasnt|isnt|cant|wont)\b)"
    # (stop 53, a chat tuning set) ... or a ride there: "👍 uber to urgent care"; (stop 54, a conversation tuning set)
    # "gonna go to the urgent care down the road" (never "i'm not gonna go to the doctor")
    r"|(?<!was )(?<!were )(?<!no )(?<!not )(?<!never )(?<!n't )"
    r"\b(?:going|gonna|heading|headed|driving|uber|ubering|taxi|cab|lyft"
    r"|getting an? (?:uber|taxi|cab|lyft)|taking (?:him|her|them|me)|bringing (?:him|her|them|me))"
    r"\b.{0,10}\b(?:to (?:the )?(?:urgent care|walk-?in|clinic|surgery|doctor'?s?|gp)|in now)\b(?!.{0,20}\bwhen\b)",
    re.I,
)
# ... and, after a hint of self-harm, the number the crisis reply gave (stop 50, a chat tuning set): "ok i'll call that
# number", "texting the crisis line" (after the stop reply, which gives none, "that number" may be anyone's: stop 50's
# red-team probes)
CRISIS_LINE_CALLED = re.compile(
    r"^\W*(?:(?:ok|okay|k|alright|yes|yeah|fine)\W+)?(?:i'?ll|ill|i will|i'?m|im|i am)\s+(?:going to\s+|gonna\s+)?"
    r"(?:call|calling|text|texting|ring|ringing|dial|dialing|phone|phoning)\s+"
    r"(?:that|the|this)\s+(?:number|line|hotline|crisis line|helpline)\b(?![^?]*\?)",
    re.I,
)
# ... and, after an emergency, taken in said without "in", at the end ("ok my neighbor is driving me", not "driving me
# crazy" nor "who is driving him?"), or taken by the paramedics ("the paramedics took her, thank you"), never in a
# crisis (stop 50, a chat tuning set; "i want to die" / "the paramedics took her" is someone else's: its red-team)
TAKEN_BY = re.compile(
    r"\b(?:is|'s|are|'re)\s+(?:taking|driving|bringing|rushing)\s+(?:me|him|her|us)"
    r"(?=[^\w?]*(?:now|rn|right now)?[^\w?]*(?:$|thanks|thank|thx|ty|cheers|\.|!|,))"
    r"|\b(?:ambulance|paramedics?|ems|crew)\b.{0,15}\b(?:took|have taken|has taken|are taking|taking)\s+"
    r"(?:him|her|them|me)\b(?!\s+(?:soma|pills?|tablets?|meds))(?!.*\b(?:last|ago|before|yesterday)\b)",
    re.I,
)
# ... and back from care, said first, after an emergency (never a crisis, nor care long past: "i just got back from the
# hospital, they didnt help", "he came home from the ER last week": stop 50's review of the change)
BACK_FROM_CARE = re.compile(
    r"^\W*(?:(?:ok|so|well)\W+)?(?:(?:we|i|he|she|they)(?:'re|'m|'s| are| am| is)?\s+)?(?:just\s+)?(?:got\s+)?"
    r"back (?:home )?from (?:the )?(?:er|hospital|a&e|emergency room|urgent care)\b"
    r"(?!.*\b(?:last|ago|yesterday|again|before)\b)",
    re.I,
)
# ... never a word that sends them on to emergency care, whoever said it ("talked to the nurse line, they said to call
# 911 right now": stop 50's red-team probes)
SENT_ON = re.compile(
    r"\b(?:said|says|told|tells|wants?|advised)\b.{0,50}\b(?:911|999|112|ambulance|er|a&e|emergency|hospital|ed)\b",
    re.I,
)
# ... and, after the stop reply, never beside what goes on, a doubt or more of the medicine (stop 51's red-team probes:
# "left a msg for my dr, its getting worse tho", "ok ill try the after hours line but honestly i doubt anyone picks up",
# "ok ill wait for the surgeon to call back and keep taking it meanwhile", "... they usually take 3-5 business days")
STILL_BAD = re.compile(
    r"\b(?:worse|still|but|though|tho|doubt|so bad|keep taking|meanwhile|business days|no call ?back|no answer|again"
    r"|maybe|probably|prob)\b",
    re.I,
)
# ... nor contact made before the reply ("i emailed my doctor about it a month ago", "spoke to the pharmacist last
# week": stop 49's review of the change)
CONTACT_BEFORE = re.compile(r"\b(?:ago|last (?:week|month|year|time)|yesterday|before (?:this|it|that))\b", re.I)
# ... and the report taken back (stop 49, a chat tuning set): "nvm", "ignore me", "false alarm", said first by the
# writer. After the stop reply any of them; after an emergency a false alarm, or a "nvm" that says all is well
# (`ALL_WELL`); never during a crisis. Never a retraction that says it goes on, anywhere in the message ("its worse
# now. ignore me", "nvm, i still feel awful"), nor one said by someone else, wished or denied ("my wife says its a false
# alarm", "i was hoping it was a false alarm", "it wasn't a false alarm": stop 49's review of the change)
_NOT_OVER = (
    r"^(?!.*\b(?:still|worse|again|(?<!lower )(?<!upper )(?<!my )(?<!his )(?<!her )back|but|though|tho"
    r"|not (?:gone|over|better))\b)"
)
_SAID_FIRST = r"\W*(?:(?:ok|okay|oh|omg|oops|sorry|lol|lmao|haha|wait|actually|um+|hmm+|so)\W+){0,3}"
_RETRACTION = r"(?:false alarm|nvm|never ?mind|ignore (?:me|that|my last)|scratch that|disregard)"
# ... and, after the stop reply only, a correction (stop 50, a chat tuning set): "actually no its just my neck, which is
# what the soma is for"; never one that says more of it ("no wait its 40", "actually no its faster now") nor after an
# emergency ("actually no she's fine, just sleeping deeply" after slow breathing: stop 50's review of the change)
_CORRECTION = r"(?:actually no|no wait|wait no|i meant|my mistake|i misspoke)"
CORRECTED = re.compile(
    _NOT_OVER
    + r"(?!.*\d)(?!.*\b(?:faster|higher|more|harder|bigger|longer|too|also|as well|spreading|spread)\b)"
    + _SAID_FIRST
    + _CORRECTION
    + r"\b",
    re.I | re.S,
)
TAKEN_BACK = re.compile(
    _NOT_OVER + rf"(?:{_SAID_FIRST}{_RETRACTION}\b|.*\b{_RETRACTION}\W*(?:lol|sorry|haha)?\W*$)",  # first or last
    re.I | re.S,
)
FALSE_ALARM = re.compile(_NOT_OVER + _SAID_FIRST + r"false alarm\b", re.I | re.S)
# ... with nothing beside it, or with what it was instead: "nvm turned the light on, it was shadows", "ignore me, wrong
# chat" (not "disregard, i have a plan", "never mind, nobody cares anyway": stop 49's review of the change)
TAKEN_BACK_WHY = re.compile(
    r"\b(?:it was|it's|its|was just|turned|turns out|fine|wrong|mistake|typo|meant|my bad|passed|gone|over|all good)\b",
    re.I,
)
# ... and a correction says what it was instead: the treated back or neck, a mistake, nothing (stop 51's review of the
# change: "wait no, its in my arms too", "wait no its pounding" closed the stop reply)
CORRECTED_WHY = re.compile(
    r"\b(?:just|only) (?:my|his|her|the|a) (?:lower |upper |bad |sore )?(?:back|neck|shoulders?|hips?|spasms?|knee)\b"
    r"|\bwhat (?:i|i'm|im|he|she|it|soma|the soma)\b.{0,25}\b(?:for|treated|taking)\b"
    r"|\b(?:mistake|wrong|misread|typo|nothing|fine|my bad)\b",
    re.I,
)
ALL_WELL = re.compile(
    r"\b(?:(?:he|she|they|i)(?:'s| is| are|'re| am|'m|s|m)?|hes|shes|im|theyre)\s+"
    r"(?:totally |completely |perfectly |all )?(?:fine|ok|okay|alright|all right|awake|up and talking|talking)\b",
    re.I,
)


# ... nor is a call that failed or help that is not there ("cant get 911 on the phone", "i tried 988 but no one on the
# line", "they're not here yet": stop 47's review)
CALL_FAILED = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|could not|unable|no one|nobody|noone|not|isn'?t|wasn'?t|won'?t|wont|aren'?t|busy"
    r"|no answer|no reply|hung up|on hold|keeps? ringing|engaged|voicemail|tried|trying|yet|never"
    # (stop 49, a chat tuning set) help still to come: "what do we do until they get here", "till they arrive"
    r"|until|till|til|before they|while (?:we|i) wait|waiting for"
    # (stop 50's review of the change) a call not made or only maybe: "i havent called", "i might call 988"
    r"|haven'?t|havent|didn'?t|didnt|don'?t|dont|closed"
    r"|(?:might|maybe|probably|possibly|thinking about)\s+(?:\w+\s+)?(?:call|ring|text|dial|phone|go|head|take))\b",
    re.I,
)
# ... but whether to call is no call made: "should i still call the doctor or 911", "do we call an ambulance?", "call
# 999?" keep the reply open, whose answer it is (stop 47)
ASKS_WHETHER_TO_CALL = re.compile(
    r"\b(?:should|shld|shud|shall|do|can|must|need to|have to|ought to)\s+(?:i|we|u|you)\s+"
    r"(?:still\s+|just\s+|now\s+|really\s+)?"
    # (stop 51, a chat tuning set) "do i still need to call my doctor?" asks, and makes no call
    r"(?:need\s+to\s+|have\s+to\s+|gotta\s+)?(?:call|ring|phone|dial|text|contact"
    r"|(?:take|drive|bring|go)\b.{0,25}\b(?:hospital|er|a&e|emergency|urgent care|ed|ambulance))\b"
    r"|\b(?:worth|whether|if)\s+(?:i\s+|we\s+)?(?:should\s+)?(?:call|calling|ring|ringing|phone|phoning)\b"
    r"|^\W*(?:call|ring|phone|dial)\b[^.!?]{0,30}\?\W*$",
    re.I,
)


# "why?" about the reply asks for its explanation ("why?", "why is that", "why did you say that?"); a why about the
# person does not ("why is she so sleepy?", "why am i so drowsy")
WHY = re.compile(r"^\W*(?:why|how come|explain)\b")
ABOUT_SOMEONE = frozenset(
    "he she him her his hers they them their my mum mom dad husband wife son daughter am i'm im".split()
)


# an acknowledgment alone: it takes the emergency reply in, it doesn't end the emergency ("ok" / "what do i do while
# we wait"); a call made or help here does (CLOSING)
ACKNOWLEDGING = (
    THANKS
    | TAKEN_IN
    # (stop 36) "great, thanks", "right, stopping it now. cheers": taken in, never an emergency closed ("stopped" after
    # "she's not breathing right" may be her breathing)
    | frozenset("you u so much great perfect lovely brilliant stopping stopped now".split())
    # (stop 50, a chat tuning set) "ok, makes sense"
    | frozenset("makes sense".split())
    # (stop 51, a chat tuning set) "ok fair" (not "fair enough": "enough" may be a hint, and pads nothing)
    | frozenset({"fair"})
)
# a thanks or a call said: what a message must hold to be no fragment of the turns before it (`_only_thanks_or_a_call`)
THANKS_OR_CALL = THANKS | CALLS
# words that only pad a thanks ("thanks a lot", "thank you very much"), and are an amount on their own ("a lot",
# stop 36)
PADDING = frozenset("very a lot many".split())
# (stop 48, a chat tuning set) a sound, or the one it is said to, beside a thanks, an okay or a call: "oh ok", "thx
# bot", "cheers mate"; beside nothing else ("oh my", "my mate": the diff's review)
FILLERS = frozenset("oh ohh ah ahh hmm um umm well bot mate buddy hun".split())
# (stop 49, a chat tuning set) ... and praise beside a thanks, never beside an okay alone: "thank you dear, that is very
# helpful", "cheers that helps" (not "oh god ok", "ok im so sorry": panic and an apology close nothing, stop 49's
# review of the change)
PRAISE = frozenset(
    "dear that that's is helpful helps helped for answering listening help helping the your all this".split()
)


def _only(words: List[str], vocabulary: FrozenSet[str]) -> bool:
    """Are the words all of the vocabulary, or padding (and, beside a thanks, an okay or a call, fillers) beside at
    least one of it?"""
    said = set(words) - (FILLERS if set(words) & (THANKS | TAKEN_IN | CALLS) else frozenset())
    said -= PRAISE if said & THANKS else frozenset()
    return bool(said) and said <= vocabulary | PADDING and not said <= PADDING


def _plain_words(text: str) -> List[str]:
    return re.findall(r"[a-z0-9']+", normalise(text).text.lower())


def _only_thanks_or_a_call(text: str) -> bool:
    """A thanks or a call said and nothing more ("calling now", "ok thank you very much"); not an answer made of the
    same small words ("right now", "going on now": stop 36's review)."""
    words = _plain_words(text)
    return _only(words, CLOSING_WORDS | ACKNOWLEDGING) and bool(THANKS_OR_CALL & set(words))


def _acknowledges(text: str) -> bool:
    return _only(_plain_words(text), ACKNOWLEDGING)


def _acknowledges_or_emoji(text: str) -> bool:
    """An okay in words or in emoji only ("ok 🙏", "👍")."""
    return _acknowledges(text) or (not _plain_words(text) and _emoji(text))


# (stop 53, a chat tuning set) help awaited, after the call was made: "ok calling now" / "what do i do till they get
# here" keeps the emergency reply, whose advice is for the wait; "ok 🙏" / "wait is it ok to lie down while i wait for
# the doc to call back" keeps the stop reply
_RESCUERS = r"ambulance|paramedics|medics|ems|911|999|112"  # who is called, or the number called
_HELP = rf"(?:the\s+)?(?:{_RESCUERS}|crew|help)"
HELP_AWAITED = re.compile(
    rf"\b(?:till|until|til|before)\s+(?:they|{_HELP}|an?\s+ambulance)\s+(?:get|gets|arrive|arrives|come|comes|show|shows)\b"
    rf"|\bwhile\s+(?:we|i)\s+wait\b|\bwaiting\s+for\s+{_HELP}"
    rf"|\bwhile\s+{_HELP}\s+(?:is|are)\s+(?:on\s+(?:its|their|the)\s+way|coming)\b|\bin\s+the\s+meantime\b"
    # (stop 54, a conversation tuning set: "venue's calling an ambulance, anything we should do meanwhile"; never
    # "meanwhile ill pack his bag", stop 54's red-team probes)
    r"|\b(?:do|should|can|could)\b.{0,20}\bmeanwhile\b|\bmeanwhile\b.{0,30}\?",
    re.I,
)
# ... and the doctor's call back awaited, beside a question, after the stop reply an okay took in
DOCTOR_AWAITED = re.compile(
    r"\b(?:till|until|til|for)\s+(?:the|my|his|her)\s+(?:doc|doctor|dr|gp|nurse|clinic|surgery)\s+"
    r"(?:to\s+)?(?:call|calls|ring|rings|get|gets|text|texts|phone|phones)\s+(?:me\s+|us\s+)?back\b",
    re.I,
)
HELP_CALLED = re.compile(rf"\b(?:{_RESCUERS}|on (?:its|their|the) way|coming)\b", re.I)


def _left_open(history: Sequence[Turn], text: str) -> Triage | None:
    """The emergency of the last turns that only acknowledgments followed, or also a call for help where `text` says
    help is awaited (`HELP_AWAITED`): what a message not closing it keeps."""
    awaited = HELP_AWAITED.search(normalise(text).text)
    for turn in reversed(history[-HISTORY_TURNS:]):
        if turn.triage.level is Level.EMERGENCY:
            return turn.triage
        # (a turn that called the emergency a false alarm is no call made: "false alarm, it was his vitamins. the nurse
        # is coming tomorrow", stop 54's red-team probes; a typo taken back is: "sorry ignore that typo, ambulance is
        # on its way", its second red team)
        called = (
            awaited
            and (_only_thanks_or_a_call(turn.text) or HELP_CALLED.search(turn.text))
            and not FALSE_ALARM.search(normalise(turn.text).text.lower())
        )
        if not (_acknowledges(turn.text) or called):
            return None
    return None


def _outside(plain: str, patterns: Sequence[re.Pattern]) -> List[str]:
    """The words of a message outside what the patterns match."""
    for pattern in patterns:
        plain = pattern.sub(" ", plain)
    return re.findall(r"[a-z0-9']+", plain)


def _emoji(text: str) -> bool:
    return any(unicodedata.category(ch) == "So" for ch in text)


def _only_closing(text: str) -> bool:
    """Is the message a closing and nothing more: a thanks, an okay, a call, help here, the report taken back, with
    only small words beside them? Not an answer made of the same small words ("right now": the seizure the turn before
    told, happening now), nor a closing beside more ("ok ill call my doctor. how long does it take")."""
    plain = normalise(text).text.lower()
    words = set(_plain_words(text))
    closings = (CLOSING, DOCTORS_CALLED, TAKEN_BACK, TAKEN_BY, BACK_FROM_CARE, CRISIS_LINE_CALLED, CORRECTED)
    said = words & (THANKS | CALLS | TAKEN_IN - {"right", "sure"}) or any(pattern.search(plain) for pattern in closings)
    rest = set(_outside(plain, closings))
    return bool(said) and rest <= CLOSING_WORDS | ACKNOWLEDGING | CLOSING_REST | FILLERS | PRAISE


def _crisis(recent: Sequence[Triage]) -> bool:
    """A hint of self-harm in any of the recent turns: a crisis, whatever emergency came after it (stop 48's review:
    "i want to end it all" / "i took 30 soma" / "ty ill do that" closed it)."""
    return any(t.level is Level.EMERGENCY and t.self_harm for t in recent)


def _theirs(recent: Sequence[Triage]) -> bool:
    """Was every hint of self-harm of the recent turns someone else's ("my mom took all her soma pills on purpose")?"""
    return all(t.other_person for t in recent if t.level is Level.EMERGENCY and t.self_harm)


def _stop_open(last: Triage) -> bool:
    """Did the last turn leave the stop advice open: the stop reply, or an answer with the advice again?"""
    return last.level is Level.STOP or last.reminder


def _closes_a_reply(text: str, history: Sequence[Turn], left_open: Triage | None) -> bool:
    """Does the message close the urgent reply the last turns left open (`_closes`): the emergency `left_open`, or
    the stop advice of the last turn?"""
    if not history:
        return False
    if left_open is not None:
        recent = [t.triage for t in history[-HISTORY_TURNS:]]
        return _closes(text, crisis=_crisis(recent), theirs=_theirs(recent))
    return _stop_open(history[-1].triage) and (_acknowledges(text) or _closes(text, stop=True))


# ... a summary asked for is a closing of its own, asked or not ("can I get a summary")
SUMMARY_ASKED = re.compile(r"\b(?:summary|summari[sz]e|write (?:this|it|that) up|print)\b", re.I)


# a clause that asks: an auxiliary put before who or what it asks about ("is it ok to", "should i"; not "will call the
# doctor", said), or a question word put before an auxiliary or what it asks ("what should i do", "how long"; not "what
# a day", "how annoying", "who knew", "which i should've done", "when they open": stop 52's red-team probes)
_AUX = r"(?:can|could|may|is|are|am|do|does|did|should|shall|will|would|was|were)"
_ASKED_OF = r"(?:i|it|we|he|she|they|you|u|that|this|soma|my|his|her|there)"
ASKED = re.compile(
    rf"\W*(?:{_AUX}\s+{_ASKED_OF}\b"
    rf"|(?:how|what|whats|what's|when|where|which|who|why)\s+(?:{_AUX}|long|much|many|often|about|if|else)\b"
    r"|(?:is it |it's |its )?(?:ok|okay|safe|alright|fine) to\b)",
    re.I,
)


def _asks_beside(plain: str) -> bool:
    """Does the message ask something beside what it says will be done? After the stop reply its advice answers it:
    "wait is it ok to lie down while i wait for the doc to call back", "calling my doctor now, should i stop the soma?"
    (stop 52, a chat tuning set)."""
    return "?" in plain or any(
        ASKED.match(c) or ASKED.match(LEAD_IN.sub("", c)) for c in CLAUSES.split(plain) if c.strip()
    )


def _closes(text: str, crisis: bool = False, stop: bool = False, theirs: bool = False) -> bool:
    """Does the message close an open emergency (a thanks, a call made, help here) or ask for something else? After a
    hint of self-harm (`crisis`) a thanks or an okay takes the crisis line in without ending the crisis: only a call
    made or help there does ("i have a big stash of soma in my room" / "k": the crisis line again, stop 30), said with
    nothing else beside it but a thanks. After the stop reply (`stop`) a call to the doctor's by any name closes it too
    (`DOCTORS_CALLED`). Someone taken in closes a crisis only where it was someone else's (`theirs`)."""
    plain = re.sub(r"[_/]", " ", normalise(text).text.lower())  # a button's payload too: "/ask_doctor_summary"
    words = re.findall(r"[a-z0-9']+", plain)
    will = OKAY_THEN_WILL.search(plain)
    said_called = (
        CLOSING.search(plain)
        or (crisis and CRISIS_LINE_CALLED.search(plain))
        or (not crisis and BACK_FROM_CARE.search(plain))
        or ((theirs or not crisis) and TAKEN_BY.search(plain))
        or (not crisis and will and (stop or not will.group("to_doctor")))
        or (stop and DOCTORS_CALLED.search(plain) and not CONTACT_BEFORE.search(plain))
    )
    if crisis and said_called:
        said_called = not _emoji(text) and not NOT_SO.search(plain)
    if (
        said_called
        and not (stop and STILL_BAD.search(plain))
        and not (stop and _asks_beside(plain) and not SUMMARY_ASKED.search(plain))
        and not ASKS_WHETHER_TO_CALL.search(plain)
        and not CALL_FAILED.search(plain)
        and not SENT_ON.search(plain)
        and not FAR_OFF.search(plain)
        and not (NEXT_OPENING.search(plain) and not stop)
        # (stop 54, a conversation tuning set) a call told beside the wait for help asked about: "venue's calling an
        # ambulance, anything we should do meanwhile" keeps the emergency reply, as it does told a turn apart
        and not (not stop and HELP_AWAITED.search(plain))
    ):
        return True
    if crisis:
        return False
    taken_back = TAKEN_BACK.search(plain) and (_only_closing(text) or TAKEN_BACK_WHY.search(plain))
    corrected = stop and CORRECTED.search(plain) and CORRECTED_WHY.search(plain)
    if "?" not in plain and (
        ((taken_back or corrected) if stop else FALSE_ALARM.search(plain))
        # (stop 49, a chat tuning set) after an emergency, a "nvm" that says all is well: "omg nvm its the blue slushie
        # lol shes fine breathing normal talking to me"
        or (taken_back and ALL_WELL.search(plain))
    ):
        return True
    # a question back ("??", "now?") or a no (to calling?) keeps it open (stop 29); an empty message closes nothing
    # either, but gets the answer to an empty message
    if not words:
        return not plain.strip()
    if _only(words, CLOSING_WORDS | (GOODNIGHT if stop else frozenset())) and "?" not in plain:
        return True
    asks_why = WHY.match(plain) and ("you" in words or len(words) <= 3)
    return bool(asks_why) and not ABOUT_SOMEONE & set(words)


# ... and the measure a reading was of, for a bare number after it (`Triager._measured_normal`)
MEASURES = {"fast_heartbeat": "pulse", "fever": "temp"}


# ... but a reading lowered by a fever reducer, beside a question ("gave him tylenol, now its 37.2, can he keep taking
# the soma"), is no fever gone (`_stop_kept`); one denied ("i didnt take any tylenol") lowered nothing
_REDUCERS = (
    r"tylenol|paracetamol|acetaminophen|panadol|calpol|ibuprofen|advil|motrin|nurofen|aspirin|naproxen|aleve|nyquil"
    r"|dayquil|excedrin|theraflu|midol|fever reducers?|antipyretics?"
)
FEVER_REDUCED = re.compile(rf"\b(?:{_REDUCERS})\b", re.I)
# ... taken, not denied: "i didnt take any tylenol" (a negation at most two words before it; "tylenol not advil" still
# took one, and "no idea if the tylenol did it" is no denial)
NO_REDUCER = re.compile(
    rf"\b(?:no|not|didn'?t|haven'?t|hasn'?t|without|never)(?:\W+\w+){{0,2}}?\W+(?:{_REDUCERS})\b", re.I
)


def _reducer_taken(plain: str) -> bool:
    """Does the message say a fever reducer was given (`FEVER_REDUCED`), not only that none was (`NO_REDUCER`)?"""
    denied = {m.end() for m in NO_REDUCER.finditer(plain)}
    return any(m.end() not in denied for m in FEVER_REDUCED.finditer(plain))


# ... all well again: "i feel fine now", "totally normal" (a stop symptom that was only a worry; never a seizure, which
# is reported once it is over: `Triager._stop_kept`)
FINE_NOW = re.compile(
    r"\b(?:i|i'm|im|i am|i feel|feel|feeling|all|totally|completely|back to)\b.{0,12}"
    r"\b(?:fine|normal|ok|okay|good|better|myself)\b.{0,10}\b(?:now|again|after all)\b"
    r"|\b(?:totally|completely|perfectly|all) (?:normal|fine)\b",
    re.I,
)


# ... nor what has an answer of its own, which serves the patient: a summary for the doctor, forgetting the
# conversation, a person to talk to. (Until stop 51 what to do next and whether to go to hospital were here too, and
# got utter_next_steps or utter_hospital where the classifier found them: the stop advice then rested on the
# classifier, and every independent chat set labels "should i go to the er?" after the stop reply as the stop reply's.
# Now they keep it.)
ITS_OWN_ANSWER = re.compile(
    r"\b(?:summary|summari[sz]e|write (?:this|it|that) up|letter|note) for\b"
    r"|\b(?:delete|forget|erase|remove|wipe)\b.{0,20}\b(?:me|my|conversation|chat|data|messages|history)\b"
    r"|\b(?:a human|real person|are you a bot)\b",
    re.I,
)


# ... and a question on a topic of the leaflet's guidance that tells nothing new gets its answer, then the stop advice
# again (`Triage.reminder`), never the stop reply in place of the answer (stop 47: "can i still have a beer tonight",
# "is it ok to drive tomorrow", "can i take tylenol"). A question about what was told keeps the stop reply, whose
# advice is its answer: whether it is serious or can wait ("is that bad?"), its cause ("could it be the wine?"), what
# helps or worsens it, and taking Soma on ("should i take my next dose?").
GUIDANCE_TOPIC = re.compile(
    r"\b(?:alcohol|alcoholic|beers?|wine|booze|liquor|vodka|whiske?y|drink|drinks|drinking"
    r"|drive|driving|car|machinery|machines?|work|working|gym|exercise|sport"
    r"|food|eat|eating|meals?|empty stomach|coffee|caffeine|tea"
    r"|pregnan\w*|breast ?feed\w*|nursing|store|storage|fridge|travel\w*|fly|flying|grapefruit|juice"
    r"|addictive|addiction|habit|habit-forming|narcotic|controlled|where (?:should|do|can) (?:i|we) (?:keep|put)"
    r"|what(?:'s| is) (?:soma|carisoprodol)\b(?! doing)"
    r"|system|how long (?:does|do|am|should|can|will|is|are)|half ?life|used for"
    # (stop 49, a chat tuning set) "how long till this stuff leaves ur body", "How long it stay in body?", "will my
    # insurance cover another muscle relaxer"
    r"|how long (?:it|till|til|until|before) (?:it |this |soma |the soma )?(?:stays?|leaves?|is out)"
    # (stop 51, a chat tuning set) "ok stopped it, how long till it's out of me"
    r"|how long (?:till|til|until|before) (?:it's|its|it is|soma's|soma is) out of (?:me|my|your|ur|his|her)\b"
    r"|(?:in|leaves?|out of) (?:your|ur|my|the|his|her)? ?body|insurance|covered|copay|cost|price"
    r"|what(?:'s| is) (?:it|soma|carisoprodol)(?: \w+)? for)\b",
    re.I,
)
# where a clause of a question begins, and the few words that may follow one without telling anything ("how should i
# store it, fridge?", "can i have a beer tonight, just one")
CLAUSES = re.compile(r"[.!?;,\n]+")
ADDED = re.compile(
    r"\W*(?:(?:or|and|like|just|only|please|thanks|thx|ty|lol|though|tho|one|two|a|an|the|small|glass|cup"
    r"|fridge|cupboard|now|tonight|tomorrow|today|beer|wine|coffee|tea|pls|plz)\b\W*)*$",
    re.I,
)


def _asks_or_adds(clause: str) -> bool:
    clause = LEAD_IN.sub("", clause.strip())
    return not clause or bool(QUESTION_START.match(clause)) or bool(ADDED.match(clause))


# words that lead into a question without asking ("wait what is soma even for", "oh and can i drive", "unrelated but
# what is soma actually for"), and a question's first word ("is a glass of wine with dinner ok")
LEAD_IN = re.compile(
    r"^\W*(?:(?:wait|oh|ok|okay|so|and|also|btw|um+|hm+|hey|sorry|quick question|one more thing|unrelated|but"
    r"|different question|random q|random question|another question|one more|also wondering)\W+)+",
    re.I,
)
QUESTION_START = re.compile(
    r"\W*(?:can|could|may|is|are|am|do|does|did|should|shall|will|would|how|what|whats|what's|when|where|which|who"
    r"|hows|how's)\b",
    re.I,
)
ABOUT_WHAT_WAS_TOLD = re.compile(
    r"\b(?:dose|doses|pills?|tablets?|next|another|more|skip|continue|carry on|keep taking|stop taking|stopping"
    r"|take (?:it|soma|them|one)\b(?! (?:together )?with| alongside)|taking (?:it|soma|them)\b(?! (?:together )?with)"
    r"|from|because|cause[sd]?|causing|due|why|reason|trigger\w*|worse|better|help|helps|relieve|ease"
    r"|(?:could|can|would|might|may) (?:it|this|that) be|(?:is|was) it (?:the|from|my)|it'?s (?:the|from)"
    r"|dangerous|serious|bad|worry|worried|worrying|normal|emergency|hospital|er|a&e|urgent|doctor|gp|ambulance"
    r"|symptoms?|side effects?|(?:this|that|these|those)(?! (?:stuff|med|meds|medicine|medication|drug))"
    # (stop 47's review) a medicine asked about for something ("can i take tylenol for the chest pain"), a pain, and
    # being found ("will they find it after")
    # (not for the back or neck it treats: "can i still take ibuprofen for my back tho", stop 49)
    r"|for (?:the|my|his|her|this|that|these|those)(?! (?:back|lower back|neck|spasms?|back spasms?)\b)"
    r"|pain|pains|ache|aches|aching|sore|hurts?|hurting"
    r"|find|found|detect\w*|show up|tox\w*|autopsy|trace"
    r"|can (?:it|this|that|i|we|he|she) wait|wait (?:till|until|to|and see|a few|for))\b",
    re.I,
)


@dataclass(frozen=True)
class Turn:
    """A previous patient message of the same conversation, and what the triage made of it."""

    text: str
    triage: Triage


# what was only asked about, then said to have happened: "what if i took too many?" / "i already did" (stop 24)
# (stop 54's second review) ... said of someone by name, with a cry for help after it: "can you overdose on soma?" /
# "i think my son did, what do i do?", "my husband just did, help?"
_WHO_ADMITS = r"(?:i|we|he|she|they|(?:my|our|his|her)\s+\w+)"
_HELP_ASKED = r"(?:\W+(?:help|please|pls|plz|what do (?:i|we) do|what should (?:i|we) do|what now|now what))*"
ADMITS = re.compile(
    rf"^\W*(?:(?:yes|yeah|yep|well|um+|tbh|honestly)\W+)*{_WHO_ADMITS}\s+(?:think\s+{_WHO_ADMITS}\s+)?"
    r"(?:already\s+|just\s+|actually\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+)*(?:did|have|has|had|do|does|am|is)"
    rf"(?:\s+(?:it|that|them|already|just now|one|some|too|though|tho))*{_HELP_ASKED}\W*$"
    r"|^\W*(?:already\s+(?:did|done|have|took)|that'?s\s+what\s+(?:i|we|he|she|they)\s+(?:did|took|done)"
    r"|it'?s\s+(?:already\s+)?happening|too\s+late)\b",
    re.I,
)


def _answer(text: str) -> str | None:
    words = " ".join(normalise(text).text.lower().strip(" ./!?,").split())
    # "no it wasnt an accident" says the taking was meant: no answer to a question, read as it is (stop 47's review)
    if said_meant(re.sub(r"^(?:no|nope|nah|yes|yeah|yep)\W+", "", words)):
        return None
    if words in YES or words.startswith(("yes ", "yeah ", "yep ")):
        return "yes"
    if words in NO or words.startswith(("no ", "nope ", "nah ")):
        return "no"
    return None


class Triager:
    """Build once (`train` or `load`), call per message."""

    def __init__(self, detector: SymptomDetector, learned: LearnedOpinion | None = None) -> None:
        self.detector = detector
        self.learned = learned

    @property
    def lexicon(self):
        return self.detector.lexicon

    @classmethod
    def train(cls, lexicon_dir: Path = DEFAULT_LEXICON_DIR, negatives: Iterable[str] = ()) -> Triager:
        lexicon = load_lexicon(lexicon_dir)
        budgets = {
            key: FALSE_ALARM_BUDGETS["fail_safe" if s.fail_safe else s.tier.value]
            for key, s in lexicon.symptoms.items()
            if s.tier in (Tier.EMERGENCY, Tier.STOP)
        }
        ceilings = {key: FAIL_SAFE_CEILING for key, s in lexicon.symptoms.items() if s.fail_safe}
        triager = cls(SymptomDetector(lexicon))
        examples = training.examples(lexicon, Path(lexicon_dir), negatives)
        triager.learned = LearnedOpinion.train(examples, budgets, ceilings, silent=triager._silent)
        return triager

    def _silent(self, text: str) -> FrozenSet[str]:
        """The symptoms `_opinions` never hears the learned part on in this message: those the lexicon
        placed (as a report or not), and, where the message only asks, all but a hint of self-harm."""
        self.detector.forget()
        placed = self._unheard(self.detector(text).findings)
        if self.detector.only_asks(text):
            placed |= {key for key, s in self.lexicon.symptoms.items() if not s.fail_safe}
        return frozenset(placed)

    # ---------------------------------------------------------------------------- triage
    def __call__(self, text: str, history: Sequence[Turn] = ()) -> Triage:
        self.detector.forget()  # a turn reuses its own readings, never an earlier turn's
        previous = history[-1].triage if history else None
        if previous is not None and previous.level is Level.CHECK and previous.check is not None:
            answered = self._answered(text, previous.check)
            if answered is not None:
                return answered
        left_open = _left_open(history, text)
        closing = _closes_a_reply(text, history, left_open) and _only_closing(text)
        triage = self._alone(text, answers=bool(history), closing=closing)
        if not history:
            return triage
        # a message that closes the reply is no fragment of the turns before it (stop 49: "he wont wake up" / "they're
        # here" was read as one message, a hint of self-harm); a stop symptom told is, for an emergency only the turns
        # together make, where an earlier turn found something (stop 53: "my son just had a seizure" / "hes still
        # jerking" is a seizure still going)
        found_before = any(t.triage.findings for t in history[-HISTORY_TURNS:])
        if (not triage.level.urgent or triage.level is Level.STOP and found_before) and not closing:
            triage = self._in_context(text, triage, history[-HISTORY_TURNS:])
        # an open emergency outranks a stop symptom told after it: the emergency reply, with both
        if triage.level is Level.EMERGENCY:
            return triage
        triage = self._still_open(text, triage, left_open, [t.triage for t in history[-HISTORY_TURNS:]])
        if triage.level.urgent:
            return triage
        # ... and a question asked while the doctor's call is awaited keeps the stop reply an okay just took in, whose
        # advice answers it (never one said to be over since: stop 53's red-team probes)
        plain = normalise(text).text.lower()
        taken_in = (
            len(history) >= 2 and history[-2].triage.level is Level.STOP and _acknowledges_or_emoji(history[-1].text)
        )
        awaited = taken_in and DOCTOR_AWAITED.search(plain) and _asks_beside(plain)
        return self._stop_kept(text, triage, history[-2] if awaited else history[-1])

    def _stop_kept(self, text: str, triage: Triage, last: Turn) -> Triage:
        """After the stop reply, a message that neither closes it nor takes back what it was about keeps it (stop 30):
        other symptoms denied ("no fever though"), more of the same told ("like 6 times today"), a wait asked about
        ("can i wait till monday?"), what to do now or whether to go to hospital (stop 51). A thanks, an okay, a call
        made, a question with an answer of its own (a summary: `ITS_OWN_ANSWER`), or the symptom itself denied or over
        ("took my temp, 36.8, normal") closes it, and a new symptom gets its own reply; a question with the crisis line
        keeps that line (stop 51's review of the change: "about to do it" lost it to the stop reply). All well again
        ("i feel fine now") closes only what its ending explains: a seizure is reported once it is over (the lexicon's
        `ending_explains`), "he's feeling better now" keeps it. So does a cause the lexicon reads on the last message
        and this one together, as it would in one message ("my heart is pounding" / "oh wait i just ran up the stairs
        lol", stop 35); an ending does not: what came and went today still gets the advice ("ok its settled down
        now")."""
        previous = last.triage
        open_ = _stop_open(previous)
        if not open_ or _acknowledges(text) or _closes(text, stop=True):
            return triage
        if triage.check is not None and self.lexicon.symptoms[triage.check.symptom].fail_safe:
            return triage
        plain = normalise(text).text
        # (a clinician who sent them on to emergency care is no question of whether to go: "poison control said go to
        # the ER now" keeps the advice, stop 50's red-team probes)
        if ITS_OWN_ANSWER.search(plain) and not SENT_ON.search(plain):
            return triage
        told = [f for f in previous.findings if f.reported and f.tier is Tier.STOP]
        # whether to call the doctor still, once it is better, is answered by the advice again (stop 51, a chat tuning
        # set: "its down to 37.1 after tylenol. do i still need to call them?")
        if told and ASKS_WHETHER_TO_CALL.search(plain.lower()):
            return _kept(triage, text, told, Level.STOP, "symptom")
        if FINE_NOW.search(plain):
            told = [f for f in told if not self.lexicon.symptoms[f.symptom].ending_explains]
        # (a told symptom only asked about is no denial: "is it safe to drive with the shaking", stop 47; nor a normal
        # reading after a fever reducer, which lowers the number, not the fever Soma may have caused: "gave him tylenol,
        # now its 37.2, can he keep taking the soma", stop 52's chat tuning set)
        reduced = _reducer_taken(plain) and _asks_beside(plain.lower())
        if not told or any(
            f.symptom in {t.symptom for t in told}
            and not f.reported
            and f.status is not Status.HYPOTHETICAL
            and not (reduced and f.origin is Origin.VITALS)
            for f in triage.findings
        ):
            return triage
        if self._explained_after(last.text, text, told) or (not reduced and self._measured_normal(text, triage, told)):
            return triage
        if self._asks_on_another_topic(text, triage):
            return replace(_kept(triage, text, told, triage.level, "stop advice"), reminder=True)
        return _kept(triage, text, told, Level.STOP, "symptom")

    def _measured_normal(self, text: str, triage: Triage, told: Sequence[Finding]) -> bool:
        """After a reading, is a bare number that finds nothing by itself the same measure taken again, and normal?
        "pulse ox says 118" / "rechecked, its 84 now", "temp 38.4" / "37.2 now" (stop 49, a chat tuning set)."""
        measured = {f.symptom for f in told if f.origin is Origin.VITALS} & set(MEASURES)
        if not measured or triage.findings or not re.search(r"\d", text):
            return False
        again = [
            f
            for key in measured
            for f in self.detector(f"{MEASURES[key]}: {text}").findings
            if f.symptom == key and f.origin is Origin.VITALS
        ]
        return bool(again) and all(f.status is Status.NEGATED for f in again)

    def _asks_on_another_topic(self, text: str, triage: Triage) -> bool:
        """Does the message ask about a topic of the leaflet's guidance (`GUIDANCE_TOPIC`) or another medicine, and
        nothing about what was told (`ABOUT_WHAT_WAS_TOLD`), naming no symptom at all?"""
        plain = normalise(text).text
        medicine = any(f.symptom in MEDICINE_KEYS for f in triage.findings)
        if triage.level is not Level.NONE or not (medicine or GUIDANCE_TOPIC.search(plain)):
            return False
        asked = LEAD_IN.sub("", plain)
        if ABOUT_WHAT_WAS_TOLD.search(plain):
            return False
        if not (QUESTION_START.match(asked) or self.detector.asks_something(asked)):
            return False
        # nothing else found in it: no symptom, even asked about or denied ("can i drink if im not nauseous anymore"),
        # nor a part of an emergency ("is it ok to drive with a tight chest", "can i take benadryl for the hives"); a
        # medicine or a phrase that is no symptom ("have a glass of wine") may be
        if not all(f.symptom in MEDICINE_KEYS or f.tier is Tier.MASK for f in triage.findings):
            return False
        # ... no statement beside the question ("is it ok to drive, i cant feel my legs"), and nothing the learned part
        # would hear were it no question ("can i take tylenol for the chest pain", "can i mix it with vodka? i just
        # want to sleep for a long long time": stop 47's review)
        if not all(_asks_or_adds(clause) for clause in CLAUSES.split(asked)):
            return False
        return self.learned is None or not self.learned.opinions(plain)

    def _explained_after(self, before: str, text: str, told: Sequence[Finding]) -> bool:
        """Does this message name a cause for what the last one told, read with it as one message? Only what the
        lexicon read in the last message by itself counts (not what a fragment told with the turn before it, "is
        racing", nor a Yes to a question, nor the learned part's opinion)."""
        if any(f.origin not in (Origin.LEXICON, Origin.VITALS) for f in told):
            return False
        keys = {f.symptom for f in told}
        # (a hot path: most messages after the stop reply name no cause, and are not read again)
        if not all(self.detector.names_a_cause(text, key) for key in keys):
            return False
        together = self.detector(f"{before}\n{text}").findings
        explained = {f.symptom for f in together if not f.reported and f.told_as(Category.OTHER_CAUSE)}
        return keys <= explained and not keys & {f.symptom for f in together if f.reported}

    @staticmethod
    def _still_open(text: str, triage: Triage, previous: Triage | None, recent: Sequence[Triage] = ()) -> Triage:
        """After the emergency reply, a message that doesn't close it keeps it: the emergency found before, again.
        One closed a turn ago ("the ambulance is on its way") is kept by a message that says it is still going on
        ("it's been going 6 minutes now"): the emergency isn't over because help was called."""
        # (`previous` is one of `recent`: the emergency that only acknowledgments followed)
        if _closes(text, crisis=_crisis(recent), theirs=_theirs(recent)):
            return triage
        if any(f.symptom == ONGOING and f.status is Status.PRESENT for f in triage.findings):
            previous = next((t for t in reversed(recent) if t.level is Level.EMERGENCY), previous)
        if previous is None or previous.level is not Level.EMERGENCY:
            return triage
        # every emergency told before, so that the reply is the same (a hint of self-harm keeps its crisis line)
        told = [before for before in previous.findings if before.reported and before.tier is Tier.EMERGENCY]
        return _kept(triage, text, told, Level.EMERGENCY, "emergency") if told else triage

    def _alone(
        self,
        text: str,
        by_sentence: bool = True,
        answers: bool = False,
        closing: bool = False,
    ) -> Triage:
        """The detector's reading, and the learned second opinion where the lexicon can't place a
        symptom: on the whole text, and (`by_sentence`) on each of its sentences. A message that `answers` earlier
        ones may rest an opinion on when it happens ("yes still", "again now": `WHEN_WORDS`). One `closing` an urgent
        reply gets no question from the learned part, which only raises on it (stop 49, a chat tuning set: "thanks for
        answering" was asked whether someone can't be woken, "nvm its passed, fine now" whether it was a seizure), but
        still the question with the crisis line."""
        triage = self.detector(text)
        # someone else's severe drowsiness is asked about first: whether they can be woken asks about an emergency sign;
        # and so is an emergency sign told in a story (stop 33), and a severe stiffness where Soma treats (stop 34)
        first = (
            self._can_they_be_woken(triage)
            or self._told_in_a_story(triage)
            or self._beyond_the_treated(triage, text)
            or self._a_goodbye(triage, text)
        )
        # (nor is a greeting heard: "hi there" was asked about hallucinations on "there", stop 52's chat tuning set)
        if self.learned is None or not text.strip() or GREETING.match(text):
            return _asking(triage, first)
        raised: List[Finding] = []
        check: Finding | None = None
        for part, opinion in self._opinions(text, triage, by_sentence, when_is_content=answers):
            symptom = self.lexicon.symptoms[opinion.symptom]
            if any(f.symptom == symptom.key for f in raised):
                continue
            # a few words ("my heart", "he took soma") are too little to raise on: ask instead; and so is a hint of
            # self-harm heard only in function words and not clearly ("how long does it take to feel something" 0.68):
            # it gets the question with the crisis line (stop 32)
            bare = symptom.fail_safe and self._bare_hint(opinion)
            raises = (
                opinion.raise_
                and len(_content_words(part)) >= MIN_WORDS_TO_RAISE
                and not bare
                and not _only_a_measure(symptom.key, opinion, part)
                and not (CUT_OFF.search(part) and symptom.key == "fast_heartbeat" and not HOW_IT_GOES.search(part))
            )
            finding = Finding(
                symptom=symptom.key,
                name=symptom.name,
                tier=symptom.tier,
                text=part.strip()[:120],
                start=max(0, text.find(part)),
                end=max(0, text.find(part)) + len(part),
                origin=Origin.LEARNED,
                score=opinion.score,
                evidence=opinion.evidence,
                cues=tuple(f"READ AS SOMA: {name}" for name in opinion.read_as_soma),
                other_person=any(f.other_person for f in triage.findings),
                source=self.lexicon.advice_for(symptom),
            )
            if raises or (symptom.fail_safe and not bare):  # any other hint of self-harm: the emergency reply
                raised.append(finding)
            elif check is None and (not closing or symptom.fail_safe):
                check = replace(finding, cues=(f"ASK: {symptom.check}",))
        if raised:
            level = min((triage.level, *(_LEVEL[f.tier] for f in raised)), key=lambda lv: lv.rank)
            triage = replace(triage, findings=triage.findings + tuple(raised), level=level)
        return _asking(triage, first or check)

    def _can_they_be_woken(self, triage: Triage) -> Finding | None:
        """Someone else's severe drowsiness may be more than the writer can tell ("my son is super groggy"): the
        question whether they can be woken. The writer's own gets the common-effects reply: they are awake to write."""
        drowsy = next(
            (f for f in triage.findings if f.symptom == SEVERE_DROWSINESS and f.reported and f.other_person), None
        )
        return None if drowsy is None else self._asked_as(drowsy, UNRESPONSIVE)

    def _a_goodbye(self, triage: Triage, text: str) -> Finding | None:
        """A goodbye or an apology out of nowhere, told with nothing the lexicon reads as self-harm (stop 40: a chat
        set's goodbye got general guidance): the question with the crisis line, never silence. Beside an emptied pack or
        the most one can take it is the emergency reply (the lexicon's combinations); a "yes" to the question is too.
        Not beside a question, which says what the message is about (stop 32: "we rehomed the dog when we moved, does
        soma make you drowsy?"; "she gave away her old sofa last week, can she take soma with her new meds")."""
        goodbye = next((f for f in triage.findings if f.symptom == FAREWELL and f.status is Status.PRESENT), None)
        if goodbye is None or self.detector.asks_something(text):
            return None
        return self._asked_as(goodbye, SELF_HARM)

    def _asked_as(self, finding: Finding, key: str) -> Finding:
        """`finding` made the question about the lexicon's `key` (its own symptom, or another's): present, with that
        symptom's name, tier, check question and advice. Every question the lexicon alone asks is made here."""
        symptom = self.lexicon.symptoms[key]
        return replace(
            finding,
            status=Status.PRESENT,
            symptom=symptom.key,
            name=symptom.name,
            tier=symptom.tier,
            cues=(*finding.cues, f"ASK: {symptom.check}"),
            source=self.lexicon.advice_for(symptom),
        )

    def _beyond_the_treated(self, triage: Triage, text: str) -> Finding | None:
        """A stiffness read as the treated condition only because it is at a site Soma treats ("neck locked up so tight
        i couldnt turn my head"), told as severe and never said to be why Soma is taken: the question whether it is new
        or beyond the muscle treated, never silence (stop 34). Told as the reason ("that's why i'm on it", "i take it
        for my stiff neck") or as better, it is the treated condition."""
        treated = next(
            (
                f
                for f in triage.findings
                if f.status is Status.TREATED and f.symptom == MUSCLE_STIFFNESS and not f.told_as(Category.IMPROVED)
            ),
            None,
        )
        if treated is None or not _SEVERE_STIFFNESS.search(normalise(text).text) or self.detector.tells_why_taken(text):
            return None
        return self._asked_as(treated, treated.symptom)

    def _told_in_a_story(self, triage: Triage) -> Finding | None:
        """An emergency sign of a story's, a dream's or a screen's people (stop 33: "a true crime doc where the guy
        overdosed and they couldn't wake him"): the question whether it is happening to someone now, never silence (a
        film's plot is no alarm, and a patient may tell a real one oddly)."""
        told = next(
            (
                f
                for f in triage.findings
                if f.tier is Tier.EMERGENCY and f.status is Status.HYPOTHETICAL and f.told_as(Category.STORY)
            ),
            None,
        )
        if told is None:
            return None
        return self._asked_as(told, told.symptom)

    def _opinions(
        self, text: str, triage: Triage, by_sentence: bool, when_is_content: bool = False
    ) -> List[Tuple[str, Opinion]]:
        """The learned opinions on the whole message and on each of its sentences, where the
        lexicon placed nothing of that symptom and the part doesn't only ask, most likely first."""
        found: List[Tuple[str, Opinion]] = []
        parts = [(text, triage)]
        # a one-word sentence ("goodbye!" after "thanks, that's all i needed") is read only in its message: alone it
        # is too little for the learned part to weigh
        sentences = [s for s in _SENTENCE_END.split(text) if len(s.split()) > 1]
        if by_sentence and len(sentences) > 1:
            parts += [(sentence, self.detector(sentence)) for sentence in sentences]
        for part, reading in parts:
            earlier = [f for f in triage.findings if f.status is not Status.PRESENT and _same_sentence(f, text, part)]
            placed = self._unheard([*reading.findings, *earlier])
            # the words of every clause that told one of the stomach's two, by symptom (all of them: "threw up once,
            # then again after lunch" is told twice)
            clauses: Dict[str, Set[str]] = {}
            for source, findings in ((part, reading.findings), (text, earlier)):
                for f in findings:
                    if f.symptom in TOLD_ALIKE:
                        clauses.setdefault(f.symptom, set()).update(learned_words(_clause_of(source, f)))
            opinions = [o for o in self.learned.opinions(part, exclude=placed) if o.symptom in self.lexicon.symptoms]
            opinions += self._hint_with_medicines_read_as_soma(part, reading, opinions, placed)
            if not opinions:
                continue
            asks = self.detector.only_asks(part)
            # a story, a dream or a screen (`tells_a_story`) reports no warning symptom; an emergency sign is heard
            story = self.detector.tells_a_story(part)
            # where the lexicon read a warning sign, "now" and "keeps" are what may make it an emergency
            warned = any(f.reported and f.tier in (Tier.STOP, Tier.EMERGENCY) for f in reading.findings)
            warnings = [f for f in reading.findings if f.reported and f.tier is Tier.STOP]
            denied = self.detector.denied_words(part)
            explained = _explained_words([*reading.findings, *earlier])
            # a cause the part names explains what the learned part finds in it too, as it explains the lexicon's
            # mentions ("shivering after a downpour on the walk home" is no loss of coordination, "the rollercoaster
            # made my stomach flip" no nausea): never an emergency sign, never a seizure (`other_cause_explains`)
            for opinion in opinions:
                symptom = self.lexicon.symptoms[opinion.symptom]
                if symptom.other_cause_explains and self.detector.names_a_cause(part, symptom.key):
                    continue
                # a question, a denial, or dose talk ("I take it three times a day") reports nothing; but a question
                # or a denial can be a hint of self-harm: a reviewed mask alone says what its words mean ("this
                # crossword will be the death of me"), and the hint is heard on the rest of the part
                if symptom.fail_safe:
                    # ... nor is a warning symptom the lexicon read in the part ("an urge to move that won't go away",
                    # "flexeril made me see bugs on the wall"): the hint is heard on the rest of it (stop 34)
                    masked = self.detector.masked_words(part, symptom.key) | _words_of(warnings)
                    if set(opinion.evidence) & masked:
                        opinion = self._heard_without(part, opinion, masked)
                        # ... where the masks leave only function words, there is nothing left to hear (stop 35: "whats
                        # the half life", the half-life a mask, got the crisis line on "what's the")
                        if not set(learned_words(part)) - masked - FUNCTION_WORDS:
                            opinion = None
                # ... an emergency sign is heard on the rest of the part too, as the lexicon reads what a denial or a
                # mask leaves (stop 34: "my lips are dry and now they're swelling up" is still a swelling, whatever
                # "dry lips" hides)
                elif set(opinion.evidence) & denied:
                    emergency = symptom.tier is Tier.EMERGENCY
                    opinion = (self._heard_without if emergency else self._without)(part, opinion, denied)
                # ... and a warning symptom is heard without what the lexicon read as past, denied or explained, and the
                # words that said so (stop 50, a review tuning set: "no more jumping out of my skin" was no learned
                # twitching, nor "diarrhea for the first few days then my stomach adjusted" nausea); an emergency sign
                # is heard on them still, and so is a seizure, which an ending doesn't explain (`ending_explains`): "the
                # shaking stopped after two minutes" tells a fit that is over
                if (
                    opinion is not None
                    and symptom.tier is Tier.STOP
                    and symptom.ending_explains
                    and set(opinion.evidence) & explained
                ):
                    opinion = self._heard_without(part, opinion, explained)
                if opinion is None or not self._rests_on_content(opinion, symptom.fail_safe):
                    continue
                if not symptom.fail_safe and not warned and not when_is_content and set(opinion.evidence) & WHEN_WORDS:
                    opinion = self._heard_without(part, opinion, WHEN_WORDS)
                    if opinion is None or not self._rests_on_content(opinion):
                        continue
                # ... and what the lexicon told as the other of the stomach's two is heard apart, never stronger
                alike = frozenset(clauses.get(TOLD_ALIKE.get(symptom.key, ""), ()))
                if set(opinion.evidence) & alike:
                    apart = self._heard_without(part, opinion, alike)
                    if apart is None or not self._rests_on_content(apart):
                        continue
                    opinion = min(opinion, apart, key=lambda o: o.score)
                if (asks and not symptom.fail_safe) or (story and symptom.tier is Tier.STOP):
                    continue
                found.append((part, opinion))
        return sorted(found, key=lambda pair: -pair[1].score)

    def _hint_with_medicines_read_as_soma(
        self, part: str, reading: Triage, opinions: Sequence[Opinion], placed: AbstractSet[str]
    ) -> List[Opinion]:
        """A hint of self-harm heard in the part with each medicine it names read as Soma, where none was heard in it
        whole. Reviews name their drug in nearly every sentence the learned part trained on, so another drug's name
        weighs against a hint beside it: "xanax .25 as needed and lately i don't see the point in anything, even staying
        alive" (nothing heard; 0.61 with "soma" for "xanax", stop 45). The name is replaced, not taken away: what the
        part says of a medicine stays said of one ("reading about methods to taper off effexor" is no hint; 0.53
        without the name). Only a medicine said to be taken: one denied ("i'm not on zoloft any more") is no drug the
        part is about."""
        if any(self.lexicon.symptoms[o.symptom].fail_safe for o in opinions):
            return []
        named = {
            w
            for f in reading.findings
            if f.symptom in MEDICINE_KEYS and f.status is Status.PRESENT
            for w in learned_words(f.text)
        }
        if not named:
            return []
        words = learned_words(part)
        kept = [SOMA if w in named else w for w in words]
        if kept == words:
            return []
        return [
            replace(o, read_as_soma=tuple(sorted(named & set(words))))
            for o in self.learned.opinions(" ".join(kept), exclude=placed)
            if o.symptom in self.lexicon.symptoms and self.lexicon.symptoms[o.symptom].fail_safe
        ]

    def _unheard(self, placed: Iterable[Finding]) -> Set[str]:
        """The symptoms the learned part is silent on beside these findings: each one the lexicon placed, its
        RELATED ones, and, where the lexicon read a condition Soma is taken for (the lexicon's
        `treated_condition`: spasms are read as twitching or as stiffness), every such condition: "soma for my
        back spasms from lifting" is no learned stiffness. Not where it was denied: "no spasms" says nothing
        of stiffness. A mask that hides some warning symptoms places them too: "the whole house was shaking in the
        earthquake" is no learned seizure (stop 31)."""
        placed = list(placed)
        keys = {f.symptom for f in placed}
        # (warning symptoms only: an emergency sign or a hint of self-harm is still heard on the rest of the sentence)
        keys |= {
            hidden
            for key in list(keys)
            for hidden in self.detector.hides.get(key, ())
            if self.lexicon.symptoms[hidden].tier is Tier.STOP
        }
        keys |= {related for key in keys for related in RELATED.get(key, ())}
        if any(f.symptom in self.detector.treated and f.status is not Status.NEGATED for f in placed):
            keys |= self.detector.treated
        return keys

    def _without(self, part: str, opinion: Opinion, denied: FrozenSet[str]) -> Opinion | None:
        """An opinion that rests on a denied word: none where it is one of its two weightiest ("my heart is not
        racing", "i don't feel sick"); else the opinion on the part without the denied words, where it still holds
        ("i hear music playing and no radio or tv is on": the music)."""
        if set(opinion.evidence[:2]) & denied:
            return None
        return self._heard_without(part, opinion, denied)

    def _heard_without(self, part: str, opinion: Opinion, words: FrozenSet[str]) -> Opinion | None:
        """The opinion on the part without these words, where it still holds. (A hint heard with medicines read as Soma
        is heard again with their names: what is left of it beside a mask or a warning symptom is too little to read so;
        stop 45's final review found "flexeril made me see bugs on the wall" read so, without the bugs, a hint at
        0.64.)"""
        kept = " ".join(w for w in learned_words(part) if w not in words)
        return next((o for o in self.learned.opinions(kept) if o.symptom == opinion.symptom), None)

    @staticmethod
    def _bare_hint(opinion: Opinion) -> bool:
        """A hint of self-harm the learned part hears only in function words, below BARE_HINT_TO_RAISE."""
        return not set(opinion.evidence) - BARE_WORDS and opinion.score < BARE_HINT_TO_RAISE

    def _rests_on_content(self, opinion: Opinion, fail_safe: bool = False) -> bool:
        """The opinion rests on a content word: not only on who took what when ("my husband took
        his soma"), not on a number (readings are triage/numbers.py's), and not mainly on a real word
        that only looks like a symptom ("sweets": the typo guard's known words). A hint of self-harm
        (`fail_safe`) looks like no symptom word: any word but a number is what it may rest on ("planning", and
        the function words of "how many would it take")."""
        if not opinion.evidence:
            return False
        # the word it mainly rests on is its first that says something: not a word of when or where ("went
        # into a food coma after lunch" rested on "after", then "into", then "lunch", a real word that only
        # looks like "punch": stop 37)
        main = next((w for w in opinion.evidence if w not in LINKING_WORDS), opinion.evidence[0])
        if not fail_safe and main in self.detector.known_words:
            return False
        if fail_safe:
            # a hint of self-harm is said in these very words: "how many would it take", "tell them i'm sorry", "not
            # be here tonight" (stop 32: two such hints the model scored 0.61 and 0.79 were silenced here; see
            # `_bare_hint`)
            return any(not _NUMBER.fullmatch(w) for w in opinion.evidence)
        return bool({w for w in opinion.evidence if not _NUMBER.fullmatch(w)} - FUNCTION_WORDS - DOSE_WORDS - NEGATIONS)

    def _answered(self, text: str, asked: Finding) -> Triage | None:
        """The patient's answer to "It sounds like ... Is that right?": yes reports the symptom."""
        answer = _answer(text)
        if answer is None:
            return None
        if answer == "no":
            return Triage(Level.NONE, (replace(asked, status=Status.NEGATED, origin=Origin.ANSWER, text=text),))
        confirmed = replace(asked, origin=Origin.ANSWER, text=text, start=0, end=len(text), cues=("ANSWER: yes",))
        return Triage(_LEVEL[asked.tier], (confirmed,))

    def _in_context(self, text: str, alone: Triage, history: Sequence[Turn]) -> Triage:
        """Read the message together with the patient's previous ones: an urgent finding that only
        the reading together makes, and that no earlier message reported, counts. A thanks or a call made is no part of
        what was told before (stop 36: "calling now" after a breathing emergency was read with it, and the learned
        part heard an overdose in "took soma ... now"); a call told with what is happening still is ("called 911, he's
        barely breathing")."""
        if _only_thanks_or_a_call(text):
            return alone
        admitted = self._admitted(text, alone, history[-1])
        if admitted is not None:
            return admitted
        before = " ".join(t.text for t in history)
        already = {k for t in history for k in t.triage.reported} | set(alone.reported)
        # only the whole reading is new: each sentence alone was read in its own turn, and the new
        # message's sentences in `alone`
        offset = len(before) + 1
        # a bare count or amount after talk of taking tablets is how many were taken: "like 6", "about ten i think", "a
        # lot" (stop 36)
        said = as_taken(text, before)
        offset += len(said) - len(text)
        together = self._alone(f"{before}\n{said}", by_sentence=False, answers=True)
        new = [f for f in together.findings if f.reported and f.symptom not in already and f.tier.value != "common"]
        urgent = [f for f in new if _LEVEL.get(f.tier, Level.NONE).rank < alone.level.rank]
        if alone.level is Level.STOP:  # only the lexicon's emergency raises a stop told alone, never a learned guess
            urgent = [f for f in urgent if f.origin is not Origin.LEARNED]
        if urgent:
            urgent = self._not_revived(urgent, history, before, text)
        if not urgent:
            return alone
        moved = tuple(_from_context(f, offset, text, before) for f in urgent)
        if said != text:  # the count is what the patient wrote; "took" came from the earlier turn
            moved = tuple(replace(f, text=text, start=0, end=len(text)) for f in moved)
        level = min((_LEVEL[f.tier] for f in urgent), key=lambda lv: lv.rank)
        return replace(alone, level=level, findings=alone.findings + moved, check=None)

    def _not_revived(self, urgent: List[Finding], history: Sequence[Turn], before: str, text: str) -> List[Finding]:
        """Not what the earlier turns, run together, revive of a symptom one of them placed as over, denied or past
        (stop 51, a chat tuning set: "had some diarrhea the first day but it cleared up on its own" / "today just a
        dry mouth" / "any tips for dry mouth" read "on its own today" as diarrhea today). A symptom those turns never
        placed (a fragment each turn alone left unread) still counts, and so does any where a turn says it goes on, is
        back or worse ("the shaking stopped" / "ok" / "ugh its started again", "... / here we go again / what do i do":
        `SymptomDetector.tells_it_goes_on`)."""
        placed = {
            f.symptom for t in history for f in t.triage.findings if f.origin is Origin.LEXICON and not f.reported
        }
        if not placed & {f.symptom for f in urgent} or any(
            self.detector.tells_it_goes_on(said) for said in [*(t.text for t in history), text]
        ):
            return urgent
        revived = set(self._alone(before, by_sentence=False, answers=True).reported) & placed
        return [f for f in urgent if f.symptom not in revived]

    @staticmethod
    def _admitted(text: str, alone: Triage, previous: Turn) -> Triage | None:
        """An urgent sign the previous message only asked about, now said to have happened ("what happens if you
        take too many soma?" / "i already did"): reported."""
        if not ADMITS.search(normalise(text).text):
            return None
        asked = [
            f
            for f in previous.triage.findings
            if f.status is Status.HYPOTHETICAL and _LEVEL.get(f.tier, Level.NONE).urgent
        ]
        if not asked:
            return None
        said = tuple(
            _carried(f, text, f"asked about, then said to have happened ({previous.text[-60:]})", status=Status.PRESENT)
            for f in asked
        )
        level = min((_LEVEL[f.tier] for f in said), key=lambda lv: lv.rank)
        return replace(alone, level=level, findings=alone.findings + said, check=None)

    # ----------------------------------------------------------------------- persistence
    def save(self, directory: Path, lexicon_dir: Path = DEFAULT_LEXICON_DIR) -> None:
        """Everything serving needs, as plain files: the lexicon files as reviewed, the known
        words, the learned model."""
        directory = Path(directory)
        for name in FILES:
            shutil.copyfile(Path(lexicon_dir) / name, directory / name)
        (directory / KNOWN_WORDS_FILE).write_text(json.dumps(sorted(self.detector.known_words)))
        if self.learned is not None:
            self.learned.save(directory)

    @classmethod
    def load(cls, directory: Path) -> Triager:
        directory = Path(directory)
        known_words: FrozenSet[str] = frozenset(json.loads((directory / KNOWN_WORDS_FILE).read_text()))
        return cls(SymptomDetector(load_lexicon(directory), known_words), LearnedOpinion.load(directory))

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


_LEVEL = {Tier.EMERGENCY: Level.EMERGENCY, Tier.STOP: Level.STOP, Tier.COMMON: Level.COMMON}
_NUMBER = re.compile(r"[\d.,:/%-]+")  # readings are triage/numbers.py's business, not the learned part's
SOMA = "soma"
_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+|\n")


def _clause_of(source: str, finding: Finding) -> str:
    """The clause of `source` (the text `finding`'s offsets point into) that holds the finding: from the break before
    it to the break after it (`_CLAUSE_BREAK`)."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(source, 0, finding.start)), default=0)
    after = _CLAUSE_BREAK.search(source, finding.end)
    return source[start : after.start() if after else len(source)]


# a status the lexicon gave a mention that says it is not a report now, and the cues that give it (`_explained_words`)
NOT_NOW = frozenset({Status.HISTORICAL, Status.NEGATED})
SAYS_NOT_NOW = ("RESOLVED", "HISTORICAL", "OTHER_CAUSE", "NEGATED_EXISTENCE")


def _explained_words(findings: Sequence[Finding]) -> FrozenSet[str]:
    """The words of the mentions the lexicon read as past, denied or from another cause, and of the cues that read them
    so ("then my stomach adjusted", "no more")."""
    explained = [f for f in findings if f.status in NOT_NOW]
    cues = (cue.split(": ", 1)[1] for f in explained for cue in f.cues if cue.startswith(SAYS_NOT_NOW))
    return _words_of(explained) | frozenset(w for cue in cues for w in learned_words(cue))


def _words_of(findings: Sequence[Finding]) -> FrozenSet[str]:
    """The words of the patient's text the findings point at."""
    return frozenset(w for f in findings for w in learned_words(f.text))


def _kept(triage: Triage, text: str, told: Sequence[Finding], level: Level, what: str) -> Triage:
    """The reply told before, again: its findings carried into this turn (an open emergency, a stop reply kept)."""
    kept = tuple(_carried(f, text, f"still the {what} told before ({f.name})", score=None, evidence=()) for f in told)
    return replace(triage, level=level, findings=triage.findings + kept, check=None)


def _asking(triage: Triage, check: Finding | None) -> Triage:
    """The question about `check`, where nothing more urgent than a question was found."""
    if check is not None and Level.CHECK.rank < triage.level.rank:
        return replace(triage, level=Level.CHECK, check=check)
    return triage


def _same_sentence(finding: Finding, text: str, part: str) -> bool:
    """Does `finding` (offsets into `text`) lie inside `part` (a piece of `text`)?"""
    start = text.find(part)
    return start <= finding.start and finding.end <= start + len(part)


def _carried(finding: Finding, text: str, why: str, **changes) -> Finding:
    """A finding of an earlier turn carried into this one: the whole new message, and why it was carried."""
    return replace(
        finding, text=text, start=0, end=len(text), origin=Origin.CONTEXT, cues=(f"EARLIER TURN: {why}",), **changes
    )


def _from_context(finding: Finding, offset: int, text: str, before: str) -> Finding:
    """A finding of the reading together, with offsets into the new message (clamped to it) and
    the earlier words named in its context."""
    start = max(0, finding.start - offset)
    end = max(start, min(len(text), finding.end - offset))
    earlier = before.strip()
    cue = f"EARLIER TURN: {earlier[-60:]}"
    return replace(finding, start=start, end=end, origin=Origin.CONTEXT, cues=(cue, *finding.cues))


def conversation(triager: Triager, texts: Sequence[str]) -> List[Triage]:
    """Each patient message of a conversation triaged in the light of the earlier ones."""
    history: List[Turn] = []
    results = []
    for text in texts:
        result = triager(text, history)
        results.append(result)
        history.append(Turn(text, result))
    return results
