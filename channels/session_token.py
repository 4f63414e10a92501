"""The widget's session tokens: the socket.io channel resumes only sessions this server issued.

A session id alone (32 hex digits) used to be enough to resume a conversation, so anyone who had
or invented one could join it: hear its replies live, read its words back with "why?", delete it
with "forget me". Now the server hands the widget a token

    <session id>.<expires>.<mac>

`session id` is 32 hex digits (128 random bits; the conversation's sender id in the tracker
store), `expires` the Unix time after which the token is no longer honoured, and `mac` the
HMAC-SHA256 of "<session id>.<expires>" under the server's secret, in hex. A token is checked by
a full match of that form (no trailing newline, no upper case) and a constant-time comparison of
the MAC; anything else starts a new session. Each resume hands out a fresh token with a new expiry,
so a tab in use keeps its conversation and one left alone for `SESSION_TTL_SECONDS` does not.

The secret comes from the environment (`SOMA_SESSION_SECRET`, e.g. a Kubernetes secret shared by
every replica) or, if that is unset, from a file the server creates at its first start
(`var/session-secret`, mode 0600, outside the repository). Replicas of a cluster must share it.
Where neither can be had (a read-only working directory), the process makes one of its own and
says so in the log: its sessions then end when it stops.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import time
from pathlib import Path
from typing import Any, Callable

logger = logging.getLogger(__name__)

SECRET_ENV = "SOMA_SESSION_SECRET"  # noqa: S105 (the variable's name, not a secret)
DEFAULT_SECRET_FILE = "var/session-secret"  # noqa: S105 (where it is kept, outside git)
MIN_SECRET_CHARS = 32  # an environment secret shorter than this is refused, not used
SESSION_TTL_SECONDS = 24 * 3600

SESSION_ID = re.compile(r"[0-9a-f]{32}")  # the sender id of a widget conversation (use fullmatch)
TOKEN = re.compile(r"([0-9a-f]{32})\.([0-9]{1,12})\.([0-9a-f]{64})")


def is_session_id(value: Any) -> bool:
    """Whether `value` has the form of a widget session id (what the REST channel must refuse)."""
    return isinstance(value, str) and SESSION_ID.fullmatch(value) is not None


def load_secret(path: str | Path = DEFAULT_SECRET_FILE, environ: dict | None = None) -> bytes:
    """The secret from `SOMA_SESSION_SECRET`, else from `path`, created on first use.

    The file is written under a temporary name and linked into place, so two replicas starting at
    once both end up with the one secret that won, never an empty or half-written file.
    """
    environ = os.environ if environ is None else environ
    from_env = environ.get(SECRET_ENV, "")
    if from_env:
        if len(from_env) < MIN_SECRET_CHARS:
            raise ValueError(f"{SECRET_ENV} must have at least {MIN_SECRET_CHARS} characters")
        return from_env.encode()
    path = Path(path)
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w") as file:
                file.write(secrets.token_hex(32))
            try:
                os.link(temporary, path)
            except FileExistsError:
                pass  # another process was first: use its secret
            finally:
                temporary.unlink()
        secret = path.read_text().strip()
    except OSError as e:
        # e.g. a container whose working directory its user can't write: sessions still work,
        # but only until this process restarts, and only on this replica
        logger.warning(
            "No session secret in %s (%s) and %s unset: this process's sessions end when it stops",
            path,
            type(e).__name__,
            SECRET_ENV,
        )
        return secrets.token_hex(32).encode()
    if len(secret) < MIN_SECRET_CHARS:
        raise ValueError(f"{path} holds no usable secret: delete it to have a new one made")
    return secret.encode()


class SessionTokens:
    """Issues and checks session tokens under one secret."""

    def __init__(self, secret: bytes, ttl: float = SESSION_TTL_SECONDS, clock: Callable[[], float] = time.time) -> None:
        self._secret = secret
        self.ttl = ttl
        self._clock = clock

    @staticmethod
    def new_session_id() -> str:
        return secrets.token_hex(16)

    def _mac(self, session_id: str, expires: str) -> str:
        return hmac.new(self._secret, f"{session_id}.{expires}".encode(), hashlib.sha256).hexdigest()

    def issue(self, session_id: str) -> str:
        """A token for `session_id` (one this server created), valid for `ttl` seconds from now."""
        if not is_session_id(session_id):
            raise ValueError("not a session id this server creates")
        expires = str(int(self._clock() + self.ttl))
        return f"{session_id}.{expires}.{self._mac(session_id, expires)}"

    def verify(self, token: Any) -> str | None:
        """The session id of a token this server issued and that has not expired; else None."""
        if not isinstance(token, str):
            return None
        match = TOKEN.fullmatch(token)
        if match is None:
            return None
        session_id, expires, mac = match.groups()
        if not hmac.compare_digest(mac, self._mac(session_id, expires)):
            return None
        if int(expires) <= self._clock():
            return None
        return session_id
