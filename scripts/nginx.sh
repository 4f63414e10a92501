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
envsubst '${SITE_PORT} ${RASA_PORT} ${PREFIX} ${SITE_ROOT}' < deploy/nginx/patient-site.conf > "$PREFIX/nginx.conf"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
exec "$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -e "$PREFIX/error.log" -g 'daemon off;'
