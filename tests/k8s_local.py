"""Boot a rendered Helm release (deploy/helm/soma-triage) as processes on this machine.

Kubernetes is not here, so this does by hand, for the rendered objects, what the cluster would do,
and changes nothing else in them:

- an image is the tree its Dockerfile's COPY lines build (from the repository, as `docker build`
  would), run with the project's .venv (the environment the image installs from the same pins);
- a pod is a process per replica, in a copy of the image's files of its own (what one pod writes,
  such as a session secret made at start, the others don't see), started with the container's entry
  point and args, its env (Secrets by reference: each Secret's value is what the README's
  `kubectl create secret` line gives, evaluated once, so every pod naming it gets the same; a
  missing Secret or key is an error), and its ConfigMap volumes written to files at the paths it
  mounts them;
- each pod and each external service (PostgreSQL, Redis) gets an address of its own on loopback
  (127.X.Y.Z): the rendered ports are used as they are, and only the bind address 0.0.0.0 becomes
  the pod's address;
- the cluster's DNS is a hosts file that maps every Service name (short, .NAMESPACE.svc and
  .NAMESPACE.svc.cluster.local) and the external host names to those addresses: each pod runs in a
  private mount namespace (`unshare --mount`) where that file is bind-mounted over /etc/hosts, so the
  machine's /etc/hosts is never touched and nothing is left behind;
- the ingress controller is nginx, configured from the rendered Ingress objects (host, paths,
  backends through their Services' ports to the pods' addresses); a backend whose Ingress or
  Service asks for sticky sessions is balanced by client address (ip_hash) as the stand-in for the
  controller's cookie; the access log ends with the upstream address, as scripts/cluster.sh's does;
- probes: a pod is up when its startup or readiness probe answers 200 at its address.
"""

from __future__ import annotations

import json
import os
import random
import re
import secrets
import shlex
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import yaml

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
DEPLOY = ROOT / "deploy" / "helm"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
STICKY_ANNOTATIONS = {
    ("Ingress", "nginx.ingress.kubernetes.io/affinity"): "cookie",
    ("Service", "traefik.ingress.kubernetes.io/service.sticky.cookie"): "true",
}


# ---- rendered manifests ------------------------------------------------------------------------


class Manifests:
    """The objects of one `helm template` output."""

    def __init__(self, text: str) -> None:
        self.objects = [doc for doc in yaml.safe_load_all(text) if doc]

    def of_kind(self, kind: str) -> list[dict]:
        return [o for o in self.objects if o["kind"] == kind]

    def get(self, kind: str, name: str) -> dict:
        found = [o for o in self.of_kind(kind) if o["metadata"]["name"] == name]
        assert len(found) == 1, f"{kind}/{name}: {len(found)} objects"
        return found[0]

    def deployments_selected_by(self, selector: dict[str, str]) -> list[dict]:
        labels = lambda d: d["spec"]["template"]["metadata"]["labels"]  # noqa: E731
        return [d for d in self.of_kind("Deployment") if selector.items() <= labels(d).items()]

    def service_backend(self, service_name: str, port: dict) -> tuple[dict, int, int]:
        """(Deployment, service port, container port) behind a Service port given by name or number."""
        service = self.get("Service", service_name)
        [service_port] = [
            p for p in service["spec"]["ports"] if p.get("name") == port.get("name") or p["port"] == port.get("number")
        ]
        [deployment] = self.deployments_selected_by(service["spec"]["selector"])
        return deployment, service_port["port"], container_port(deployment, service_port["targetPort"])


def container(deployment: dict) -> dict:
    [only] = deployment["spec"]["template"]["spec"]["containers"]
    return only


def container_port(deployment: dict, port: int | str) -> int:
    """A container port given by number or by name (as a Service's targetPort or a probe's port)."""
    if isinstance(port, int):
        return port
    [number] = [p["containerPort"] for p in container(deployment).get("ports", []) if p.get("name") == port]
    return number


def config_file(manifests: Manifests, configmap: str, key: str) -> dict:
    return yaml.safe_load(manifests.get("ConfigMap", configmap)["data"][key])


# ---- images --------------------------------------------------------------------------------------


@dataclass
class Image:
    """What a Dockerfile puts together: the COPY tree, WORKDIR, ENV, USER, ENTRYPOINT, base image."""

    dockerfile: Path
    base: str = ""
    copies: list[tuple[list[str], str]] = field(default_factory=list)
    workdir: str = "/"
    env: dict[str, str] = field(default_factory=dict)
    entrypoint: list[str] = field(default_factory=list)
    runs: list[str] = field(default_factory=list)
    user: str = ""

    @classmethod
    def parse(cls, dockerfile: Path) -> Image:
        image = cls(dockerfile)
        args: dict[str, str] = {}
        text = re.sub(r"\\\n\s*", " ", dockerfile.read_text())
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            instruction, _, rest = line.partition(" ")
            instruction = instruction.upper()
            if instruction == "ARG":
                name, _, default = rest.partition("=")
                args[name] = default
            elif instruction == "FROM":
                image.base = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], rest.split()[0])
            elif instruction == "COPY":
                words = [w for w in shlex.split(rest) if not w.startswith("--")]
                image.copies.append((words[:-1], words[-1]))
            elif instruction == "WORKDIR":
                image.workdir = rest
            elif instruction == "ENV":
                image.env.update(dict(pair.split("=", 1) for pair in shlex.split(rest)))
            elif instruction == "ENTRYPOINT":
                image.entrypoint = json.loads(rest)
            elif instruction == "RUN":
                image.runs.append(rest)
            elif instruction == "USER":
                image.user = rest
        return image

    def build(self, target: Path) -> Path:
        """The image's files (from its COPY lines, the repository as build context) under `target`."""
        if target.exists():
            shutil.rmtree(target)
        for sources, destination in self.copies:
            for source in sources:
                origin = ROOT / source
                assert origin.exists(), f"{self.dockerfile.name}: COPY {source}: not in the repository"
                into = target / destination.lstrip("/")
                if destination.endswith("/"):
                    into = into / origin.name
                if origin.is_dir():
                    shutil.copytree(origin, into, ignore=shutil.ignore_patterns("__pycache__"))
                else:
                    into.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(origin, into)
        return target


def dockerfile_for(image_reference: str) -> Path:
    """registry/.../rasa:0.1.0 -> deploy/helm/Dockerfile.rasa"""
    name = image_reference.rsplit("/", 1)[-1].split(":")[0]
    return DEPLOY / f"Dockerfile.{name}"


# ---- the local cluster ---------------------------------------------------------------------------


def shell_value(word: str, variables: dict[str, str]) -> str:
    """What the shell makes of `word` inside double quotes, as in `--from-literal=KEY="WORD"`, with
    `variables` set: "$POSTGRES_PASSWORD" is its value, "$(openssl rand -hex 32)" the command's output.
    An unset variable, a failing command or an empty value is an error (kubectl would store it)."""
    script = f'value="{word}"; printf %s "$value"'
    result = subprocess.run(
        ["sh", "-euc", script], env={"PATH": os.environ["PATH"], **variables},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0 and result.stdout, f"the Secret value {word!r}: {result.stderr.strip()}"
    return result.stdout


@dataclass
class Pod:
    name: str
    address: str
    process: subprocess.Popen
    log: Path
    probe: tuple[str, int] | None  # (path, port) of the startup or readiness probe


class LocalCluster:
    """The rendered release as processes: see the module's docstring."""

    def __init__(self, manifests: Manifests, namespace: str, workdir: Path, secret_sources: dict[tuple[str, str], str]):
        """`secret_sources`: (Secret, key) -> its value as the README's `kubectl create secret ...
        --from-literal=KEY="VALUE"` writes it: a variable ("$POSTGRES_PASSWORD", "$REDIS_PASSWORD",
        which hold the harness's own passwords) or a command ("$(openssl rand -hex 32)")."""
        self.manifests = manifests
        self.namespace = namespace
        self.workdir = workdir
        self.secret_sources = secret_sources
        self.secrets: dict[tuple[str, str], str] = {}
        self.site_copies: list[Path] = []
        # one /16 of loopback for this run: 127.X.Y.1, .2, ... (other runs pick other ranges)
        self.prefix = f"127.{random.randint(100, 250)}.{random.randint(1, 250)}"  # noqa: S311
        self._next = 0
        self.hosts: dict[str, str] = {}
        self.pods: list[Pod] = []
        self.pod_addresses: dict[str, list[str]] = {}  # Deployment name -> its pods' addresses
        self.others: list[subprocess.Popen] = []
        self.postgres_data: Path | None = None
        self.entry_url = ""
        self.entry_host = ""

    def address(self) -> str:
        self._next += 1
        return f"{self.prefix}.{self._next}"

    # -- external services, as the rendered endpoints name them

    def start_postgres(self, tracker_store: dict) -> dict[str, str]:
        address = self.address()
        self.postgres_data = Path(tempfile.mkdtemp(prefix="soma-deploy-check-"))
        data = self.postgres_data / "postgres"
        self.postgres_data.chmod(0o711)
        env = dict(os.environ, POSTGRES_LISTEN=address)
        subprocess.run(
            [str(ROOT / "scripts" / "postgres.sh"), "start", str(data), str(tracker_store["port"])],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        from tests.conftest import read_env

        settings = read_env(Path(f"{data}.env"))
        assert (settings["POSTGRES_USER"], settings["POSTGRES_DB"]) == (tracker_store["username"], tracker_store["db"])
        shutil.copy(f"{data}.env", self.workdir / "postgres.env")
        self.hosts[tracker_store["url"]] = address
        return settings

    def start_redis(self, lock_store: dict, password: str) -> None:
        address = self.address()
        config = self.workdir / "redis.conf"
        config.write_text(
            f'bind {address}\nport {lock_store["port"]}\nsave ""\nappendonly no\nprotected-mode yes\n'
            f"requirepass {password}\nlogfile {self.workdir / 'redis.log'}\n"
        )
        config.chmod(0o600)
        self.others.append(subprocess.Popen(["redis-server", str(config)], stdout=subprocess.DEVNULL))
        self.hosts[lock_store["url"]] = address

    # -- pods

    def plan_addresses(self) -> None:
        """Addresses for every pod, and the Service names that resolve to them."""
        for deployment in self.manifests.of_kind("Deployment"):
            name = deployment["metadata"]["name"]
            self.pod_addresses[name] = [self.address() for _ in range(deployment["spec"]["replicas"])]
        for service in self.manifests.of_kind("Service"):
            name = service["metadata"]["name"]
            [deployment] = self.manifests.deployments_selected_by(service["spec"]["selector"])
            for port in service["spec"]["ports"]:
                # a Service is reached at its own port: here the pod's, so they must be the same
                assert port["port"] == container_port(deployment, port["targetPort"]), f"Service {name}"
            first = self.pod_addresses[deployment["metadata"]["name"]][0]
            for alias in (name, f"{name}.{self.namespace}.svc", f"{name}.{self.namespace}.svc.cluster.local"):
                self.hosts[alias] = first

    def write_hosts(self) -> Path:
        hosts = self.workdir / "hosts"
        lines = ["127.0.0.1 localhost", "::1 localhost"] + [f"{a} {n}" for n, a in sorted(self.hosts.items())]
        hosts.write_text("\n".join(lines) + "\n")
        hosts.chmod(0o644)
        return hosts

    def mounts(self, deployment: dict, pod_dir: Path) -> dict[str, Path]:
        """ConfigMap volumes written to files: mount path -> local folder."""
        spec = deployment["spec"]["template"]["spec"]
        volumes = {v["name"]: v for v in spec.get("volumes", [])}
        found = {}
        for mount in container(deployment).get("volumeMounts", []):
            volume = volumes[mount["name"]]
            assert "configMap" in volume, f"volume {mount['name']}: only ConfigMap volumes are emulated"
            folder = pod_dir / "mounts" / mount["name"]
            folder.mkdir(parents=True, exist_ok=True)
            for key, value in self.manifests.get("ConfigMap", volume["configMap"]["name"])["data"].items():
                (folder / key).write_text(value)
            found[mount["mountPath"]] = folder
        return found

    def environment(self, image: Image, spec: dict, address: str, app: Path) -> dict[str, str]:
        env = {"PATH": os.environ["PATH"], "HOME": str(app), "LANG": "C.UTF-8"}
        # this machine's OpenBLAS settings (the README of the environment): not the pod's business
        env.update({k: v for k, v in os.environ.items() if k.startswith("OPENBLAS_")})
        env.update(image.env)
        for variable in spec.get("env", []):
            if "value" in variable:
                env[variable["name"]] = variable["value"]
            else:
                ref = variable["valueFrom"]["secretKeyRef"]
                key = (ref["name"], ref["key"])
                assert key in self.secrets, f"env {variable['name']}: Secret {key[0]} (key {key[1]}) does not exist"
                env[variable["name"]] = self.secrets[key]
        for name, value in env.items():
            if value == "0.0.0.0":  # noqa: S104 - the pod's own address stands in for "every interface"
                env[name] = address
            elif value.startswith(image.workdir):
                env[name] = str(app) + value[len(image.workdir) :]
        return env

    def start_deployment(self, deployment: dict, hosts: Path) -> None:
        name = deployment["metadata"]["name"]
        spec = container(deployment)
        image = Image.parse(dockerfile_for(spec["image"]))
        image_tree = image.build(self.workdir / "images" / name)
        for replica, address in enumerate(self.pod_addresses[name]):
            pod_dir = self.workdir / "pods" / f"{name}-{replica}"
            pod_dir.mkdir(parents=True, exist_ok=True)
            # each container has the image's files to itself: a file one replica writes (its own
            # session secret, when none is given) is not another replica's
            tree = pod_dir / "image"
            shutil.copytree(image_tree, tree)
            mounts = self.mounts(deployment, pod_dir)
            if image.base.startswith("nginxinc/"):
                command, cwd, env = self.nginx_pod(tree, mounts, address, pod_dir), pod_dir, dict(os.environ)
            else:
                app = tree / image.workdir.lstrip("/")
                command = self.local_paths(
                    (spec.get("command") or image.entrypoint) + spec.get("args", []), image, app, mounts, address
                )
                assert command[0] == "python", f"{name}: runs {command[0]}, expected the image's python"
                command[0] = str(VENV_PYTHON)
                cwd, env = app, self.environment(image, spec, address, app)
            log = pod_dir / "console.log"
            # root (CI) gets a private mount namespace; anyone else a user namespace mapped to root
            private = ["--mount"] if os.geteuid() == 0 else ["--map-root-user", "--mount"]
            process = subprocess.Popen(
                ["unshare", *private, "--propagation", "private", "--", "sh", "-c",
                 'mount --bind "$0" /etc/hosts && exec "$@"', str(hosts), *command],
                cwd=cwd, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
            )  # fmt: skip
            probe = spec.get("startupProbe") or spec.get("readinessProbe")
            check = (probe["httpGet"]["path"], container_port(deployment, probe["httpGet"]["port"])) if probe else None
            self.pods.append(Pod(f"{name}-{replica}", address, process, log, check))

    def local_paths(self, words: list[str], image: Image, app: Path, mounts: dict[str, Path], address: str) -> list:
        out = []
        for word in words:
            for mount_path, folder in mounts.items():
                if word.startswith(mount_path + "/"):
                    word = str(folder) + word[len(mount_path) :]
            if word.startswith(image.workdir + "/"):
                word = str(app) + word[len(image.workdir) :]
            out.append(address if word == "0.0.0.0" else word)  # noqa: S104
        return out

    def nginx_pod(self, tree: Path, mounts: dict[str, Path], address: str, pod_dir: Path) -> list[str]:
        """The nginx image: its nginx.conf includes /etc/nginx/conf.d/*.conf in http {}, serves
        /usr/share/nginx/html. Here: Debian's nginx, the same include, the pod's address."""
        conf_d = mounts["/etc/nginx/conf.d"]
        html = Path(tempfile.mkdtemp(prefix="soma-deploy-site-"))  # nginx's workers must read it (private checkouts)
        shutil.copytree(tree / "usr/share/nginx/html", html, dirs_exist_ok=True)
        subprocess.run(["chmod", "-R", "a+rX", str(html)], check=True)
        self.site_copies.append(html)
        for conf in conf_d.glob("*.conf"):
            text = conf.read_text().replace("/usr/share/nginx/html", str(html))
            text = re.sub(r"listen (\d+);", rf"listen {address}:\1;", text)
            conf.write_text(text.replace("/dev/stdout", str(pod_dir / "access.log")))
        prefix = pod_dir / "nginx"
        prefix.mkdir(exist_ok=True)
        main = pod_dir / "nginx.conf"
        main.write_text(
            f"worker_processes 1;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log warn;\n"
            "events { worker_connections 64; }\n"
            f"http {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
            f"  client_body_temp_path {prefix}/body; proxy_temp_path {prefix}/proxy;\n"
            f"  fastcgi_temp_path {prefix}/fastcgi; uwsgi_temp_path {prefix}/uwsgi; scgi_temp_path {prefix}/scgi;\n"
            f"  include {conf_d}/*.conf;\n}}\n"
        )
        return [NGINX, "-p", str(prefix), "-c", str(main), "-e", str(prefix / "error.log"), "-g", "daemon off;"]

    def wait_until_up(self, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        for pod in self.pods:
            if pod.probe is None:
                continue
            path, port = pod.probe
            while True:
                if pod.process.poll() is not None:
                    raise RuntimeError(f"pod {pod.name} exited: {pod.log}\n{pod.log.read_text()[-3000:]}")
                try:
                    with urllib.request.urlopen(f"http://{pod.address}:{port}{path}", timeout=2) as response:
                        if response.status == 200:
                            break
                except (OSError, urllib.error.HTTPError):
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"pod {pod.name}: {path} never answered; {pod.log}")
                time.sleep(0.5)

    # -- the ingress controller

    def start_ingress(self, port: int) -> None:
        upstreams, servers = {}, {}
        for ingress in self.manifests.of_kind("Ingress"):
            annotations = ingress["metadata"].get("annotations") or {}
            for rule in ingress["spec"]["rules"]:
                for path in rule["http"]["paths"]:
                    backend = path["backend"]["service"]
                    service = self.manifests.get("Service", backend["name"])
                    deployment, _, target = self.manifests.service_backend(backend["name"], backend["port"])
                    asked = {("Ingress", k): v for k, v in annotations.items()}
                    asked |= {("Service", k): v for k, v in (service["metadata"].get("annotations") or {}).items()}
                    sticky = any(asked.get(key) == value for key, value in STICKY_ANNOTATIONS.items())
                    upstream = f"{backend['name']}{'_sticky' if sticky else ''}"
                    addresses = self.pod_addresses[deployment["metadata"]["name"]]
                    upstreams[upstream] = (
                        "ip_hash;" if sticky else "least_conn;",
                        [f"{a}:{target}" for a in addresses],
                    )
                    assert path["pathType"] == "Prefix", path
                    servers.setdefault(rule["host"], []).append((path["path"], upstream))
        assert len(servers) == 1, f"one host expected, found {list(servers)}"
        [(self.entry_host, paths)] = servers.items()
        prefix = self.workdir / "nginx"
        prefix.mkdir(exist_ok=True)
        blocks = "".join(
            f"    upstream {name} {{\n        {policy}\n"
            + "".join(f"        server {a} max_fails=0;\n" for a in addresses)
            + "    }\n"
            for name, (policy, addresses) in upstreams.items()
        )
        # Prefix paths: "/x" matches /x and /x/...; the longest prefix wins, as an Ingress's do
        locations = ""
        for path, upstream in sorted(paths, key=lambda p: -len(p[0])):
            matches = ["/"] if path == "/" else [f"= {path}", f"{path.rstrip('/')}/"]
            for match in matches:
                locations += (
                    f"        location {match} {{\n            proxy_pass http://{upstream};\n"
                    "            proxy_http_version 1.1;\n            proxy_set_header Upgrade $http_upgrade;\n"
                    "            proxy_set_header Connection $connection_upgrade;\n"
                    "            proxy_set_header Host $host;\n            proxy_read_timeout 120s;\n        }\n"
                )
        (prefix / "nginx.conf").write_text(
            f"worker_processes 1;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log warn;\n"
            "events { worker_connections 1024; }\nhttp {\n"
            "    log_format upstream '$time_iso8601 $request_method $uri $status $upstream_addr';\n"
            f"    access_log {prefix}/access.log upstream;\n"
            f"    client_body_temp_path {prefix}/body; proxy_temp_path {prefix}/proxy;\n"
            f"    fastcgi_temp_path {prefix}/fastcgi; uwsgi_temp_path {prefix}/uwsgi; scgi_temp_path {prefix}/scgi;\n"
            "    map $http_upgrade $connection_upgrade { default upgrade; '' close; }\n"
            f"{blocks}"
            f"    server {{\n        listen 127.0.0.1:{port} default_server;\n        return 404;\n    }}\n"
            # the rule's host; the test reaches the controller by address, so that is an alias of it
            f"    server {{\n        listen 127.0.0.1:{port};\n        server_name {self.entry_host} 127.0.0.1;\n"
            f"{locations}    }}\n}}\n"
        )
        subprocess.run([NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")],
                       check=True)  # fmt: skip
        self.entry_url = f"http://127.0.0.1:{port}"

    # -- all of it

    def start(self, ingress_port: int) -> None:
        endpoints = config_file(self.manifests, self._config_map_with("endpoints.yml"), "endpoints.yml")
        variables = {"POSTGRES_PASSWORD": self.start_postgres(endpoints["tracker_store"])["POSTGRES_PASSWORD"]}
        variables["REDIS_PASSWORD"] = secrets.token_hex(16)
        self.secrets = {key: shell_value(value, variables) for key, value in self.secret_sources.items()}
        self.start_redis(endpoints["lock_store"], variables["REDIS_PASSWORD"])
        self.plan_addresses()
        hosts = self.write_hosts()
        # the action server first, as the cluster would have it before Rasa's first custom action
        order = sorted(self.manifests.of_kind("Deployment"), key=lambda d: d["metadata"]["name"].endswith("-rasa"))
        for deployment in order:
            self.start_deployment(deployment, hosts)
        self.wait_until_up()
        self.start_ingress(ingress_port)

    def _config_map_with(self, key: str) -> str:
        [name] = [c["metadata"]["name"] for c in self.manifests.of_kind("ConfigMap") if key in c.get("data", {})]
        return name

    def stop(self) -> None:
        pid = self.workdir / "nginx" / "nginx.pid"
        if pid.exists():
            os.kill(int(pid.read_text()), signal.SIGTERM)
        for process in [p.process for p in self.pods] + self.others:
            if process.poll() is None:
                process.terminate()
        for process in [p.process for p in self.pods] + self.others:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        if self.postgres_data:
            subprocess.run([str(ROOT / "scripts" / "postgres.sh"), "stop", str(self.postgres_data / "postgres")],
                           check=False, stdout=subprocess.DEVNULL)  # fmt: skip
            shutil.rmtree(self.postgres_data, ignore_errors=True)
        for copy in self.site_copies:
            shutil.rmtree(copy, ignore_errors=True)

    def access_log(self) -> Iterator[str]:
        yield from (self.workdir / "nginx" / "access.log").read_text().splitlines()
