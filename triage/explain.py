"""Show staff why a message gets its tier: `make explain TEXT="my husband is shaking"`."""

import sys

from triage.detector import default_detector
from triage.result import explain


def main(argv: list) -> int:
    text = " ".join(argv).strip()
    if not text:
        print('usage: make explain TEXT="what the patient wrote"')
        return 2
    print(explain(default_detector()(text)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
