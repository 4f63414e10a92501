"""make audit (scripts/audit.py): OSV version matching, VEX statements, the snapshot and the lock."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.metadata
import io
import json
import re
import sysconfig
import zipfile
from pathlib import Path

import pytest

from scripts import audit
from scripts.audit import Finding, canonical, find, is_affected, read_pins

ROOT = Path(__file__).resolve().parent.parent


def advisory(id_: str, package: str, events: list[dict], versions: list[str] = (), **extra) -> dict:
    return {
        "id": id_,
        "aliases": [f"CVE-{id_}"],
        "summary": f"{package} is vulnerable",
        "affected": [
            {
                "package": {"ecosystem": "PyPI", "name": package},
                "ranges": [{"type": "ECOSYSTEM", "events": events}],
                "versions": list(versions),
            }
        ],
        **extra,
    }


AIOHTTP = advisory("A-1", "aiohttp", [{"introduced": "0"}, {"fixed": "3.10.11"}])
# two ranges, like protobuf's PYSEC-2026-1806
PROTOBUF = advisory(
    "P-1",
    "protobuf",
    [{"introduced": "0"}, {"fixed": "4.25.8"}, {"introduced": "5.26.0rc1"}, {"fixed": "5.29.5"}],
)
SANIC_CORS = advisory("S-1", "Sanic-Cors", [{"introduced": "0"}, {"last_affected": "2.2.0"}])


@pytest.mark.parametrize(
    "entry, version, affected",
    [
        (AIOHTTP, "3.9.5", True),
        (AIOHTTP, "3.10.10", True),
        (AIOHTTP, "3.10.11", False),  # the fixed release
        (AIOHTTP, "3.14.5", False),
        (PROTOBUF, "4.23.3", True),
        (PROTOBUF, "4.25.9", False),
        (PROTOBUF, "5.27.0", True),  # the second range
        (PROTOBUF, "5.29.5", False),
        (SANIC_CORS, "2.0.1", True),
        (SANIC_CORS, "2.2.0", True),  # last_affected is affected
        (SANIC_CORS, "2.2.1", False),
        (advisory("V-1", "x", [], versions=["1.0"]), "1.0", True),  # listed only in `versions`
        (advisory("V-1", "x", [], versions=["1.0"]), "1.0.1", False),
        (advisory("I-1", "x", [{"introduced": "2.0"}]), "1.9", False),  # introduced, never fixed
        (advisory("I-1", "x", [{"introduced": "2.0"}]), "7.0", True),
    ],
)
def test_osv_version_matching(entry, version, affected):
    assert is_affected(entry["affected"][0], version) is affected


def test_git_ranges_are_not_read_as_versions():
    entry = {"ranges": [{"type": "GIT", "events": [{"introduced": "0"}, {"fixed": "70ca21f1"}]}]}
    assert is_affected(entry, "1.1.3") is False


def test_a_vulnerable_pin_is_found_and_a_fixed_one_is_not():
    assert find({"aiohttp": "3.9.5"}, [AIOHTTP]) == [
        Finding("aiohttp", "3.9.5", "A-1", ("CVE-A-1",), "aiohttp is vulnerable", ("3.10.11",))
    ]
    assert find({"aiohttp": "3.10.11"}, [AIOHTTP]) == []


def test_a_withdrawn_advisory_is_ignored():
    withdrawn = advisory("W-1", "redis", [{"introduced": "0"}], withdrawn="2024-01-01T00:00:00Z")
    assert find({"redis": "4.6.0"}, [withdrawn]) == []
    assert find({"redis": "4.6.0"}, [{**withdrawn, "withdrawn": None}]) != []


def test_one_vulnerability_under_two_ids_is_one_finding():
    """OSV's PyPI export has the PYSEC record and the GHSA record of one vulnerability."""
    pysec = {**AIOHTTP, "id": "PYSEC-1", "aliases": ["GHSA-1", "CVE-1"]}
    ghsa = {**AIOHTTP, "id": "GHSA-1", "aliases": ["PYSEC-1", "CVE-1"]}
    assert [f.id for f in find({"aiohttp": "3.9.5"}, [ghsa, pysec])] == ["PYSEC-1"]


def test_package_names_are_compared_canonically():
    assert [f.package for f in find(read_pins("sanic_cors==2.0.1\n"), [SANIC_CORS])] == ["sanic-cors"]
    assert canonical("ruamel.yaml.clib") == canonical("Ruamel_Yaml-Clib") == "ruamel-yaml-clib"


def test_read_pins_reads_a_hashed_lock():
    lock = (
        "# header\n"
        "aiohttp==3.14.5 \\\n    --hash=sha256:00\n    # via rasa\n"
        "pymongo[srv]==4.18.3 ; python_version < '3.11'\n"
        "Sanic-Cors==2.0.1\n"
    )
    assert read_pins(lock) == {"aiohttp": "3.14.5", "pymongo": "4.18.3", "sanic-cors": "2.0.1"}


def statement(package: str, version: str, name: str = "A-1", **fields) -> dict:
    fields = fields or {"status": "not_affected", "justification": "vulnerable_code_not_in_execute_path"}
    fields.setdefault("impact_statement", "the client is used, never the server")
    return {
        "vulnerability": {"name": name, "aliases": []},
        "products": [{"@id": "pkg:pypi/app@1", "subcomponents": [{"@id": f"pkg:pypi/{package}@{version}"}]}],
        **fields,
    }


def test_a_finding_with_a_reviewed_statement_passes():
    report = audit.audit({"aiohttp": "3.9.5"}, [AIOHTTP], [statement("aiohttp", "3.9.5")])
    assert report.ok and len(report.covered) == 1


def test_a_statement_may_name_the_vulnerability_by_an_alias():
    report = audit.audit({"aiohttp": "3.9.5"}, [AIOHTTP], [statement("aiohttp", "3.9.5", name="CVE-A-1")])
    assert report.ok


def test_a_finding_without_a_statement_fails():
    report = audit.audit({"aiohttp": "3.9.5"}, [AIOHTTP], [])
    assert not report.ok and [f.id for f in report.unreviewed] == ["A-1"]


def test_a_statement_for_another_version_does_not_cover_the_finding():
    """An upgrade (or downgrade) needs the statement reviewed again: the old one becomes unused."""
    report = audit.audit({"aiohttp": "3.9.5"}, [AIOHTTP], [statement("aiohttp", "3.9.4")])
    assert not report.ok and len(report.unreviewed) == 1 and len(report.unused) == 1


def test_a_statement_that_matches_no_finding_fails():
    report = audit.audit({"aiohttp": "3.14.5"}, [AIOHTTP], [statement("aiohttp", "3.14.5")])
    assert not report.ok and len(report.unused) == 1


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "under_investigation"},
        {"status": "not_affected", "justification": "we think it is fine"},
        {"status": "not_affected", "justification": "vulnerable_code_not_in_execute_path", "impact_statement": ""},
        {"status": "affected"},  # without the mitigation
    ],
)
def test_an_unreviewed_statement_does_not_count(fields):
    report = audit.audit({"aiohttp": "3.9.5"}, [AIOHTTP], [statement("aiohttp", "3.9.5", **fields)])
    assert not report.ok and len(report.invalid) == 1 and len(report.unreviewed) == 1


def test_affected_with_its_mitigation_counts():
    fields = {"status": "affected", "action_statement": "the server part is never started"}
    assert audit.audit({"aiohttp": "3.9.5"}, [AIOHTTP], [statement("aiohttp", "3.9.5", **fields)]).ok


def write_snapshot(path: Path, advisories: list[dict], packages: list[str]) -> None:
    with gzip.open(path, "wt") as f:
        json.dump(
            {"source": "test advisories", "date": "2026-07-23", "packages": packages, "advisories": advisories}, f
        )


@pytest.mark.parametrize(
    "statements, status, verdict",
    [([], 1, "audit: FAILED"), ([statement("aiohttp", "3.9.5")], 0, "audit: passed")],
)
def test_run_prints_each_finding_and_the_snapshot_age(tmp_path, capsys, statements, status, verdict):
    (tmp_path / "lock").write_text("aiohttp==3.9.5\nsix==1.17.0\n")
    write_snapshot(tmp_path / "snapshot.json.gz", [AIOHTTP], ["aiohttp", "six"])
    (tmp_path / "vex.json").write_text(json.dumps({"statements": statements}))
    assert (
        audit.run(tmp_path / "lock", tmp_path / "snapshot.json.gz", tmp_path / "vex.json", dt.date(2026, 8, 2))
        == status
    )
    out = capsys.readouterr().out
    assert re.search(r"aiohttp 3\.9\.5: A-1 .*fixed in 3\.10\.11", out)
    assert "2 packages pinned, 1 known vulnerabilities" in out
    assert "advisory snapshot of 2026-07-23 (10 days old; test advisories)" in out
    assert out.rstrip().endswith(verdict)


def test_run_fails_when_a_pinned_package_is_not_in_the_snapshot(tmp_path, capsys):
    """A snapshot made for another lock: its "no finding" would mean nothing for the new package."""
    (tmp_path / "lock").write_text("six==1.17.0\nnewpackage==1.0\n")
    write_snapshot(tmp_path / "snapshot.json.gz", [], ["six"])
    (tmp_path / "vex.json").write_text(json.dumps({"statements": []}))
    assert audit.run(tmp_path / "lock", tmp_path / "snapshot.json.gz", tmp_path / "vex.json") == 1
    assert "NOT IN SNAPSHOT newpackage" in capsys.readouterr().out


def test_refresh_keeps_only_the_advisories_of_the_pinned_packages(tmp_path, monkeypatch):
    """From an OSV export zip (one record a file, like OSV's PyPI/all.zip), withdrawn ones kept."""
    other = advisory("O-1", "django", [{"introduced": "0"}])
    withdrawn = advisory("W-1", "aiohttp", [{"introduced": "0"}], withdrawn="2024-01-01T00:00:00Z")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for record in (AIOHTTP, other, withdrawn):
            archive.writestr(f"{record['id']}.json", json.dumps(record))
    (tmp_path / "all.zip").write_bytes(buffer.getvalue())
    (tmp_path / "lock").write_text("aiohttp==3.9.5\n")
    monkeypatch.setattr(audit, "ROOT", tmp_path)
    out = tmp_path / "advisories.json.gz"
    audit.refresh(str(tmp_path / "all.zip"), "OSV PyPI export", "2026-08-01", tmp_path / "lock", out)
    first = out.read_bytes()
    snapshot = audit.load_snapshot(out)
    assert [a["id"] for a in snapshot["advisories"]] == ["A-1", "W-1"]
    assert (snapshot["source"], snapshot["date"], snapshot["packages"]) == (
        "OSV PyPI export",
        "2026-08-01",
        ["aiohttp"],
    )
    audit.refresh(str(tmp_path / "all.zip"), "OSV PyPI export", "2026-08-01", tmp_path / "lock", out)
    assert out.read_bytes() == first  # the same input gives the same file (reviewable diffs)


# ---- the project's own files ---------------------------------------------------------------------

LOCK_PINS = read_pins((ROOT / "requirements.lock").read_text())


def test_the_snapshot_covers_every_locked_package():
    assert set(LOCK_PINS) <= set(audit.load_snapshot()["packages"])


@pytest.mark.parametrize("source", ["requirements.txt", "requirements-dev.txt", "overrides.txt"])
def test_the_lock_holds_every_pin_of_its_sources(source):
    """requirements.lock is up to date with what it is compiled from (make lock after a change)."""
    pins = read_pins((ROOT / source).read_text())
    assert pins and {name: LOCK_PINS.get(name) for name in pins} == pins


def test_the_environment_is_the_lock():
    """What runs is what the audit read: uv pip sync installed the lock, nothing more (pip removed)."""
    site_packages = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    distributions = importlib.metadata.distributions(path=sorted(site_packages))  # not setuptools' _vendor
    installed = {canonical(d.metadata["Name"]): d.version for d in distributions}
    assert installed == LOCK_PINS


def test_every_vex_statement_names_a_test_that_exists():
    statements = json.loads((ROOT / "security" / "vex.json").read_text())["statements"]
    for s in statements:
        proofs = re.findall(r"(tests/\w+\.py)::(\w+)", s["impact_statement"])
        assert proofs, s["vulnerability"]["name"]
        for path, name in proofs:
            assert f"def {name}(" in (ROOT / path).read_text(), (s["vulnerability"]["name"], name)
