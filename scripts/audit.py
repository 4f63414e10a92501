"""`make audit`: pip-audit over every pinned runtime package (constraints.txt).

pip-audit runs in its own virtual environment (its dependencies conflict with Rasa 3.6's pins).
It fails when a package could not be audited: pip-audit reports "No known vulnerabilities found"
even when it reached no vulnerability database at all, which must never read as a pass.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "var" / "audit.json"


def main() -> int:
    tool = ROOT / "var" / "audit-venv" / "bin" / "pip-audit"
    if not tool.exists():
        subprocess.run([sys.executable, "-m", "venv", str(tool.parent.parent)], check=True)
        subprocess.run([str(tool.parent / "pip"), "install", "--quiet", "pip-audit==2.10.1"], check=True)
    subprocess.run(
        [str(tool), "--disable-pip", "--no-deps", "-r", str(ROOT / "constraints.txt"), "-f", "json", "-o", str(REPORT)],
        check=False,
    )
    dependencies = json.loads(REPORT.read_text())["dependencies"]
    skipped = [d["name"] for d in dependencies if "skip_reason" in d]
    vulnerable = [(d["name"], d["version"], v["id"]) for d in dependencies for v in d.get("vulns", [])]
    for name, version, vulnerability in vulnerable:
        print(f"VULNERABLE {name} {version}: {vulnerability}")
    print(f"audit: {len(dependencies)} packages, {len(vulnerable)} known vulnerabilities, {len(skipped)} not audited")
    if skipped:
        print(f"audit: FAILED - no vulnerability data for {len(skipped)} packages (e.g. {', '.join(skipped[:5])}):")
        print("       the vulnerability service is unreachable from this machine")
    return 1 if skipped or vulnerable else 0


if __name__ == "__main__":
    sys.exit(main())
