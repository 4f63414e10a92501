"""Numbers that mean a symptom: a temperature, a pulse, a breathing rate, an oxygen reading, a
count of tablets.

Patients give readings rather than names ("temp 38.6", "HR 118 sitting down", "resp rate 8",
"took 6 of them"). Each reading found here becomes a mention of the symptom it means when it is
outside the limit below, or a denied one when it is in the normal range; the detector then reads
it in its context like any other mention ("my husband's temp is 39" is for him; "was 39 years
ago" is past). Limits (consumer health references and the label, reviewed with the lexicon):

* fever: 38.0 °C / 100.4 °F or more; normal 35.5-37.5 °C / 96-99.5 °F;
* fast heartbeat: a pulse over 100 a minute ("over 100", "in the 120s"); normal 50-100;
* breathing: under 10 breaths a minute (fewer than one every 6 seconds), or an oxygen saturation under 92 %;
* overdose: 3 or more tablets at a time ("took 4 at once"), more than 4 in a day, or more than
  700 mg (0.7 g) at a time or 1,400 mg in a day (the label: one 250 or 350 mg tablet three or four
  times a day); a bare count of 5 or more after "took" ("took 6"). A bare number of 200 or more is a strength in mg,
  no count of tablets ("took 350 and feel sleepy"); with a word for tablets it is a count.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import List

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a dozen": 12, "dozen": 12, "a couple": 2, "couple": 2, "several": 3, "a handful": 5, "handful": 5,
}  # fmt: skip
# (stop 42) never the first digits of a longer number: "if i take 350mg with food" is no what-if about 35 tablets
_WHOLE = r"\d{1,3}(?!\d|[.,]\d)|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
# tablets: whole numbers; of a range ("3 or 6", "four to five", "2-3") the larger, which is captured
COUNT = rf"(?:(?:{_WHOLE})\s*(?:or|to|-)\s*)?({_WHOLE})"

FEVER_C, NORMAL_C = 38.0, (35.5, 37.5)
FEVER_F, NORMAL_F = 100.4, (96.0, 99.5)
FAST_PULSE, NORMAL_PULSE = 100, (50, 100)
SLOW_BREATHING, LOW_OXYGEN = 10, 92
TABLETS_AT_ONCE, TABLETS_A_DAY = 3, 4
BARE_COUNT = 5  # "took 6" with no word for tablets: only a count this high is read as tablets
A_STRENGTH = 200  # ... and one this high is a strength in mg ("i take 350 a day", "had 350 at 8 and 350 at noon")
MG_AT_ONCE, MG_A_DAY = 700, 1400


@dataclass(frozen=True)
class Reading:
    symptom: str  # lexicon key the reading means
    start: int  # character offsets into the text it was read from
    end: int
    abnormal: bool  # outside the limit: a mention of the symptom; inside: the symptom denied
    meaning: str  # for the explanation: "38.6 °C is a fever"
    taken: bool = False  # tablets said to have been taken ("took 6", "that's 7"): a report even in a question


def _number(text: str) -> float | None:
    text = text.lower().replace(",", ".")
    if text in WORD_NUMBERS:
        return float(WORD_NUMBERS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _bare_count(text: str) -> float | None:
    """A count of tablets said without a word for them; none where the number is a strength in mg (`A_STRENGTH`: stop
    42, "took 350 and feel sleepy" and "i take 350 a day" had been overdoses of 350 tablets)."""
    count = _number(text)
    return None if count is None or count >= A_STRENGTH else count


# --------------------------------------------------------------------- numbers said in words
# (stop 53, a chat tuning set) readings said in words are read as their digits: "my temperature is thirty eight point
# two", "resting pulse over a hundred and ten", "temp's a hundred point eight", "heart rate one twenty"
_DIGIT_WORDS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_TEEN_WORDS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SPELLED_WORD = re.compile(r"[a-z]+", re.I)
_NUMBER_WORDS = frozenset(_DIGIT_WORDS) | frozenset(_TEEN_WORDS) | frozenset(_TENS_WORDS) | {"hundred"}
_JOINED = re.compile(r"[\s-]+")  # what may stand between the words of one number


def _below_hundred(words: List[str], i: int) -> tuple[int, int] | None:
    """(value, words used) of "thirty eight", "thirty-eight", "nineteen", "seven" at `words[i]`."""
    word = words[i] if i < len(words) else ""
    if word in _TEEN_WORDS:
        return _TEEN_WORDS[word], 1
    if word in _TENS_WORDS:
        unit = words[i + 1] if i + 1 < len(words) else ""
        if unit in _DIGIT_WORDS and _DIGIT_WORDS[unit] > 0:
            return _TENS_WORDS[word] + _DIGIT_WORDS[unit], 2
        return _TENS_WORDS[word], 1
    if word in _DIGIT_WORDS and word != "oh":
        return _DIGIT_WORDS[word], 1
    return None


def _spelled(words: List[str]) -> tuple[str, int] | None:
    """(digits, words used) of a number said in words at the start of `words`, where it reads as a reading: a hundred or
    more ("a hundred and ten", "two hundred", "one twenty", "one oh two"), thirteen or more ("thirty nine"), or with a
    decimal ("thirty eight point two"); else None (never "one", "two": counts are `_tablets`' business)."""
    words = [*words, "", "", ""]  # what follows the last word reads as nothing
    if words[1] == "hundred" and words[0] in ("a", "one", *_DIGIT_WORDS) and words[0] not in ("zero", "oh"):
        hundreds = 1 if words[0] in ("a", "one") else _DIGIT_WORDS[words[0]]
        value, used = hundreds * 100, 2
        rest = _below_hundred(words, used + (words[used] == "and"))
        if rest:
            value, used = value + rest[0], used + (words[used] == "and") + rest[1]
    elif words[0] == "hundred":
        value, used = 100, 1
    elif words[0] == "one" and words[1] == "oh" and words[2] in _DIGIT_WORDS:  # "one oh two"
        value, used = 100 + _DIGIT_WORDS[words[2]], 3
    elif words[0] == "one" and (words[1] in _TEEN_WORDS or words[1] in _TENS_WORDS):  # "one ten", "one twenty"
        rest = _below_hundred(words, 1)
        value, used = 100 + rest[0], 1 + rest[1]
    else:
        rest = _below_hundred(words, 0)
        if rest is None:
            return None
        value, used = rest
    decimals = ""
    if words[used] == "point" and words[used + 1] in _DIGIT_WORDS:
        decimals = "." + str(_DIGIT_WORDS[words[used + 1]])
        used += 2
    if value < 13 and not decimals:
        return None
    return f"{value}{decimals}", used


# ... only right after the word of a reading ("my temperature is thirty eight point two", "resting pulse over a hundred
# and ten", "heart rate went from 80 to a hundred and forty", "running a hundred and three"; never "running thirty eight
# minutes late", "bless her heart, my nan is a hundred and one", "on oxygen, she's eighty five", "hrv was a hundred and
# ten": stop 53's red-team probes), or with a decimal as a temperature is read in digits ("thirty nine point one" after
# "gonna check my temperature"); never before a unit of something else ("thirty nine years old", "a hundred and twenty
# quid"), nor a clock time after a word of when ("at one fifteen", "at ten forty") unless it is over a hundred or has a
# decimal ("about one oh two" is a temperature)
_READING_BEFORE = re.compile(
    r"\b(?:temp(?:erature)?s?|fever|thermometer|pulse|heart\s*rate|heartrate|bpm|hr|running)\b"
    r"(?:\s+(?:is|was|'s|s|of|at|reads?|read|says?|said|showing|shows|hit|over|above|around|about|like|up|to|went|gone|"
    r"still|now|currently|resting|reading|just|only|right|nearly|almost|my|his|her|a|from|\d{2,3}|but|its|it's|then|"
    r"spiking|spiked|climbing|climbed)){0,5}\s+$",
    re.I,
)
_OTHER_UNIT_AFTER = re.compile(
    r"^\s*(?:years?|yrs?|y/?o|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|pages?|pounds?|lbs?|kilos?|kgs?|kg|"
    r"stone|miles?|km|steps|dollars?|bucks|quid|euros?|cents?|calories|cals?|kcal|mg|mcg|milligrams?|ml|times|"
    r"percent|%|pence|p\b)",
    re.I,
)
_WHEN_BEFORE = re.compile(r"\b(?:at|by|till|until|til|since|before|after)\s+$", re.I)


def as_digits(text: str) -> str:
    """`text` with each number said in words that reads as a reading (`_spelled`) written in digits, padded with
    spaces to the words' length: every offset into the result is one into `text`."""
    spans = list(_SPELLED_WORD.finditer(text))
    words = [m.group().lower() for m in spans]
    if _NUMBER_WORDS.isdisjoint(words):  # most messages: nothing to read
        return text
    out, i = text, 0
    while i < len(spans):
        if words[i] not in _NUMBER_WORDS and not (words[i] == "a" and words[i + 1 : i + 2] == ["hundred"]):
            i += 1
            continue
        # the words of one number follow each other with only spaces or hyphens between (never more than 8)
        run = [spans[i]]
        while (
            i + len(run) < len(spans)
            and len(run) < 8
            and _JOINED.fullmatch(text[run[-1].end() : spans[i + len(run)].start()])
        ):
            run.append(spans[i + len(run)])
        said = _spelled([m.group().lower() for m in run])
        if said is None:
            i += 1
            continue
        digits, used = said
        start, end = run[0].start(), run[used - 1].end()
        decimal = "." in digits
        clock = not decimal and (float(digits) < 100 or run[0].group().lower() == "one")
        read = decimal or _READING_BEFORE.search(text[:start])
        if read and not _OTHER_UNIT_AFTER.match(text[end:]) and not (clock and _WHEN_BEFORE.search(text[:start])):
            out = out[:start] + digits.ljust(end - start) + out[end:]
        i += used
    return out


# ------------------------------------------------------------------------------ temperature
_TEMP_WORD = r"(?:temp(?:erature)?s?|fever|thermometer|feverish|forehead|running|reads?|reading|spiked?|spiking)"
_TEMP_WORD_AT = re.compile(rf"\b{_TEMP_WORD}\b", re.I)
_UNIT = r"\s*(°|º|deg(?:rees?)?|degs?)?\s*([cf])?(?![a-z])"
_TEMPERATURE = re.compile(
    rf"(?:{_TEMP_WORD}\b[^.!\d]{{0,30}}?(\d{{2,3}}(?:[.,]\d{{1,2}})?){_UNIT})"  # temp 38.6, fever? 100.8 this morning
    # 38.6c, 101 °F, 39 degrees c
    rf"|(?:\b(\d{{2,3}}(?:[.,]\d{{1,2}})?)(\s*[°º]\s*[cf]?|\s*(?:deg(?:rees?)?\s*)?[cf])(?![a-z]))"
    rf"|(?:\b(\d{{2,3}}(?:[.,]\d{{1,2}})?)\s+(?:fever|temp(?:erature)?)\b)"  # 101 fever
    # a bare reading with one decimal where only a temperature fits: "38.6 this morning", "100.8 tonight"
    rf"|(?:(?<![\d$£€.,])\b((?:3[5-9]|4[0-2]|9[6-9]|10[0-7])[.,]\d)\b(?!\s*(?:kg|lbs?|mg|ml|%|mmol|years?|yrs?|km|miles?|cm|m\b)))"
    # degrees with no scale: "102 degrees", "39 deg" (read by its value; not the weather, see _WEATHER)
    rf"|(?:\b(\d{{2,3}}(?:[.,]\d{{1,2}})?)\s*deg(?:rees?|s)?\b)",
    re.I,
)
# the temperature of a thing, not of a body, named first in its sentence (stop 54, stop 53's second red team: "the bath
# temp was about forty"; never a thing before a body's reading in chat: "we're in the car temp is 39.1", "after the bath
# temp was still 39.7 under his arm", "had my tea temp 40.2": stop 54's red teams and review)
_THING_TEMP = re.compile(
    r"(?:^|[.!?,;]\s*)(?:the\s+)?(?:bath\s*water|bath|water|room|oven|pool|fridge|freezer|hot\s+tub|tub|sauna|grill|oil|tank|shower)"
    r"\s+(?:temp(?:erature)?s?|thermometer|reading)\s*$",
    re.I,
)
# degrees of the weather, a bath or a room are no temperature of the body: "it was 102 degrees out"
_WEATHER = re.compile(
    r"\bdeg(?:rees?|s)?\s+out\b|\b(?:outside|outdoors|weather|heat\s*wave|heatwave|sunny|summer|forecast|oven|bath|"
    r"shower|thermostat|air\s*con|humid|humidity|high\s*of|in\s*the\s*shade|pool|sauna|heat\s*dome|aircon|a/?c)\b"
    # ... nor degrees said of "it" or of where one is (stop 32): "it's 40 degrees here", "38 degrees in that room"
    r"|\bit(?:'s|s| is| was)\s+\d{2,3}\s*deg"
    r"|\bdeg(?:rees?|s)?\s+(?:here|today|inside|indoors|in\s+(?:here|there|the|that|this))\b",
    re.I,
)


def _temperature(value: float, unit: str) -> tuple[bool, str] | None:
    """(fever?, meaning) for a plausible body temperature, else None."""
    if unit == "c" or (not unit and 34 <= value <= 43):
        if not 34 <= value <= 43:
            return None
        if value >= FEVER_C:
            return True, f"{value:g} °C is a fever (38 °C or more)"
        return (False, f"{value:g} °C is a normal temperature") if NORMAL_C[0] <= value <= NORMAL_C[1] else None
    if not 93 <= value <= 110:
        return None
    if value >= FEVER_F:
        return True, f"{value:g} °F is a fever (100.4 °F or more)"
    return (False, f"{value:g} °F is a normal temperature") if NORMAL_F[0] <= value <= NORMAL_F[1] else None


# ---------------------------------------------------------------------------------- pulse
# ("hr" after a number is hours, unless a reading follows: "a 72 hr hold on effexor 150" is no pulse of 150, "bp
# 120/80 hr 110" is)
_PULSE = re.compile(
    r"(?:\b(?:(?<!\d\s)hr|(?<=\d\s)hr(?=\s*(?:is|was|of|at|=|:|\d))|heart\s*rate|heartrate|pulse|bpm|heart(?:beat|s)?|resting|watch|fitbit|smart\s*watch|apple\s*watch|garmin|oura|whoop|heart\s*is\s*at|(?:sinus\s*)?tach(?:y|ycardia|ycardic)?)\b[^.!?\d]{0,24}?(\d{2,3})(?:s\b|\b)(?!\s*(?:mg|%|years|yrs|days|times|minutes|mins|hours|lbs|kg)))"
    r"|(?:\b(\d{2,3})\s*(?:bpm|beats?\s*(?:a|per|/)\s*min(?:ute)?|beats\b))",
    re.I,
)

# "over 100", "above 100", "100+", "in the 120s": the pulse is past the number given
_ABOVE = re.compile(r"(?:over|above|more\s+than|greater\s+than|higher\s+than|>|past)\s*$", re.I)
_DECADE = re.compile(r"\d{2,3}s\b|\d{2,3}\s*\+", re.I)
# (stop 37) ... or said with its qualifier: "resting pulse went from about 65 to over 100"
_RANGE_END = re.compile(
    r"\s*(?:to|-|and)\s*(?P<above>over|above|more than|past)?\s*"
    r"(?:about|around|like|nearly|almost|roughly|~)?\s*(\d{2,3})\b"
)
# a usual number, then today's: "resting number is usually 58, today it's been stuck at 115", "normally in the 60s,
# now 120": today's is the reading
_USUAL = re.compile(r"\b(?:usually|normally|typically|usual|normal)\b[^.!?\d]{0,20}$", re.I)
# (stop 37) of readings listed through the day, the one said to be now: "hr was 95 yesterday, 99 this morning, 112 now"
_LATEST = re.compile(
    r"[^.!?]{0,40}?\b(?P<value>\d{2,3})\s*(?:bpm\s*)?(?:right\s+now|now|currently|at\s+the\s+moment|atm)\b", re.I
)
# a number said to be now is no dose, age, count or clock time ("now it's 130", never "now 20 mg", "now 10 am")
_NOT_A_UNIT = r"(?!\s*(?:mg|%|years|yrs|days|times|minutes|mins|hours|lbs|kg|am|pm|:))"
# (stop 40's red-team review) a pulse said once to be normal and then to be a number now, too far for `_PULSE`:
# "my heart rate was normal this morning but now it's 130"
_PULSE_NOW = re.compile(
    r"\b(?:heart\s*rate|heartrate|pulse|hr|heart\s*beat|heartbeat)\b[^.!?\d]{0,60}?\bnow\s+"
    r"(?:it'?s\s+|its\s+|it\s+is\s+|is\s+|at\s+|reads\s+|says\s+|up\s+to\s+|showing\s+)?(?P<value>\d{2,3})\b"
    + _NOT_A_UNIT,
    re.I,
)
_NOW = re.compile(
    r"(?:s\b)?[^!?\d]{0,12}?\b(?P<when>now|today|tonight|currently|this (?:morning|afternoon|evening)|but)\b"
    r"[^.!?\d]{0,24}?(?P<value>\d{2,3})\b" + _NOT_A_UNIT,
    re.I,
)

# ------------------------------------------------------------------------------ breathing
_SECONDS = r"\s*(?:seconds?|secs?|s)\b"
_WORD_COUNT = "|".join(sorted((w for w in WORD_NUMBERS if WORD_NUMBERS[w] < 60), key=len, reverse=True))
_NOT_TENS = "".join(f"(?<!{tens}[ -])" for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty"))
_BREATHING_RATE = re.compile(
    r"(?:\b(?:resp(?:iratory|iration)?s?\s*(?:rate)?|rr|breathing\s*rate|breaths?)\b[^.!?\d]{0,20}?(\d{1,2})\b"
    rf"(?!{_SECONDS}))"
    r"|(?:\b(\d{1,2})\s*(?:breaths?|times)\s*(?:a|per|/|in\s*a)\s*min(?:ute)?)"
    # (stop 47) breaths counted in words too: "maybe four breaths a minute" (never "twenty four breaths", nor "five
    # times a minute" of anything: stop 47's review)
    rf"|(?:{_NOT_TENS}\b({_WORD_COUNT})\s*breaths?\s*(?:a|per|/|in\s*a)\s*min(?:ute)?)",
    re.I,
)
# ... or told as the seconds between breaths (stop 42): "he only takes a breath every 10 seconds" is 6 a minute
_BREATH_EVERY = re.compile(
    rf"\bbreaths?\s+(?:about\s+|like\s+|only\s+)?(?:once\s+)?every\s+(\d{{1,2}}){_SECONDS}", re.I
)
_OXYGEN = re.compile(
    r"\b(?:oxygen|o2|sats?|spo2|oximeter|sat(?:uration)?s?|pulse\s*ox)\b[^.!?\d]{0,24}?(\d{2,3})\s*%?", re.I
)

# ------------------------------------------------------------------------------- tablets
# given to someone is taken by them ("gave him 10 of mine"); given to the writer is supplied (stop 42's red-team review:
# "my pharmacy gave me 90 tablets, 350mg each" was an overdose)
_GIVEN = r"(?:gave|given)(?!\s+(?:me|us)\b)"
_TAKE = rf"(?:took|taken|take|takes|taking|swallowed|had|ate|eaten|popped|{_GIVEN}|chewed|downed|necked|done)"
_TABLET = (
    r"(?:somas?|pills?|tablets?|tabs?|carisoprodols?|350s?|250s?"
    r"|of\s+(?:them|those|these|my|his|her|the)\b[^.!?\d]{0,14}?)"
)
_AT_ONCE = (
    r"(?:at once|in one go|at the same time|together|within"
    r"|in (?:an?|one|\d+|two|three|a few|a couple of) (?:hours?|hrs?))"
)
# what was had is young ones, not tablets (stop 36): "my neighbour's dog had puppies, 7 of them"
_YOUNG = (
    r"(?:puppies|pups|kittens|babies|kids|children|litter|eggs|chicks|lambs|piglets|twins|triplets|grandkids|cubs"
    r"|foals)"
)
_TABLETS = re.compile(
    # took 6 soma, had like 8 of them
    rf"\b{_TAKE}\b(?:(?!\b{_YOUNG}\b)[^.!?\d]){{0,30}}?\b{COUNT}\s*(?:x\s*)?{_TABLET}"
    rf"|\b(?:soma|carisoprodol)s?\s*(?:350|250)?\s*x\s*(\d{{1,2}})\b"  # soma 350 x5
    rf"|\b{COUNT}\s*{_TABLET}[^.!?\d]{{0,20}}?\b{_AT_ONCE}",
    re.I,
)
# a count of another medicine that slows the body down (a relaxant, an opioid, a benzodiazepine, a sleeping pill),
# named: "took 20 tizanidine", "swallowed 8 of the xanax" (stop 25). Its doses are not Soma's, so only a count
# as high as a bare one is read as an overdose.
_OTHER_MEDICINE = (
    r"(?:flexeril|cyclobenzaprine|tizanidine|zanaflex|baclofen|robaxin|methocarbamol|skelaxin|metaxalone|valium"
    r"|diazepam|xanax|alprazolam|klonopin|clonazepam|ativan|lorazepam|tramadol|oxy|oxycodone|oxycontin|percocet"
    r"|vicodin|hydrocodone|norco|codeine|morphine|gabapentin|lyrica|pregabalin|ambien|zolpidem|seroquel"
    r"|quetiapine|trazodone|sleeping pill|sleeping tablet|painkiller|muscle relaxer|muscle relaxant)s?"
)
_NAMED = re.compile(
    rf"\b{_TAKE}\b[^.!?\d]{{0,30}}?\b{COUNT}\s*(?:of\s+(?:the|my|his|her|their)\s+)?{_OTHER_MEDICINE}\b", re.I
)
# since when a count was taken, said after it (stop 47): "took 8 or 9 since this morning", "maybe 8 since lunch"
_SINCE_WHEN = (
    r"since (?:this morning|lunch|breakfast|noon|midday|last night|yesterday|waking|(?:i|he|she) (?:woke|got)(?: up)?)"
)
# a bare count of five or more after "took": "took 6", "had like eight" (not "took 5 minutes")
# what a dose is called where it is counted or told by the clock (`_PILLS_BEFORE`, `_DOSE_AT`)
_DOSE_NOUN = r"(?:soma|somas|carisoprodol|pill|pills|tablet|tablets|tab|tabs|dose|relaxer|relaxant)"
_FOR_A_LARK = r"for (?:fun|a laugh|kicks|a dare|a bet|the hell of it|no reason)"
_BARE = re.compile(
    r"\b(?:took|taken|swallowed|popped|downed|necked|had)"
    r"(?:\s+(?:like|about|maybe|probably|nearly|almost|over|at least|another|roughly|around|prob))*"
    rf"\s+{COUNT}\b"
    # "or" that starts no range ("took 6 or so", "6 or maybe 7"; not "had 5 or 6 beers", a range read in COUNT)
    rf"(?=\s*(?:$|[.,!?;)]|or\b(?!\s*(?:{_WHOLE})\b)|(?:and|in|last|today|tonight|yesterday|this|at once|together|of"
    r"|just|now|i|he|she|so|already|earlier|by accident|by mistake|accidentally|maybe|probably|prob|ish|max|total"
    r"|altogether|at least|an? (?:hour|hr|while|few|couple)"
    # (stop 50, a chat tuning set) a time since, hedged: "i took 5 about an hour ago", "took 6 like 20 mins ago", "half
    # an hour ago"
    r"|(?:about|around|like|maybe|roughly|almost|nearly|over|just|half)\s+(?:an?|half an|\d{1,3})\s*"
    r"(?:hours?|hrs?|mins?|minutes?)\s+ago"
    # (stop 50's red-team probes) ... or a dose made up: "took 6 to catch up"
    r"|to (?:catch up|make up|make it up|double up)"
    # (stop 54, a conversation tuning set) ... or taken for a lark: "took like 4 for fun"
    rf"|{_FOR_A_LARK}"
    # (stop 47) "took 8 or 9 since this morning"
    rf"|{_SINCE_WHEN})\b))",
    re.I,
)
# ... and a count of the tablets named just before it in the sentence, taken at once, is one of tablets: "his brother
# got into jake's pills and took like 4 for fun" (stop 54, a conversation tuning set; never a count over a day: "been on
# my pills for my back, had 3 yesterday as prescribed", stop 54's red-team probes)
_PILLS_BEFORE = re.compile(rf"\b(?:{_DOSE_NOUN}|carisoprodols|meds|medication|stash)\b[^.!?\d]{{0,40}}?$", re.I)
_AT_ONCE_AFTER = re.compile(rf"^\W*(?:at once|all at once|together|at the same time|in one go|{_FOR_A_LARK})", re.I)
_MG = re.compile(rf"\b{_TAKE}\b[^.!?\d]{{0,30}}?\b(\d{{3,5}})\s*(?:mg|milligrams?)\b", re.I)
# a dose in mg said to be at once, without a verb before it: "is 1400mg of soma in one go dangerous?"
_MG_AT_ONCE = re.compile(rf"\b(\d{{3,5}})\s*(?:mg|milligrams?)\b[^.!?\d]{{0,20}}?\b{_AT_ONCE}", re.I)
# (stop 44) an amount in mg taken as a habit is Soma's only where no other medicine is named with it: "was taking 800mg
# of skelaxin", "taking robaxin 1500 mg", "i take 1000mg tylenol" are their own doses (Soma's limits are 700 mg at once,
# 1,400 mg a day)
_ANOTHER_MEDICINE = (
    rf"(?:{_OTHER_MEDICINE}|ibuprofen|advil|motrin|nurofen|tylenol|acetaminophen|paracetamol|naproxen|aleve|aspirin"
    r"|neurontin|metformin|depakote|keppra|lithium|wellbutrin|bupropion|effexor|venlafaxine|cymbalta|duloxetine"
    r"|lexapro|escitalopram|zoloft|sertraline|prozac|fluoxetine|celebrex|celecoxib|naprosyn|excedrin)s?"
)
# what comes right after an amount before the medicine it is of: "800mg of my", "1500 mg"
_OF_WHOSE = r"^\s*(?:mg|milligrams?)?\s*(?:of\s+)?(?:(?:my|his|her|the|their)\s+)?"
_SOMA = r"(?:somas?|carisoprodols?)"
_MG_OF = re.compile(rf"{_OF_WHOSE}{_ANOTHER_MEDICINE}\b", re.I)
_SOMA_AFTER = re.compile(rf"{_OF_WHOSE}{_SOMA}\b", re.I)
_NAMED_BEFORE = re.compile(rf"\b{_ANOTHER_MEDICINE}\b", re.I)
_SOMA_NAMED = re.compile(rf"\b{_SOMA}\b", re.I)
_HABIT = re.compile(r"(?:take|takes|taking)\b", re.I)
_MG_OF_SOMA = re.compile(rf"\b(\d{{3,5}})\s*(?:mg|milligrams?)\s+(?:of\s+)?(?:(?:my|his|her|the)\s+)?{_SOMA}\b", re.I)
_GRAMS = re.compile(rf"\b{_TAKE}\b[^.!?\d]{{0,30}}?\b(\d{{1,2}}(?:[.,]\d{{1,2}})?)\s*(?:g|grams?|gm)\b", re.I)
# a count of three or more said to be at once, without a word for tablets: "took 4 at once"
_BARE_AT_ONCE = re.compile(
    rf"\b(?:took|taken|swallowed|popped|downed|necked|had)\s+(?:like\s+|about\s+|maybe\s+)?{COUNT}\s+{_AT_ONCE}", re.I
)
_PER_DAY = re.compile(r"^\W*(?:a|per|each|every)\s+day\b|^\W*(?:times\s+)?(?:a|per)\s+day|^\W*daily", re.I)
_TODAY = re.compile(
    r"\b(?:today|in a day|since this morning|so far|by \d|since i (?:woke|got up)|since waking"
    r"|since breakfast|since lunch|in (?:the (?:last|past) )?24 ?h(?:ou)?rs?|in one day)",
    re.I,
)
# a count said as a running number ("that's number seven since I woke up") or as tablets times a
# strength ("4 x 250 together")
_RUNNING = re.compile(rf"\bnumber\s+{COUNT}\b", re.I)
_TIMES_STRENGTH = re.compile(rf"\b{COUNT}\s*x\s*(?:250|350)(?:\s*mg)?\b", re.I)
# the count first, the taking after ("how long till 8 soma wear off?? took them an hour ago"): read where the
# taking is said, a report even after a question; and a count a day near a word for taking ("takes 2 at a time, like
# 10 a day")
_COUNT_THEN_TOOK = re.compile(
    rf"\b{COUNT}\s*{_TABLET}[^\d]{{0,40}}?\b((?:took|taken|swallowed|popped|had)\s+(?:them|those|these|all)\b)", re.I
)
_A_DAY = re.compile(rf"\b{COUNT}\s+(?:a|per|each)\s+day\b", re.I)
_TAKES = re.compile(rf"\b{_TAKE}\b", re.I)
# what a number before these words counts is no tablets: "5 days", "at 3pm", "2.5"
_NOT_TABLETS = (
    r"(?!\s*(?:days?|weeks?|hours?|hrs?|mins?|minutes?|months?|years?|nights?|times?|mg|am|pm|%|o'?clock|:|\.\d))"
)
# a total said outright ("2 at lunch, 2 at 3 and 3 at 5, that's 7 in a few hours"), and a count taken in parts
# ("took 4 this morning and 4 this afternoon", "took 2 then another 2 within the hour"): added up
_TOTAL = re.compile(
    rf"\b(?:that'?s|thats|that is|making it)\s+(?:like\s+|about\s+)?{COUNT}\b{_NOT_TABLETS}"
    rf"|\b{COUNT}\s+{_TABLET}\s+(?:in total|total|altogether|all together|in all)\b"
    rf"|\b{COUNT}\s*{_TABLET}\s+(?:in|within)\s+(?:(?:the\s+)?(?:last|past)\s+)?(?:24 ?h(?:ou)?rs?|a day|one day)\b",
    re.I,
)
# (stop 54, a chat tuning set) ... or a count taken within the hour, said as taken: "took 4 in half an hour", "took
# three in twenty minutes", "took 3 of them in 15 mins" (never another count beside a taking: "took my soma after the
# match, scored 3 in 20 minutes", "took the dog out, like 3 in an hour"; not kept: a sum, "so 3 in about 20 minutes",
# which stop 54's second red team found said of coffees, calls and contractions beside a soma)
_WITHIN_THE_HOUR = re.compile(
    rf"\b{_TAKE}\s+(?:(?:like|about|around|maybe|another|nearly|almost)\s+)?{COUNT}\s*"
    rf"(?:{_TABLET}\s+)?(?:in|within)\s+(?:(?:about|like|around|roughly|under|less\s+than|just|only|barely|maybe)\s+)*"
    rf"(?:(?:the\s+)?(?:last|past)\s+)?(?:half\s+an?\s+hour|an?\s+half\s+hour|an?\s+hour|one\s+hour|1\s*h(?:ou)?r"
    rf"|hour|(?:\d{{1,2}}|ten|fifteen|twenty|thirty|forty|fifty)\s*(?:minutes?|mins?))\b",
    re.I,
)
# a part is a count followed by tablets, a time or the next part ("2 at lunch", "3 more", "4 this morning and"),
# never by something else counted ("had 2 beers and 3 soma": the beers are no part)
_PART_END = (
    rf"(?=\s*(?:{_TABLET}|at\b|in\b|this\b|then\b|and\b|,|more\b|again\b|with\b|within\b|before\b|after\b"
    r"|later\b|an hour|tonight|today|now\b|last\b|$|[.!?]))"
)
_FIRST_PART = re.compile(
    rf"(?:\b(?:took|taken|swallowed|popped|downed|had|{_GIVEN})\s+|^\W*)(?:like\s+|about\s+|maybe\s+)?{COUNT}\b"
    rf"{_NOT_TABLETS}{_PART_END}",
    re.I,
)
_MORE_PART = re.compile(
    rf"(?:\band\b|\bthen\b|\bplus\b|,)\s*(?:(?:then|took|had|popped|another|an?\s+extra|like|about)\s+)*{COUNT}\b"
    rf"{_NOT_TABLETS}{_PART_END}",
    re.I,
)
_SHORT_TIME = re.compile(r"\b(?:hour|hr|minutes?|mins?|at once|together|in one go|within)\b", re.I)


def _of_another_medicine(text: str, match: re.Match) -> bool:
    """Is the amount in mg a dose one takes of a medicine other than Soma, named right after it or between the verb and
    it ("was taking 800mg of skelaxin", "taking robaxin 1500 mg"), with Soma not named there? Only a dose taken as a
    habit: what was swallowed or taken once is still read ("he swallowed 2000mg of gabapentin and 10 soma")."""
    after = text[match.end() : match.end() + 40]
    said = text[match.start() : match.end()]
    if not _HABIT.match(said) or _SOMA_NAMED.search(said) or _SOMA_AFTER.match(after):
        return False
    return bool(_MG_OF.match(after) or _NAMED_BEFORE.search(said))


def _covered(found: List[Reading], at: int) -> bool:
    """Does a reading already found hold the character at `at`? (One count is read once.)"""
    return any(r.start <= at < r.end for r in found)


# (stop 53, a chat tuning set) doses told by the clock: three or more, one after another within three hours, said to be
# repeated ("took my soma at 8 and again at 9 and 10 cause it wasnt working", "took one at 8, another at 9 and another
# at 10", "took one at 11pm, another at 12:30am and another at 1"); only of a dose taken (never "took my temperature at
# 8, again at 9", "had a cigarette at 8, another at 9": stop 53's red-team probes), never a day's schedule ("i take it
# at 8, 2 and 8", "took my pills at 7, 8 and 9: metformin, vitamin d and one soma"), nor a question ("can i take one at
# 8")
_DOSE_AT = re.compile(
    rf"\b(?:(?:took|taken|popped|swallowed|downed)\s+(?:[\w']+\s+){{0,3}}?(?:{_DOSE_NOUN}|one|it)"
    rf"|had\s+(?:[\w']+\s+){{0,3}}?{_DOSE_NOUN})\s+at\s+(?=\d)",
    re.I,
)
_CLOCK_TIME = re.compile(
    r"(\d{1,2})(?:[:.](\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?"
    r"(?![\d%]|\s*(?:mg|ml|g\b|milligrams?|mins?|minutes?|hours?|hrs?))",
    re.I,
)
_BETWEEN_TIMES = re.compile(
    r"(?:\s*(?:,|&|\+|\b(?:and|then|again|another|one|more|extra|at|i|took|had|a|my|soma|pill|tablet|dose|second|third"
    r"|fourth|next)\b))*\s*",
    re.I,
)
_REPEATED = re.compile(r"\b(?:again|another|more|extra|then|second|third)\b", re.I)
DOSES_CLOSE, CLOSE_MINUTES = 3, 180


def _minutes(clock: re.Match) -> int | None:
    """Minutes after midnight of a clock time ("9", "9:30", "9pm"); None where it is no time."""
    hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
    if hour > 24 or minute > 59:
        return None
    half = (clock.group(3) or "").lower()[:1]
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:  # "12am" is midnight
        hour = 0
    return hour * 60 + minute


def _doses_by_clock(text: str) -> List[Reading]:
    found = []
    for match in _DOSE_AT.finditer(text):
        times: List[int] = []
        at = end = match.end()
        while True:
            clock = _CLOCK_TIME.match(text, at)
            minutes = _minutes(clock) if clock else None
            if minutes is None:
                break
            # a time no later than the one before it is the same hour past noon or midnight ("11, 12 and 1", "11pm and
            # 12:30am", "9pm, again at 10")
            while times and minutes <= times[-1]:
                minutes += 12 * 60
            times.append(minutes)
            end = clock.end()
            at = _BETWEEN_TIMES.match(text, end).end()
            if at == end:
                break
        rising = all(b > a for a, b in itertools.pairwise(times))
        repeated = _REPEATED.search(text, match.start(), end)
        if len(times) >= DOSES_CLOSE and rising and times[-1] - times[0] <= CLOSE_MINUTES and repeated:
            meaning = f"{len(times)} doses within {(times[-1] - times[0]) / 60:g} hours: an overdose"
            found.append(Reading("overdose", match.start(), end, True, meaning, taken=True))
    return found


def _tablets(text: str) -> List[Reading]:
    found = []
    for match in _TABLETS.finditer(text):
        count = _number(next(g for g in match.groups() if g))
        if count is None:
            continue
        after = text[match.end() : match.end() + 20]
        whole = text[max(0, match.start() - 40) : match.end() + 40]
        if _PER_DAY.search(after):  # "I take 3 a day": the usual dose
            over, meaning = count > TABLETS_A_DAY, f"{count:g} tablets a day"
        elif _TODAY.search(whole):
            over, meaning = count > TABLETS_A_DAY, f"{count:g} tablets in a day"
        else:
            over, meaning = count >= TABLETS_AT_ONCE, f"{count:g} tablets at a time"
        limit = f"more than {TABLETS_A_DAY} a day" if "day" in meaning else f"{TABLETS_AT_ONCE} or more at a time"
        if over:
            found.append(Reading("overdose", match.start(), match.end(), True, f"{meaning}: {limit} is an overdose"))
    # counts without a word for tablets, in this order: (pattern, the least count that is an overdose,
    # what it means, words after it that make it the usual daily dose)
    at_once = f"{TABLETS_AT_ONCE} or more at a time is an overdose"
    counts = (
        (
            _RUNNING,
            TABLETS_A_DAY + 1,
            f"tablet number {{:g}} today: more than {TABLETS_A_DAY} a day is an overdose",
            None,
        ),
        (_TIMES_STRENGTH, TABLETS_AT_ONCE, f"{{:g}} tablets at a time: {at_once}", _PER_DAY),
        (_BARE, BARE_COUNT, "{:g} taken at a time: an overdose", None),
        (_NAMED, BARE_COUNT, "{:g} of another medicine that slows the body at a time: an overdose", _PER_DAY),
        (_BARE_AT_ONCE, TABLETS_AT_ONCE, f"{{:g}} at once: {at_once}", None),
    )
    for pattern, least, meaning, usual in counts:
        if pattern is _RUNNING and not _TODAY.search(text):
            continue
        for match in pattern.finditer(text):
            count = _bare_count(match.group(1))
            floor = least
            named = _PILLS_BEFORE.search(text, max(0, match.start() - 60), match.start())
            if pattern is _BARE and named and _AT_ONCE_AFTER.match(text[match.end() :]):
                floor = TABLETS_AT_ONCE
            if count is None or count < floor or _covered(found, match.start()):
                continue
            if usual is not None and usual.search(text[match.end() : match.end() + 20]):
                continue
            found.append(Reading("overdose", match.start(), match.end(), True, meaning.format(count)))
    for match in _TOTAL.finditer(text):
        count = _bare_count(next(g for g in match.groups() if g))
        # a total is of tablets where the message speaks of taking some ("that's 6" alone counts anything)
        if count is not None and count > TABLETS_A_DAY and _TAKES.search(text) and not _covered(found, match.start()):
            found.append(
                Reading(
                    "overdose", match.start(), match.end(), True, f"{count:g} in all: more than {TABLETS_A_DAY} a day"
                )
            )
    for match in _WITHIN_THE_HOUR.finditer(text):
        count = _bare_count(match.group(1))
        if count is not None and count >= TABLETS_AT_ONCE and not _covered(found, match.start()):
            found.append(Reading("overdose", match.start(), match.end(), True, f"{count:g} in an hour: {at_once}"))
    found.extend(_parts(text, found))
    for match in _COUNT_THEN_TOOK.finditer(text):
        count = _number(match.group(1))
        if count is not None and count >= TABLETS_AT_ONCE and not _covered(found, match.start()):
            found.append(Reading("overdose", match.start(2), match.end(2), True, f"{count:g} taken: {at_once}"))
    for match in _A_DAY.finditer(text):
        count = _bare_count(match.group(1))
        sentence = text[text.rfind(".", 0, match.start()) + 1 : match.start()]
        if count is not None and count > TABLETS_A_DAY and _TAKES.search(sentence):
            if not _covered(found, match.start()):
                found.append(
                    Reading("overdose", match.start(), match.end(), True, f"{count:g} a day: more than {TABLETS_A_DAY}")
                )
    grams = [(m, float(m.group(1).replace(",", ".")) * 1000) for m in _GRAMS.finditer(text)]
    said = [(m, float(m.group(1))) for m in _MG.finditer(text)]
    said += [
        (m, float(m.group(1)))
        for m in _MG_AT_ONCE.finditer(text)
        if not any(o.start() <= m.start() < o.end() for o, _ in said)
    ]
    # ... and an amount of Soma named, in a sentence that says it was taken ("took 800mg ibuprofen and 1400 mg of soma")
    said += [
        (m, float(m.group(1)))
        for m in _MG_OF_SOMA.finditer(text)
        if not any(o.start() <= m.start() < o.end() for o, _ in said)
        and _TAKES.search(text[text.rfind(".", 0, m.start()) + 1 : m.start()])
    ]
    for match, mg in said + grams:
        if _of_another_medicine(text, match):
            continue
        daily = bool(_TODAY.search(text[max(0, match.start() - 40) : match.end() + 40]))
        limit = MG_A_DAY if daily else MG_AT_ONCE
        if mg > limit:
            found.append(Reading("overdose", match.start(), match.end(), True, f"{mg:g} mg: over {limit} mg"))
    return found


# a large amount asked about as "enough", and nothing it would be enough for ("are 40 tabs of the 250 enough", "is
# 8000mg sufficient"): a hint of self-harm; "is 30 tabs enough to last the month" says what for
_ENOUGH = re.compile(
    rf"\b(?:is|are|would|will)\s+(?:a\s+)?(?:full\s+)?(?:like\s+|about\s+)?(?:{COUNT}|(\d{{3,6}})\s*(?:mg|milligrams?)"
    rf"|(\d{{1,2}}(?:[.,]\d)?)\s*(?:g|grams?))\b[^.!?]{{0,40}}?\b(?:be\s+)?(?:enough|sufficient|plenty|adequate)\b"
    r"(?=\s*(?:[?.!]|$))",
    re.I,
)
ENOUGH_TABLETS, ENOUGH_MG = 10, 3500
# ... and a large amount asked about as a what-if (stop 24): "what if i took 12 of them", "if i took 15 for my back
# would i wake up", "would taking 12 for sleep be too much": a hint of self-harm, whoever it is said of; (stop 42) and
# asked of anyone as a when: "what happens to the body when you swallow 50 soma at once", "when someone takes 20"
_ASKED_AMOUNT = (
    r"(?:took|take|takes|taking|swallowed|swallow|swallows|had|ate|downed|popped)\s+(?:like\s+|about\s+|maybe\s+)?"
    rf"{COUNT}{_NOT_TABLETS}"
)
_ASKED_LARGE = re.compile(
    r"\b(?:(?:what\s+)?if|what\s+(?:happens|would\s+happen|will\s+happen)(?:\s+to\s+(?:the|your|a|my)\s+body)?"
    r"\s+(?:if|when)|would|could|can|should)\s+"
    r"(?:i|someone|somebody|a\s+person|you|one|he|she|they|my\s+\w+)\s+(?:just\s+|ever\s+|were\s+to\s+)?"
    rf"{_ASKED_AMOUNT}"
    r"|\bwhen\s+(?:someone|somebody|a\s+person|you|one|people|a\s+(?:kid|child|toddler|teen|teenager))\s+(?:just\s+)?"
    rf"{_ASKED_AMOUNT}"
    rf"|\b(?:would|could|is|does)\s+taking\s+(?:like\s+|about\s+)?{COUNT}{_NOT_TABLETS}",
    re.I,
)


def _enough(text: str) -> List[Reading]:
    found = [
        Reading("self_harm", match.start(), match.end(), True, "a large amount asked about as a what-if")
        for match in _ASKED_LARGE.finditer(text)
        if (_bare_count(next((g for g in match.groups() if g), "")) or 0) >= ENOUGH_TABLETS
    ]
    for match in _ENOUGH.finditer(text):
        tablets, mg, grams = (_number(g) if g else None for g in match.groups())
        total_mg = mg if mg is not None else grams * 1000 if grams is not None else None
        if (tablets is not None and tablets >= ENOUGH_TABLETS) or (total_mg is not None and total_mg >= ENOUGH_MG):
            found.append(Reading("self_harm", match.start(), match.end(), True, "a large amount asked about as enough"))
    return found


_SAID_TAKEN = re.compile(
    rf"(?:took|taken|had|swallowed|popped|downed|necked|ate|eaten|{_GIVEN}|chewed|that'?s|thats|that is|making it"
    r"|(?:double|triple)[- ]?dosed|doubled|tripled)\b"
    r"|\d+\s*(?:at|with|before)\b",  # a count taken in parts: "2 at breakfast, 2 at lunch and 2 now"
    re.I,
)
_AFTER = re.compile(r"\b(?:after|since)\s+$", re.I)


def said_taken(text: str, start: int) -> bool:
    """Do the words at `start` say tablets were taken ("took 6", "that's 7", "after taking 5")? Then they
    report, asked about or not ("is it safe to drive, took 6 tonight"); a dose only named ("is 1400mg at once
    dangerous?") is a question."""
    return bool(_SAID_TAKEN.match(text, start)) or bool(_AFTER.search(text[max(0, start - 12) : start]))


def _said_taken(text: str, reading: Reading) -> Reading:
    if said_taken(text, reading.start) or "in parts" in reading.meaning or "in all" in reading.meaning:
        return replace(reading, taken=True)
    return reading


def _parts(text: str, found: List[Reading]) -> List[Reading]:
    """A count taken in parts, added up within its sentence: more than a day's tablets, or a dose's worth
    ({TABLETS_AT_ONCE} or more) within hours."""
    parts = []
    for first in _FIRST_PART.finditer(text):
        if _covered(found, first.start()):
            continue
        sentence_end = re.search(r"[.!?]|$", text[first.end() :]).start() + first.end()
        counts, end = [_bare_count(first.group(1))], first.end()
        for more in _MORE_PART.finditer(text, first.end(), sentence_end):
            if more.start() - end > 40:
                break
            counts.append(_bare_count(more.group(1)))
            end = more.end()
        if len(counts) < 2 or None in counts:
            continue
        total = sum(counts)
        least = TABLETS_AT_ONCE if _SHORT_TIME.search(text, first.start(), sentence_end) else TABLETS_A_DAY + 1
        if total >= least:
            parts.append(
                Reading(
                    "overdose", first.start(), end, True, f"{total:g} taken in parts: {least} or more is an overdose"
                )
            )
    return parts


# a message that is only a count ("like 6", "maybe 5 or 6", "about ten i think"): after talk of taking
# tablets, how many were taken (the triager reads it as "took ...")
# (stop 47) ... also framed: "it was 7 of em", "he took maybe 8 or 9 since this morning", "6 today"
_COUNT_FRAME = (
    r"(?:it was|it's|its|was|were|they were|that was|i took|i had|he took|she took|they took|he had|she had|took|had"
    r"|(?:he|she|they) (?:says|said)|um|uh|erm|idk|honestly|tbh)"
)
_COUNT_ANSWER = re.compile(
    r"^\W*(?:(?:like|about|maybe|around|roughly|probably|prob|at least|over|i think|think|only|just"
    rf"|{_COUNT_FRAME})\s+)*"
    rf"{COUNT}(?:\s*(?:or|to|-)\s*{COUNT})?"
    r"(?:\s+(?:of them|of those|of his|of her|of my|of em|of 'em|of mine|of hers|of theirs|pills?|tablets?|somas?"
    r"|i think|maybe|probably|at least|or so|in total|total|altogether|at once|together|max|ish|today|tonight"
    rf"|this morning|this afternoon|this evening|earlier|last night|so far|{_SINCE_WHEN}|i guess|idk|lol))*\W*$",
    re.I,
)
_FRAME_AT_START = re.compile(rf"^\W*(?:{_COUNT_FRAME}\s+)+", re.I)
_OF_WHOSE_THEM = re.compile(r"\bof (?:em|'em|mine|hers|theirs)\b", re.I)
_TAKING = re.compile(
    r"\b(?:took|taken|take|takes|taking|had|swallowed|popped|ate|eaten|gave|given|downed|necked|too many"
    r"|mixed up|muddled up|doubled up)\b",  # (stop 35) "i mixed up my soma doses today" / "7"
    re.I,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds text[start:end]."""
    before = max(text.rfind(mark, 0, start) for mark in ".!?\n")
    after = [i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0]
    return text[before + 1 : min(after) if after else len(text)]


# (stop 36) ... or an amount said without a number: "i took some of my soma" / "a lot"
_AMOUNT_ANSWER = re.compile(
    r"^\W*(?:(?:like|maybe|probably|prob|i think|think|way|far|just|only|um|erm|uh)\s+)*"
    r"(?:a lot|a lotta|lots|loads|heaps|tons|a ton|a bunch|a load|a pile|many|too many|so many|a handful|handful"
    r"|a few too many|the lot|the rest)"
    r"(?:\s+(?:i think|maybe|probably|honestly|tbh|lol))*\W*$",
    re.I,
)


# (stop 47) a taking said to be meant, and nothing more: "wasnt an accident", "it was no mistake", "deliberately" (not
# "i meant to", which follows a dose forgotten as well)
_MEANT_SAID = r"^\W*(?:(?:(?:he|she|they)\s+(?:says|said|admits|admitted)|i swear|honestly|tbh)\W+)?"
_MEANT_END = r"(?:\W+(?:tbh|honestly|lol|either|though|tho|really))*\W*$"
_MEANT = re.compile(
    rf"{_MEANT_SAID}(?:(?:it|that|this)\s+)?(?:was\s*n'?t|wasnt|was not|was no|is\s*n'?t|isnt|is not|is no|not|no)\s+"
    rf"(?:an?\s+|by\s+)?(?:accident|mistake){_MEANT_END}"
    rf"|{_MEANT_SAID}(?:(?:it|that)\s+was\s+(?:totally\s+|completely\s+)?)(?:intentional|deliberate|planned){_MEANT_END}"
    rf"|{_MEANT_SAID}(?:(?:i|he|she|they|we)\s+)?(?:did it\s+|did\s+|took (?:them|it|those)\s+)?"
    r"(?:on purpose|deliberately|deliberatly|delibrately|intentionally|intentionaly|purposely|purposefully)"
    rf"{_MEANT_END}",
    re.I,
)


# ... a count framed by "was" says what it counts: "it was 7 of em", never "it was 8 this morning" or "was 10" (a clock
# time, stop 47's review)
_WAS_FRAME = re.compile(r"^\W*(?:it was|it's|its|was|were|they were|that was)\b", re.I)
_COUNTED = re.compile(r"\b(?:of|pills?|tablets?|somas?|tabs?)\b", re.I)


def said_meant(text: str) -> bool:
    """Does the message only say a taking was meant ("wasnt an accident", "deliberately")?"""
    return bool(_MEANT.match(text))


def as_taken(text: str, before: str) -> str:
    """A message that is only a count ("like 6") or an amount ("a lot"), said after earlier words about taking
    something, read as what was taken ("took like 6", "took a lot of them"), and one that only says the taking was
    meant ("wasnt an accident") as taken on purpose; any other message as it is."""
    if not _TAKING.search(before):
        return text
    if _MEANT.match(text):
        return "took them on purpose"
    if _COUNT_ANSWER.match(text) and not (_WAS_FRAME.match(text) and not _COUNTED.search(text)):
        return f"took {_OF_WHOSE_THEM.sub('of them', _FRAME_AT_START.sub('', text))}"
    if _AMOUNT_ANSWER.match(text):
        return f"took {text.strip(' .!?')} of them"
    return text


def readings(text: str) -> List[Reading]:
    """Every reading in `text` (lower-cased or not), in text order."""
    said, text = text, as_digits(text)  # vital signs are read in digits too; counts of tablets as said
    found: List[Reading] = []
    for match in _TEMPERATURE.finditer(text):
        groups = match.groups()
        value_text = groups[0] or groups[3] or groups[5] or groups[6] or groups[7]
        if groups[7] and _WEATHER.search(_sentence_around(text, match.start(), match.end())):
            continue
        unit = ((groups[2] or "") if groups[0] else (groups[4] or "")).strip().lower()[-1:]
        unit = unit if unit in ("c", "f") else ""
        value = _number(value_text)
        verdict = _temperature(value, unit) if value is not None else None
        if verdict:
            # "fever? 100.8 this morning": the reading is read where its number is, not in the question; and from the
            # word nearest its number (stop 46: "it makes some people feverish, my temp is 102" is read from "temp", so
            # what is said of others before it does not reach it)
            start = match.start()
            if groups[0]:
                # the word of the reading nearest its number (a word run into another, "breads", has none: its start)
                words = list(_TEMP_WORD_AT.finditer(text, match.start(), match.start(1)))
                nearest = (words[-1].start(), words[-1].end()) if words else (start, start)
                if _THING_TEMP.search(text, 0, nearest[1]):
                    continue
                start = match.start(1) if "?" in text[match.start() : match.start(1)] else nearest[0]
            found.append(Reading("fever", start, match.end(), *verdict))
    for match in _PULSE.finditer(text):
        value = _number(match.group(1) or match.group(2))
        upper = _RANGE_END.match(text, match.end())  # "pulse ranged from 85 to 105": the higher one
        above_upper = False
        if upper and value is not None and float(upper.group(2)) >= value:
            value, above_upper = float(upper.group(2)), bool(upper.group("above"))
        number_at = match.start(1) if match.group(1) else match.start(2)
        start, end = match.start(), match.end()
        later = _NOW.match(text, end) if _USUAL.search(text[start:number_at]) else None
        if later:
            value, number_at = float(later.group("value")), later.start("value")
            start, end = later.start("when"), later.end()
        # (stop 37) ... and of readings listed through the day, the one said to be now, where it is higher (`_LATEST`;
        # never lower: a fast pulse that came and went today still gets the advice)
        latest = _LATEST.match(text, end) if value is not None and not later else None
        if latest and value < float(latest.group("value")) <= 250:
            value, number_at, end = float(latest.group("value")), latest.start("value"), latest.end()
        if value is None or not 30 <= value <= 250:
            continue
        above = above_upper or bool(_ABOVE.search(text[start:number_at])) or bool(_DECADE.match(text, number_at))
        if value > FAST_PULSE or (above and value >= FAST_PULSE):
            found.append(
                Reading(
                    "fast_heartbeat",
                    start,
                    end,
                    True,
                    f"a pulse {'over' if above else 'of'} {value:g} is fast (over 100)",
                )
            )
        elif NORMAL_PULSE[0] <= value <= NORMAL_PULSE[1]:
            found.append(Reading("fast_heartbeat", start, end, False, f"a pulse of {value:g} is normal"))
    for match in _PULSE_NOW.finditer(text):
        value = _number(match.group("value"))
        if value is not None and FAST_PULSE < value <= 250 and not _covered(found, match.start("value")):
            found.append(
                Reading("fast_heartbeat", match.start(), match.end(), True, f"a pulse of {value:g} is fast (over 100)")
            )
    rates = [(match, _number(next(g for g in match.groups() if g))) for match in _BREATHING_RATE.finditer(text)]
    for match in _BREATH_EVERY.finditer(text):
        seconds = _number(match.group(1))
        rates.append((match, round(60 / seconds, 1) if seconds else None))
    for match, value in rates:
        if value is not None and 2 <= value < SLOW_BREATHING:
            found.append(
                Reading(
                    "breathing_problem", match.start(), match.end(), True, f"{value:g} breaths a minute is very slow"
                )
            )
    for match in _OXYGEN.finditer(text):
        value = _number(match.group(1))
        if value is not None and 50 <= value < LOW_OXYGEN:
            found.append(
                Reading(
                    "breathing_problem", match.start(), match.end(), True, f"oxygen {value:g} % is low (under 92 %)"
                )
            )
    found = [r for r in found if not _a_threshold(text, r)]
    found.extend(_said_taken(said, r) for r in _tablets(said))
    found.extend(r for r in _doses_by_clock(said) if not _covered(found, r.start))
    found.extend(_enough(said))
    return sorted(found, key=lambda r: r.start)


# a limit told as a condition is no reading: "if my heart rate goes over 100 should i stop?", "call if her temp hits 38"
# (stop 31); a reading told beside a condition still is ("if it matters, my temp is 38.6"), and so is one a time word
# or a past verb tells ("once it hit 39.4 i called", "it climbed until it reached 39.5", "if it went up to 39.5")
_THRESHOLD = re.compile(
    r"\b(?:if|in case)\b[^.!?]{0,40}?\b(?:go(?:es)?|gets?|reach(?:es)?|hits|climbs?|rises?|"
    r"spikes?|jumps?|creeps?|drops?|falls?|dips?)(?:\s+(?:up|down|over|above|past|beyond|under|below|to|at|than|"
    r"higher|lower|more|less|into|the|a))*\s*\d[\d.,]*[^.!?\d]{0,12}$",
    re.I,
)


def _a_threshold(text: str, reading: Reading) -> bool:
    return reading.abnormal and bool(_THRESHOLD.search(text[max(0, reading.start - 60) : reading.end]))
