"""`make converse FILE=tests/conversations/split-report.yml`: replay a staff transcript through the
trained model and check the tier of each reply.

A transcript is a small YAML file: the patient's turns, each with the tier the staff member expects.

    description: a report split over two messages      # optional
    turns:
      - patient: my heart
        tier: check        # emergency | stop | check | general
      - patient: is racing like crazy
        tier: stop

The tiers are those of the reply, the contract with everything outside the assistant:
`utter_emergency` is emergency, `utter_stop_and_contact_doctor` stop, `utter_check_symptom` check (the
assistant asks about a symptom it suspects), anything else general. `tier` may be left out while a
conversation is being explored: the turn is printed, not checked.

The conversation runs in this process, as a patient's would on the public channels: each message is
screened as they screen it (channels/gate.py: "/intent" is read as words), the trained model
(models/soma.tar.gz) handles it with an in-memory conversation, so each turn's triage reads the
earlier turns, and the custom actions ("why?", the summary for the doctor) run on an action
endpoint served in this process. Each turn is printed with the reply, the tier and the "why?" lines
(the triage of the patient's message, from its parse data).

Exit status: 0 when every tier is as expected, 1 when one differs or a turn got no reply at all, 2
when a file can't be read. tests/test_conversations.py replays every file of tests/conversations/.
"""

from __future__ import annotations

import asyncio
import os
import sys
import textwrap
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, List, Sequence, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "soma.tar.gz"
TIERS = ("emergency", "stop", "check", "general")
TIER_OF_RESPONSE = {
    "utter_emergency": "emergency",
    "utter_stop_and_contact_doctor": "stop",
    "utter_check_symptom": "check",
}
WIDTH = 100


class TranscriptError(ValueError):
    """A transcript that can't be replayed, with the reason in words staff can act on."""


@dataclass(frozen=True)
class Turn:
    patient: str
    tier: str | None = None


@dataclass(frozen=True)
class Transcript:
    path: Path
    turns: Tuple[Turn, ...]
    description: str = ""


@dataclass
class Replayed:
    """One turn as it happened."""

    turn: Turn
    replies: List[Tuple[str | None, str]] = field(default_factory=list)  # (response name, text)
    why: List[str] = field(default_factory=list)

    @property
    def tier(self) -> str:
        tiers = [TIER_OF_RESPONSE.get(name or "", "general") for name, _ in self.replies]
        return min(tiers, key=TIERS.index) if tiers else "general"

    @property
    def answered(self) -> bool:
        return any(text.strip() for _, text in self.replies)

    @property
    def differs(self) -> bool:
        return not self.answered or (self.turn.tier is not None and self.turn.tier != self.tier)


def load(path: Path | str) -> Transcript:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise TranscriptError(f"{path}: can't read it: {e}") from e
    unknown = set(data) - {"turns", "description"} if isinstance(data, dict) else set()
    if unknown:
        raise TranscriptError(f"{path}: unknown keys {sorted(unknown)} (expected turns, description)")
    if not isinstance(data, dict) or not isinstance(data.get("turns"), list) or not data["turns"]:
        raise TranscriptError(f"{path}: expected a mapping with a non-empty list `turns`")
    turns = []
    for number, raw in enumerate(data["turns"], 1):
        said = raw.get("patient") if isinstance(raw, dict) else None
        if isinstance(said, (bool, int, float)):  # YAML reads a bare no, yes, on, off or 2 as a value, not words
            raise TranscriptError(
                f"{path}: turn {number}: YAML read the patient's words as {said!r}, not text; quote them"
            )
        if not isinstance(said, str) or not said.strip():
            raise TranscriptError(f"{path}: turn {number} needs `patient: <what the patient writes>`")
        if set(raw) - {"patient", "tier"}:
            raise TranscriptError(f"{path}: turn {number}: unknown keys {sorted(set(raw) - {'patient', 'tier'})}")
        tier = raw.get("tier")
        if tier is not None and tier not in TIERS:
            raise TranscriptError(f"{path}: turn {number}: tier {tier!r} is not one of {', '.join(TIERS)}")
        turns.append(Turn(said, tier))
    return Transcript(path, tuple(turns), str(data.get("description") or ""))


# ------------------------------------------------------------------------------- replaying
class Assistant:
    """The trained model with an in-memory conversation store and the custom actions served in this
    process (`async with Assistant() as assistant: await assistant.replay(transcript)`)."""

    def __init__(self, model: Path = MODEL) -> None:
        self.model = Path(model)
        self.agent: Any = None
        self._runner: Any = None

    async def __aenter__(self) -> Assistant:
        from rasa.core.agent import Agent
        from rasa.core.tracker_store import InMemoryTrackerStore
        from rasa.utils.endpoints import EndpointConfig

        if not self.model.exists():
            raise TranscriptError(f"{self.model} not found: train first (make train)")
        port = await self._serve_actions()
        self.agent = Agent.load(
            str(self.model),
            tracker_store=InMemoryTrackerStore(None),  # Agent.load gives it the model's domain
            action_endpoint=EndpointConfig(f"http://127.0.0.1:{port}/webhook"),
        )
        return self

    async def __aexit__(self, *_: Any) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _serve_actions(self) -> int:
        """actions/ behind an HTTP endpoint on a free loopback port, in this event loop: what the
        action server does (rasa_sdk's executor), without another process."""
        from aiohttp import web
        from rasa_sdk.executor import ActionExecutor

        executor = ActionExecutor()
        executor.register_package("actions")

        async def webhook(request: web.Request) -> web.Response:
            return web.json_response(await executor.run(await request.json()))

        app = web.Application()
        app.router.add_post("/webhook", webhook)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        return site._server.sockets[0].getsockname()[1]  # the port the system chose

    async def replay(self, transcript: Transcript) -> List[Replayed]:
        from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
        from rasa.shared.core.events import BotUttered, UserUttered

        from channels.gate import screen
        from triage.result import Triage, explain

        sender = f"converse-{uuid.uuid4().hex[:12]}"  # a fresh conversation for each transcript
        replayed = []
        for turn in transcript.turns:
            result = Replayed(turn)
            replayed.append(result)
            screened = screen(turn.patient)
            if screened.text is None:  # what a public channel answers, without reaching Rasa
                result.replies.append((None, screened.message))
                continue
            before = len((await self.agent.processor.get_tracker(sender)).events)
            await self.agent.handle_message(
                UserMessage(screened.text, CollectingOutputChannel(), sender, input_channel="converse")
            )
            events = list((await self.agent.processor.get_tracker(sender)).events)[before:]
            for event in events:
                if isinstance(event, UserUttered):
                    data = (event.parse_data or {}).get("triage")
                    result.why = explain(_one_line(Triage.from_dict(data))).splitlines()[1:] if data else []
                elif isinstance(event, BotUttered):
                    result.replies.append((event.metadata.get("utter_action"), event.text or ""))
        return replayed


def _one_line(triage: Any) -> Any:
    """The triage with each finding's words on one line: a finding read across two messages
    ("my heart" / "is racing") holds the line break between them."""
    from dataclasses import replace

    def flat(finding: Any) -> Any:
        return replace(finding, text=" / ".join(p.strip() for p in finding.text.splitlines() if p.strip()))

    check = flat(triage.check) if triage.check else None
    return replace(triage, findings=tuple(flat(f) for f in triage.findings), check=check)


# ------------------------------------------------------------------------------- printing
def _block(label: str, text: str) -> List[str]:
    """`label` then `text`, wrapped, its own lines kept (a summary is several lines)."""
    lines: List[str] = []
    for paragraph in text.splitlines() or [""]:
        wrapped = textwrap.wrap(paragraph, WIDTH - 14, break_on_hyphens=False) or [""]
        lines += wrapped
    return [f"     {label:<8} {lines[0]}"] + [f"     {'':<8} {line}" for line in lines[1:]]


def report(transcript: Transcript, replayed: Sequence[Replayed]) -> str:
    title = f"{transcript.path}" + (f": {transcript.description}" if transcript.description else "")
    out = [title]
    for number, r in enumerate(replayed, 1):
        out.append(f"  {number}. patient: {r.turn.patient}")
        for name, text in r.replies or [(None, "")]:
            out += _block("reply", f"{text or '(no reply)'}" + (f"  [{name}]" if name else ""))
        expected = "not checked" if r.turn.tier is None else f"expected {r.turn.tier}"
        flag = "  <-- DIFFERS" if r.differs else ""
        if not r.answered:
            flag = "  <-- NO REPLY"
        out.append(f"     {'tier':<8} {r.tier} ({expected}){flag}")
        for line in r.why or ["(no triage)"]:
            out.append(f"     {'why?':<8} {line}")
    differing = sum(r.differs for r in replayed)
    out.append(f"  {len(replayed)} turns, {differing} differ" + ("" if differing else ": as expected"))
    return "\n".join(out)


async def replay_files(paths: Sequence[str]) -> int:
    transcripts = [load(p) for p in paths]  # every file is checked before the model loads
    failed = 0
    async with Assistant() as assistant:
        for transcript in transcripts:
            replayed = await assistant.replay(transcript)
            print(report(transcript, replayed), flush=True)
            print()
            failed += any(r.differs for r in replayed)
    print(f"{len(transcripts) - failed} of {len(transcripts)} conversations as expected")
    return 1 if failed else 0


def quiet() -> None:
    """Rasa's and TensorFlow's start-up chatter off the screen: staff read the turns."""
    import logging
    import warnings

    os.environ.setdefault("LOG_LEVEL", "ERROR")
    from server.settings import apply_environment

    apply_environment()
    warnings.filterwarnings("ignore")
    # Rasa's dependencies print dozens of warnings at import (and reset the filters): to no one
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").addHandler(logging.NullHandler())
    logging.getLogger("py.warnings").propagate = False
    from rasa.utils.log_utils import configure_structlog

    logging.basicConfig(level=logging.ERROR)
    configure_structlog(logging.ERROR)


def main(argv: Sequence[str]) -> int:
    if not argv:
        print('usage: make converse FILE=tests/conversations/<name>.yml   (several files: FILE="a.yml b.yml")')
        return 2
    try:
        for path in argv:
            load(path)
        quiet()
        return asyncio.run(replay_files(argv))
    except TranscriptError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
