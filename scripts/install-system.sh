#!/usr/bin/env bash
# Install the Debian packages the project runs or tests with, if they are missing:
#   nginx     serves the patient page on :8080 and proxies socket.io to Rasa (make run)
#   supervisor  keeps the parts of make run and make shell running: restarts a part that dies
#   chromium  headless browser for the widget's end-to-end tests (--with-browser; make test)
#   postgresql  the tracker store when configured (--with-postgres; make postgres, make test)
#   redis-server  the lock store of the cluster (--with-redis)
# Needs root (or sudo) and Debian's package mirrors.
set -euo pipefail
wanted=()
command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || wanted+=(nginx-light)
command -v supervisord > /dev/null || wanted+=(supervisor)
for option in "$@"; do
  case "$option" in
    --with-browser) command -v chromium > /dev/null || wanted+=(chromium) ;;
    --with-postgres) ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1 || wanted+=(postgresql) ;;
    --with-redis) command -v redis-server > /dev/null || wanted+=(redis-server) ;;
  esac
done
[ ${#wanted[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing Debian packages: ${wanted[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}" > /dev/null
# Debian starts these as system services on install: this project runs its own instances
for service in nginx supervisor postgresql redis-server; do
  $sudo systemctl disable --now "$service" > /dev/null 2>&1 || $sudo service "$service" stop > /dev/null 2>&1 || true
done
