"""Cost of the symptom detector per message (target: under 2 ms on a 2-core machine).

    make bench        (or: .venv/bin/python -m bench.detector)

Runs every message of the triage test set through the detector several times and prints the
mean, median and 95th percentile per message, and the cost of building the detector.
"""

from __future__ import annotations

import statistics
import time

from triage.detector import SymptomDetector
from triage.evaluation import load_cases, not_urgent_cases, urgent_cases
from triage.lexicon import load_lexicon

ROUNDS = 20


def main() -> None:
    started = time.perf_counter()
    detector = SymptomDetector(load_lexicon())
    build_s = time.perf_counter() - started

    cases = load_cases()
    texts = [t for t, *_ in urgent_cases(cases)] + [t for t, *_ in not_urgent_cases(cases)]
    long_text = " ".join(texts[:60])[:2000]  # a message at the channel's length limit
    for text in texts:  # warm-up
        detector(text)
    per_message = []
    for _ in range(ROUNDS):
        for text in texts:
            t0 = time.perf_counter()
            detector(text)
            per_message.append((time.perf_counter() - t0) * 1000)
    long_runs = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        detector(long_text)
        long_runs.append((time.perf_counter() - t0) * 1000)

    per_message.sort()
    print(f"messages: {len(texts)} x {ROUNDS} rounds")
    print(
        f"detector per message: mean {statistics.mean(per_message):.3f} ms, "
        f"p50 {per_message[len(per_message) // 2]:.3f} ms, p95 {per_message[int(len(per_message) * 0.95)]:.3f} ms, "
        f"max {per_message[-1]:.3f} ms"
    )
    print(f"2,000-character message: median {statistics.median(long_runs):.3f} ms")
    print(f"building the detector (incl. the known-word scan done at training time): {build_s:.2f} s")


if __name__ == "__main__":
    main()
