"""The triage test sets and how a triager is scored on them: `make eval`, the tests and the
benchmarks share this module.

Sets, and whether the triage was tuned on them (a figure on a set that was tuned on measures
memory; the headline is always a set that was not):

* ``dev-held-out``: half of the 700 independently written chat messages of
  `sources/triage_dev_set/`, chosen by a fixed hash per category (`dev_split`). Never read, never
  tuned on, never trained on: the headline.
* ``dev-tune``: the other half: failures here are read, classified and fixed at their cause; the
  learned second opinion trains on it.
* ``psytar-dev``: the `dev` split of the PsyTAR patient sentences (`sources/psytar/`): not tuned on.
* ``psytar-train``: its `train` split: the learned second opinion trains on it.
* ``project``: `tests/data/triage_cases.yml`, written by the team together with the lexicon (memory,
  checked phrase by phrase in `tests/test_triage_set.py`, not here).

`make eval` prints every set, the issue's targets (met or not) and fails when a set not tuned on
drops below the figures reached so far (`tests/data/triage_floors.yml`).
* any JSONL file of ``{"text", "expect", "category"}`` lines given on the command line (a set
  written blind by someone who never saw the code, kept outside the project).

Tiers: the reply a message gets (`TIER_OF_LEVEL`). "ask" is a specific question back (the triage
suspects a warning symptom it can't place): neither silent guidance nor an alarm.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Sequence, Tuple

import yaml

from triage.result import Level, Triage

ROOT = Path(__file__).resolve().parent.parent
PROJECT_CASES = ROOT / "tests" / "data" / "triage_cases.yml"
DEV_SET = ROOT / "sources" / "triage_dev_set" / "triage_dev_set.jsonl"
PSYTAR_SENTENCES = ROOT / "sources" / "psytar" / "psytar_sentences.tsv"
PSYTAR_LAY_TERMS = ROOT / "sources" / "psytar" / "psytar_lay_terms.tsv"

EMERGENCY, STOP, ASK, GENERAL = "emergency", "stop", "ask", "general"
TIERS = (EMERGENCY, STOP, ASK, GENERAL)
URGENT = (EMERGENCY, STOP)
TIER_OF_LEVEL = {Level.EMERGENCY: EMERGENCY, Level.STOP: STOP, Level.CHECK: ASK}
PSYTAR_TIER = {"emergency": EMERGENCY, "stop": STOP, "no_alarm": GENERAL}


def tier_of(triage: Triage) -> str:
    return TIER_OF_LEVEL.get(triage.level, GENERAL)


@dataclass(frozen=True)
class Case:
    text: str
    expect: str  # emergency, stop or general
    category: str
    symptoms: Tuple[str, ...] = ()  # the symptom keys behind an urgent label, where the set gives them


# ------------------------------------------------------------------------------- the sets
def _halves(cases: List[Case]) -> Dict[Case, str]:
    """'tune' or 'held-out' for each case: alternate halves of each category, in the order of a hash
    of the text (fixed, reproducible); the hash of the category decides which half goes first, so
    one-message categories fall on both sides."""
    by_category: Dict[str, List[Case]] = defaultdict(list)
    for case in cases:
        by_category[case.category].append(case)
    half = {}
    for category, members in by_category.items():
        offset = int(hashlib.sha1(category.encode(), usedforsecurity=False).hexdigest(), 16) % 2
        for rank, case in enumerate(
            sorted(members, key=lambda c: hashlib.sha1(c.text.encode(), usedforsecurity=False).hexdigest())
        ):
            half[case] = "tune" if (rank + offset) % 2 == 0 else "held-out"
    return half


def jsonl_cases(path: Path) -> List[Case]:
    cases = []
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                cases.append(Case(row["text"], row["expect"], row.get("category", "")))
    return cases


def dev_set(part: str = "all") -> List[Case]:
    """The independent development set, or its "tune" or "held-out" half."""
    cases = jsonl_cases(DEV_SET)
    if part == "all":
        return cases
    half = _halves(cases)
    return [case for case in cases if half[case] == part]


def psytar_sentences(split: str) -> List[Case]:
    """Real patient review sentences with the tier they call for (`train` or `dev`)."""
    with PSYTAR_SENTENCES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        Case(r["text"], PSYTAR_TIER[r["expect"]], r["drug"], tuple(s for s in r["symptoms"].split(",") if s))
        for r in rows
        if r["split"] == split
    ]


def psytar_lay_terms() -> List[Tuple[str, str]]:
    """(lay term, symptom key): 373 phrases real patients used for the leaflet's symptoms."""
    with PSYTAR_LAY_TERMS.open(encoding="utf-8") as f:
        return [(r["lay_term"], r["symptom"]) for r in csv.DictReader(f, delimiter="\t")]


# ------------------------------------------------- the project's own set (tests/test_triage_set.py)
LEVEL_OF_SECTION = {"emergency": Level.EMERGENCY, "stop": Level.STOP, "stop_label": Level.STOP}
LEVEL_OF_KIND = {
    "question": Level.QUESTION,
    "negated": Level.NONE,
    "treated": Level.NONE,
    "general": Level.NONE,
    "common": Level.COMMON,
}


def load_cases(path: Path = PROJECT_CASES) -> dict:
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def urgent_cases(cases: dict) -> List[Tuple[str, str, Level]]:
    """(text, symptom, least level) for every urgent case."""
    return [
        (text, symptom, LEVEL_OF_SECTION[section])
        for section, by_symptom in cases["urgent"].items()
        for symptom, texts in by_symptom.items()
        for text in texts
    ]


def not_urgent_cases(cases: dict) -> List[Tuple[str, str, Level]]:
    return [(text, kind, LEVEL_OF_KIND[kind]) for kind, texts in cases["not_urgent"].items() for text in texts]


def is_caught(triage: Triage, symptom: str, least: Level) -> bool:
    return symptom in triage.reported and triage.level.urgent and triage.level.rank <= least.rank


# ------------------------------------------------------------------------------- scoring
@dataclass
class Report:
    name: str
    tuned: bool
    confusion: Counter = field(default_factory=Counter)  # (expected, got) -> count
    by_category: Dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: List[Tuple[Case, str]] = field(default_factory=list)  # (case, tier got), urgent only
    false_alarms: List[Tuple[Case, str]] = field(default_factory=list)

    def count(self, expect: str, got: Sequence[str] = TIERS) -> int:
        return sum(n for (e, g), n in self.confusion.items() if e == expect and g in got)

    @property
    def urgent_total(self) -> int:
        return self.count(EMERGENCY) + self.count(STOP)

    @property
    def urgent_caught(self) -> int:
        """Urgent messages given an urgent reply (an emergency given "stop" counts here; see below)."""
        return self.count(EMERGENCY, URGENT) + self.count(STOP, URGENT)

    @property
    def emergencies_caught(self) -> int:
        return self.count(EMERGENCY, (EMERGENCY,))

    @property
    def general_alarmed(self) -> int:
        return self.count(GENERAL, URGENT)

    @property
    def general_asked(self) -> int:
        return self.count(GENERAL, (ASK,))


def score(name: str, cases: Iterable[Case], triage: Callable[[str], Triage], tuned: bool) -> Report:
    report = Report(name, tuned)
    for case in cases:
        got = tier_of(triage(case.text))
        report.confusion[(case.expect, got)] += 1
        report.by_category[case.category][(case.expect, got)] += 1
        if case.expect in URGENT and got not in URGENT:
            report.misses.append((case, got))
        if case.expect == EMERGENCY and got == STOP:
            report.misses.append((case, got))
        if case.expect == GENERAL and got in URGENT:
            report.false_alarms.append((case, got))
    return report


# The targets on the sets not tuned on (issue 10). Printed with every run: met or not.
URGENT_RECALL_TARGET = 0.98
DEV_FALSE_ALARM_LIMIT = 0.05
PSYTAR_FALSE_ALARM_LIMIT = 0.10
# The figures reached so far on those sets (a ratchet): `make eval` fails when a change drops below
# them. Raised as the triage improves, never lowered to get a run green.
FLOORS_FILE = ROOT / "tests" / "data" / "triage_floors.yml"


def targets_met(report: Report) -> bool:
    """Does a set not tuned on meet the issue's targets? Prints what it checks."""
    checks = [
        (
            f"urgent recall >= {URGENT_RECALL_TARGET:.0%}",
            _ratio(report.urgent_caught, report.urgent_total) >= URGENT_RECALL_TARGET,
        )
    ]
    caught, total = self_harm_counts(report)
    if total:
        checks.append(("every self-harm message gets the emergency reply", caught == total))
    limit = PSYTAR_FALSE_ALARM_LIMIT if report.name.startswith("psytar") else DEV_FALSE_ALARM_LIMIT
    checks.append(
        (f"not-urgent alarmed <= {limit:.0%}", _ratio(report.general_alarmed, report.count(GENERAL)) <= limit)
    )
    for what, met in checks:
        print(f"  target, {report.name}: {what}: {'met' if met else 'NOT MET'}")
    return all(met for _, met in checks)


def floors_held(report: Report, floors: Dict[str, float]) -> bool:
    """Does a set not tuned on stay at or above the figures reached so far? Prints what it checks."""
    caught, total = self_harm_counts(report)
    figures = {
        "urgent_recall": _ratio(report.urgent_caught, report.urgent_total),
        "emergency_recall": _ratio(report.emergencies_caught, report.count(EMERGENCY)),
        "self_harm_recall": _ratio(caught, total),
        "not_urgent_unalarmed": 1 - _ratio(report.general_alarmed, report.count(GENERAL)),
    }
    held = True
    for name, floor in floors.items():
        ok = figures[name] >= floor - 1e-9
        held &= ok
        print(f"  floor, {report.name}: {name} {figures[name]:.3f} >= {floor:.3f}: {'held' if ok else 'BROKEN'}")
    return held


def self_harm_counts(report: Report) -> Tuple[int, int]:
    names = [c for c in report.by_category if c.startswith("self_harm")]
    return (
        sum(report.by_category[c][(EMERGENCY, EMERGENCY)] for c in names),
        sum(sum(report.by_category[c].values()) for c in names),
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.1%})" if whole else "-"


def summary_line(report: Report) -> str:
    emergencies = report.count(EMERGENCY)
    general = report.count(GENERAL)
    return (
        f"{report.name} ({'tuned on' if report.tuned else 'NOT tuned on'}): "
        f"urgent escalated {_share(report.urgent_caught, report.urgent_total)}; "
        f"emergencies given the emergency reply {_share(report.emergencies_caught, emergencies)}; "
        f"not-urgent alarmed {_share(report.general_alarmed, general)}, asked {_share(report.general_asked, general)}"
    )


def format_report(report: Report, by_category: bool = True) -> str:
    lines = [summary_line(report), "  confusion (rows: expected; columns: reply):"]
    lines.append("    " + f"{'':10}" + "".join(f"{t:>10}" for t in TIERS))
    for expect in (EMERGENCY, STOP, GENERAL):
        if report.count(expect):
            lines.append("    " + f"{expect:10}" + "".join(f"{report.confusion[(expect, t)]:>10}" for t in TIERS))
    if by_category:
        groups: Dict[str, Counter] = defaultdict(Counter)
        for category, counts in report.by_category.items():
            groups[category_group(category)].update(counts)
        lines.append("  per group (expected tier: right / all):")
        for group, counts in sorted(groups.items()):
            right = sum(n for (e, g), n in counts.items() if _right(e, g))
            lines.append(f"    {group:28} {right:>4}/{sum(counts.values()):<4}")
    return "\n".join(lines)


def _right(expect: str, got: str) -> bool:
    if expect == EMERGENCY:
        return got == EMERGENCY
    if expect == STOP:
        return got in URGENT
    return got not in URGENT


def category_group(category: str) -> str:
    """'tremor_described' -> 'tremor'; 'self_harm_indirect' -> 'self_harm'; guidance topics stay."""
    for prefix in ("self_harm", "past_seizure", "muscle_stiffness", "fast_heartbeat", "question_no_report"):
        if category.startswith(prefix):
            return prefix
    return category.split("_")[0] if "_" in category else category


def conversation_cases(path: Path) -> List[Tuple[str, List[Case]]]:
    """Conversations of a JSONL file of ``{"id", "category", "turns": [{"text", "expect"}, ...]}``."""
    found = []
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                turns = [Case(t["text"], t["expect"], row.get("category", "")) for t in row["turns"]]
                found.append((str(row.get("id", len(found))), turns))
    return found


def score_conversations(name: str, conversations, triager, tuned: bool) -> Report:
    """Every patient turn scored in the light of the earlier ones (triage/triager.py `conversation`)."""
    from triage.triager import conversation

    report = Report(name, tuned)
    for _, turns in conversations:
        for case, result in zip(turns, conversation(triager, [t.text for t in turns]), strict=True):
            got = tier_of(result)
            report.confusion[(case.expect, got)] += 1
            report.by_category[case.category][(case.expect, got)] += 1
            if case.expect in URGENT and got not in URGENT or (case.expect == EMERGENCY and got == STOP):
                report.misses.append((case, got))
            if case.expect == GENERAL and got in URGENT:
                report.false_alarms.append((case, got))
    return report


# ------------------------------------------------------------------------------- make eval
def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("extra", nargs="*", help="JSONL sets written blind, outside the project")
    parser.add_argument("--conversations", nargs="*", default=[], help="JSONL conversation sets written blind")
    parser.add_argument("--model", default=str(ROOT / "models" / "soma.tar.gz"), help="the trained model")
    parser.add_argument("--show-tuned", action="store_true", help="list the misses of the sets tuned on")
    args = parser.parse_args(argv)

    from triage.triager import Triager

    triager = Triager.from_model_archive(Path(args.model))
    reports = [
        score("dev-held-out", dev_set("held-out"), triager, tuned=False),
        score("psytar-dev", psytar_sentences("dev"), triager, tuned=False),
        *(score(Path(p).name, jsonl_cases(Path(p)), triager, tuned=False) for p in args.extra),
        *(
            score_conversations(Path(p).name, conversation_cases(Path(p)), triager, tuned=False)
            for p in args.conversations
        ),
        score("dev-tune", dev_set("tune"), triager, tuned=True),
        score("psytar-train", psytar_sentences("train"), triager, tuned=True),
    ]
    for report in reports:
        print(format_report(report, by_category=not report.name.startswith("psytar")) + "\n")
        if report.tuned and args.show_tuned:
            for case, got in report.misses + report.false_alarms:
                print(f"    {case.expect:>9} -> {got:9} [{case.category}] {case.text}")
    lay_terms = psytar_lay_terms()
    missed = [term for term, symptom in lay_terms if symptom not in triager(term).reported]
    print(f"PsyTAR lay terms (the lexicon drew on them): {_share(len(lay_terms) - len(missed), len(lay_terms))}\n")
    untuned = [r for r in reports if not r.tuned]
    met = [targets_met(r) for r in untuned]
    floors = yaml.safe_load(FLOORS_FILE.read_text())
    held = [floors_held(r, floors[r.name]) for r in untuned if r.name in floors]
    print(f"\neval: targets {'met' if all(met) else 'NOT all met'}; floors {'held' if all(held) else 'BROKEN'}")
    return 0 if all(held) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
