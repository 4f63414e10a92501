"""Triage regression over the project's test set (tests/data/triage_cases.yml): `make eval`.

Prints recall per symptom, the false-alarm rate on the messages that are not urgent, and the
recall on the PsyTAR lay terms (real patient wording, sources/psytar/). Exits 1 on any missed
urgent case or any not-urgent message that gets a different level than expected.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from triage.detector import SymptomDetector, default_detector
from triage.result import Level

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "triage_cases.yml"
PSYTAR = ROOT / "sources" / "psytar" / "psytar_lay_terms.tsv"

LEVEL_OF_SECTION = {"emergency": Level.EMERGENCY, "stop": Level.STOP, "stop_label": Level.STOP}
LEVEL_OF_KIND = {
    "question": Level.QUESTION,
    "negated": Level.NONE,
    "treated": Level.NONE,
    "general": Level.NONE,
    "common": Level.COMMON,
}
URGENCY = [Level.EMERGENCY, Level.STOP]


def load_cases(path: Path = CASES) -> dict:
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


def is_caught(detector: SymptomDetector, text: str, symptom: str, least: Level) -> bool:
    triage = detector(text)
    enough = URGENCY.index(triage.level) <= URGENCY.index(least) if triage.level in URGENCY else False
    return symptom in triage.reported and enough


def psytar_recall(detector: SymptomDetector) -> Tuple[int, int, List[str]]:
    with PSYTAR.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    missed = [r["lay_term"] for r in rows if r["symptom"] not in detector(r["lay_term"]).reported]
    return len(rows) - len(missed), len(rows), missed


def main() -> int:
    detector = default_detector()
    cases = load_cases()
    per_symptom: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for text, symptom, least in urgent_cases(cases):
        caught = is_caught(detector, text, symptom, least)
        per_symptom[symptom][0] += caught
        per_symptom[symptom][1] += 1
        if not caught:
            missed.append((symptom, text, detector(text).level.value))

    print(f"{'symptom':26} {'recall':>8}  cases")
    for symptom, (hit, total) in per_symptom.items():
        print(f"{symptom:26} {hit / total:8.1%}  {hit}/{total}")
    urgent_total = sum(t for _, t in per_symptom.values())
    caught = urgent_total - len(missed)
    print(f"{'ALL URGENT':26} {caught / urgent_total:8.1%}  {caught}/{urgent_total}")

    wrong = []
    false_alarms = 0
    counts: Dict[str, int] = defaultdict(int)
    not_urgent = not_urgent_cases(cases)
    for text, kind, expected in not_urgent:
        level = detector(text).level
        counts[kind] += 1
        false_alarms += level in URGENCY
        if level is not expected:
            wrong.append((kind, text, level.value, expected.value))
    print(f"\nnot urgent: {len(not_urgent)} messages ({dict(counts)})")
    print(f"false-alarm rate (urgent tier for a not-urgent message): {false_alarms / len(not_urgent):.1%}")
    print(
        f"tier counts: emergency {sum(1 for *_, lv in urgent_cases(cases) if lv is Level.EMERGENCY)}, "
        f"stop {sum(1 for *_, lv in urgent_cases(cases) if lv is Level.STOP)}, not urgent {len(not_urgent)}"
    )

    hit, total, psytar_missed = psytar_recall(detector)
    print(f"\nPsyTAR lay terms (real patient wording, CC BY 4.0): recall {hit / total:.1%} ({hit}/{total})")
    for term in psytar_missed:
        print(f"  not recognised: {term}")

    for symptom, text, level in missed:
        print(f"MISSED urgent {symptom}: {text!r} -> {level}")
    for kind, text, level, expected in wrong:
        print(f"WRONG {kind}: {text!r} -> {level}, expected {expected}")
    ok = not missed and not wrong
    print("\neval: " + ("passed" if ok else f"FAILED ({len(missed)} missed urgent, {len(wrong)} wrong not-urgent)"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
