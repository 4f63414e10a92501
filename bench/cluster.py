"""Throughput of the cluster (scripts/cluster.sh) with one and with two Rasa replicas behind nginx:
`make bench-cluster`. Same Locust load as bench/compare.py (16 senders), loopback only."""

from __future__ import annotations

import subprocess
import sys

from bench.compare import CONCURRENT_SECONDS, OUT, ROOT, USERS, locust

LB_PORT = 5400


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    results = {}
    for replicas in (1, 2):
        subprocess.run(
            [str(ROOT / "scripts" / "cluster.sh"), "start", str(replicas), str(LB_PORT)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        try:
            results[replicas] = locust(LB_PORT, USERS, CONCURRENT_SECONDS, OUT / f"cluster-{replicas}")
        finally:
            subprocess.run([str(ROOT / "scripts" / "cluster.sh"), "stop", str(LB_PORT)], check=False)
    print(f"{USERS} senders through nginx, PostgreSQL tracker store, Redis lock store")
    print(f"{'replicas':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'requests':>9} {'errors':>7}")
    for replicas, load in results.items():
        print(
            f"{replicas:>8} {load.rps:8.1f} {load.p50_ms:8.0f} {load.p95_ms:8.0f} {load.requests:>9} {load.failures:>7}"
        )
    print(
        f"two replicas / one: {results[2].rps / results[1].rps:.2f}x throughput (2 cores shared with Locust, "
        "PostgreSQL, Redis and nginx)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
