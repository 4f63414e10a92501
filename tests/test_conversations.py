"""Staff transcripts (tests/conversations/*.yml): every file replayed as `make converse` replays it
(the trained model in this process, the custom actions on an in-process endpoint), and at the
triage core's level (`conversation()`); the two must agree with the file. The files are the
multi-turn cases: staff and tests share one format (scripts/converse.py)."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest

from scripts.converse import Assistant, Replayed, TranscriptError, Turn, load, report
from tests.conftest import MODEL, ROOT
from triage.result import Level
from triage.triager import conversation

FILES = sorted((ROOT / "tests" / "conversations").glob("*.yml"))
TIER_OF_LEVEL = {Level.EMERGENCY: "emergency", Level.STOP: "stop", Level.CHECK: "check"}


@pytest.fixture(scope="module")
def replayed() -> dict[Path, list[Replayed]]:
    """Every file through one assistant (loading the model is the slow part)."""
    assert MODEL.exists(), "train first: make train"

    async def replay_all() -> dict[Path, list[Replayed]]:
        async with Assistant(MODEL) as assistant:
            return {path: await assistant.replay(load(path)) for path in FILES}

    return asyncio.run(replay_all())


def test_the_examples_the_issue_asks_for_are_there():
    patients = {turn.patient for path in FILES for turn in load(path).turns}
    for said in ("is racing like crazy", "like 6 of them", "breathing, it's really slow", "ok thanks", "why is that"):
        assert said in patients
    assert all(turn.tier for path in FILES for turn in load(path).turns), "every turn of a test file names its tier"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_each_transcript_gets_the_tiers_it_expects_through_the_trained_model(replayed, path):
    turns = replayed[path]
    assert [r.tier for r in turns] == [r.turn.tier for r in turns], report(load(path), turns)
    assert all(r.answered for r in turns), report(load(path), turns)  # never silence ("why is that")


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_each_transcript_gets_the_same_tiers_from_the_triage_core(triager, path):
    transcript = load(path)
    results = conversation(triager, [turn.patient for turn in transcript.turns])
    assert [TIER_OF_LEVEL.get(r.level, "general") for r in results] == [t.tier for t in transcript.turns]


def test_the_summary_in_a_transcript_names_what_was_reported_and_denied(replayed):
    caregiver = replayed[ROOT / "tests" / "conversations" / "caregiver.yml"]
    [(response, summary)] = caregiver[-1].replies
    assert response == "utter_doctor_summary"
    assert 'About: someone the patient looks after ("my husband")' in summary
    for line in ('sweating, leaflet warning sign: "sweating"', "can't be woken or fainted, emergency sign",
                 "Symptoms denied (the patient said they are not there):\n- "):  # fmt: skip
        assert line in summary
    assert summary.split("Symptoms denied")[1].splitlines()[1].endswith("fever")


def test_a_question_after_the_stop_reply_gets_the_advice_again_then_its_answer(replayed):
    """(stop 47) The stop advice again, naming what was told, then the answer to the question; a question about what
    was told gets the stop reply itself."""
    turns = replayed[ROOT / "tests" / "conversations" / "question-after-the-stop-reply.yml"]
    assert [name for name, _ in turns[1].replies] == ["utter_stop_reminder", "utter_alcohol"]
    assert "you mentioned tremors (shaking)" in turns[1].replies[0][1]
    assert [name for name, _ in turns[2].replies] == ["utter_stop_and_contact_doctor"]
    assert [name for name, _ in turns[3].replies] == ["utter_stop_reminder", "utter_driving"]


def test_the_why_lines_are_the_triage_of_each_message(replayed):
    split = replayed[ROOT / "tests" / "conversations" / "split-report.yml"]
    assert split[1].why[0] == "- 'heart / is racing' -> fast heartbeat: present, tier stop (earlier turn)"


def test_a_differing_tier_is_flagged():
    wrong = Replayed(Turn("my hands are shaking", "general"), [("utter_stop_and_contact_doctor", "...")])
    silent = Replayed(Turn("why?", None), [])
    assert (wrong.tier, wrong.differs) == ("stop", True)
    assert (silent.answered, silent.differs) == (False, True)  # no reply at all always fails


@pytest.mark.parametrize(
    "content, problem",
    [
        ("turns: []", "non-empty list `turns`"),
        ("- patient: hi", "non-empty list `turns`"),
        ("turns:\n  - tier: stop", "turn 1 needs `patient:"),
        ("turns:\n  - patient: no", "turn 1: YAML read the patient's words as False, not text; quote them"),
        ("turns:\n  - patient: 2", "turn 1: YAML read the patient's words as 2, not text; quote them"),
        ("turns:\n  - patient: hi\n    tier: urgent", "tier 'urgent' is not one of emergency, stop, check, general"),
        ("turns:\n  - patient: hi\n    reply: hello", "turn 1: unknown keys ['reply']"),
        ("turn:\n  - patient: hi", "unknown keys ['turn']"),
        ("turns: [", "can't read it"),
    ],
)
def test_a_malformed_file_is_refused_with_the_reason(tmp_path, content, problem):
    path = tmp_path / "bad.yml"
    path.write_text(content)
    with pytest.raises(TranscriptError) as refused:
        load(path)
    assert problem in str(refused.value)


def test_make_converse_runs_the_replay_on_the_files_given():
    dry = subprocess.run(["make", "-n", "converse", "FILE=a.yml b.yml"], cwd=ROOT, capture_output=True, text=True)
    assert ".venv/bin/python -m scripts.converse a.yml b.yml" in dry.stdout


def test_converse_prints_each_turn_and_exits_1_on_a_differing_tier(tmp_path):
    wrong = tmp_path / "wrong.yml"
    wrong.write_text("turns:\n  - patient: my hands are shaking\n    tier: general\n  - patient: thanks\n")
    done = subprocess.run(
        [str(ROOT / ".venv/bin/python"), "-m", "scripts.converse", str(ROOT / "tests/conversations/short-answer.yml"),
         str(wrong)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    out = done.stdout
    assert "  2. patient: breathing, it's really slow" in out and "emergency (expected emergency)" in out
    assert "     tier     stop (expected general)  <-- DIFFERS" in out
    assert "     tier     general (not checked)" in out  # a turn without a tier is printed, not checked
    assert "why?     - 'hands are shaking' -> tremors (shaking): present, tier stop (lexicon)" in out
    assert "1 of 2 conversations as expected" in out


def test_make_converse_refuses_a_bad_file_before_loading_the_model(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("turns:\n  - patient: hi\n    tier: maybe\n")
    done = subprocess.run([str(ROOT / ".venv/bin/python"), "-m", "scripts.converse", str(bad)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2 and "tier 'maybe' is not one of" in done.stderr
