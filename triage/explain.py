"""Show staff why a message gets its tier: `make explain TEXT="my husband is shaking"`, with the
trained model's triage (lexicon, learned second opinion), as the assistant would answer."""

import sys
from pathlib import Path

from triage.result import explain
from triage.triager import Triager

MODEL = Path(__file__).resolve().parent.parent / "models" / "soma.tar.gz"


def main(argv: list) -> int:
    text = " ".join(argv).strip()
    if not text:
        print('usage: make explain TEXT="what the patient wrote"')
        return 2
    print(explain(Triager.from_model_archive(MODEL)(text)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
