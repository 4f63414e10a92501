#!/usr/bin/env bash
# Several Rasa servers behind one address, on loopback, with Rasa's own scaling mechanisms:
# PostgreSQL (tracker store) + Redis (lock store) + N Rasa replicas + the action server + nginx.
#   scripts/cluster.sh start [REPLICAS] [LB_PORT]    (default 2 replicas, nginx on 127.0.0.1:5200)
#   scripts/cluster.sh stop [LB_PORT]
# Debian packages (postgresql, redis-server, nginx) are installed if missing. State: var/cluster-LB_PORT/.
set -euo pipefail
cd "$(dirname "$0")/.."
action="${1:-}"
if [ "$action" = stop ]; then export LB_PORT="${2:-5200}"; else replicas="${2:-2}"; export LB_PORT="${3:-5200}"; fi
DIR="$PWD/var/cluster-$LB_PORT"
export ACTION_PORT=$((LB_PORT + 55)) REDIS_PORT=$((LB_PORT + 79)) PG_PORT=$((LB_PORT + 32))
first_replica=$((LB_PORT + 1))

stop() {
  for pidfile in "$DIR"/*.pid; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2> /dev/null || true
    rm -f "$pidfile"
  done
  [ -f "$DIR/nginx/nginx.pid" ] && kill "$(cat "$DIR/nginx/nginx.pid")" 2> /dev/null || true
  [ -f "$DIR/postgres.env" ] && scripts/postgres.sh stop "$DIR/postgres" 2> /dev/null || true
}

case "$action" in
  stop) stop; exit 0 ;;
  start) ;;
  *) echo "usage: $0 start [REPLICAS] [LB_PORT] | stop"; exit 2 ;;
esac

scripts/install-system.sh --with-postgres --with-redis
mkdir -p "$DIR/nginx"
chmod 711 "$DIR"

# PostgreSQL: the tracker store every replica shares
scripts/postgres.sh start "$DIR/postgres" "$PG_PORT" > /dev/null
source "$DIR/postgres.env"

# Redis: the lock store, so one conversation's turns are processed one at a time, in order
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --protected-mode yes \
  --logfile "$DIR/redis.log" > /dev/null 2>&1 &
echo $! > "$DIR/redis.pid"

.venv/bin/python -m server actions --actions actions --port "$ACTION_PORT" > "$DIR/action-server.log" 2>&1 &
echo $! > "$DIR/action-server.pid"

upstreams=""
for i in $(seq 0 $((replicas - 1))); do
  port=$((first_replica + i))
  .venv/bin/python -m server run -m models/soma.tar.gz -i 127.0.0.1 -p "$port" --endpoints deploy/cluster/endpoints.yml \
    --credentials credentials.yml --log-file "$DIR/rasa-$port.log" > "$DIR/rasa-$port.console" 2>&1 &
  echo $! > "$DIR/rasa-$port.pid"
  upstreams+="        server 127.0.0.1:$port max_fails=0;"$'\n'
done

export PREFIX="$DIR/nginx" UPSTREAMS="$upstreams"
envsubst '${LB_PORT} ${PREFIX} ${UPSTREAMS}' < deploy/cluster/nginx.conf > "$DIR/nginx/nginx.conf"
"$(command -v nginx || echo /usr/sbin/nginx)" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -e "$DIR/nginx/error.log"

for i in $(seq 0 $((replicas - 1))); do
  port=$((first_replica + i))
  until curl -sf "http://127.0.0.1:$port/webhooks/rest/" > /dev/null; do
    kill -0 "$(cat "$DIR/rasa-$port.pid")" 2> /dev/null || { echo "replica :$port did not start: $DIR/rasa-$port.log"; stop; exit 1; }
    sleep 0.5
  done
done
echo "cluster: $replicas Rasa replicas behind http://127.0.0.1:$LB_PORT/webhooks/rest/webhook"
echo "         PostgreSQL 127.0.0.1:$PG_PORT, Redis 127.0.0.1:$REDIS_PORT, action server 127.0.0.1:$ACTION_PORT"
echo "         stop with: scripts/cluster.sh stop $LB_PORT"
