"""`make bench-capacity`: can a new patient still get the urgent reply while many idle chats are
held open? (issue 14: 126 idle connections locked every new patient out of the patient site.)

Starts the Rasa server and the patient site's nginx exactly as `make run` does (scripts/nginx.sh,
deploy/nginx/patient-site.conf), on free loopback ports, then:

1. opens N socket.io chats through nginx over WebSocket, each with a session, and holds them
   idle (answering engine.io's pings, as an idle browser tab does), from N / CHATS_PER_CLIENT
   loopback source addresses (127.1.x.y), since nginx allows CHATS_PER_CLIENT chats per address;
2. with all N held, a new patient (a fresh address) connects, asks for a session and sends
   "he is not breathing": the time from opening the connection to the emergency reply, for
   PATIENTS patients one after the other; the target is every one within 1 s;
3. checks that the N idle chats are all still open, and prints the Rasa server's and nginx's
   resident memory.

Loopback only, bounded in count and time; it stops everything it started. N is the first
argument (`make bench-capacity N=2000`).
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from server.settings import apply_environment

apply_environment()  # quiet TensorFlow, which the test helpers import through Rasa
from tests.conftest import SocketChat, patient_site  # noqa: E402

CHATS_PER_CLIENT = 20  # scripts/nginx.sh's default
PATIENTS = 20
TARGET_SECONDS = 1.0
PATIENT_SPACING_SECONDS = 2.0  # 20 patients over 40 s: across more than one engine.io ping round (25 s)
OPEN_CONCURRENCY = 50
URGENT = "he is not breathing"


def address(index: int) -> str:
    """A loopback source address of its own for each group of CHATS_PER_CLIENT chats."""
    group = index // CHATS_PER_CLIENT
    return f"127.1.{group // 250}.{group % 250 + 1}"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def nginx_rss_mb(master_pid: int) -> float:
    children = subprocess.run(["pgrep", "-P", str(master_pid)], capture_output=True, text=True).stdout.split()
    return rss_mb(master_pid) + sum(rss_mb(int(pid)) for pid in children)


async def measure(site_port: int, origin: str, n: int) -> dict:
    chats = [SocketChat(site_port, origin, address(i)) for i in range(n)]
    gate = asyncio.Semaphore(OPEN_CONCURRENCY)
    failures: list[str] = []

    async def open_one(chat: SocketChat) -> None:
        async with gate:
            try:
                await chat.open()
                chat.hold()
            except Exception as e:  # counted and printed: the benchmark reports, it does not stop
                failures.append(type(e).__name__)

    started = time.monotonic()
    await asyncio.gather(*(open_one(chat) for chat in chats))
    opened_in = time.monotonic() - started
    held = sum(chat.alive for chat in chats)

    patients = []
    for i in range(PATIENTS):
        patient = SocketChat(site_port, origin, f"127.2.0.{i + 1}")
        started = time.monotonic()
        try:
            await patient.open(timeout=10)
            connected = time.monotonic() - started
            await patient.emit("user_uttered", {"message": URGENT})
            while True:
                event, data = await asyncio.wait_for(patient.event(), 10)
                if event == "bot_uttered" and data.get("response") == "utter_emergency":
                    break
            patients.append((connected, time.monotonic() - started))
        except Exception as e:
            patients.append((float("nan"), float("inf")))
            failures.append(f"patient: {type(e).__name__}")
        finally:
            await patient.close()
        await asyncio.sleep(PATIENT_SPACING_SECONDS)
    still_held = sum(chat.alive for chat in chats)
    result = {
        "opened_in": opened_in,
        "held": held,
        "still_held": still_held,
        "patients": patients,
        "failures": failures,
    }
    await asyncio.gather(*(chat.close() for chat in chats), return_exceptions=True)
    return result


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2000
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # this process holds N connections
    workdir = Path(tempfile.mkdtemp(prefix="soma-capacity-"))
    with patient_site(workdir) as (url, rasa, nginx):
        site_port = int(url.rstrip("/").rsplit(":", 1)[1])
        idle_rasa = rss_mb(rasa.process.pid)
        result = asyncio.run(measure(site_port, f"http://127.0.0.1:{site_port}", n))
        loaded_rasa, loaded_nginx = rss_mb(rasa.process.pid), nginx_rss_mb(nginx.pid)
    totals = [total for _, total in result["patients"]]
    connects = [connect for connect, _ in result["patients"]]
    print(f"{n} idle chats through nginx (WebSocket, a session each, {CHATS_PER_CLIENT} per source address)")
    print(f"  opened in {result['opened_in']:.1f} s; held {result['held']}, at the end {result['still_held']}")
    print(f"  failures: {len(result['failures'])} {sorted(set(result['failures']))}")
    print(f"  {PATIENTS} new patients, '{URGENT}': connect + session (s)  " + " ".join(f"{c:.3f}" for c in connects))
    print("  ... to the emergency reply (s)                    " + " ".join(f"{t:.3f}" for t in totals))
    print(f"  slowest {max(totals):.3f} s (target <= {TARGET_SECONDS:.1f} s)")
    print(f"  resident memory: Rasa {idle_rasa:.0f} MB idle, {loaded_rasa:.0f} MB with the chats;", end=" ")
    print(f"nginx {loaded_nginx:.0f} MB")
    met = max(totals) <= TARGET_SECONDS and result["still_held"] == n and not result["failures"]
    print(f"target met: {'yes' if met else 'NO'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
