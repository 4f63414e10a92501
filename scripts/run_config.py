"""The endpoints and credentials of one `make run` or `make shell` (scripts/run.sh writes them into VAR_DIR).

    python -m scripts.run_config ENDPOINTS CREDENTIALS VAR_DIR ACTION_PORT SITE_PORT

With the defaults (ACTION_PORT 5055, SITE_PORT 8080, VAR_DIR var) the files hold the values of
ENDPOINTS (endpoints.yml, or deploy/endpoints-postgres.yml) and credentials.yml unchanged. Other
values move what they name, so a second run (a test's) can share nothing with the first:

- ACTION_PORT: the port of the action server's URL (endpoints.yml: http://127.0.0.1:5055/webhook)
- SITE_PORT: the patient page's origins that socket.io accepts (credentials.yml: those on port 8080)
- VAR_DIR: a SQLite conversation store under var/ (endpoints.yml: var/conversations.db)
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VAR = ROOT / "var"
DEFAULT_SITE_PORT = 8080
SOCKETIO = "channels.socketio.PatientSocketIOInput"


def with_port(url: str, port: int) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{parts.hostname}:{port}"))


def endpoints(source: dict, var_dir: Path, action_port: int) -> dict:
    rendered = dict(source)
    action = dict(rendered["action_endpoint"])
    action["url"] = with_port(action["url"], action_port)
    rendered["action_endpoint"] = action
    store = dict(rendered.get("tracker_store") or {})
    database = Path(str(store.get("db", "")))
    if store.get("dialect") == "sqlite" and var_dir != DEFAULT_VAR and database.parts[:1] == ("var",):
        store["db"] = str(var_dir.joinpath(*database.parts[1:]))
        rendered["tracker_store"] = store
    return rendered


def credentials(source: dict, site_port: int) -> dict:
    rendered = dict(source)
    socketio = dict(rendered.get(SOCKETIO) or {})
    origins = socketio.get("cors_allowed_origins")
    if origins:
        socketio["cors_allowed_origins"] = [
            with_port(origin, site_port) if urlsplit(origin).port == DEFAULT_SITE_PORT else origin for origin in origins
        ]
        rendered[SOCKETIO] = socketio
    return rendered


def write(path: Path, source: str, content: dict) -> None:
    header = f"# Written by scripts/run.sh from {source} for this run (scripts/run_config.py): edit {source}.\n"
    path.write_text(header + yaml.safe_dump(content, sort_keys=False))


def main(argv: list[str]) -> None:
    endpoints_file, credentials_file, var_dir, action_port, site_port = argv
    target = Path(var_dir).resolve()
    write(
        target / "endpoints.yml",
        endpoints_file,
        endpoints(yaml.safe_load((ROOT / endpoints_file).read_text()), target, int(action_port)),
    )
    write(
        target / "credentials.yml",
        credentials_file,
        credentials(yaml.safe_load((ROOT / credentials_file).read_text()), int(site_port)),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
