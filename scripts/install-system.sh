#!/usr/bin/env bash
# Install the Debian packages the project runs or tests with, if they are missing:
#   nginx     serves the patient page on :8080 and proxies socket.io to Rasa (make run)
#   chromium  headless browser for the widget's end-to-end tests (make test)
# Needs root (or sudo) and Debian's package mirrors.
set -euo pipefail
wanted=()
command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || wanted+=(nginx-light)
if [ "${1:-}" = "--with-browser" ]; then
  command -v chromium > /dev/null || wanted+=(chromium)
fi
[ ${#wanted[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing Debian packages: ${wanted[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}" > /dev/null
# nginx starts itself as a system service on install: this project runs its own instance
$sudo systemctl disable --now nginx > /dev/null 2>&1 || $sudo service nginx stop > /dev/null 2>&1 || true
