"""The patient site's nginx (deploy/nginx/patient-site.conf, started by scripts/nginx.sh as
`make run` does) under pressure, in front of a real Rasa server: per-client limits that never block
the page or an open chat, a cap on all chats sized with the file-descriptor limits, errors a client
can read, and logs without client addresses or query strings (issue 14)."""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import re
import resource
import socket
import struct
import subprocess
import time
from pathlib import Path

import pytest
import websockets

from tests.conftest import Nginx, RasaServer, SocketChat, free_port, text_of

pytestmark = pytest.mark.server

CHATS_PER_CLIENT = 20  # scripts/nginx.sh's defaults
NEW_CHATS_BURST = 20
MAX_CHATS = 4000
HANDSHAKE = "/socket.io/?EIO=4&transport=polling"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    workdir = tmp_path_factory.mktemp("nginx")
    port = free_port()
    rasa = RasaServer(workdir, action_port=free_port(), origins=[f"http://127.0.0.1:{port}"])
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(1024, hard), hard))  # a common default: Rasa must raise it
    try:
        rasa.start()
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    try:
        nginx = Nginx(workdir, rasa.port, port=port)
        try:
            yield rasa, nginx
        finally:
            nginx.stop()
    finally:
        rasa.stop()


def request(port: int, method: str, path: str, source: str = "127.0.0.1", body: bytes | None = None) -> tuple:
    """(status, body) of one HTTP request from the loopback address `source`."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
    try:
        connection.request(method, path, body=body)  # same-origin polling: browsers send no Origin
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def polling_session(port: int, source: str) -> str:
    """An engine.io session over polling (what a browser without WebSocket uses): its sid."""
    status, body = request(port, "GET", HANDSHAKE, source)
    assert status == 200, body
    return re.search(rb'"sid":"([^"]+)"', body).group(1).decode()


async def urgent_reply(chat: SocketChat) -> str | None:
    await chat.emit("user_uttered", {"message": "he is not breathing"})
    while True:
        event, data = await asyncio.wait_for(chat.event(), 20)
        if event == "bot_uttered":
            return data.get("text")


async def test_one_address_holds_at_most_its_share_of_chats_and_a_new_patient_still_gets_in(site):
    _, nginx = site
    origin = nginx.url.rstrip("/")
    chats = [SocketChat(nginx.port, origin, "127.3.0.1") for _ in range(CHATS_PER_CLIENT)]
    try:
        for chat in chats:
            await chat.open()
            chat.hold()
        one_too_many = SocketChat(nginx.port, origin, "127.3.0.1")
        with pytest.raises(websockets.exceptions.InvalidStatusCode) as refused:
            await one_too_many.open()
        assert refused.value.status_code == 503
        patient = SocketChat(nginx.port, origin, "127.3.0.2")
        await patient.open()
        assert await urgent_reply(patient) == text_of("utter_emergency")
        await patient.close()
        assert all(chat.alive for chat in chats)
    finally:
        await asyncio.gather(*(chat.close() for chat in chats), return_exceptions=True)


async def test_new_chats_per_address_are_limited_but_never_the_page_nor_an_open_chat(site):
    _, nginx = site
    source, origin = "127.3.1.1", nginx.url.rstrip("/")
    chat = SocketChat(nginx.port, origin, source)
    await chat.open()
    sid = polling_session(nginx.port, source)
    try:
        statuses = [request(nginx.port, "GET", HANDSHAKE, source) for _ in range(NEW_CHATS_BURST + 5)]
        refused = [body for status, body in statuses if status == 429]
        assert refused and b'"error": "too_many_chats"' in refused[0] and b"emergency" in refused[0]
        assert request(nginx.port, "GET", "/", source)[0] == 200  # the page itself
        assert request(nginx.port, "GET", "/soma-chat.js", source)[0] == 200
        # an open chat goes on: over polling (its requests carry the sid) and over WebSocket
        assert request(nginx.port, "POST", f"{HANDSHAKE}&sid={sid}", source, body=b"40")[0] == 200
        assert await urgent_reply(chat) == text_of("utter_emergency")
    finally:
        await chat.close()


def test_a_polling_message_over_the_size_limit_gets_an_error_a_client_can_read(site):
    _, nginx = site
    sid = polling_session(nginx.port, "127.3.2.1")
    status, body = request(nginx.port, "POST", f"{HANDSHAKE}&sid={sid}", "127.3.2.1", body=b"x" * 100_000)
    assert status == 413
    assert b'"error": "message_too_long"' in body and b"2000 characters" in body


async def test_all_chats_together_are_capped_and_the_refusal_says_so(site, tmp_path):
    rasa, nginx = site
    port = free_port()
    small = Nginx(tmp_path, rasa.port, port=port, MAX_CHATS="2")
    origin = nginx.url.rstrip("/")  # the origin the Rasa server allows
    chats = [SocketChat(port, origin, f"127.3.3.{i}") for i in (1, 2)]
    try:
        for chat in chats:
            await chat.open()
            chat.hold()
        status, body = request(port, "GET", HANDSHAKE, "127.3.3.3")
        assert status == 503 and b'"error": "temporarily_unavailable"' in body and b"emergency" in body
    finally:
        await asyncio.gather(*(chat.close() for chat in chats), return_exceptions=True)
        small.stop()


def test_nginx_has_the_connections_and_descriptors_its_chats_need(site):
    _, nginx = site
    conf = (nginx.prefix / "nginx.conf").read_text()
    connections = int(re.search(r"worker_connections (\d+);", conf).group(1))
    descriptors = int(re.search(r"worker_rlimit_nofile (\d+);", conf).group(1))
    assert f"limit_conn chats_total {MAX_CHATS};" in conf
    assert connections >= 2 * MAX_CHATS + 1000 and descriptors >= connections + 100
    workers = subprocess.run(["pgrep", "-P", str(nginx.process.pid)], capture_output=True, text=True).stdout.split()
    assert workers
    for worker in workers:
        limits = Path(f"/proc/{worker}/limits").read_text()
        assert int(re.search(r"Max open files\s+(\d+)", limits).group(1)) >= descriptors


def test_the_rasa_server_raises_its_open_file_limit(site):
    """Started with a soft limit of 1024 (the fixture), it holds a descriptor for every chat."""
    rasa, _ = site
    limits = Path(f"/proc/{rasa.process.pid}/limits").read_text()
    soft, hard = (int(n) for n in re.search(r"Max open files\s+(\d+)\s+(\d+)", limits).groups())
    assert soft >= min(hard, MAX_CHATS + 1000)


CANARY = "zebracanary6620"
CANARY_ADDRESS = "127.0.0.77"  # the client addresses the logs must not keep
CROWD_ADDRESS = "127.0.0.78"
VANISHING_ADDRESS = "127.0.0.79"


def raw(port: int, data: bytes, source: str = CANARY_ADDRESS, linger_reset: bool = False) -> bytes:
    """Send raw bytes from `source`; what came back (a reset close when `linger_reset`)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0)) as s:
        s.sendall(data)
        try:
            answer = s.recv(65536)
        except (TimeoutError, ConnectionError):
            answer = b""
        if linger_reset:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return answer


async def reset_in_the_middle_of_a_reply(port: int, origin: str) -> None:
    """An upgraded (WebSocket) chat whose patient vanishes while the reply is on its way."""
    chat = SocketChat(port, origin, VANISHING_ADDRESS, query=f"&canary={CANARY}")
    await chat.open()
    for _ in range(3):
        await chat.emit("user_uttered", {"message": f"what are the common side effects {CANARY}"})
    transport = chat.ws.transport
    transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    await asyncio.sleep(1)


async def test_the_logs_keep_no_client_address_nor_query_string_on_any_path(site, tmp_path):
    """The canary method of the Rasa logs, for nginx: a canary client address and a canary in the
    query string, on ordinary and failing paths alike (413, 429, 503, 400, a reset upgraded
    connection, a body cut short, Rasa unreachable)."""
    rasa, main_site = site
    port = free_port()
    nginx = Nginx(tmp_path / "site", rasa.port, port=port)  # fresh logs
    dead = Nginx(tmp_path / "dead", free_port())  # nothing listens behind it
    origin = main_site.url.rstrip("/")
    try:
        # the paths are provoked here and checked in the logs below (the logs are what is tested)
        query = f"{HANDSHAKE}&canary={CANARY}"
        request(port, "GET", f"/?canary={CANARY}", CANARY_ADDRESS)
        sid = polling_session(port, CANARY_ADDRESS)
        request(port, "POST", f"{query}&sid={sid}", CANARY_ADDRESS, body=b"x" * 100_000)  # 413
        for _ in range(NEW_CHATS_BURST + 3):  # 429 at the end
            request(port, "GET", query, CANARY_ADDRESS)
        request(dead.port, "GET", query, CANARY_ADDRESS)  # 502
        raw(port, f"GET /socket.io/?canary={CANARY} HTTP/1.1\r\nHost: \x01{CANARY}\r\n\r\n".encode())  # 400
        raw(port, f"GET /?canary={CANARY} HTTP/1.1\r\nHost: x\r\nX-Long: {'y' * 20000}\r\n\r\n".encode())
        raw(port, f"POST {query} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc".encode(), linger_reset=True)
        await reset_in_the_middle_of_a_reply(port, origin)
        crowd = [SocketChat(port, origin, CROWD_ADDRESS, f"&canary={CANARY}") for _ in range(CHATS_PER_CLIENT + 1)]
        for chat in crowd:  # the last one is one too many: 503
            with contextlib.suppress(websockets.exceptions.InvalidStatusCode):
                await chat.open()
        await asyncio.gather(*(chat.close() for chat in crowd), return_exceptions=True)
        time.sleep(1)
    finally:
        nginx.stop()
        dead.stop()
    for log in (nginx.error_log, nginx.access_log, dead.error_log, dead.access_log):
        text = log.read_text()
        for secret in (CANARY, CANARY_ADDRESS, CROWD_ADDRESS, VANISHING_ADDRESS):
            assert secret not in text, f"{secret} in {log}:\n{text}"
    kept = nginx.error_log.read_text()  # the errors themselves are still kept
    assert "client intended to send too large body" in kept and "limiting connections" in kept
    assert "connect() failed" in dead.error_log.read_text()
