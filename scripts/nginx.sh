#!/usr/bin/env bash
# Run nginx in the foreground for the patient page: scripts/nginx.sh SITE_PORT RASA_PORT [PREFIX]
# Serves widget/dist and proxies /socket.io to the Rasa server on RASA_PORT (both on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."
export SITE_PORT="$1" RASA_PORT="$2" PREFIX
PREFIX="$(realpath -m "${3:-var/nginx}")"
export SITE_ROOT="$PWD/widget/dist"
mkdir -p "$PREFIX"
python3 - "$PREFIX/nginx.conf" <<'PY'
import os, re, sys
template = open("deploy/nginx/patient-site.conf").read()
keys = ("SITE_PORT", "RASA_PORT", "PREFIX", "SITE_ROOT")
rendered = re.sub(r"\$\{(" + "|".join(keys) + r")\}", lambda m: os.environ[m.group(1)], template)
open(sys.argv[1], "w").write(rendered)
PY
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
# nginx running as root drops its workers to an unprivileged user: they must be able to read the page
chmod -R a+rX "$SITE_ROOT"
exec "$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -e "$PREFIX/error.log" -g 'daemon off;'
