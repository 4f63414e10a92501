#!/usr/bin/env bash
# make run / make shell. supervisord (Debian's supervisor; deploy/supervisor/supervisord.conf) runs
# the action server, the Rasa server and nginx: a part that dies is started again, with back-off
# when it keeps dying, while the others keep serving. Ctrl-C stops everything (exit code 0).
#   scripts/run.sh          the servers; prints the URLs once the Rasa server answers
#   scripts/run.sh shell    the support-staff shell (rasa shell) in the foreground, the action server under supervisord
# Environment (default): RASA_PORT (5005), ACTION_PORT (5055), SITE_PORT (8080), RASA_INTERFACE
# (127.0.0.1), VAR_DIR (var: the logs, supervisord's and nginx's files, the endpoints and credentials
# this run uses, the SQLite conversations), POSTGRES_* (conversations in PostgreSQL: make postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
export SOMA_ROOT="$PWD"
export RASA_PORT="${RASA_PORT:-5005}" ACTION_PORT="${ACTION_PORT:-5055}" SITE_PORT="${SITE_PORT:-8080}"
export RASA_INTERFACE="${RASA_INTERFACE:-127.0.0.1}"
VAR_DIR="$(realpath -m "${VAR_DIR:-var}")"
RUN_USER="$(id -un)"
SERVE=true
[ "$mode" = shell ] && SERVE=false   # the Rasa server and nginx stay stopped: the shell loads its own agent
export VAR_DIR RUN_USER SERVE
mkdir -p "$VAR_DIR/nginx"
show() { printf %s "${1#"$SOMA_ROOT"/}"; }   # a path as the user typed it: var/... inside the checkout
say() { echo "$@" 2> /dev/null || true; }   # a closed terminal must not stop what comes next

# supervisorctl's socket: in VAR_DIR unless that path is too long for a Unix socket
SUPERVISOR_SOCKET="$VAR_DIR/supervisor.sock"
if [ ${#SUPERVISOR_SOCKET} -gt 100 ]; then
  SUPERVISOR_SOCKET="/tmp/soma-supervisor-$(printf %s "$VAR_DIR" | sha1sum | cut -c1-12).sock"
fi
export SUPERVISOR_SOCKET
password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
(
  umask 077
  cat > "$VAR_DIR/supervisorctl.conf" << CONF
; Written by scripts/run.sh for this run: supervisorctl -c $(show "$VAR_DIR")/supervisorctl.conf status
[unix_http_server]
username=$RUN_USER
password=$password
[supervisorctl]
serverurl=unix://$SUPERVISOR_SOCKET
username=$RUN_USER
password=$password
CONF
)

# the endpoints and credentials for these ports and VAR_DIR (the defaults: the files' own values)
ENDPOINTS=endpoints.yml
if [ -n "${POSTGRES_HOST:-}" ]; then
  ENDPOINTS=deploy/endpoints-postgres.yml   # conversations in PostgreSQL (make postgres)
fi
.venv/bin/python -m scripts.run_config "$ENDPOINTS" credentials.yml "$VAR_DIR" "$ACTION_PORT" "$SITE_PORT"

# a port in use would make its part fail and retry until supervisord gives up: say so now
ports=("$ACTION_PORT")
[ "$SERVE" = true ] && ports+=("$RASA_PORT" "$SITE_PORT")
for port in "${ports[@]}"; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    say "Port $port is in use (another make run?). Stop it, or choose other ports: RASA_PORT, ACTION_PORT, SITE_PORT."
    exit 1
  fi
done

# At a terminal, supervisord gets a process group of its own and the terminal: Ctrl-C reaches it
# alone, it stops every part and exits 0, and so do this script and make (Ctrl-C is how a user
# stops it, not an error). Without a terminal, a signal to this script is passed on.
terminal=false
if [ -t 0 ]; then
  read -r _ _ _ _ group _ _ foreground _ < "/proc/$$/stat"
  [ "$group" = "$foreground" ] && terminal=true
fi
give_terminal() { # to the process group $1
  python3 -c 'import os, signal, sys; signal.signal(signal.SIGTTOU, signal.SIG_IGN); os.tcsetpgrp(0, int(sys.argv[1]))' "$1"
}
log_start=$(stat -c %s "$VAR_DIR/supervisord.log" 2> /dev/null || echo 0)
started=$(date +%s.%N)
# --silent: supervisord writes its log to the file only (a closed terminal can't break it); once the
# servers answer, its new lines are shown on the terminal (below)
[ "$terminal" = true ] && set -m
supervisord -c deploy/supervisor/supervisord.conf --silent &
supervisor=$!
set +m
trap 'kill -TERM "$supervisor" 2> /dev/null || true' TERM HUP
trap 'kill -INT "$supervisor" 2> /dev/null || true' INT

# Every process supervisord started for this run has this run's socket in its environment (nginx,
# which writes over its own, is known by its pid file). None is left once supervisord has stopped
# them; if supervisord itself died (kill -9), they are stopped here.
stop_leftovers() {
  python3 - "SUPERVISOR_SOCKET=$SUPERVISOR_SOCKET" "$VAR_DIR/nginx" << 'PY'
import os, signal, sys, time
mark, nginx = sys.argv[1].encode(), sys.argv[2]
def read(pid, name):
    try:
        with open(f"/proc/{pid}/{name}", "rb") as file:
            return file.read().split(b"\0")
    except OSError:
        return []
def ours():
    for pid in filter(str.isdigit, os.listdir("/proc")):
        if mark in read(pid, "environ") and b"SUPERVISOR_ENABLED=1" in read(pid, "environ"):
            yield int(pid)
    try:
        master = open(f"{nginx}/nginx.pid").read().strip()
    except OSError:
        return
    title = b" ".join(read(master, "cmdline"))
    if title.startswith(b"nginx: master process") and nginx.encode() in title:
        yield int(master)
def send(pid, sig):
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        pass
left = list(ours())
for pid in left:
    try:
        print(f"stopping process {pid}, left by supervisord", flush=True)
    except OSError:
        pass
    send(pid, signal.SIGTERM)
time.sleep(5 if left else 0)
for pid in ours():
    send(pid, signal.SIGKILL)
PY
}

# waits for supervisord (through any trapped signal); returns its exit status
wait_for_supervisor() {
  local status
  while :; do
    status=0
    wait "$supervisor" || status=$?
    if [ $status -gt 128 ] && kill -0 "$supervisor" 2> /dev/null; then continue; fi   # a signal, passed on
    [ $status -eq 0 ] || { say "supervisord exited with status $status"; stop_leftovers; }
    return $status
  done
}

if [ "$mode" = shell ]; then
  status=0
  [ "$terminal" = true ] && set -m   # the shell in the foreground: Ctrl-C and /stop are its own
  .venv/bin/python -m server shell -m models/soma.tar.gz --endpoints "$VAR_DIR/endpoints.yml" --quiet \
    --log-file "$VAR_DIR/shell.log" || status=$?
  set +m
  kill -TERM "$supervisor" 2> /dev/null || true
  wait_for_supervisor || true
  exit $status
fi

announce() {
  local warned=false ready
  until curl -sf -o /dev/null "http://127.0.0.1:$RASA_PORT/webhooks/rest/"; do
    if [ $warned = false ] && tail -c +$((log_start + 1)) "$VAR_DIR/supervisord.log" 2> /dev/null | grep -q "exited: rasa"; then
      say "The Rasa server exited while starting: see $(show "$VAR_DIR")/rasa.log and rasa-console.log." \
        "supervisord starts it again, with back-off; Ctrl-C stops everything."
      warned=true
    fi
    sleep 0.5
  done
  ready=$(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')")
  local logs
  logs="$(show "$VAR_DIR")"
  cat << INFO

Soma side-effect triage assistant is running (ready in ${ready}s):
  patient page     http://localhost:$SITE_PORT/   (the chat widget; nginx proxies /socket.io to Rasa)
  REST channel     http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook   (POST {"sender": "...", "message": "..."})
  socket.io        http://127.0.0.1:$RASA_PORT/socket.io  (accepts the origins in credentials.yml only)
  action server    http://127.0.0.1:$ACTION_PORT  (loopback only; urgent replies don't need it)
  conversations    $([ "$ENDPOINTS" = endpoints.yml ] && echo "$logs/conversations.db (SQLite)" || echo "PostgreSQL on $POSTGRES_HOST:$POSTGRES_PORT")
  supervisord      starts again a part that dies: supervisorctl -c $logs/supervisorctl.conf status
  logs             $logs/rasa.log, rasa-console.log, action-server.log, supervisord.log, nginx/ (README: what each may hold)
Press Ctrl-C to stop.
INFO
  # from now on, each exit, start and give-up of a part as supervisord logs it
  exec tail -n 0 -F "$VAR_DIR/supervisord.log" 2> /dev/null
}
announce &
announcer=$!
[ "$terminal" = true ] && { give_terminal "$supervisor" || true; }
status=0
wait_for_supervisor || status=$?
kill "$announcer" 2> /dev/null || true
wait "$announcer" 2> /dev/null || true
[ "$terminal" = true ] && { give_terminal "$group" || true; }
exit $status
