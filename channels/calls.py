"""One-tap calls: the telephone numbers an urgent reply names, sent with it to the widget.

The socket.io channel adds `calls` to each bot message (channels/gate.py); the widget shows them on
the emergency card as `tel:` links, those of the browser's language region first. A number is sent
only when the reply's own text names it, so a link never offers a number the patient wasn't told;
tests/test_calls.py checks the other way too: every number the urgent replies of domain.yml name is
here. The places are the reply's ("911 in the US, 112 in Europe, 999 in the UK").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, List, Tuple

# Where 112 is the number the reply means by "112 in Europe": the EU and EEA countries and
# Switzerland (the UK has its own, 999, in the reply). Elsewhere the region is not clear, and the
# widget lists every number.
EUROPE_112 = tuple(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH".split()
)


@dataclass(frozen=True)
class Call:
    number: str  # as the reply writes it: "116 123"
    kind: str  # "emergency" or "crisis"
    label: str  # the link's text: what a screen reader says, what is dialled, and where
    regions: Tuple[str, ...]  # ISO 3166-1 regions where it is the number the reply names for them

    @property
    def tel(self) -> str:
        return "tel:" + re.sub(r"\D", "", self.number)

    def named_in(self, text: str) -> bool:
        digits = r"\s?".join(re.escape(d) for d in self.number.replace(" ", ""))
        return re.search(rf"(?<![\d]){digits}(?![\d])", text) is not None

    def as_dict(self) -> Dict[str, Any]:
        return {"number": self.number, "tel": self.tel, "kind": self.kind, "label": self.label,
                "regions": list(self.regions)}  # fmt: skip


CALLS = (
    Call("911", "emergency", "Call 911, emergency number (US)", ("US",)),
    Call("112", "emergency", "Call 112, emergency number (Europe)", EUROPE_112),
    Call("999", "emergency", "Call 999, emergency number (UK)", ("GB",)),
    Call("988", "crisis", "Call 988, Suicide & Crisis Lifeline (US)", ("US",)),
    Call("116 123", "crisis", "Call Samaritans on 116 123 (UK and Ireland)", ("GB", "IE")),
)


def calls_in(text: str) -> List[Dict[str, Any]]:
    """The calls a reply's text names, in the order of CALLS (emergency numbers first)."""
    return [call.as_dict() for call in CALLS if call.named_in(text or "")]
