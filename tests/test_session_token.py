"""Session tokens (channels/session_token.py): only a token this server signed, unexpired and in
exactly its form, resumes a session."""

from __future__ import annotations

import stat

import pytest

from channels.session_token import (
    DEFAULT_SECRET_FILE,
    SECRET_ENV,
    SESSION_TTL_SECONDS,
    SessionTokens,
    is_session_id,
    load_secret,
)
from tests.conftest import ROOT

SECRET = b"k" * 32
NOW = 1_800_000_000.0
SESSION = "0123456789abcdef0123456789abcdef"


def tokens(secret: bytes = SECRET, now: float = NOW) -> SessionTokens:
    return SessionTokens(secret, clock=lambda: now)


def test_an_issued_token_resumes_its_session_until_it_expires():
    token = tokens().issue(SESSION)
    assert token.startswith(SESSION + ".")
    assert tokens().verify(token) == SESSION
    assert tokens(now=NOW + SESSION_TTL_SECONDS - 1).verify(token) == SESSION
    assert tokens(now=NOW + SESSION_TTL_SECONDS).verify(token) is None


def test_each_resume_hands_out_a_token_with_a_new_expiry():
    first = tokens().issue(SESSION)
    later = tokens(now=NOW + 3600).issue(tokens(now=NOW + 3600).verify(first))
    assert later != first and tokens(now=NOW + SESSION_TTL_SECONDS + 1800).verify(later) == SESSION


def _issued() -> str:
    return tokens().issue(SESSION)


def _swap(token: str, index: int, value: str) -> str:
    parts = token.split(".")
    parts[index] = value
    return ".".join(parts)


@pytest.mark.parametrize(
    "presented",
    [
        pytest.param(SESSION, id="a bare session id"),
        pytest.param("0" * 32, id="an invented id"),
        pytest.param(_issued() + "\n", id="a trailing newline"),
        pytest.param("\n" + _issued(), id="a leading newline"),
        pytest.param(_issued() + ".x", id="an extra part"),
        pytest.param(_issued().upper(), id="upper case"),
        pytest.param(_swap(_issued(), 0, "f" * 32), id="another session id under the same mac"),
        pytest.param(_swap(_issued(), 1, str(int(NOW) + 10 * SESSION_TTL_SECONDS)), id="a later expiry"),
        pytest.param(tokens(secret=b"x" * 32).issue(SESSION), id="signed with another secret"),
        pytest.param(tokens(now=NOW - SESSION_TTL_SECONDS - 1).issue(SESSION), id="expired"),
        pytest.param("", id="empty"),
        pytest.param(None, id="None"),
        pytest.param(12345, id="a number"),
        pytest.param({"session_id": SESSION}, id="an object"),
    ],
)
def test_anything_but_an_issued_unexpired_token_is_refused(presented):
    assert tokens().verify(presented) is None


@pytest.mark.parametrize(
    "value, expected",
    [(SESSION, True), (SESSION + "\n", False), (SESSION.upper(), False), (SESSION[:-1], False), (None, False)],
)
def test_the_session_id_form_is_a_full_match(value, expected):
    assert is_session_id(value) is expected


def test_only_session_ids_of_the_servers_form_get_a_token():
    with pytest.raises(ValueError):
        tokens().issue("tier-guessable")


def test_the_secret_is_made_at_first_start_kept_private_and_reused(tmp_path):
    path = tmp_path / "var" / "session-secret"
    first = load_secret(path, environ={})
    assert len(first) >= 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_secret(path, environ={}) == first
    assert [p.name for p in path.parent.iterdir()] == ["session-secret"]  # no temporary file left


def test_the_secret_from_the_environment_wins_and_must_be_long_enough(tmp_path):
    path = tmp_path / "session-secret"
    assert load_secret(path, environ={SECRET_ENV: "e" * 40}) == b"e" * 40
    assert not path.exists()
    with pytest.raises(ValueError):
        load_secret(path, environ={SECRET_ENV: "short"})


def test_the_default_secret_file_is_outside_what_git_keeps():
    assert DEFAULT_SECRET_FILE.startswith("var/")
    assert "var/" in (ROOT / ".gitignore").read_text().splitlines()


def test_without_a_writable_place_for_the_secret_the_process_makes_its_own(tmp_path, caplog):
    """A container whose user can't write its working directory still serves patients."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    first = load_secret(blocker / "session-secret", environ={})
    assert len(first) >= 32 and load_secret(blocker / "session-secret", environ={}) != first
    assert SECRET_ENV in caplog.text
