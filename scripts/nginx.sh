#!/usr/bin/env bash
# Run nginx in the foreground for the patient page: scripts/nginx.sh SITE_PORT RASA_PORT [PREFIX]
# Serves widget/dist and proxies /socket.io to the Rasa server on RASA_PORT (both on loopback).
# Capacity (make bench-capacity measures it): MAX_CHATS open chats in all (default 4000),
# CHATS_PER_CLIENT per client address (20), NEW_CHATS_PER_MINUTE per address (30, burst 20).
set -euo pipefail
cd "$(dirname "$0")/.."
export SITE_PORT="$1" RASA_PORT="$2" PREFIX
PREFIX="$(realpath -m "${3:-var/nginx}")"
export SITE_ROOT="$PWD/widget/dist"
export MAX_CHATS="${MAX_CHATS:-4000}" CHATS_PER_CLIENT="${CHATS_PER_CLIENT:-20}"
export NEW_CHATS_PER_MINUTE="${NEW_CHATS_PER_MINUTE:-30}" NEW_CHATS_BURST="${NEW_CHATS_BURST:-20}"
# each chat holds two connections (patient, Rasa); 1024 more for page loads; a descriptor each
export NGINX_CONNECTIONS=$((2 * MAX_CHATS + 1024))
export NGINX_NOFILE=$((NGINX_CONNECTIONS + 1024))
if ! ulimit -n "$NGINX_NOFILE" 2> /dev/null; then
  # not root and a lower hard limit: size everything to what the machine allows, and say so
  NGINX_NOFILE=$(ulimit -Hn)
  ulimit -n "$NGINX_NOFILE"
  NGINX_CONNECTIONS=$((NGINX_NOFILE - 1024))
  MAX_CHATS=$(((NGINX_CONNECTIONS - 1024) / 2))
  echo "nginx.sh: open-file limit $NGINX_NOFILE: at most $MAX_CHATS chats (raise the hard limit for more)" >&2
fi
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
envsubst '${SITE_PORT} ${RASA_PORT} ${PREFIX} ${SITE_ROOT} ${MAX_CHATS} ${CHATS_PER_CLIENT} ${NEW_CHATS_PER_MINUTE}
  ${NEW_CHATS_BURST} ${NGINX_CONNECTIONS} ${NGINX_NOFILE}' < deploy/nginx/patient-site.conf > "$PREFIX/nginx.conf"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
# Every error line nginx writes goes through private_errors: the ", client: ..." tail (client
# address, request line with its query string, upstream URL, Host) is cut, and any query string
# left is replaced, before the line reaches error.log. sed -u: each line as it comes.
private_errors() { sed -u -E -e 's/, client: .*$//' -e 's/\?[^ "]*/?<query>/g' >> "$PREFIX/error.log"; }
exec "$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -e stderr -g 'daemon off;' 2> >(private_errors)
