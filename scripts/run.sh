#!/usr/bin/env bash
# Start the action server and the Rasa server; print what runs where; Ctrl-C stops both.
#   scripts/run.sh          servers only
#   scripts/run.sh shell    the support-staff shell (rasa shell) with the action server running
set -euo pipefail
cd "$(dirname "$0")/.."
RASA_PORT="${RASA_PORT:-5005}"
ACTION_PORT=5055   # fixed: endpoints.yml calls the action server there
RASA_INTERFACE="${RASA_INTERFACE:-127.0.0.1}"
SITE_PORT="${SITE_PORT:-8080}"
mkdir -p var
ENDPOINTS=endpoints.yml
if [ -n "${POSTGRES_HOST:-}" ]; then
  ENDPOINTS=deploy/endpoints-postgres.yml   # conversations in PostgreSQL (make postgres)
fi

pids=()
stop() { [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true; }
trap stop EXIT
trap 'echo; echo "Stopping."; exit 0' INT TERM   # Ctrl-C is how a user stops it: not an error

.venv/bin/python -m server actions --actions actions --port "$ACTION_PORT" > var/action-server.log 2>&1 &
pids+=($!)

if [ "${1:-}" = "shell" ]; then
  .venv/bin/python -m server shell -m models/soma.tar.gz --endpoints "$ENDPOINTS" --quiet --log-file var/shell.log
  exit
fi

started=$(date +%s.%N)
.venv/bin/python -m server run -m models/soma.tar.gz -i "$RASA_INTERFACE" -p "$RASA_PORT" --endpoints "$ENDPOINTS" \
  --credentials credentials.yml --log-file var/rasa.log > var/rasa-console.log 2>&1 &
pids+=($!)
until curl -sf "http://127.0.0.1:$RASA_PORT/webhooks/rest/" > /dev/null; do
  kill -0 "${pids[1]}" 2>/dev/null || { echo "The Rasa server did not start: see var/rasa.log and var/rasa-console.log"; exit 1; }
  sleep 0.5
done
ready=$(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')")
scripts/nginx.sh "$SITE_PORT" "$RASA_PORT" var/nginx &
pids+=($!)
cat <<INFO

Soma side-effect triage assistant is running (ready in ${ready}s):
  patient page     http://localhost:$SITE_PORT/   (the chat widget; nginx proxies /socket.io to Rasa)
  REST channel     http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook   (POST {"sender": "...", "message": "..."})
  socket.io        http://127.0.0.1:$RASA_PORT/socket.io  (accepts the origins in credentials.yml only)
  action server    http://127.0.0.1:$ACTION_PORT  (loopback only; urgent replies don't need it)
  conversations    $([ "$ENDPOINTS" = endpoints.yml ] && echo "var/conversations.db (SQLite)" || echo "PostgreSQL on $POSTGRES_HOST:$POSTGRES_PORT")
  logs             var/rasa.log, var/rasa-console.log, var/action-server.log, var/nginx/ (README: what each may hold)
Press Ctrl-C to stop.
INFO
wait -n "${pids[@]}"
