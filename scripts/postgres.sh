#!/usr/bin/env bash
# A PostgreSQL server for the tracker store, on loopback, data under var/ (Debian's postgresql package).
#   scripts/postgres.sh start [DATA_DIR] [PORT]   init if needed, start, create role and database "rasa"
#   scripts/postgres.sh stop  [DATA_DIR]
# The connection settings are written to DATA_DIR.env (POSTGRES_HOST, _PORT, _USER, _PASSWORD, _DB).
# POSTGRES_LISTEN: the loopback address to listen on (default 127.0.0.1; make deploy-check gives
# each service of the rendered chart an address of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
action="$1"
data="$(realpath -m "${2:-var/postgres}")"
port="${3:-5432}"
listen="${POSTGRES_LISTEN:-127.0.0.1}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)"
[ -n "$bin" ] || { echo "PostgreSQL is not installed: scripts/install-system.sh --with-postgres"; exit 1; }

# PostgreSQL refuses to run as root: run it as the postgres user then
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
env_file="$data.env"

# The postgres user must reach the data folder. In a checkout under a private folder (a 0700 home,
# mktemp -d) it can't: the data then lives in a folder of its own under /tmp, the same one each time.
mkdir -p "$(dirname "$data")"
if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$(dirname "$data")"; then
  data="/tmp/soma-postgres-$(printf %s "$data" | sha1sum | cut -c1-12)"
fi

case "$action" in
  start)
    mkdir -p "$data"
    if [ "$(id -u)" -eq 0 ]; then
      [ "$(stat -c %U "$data")" = root ] || [ "$(stat -c %U "$data")" = postgres ] \
        || { echo "$data belongs to another user: refusing to use it"; exit 1; }
      chown postgres: "$data" && chmod 700 "$data"
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
      as_server "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 > /dev/null
      rm -f "$env_file"  # a new cluster: its role and password are made below
    fi
    # A failed statement's text, and many error messages (a duplicate key, a bad value), hold the
    # values of the statement: a patient's message or sender id (psycopg2 sends them inline). The
    # server log keeps LOG, FATAL and PANIC lines only (start-up, shutdown, checkpoints, lost
    # connections), never a statement; the client logs its errors by type (stores/tracker_store.py).
    as_server "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
      -o "-p $port -c listen_addresses=$listen -k $data -c log_min_messages=log -c log_min_error_statement=panic" start > /dev/null
    if [ ! -f "$env_file" ]; then
      password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
      as_server "$bin/psql" -h "$data" -p "$port" -U postgres -q -c "CREATE ROLE rasa LOGIN PASSWORD '$password'"
      as_server "$bin/psql" -h "$data" -p "$port" -U postgres -q -c "CREATE DATABASE rasa OWNER rasa"
      umask 077
      printf 'export POSTGRES_HOST=%s\nexport POSTGRES_PORT=%s\nexport POSTGRES_USER=rasa\nexport POSTGRES_PASSWORD=%s\nexport POSTGRES_DB=rasa\n' \
        "$listen" "$port" "$password" > "$env_file"
    fi
    echo "PostgreSQL is running on $listen:$port (data: $data). Use it for conversations with:"
    echo "  source $env_file && make run"
    ;;
  stop)
    as_server "$bin/pg_ctl" -D "$data" -m fast -w stop > /dev/null
    ;;
  *)
    echo "usage: $0 start|stop [DATA_DIR] [PORT]"; exit 2 ;;
esac
