"""Typo correction towards the lexicon's words ("tremmors" -> "tremors"), never of a real word.

Symmetric-delete lookup (as in SymSpell): each lexicon word is indexed under every string one or
two deletions away, so a misspelt word finds its candidates with a few dictionary lookups. A real
English word near a lexicon word ("sweets" near "sweats") is never corrected: those words come
from spacy-lookups-data's unigram probabilities, scanned once when a model is trained.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, FrozenSet, Iterable, Set

from triage.normalise import DROPPED_G_TABLE

# Words at least this long are candidates for typo correction; shorter ones are too ambiguous.
MIN_TYPO_LENGTH = 5
# Words at least this long may be two edits away from the lexicon's word, shorter ones one.
TWO_EDIT_LENGTH = 8
# A word with a unigram log-probability at or above this is a real English word, never a typo
# (spacy-lookups-data en_lexeme_prob: "sweets" -13.1, "tremors" -15.0, "halucinations" -18.1).
KNOWN_WORD_LOGPROB = -16.0


def damerau_levenshtein(a: str, b: str) -> int:
    """Optimal string alignment distance (insert, delete, substitute, swap two neighbours)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _max_edits(word: str) -> int:
    return 2 if len(word) >= TWO_EDIT_LENGTH else 1


def _deletes(word: str, depth: int) -> Set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def correctable(word: str) -> bool:
    return len(word) >= MIN_TYPO_LENGTH and word.isalpha()


class TypoCorrector:
    """Maps a misspelt word to the lexicon word it is closest to; `known_words` are never corrected."""

    def __init__(self, vocabulary: Iterable[str], known_words: FrozenSet[str] = frozenset()) -> None:
        self.vocabulary = frozenset(w for w in vocabulary if correctable(w))
        self.known_words = known_words
        self._index: Dict[str, Set[str]] = {}
        for word in self.vocabulary:
            for variant in _deletes(word, _max_edits(word)):
                self._index.setdefault(variant, set()).add(word)

    def candidates(self, word: str) -> Set[str]:
        found: Set[str] = set()
        for variant in _deletes(word, _max_edits(word)):
            found |= self._index.get(variant, set())
        return found

    def correct(self, word: str) -> str | None:
        if not correctable(word) or word in self.vocabulary or word in self.known_words:
            return None
        scored = sorted((damerau_levenshtein(word, c), c) for c in self.candidates(word))
        # two edits only keeping the first letter: "halucinatoins" is a typo, "listless" is a word
        scored = [
            (d, c) for d, c in scored if d <= min(_max_edits(word), _max_edits(c)) and (d == 1 or c[0] == word[0])
        ]
        return scored[0][1] if scored else None


def known_words_near(vocabulary: Iterable[str]) -> FrozenSet[str]:
    """Real English words (spacy-lookups-data unigram probabilities) one or two edits from the vocabulary.

    Scans about a million words (a few seconds): the NLU component does it at training time and
    persists the result with the model.
    """
    import spacy_lookups_data
    import srsly

    table = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    probabilities = srsly.read_gzip_json(table)
    probe = TypoCorrector(vocabulary)
    return frozenset(
        word
        for word, logprob in probabilities.items()
        if logprob >= KNOWN_WORD_LOGPROB
        and correctable(word)
        and word not in probe.vocabulary
        and probe.candidates(word)
    )


# ------------------------------------------------------------------------ dropped final g
# "breathin", "shakin", "throwin up": chat drops the g of -ing. A form is read as its -ing word when the -ing word is
# common (log-probability at least this) and at least e^3 (20) times as common as the form, WordNet
# (spacy-lookups-data's lemma index) does not list the form as a word ("raisin", "statin", "thin" stay), and no other
# word one letter off the form (substituted or inserted) is as common as the -ing word ("medicatin" is "medication",
# "reactin" "reaction": stop 48's review; typo correction reads those).
DROPPED_G_MIN_LOGPROB = -16.5  # (as rare as "convulsing" -15.6, "retching" -16.2, "spasming" -16.4)
DROPPED_G_MIN_RATIO = 3.0


def dropped_g_spellings() -> Dict[str, str]:
    """{"breathin": "breathing", ...} from spacy-lookups-data's unigram probabilities and WordNet index (MIT licence).

    Written to `DROPPED_G_TABLE` by `python -m triage.typos`, which normalisation reads: the million-word table
    costs seconds and memory that a server start should not pay."""
    import spacy_lookups_data
    import srsly

    data = Path(spacy_lookups_data.__file__).parent / "data"
    probabilities: Dict[str, float] = {}
    for word, logprob in srsly.read_gzip_json(data / "en_lexeme_prob.json.gz").items():
        lower = word.lower()
        if lower.isascii() and lower.isalpha():
            probabilities[lower] = max(logprob, probabilities.get(lower, logprob))
    wordnet = set().union(*srsly.read_gzip_json(data / "en_lemma_index.json.gz").values())
    found = {}
    for word, logprob in probabilities.items():
        form = word[:-1]
        if not word.endswith("ing") or len(word) < 5 or logprob < DROPPED_G_MIN_LOGPROB or form in wordnet:
            continue
        if logprob - probabilities.get(form, float("-inf")) < DROPPED_G_MIN_RATIO:
            continue
        if all(probabilities.get(near, float("-inf")) < logprob for near in _one_letter_off(form) - {word}):
            found[form] = word
    return dict(sorted(found.items()))


def _one_letter_off(word: str) -> Set[str]:
    """Every string one substituted or one inserted letter from `word`: the letter a misspelling lost or changed
    ("medicatin", "dozin"), not one it added (a deletion would make "racin" "rain")."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {a + c + b[1:] for a, b in splits if b for c in letters} | {a + c + b for a, b in splits for c in letters}


def write_dropped_g_table(path: Path = DROPPED_G_TABLE) -> int:
    import spacy_lookups_data

    table = dropped_g_spellings()
    header = (
        "# A dropped final g read as its -ing word: `form word` per line. Generated by `python -m triage.typos`\n"
        f"# (triage/typos.py, dropped_g_spellings) from spacy-lookups-data {spacy_lookups_data.__version__}\n"
        "# (en_lexeme_prob, en_lemma_index; MIT licence, https://github.com/explosion/spacy-lookups-data).\n"
    )
    path.write_text(header + "".join(f"{form} {word}\n" for form, word in table.items()), encoding="utf-8")
    return len(table)


if __name__ == "__main__":
    print(f"{write_dropped_g_table()} spellings written to {DROPPED_G_TABLE}")
