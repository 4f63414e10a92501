"""Speed and memory against the assistant a Rasa user starts from: `make bench-compare`.

Side by side, on this machine and this Rasa version: this project vs `rasa init --no-prompt`
(default pipeline and policies). For each: training time, time from start to first reply, REST
latency with 1 and with 16 concurrent senders (Locust, headless, bounded, loopback only),
throughput, errors, and peak resident memory of the server. Prints a table, the ratios and
whether each target is met. Machines here are shared and noisy: ratios are what count.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import yaml

from server.settings import ENVIRONMENT

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "var" / "bench"
RASA = ROOT / ".venv" / "bin" / "rasa"  # the baseline runs on plain Rasa
SERVER = [str(ROOT / ".venv" / "bin" / "python"), "-m", "server"]  # this project, as make run starts it
LOCUST = ROOT / "var" / "bench-venv" / "bin" / "locust"
ENV = {**os.environ, **ENVIRONMENT}  # both with telemetry off and the same log settings
SEQUENTIAL_SECONDS = int(os.environ.get("BENCH_SEQUENTIAL_SECONDS", "20"))
CONCURRENT_SECONDS = int(os.environ.get("BENCH_CONCURRENT_SECONDS", "30"))
USERS = 16


@dataclass
class Load:
    p50_ms: float
    p95_ms: float
    rps: float
    requests: int
    failures: int


@dataclass
class Result:
    name: str
    train_s: float
    first_reply_s: float
    sequential: Load
    concurrent: Load
    peak_rss_mb: float


def run(command: list[str], cwd: Path, log: Path) -> float:
    started = time.monotonic()
    with log.open("w") as out:
        subprocess.run(command, cwd=cwd, env=ENV, stdout=out, stderr=subprocess.STDOUT, check=True)
    return time.monotonic() - started


def first_reply(port: int, deadline_s: float = 180) -> None:
    body = json.dumps({"sender": "bench-warmup", "message": "hello"}).encode()
    started = time.monotonic()
    while time.monotonic() - started < deadline_s:
        try:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                data=body,
                headers={"Content-Type": "application/json"},
            )
            with urllib.request.urlopen(request, timeout=5) as response:
                if json.loads(response.read()):
                    return
        except (OSError, urllib.error.URLError, ValueError):
            pass
        time.sleep(0.1)
    raise TimeoutError("no first reply")


def locust(port: int, users: int, seconds: int, prefix: Path) -> Load:
    subprocess.run(
        [
            str(LOCUST),
            "-f",
            str(ROOT / "bench" / "locustfile.py"),
            "--headless",
            "-u",
            str(users),
            "-r",
            str(users),
            "-t",
            f"{seconds}s",
            "--host",
            f"http://127.0.0.1:{port}",
            "--csv",
            str(prefix),
            "--only-summary",
            "--stop-timeout",
            "5",
            "--loglevel",
            "ERROR",
        ],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    with open(f"{prefix}_stats.csv") as f:
        row = next(r for r in csv.DictReader(f) if r["Name"] == "Aggregated")
    return Load(
        float(row["50%"]),
        float(row["95%"]),
        float(row["Requests/s"]),
        int(row["Request Count"]),
        int(row["Failure Count"]),
    )


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of the server and its children (Sanic workers), in MB."""
    pids = [pid] + [
        int(p) for p in subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    ]
    total = 0.0
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1]) / 1024
    return total


def measure(name: str, project: Path, train: list[str], serve: list[str], port: int, train_s: float | None) -> Result:
    if train_s is None:
        train_s = run(train, project, OUT / f"{name}-train.log")
    started = time.monotonic()
    server = subprocess.Popen(
        serve + ["-p", str(port), "-i", "127.0.0.1"],
        cwd=project,
        env=ENV,
        stdout=(OUT / f"{name}-server.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        first_reply(port)
        first_reply_s = time.monotonic() - started
        sequential = locust(port, 1, SEQUENTIAL_SECONDS, OUT / f"{name}-sequential")
        concurrent = locust(port, USERS, CONCURRENT_SECONDS, OUT / f"{name}-concurrent")
        rss = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=60)
    return Result(name, train_s, first_reply_s, sequential, concurrent, rss)


def bench_endpoints() -> Path:
    """This project's endpoints.yml with the conversations in a fresh database under var/bench."""
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    database = OUT / "conversations.db"
    for stale in OUT.glob("conversations.db*"):
        stale.unlink()
    endpoints["tracker_store"]["db"] = str(database)
    path = OUT / "endpoints.yml"
    path.write_text(yaml.safe_dump(endpoints))
    return path


def baseline_train_seconds() -> float:
    log = OUT / "baseline-init.log"
    for line in log.read_text().splitlines():
        if line.startswith("train_seconds "):
            return float(line.split()[1])
    raise RuntimeError("the baseline is not trained: see bench/README or make bench-compare")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    baseline_dir = OUT / "baseline"
    if not (baseline_dir / "models").exists():
        baseline_dir.mkdir(exist_ok=True)
        started = time.monotonic()
        run([str(RASA), "init", "--no-prompt", "--init-dir", "baseline"], OUT, OUT / "baseline-init.log")
        with (OUT / "baseline-init.log").open("a") as f:
            f.write(f"train_seconds {time.monotonic() - started}\n")
    baseline_model = sorted((baseline_dir / "models").glob("*.tar.gz"))[-1]

    ours = measure(
        "ours",
        ROOT,
        [*SERVER, "train", "--force", "--fixed-model-name", "bench", "--out", str(OUT / "models")],
        [
            *SERVER,
            "run",
            "-m",
            str(OUT / "models" / "bench.tar.gz"),
            "--endpoints",
            str(bench_endpoints()),
            "--credentials",
            "credentials.yml",
        ],
        5105,
        None,
    )
    baseline = measure(
        "baseline",
        baseline_dir,
        [],
        [
            str(RASA),
            "run",
            "-m",
            str(baseline_model),
            "--endpoints",
            "endpoints.yml",
            "--credentials",
            "credentials.yml",
        ],
        5106,
        baseline_train_seconds(),
    )

    rows = [
        ("training (s)", ours.train_s, baseline.train_s),
        ("start to first reply (s)", ours.first_reply_s, baseline.first_reply_s),
        ("1 sender: p50 (ms)", ours.sequential.p50_ms, baseline.sequential.p50_ms),
        ("1 sender: p95 (ms)", ours.sequential.p95_ms, baseline.sequential.p95_ms),
        ("1 sender: throughput (req/s)", ours.sequential.rps, baseline.sequential.rps),
        (f"{USERS} senders: p50 (ms)", ours.concurrent.p50_ms, baseline.concurrent.p50_ms),
        (f"{USERS} senders: p95 (ms)", ours.concurrent.p95_ms, baseline.concurrent.p95_ms),
        (f"{USERS} senders: throughput (req/s)", ours.concurrent.rps, baseline.concurrent.rps),
        (
            f"{USERS} senders: requests / errors",
            f"{ours.concurrent.requests} / {ours.concurrent.failures}",
            f"{baseline.concurrent.requests} / {baseline.concurrent.failures}",
        ),
        ("peak resident memory (MB)", ours.peak_rss_mb, baseline.peak_rss_mb),
    ]
    print(f"{'':36} {'this project':>14} {'rasa init':>14} {'ratio':>8}")
    for label, a, b in rows:
        ratio = f"{a / b:8.2f}" if isinstance(a, float) and b else ""
        fa = f"{a:14.1f}" if isinstance(a, float) else f"{a:>14}"
        fb = f"{b:14.1f}" if isinstance(b, float) else f"{b:>14}"
        print(f"{label:36} {fa} {fb} {ratio}")

    targets = [
        (f"{USERS} senders p50 <= 1/4 of baseline", ours.concurrent.p50_ms <= baseline.concurrent.p50_ms / 4),
        (f"{USERS} senders p95 <= 1/4 of baseline", ours.concurrent.p95_ms <= baseline.concurrent.p95_ms / 4),
        (f"{USERS} senders throughput >= 4x baseline", ours.concurrent.rps >= 4 * baseline.concurrent.rps),
        ("no errors", ours.concurrent.failures == 0 and ours.sequential.failures == 0),
        ("training < 60 s", ours.train_s < 60),
        ("first reply within 20 s of start", ours.first_reply_s <= 20),
        ("memory <= 60% of baseline", ours.peak_rss_mb <= 0.6 * baseline.peak_rss_mb),
    ]
    print()
    for label, met in targets:
        print(f"{'met    ' if met else 'NOT MET'}  {label}")
    return 0 if all(met for _, met in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
