"""`make run` keeps serving when one of its parts dies, tested from outside as a user would see it.

One `make run` on free loopback ports (RASA_PORT, ACTION_PORT, SITE_PORT) with its own VAR_DIR, in
a pseudo-terminal as at a keyboard. Each part is killed in turn with kill -9: the action server
(three times, to see supervisord's back-off), nginx, the Rasa server. An urgent message still gets
its reply within 3 s, or, with the Rasa server killed, as soon as it is back (within
RASA_RESTART_BOUND) in the same conversation. Then Ctrl-C: make exits 0 and nothing is left.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import signal
import socket
import sqlite3
import subprocess
import termios
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port, post, text_of

pytestmark = pytest.mark.server

URGENT = "my husband is not breathing"
EMERGENCY = text_of("utter_emergency")  # the variant without the self-harm condition
URGENT_WITHIN = 3.0  # seconds, with any part but the Rasa server killed
# The Rasa server takes 15-40 s to load on a 2-core machine shared with other work: from kill -9 to
# the urgent reply 15-25 s were measured (load average 2-3.5); the bound leaves room for a busier one.
RASA_RESTART_BOUND = 90.0
STARTED_WITHIN = 300.0  # the first start (make may still build the widget or train)


def session_processes(session: int) -> dict[int, str]:
    """The live (not zombie) processes of a session: pid -> command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        state, _, _, sid = stat.rsplit(")", 1)[1].split()[:4]
        if int(sid) == session and state != "Z":
            found[int(entry.name)] = cmdline.strip()
    return found


def group_of(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except ProcessLookupError:
        return None


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


class MakeRun:
    """`make run` in a pseudo-terminal of its own, make leading the session (as a login shell's job)."""

    def __init__(self, var_dir: Path) -> None:
        self.var_dir = var_dir
        self.ports = {"RASA_PORT": free_port(), "ACTION_PORT": free_port(), "SITE_PORT": free_port()}
        env = {name: value for name, value in os.environ.items() if not name.startswith(("MAKE", "MFLAGS"))}
        env.update({name: str(port) for name, port in self.ports.items()}, VAR_DIR=str(var_dir))
        self.terminal, follower = pty.openpty()
        self.process = subprocess.Popen(
            ["make", "run"],
            cwd=ROOT,
            env=env,
            stdin=follower,
            stdout=follower,
            stderr=follower,
            start_new_session=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),  # the terminal becomes make's
        )
        os.close(follower)
        self.output = bytearray()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.terminal, 4096)
            except OSError:
                return
            if not data:
                return
            self.output.extend(data)

    @property
    def text(self) -> str:
        return self.output.decode(errors="replace")

    def url(self, name: str, path: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}{path}"

    def wait_until_ready(self) -> float:
        started = time.monotonic()
        while "Press Ctrl-C to stop." not in self.text:
            assert self.process.poll() is None, f"make run exited with {self.process.returncode}:\n{self.text}"
            assert time.monotonic() - started < STARTED_WITHIN, self.text
            time.sleep(0.2)
        return time.monotonic() - started

    def ctl(self, *args: str) -> str:
        return subprocess.run(
            ["supervisorctl", "-c", str(self.var_dir / "supervisorctl.conf"), *args],
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout

    def pid(self, part: str) -> int:
        answer = self.ctl("pid", part).strip()
        return int(answer) if answer.isdigit() else 0

    def say(self, sender: str, message: str, timeout: float = 30) -> tuple[float, list[str]]:
        """(seconds to the answer, reply texts)."""
        started = time.monotonic()
        status, body = post(
            self.url("RASA_PORT", "/webhooks/rest/webhook"),
            json.dumps({"sender": sender, "message": message}).encode(),
            timeout=timeout,
        )
        assert status == 200, body
        return time.monotonic() - started, [reply["text"] for reply in body]

    def supervisor_log(self) -> str:
        return (self.var_dir / "supervisord.log").read_text()

    def ctrl_c(self) -> None:
        os.write(self.terminal, b"\x03")

    def stop(self) -> None:
        """Ctrl-C; then, if anything is still there (a failed test), kill -9 the whole session."""
        if self.process.poll() is None:
            self.ctrl_c()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                pass
        for pid in session_processes(self.process.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait(timeout=10)
        os.close(self.terminal)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    run = MakeRun(tmp_path_factory.mktemp("make-run"))
    try:
        ready = run.wait_until_ready()
        print(f"\nmake run: ready in {ready:.1f} s")
        yield run
    finally:
        run.stop()


def wait_for(check, timeout: float, step: float = 0.2):
    """check() until it returns something true; (seconds it took, that value)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            value = check()
        except (OSError, urllib.error.URLError):
            value = None
        if value:
            return time.monotonic() - started, value
        time.sleep(step)
    raise AssertionError(f"not within {timeout} s: {check}")


def kill_9(pid: int) -> float:
    assert pid > 0
    os.kill(pid, signal.SIGKILL)
    return time.monotonic()


def log_times(log: str, line: str) -> list[datetime]:
    """When supervisord logged each line containing `line`."""
    stamp = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) ")
    return [
        datetime.strptime(stamp.match(entry).group(1), "%Y-%m-%d %H:%M:%S,%f")
        for entry in log.splitlines()
        if line in entry and stamp.match(entry)
    ]


def health(run: MakeRun) -> bool:
    with urllib.request.urlopen(run.url("ACTION_PORT", "/health"), timeout=2) as response:
        return response.status == 200


def page(run: MakeRun) -> bool:
    with urllib.request.urlopen(run.url("SITE_PORT", "/"), timeout=2) as response:
        return response.status == 200 and b"soma-chat" in response.read()


def test_make_run_starts_every_part_under_supervisord(run):
    status = run.ctl("status")
    assert [line.split()[0] for line in status.splitlines()] == ["actions", "nginx", "rasa"], status
    assert re.search(r"^actions\s+RUNNING", status, re.M) and re.search(r"^nginx\s+RUNNING", status, re.M)
    assert run.say("start", URGENT)[1][0] == EMERGENCY
    assert page(run) and health(run)
    # the endpoints and credentials this run uses: its own ports and conversations
    endpoints = (run.var_dir / "endpoints.yml").read_text()
    assert f"http://127.0.0.1:{run.ports['ACTION_PORT']}/webhook" in endpoints
    assert str(run.var_dir / "conversations.db") in endpoints
    assert f"http://localhost:{run.ports['SITE_PORT']}" in (run.var_dir / "credentials.yml").read_text()


def test_the_action_server_killed_is_started_again_with_back_off_and_urgent_replies_go_on(run):
    others = run.pid("rasa"), run.pid("nginx")
    run.say("actions-killed", "my husband is shaking, no fever")
    waits, replies = [], []
    pid = run.pid("actions")
    for _ in range(3):  # once while running, then twice while starting: supervisord's back-off
        killed = kill_9(pid)
        seconds, [reply] = run.say("actions-killed", URGENT)
        assert reply == EMERGENCY and seconds < URGENT_WITHIN
        replies.append(seconds)
        _, pid = wait_for(lambda old=pid: (new := run.pid("actions")) not in (0, old) and new, 30, step=0.05)
        waits.append(time.monotonic() - killed)
    restarted, _ = wait_for(lambda: health(run), 60)
    print(
        f"\naction server: started again in {waits[0]:.1f} s, {waits[1]:.1f} s, {waits[2]:.1f} s; "
        f"answering {restarted:.1f} s after the last start; urgent replies meanwhile in at most {max(replies):.2f} s"
    )
    log = run.supervisor_log()
    exits = log_times(log, "exited: actions (terminated by SIGKILL; not expected)")[-3:]
    spawns = log_times(log, "spawned: 'actions'")[-3:]
    gaps = [(spawn - exit).total_seconds() for exit, spawn in zip(exits, spawns, strict=True)]
    # at once after a crash in service; then 1 s and 2 s of back-off for a part that dies while starting
    assert gaps[0] < 2.0 and 1.0 <= gaps[1] < 6.0 and 2.0 <= gaps[2] < 6.0 and gaps[2] > gaps[1], gaps
    # the custom action answers again (it explains the urgent reply), and the other parts were never touched
    _, [explanation] = run.say("actions-killed", "why did you say that?")
    assert explanation.startswith("Urgency: emergency.\n- 'not breathing'"), explanation
    assert (run.pid("rasa"), run.pid("nginx")) == others


def test_nginx_killed_is_started_again_without_its_old_worker_and_urgent_replies_go_on(run):
    others = run.pid("rasa"), run.pid("actions")
    old = run.pid("nginx")
    killed = kill_9(old)
    seconds, replies = run.say("nginx-killed", URGENT)
    assert replies[0] == EMERGENCY and seconds < URGENT_WITHIN
    _, new = wait_for(lambda: (pid := run.pid("nginx")) not in (0, old) and pid, 30, step=0.05)
    # the killed master's worker, which kept serving and held the port, is stopped, not left behind
    wait_for(lambda: not [pid for pid in session_processes(run.process.pid) if group_of(pid) == old], 10)
    # and the new master serves the page
    pid_file = run.var_dir / "nginx" / "nginx.pid"
    wait_for(lambda: pid_file.read_text().strip() == str(new) and page(run), 30)
    print(
        f"\nnginx: the page served again by a new master {time.monotonic() - killed:.1f} s after kill -9; "
        f"the urgent reply meanwhile in {seconds:.2f} s"
    )
    assert "exited: nginx (terminated by SIGKILL; not expected)" in run.supervisor_log()
    assert (run.pid("rasa"), run.pid("actions")) == others


def test_the_rasa_server_killed_comes_back_and_the_conversation_continues(run):
    others = run.pid("actions"), run.pid("nginx")
    sender = "rasa-killed"
    _, first = run.say(sender, "hello")
    assert len(first) > 1  # the greeting and the first turn's disclaimer
    old = run.pid("rasa")
    killed = kill_9(old)
    attempts, page_while_down = 0, None
    while True:
        attempts += 1
        try:
            status, body = post(
                run.url("RASA_PORT", "/webhooks/rest/webhook"),
                json.dumps({"sender": sender, "message": URGENT}).encode(),
                timeout=10,
            )
            if status == 200:
                break
        except (OSError, ValueError):  # refused, reset, or not yet an answer
            pass
        if page_while_down is None:
            page_while_down = page(run)
        assert time.monotonic() - killed < RASA_RESTART_BOUND, "the Rasa server did not come back"
        time.sleep(0.25)
    seconds = time.monotonic() - killed
    print(f"\nRasa server: the urgent reply {seconds:.1f} s after kill -9 ({attempts} attempts)")
    assert attempts > 1 and run.pid("rasa") not in (0, old)
    # the same conversation: the urgent reply alone (no first-turn disclaimer), then the next turn
    assert [reply["text"] for reply in body] == [EMERGENCY]
    assert run.say(sender, "thanks")[1] == [text_of("utter_you_are_welcome")]
    with sqlite3.connect(run.var_dir / "conversations.db") as db:
        rows = db.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", (sender,))
        assert [json.loads(data)["text"] for (data,) in rows] == ["hello", URGENT, "thanks"]
    assert page_while_down is True  # nginx kept serving the page meanwhile
    assert (run.pid("actions"), run.pid("nginx")) == others
    assert "exited: rasa (terminated by SIGKILL; not expected)" in run.supervisor_log()


def test_no_message_text_or_sender_in_the_logs_of_the_run(run):
    canary, sender = "wombatcanary7731", "sender-wombat-7731"
    for message in (f"I have tremors {canary}", f"why {canary}", f"my husband is not breathing {canary}"):
        run.say(sender, message)
    logs = [path for path in run.var_dir.rglob("*") if path.is_file() and "log" in path.name]
    assert {"supervisord.log", "rasa.log", "rasa-console.log", "action-server.log"} <= {p.name for p in logs}
    for log in logs:
        text = log.read_text(errors="replace")
        assert canary not in text and sender not in text, log


def test_ctrl_c_stops_everything_and_make_exits_0(run):
    session = run.process.pid
    assert len(session_processes(session)) >= 6  # make, run.sh, supervisord, the parts
    run.ctrl_c()
    assert run.process.wait(timeout=60) == 0, run.text[-2000:]
    wait_for(lambda: not session_processes(session), 10)
    assert not any(listening(port) for port in run.ports.values())
    log = run.supervisor_log()
    assert "received SIGINT indicating exit request" in log
    for part in ("actions", "rasa", "nginx"):
        assert f"stopped: {part}" in log
