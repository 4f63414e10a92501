"""Shared fixtures. Unit tests run offline in milliseconds; `server` tests start real processes
on loopback (the Rasa server, and the action server only where a test needs it)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
import websockets
import yaml

from triage.detector import SymptomDetector, default_detector
from triage.triager import Triager

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "soma.tar.gz"
VENV_BIN = ROOT / ".venv" / "bin"
SERVER = [str(VENV_BIN / "python"), "-m", "server"]  # how make run starts Rasa and the action server
RESPONSES = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]


def text_of(response: str, **slots: str) -> str:
    """The text a patient sees for a domain response: the variant whose slot conditions `slots`
    meet (e.g. emergency_kind="self_harm"), else the one without conditions."""

    def meets(variant: dict) -> bool:
        return all(slots.get(c["name"]) == c["value"] for c in variant.get("condition", []))

    variants = RESPONSES[response]
    chosen = next((v for v in variants if v.get("condition") and meets(v)), None)
    chosen = chosen or next(v for v in variants if not v.get("condition"))
    return chosen["text"].format(**{k: v for k, v in slots.items() if k != "emergency_kind"})


def read_env(path: Path) -> dict[str, str]:
    """The variables of an `export NAME=value` file (scripts/postgres.sh writes one)."""
    pairs = (line.removeprefix("export ").split("=", 1) for line in path.read_text().splitlines() if line)
    return dict(pairs)


def postgres_rows(env: dict[str, str], sql: str, parameters: tuple = ()) -> list[tuple]:
    import psycopg2

    with (
        psycopg2.connect(
            host=env["POSTGRES_HOST"],
            port=env["POSTGRES_PORT"],
            user=env["POSTGRES_USER"],
            password=env["POSTGRES_PASSWORD"],
            dbname=env["POSTGRES_DB"],
        ) as connection,
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, parameters)
        return cursor.fetchall()


@pytest.fixture(scope="session")
def detector() -> SymptomDetector:
    return default_detector()


@pytest.fixture(scope="session")
def triager() -> Triager:
    """The triage inside the trained model (lexicon and learned second opinion): what ships."""
    assert MODEL.exists(), "train first: make train"
    return Triager.from_model_archive(MODEL)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url: str, body: bytes, timeout: float = 30) -> tuple:
    """POST raw bytes; returns (status, parsed JSON body)."""
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


class RasaServer:
    """A real Rasa server (`python -m server run`) on loopback with its own SQLite tracker store and log file."""

    def __init__(
        self,
        workdir: Path,
        action_port: int,
        origins: list[str] | None = None,
        tracker_store: dict | None = None,
        extra_args: tuple[str, ...] = (),
        socketio_options: dict | None = None,
    ) -> None:
        self.port = free_port()
        self.action_port = action_port
        self.workdir = workdir
        self.credentials = workdir / "credentials.yml"
        credentials = yaml.safe_load((ROOT / "credentials.yml").read_text())
        socketio_channel = credentials["channels.socketio.PatientSocketIOInput"]
        if origins is not None:  # the page a browser test serves on its own port
            socketio_channel["cors_allowed_origins"] = origins
        self.session_secret = workdir / "session-secret"  # made by the server at its first start
        socketio_channel["session_secret_file"] = str(self.session_secret)
        socketio_channel.update(socketio_options or {})
        self.credentials.write_text(yaml.safe_dump(credentials))
        self.db = workdir / "conversations.db"
        self.log = workdir / "rasa.log"
        self.console_log = workdir / "rasa-console.log"  # what make run keeps in var/rasa-console.log
        self.endpoints = workdir / "endpoints.yml"
        self.endpoints.write_text(
            yaml.safe_dump(
                {
                    "action_endpoint": {"url": f"http://127.0.0.1:{action_port}/webhook"},
                    "tracker_store": tracker_store
                    or {"type": "stores.tracker_store.CachedSQLTrackerStore", "dialect": "sqlite", "db": str(self.db)},
                }
            )
        )
        self.extra_args = list(extra_args)
        self.process: subprocess.Popen | None = None

    @property
    def webhook(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhooks/rest/webhook"

    def start(self, timeout: float = 120) -> float:
        started = time.monotonic()
        with self.console_log.open("ab") as console:  # the child keeps its own copy
            self.process = subprocess.Popen(
                [
                    *SERVER,
                    "run",
                    "-m",
                    str(MODEL),
                    "-i",
                    "127.0.0.1",
                    "-p",
                    str(self.port),
                    "--endpoints",
                    str(self.endpoints),
                    "--credentials",
                    str(self.credentials),
                    "--log-file",
                    str(self.log),
                    *self.extra_args,
                ],
                cwd=ROOT,
                stdout=console,
                stderr=subprocess.STDOUT,
            )
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"rasa run exited with {self.process.returncode}; see {self.log}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/webhooks/rest/", timeout=1)
                return time.monotonic() - started
            except OSError:
                time.sleep(0.3)
        raise TimeoutError("rasa run did not come up")

    def say(self, sender: str, text: str) -> list:
        status, body = post(self.webhook, json.dumps({"sender": sender, "message": text}).encode())
        assert status == 200, body
        return body

    def kill(self) -> None:
        """kill -9: no shutdown handlers run."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


class SocketChat:
    """One socket.io chat over WebSocket, spoken by hand (engine.io v4 / socket.io v5 packets), from
    a loopback source address of its own choosing: what nginx's per-client limits see.

    (python-socketio's own client can't do WebSocket with the pinned aiohttp, and can't pick its
    source address.)"""

    def __init__(self, port: int, origin: str, source: str = "127.0.0.1", query: str = "") -> None:
        self.url = f"ws://127.0.0.1:{port}/socket.io/?EIO=4&transport=websocket{query}"
        self.origin = origin
        self.source = source
        self.ws = None
        self.idle_task: asyncio.Task | None = None

    async def open(self, timeout: float = 30) -> None:
        self.ws = await asyncio.wait_for(
            websockets.connect(
                self.url, origin=self.origin, local_addr=(self.source, 0), ping_interval=None, open_timeout=timeout
            ),
            timeout,
        )
        assert (await self._next()).startswith("0")  # engine.io open
        await self.ws.send("40")  # socket.io connect
        assert (await self._next()).startswith("40")
        await self.emit("session_request", {"session_id": None})
        while True:
            event, _ = await self.event()
            if event == "session_confirm":
                return

    async def _next(self) -> str:
        while True:
            packet = await self.ws.recv()
            if packet == "2":  # engine.io ping
                await self.ws.send("3")
                continue
            if packet == "1":  # engine.io close: the server ended the chat; a browser closes too
                await self.ws.close()
                raise EOFError("the server closed the chat")
            return packet

    async def event(self) -> tuple[str, object]:
        while True:
            packet = await self._next()
            if packet.startswith("42"):
                name, *args = json.loads(packet[2:])
                return name, args[0] if args else None

    async def emit(self, name: str, data: object) -> None:
        await self.ws.send("42" + json.dumps([name, data]))

    def hold(self) -> None:
        """Stay idle: answer pings, nothing else."""

        async def idle() -> None:
            with contextlib.suppress(EOFError, websockets.exceptions.ConnectionClosed):
                while True:
                    await self._next()

        self.idle_task = asyncio.ensure_future(idle())

    @property
    def alive(self) -> bool:
        return self.idle_task is not None and not self.idle_task.done()

    async def close(self) -> None:
        if self.idle_task:
            self.idle_task.cancel()
        if self.ws:
            await self.ws.close()


class Nginx:
    """The patient site's nginx as `make run` starts it (scripts/nginx.sh), in front of `rasa_port`."""

    def __init__(self, workdir: Path, rasa_port: int, port: int | None = None, **environment: str) -> None:
        self.port = port or free_port()
        self.prefix = workdir / "nginx"
        self.error_log = self.prefix / "error.log"
        self.access_log = self.prefix / "access.log"
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process = subprocess.Popen(
            [str(ROOT / "scripts" / "nginx.sh"), str(self.port), str(rasa_port), str(self.prefix)],
            env={**os.environ, **environment},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(self.url, timeout=1)
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise RuntimeError(f"nginx did not come up: {self.error_log}") from None
                time.sleep(0.2)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def wait_for(url: str, timeout: float = 20) -> str:
    """`url`, once it answers."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=1)
            return url
        except OSError:
            assert time.monotonic() < deadline, f"{url} did not come up"
            time.sleep(0.2)


@contextlib.contextmanager
def patient_site(workdir: Path) -> Iterator[tuple[str, RasaServer, subprocess.Popen]]:
    """The patient site as `make run` serves it: a Rasa server with the site's nginx in front, both
    stopped again even when the page never comes up. Yields the page's URL, the Rasa server and
    nginx (its config: workdir/nginx/nginx.conf)."""
    site_port = free_port()
    rasa = RasaServer(workdir, action_port=free_port(), origins=[f"http://127.0.0.1:{site_port}"])
    rasa.start()
    nginx = subprocess.Popen(
        [str(ROOT / "scripts" / "nginx.sh"), str(site_port), str(rasa.port), str(workdir / "nginx")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield wait_for(f"http://127.0.0.1:{site_port}/"), rasa, nginx
    finally:
        nginx.terminate()
        nginx.wait(timeout=30)
        rasa.stop()


@contextlib.contextmanager
def action_server(port: int):
    """The action server as `make run` starts it, for the length of a test."""
    process = subprocess.Popen(
        [*SERVER, "actions", "--actions", "actions", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except OSError:
                assert time.monotonic() < deadline, "the action server did not come up"
                time.sleep(0.3)
        yield
    finally:
        process.terminate()
        process.wait(timeout=30)


def survive_kill_9(server: RasaServer, sender: str, messages: list[str]) -> list[str]:
    """Say `messages`, kill -9 the server, start it again, say "thanks": the reply texts."""
    for message in messages:
        server.say(sender, message)
    server.kill()
    server.start()
    return [reply["text"] for reply in server.say(sender, "thanks")]


@pytest.fixture(scope="session")
def rasa_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RasaServer]:
    """The Rasa server with the action server NOT running (its port is unused)."""
    assert MODEL.exists(), "train first: make train"
    server = RasaServer(tmp_path_factory.mktemp("rasa"), action_port=free_port())
    server.start()
    yield server
    server.stop()


CHROMIUM = "/usr/bin/chromium"  # Debian's package (scripts/install-system.sh --with-browser)


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium driven by Playwright (tests/test_widget.py, tests/test_widget_after.py)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-sync",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture()
def copied_lexicon(tmp_path: Path) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(ROOT / "data" / "lexicon", target)
    return target
