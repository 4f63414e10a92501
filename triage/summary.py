"""The summary for the doctor: a short plain text the patient can show or print after an urgent reply.

    events (the conversation as Rasa stores it) -> summarise() -> Summary -> Summary.text()

It holds, for the current session of one conversation:

* the medicine (Soma / carisoprodol) and whom it concerns: the patient, someone they look after
  ("my husband", the words the patient used), or both;
* each symptom reported, with the patient's own words (the words the triage rested on, not the
  whole message) and the clock time it was first mentioned;
* the symptoms the patient denied (and never reported later);
* the advice given (the urgent and common-effect replies, quoted from the reply) with the sentence
  of the source material behind it.

It is built from the events alone (each user event's `parse_data["triage"]` is a `Triage.to_dict()`,
each bot event's `metadata["utter_action"]` names the response), never from a process's memory, and
says nothing the patient didn't say: no sender id, no name, no message beyond the words a finding
points at. Plain Python: imports nothing from Rasa (the action in actions/actions.py adapts it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Sequence, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from triage.lexicon import Tier
from triage.result import Finding, Origin, Status, Triage

MEDICINE = "Soma (carisoprodol)"
TRIAGE_KEY = "triage"  # set in the parse data by components.symptom_triage.SymptomTriage
TIMEZONE_KEY = "timezone"  # a user event's metadata: the browser's time zone (channels/gate.py checks it)
MAX_WORDS_CHARS = 120

# The advice of each reply, quoted from the reply as domain.yml words it (tests/test_summary.py
# checks that every quote is in the response's text): what the patient was told, word for word.
SELF_HARM = "utter_emergency/self_harm"
ADVICE: Dict[str, Tuple[str, ...]] = {  # each quote a part of the reply, in the reply's order
    "utter_emergency": (
        "Call your local emergency number now",
        "If too many tablets may have been taken, or Soma was taken with alcohol, opioids or benzodiazepines "
        "and the person is very drowsy, also call your poison control centre.",
    ),
    SELF_HARM: (
        "If you might act on thoughts of harming yourself, or someone else might, call your local emergency number now",
        "in the US call or text 988 (Suicide & Crisis Lifeline); in the UK and Ireland call Samaritans on 116 123",
    ),
    "utter_stop_and_contact_doctor": ("stop using Soma (Carisoprodol) and contact your doctor immediately",),
    "utter_common_side_effects": (
        "The leaflet says to contact your doctor if you have side effects, and not to drive or use heavy "
        "machinery until you know how Soma affects you.",
    ),
}
TIER_OF_ADVICE = {
    "utter_emergency": Tier.EMERGENCY,
    "utter_stop_and_contact_doctor": Tier.STOP,
    "utter_common_side_effects": Tier.COMMON,
}
TIER_WORDS = {Tier.EMERGENCY: "emergency sign", Tier.STOP: "leaflet warning sign", Tier.COMMON: "common side effect"}


@dataclass(frozen=True)
class Symptom:
    name: str  # "tremors (shaking)"
    tier: Tier
    words: str  # the patient's words, as they wrote them
    time: float  # epoch seconds of the message that first reported it
    other_person: bool = False
    note: str = ""  # how it was reported, when not in so many words: 'said "yes" when asked'


@dataclass(frozen=True)
class Denied:
    name: str
    time: float


@dataclass(frozen=True)
class Advice:
    time: float
    quote: Tuple[str, ...]  # the reply's own sentences
    symptoms: Tuple[str, ...]  # names of what it was given for
    sources: Tuple[str, ...]  # the source sentences behind it


@dataclass(frozen=True)
class Summary:
    started: float | None  # the first patient message of the session
    reported: Tuple[Symptom, ...] = ()
    denied: Tuple[Denied, ...] = ()
    advice: Tuple[Advice, ...] = ()
    relations: Tuple[str, ...] = ()  # "my husband": how the patient named the person they look after
    zone: tzinfo = timezone.utc
    zone_name: str = "UTC"

    @property
    def empty(self) -> bool:
        return not (self.reported or self.denied or self.advice)

    @property
    def concerns(self) -> str:
        others = [s for s in self.reported if s.other_person]
        if not others:
            return "the patient"
        person = "someone the patient looks after"
        if self.relations:
            person += " (" + ", ".join(f'"{r}"' for r in self.relations) + ")"
        return person if len(others) == len(self.reported) else f"the patient, and {person}"

    def clock(self, time: float) -> str:
        """'14:02', with the day in front when it is not the day the chat started."""
        moment = datetime.fromtimestamp(time, self.zone)
        if self.started is not None and moment.date() != datetime.fromtimestamp(self.started, self.zone).date():
            return f"{moment:%a %d %b} {moment:%H:%M}"
        return f"{moment:%H:%M}"

    def text(self) -> str:
        mixed = 0 < sum(s.other_person for s in self.reported) < len(self.reported)
        lines = [
            "SUMMARY FOR THE DOCTOR",
            "From a chat with an automated assistant about side effects of Soma. Not a diagnosis.",
            "",
            f"Medicine: {MEDICINE}",
            f"About: {self.concerns}",
        ]
        if self.started is not None:
            day = datetime.fromtimestamp(self.started, self.zone)
            lines.append(f"Chat: {day:%A} {day.day} {day:%B %Y}, times in {self.zone_name}")
        lines += ["", "Symptoms reported (first mentioned, in the patient's words):"]
        for s in self.reported:
            who = " [the person looked after]" if mixed and s.other_person else ""
            note = f" ({s.note})" if s.note else ""
            tier = TIER_WORDS.get(s.tier, s.tier.value)
            lines.append(f'- {self.clock(s.time)}  {s.name}{who}, {tier}: "{s.words}"{note}')
        if not self.reported:
            lines.append("- none")
        lines += ["", "Symptoms denied (the patient said they are not there):"]
        lines += [f"- {self.clock(d.time)}  {d.name}" for d in self.denied] or ["- none mentioned"]
        lines += ["", "Advice given by the assistant (its words; the source it rests on in brackets):"]
        sources = list(dict.fromkeys(source for a in self.advice for source in a.sources))
        for a in self.advice:
            given_for = f" for {', '.join(a.symptoms)}" if a.symptoms else ""
            cited = "".join(f" [{sources.index(source) + 1}]" for source in a.sources)
            lines.append(f'- {self.clock(a.time)}{given_for}: "{" ... ".join(a.quote)}"{cited}')
        if not self.advice:
            lines.append("- none")
        if sources:
            lines += ["", "Sources:"] + [f"[{n}] {source}" for n, source in enumerate(sources, 1)]
        return "\n".join(lines)


# ------------------------------------------------------------------------------- time zones
ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}")


@lru_cache(maxsize=1)
def _known_zones() -> frozenset:
    return frozenset(available_timezones())


def zone_named(name: Any) -> tzinfo | None:
    """The IANA time zone of that name ("Europe/London"), or None: only names the system knows,
    never a path or anything else a client might send."""
    if not isinstance(name, str) or len(name) > 64 or not ZONE_NAME.fullmatch(name) or name not in _known_zones():
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _zone(events: Sequence[Dict[str, Any]], default: tzinfo | None) -> Tuple[tzinfo, str]:
    """The latest time zone a patient message carried (the widget sends the browser's), else
    `default`, else this machine's local zone."""
    for event in reversed(events):
        if event.get("event") == "user":
            name = (event.get("metadata") or {}).get(TIMEZONE_KEY)
            zone = zone_named(name)
            if zone is not None:
                return zone, name
    if default is not None:
        return default, str(getattr(default, "key", None) or default.tzname(None) or "UTC")
    local = datetime.now().astimezone().tzinfo or timezone.utc
    return local, local.tzname(None) or "UTC"


# ------------------------------------------------------------------------------- the summary
def current_session(events: Iterable[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The events after the latest session start or restart."""
    session: List[Dict[str, Any]] = []
    for event in events:
        if event.get("event") in ("session_started", "restart"):
            session = []
        else:
            session.append(event)
    return session


def _words(text: str) -> str:
    """A finding's words on one line: a span that runs over two messages is joined with ' / '."""
    joined = " / ".join(part.strip() for part in text.splitlines() if part.strip())
    joined = " ".join(joined.split())
    return joined if len(joined) <= MAX_WORDS_CHARS else joined[: MAX_WORDS_CHARS - 1] + "…"


def _patient_words(finding: Finding, asked: Finding | None) -> Tuple[str, str]:
    """The words a finding rests on, and a note on how it was reported when they are not enough:
    a "yes" to the assistant's question quotes the words the question was about."""
    if finding.origin is Origin.ANSWER and asked is not None and asked.symptom == finding.symptom:
        return _words(asked.text), f'said "{_words(finding.text)}" when asked'
    if finding.origin is Origin.CONTEXT:
        return _words(finding.text), "over two messages"
    return _words(finding.text), ""


def _relation(cue: str) -> str | None:
    """'my husband' from 'OTHER_PERSON: my husband' (the context rules' own words, never a name)."""
    category, _, words = cue.partition(": ")
    words = words.strip().lower()
    return words if category == "OTHER_PERSON" and words.startswith("my ") else None


def summarise(events: Sequence[Dict[str, Any]], default_zone: tzinfo | None = None) -> Summary:
    """The summary of the conversation's current session, from its events (plain dicts)."""
    events = current_session(events)
    zone, zone_name = _zone(events, default_zone)
    started: float | None = None
    reported: Dict[str, Symptom] = {}
    denied: Dict[str, Denied] = {}
    advice: List[Advice] = []
    relations: Dict[str, None] = {}
    last: Triage | None = None  # the triage of the latest patient message
    asked: Finding | None = None  # the question the assistant asked after the one before
    for event in events:
        kind = event.get("event")
        time = float(event.get("timestamp") or 0.0)
        if kind == "user":
            started = time if started is None else started
            data = (event.get("parse_data") or {}).get(TRIAGE_KEY)
            previous = last
            last = Triage.from_dict(data) if data else None
            asked = previous.check if previous is not None else None
            if last is None:
                continue
            for f in last.findings:
                if f.reported and f.tier in TIER_WORDS and f.symptom not in reported:
                    words, note = _patient_words(f, asked)
                    reported[f.symptom] = Symptom(f.name, f.tier, words, time, f.other_person, note)
                    if f.other_person:
                        relations.update(dict.fromkeys(r for r in map(_relation, f.cues) if r))
                elif f.status is Status.NEGATED and f.tier in TIER_WORDS and f.symptom not in denied:
                    denied[f.symptom] = Denied(f.name, time)
        elif kind == "bot":
            response = (event.get("metadata") or {}).get("utter_action")
            if response not in ADVICE or last is None:
                continue
            found = [f for f in last.findings if f.reported and f.tier in TIER_WORDS]
            # what the reply was given for: the findings of its own tier (a drowsiness that made an
            # overdose is listed above, but the emergency advice rests on the overdose)
            given = [f for f in found if f.tier is TIER_OF_ADVICE[response]] or found
            key = SELF_HARM if response == "utter_emergency" and last.self_harm else response
            advice.append(
                Advice(
                    time=time,
                    quote=ADVICE[key],
                    symptoms=tuple(dict.fromkeys(f.name for f in given)),
                    sources=tuple(dict.fromkeys(f.source for f in given if f.source)),
                )
            )
    return Summary(
        started=started,
        reported=tuple(reported.values()),
        denied=tuple(d for key, d in denied.items() if key not in reported),
        advice=tuple(advice),
        relations=tuple(relations),
        zone=zone,
        zone_name=zone_name,
    )
