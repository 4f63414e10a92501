"""Server-wide settings, applied once at start-up by `python -m server` (make run, make shell, the
tests, the container images): nothing else sets them, and no module sets them on import."""

from __future__ import annotations

import logging
import os
import resource
import sys

logger = logging.getLogger(__name__)

# The environment of every Rasa and action-server process. Set before Rasa is imported.
ENVIRONMENT = {
    "RASA_TELEMETRY_ENABLED": "false",  # nothing goes to third parties
    "TF_CPP_MIN_LOG_LEVEL": "3",  # TensorFlow is imported by Rasa but not used by this pipeline
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "LOG_LEVEL": "INFO",  # message text is only ever logged at DEBUG
    "SANIC_HOST": "127.0.0.1",  # the action server listens on loopback only
    # Rasa's listen backlog (default 100): patients connecting at once are queued, not refused
    "SANIC_BACKLOG": "1024",
}

# Optional packages that Rasa's imports would load for features this project never uses. None in
# sys.modules makes their `import` raise ImportError, which their importers catch:
# - jax: TensorFlow 2.12's TF Lite converter imports it for converting JAX functions (tensorflow/lite/
#   python/util.py), and TensorFlow's wheel requires it; about 60 MB of every Rasa process.
UNUSED_OPTIONAL_PACKAGES = ("jax",)

# Every chat the patient site's nginx lets through (up to 4000, scripts/nginx.sh MAX_CHATS) holds a
# connection, and so a file descriptor, in the Rasa server; a common default soft limit is 1024.
OPEN_FILES = 16384

# A hanging action server must not hold a patient's conversation: Rasa 3.6 waits 5 minutes. With
# this, every turn is answered within 3 s even when the action server hangs (tests/test_faults.py).
ACTION_TIMEOUT_SECONDS = 2.5


def apply_environment() -> None:
    """Defaults for the variables above; a value set by the caller wins (e.g. LOG_LEVEL=DEBUG)."""
    for name, value in ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def skip_unused_packages() -> None:
    """Keep the packages above out of this process (call before Rasa is imported)."""
    for name in UNUSED_OPTIONAL_PACKAGES:
        if name in sys.modules and sys.modules[name] is not None:
            raise RuntimeError(f"{name} is already imported: skip it before Rasa is imported")
        sys.modules[name] = None


def raise_open_file_limit(wanted: int = OPEN_FILES) -> int:
    """Raise this process's soft limit on open files towards `wanted` (never above the hard
    limit, which only root could raise); returns the limit in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    if soft < wanted:
        logger.warning("Open-file limit %d: fewer chats than nginx allows will fit (raise the hard limit)", soft)
    return soft


def configure() -> None:
    """What the server needs beyond Rasa's own configuration files."""
    from server import rasa_internals
    from server.graph_runner import SequentialGraphRunner
    from stores.tracker_store import raise_unavailable

    for problem in rasa_internals.problems():
        logger.error("Rasa internals differ from what server/rasa_internals.py expects: %s", problem)
    rasa_internals.set_action_timeout(ACTION_TIMEOUT_SECONDS)
    # a conversation store that fails is an error the patient hears about, never a silent
    # conversation in memory that a restart loses
    rasa_internals.on_tracker_store_error(raise_unavailable)
    # the prediction graph run without dask's scheduler: the same nodes, about a fifth less time a turn
    rasa_internals.use_graph_runner(SequentialGraphRunner)
