"""What the triage decided about a message, and the one way it is written down and explained.

`Triage.to_dict()` is what the NLU component puts in the parse data (key `triage`); the "why?"
reply, `make explain` and the summary for the doctor all read that dict through `explain()` and
`Triage.from_dict()`, so a finding is worded the same way everywhere.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from enum import Enum
from typing import Any, Dict, List, Tuple

from triage.lexicon import Category, Tier


class Status(str, Enum):
    PRESENT = "present"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    TREATED = "treated condition"  # the reason for taking Soma, or it got better
    HISTORICAL = "past or another cause"  # long ago, before Soma, or from a cause the patient names


class Level(str, Enum):
    """The tier of the reply, most urgent first."""

    EMERGENCY = "emergency"
    STOP = "stop"
    CHECK = "check"  # a suspected warning symptom the lexicon can't place: ask the patient
    COMMON = "common"
    QUESTION = "question"
    NONE = "none"

    @property
    def rank(self) -> int:
        return list(Level).index(self)

    @property
    def urgent(self) -> bool:
        return self in (Level.EMERGENCY, Level.STOP)


class Origin(str, Enum):
    """What found a finding."""

    LEXICON = "lexicon"  # a phrase or pattern of data/lexicon/symptoms.yml
    VITALS = "vital sign"  # a temperature or pulse reading over the limit
    COMBINATION = "combination"  # several findings together (data/lexicon/symptoms.yml `combinations`)
    LEARNED = "learned"  # the learned second opinion (triage/learned.py)
    CONTEXT = "earlier turn"  # read together with the patient's previous message
    ANSWER = "answer"  # the patient confirmed a suspected symptom the assistant asked about


@dataclass(frozen=True)
class Finding:
    symptom: str  # lexicon key
    name: str  # readable name: "tremors (shaking)"
    tier: Tier
    text: str  # the patient's words
    start: int  # character offsets into the message as the patient wrote it
    end: int
    status: Status = Status.PRESENT
    cues: Tuple[str, ...] = ()  # "NEGATED_EXISTENCE: no", "OTHER_PERSON: my husband", ...
    other_person: bool = False
    uncertain: bool = False  # hedged ("I think I might be..."): counts as present
    origin: Origin = Origin.LEXICON
    score: float | None = None  # the learned part's probability, for its findings
    evidence: Tuple[str, ...] = ()  # the learned part's words that weighed most
    source: str = ""  # the sentence of the source material the advice rests on

    @property
    def reported(self) -> bool:
        """A present symptom (not a cofactor such as alcohol, nor a mask such as "brain shivers")."""
        return self.status is Status.PRESENT and self.tier not in (Tier.COFACTOR, Tier.MASK)

    def told_as(self, *categories: Category) -> bool:
        """Did a cue of one of these categories reach it ("STORY: the narrator", "AT_WORK: half my residents")?"""
        return any(cue.split(":", 1)[0] in categories for cue in self.cues)


@dataclass(frozen=True)
class Triage:
    level: Level
    findings: Tuple[Finding, ...] = ()
    corrections: Dict[str, str] = field(default_factory=dict)  # misspelt word -> lexicon word
    check: Finding | None = None  # level CHECK: the symptom to ask about
    # the stop advice of an earlier turn, said again after the answer to a question on another topic (its findings are
    # those carried from that turn): the reply is the answer, then the reminder
    reminder: bool = False

    @property
    def reported(self) -> List[str]:
        """Symptom keys reported as present, in message order, without duplicates and cofactors."""
        return list(dict.fromkeys(f.symptom for f in self.findings if f.reported))

    @property
    def other_person(self) -> bool:
        return any(f.other_person for f in self.findings if f.reported)

    @property
    def self_harm(self) -> bool:
        return "self_harm" in self.reported

    def summary(self) -> str:
        """What was reported, in words for the reply: 'tremors (shaking) and nausea'."""
        names = list(dict.fromkeys(f.name for f in self.findings if f.reported))
        text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""
        return f"{text} (in the person you are looking after)" if text and self.other_person else text

    def with_level(self, level: Level) -> Triage:
        return replace(self, level=level)

    # ------------------------------------------------------------------------ serialisation
    def to_dict(self) -> Dict[str, Any]:
        """Plain JSON data: what the parse data carries under `triage`."""
        return {
            "level": self.level.value,
            "findings": [_finding_dict(f) for f in self.findings],
            "corrections": dict(self.corrections),
            "check": _finding_dict(self.check) if self.check else None,
            "reminder": self.reminder,
            "summary": self.summary(),
        }

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> Triage:
        check = data.get("check")
        return cls(
            level=Level(data["level"]),
            findings=tuple(_finding_from_dict(f) for f in data.get("findings", [])),
            corrections=dict(data.get("corrections", {})),
            check=_finding_from_dict(check) if check else None,
            reminder=bool(data.get("reminder", False)),
        )


def _finding_dict(finding: Finding) -> Dict[str, Any]:
    data = asdict(finding)
    data.update(tier=finding.tier.value, status=finding.status.value, origin=finding.origin.value)
    data["cues"], data["evidence"] = list(finding.cues), list(finding.evidence)
    return data


def _finding_from_dict(data: Dict[str, Any]) -> Finding:
    return Finding(
        **{
            **data,
            "tier": Tier(data["tier"]),
            "status": Status(data["status"]),
            "origin": Origin(data.get("origin", Origin.LEXICON.value)),
            "cues": tuple(data.get("cues", ())),
            "evidence": tuple(data.get("evidence", ())),
        }
    )


def explain(triage: Triage) -> str:
    """Why a message got its tier, for staff and for a patient who asks "why?"."""
    lines = [f"Urgency: {triage.level.value}."]
    for wrong, right in triage.corrections.items():
        lines.append(f"I read '{wrong}' as '{right}'.")
    for f in (*triage.findings, *([triage.check] if triage.check else [])):
        who = " (someone else)" if f.other_person else ""
        hedge = ", hedged (counts as present)" if f.uncertain else ""
        found_by = f.origin.value
        if f.score is not None:
            found_by += f" {f.score:.2f}" + (f" on {', '.join(repr(w) for w in f.evidence)}" if f.evidence else "")
        lines.append(f"- '{f.text}' -> {f.name}{who}: {f.status.value}{hedge}, tier {f.tier.value} ({found_by})")
        if f.cues:
            lines.append(f"  context: {'; '.join(f.cues)}")
        if f.source:
            lines.append(f"  source: {f.source}")
    if triage.reminder:
        lines.append("The stop advice given before is said again after the answer to this question.")
    if not triage.findings and triage.check is None:
        lines.append("- no symptom recognised: the answer follows the topic of the message.")
    return "\n".join(lines)
