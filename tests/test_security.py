"""The proofs behind security/vex.json: what the running servers never import, never call and never
allow, for the known vulnerabilities that no compatible release fixes (make audit lists them).

The Rasa server and the action server are started for real, with tests/probe/sitecustomize.py
recording their modules and the calls of the vulnerable functions, and talked to over loopback.
"""

from __future__ import annotations

import json
import os
import subprocess
import tarfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import MODEL, ROOT, SERVER, VENV_BIN, RasaServer, free_port

PROBE = ROOT / "tests" / "probe"

# Functions with the known vulnerabilities of Keras 2.12.0 (loading or deserializing a model,
# fetching and extracting an archive) and protobuf 4.25.9 (JSON parsing): none may run.
WATCHED = [
    "keras.saving.saving_api:load_model",
    "keras.saving.legacy.save:load_model",
    "keras.saving.serialization_lib:deserialize_keras_object",
    "keras.engine.training:Model.load_weights",
    "keras.utils.data_utils:get_file",
    "keras.utils.data_utils:_extract_archive",
    "google.protobuf.json_format:Parse",
    "google.protobuf.json_format:ParseDict",
]
# Packages whose vulnerable part is never imported by either server.
NEVER_IMPORTED = ["skops", "wheel", "setuptools.command.sdist"]
# Rasa components that use TensorFlow/Keras models or skops files (the vulnerable code paths).
TENSORFLOW_OR_SKOPS_COMPONENTS = [
    "rasa.nlu.classifiers.diet_classifier",
    "rasa.nlu.selectors.response_selector",
    "rasa.nlu.featurizers.dense_featurizer.lm_featurizer",
    "rasa.nlu.featurizers.dense_featurizer.convert_featurizer",
    "rasa.core.policies.ted_policy",
    "rasa.core.policies.unexpected_intent_policy",
    "rasa.nlu.classifiers.logistic_regression_classifier",
    "rasa.nlu.classifiers.sklearn_intent_classifier",
]
# An origin that starts with an allowed one: what the Sanic-CORS advisory (unanchored re.match) lets in.
LOOKALIKE_ORIGIN = "http://localhost:8080.attacker.example"


def probe_env(out: Path, watch: list[str] = ()) -> dict[str, str]:
    return {
        "PYTHONPATH": str(PROBE),
        "SOMA_PROBE_OUT": str(out),
        "SOMA_PROBE_WATCH": ",".join(watch),
    }


def wait_for(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"exited with {process.returncode}"
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(url)


def probed(out: Path) -> dict:
    time.sleep(0.5)  # the probe writes every 0.2 s
    return json.loads(out.read_text())


class Servers:
    def __init__(self, rasa: RasaServer, rasa_probe: Path, actions_port: int, actions_probe: Path) -> None:
        self.rasa = rasa
        self.rasa_probe = rasa_probe
        self.actions_url = f"http://127.0.0.1:{actions_port}"
        self.actions_probe = actions_probe


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """Both servers, probed, after a conversation that goes through every kind of turn: an urgent
    reply, general guidance, the custom action (on the action server), a fallback."""
    assert MODEL.exists(), "train first: make train"
    workdir = tmp_path_factory.mktemp("security")
    actions_port = free_port()
    actions_probe = workdir / "actions-probe.json"
    actions = subprocess.Popen(
        [*SERVER, "actions", "--actions", "actions", "--port", str(actions_port)],
        cwd=ROOT,
        env={"PATH": str(VENV_BIN), **probe_env(actions_probe)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rasa = RasaServer(workdir, action_port=actions_port)
    rasa_probe = workdir / "rasa-probe.json"
    saved = dict(os.environ)
    os.environ.update(probe_env(rasa_probe, WATCHED))  # RasaServer.start passes os.environ on
    try:
        wait_for(f"http://127.0.0.1:{actions_port}/health", actions)
        rasa.start()
        os.environ.clear()
        os.environ.update(saved)
        for text in ["my husband is shaking", "why did you say that?", "can I drink alcohol with soma?", "blorp"]:
            rasa.say("security-probe", text)
        yield Servers(rasa, rasa_probe, actions_port, actions_probe)
    finally:
        os.environ.clear()
        os.environ.update(saved)
        rasa.stop()
        actions.terminate()
        actions.wait(timeout=30)


@pytest.mark.server
def test_the_probe_sees_the_conversation(servers):
    """The probe works: the servers really imported what a turn needs (else the tests below prove nothing)."""
    rasa_modules = set(probed(servers.rasa_probe)["modules"])
    assert {"rasa.core.agent", "components.symptom_triage", "keras", "google.protobuf.json_format"} <= rasa_modules
    assert "actions.actions" in probed(servers.actions_probe)["modules"]


@pytest.mark.server
def test_no_keras_model_or_protobuf_json_is_ever_loaded(servers):
    """keras 2.12.0 (6 advisories) and protobuf 4.25.9 (PYSEC-2026-1805): Keras is imported (TensorFlow
    imports it, Rasa imports TensorFlow) but nothing loads, deserializes or downloads a model, and
    nothing parses protobuf JSON."""
    assert probed(servers.rasa_probe)["calls"] == []


@pytest.mark.server
@pytest.mark.parametrize("process", ["rasa", "actions"])
def test_skops_wheel_and_sdist_building_are_never_imported(servers, process):
    """skops 0.11.0 (3 advisories), wheel 0.45.1 (wheel unpack), setuptools 81.0.0 (building sdists)."""
    modules = probed(servers.rasa_probe if process == "rasa" else servers.actions_probe)["modules"]
    assert [m for m in modules if any(m == p or m.startswith(f"{p}.") for p in NEVER_IMPORTED)] == []


@pytest.mark.server
def test_the_action_server_never_imports_tensorflow_or_keras(servers):
    modules = probed(servers.actions_probe)["modules"]
    assert [m for m in modules if m.split(".")[0] in ("tensorflow", "keras")] == []


def cors_headers(url: str, method: str) -> dict[str, str]:
    request = urllib.request.Request(url, method=method, headers={"Origin": LOOKALIKE_ORIGIN})
    if method == "POST":
        request.data = b'{"sender": "cors", "message": "hello"}'
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as e:
        return {k.lower(): v for k, v in e.headers.items()}


@pytest.mark.server
@pytest.mark.parametrize(
    "server, path, method",
    [
        ("rasa", "/webhooks/rest/webhook", "OPTIONS"),
        ("rasa", "/webhooks/rest/webhook", "POST"),
        ("rasa", "/", "GET"),
        ("actions", "/webhook", "OPTIONS"),
        ("actions", "/health", "GET"),
    ],
)
def test_sanic_cors_allows_no_lookalike_origin(servers, server, path, method):
    """Sanic-CORS 2.0.1 (PYSEC-2026-3539): both servers give it an empty origin list, so no origin
    (an allowed one's look-alike included) gets a CORS grant."""
    base = f"http://127.0.0.1:{servers.rasa.port}" if server == "rasa" else servers.actions_url
    assert "access-control-allow-origin" not in cors_headers(base + path, method)


def test_no_server_is_started_with_cors_origins():
    """Sanic-CORS only gets origins from `--cors`: nothing that starts a server passes it, the Helm
    chart's containers and the images included (tests/test_deploy.py checks the rendered args too)."""
    starters = [*ROOT.glob("scripts/*.sh"), ROOT / "Makefile", ROOT / "tests" / "conftest.py", *ROOT.glob("bench/*.py")]
    starters += [*ROOT.glob("deploy/helm/soma-triage/templates/*"), *ROOT.glob("deploy/helm/Dockerfile.*")]
    assert [p.name for p in starters if "--cors" in p.read_text()] == []


def test_the_model_has_no_tensorflow_or_skops_component():
    """keras and skops: the trained model (what the server loads) uses none of Rasa's components that
    load Keras weights or skops files."""
    with tarfile.open(MODEL) as archive:
        metadata = json.load(archive.extractfile("metadata.json"))
    schemas = (metadata["train_schema"], metadata["predict_schema"])
    uses = {node["uses"] for schema in schemas for node in schema["nodes"].values()}
    assert [u for u in uses if u.rsplit(".", 1)[0] in TENSORFLOW_OR_SKOPS_COMPONENTS] == []


def test_pytest_never_uses_the_shared_tmp_folder(pytestconfig, tmp_path_factory):
    """pytest 8.4.2 (PYSEC-2026-1845, /tmp/pytest-of-{user}): pyproject.toml gives it a base folder
    inside the checkout, so it never creates or trusts the shared one."""
    assert "--basetemp=var/pytest" in pytestconfig.getini("addopts")
    assert tmp_path_factory.getbasetemp() == ROOT / "var" / "pytest"


def test_the_probe_records_calls_through_aliases(tmp_path):
    """The negative control of the call probe: a watched function called through an alias
    (keras.utils.get_file is keras.utils.data_utils.get_file) is recorded."""
    out = tmp_path / "probe.json"
    script = (
        "from google.protobuf import json_format, struct_pb2\n"
        "json_format.Parse('{}', struct_pb2.Struct())\n"
        "import keras\n"
        "try:\n"
        "    keras.utils.get_file()\n"
        "except (TypeError, ValueError):\n"
        "    pass\n"
    )
    subprocess.run(
        [str(VENV_BIN / "python"), "-c", script],
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", **probe_env(out, WATCHED)},
        check=True,
        capture_output=True,
    )
    assert json.loads(out.read_text())["calls"] == [
        "google.protobuf.json_format:Parse",
        "google.protobuf.json_format:ParseDict",  # Parse calls it
        "keras.utils.data_utils:get_file",
    ]
