"""Text as patients type it, made readable for matching, with the way back to what they wrote.

One normalisation for every path (REST, socket.io, the shell, `make explain`, the evaluation),
before any matching:

* Unicode compatibility forms (full-width "ｓｈａｋｉｎｇ", ligatures) become plain letters (NFKC);
  typographic quotes and apostrophes become ASCII ("can’t" -> "can't");
* markup and emphasis around words go: HTML tags ("<b>shaking</b>"), markdown ("*seizure*",
  "~shaking~", "**help**"), so decoration never lowers a tier;
* emoji go, except a few that patients use for a symptom, which become that word ("🤮" ->
  "vomiting");
* punctuation glued between words becomes a break ("nausea;insomnia", "nausea- all week");
* a letter repeated three times or more is kept twice ("soooo shaaaky" -> "soo shaaky"; typo
  correction then finds "shaky"), and runs of spaces become one;
* chat shorthand becomes words ("u" -> "you", "bc" -> "because", "rn" -> "right now", "dont" ->
  "don't", "my 3yo" -> "my 3 year old");
* words typed as they sound become the words they sound like ("hart" -> "heart", "rite" -> "right",
  "tuk" -> "took", "n" between words -> "and"), and a dropped final g is put back ("breathin",
  "shakin'" -> "breathing", "shaking"; the table `triage/dropped_g.txt`, made from word
  frequencies by `python -m triage.typos`).

`Normalised.span` maps a character span of the normalised text back to the patient's text, so a
finding's offsets always point into what the patient wrote.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import List, Tuple

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u201c": '"', "\u201d": '"'}
DEGREES = {"\u00ba": "\u00b0", "\u02da": "\u00b0", "\u2070": "\u00b0"}  # º, ˚, ⁰ written for a degree sign
DASHES = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"}
_EMPHASIS = re.compile(r"[*_~#|^]+")  # markdown decoration; an apostrophe or a hyphen inside a word stays
# emoji patients use for a symptom (anything else that is a symbol goes)
EMOJI_WORDS = {
    "\U0001f92e": "vomiting",  # face vomiting
    "\U0001f922": "nauseous",  # nauseated face
    "\U0001f976": "shivering",  # cold face
    "\U0001f975": "sweating",  # hot face
    "\U0001f4a6": "sweating",  # sweat droplets
    # (stop 42) the toilet and the poo: "been on the 🚽 all morning" (not the shaking face, which is shock more often
    # than a tremor, nor the thermometer: a reading is read without it)
    "\U0001f6bd": "toilet",  # toilet
    "\U0001f4a9": "poo",  # pile of poo ("feel like 💩" stays nothing)
    # ... and the two that stand for death, for the lexicon's self-harm patterns to read beside a word ("i'm done 🪦",
    # stop 34); alone they are no hint
    "\U0001faa6": "headstone",  # headstone
    "\u26b0": "coffin",  # coffin
}
# chat shorthand, matched as a whole word (case-insensitive)
SHORTHAND = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "im": "i'm",
    "ive": "i've",
    "bc": "because",
    "bcos": "because",
    "bcoz": "because",
    "cuz": "because",
    "cos": "because",
    "coz": "because",
    "b4": "before",
    "nevr": "never",
    "nvr": "never",
    "rn": "right now",
    "atm": "at the moment",
    "idk": "i don't know",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "w/": "with",
    "w/o": "without",
    "hrs": "hours",
    "mins": "minutes",
    "min": "minutes",
    "secs": "seconds",
    "hubby": "husband",
    "tmrw": "tomorrow",
    "2day": "today",
    "2nite": "tonight",
    "smth": "something",
    "sth": "something",
    "def": "definitely",
    # contractions typed without their apostrophe, so that "dont" and "don't" read alike
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "whats": "what's",
    "thats": "that's",
    "theres": "there's",
    "youre": "you're",
    "theyre": "they're",
    "hes": "he's",
    "shes": "she's",
}
# (stop 48) words typed as they sound, in chat: a symptom said as "hart racin" or "not breathin rite" is read as one
# said in full. Only where the spelling is no other word a patient would type here ("hart" a deer, "rite" a ritual
# are not; "bout", a bout of vomiting, "wit", at my wit's end, "hed", he'd, "harts", hurts, and "da", a dad, are left;
# so are the spellings the lexicon's patterns read as they are: "gonna", "wanna", "kinda", "tho")
SOUNDED_OUT = {
    "hart": "heart",
    "rite": "right",
    "realy": "really",
    "rly": "really",
    "wat": "what",
    "wut": "what",
    "tuk": "took",
    "takin": "taking",  # WordNet's takin is an antelope
    "siezin": "seizing",
    "convulsin": "convulsing",
    "jerkin": "jerking",  # WordNet's jerkin is a jacket
    # ... and dropped g's the table leaves, a more common word being one letter off ("putin", "join", "twin")
    "pukin": "puking",
    "doin": "doing",
    "tyin": "tying",
    "rapin": "rapid",  # as in "rapin heartbeat"; one letter off "raping" too
    "makin": "making",
    "sumone": "someone",
    "sum1": "someone",
    "some1": "someone",
    "any1": "anyone",
    "every1": "everyone",
    "tite": "tight",
    "tuch": "touch",
    "strait": "straight",
    "evry": "every",
    "evrything": "everything",
    "evrywhere": "everywhere",
    "evryone": "everyone",
    "thru": "through",
    "wen": "when",
    "abt": "about",
    "nite": "night",
    "prolly": "probably",
    "probly": "probably",
    "alrite": "alright",
    "aight": "alright",
    "hartrate": "heartrate",
    "kno": "know",
    "dat": "that",
    "dis": "this",
    "nuthin": "nothing",
    "sumthin": "something",
    "luv": "love",
    "gud": "good",
    "bak": "back",
    "brethe": "breathe",
    "breth": "breath",
    "thot": "thought",
    "becuz": "because",
    "cud": "could",
    "shud": "should",
    "wud": "would",
    "hav": "have",
    "sed": "said",
    "agen": "again",
    "calld": "called",  # (stop 49, a chat tuning set) "ok calld 911"
    # "ain't" is am, is, are, has or have not: for the triage, a "be" denied ("people that ain't there")
    "aint": "isn't",
    "ain't": "isn't",
    "alot": "a lot",
}
_SPOKEN = SHORTHAND | SOUNDED_OUT
_SHORTHAND = re.compile(
    r"(?<![\w/])(" + "|".join(re.escape(k) for k in sorted(_SPOKEN, key=len, reverse=True)) + r")(?![\w/])(?!\s+aid\b)",
    re.I,
)  # (not "rite aid", the pharmacy)
# "n" between two words is "and" ("slow n shallow"), not in "n/v", "n+v" or "n & v" (nausea and vomiting)
_AND = re.compile(r"(?<=[A-Za-z] )n(?= [A-Za-z])", re.I)
# "2" for "too" before an amount or a state ("took 2 many", "2 tired"), and "breath" for "breathe" where a verb goes
# ("cant breath", "struggling to breath")
_TOO = re.compile(
    r"(?<![\w.])2(?= (?:many|much|tired|sick|weak|dizzy|hot|cold|fast|slow)\b)"
    r"(?! (?:many|much) (?:hours|days|weeks|months|years|minutes|times)\b)",  # "took 2, many hours ago"
    re.I,
)
_BEFORE_A_VERB = ("to", "can't", "cannot", "couldn't", "can", "could", "not", "cant")
_BREATHE = re.compile("(?:" + "|".join(f"(?<=\\b{w} )" for w in _BEFORE_A_VERB) + r")breath(?![\w'])", re.I)
# a dropped final g ("breathin", "shakin'"): the table made from word frequencies by `python -m triage.typos`
# (beside the code, not in data/: the server's image holds the code and the model only)
DROPPED_G_TABLE = Path(__file__).resolve().parent / "dropped_g.txt"
DROPPED_G = dict(
    line.split() for line in DROPPED_G_TABLE.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"
)
_ENDS_IN_IN = re.compile(r"(?<![\w'])([A-Za-z]{2,}in)'?(?![\w'])", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,60}>")
# "my 3yo" -> "my 3 year old"; not a time gone by ("2 yrs ago", "seizure free for 6 yrs", "over 3 yrs now": stop 31)
_AGE = re.compile(
    r"(?<!for )(?<!over )(?<!free )(?<!past )(?<!last )\b(\d{1,2})\s*"
    r"(?:yo|y/o|yrs? old|yrs?(?!\s*(?:ago|back|before|earlier|later|since|now|running|in a row|straight)\b))\b",
    re.I,
)
_REPEATS = re.compile(r"([a-zA-Z])\1{2,}")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
# punctuation glued between two words, or a hyphen hanging off one, is a break between words: "nausea;insomnia",
# "nausea+headache", "NAUSEA!!!and", "nausea.headaches", "tremors(spasms)", "nausea- all week", "-nausea" (not
# "self-harm", "e.g.", "pill(s)")
_GLUED = re.compile(
    r"(?<=[A-Za-z]{2})([;+&!?()\[\]]+|\.{1,3})(?=[A-Za-z]{2})|(?<=[A-Za-z])-(?=\s|$)|(?:(?<=\s)|^)-(?=[A-Za-z])"
)


@dataclass(frozen=True)
class Normalised:
    text: str
    origin: Tuple[int, ...]  # for each character of `text`, the index of the character it came from
    source: str  # what the patient wrote

    def span(self, start: int, end: int) -> Tuple[int, int]:
        """The span of the patient's text that `text[start:end]` came from."""
        if not self.origin or start >= end:
            return (0, 0)
        return self.origin[start], self.origin[end - 1] + 1


def _pieces(text: str) -> List[Tuple[str, int]]:
    """(normalised piece, index of the original character) for each character of `text`."""
    if text.isascii():  # most messages: a table made by the same rules, without a Unicode lookup per character
        return [(_ASCII_PIECES[char], index) for index, char in enumerate(text)]
    return [(_piece(char), index) for index, char in enumerate(text)]


def _piece(char: str) -> str:
    if char in EMOJI_WORDS:
        return f" {EMOJI_WORDS[char]} "
    char = DEGREES.get(char, QUOTES.get(char, char))
    if char in DASHES:
        char = "-"
    folded = unicodedata.normalize("NFKC", char)
    category = unicodedata.category(folded[0]) if folded else "Cn"
    if category in ("So", "Sk", "Cs", "Co", "Cn", "Mn") or folded in ("\u200d", "\ufe0f"):
        return ""  # emoji, modifiers, joiners: no meaning for the triage
    if category.startswith("C") and folded not in "\n\t":
        return " "
    return folded


_ASCII_PIECES = {chr(code): _piece(chr(code)) for code in range(0x80)}


def _rewrite(text: str, origin: List[int], pattern: re.Pattern, replace) -> Tuple[str, List[int]]:
    """Apply a regex substitution and keep each new character's origin (a replacement's first
    character comes from the first character it replaces, the others from the last; one as long as
    what it replaces or longer keeps the origins of the letters it keeps at its start). `replace`
    returning None leaves the match as it is."""
    out: List[str] = []
    new_origin: List[int] = []
    last = 0
    for match in pattern.finditer(text):
        replacement = replace(match)
        if replacement is None:  # left as it is
            continue
        out.append(text[last : match.start()])
        new_origin.extend(origin[last : match.start()])
        out.append(replacement)
        first, last_char = origin[match.start()], origin[match.end() - 1]
        if len(replacement) < match.end() - match.start():  # shortened ("soooo" -> "soo"): the first, then the last
            new_origin.extend([first] + [last_char] * (len(replacement) - 1))
        else:  # the letters kept at its start keep their origins ("breathin" -> "breathing", "shakin'" -> "shaking")
            kept = max(1, len(os.path.commonprefix([match.group(0), replacement])))
            new_origin.extend(origin[match.start() : match.start() + kept] + [last_char] * (len(replacement) - kept))
        last = match.end()
    out.append(text[last:])
    new_origin.extend(origin[last:])
    return "".join(out), new_origin


# a turn normalises the same message and its sentences several times (the detector, the learned part, the rules
# on what follows an urgent reply): the result is immutable, so each is computed once a turn (the triage clears the
# cache at the start of each turn, `SymptomDetector.forget`, so that no patient's words outlive it)
@functools.lru_cache(maxsize=512)
def normalise(text: str) -> Normalised:
    pieces = _pieces(text)
    chars = "".join(piece for piece, _ in pieces)
    origin: List[int] = [index for piece, index in pieces for _ in piece]
    chars, origin = _rewrite(chars, origin, _TAG, lambda m: " ")
    chars, origin = _rewrite(chars, origin, _EMPHASIS, lambda m: " ")
    chars, origin = _rewrite(chars, origin, _REPEATS, lambda m: m.group(1) * 2)
    chars, origin = _rewrite(chars, origin, _SHORTHAND, lambda m: _shorthand(m.group(1)))
    chars, origin = _rewrite(chars, origin, _AND, lambda m: "and")
    chars, origin = _rewrite(chars, origin, _TOO, lambda m: "too")
    chars, origin = _rewrite(chars, origin, _BREATHE, lambda m: m.group(0) + ("E" if m.group(0).isupper() else "e"))
    chars, origin = _rewrite(chars, origin, _ENDS_IN_IN, _g_restored)
    chars, origin = _rewrite(chars, origin, _AGE, lambda m: f"{m.group(1)} year old")
    chars, origin = _rewrite(chars, origin, _GLUED, lambda m: f" {m.group(0)} ")
    chars, origin = _rewrite(chars, origin, _SPACES, lambda m: " ")
    # trim, keeping the origin in step
    start = len(chars) - len(chars.lstrip())
    end = len(chars.rstrip())
    return Normalised(chars[start:end], tuple(origin[start:end]), text)


def _g_restored(match: re.Match) -> str | None:
    """"shakin" -> "shaking", "RACIN" -> "RACING"; None for a word of no dropped g ("raisin")."""
    form = match.group(1)
    word = DROPPED_G.get(form.lower())
    return None if word is None else form + (word[len(form) :].upper() if form.isupper() else word[len(form) :])


def _shorthand(word: str) -> str:
    return _SPOKEN[word.lower()]
