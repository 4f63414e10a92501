#!/usr/bin/env bash
# Run nginx in the foreground for the patient page: scripts/nginx.sh SITE_PORT RASA_PORT [PREFIX]
# Serves widget/dist and proxies /socket.io to the Rasa server on RASA_PORT (both on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."
export SITE_PORT="$1" RASA_PORT="$2" PREFIX
PREFIX="$(realpath -m "${3:-var/nginx}")"
export SITE_ROOT="$PWD/widget/dist"
mkdir -p "$PREFIX"
# nginx running as root drops its workers to "nobody": they must be able to read the page. In a
# checkout under a private folder (a 0700 home, mktemp -d) they can't: serve a copy from /tmp then.
if [ "$(id -u)" -eq 0 ] && ! runuser -u nobody -- test -r "$SITE_ROOT/index.html"; then
  copy="/tmp/soma-site-$(printf %s "$PREFIX" | sha1sum | cut -c1-12)"
  rm -rf "$copy" && cp -r "$SITE_ROOT" "$copy"
  SITE_ROOT="$copy"
fi
chmod -R a+rX "$SITE_ROOT"
# nginx's master killed with kill -9 leaves its worker behind, still serving and holding the port,
# and supervisord (make run) starts this script again: stop the workers of a master that is gone.
# Under supervisord the master leads a process group of its own, so they are the nginx processes
# in the group of the pid nginx wrote.
if [ -s "$PREFIX/nginx.pid" ] && ! kill -0 "$(cat "$PREFIX/nginx.pid")" 2> /dev/null; then
  gone="$(cat "$PREFIX/nginx.pid")"
  orphans() { # running (not zombie) nginx processes in the gone master's group
    for stat in /proc/[0-9]*/stat; do
      read -r pid comm state _ group _ < "$stat" 2> /dev/null || continue
      if [ "$comm" = "(nginx)" ] && [ "$group" = "$gone" ] && [ "$state" != Z ]; then echo "$pid"; fi
    done
  }
  left="$(orphans)"
  if [ -n "$left" ]; then
    echo "nginx.sh: the master $gone is gone; stopping its workers:" $left
    kill $left 2> /dev/null || true
    for _ in $(seq 50); do [ -n "$(orphans)" ] || break; sleep 0.1; done
    left="$(orphans)"
    [ -z "$left" ] || kill -9 $left 2> /dev/null || true
  fi
fi
envsubst '${SITE_PORT} ${RASA_PORT} ${PREFIX} ${SITE_ROOT}' < deploy/nginx/patient-site.conf > "$PREFIX/nginx.conf"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
exec "$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -e "$PREFIX/error.log" -g 'daemon off;'
