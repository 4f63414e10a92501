"""Show staff why a message gets its tier: `make explain TEXT="my husband is shaking"`."""

import sys

from components.detector import default_detector


def main(argv: list) -> int:
    text = " ".join(argv).strip()
    if not text:
        print('usage: make explain TEXT="what the patient wrote"')
        return 2
    print(default_detector().explain(text))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
