# Soma side-effect triage assistant. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Rasa 3.6 runs on Python 3.8-3.10: use 3.10 (pyenv's, where the default python3 is newer).
# The first candidate that really runs 3.10 (a pyenv shim can exist and still fail).
PYTHON ?= $(shell for p in $$HOME/.pyenv/versions/3.10*/bin/python3.10 python3.10 python3; do \
	  "$$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null && { echo "$$p"; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
MODEL := models/soma.tar.gz
# every Rasa and action-server command runs through server/ (one place for the environment and settings)
RASA := $(BIN)/python -m server
PY := $(BIN)/python
TRAINING_INPUTS := config.yml domain.yml $(shell find data components policies triage sources -type f \( -name '*.yml' -o -name '*.py' -o -name '*.jsonl' -o -name '*.tsv' \) 2>/dev/null)

WIDGET_INPUTS := widget/package.json widget/package-lock.json widget/build.mjs $(wildcard widget/src/*) $(wildcard widget/src/example/*)

.PHONY: help install lock system postgres audit run-cluster stop-cluster deploy-check bench-compare bench-cluster bench-capacity train widget run shell test lint validate pytest test-stories eval explain converse bench purge clean

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-13s %s\n", $$1, $$2}'

# requirements.lock is the whole environment, exact versions and hashes (make lock writes it). uv, at the
# version the lock pins, is bootstrapped into the venv with pip; it then makes the venv equal to the lock
# (installing, upgrading and removing) and pip leaves: nothing is installed that the audit doesn't see.
UV_VERSION := $(shell sed -n 's/^uv==\([^ ]*\).*/\1/p' requirements.lock)
LOCK_TARGET := --python-version 3.10 --python-platform x86_64-unknown-linux-gnu

$(VENV)/.installed: requirements.lock
	@test -n "$(PYTHON)" || { echo "Python 3.10 not found: install it (e.g. pyenv install 3.10) or set PYTHON=..."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test "$$($(BIN)/uv --version 2> /dev/null | cut -d" " -f2)" = "$(UV_VERSION)" \
	  || { $(BIN)/python -m ensurepip --default-pip > /dev/null && $(BIN)/python -m pip install --quiet uv==$(UV_VERSION); }
	$(BIN)/uv pip sync --quiet --python $(BIN)/python requirements.lock
	$(BIN)/uv pip uninstall --quiet --python $(BIN)/python pip 2> /dev/null || true
	touch $@

lock: $(VENV)/.installed ## re-resolve requirements.lock from requirements*.txt and overrides.txt (needs PyPI)
	$(BIN)/uv pip compile --quiet requirements.txt requirements-dev.txt --override overrides.txt $(LOCK_TARGET) \
	  --generate-hashes --output-file requirements.lock $(if $(UPGRADE),--upgrade-package $(UPGRADE))

install: $(VENV)/.installed widget/dist/index.html ## create .venv (Python 3.10), install the pinned dependencies, build the widget

system: ## install the Debian packages for make run and make shell (nginx, supervisor); make test adds Chromium
	scripts/install-system.sh

widget/dist/index.html: $(WIDGET_INPUTS)
	cd widget && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent

widget: widget/dist/index.html ## build the patient widget (npm packages into widget/dist)

$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	$(RASA) train --fixed-model-name soma --out models > var/train.log 2>&1 \
	  || { tail -n 40 var/train.log; exit 1; }
	@echo "trained $(MODEL) ($$(du -h $(MODEL) | cut -f1)); log: var/train.log"

train: var $(MODEL) ## train the model when the data, config or components changed

var:
	mkdir -p var

run: var system $(MODEL) widget ## install and train if needed, start everything under supervisord, print the URLs (patient page :8080)
	scripts/run.sh

shell: var system $(MODEL) ## support-staff shell: talk to the assistant in the terminal (with the action server)
	scripts/run.sh shell

lint: $(VENV)/.installed ## ruff
	$(BIN)/ruff check .

validate: $(VENV)/.installed ## rasa data validate --fail-on-warnings
	$(RASA) data validate --fail-on-warnings > var/validate.log 2>&1 || { cat var/validate.log; exit 1; }

pytest: var $(MODEL) widget ## the pytest suite: unit, component, live server, widget in headless Chromium
	scripts/install-system.sh --with-browser --with-postgres --with-redis
	$(PY) -m pytest -q

test-stories: var $(MODEL) ## rasa test on the test stories, failing on any prediction error
	$(RASA) test core --stories tests/test_stories --fail-on-prediction-errors --out results > var/test-stories.log 2>&1 \
	  || { tail -n 40 var/test-stories.log; exit 1; }
	@grep -o "Correct: .*" var/test-stories.log | sed 's/^/test stories: /'
	@echo "test stories: passed"

eval: var $(VENV)/.installed ## triage regression: recall per symptom, false alarms; fails on any missed urgent case
	$(PY) -m triage.evaluation

test: var lint validate audit pytest test-stories eval deploy-check ## everything CI checks (called by .ci/run)

explain: $(MODEL) ## why a message gets its tier: make explain TEXT="my husband is shaking"
	@$(PY) -m triage.explain "$(TEXT)"

converse: var $(MODEL) ## replay staff transcripts, check each reply's tier: make converse FILE=tests/conversations/split-report.yml
	@test -n "$(FILE)" || { echo 'usage: make converse FILE=tests/conversations/<name>.yml (several: FILE="a.yml b.yml")'; exit 2; }
	@$(PY) -m scripts.converse $(FILE)

bench: var $(MODEL) ## benchmarks under bench/: the detector, and where a turn's time goes (not part of make test)
	$(PY) -m bench.detector
	$(PY) -m bench.profile_turn

postgres: var ## install PostgreSQL (Debian) and start it on 127.0.0.1:5432; then: source var/postgres.env && make run
	scripts/install-system.sh --with-postgres
	scripts/postgres.sh start var/postgres 5432

audit: $(VENV)/.installed ## offline: every locked version against security/ (advisories + reviewed VEX statements)
	$(BIN)/python -m scripts.audit

run-cluster: var $(MODEL) ## PostgreSQL + Redis + 2 Rasa replicas + action server + nginx on 127.0.0.1:5200
	scripts/cluster.sh start 2 5200

stop-cluster: ## stop what run-cluster started
	scripts/cluster.sh stop 5200

deploy-check: var $(MODEL) widget ## the Helm chart (deploy/helm/): helm lint, strict schema validation, wiring, booted as processes
	PYTHON="$(PYTHON)" scripts/deploy-check.sh

bench-compare: var $(MODEL) ## speed and memory against rasa init (Locust); prints the table and the targets
	test -x var/bench-venv/bin/locust || { python3 -m venv var/bench-venv && var/bench-venv/bin/pip install -q locust==2.43.3; }
	$(PY) -m bench.compare

bench-cluster: var $(MODEL) ## throughput of the cluster with one and with two replicas (Locust through nginx)
	test -x var/bench-venv/bin/locust || { python3 -m venv var/bench-venv && var/bench-venv/bin/pip install -q locust==2.43.3; }
	$(PY) -m bench.cluster

N ?= 2000
bench-capacity: var $(MODEL) widget ## a new patient's urgent reply while N idle chats are held through nginx (default 2000)
	scripts/install-system.sh
	$(PY) -m bench.capacity $(N)

PURGE_DAYS ?= 30
purge: $(VENV)/.installed ## delete conversations inactive for more than PURGE_DAYS days (default 30)
	$(PY) -m scripts.purge --days $(PURGE_DAYS)

clean: ## remove the model, results and logs (keeps .venv and conversations)
	rm -rf models results var/*.log var/*.log.[0-9] widget/dist tests/out
