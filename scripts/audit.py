"""`make audit`: every version pinned in requirements.lock against the advisory snapshot in security/.

Offline and plain Python (`packaging` for PEP 440 ordering). Each finding is printed with its id,
aliases and fixed versions, and with the reviewed statement of security/vex.json that covers it
(OpenVEX: `not_affected` with a justification, or `affected` with the action taken). It fails on a
finding without such a statement, and on a statement that no longer matches a finding (it must be
reviewed again, or removed, when a version changes). The snapshot's date and age are printed with
every result: "no finding" means "none known in a snapshot of that date".

    python -m scripts.audit                         the audit (make audit)
    python -m scripts.audit refresh --source FILE   rebuild security/advisories.json.gz for the
                                                    packages of requirements.lock (security/README.md)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import re
import sys
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
SNAPSHOT = ROOT / "security" / "advisories.json.gz"
VEX = ROOT / "security" / "vex.json"

# OpenVEX's justifications for `not_affected` (https://github.com/openvex/spec)
JUSTIFICATIONS = {
    "component_not_present",
    "vulnerable_code_not_present",
    "vulnerable_code_not_in_execute_path",
    "vulnerable_code_cannot_be_controlled_by_adversary",
    "inline_mitigations_already_exist",
}
PURL = re.compile(r"^pkg:pypi/(?P<name>[^@]+)@(?P<version>.+)$")


def canonical(name: str) -> str:
    """PEP 503 name: `Sanic-Cors`, `sanic_cors` and `sanic.cors` are one package."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(text: str) -> dict[str, str]:
    """`name==version` lines of a requirements file (hash and comment lines skipped)."""
    pins = {}
    for line in text.splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\#]+)", line)
        if match:
            pins[canonical(match[1])] = match[2]
    return pins


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def is_affected(affected: dict, version: str) -> bool:
    """OSV's rule for one `affected` entry: listed in `versions`, or inside an ECOSYSTEM range
    (events sorted by version; `introduced` opens, `fixed` closes before, `last_affected` after)."""
    wanted = _version(version)
    if wanted is None:
        return version in affected.get("versions", [])
    if any(_version(listed) == wanted for listed in affected.get("versions", [])):
        return True
    for range_ in affected.get("ranges", []):
        if range_.get("type") != "ECOSYSTEM":  # GIT ranges name commits, not releases
            continue
        events = []
        for event in range_.get("events", []):
            (kind, value), *_ = event.items()
            point = Version("0") if value == "0" else _version(value)
            if point is not None and kind in ("introduced", "fixed", "last_affected"):
                events.append((point, kind))
        inside = False
        for point, kind in sorted(events, key=lambda e: (e[0], e[1] != "introduced")):
            if kind == "introduced" and point <= wanted:
                inside = True
            elif kind == "fixed" and point <= wanted:
                inside = False
            elif kind == "last_affected" and point < wanted:
                inside = False
        if inside:
            return True
    return False


def range_ends(affected: dict, kind: str) -> list[str]:
    """The `fixed` (or `last_affected`) versions of an entry's ECOSYSTEM ranges."""
    return [
        event[kind]
        for range_ in affected.get("ranges", [])
        if range_.get("type") == "ECOSYSTEM"
        for event in range_.get("events", [])
        if kind in event
    ]


@dataclass(frozen=True)
class Finding:
    package: str
    version: str
    id: str
    aliases: tuple[str, ...]
    summary: str
    fixed: tuple[str, ...]
    last_affected: tuple[str, ...] = ()

    @property
    def ids(self) -> set[str]:
        return {self.id, *self.aliases}


def find(pins: dict[str, str], advisories: Iterable[dict]) -> list[Finding]:
    """Every (pinned package, advisory) pair where the pinned version is affected; withdrawn
    advisories are ignored."""
    findings = []
    for advisory in advisories:
        if advisory.get("withdrawn"):
            continue
        seen = set()
        for affected in advisory.get("affected", []):
            package = affected.get("package", {})
            if package.get("ecosystem", "PyPI") != "PyPI":
                continue
            name = canonical(package.get("name", ""))
            if name in pins and name not in seen and is_affected(affected, pins[name]):
                seen.add(name)
                summary = advisory.get("summary") or advisory.get("details", "").strip().split("\n")[0]
                findings.append(
                    Finding(
                        name,
                        pins[name],
                        advisory["id"],
                        tuple(advisory.get("aliases", [])),
                        summary[:100],
                        tuple(range_ends(affected, "fixed")),
                        tuple(range_ends(affected, "last_affected")),
                    )
                )
    return _one_per_vulnerability(sorted(findings, key=lambda f: (f.package, f.id)))


def _one_per_vulnerability(findings: list[Finding]) -> list[Finding]:
    """One finding per vulnerability and package: a source with several databases (OSV's PyPI export
    has both PYSEC and GHSA records) lists one vulnerability under ids that alias each other."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (not f.id.startswith("PYSEC-"), f.package, f.id)):
        if not any(k.package == finding.package and k.ids & finding.ids for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: (f.package, f.id))


def statement_problem(statement: dict) -> str | None:
    """Why a VEX statement can't count as reviewed, or None."""
    status = statement.get("status")
    if status == "not_affected":
        if statement.get("justification") not in JUSTIFICATIONS:
            return f"not_affected needs one of the justifications {sorted(JUSTIFICATIONS)}"
        if not statement.get("impact_statement"):
            return "not_affected needs an impact_statement saying why"
        return None
    if status == "affected":
        return None if statement.get("action_statement") else "affected needs an action_statement (the mitigation)"
    return f"status {status!r} is not a reviewed outcome (not_affected or affected)"


def statement_covers(statement: dict, finding: Finding) -> bool:
    vulnerability = statement.get("vulnerability", {})
    names = {vulnerability.get("name"), *vulnerability.get("aliases", [])}
    if not names & finding.ids:
        return False
    for product in statement.get("products", []):
        for component in [product, *product.get("subcomponents", [])]:
            match = PURL.match(component.get("@id", ""))
            if match and canonical(match["name"]) == finding.package and match["version"] == finding.version:
                return True
    return False


@dataclass
class Report:
    findings: list[Finding]
    covered: dict[Finding, dict]  # finding -> its statement
    unreviewed: list[Finding]
    invalid: list[tuple[dict, str]]  # statement, problem
    unused: list[dict]

    @property
    def ok(self) -> bool:
        return not (self.unreviewed or self.invalid or self.unused)


def audit(pins: dict[str, str], advisories: Iterable[dict], statements: list[dict]) -> Report:
    findings = find(pins, advisories)
    invalid = [(s, problem) for s in statements if (problem := statement_problem(s))]
    valid = [s for s in statements if not statement_problem(s)]
    covered = {}
    for finding in findings:
        statement = next((s for s in valid if statement_covers(s, finding)), None)
        if statement is not None:
            covered[finding] = statement
    used = [id(s) for s in covered.values()]
    unused = [s for s in valid if id(s) not in used]
    unreviewed = [f for f in findings if f not in covered]
    return Report(findings, covered, unreviewed, invalid, unused)


def load_snapshot(path: Path = SNAPSHOT) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def describe(statement: dict) -> str:
    if statement["status"] == "not_affected":
        return f"not_affected ({statement['justification']})"
    return "affected, mitigated"


def run(lock: Path = LOCK, snapshot_path: Path = SNAPSHOT, vex: Path = VEX, today: dt.date | None = None) -> int:
    pins = read_pins(lock.read_text())
    snapshot = load_snapshot(snapshot_path)
    statements = json.loads(vex.read_text())["statements"]
    report = audit(pins, snapshot["advisories"], statements)
    date = dt.date.fromisoformat(snapshot["date"])
    age = ((today or dt.date.today()) - date).days
    source = f"advisory snapshot of {snapshot['date']} ({age} days old; {snapshot['source']})"

    for finding in report.findings:
        statement = report.covered.get(finding)
        aliases = ", ".join(a for a in finding.aliases if a.startswith(("CVE-", "GHSA-")))
        if finding.fixed:
            fix = f"fixed in {', '.join(finding.fixed)}"
        else:
            fix = f"no fixed release (last affected {', '.join(finding.last_affected) or 'none named'})"
        print(
            f"{'REVIEWED' if statement else 'VULNERABLE':<10} {finding.package} {finding.version}: {finding.id}"
            f" ({aliases}) {fix}"
            f" -> {describe(statement) if statement else 'NO REVIEWED STATEMENT'}"
        )
    missing = sorted(set(pins) - set(snapshot["packages"]))
    for statement, problem in report.invalid:
        print(f"INVALID statement for {statement.get('vulnerability', {}).get('name')}: {problem}")
    for statement in report.unused:
        print(
            f"UNUSED statement for {statement.get('vulnerability', {}).get('name')}: it matches no finding"
            " (fixed, or the version changed): remove it or review it again"
        )
    if missing:
        print(f"NOT IN SNAPSHOT {', '.join(missing)}: refresh it (security/README.md)")
    print(
        f"audit: {len(pins)} packages pinned, {len(report.findings)} known vulnerabilities"
        f" ({len(report.covered)} with a reviewed statement in security/vex.json, {len(report.unreviewed)} without)"
    )
    print(f"audit: {source}")
    if report.ok and not missing:
        print("audit: passed")
        return 0
    print("audit: FAILED")
    return 1


# ---- refresh: where a network (or a newer snapshot) is reachable ----------------------------------


def read_source(source: str) -> list[dict]:
    """OSV records from a JSON array (.json or .json.gz, like security/advisories.json.gz) or from an OSV
    export zip of one record per file (https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip)."""
    if source.startswith("https://"):
        with urllib.request.urlopen(source, timeout=300) as response:  # noqa: S310 - https only
            data = response.read()
    else:
        data = Path(source).read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [json.loads(archive.read(name)) for name in archive.namelist() if name.endswith(".json")]
    return json.loads(data)


def subset(advisories: list[dict], packages: set[str]) -> list[dict]:
    """The advisories (withdrawn ones too) that name one of `packages`."""
    keep = [
        a
        for a in advisories
        if any(canonical(x.get("package", {}).get("name", "")) in packages for x in a.get("affected", []))
    ]
    return sorted(keep, key=lambda a: a["id"])


def refresh(source: str, description: str, date: str, lock: Path = LOCK, out: Path = SNAPSHOT) -> None:
    packages = set(read_pins(lock.read_text()))
    advisories = subset(read_source(source), packages)
    snapshot = {"source": description, "date": date, "packages": sorted(packages), "advisories": advisories}
    with gzip.GzipFile(out, "wb", mtime=0) as f:  # mtime 0: the same input gives the same bytes
        f.write(json.dumps(snapshot, indent=1, sort_keys=True).encode())
    print(f"{out.relative_to(ROOT)}: {len(advisories)} advisories for {len(packages)} packages, dated {date}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command")
    build = commands.add_parser("refresh", help="rebuild security/advisories.json.gz from a full OSV source")
    build.add_argument("--source", required=True, help="a file or https URL: JSON array (.gz) or OSV zip export")
    build.add_argument("--describe", required=True, help="what the source is: repository and commit, or URL")
    build.add_argument("--date", default=dt.date.today().isoformat(), help="the source's date (default today)")
    args = parser.parse_args(argv)
    if args.command == "refresh":
        refresh(args.source, args.describe, args.date)
        return 0
    return run()


if __name__ == "__main__":
    sys.exit(main())
