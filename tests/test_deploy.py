"""The Kubernetes deployment (deploy/helm/), checked here, offline: `make deploy-check`.

The chart is rendered with a real helm binary exactly as the README's Kubernetes section installs
it, linted, and every rendered object is validated against the Kubernetes schemas in strict mode.
Then the wiring is read from the rendered objects (the action endpoint is the action server's
Service, /socket.io/ goes to Rasa with stickiness, the stores point at PostgreSQL and Redis), and
the rendered release is booted as processes (tests/k8s_local.py) for the cluster test: 200
interleaved conversations through the ingress, every event in order in PostgreSQL, both replicas
used; a socket.io conversation, the patient page and a custom action through the same entry point.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shlex
import subprocess
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Iterator

import aiohttp
import pytest
import socketio
import yaml

from tests.conftest import ROOT, free_port, post, text_of
from tests.k8s_local import DEPLOY, Image, LocalCluster, Manifests, config_file, container, container_port
from tests.test_cluster import check_interleaved_conversations

pytestmark = pytest.mark.deploy

CHART = DEPLOY / "soma-triage"
HELM = os.environ.get("HELM", str(ROOT / "var" / "deploy-tools" / "bin" / "helm"))
VALIDATE = os.environ.get(
    "KUBERNETES_VALIDATE", str(ROOT / "var" / "deploy-tools" / "venv" / "bin" / "kubernetes-validate")
)
# the oldest Kubernetes the chart supports (Chart.yaml kubeVersion) and the newest the validator knows
KUBERNETES_VERSIONS = ["1.29.0", "1.37.0"]
OUT = ROOT / "var" / "deploy-check"


# ---- the README's procedure ----------------------------------------------------------------------


def readme_commands() -> list[list[str]]:
    """The shell commands of the README's Kubernetes section, in order."""
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("### Kubernetes") :]
    section = section[: section.index("\n## ")]
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", section, re.S):
        for line in block.splitlines():
            line = line.split(" #")[0].strip()
            if line and not line.startswith("#"):
                commands.append(shlex.split(line))
    return commands


def readme_install() -> dict:
    """What the README does: the images it builds, the Secrets it creates, the helm command."""
    copies, builds, secrets, helm = {}, {}, {}, None
    for words in readme_commands():
        if words[:2] == ["docker", "build"]:
            builds[words[words.index("-t") + 1]] = words[words.index("-f") + 1]
        elif words[0] == "cp":
            copies[words[2]] = words[1]
        elif words[:2] == ["kubectl", "-n"] and words[3:6] == ["create", "secret", "generic"]:
            for literal in [w.split("=", 1)[1] for w in words if w.startswith("--from-literal=")]:
                key, value = literal.split("=", 1)
                secrets[(words[6], key)] = value.removeprefix("$")
        elif words[:3] == ["helm", "upgrade", "--install"]:
            helm = [copies.get(word, word) for word in words[3:]]  # your copy of a file is that file
    assert helm, "the README's Kubernetes section has no `helm upgrade --install` command"
    return {"builds": builds, "secrets": secrets, "helm": helm, "namespace": helm[helm.index("--namespace") + 1]}


def helm(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([HELM, *args], cwd=ROOT, capture_output=True, text=True, check=check)


def render(*args: str) -> Manifests:
    return Manifests(helm("template", *args).stdout)


def render_with(release: str = "soma", **values: str) -> Manifests:
    """The README's values with some changed (--set NAME=VALUE)."""
    sets = [f"--set={name.replace('__', '.')}={value}" for name, value in values.items()]
    chart_and_values = readme_install()["helm"][1:]
    return render(release, *chart_and_values, *sets)


@pytest.fixture(scope="module")
def install() -> dict:
    return readme_install()


@pytest.fixture(scope="module")
def rendered(install) -> Manifests:
    OUT.mkdir(parents=True, exist_ok=True)
    text = helm("template", *install["helm"]).stdout
    (OUT / "rendered.yaml").write_text(text)
    return Manifests(text)


# ---- helm and the schemas ------------------------------------------------------------------------


def test_the_readme_installs_this_chart_with_the_example_values(install):
    release, chart = install["helm"][:2]
    assert (release, Path(chart), install["namespace"]) == ("soma", CHART.relative_to(ROOT), "soma")
    assert install["helm"][install["helm"].index("-f") + 1] == "deploy/helm/example-values.yaml"


def test_helm_lint_strict_passes(install):
    result = helm("lint", "--strict", *install["helm"][1:], check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 chart(s) linted, 0 chart(s) failed" in result.stdout


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_every_rendered_object_is_valid_kubernetes_in_strict_mode(rendered, version):
    result = subprocess.run(
        [VALIDATE, "--strict", "--kubernetes-version", version, str(OUT / "rendered.yaml")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    validated = re.findall(r"passed for resource (\S+)", result.stdout)
    objects = [f"{o['kind'].lower()}/{o['metadata']['name']}" for o in rendered.objects]
    assert sorted(validated) == sorted(objects) and len(objects) >= 12


def test_strict_validation_rejects_a_field_kubernetes_does_not_have(rendered, tmp_path):
    """The validator is strict: a misspelt field in a Deployment fails."""
    deployment = dict(rendered.get("Deployment", "soma-rasa"))
    deployment["spec"] = {**deployment["spec"], "replica": 3}
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(deployment))
    result = subprocess.run([VALIDATE, "--strict", str(broken)], capture_output=True, text=True, check=False)
    assert result.returncode != 0 and "'replica' was unexpected" in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("image.registry", "image.registry is required"),
        ("postgresql.host", "postgresql.host is required"),
        ("postgresql.existingSecret", "postgresql.existingSecret is required"),
        ("redis.host", "redis.host is required"),
        ("channels.corsAllowedOrigins", "channels.corsAllowedOrigins is required"),
        ("ingress.host", "ingress.host is required"),
    ],
)
def test_a_missing_required_value_stops_the_install_with_its_name(missing, message):
    value = "null" if missing.endswith("Origins") else ""
    result = helm("template", *readme_install()["helm"], f"--set={missing}={value}", check=False)
    assert result.returncode != 0 and message in result.stderr


# ---- wiring --------------------------------------------------------------------------------------


@pytest.mark.parametrize("release", ["soma", "rasa", "soma-triage-production-release-with-a-long-name"])
def test_the_action_endpoint_is_the_action_servers_service_whatever_the_release_name(release):
    manifests = render_with(release)
    endpoints = config_file(manifests, f"{release[:40]}-config", "endpoints.yml")
    url = re.fullmatch(r"http://([a-z0-9-]+):(\d+)/webhook", endpoints["action_endpoint"]["url"])
    assert url, endpoints["action_endpoint"]
    deployment, service_port, target = manifests.service_backend(url[1], {"number": int(url[2])})
    assert deployment["metadata"]["name"] == f"{release[:40]}-actions"
    actions = container(deployment)
    assert actions["args"][:1] == ["actions"] and actions["args"][actions["args"].index("--port") + 1] == str(target)
    assert {"name": "SANIC_HOST", "value": "0.0.0.0"} in actions["env"]  # noqa: S104 - the pod's address
    # only the Rasa pods may call it
    [policy] = manifests.of_kind("NetworkPolicy")
    assert policy["spec"]["podSelector"]["matchLabels"] == deployment["spec"]["selector"]["matchLabels"]
    [rasa] = manifests.deployments_selected_by(policy["spec"]["ingress"][0]["from"][0]["podSelector"]["matchLabels"])
    assert rasa["metadata"]["name"] == f"{release[:40]}-rasa"


def ingress_backends(manifests: Manifests) -> dict[str, tuple[dict, dict, dict]]:
    """path -> (Ingress, Service, Deployment) for every path of every Ingress."""
    found = {}
    for ingress in manifests.of_kind("Ingress"):
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                deployment, _, _ = manifests.service_backend(backend["name"], backend["port"])
                found[path["path"]] = (ingress, manifests.get("Service", backend["name"]), deployment)
    return found


@pytest.mark.parametrize("stickiness", ["traefik", "ingress-nginx"])
def test_the_ingress_routes_socketio_to_rasa_with_affinity_and_the_rest_without(stickiness):
    manifests = render_with(ingress__stickiness=stickiness, ingress__className=stickiness.split("-")[-1])
    routes = ingress_backends(manifests)
    assert sorted(routes) == ["/", "/socket.io", "/webhooks/rest"]
    ingress, service, deployment = routes["/socket.io"]
    assert deployment["metadata"]["name"] == "soma-rasa"
    sticky = {
        "traefik": (service, "traefik.ingress.kubernetes.io/service.sticky.cookie", "true"),
        "ingress-nginx": (ingress, "nginx.ingress.kubernetes.io/affinity", "cookie"),
    }
    where, key, value = sticky[stickiness]
    assert where["metadata"]["annotations"][key] == value
    for path in ("/", "/webhooks/rest"):  # REST turns go to any replica (shared stores and locks)
        other_ingress, other_service, _ = routes[path]
        annotations = {
            **(other_ingress["metadata"].get("annotations") or {}),
            **(other_service["metadata"].get("annotations") or {}),
        }
        assert not [k for k in annotations if "sticky" in k or "affinity" in k], path
    assert routes["/webhooks/rest"][2]["metadata"]["name"] == "soma-rasa"
    assert routes["/"][2]["metadata"]["name"] == "soma-site"


def test_several_replicas_without_a_stickiness_setting_are_refused():
    result = helm("template", *readme_install()["helm"], "--set=ingress.stickiness=annotations", check=False)
    assert result.returncode != 0 and "sticky-session settings" in result.stderr


def reference(variable: str) -> str:
    """How endpoints.yml reads an environment variable (Rasa substitutes it at start-up)."""
    return "${" + variable + "}"


def test_the_stores_point_at_postgresql_and_redis_with_the_passwords_from_secrets(rendered):
    values = yaml.safe_load((ROOT / "deploy/helm/example-values.yaml").read_text())
    endpoints = config_file(rendered, "soma-config", "endpoints.yml")
    tracker, lock = endpoints["tracker_store"], endpoints["lock_store"]
    assert tracker["type"] == "stores.tracker_store.CachedSQLTrackerStore" and tracker["dialect"] == "postgresql"
    assert (tracker["url"], tracker["port"], tracker["db"], tracker["username"]) == (
        values["postgresql"]["host"], 5432, values["postgresql"]["database"], values["postgresql"]["user"],
    )  # fmt: skip
    assert (lock["type"], lock["url"], lock["port"]) == ("redis", values["redis"]["host"], 6379)
    assert (tracker["password"], lock["password"]) == (reference("DB_PASSWORD"), reference("REDIS_PASSWORD"))
    env = {e["name"]: e for e in container(rendered.get("Deployment", "soma-rasa"))["env"]}
    assert env["DB_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "soma-postgresql", "key": "password"}
    assert env["REDIS_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "soma-redis", "key": "password"}


def test_one_setting_names_the_redis_secret_and_without_it_there_is_no_password():
    with_secret = render_with(redis__existingSecret="other-redis", redis__passwordKey="redis-password")
    env = {e["name"]: e for e in container(with_secret.get("Deployment", "soma-rasa"))["env"]}
    assert env["REDIS_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "other-redis", "key": "redis-password"}
    lock_store = config_file(with_secret, "soma-config", "endpoints.yml")["lock_store"]
    assert lock_store["password"] == reference("REDIS_PASSWORD")
    without = render_with(redis__existingSecret="")
    assert "REDIS_PASSWORD" not in json.dumps(without.objects)
    assert "password" not in config_file(without, "soma-config", "endpoints.yml")["lock_store"]


def test_credentials_are_the_projects_channels_with_the_sites_origin_and_rasa_gets_no_empty_argument(rendered):
    credentials = config_file(rendered, "soma-config", "credentials.yml")
    project = yaml.safe_load((ROOT / "credentials.yml").read_text())
    project["channels.socketio.PatientSocketIOInput"]["cors_allowed_origins"] = ["https://chat.example.org"]
    assert credentials == project
    rasa = container(rendered.get("Deployment", "soma-rasa"))
    assert (
        all(arg.strip() for arg in rasa["args"]) and "--cors" not in rasa["args"] and "--enable-api" not in rasa["args"]
    )
    assert rasa["args"][0] == "run"
    mounted = {m["mountPath"] for m in rasa["volumeMounts"]}
    for flag in ("--endpoints", "--credentials"):
        assert str(Path(rasa["args"][rasa["args"].index(flag) + 1]).parent) in mounted


def test_every_container_has_probes_resources_and_runs_unprivileged(rendered):
    for deployment in rendered.of_kind("Deployment"):
        spec, only = deployment["spec"]["template"]["spec"], container(deployment)
        name = deployment["metadata"]["name"]
        for probe in ("readinessProbe", "livenessProbe"):
            assert container_port(deployment, only[probe]["httpGet"]["port"]) == only["ports"][0]["containerPort"], name
        assert only["resources"]["requests"]["memory"] and only["resources"]["limits"]["memory"], name
        assert spec["securityContext"]["runAsNonRoot"] is True and spec["automountServiceAccountToken"] is False
        assert only["securityContext"]["allowPrivilegeEscalation"] is False
    [budget] = rendered.of_kind("PodDisruptionBudget")
    [rasa] = rendered.deployments_selected_by(budget["spec"]["selector"]["matchLabels"])
    assert rasa["metadata"]["name"] == "soma-rasa" and budget["spec"]["maxUnavailable"] < rasa["spec"]["replicas"]


def test_the_patient_page_has_the_content_security_policy_of_the_nginx_site(rendered):
    site = rendered.get("ConfigMap", "soma-site")["data"]["default.conf"]
    patient_site = (ROOT / "deploy/nginx/patient-site.conf").read_text()
    header = re.compile(r'add_header Content-Security-Policy "([^"]+)" always;')
    assert header.findall(site) == header.findall(patient_site) and len(header.findall(site)) == 1


# ---- the images ----------------------------------------------------------------------------------


def test_the_readme_builds_every_image_the_chart_runs(rendered, install):
    images = {container(d)["image"] for d in rendered.of_kind("Deployment")}
    assert images == set(install["builds"])
    for dockerfile in install["builds"].values():
        assert (ROOT / dockerfile).exists(), dockerfile


def makefile_lock() -> str:
    """The lock `make install` makes the venv equal to (uv pip sync)."""
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile[makefile.index("$(VENV)/.installed:") :].split("\n\n")[0]
    [line] = [line for line in recipe.splitlines() if " pip sync " in line]
    return line.split()[-1]


def lock_overrides() -> str:
    """The overrides file the lock was resolved with (make lock)."""
    makefile = (ROOT / "Makefile").read_text()
    [line] = [line for line in makefile.splitlines() if " pip compile " in line]
    return line.split("--override ")[1].split()[0]


def installs(image: Image) -> str:
    [install] = [r for r in image.runs if " pip install " in r]
    return install


def test_the_rasa_image_installs_the_projects_lock_and_copies_only_code_and_the_model():
    image = Image.parse(DEPLOY / "Dockerfile.rasa")
    install = installs(image)
    lock = makefile_lock()
    assert f"-r /src/requirements.txt -c /src/{lock} --override /src/{lock_overrides()}" in install
    assert f"grep -o '^uv==[^ ]*' /src/{lock}" in install  # the uv the lock pins
    copied = {source for sources, _ in image.copies for source in sources}
    assert copied == {"triage", "components", "policies", "stores", "channels", "server", "models/soma.tar.gz"}
    assert image.entrypoint == ["python", "-m", "server"] and image.env["RASA_TELEMETRY_ENABLED"] == "false"
    assert image.user == "1001"


def test_the_action_server_image_installs_rasa_sdk_at_the_locked_versions():
    image = Image.parse(DEPLOY / "Dockerfile.actions")
    install = installs(image)
    assert f"rasa-sdk pyyaml -c /src/{makefile_lock()} --override /src/{lock_overrides()}" in install
    assert image.entrypoint == ["python", "-m", "server"] and image.user == "1001"


@pytest.mark.parametrize("name", ["rasa", "actions", "site"])
def test_each_dockerignore_lets_in_what_its_image_copies_and_installs_from(name):
    image = Image.parse(DEPLOY / f"Dockerfile.{name}")
    patterns = (DEPLOY / f"Dockerfile.{name}.dockerignore").read_text().split()
    allowed = {p[1:] for p in patterns if p.startswith("!")}
    needed = {s for sources, _ in image.copies for s in sources}
    needed |= {m for r in image.runs for m in re.findall(r"/src/([\w./-]+)", r)}
    assert "*" in patterns and needed <= allowed, needed - allowed


# ---- booted --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster(rendered, install) -> Iterator[LocalCluster]:
    workdir = OUT / "boot"
    if workdir.exists():
        subprocess.run(["rm", "-rf", str(workdir)], check=True)
    workdir.mkdir(parents=True)
    workdir.chmod(0o711)
    local = LocalCluster(rendered, install["namespace"], workdir, install["secrets"])
    try:
        local.start(ingress_port=free_port())
        yield local
    finally:
        local.stop()


def test_200_interleaved_conversations_through_the_ingress_lose_nothing_and_keep_order(cluster):
    check_interleaved_conversations(f"{cluster.entry_url}/webhooks/rest/webhook", cluster.workdir)
    rasa_pods = {f"{a}:5005" for a in cluster.pod_addresses["soma-rasa"]}
    rest = Counter(line.split()[-1] for line in cluster.access_log() if "/webhooks/rest/" in line)
    assert set(rest) == rasa_pods


def test_a_custom_action_answers_through_the_rendered_action_endpoint(cluster):
    url = f"{cluster.entry_url}/webhooks/rest/webhook"
    post(url, json.dumps({"sender": "explain-k8s", "message": "my husband is shaking, no fever"}).encode())
    status, [reply] = post(url, json.dumps({"sender": "explain-k8s", "message": "why did you say that?"}).encode())
    # the explanation comes from the action server; without it the reply is utter_explain_unavailable
    assert status == 200 and reply["text"].startswith("Urgency: stop."), reply


async def socket_conversation(url: str, origin: str, message: str) -> tuple[str, list]:
    """The widget's conversation over socket.io's polling transport (tests/test_server.py's way)."""
    client = socketio.AsyncClient()
    replies: list = []
    confirmed: asyncio.Future = asyncio.get_running_loop().create_future()
    client.on("session_confirm", lambda sid: confirmed.done() or confirmed.set_result(sid))
    client.on("bot_uttered", lambda data: replies.append(data))
    await client.connect(url, headers={"Origin": origin}, transports=["polling"])
    try:
        await client.emit("session_request", {"session_id": None})
        session = await asyncio.wait_for(confirmed, 10)
        await client.emit("user_uttered", {"message": message})
        deadline = time.monotonic() + 20
        while len(replies) < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
    finally:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(client.disconnect(), 1)
    return session, replies


async def websocket_conversation(url: str, origin: str, message: str) -> list:
    """The same over the websocket transport (the widget's first choice), speaking engine.io 4 and
    socket.io 5 frames directly: the pinned python-socketio client's websocket needs a newer aiohttp."""
    frames = []
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{url}/socket.io/?EIO=4&transport=websocket", headers={"Origin": origin}) as ws,
    ):
        opened = await ws.receive_str(timeout=10)
        assert opened.startswith("0{"), opened  # engine.io open
        await ws.send_str("40")  # socket.io connect, default namespace
        for frame in ['42["session_request",{"session_id":null}]', f'42["user_uttered",{{"message":"{message}"}}]']:
            await ws.send_str(frame)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len([f for f in frames if "bot_uttered" in f]) < 2:
            frame = await ws.receive_str(timeout=20)
            if frame == "2":  # engine.io ping
                await ws.send_str("3")
            frames.append(frame)
    return [json.loads(f[2:]) for f in frames if f.startswith("42")]


async def test_the_widgets_socketio_conversation_goes_through_the_ingress_to_one_replica(cluster):
    session, replies = await socket_conversation(cluster.entry_url, "https://chat.example.org", "he is seizing")
    assert re.fullmatch(r"[0-9a-f]{32}\.\d+\.[0-9a-f]{64}", session)  # a signed session token
    assert [r["text"] for r in replies][:1] == [text_of("utter_emergency")]
    # every request of that session (long polls and posts) went to one replica
    upstreams = {line.split()[-1] for line in cluster.access_log() if " /socket.io/ " in line}
    assert len(upstreams) == 1 and upstreams <= {f"{a}:5005" for a in cluster.pod_addresses["soma-rasa"]}
    with pytest.raises(socketio.exceptions.ConnectionError):  # the rendered origins, nothing else
        await socket_conversation(cluster.entry_url, "https://evil.example.com", "hi")


async def test_the_widgets_websocket_transport_goes_through_the_ingress(cluster):
    events = await websocket_conversation(cluster.entry_url, "https://chat.example.org", "he is seizing")
    assert [name for name, *_ in events][:1] == ["session_confirm"]
    assert [data["text"] for name, data in events if name == "bot_uttered"][:1] == [text_of("utter_emergency")]


def test_the_patient_page_comes_through_the_ingress_with_its_csp(cluster):
    with urllib.request.urlopen(f"{cluster.entry_url}/", timeout=10) as response:
        page, csp = response.read().decode(), response.headers["Content-Security-Policy"]
    assert '<div id="soma-chat"></div>' in page
    assert (
        csp == re.search(r'Content-Security-Policy "([^"]+)"', (ROOT / "deploy/nginx/patient-site.conf").read_text())[1]
    )
    with urllib.request.urlopen(f"{cluster.entry_url}/soma-chat.js", timeout=10) as response:
        assert response.status == 200 and b"soma-chat" in response.read()
    site_pods = {f"{a}:8080" for a in cluster.pod_addresses["soma-site"]}
    assert {line.split()[-1] for line in cluster.access_log() if line.split()[2] == "/"} <= site_pods
