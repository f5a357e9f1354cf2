"""The category model: a spaCy pipeline (`spacy.blank("en")` + a bag-of-words `textcat`).

Pretrained pipelines cannot be downloaded at run time, so the model is trained from the
project's labelled corpus by `mailbot model train` and shipped inside the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

MODEL_DIR = Path(__file__).parent / "model"

# The categories the text decides; automated, follow_up and the rest come from rules first.
CONTENT_CATEGORIES = (
    "information_request",
    "ofsted_suitability",
    "correspondence",
    "medical_correspondence",
    "casework_submission",
    "internal_review_request",
    "other",
)
PROFILE_CATEGORIES = {
    "cass": (
        "information_request",
        "ofsted_suitability",
        "correspondence",
        "medical_correspondence",
        "other",
    ),
    "dcs": ("casework_submission", "internal_review_request", "other"),
}
CONCERN_PIPE = "concern"  # a second text classifier: does the content raise a concern?
MAX_MODEL_CHARS = 6000
_WORD_RE = re.compile(
    r"[^\W_]+(?:['’][^\W_]+)?"
)  # the opening of a long message says what it is; bounds the cost


def model_text(
    subject: str, body: str, attachments: Iterable[str], sender: str | None = None
) -> str:
    """What the model reads: rule-signal tokens, subject, new body, the start of attachments."""
    from classifiers.signals import feature_tokens, sender_tokens

    attachments = list(attachments)
    # the same text the signals read, so their cached results are reused
    full = "\n".join([subject, body, *attachments])
    parts = [subject, body[:4000]]
    parts.extend(a[:1500] for a in attachments)
    text = "\n".join(parts)[:MAX_MODEL_CHARS]
    # repeated so that a signal weighs like a phrase, not like one word among hundreds
    tokens = feature_tokens(full) + sender_tokens(sender)
    features = " ".join(t for t in tokens for _ in range(3))
    # lower-cased words separated by single spaces: the model splits on spaces only, which is
    # several times faster than spaCy's full tokenizer and all a bag of words needs
    return f"{features} {' '.join(_WORD_RE.findall(text.lower()))}"


def whitespace_tokenizer(nlp: Any) -> Any:
    """A tokenizer with no affix rules: model_text has already split the words."""
    from spacy.tokenizer import Tokenizer

    return Tokenizer(nlp.vocab)


class CategoryModel:
    """Loads the shipped pipeline once; `scores` is cheap after that."""

    def __init__(self, path: Path = MODEL_DIR) -> None:
        import spacy  # imported here so that importing classifiers stays light

        if not (path / "meta.json").exists():
            raise FileNotFoundError(
                f"no trained category model at {path}: run `mailbot model train`"
            )
        self.nlp: Any = spacy.load(path)
        self.nlp.tokenizer = whitespace_tokenizer(self.nlp)
        textcat: Any = self.nlp.get_pipe("textcat")
        self.labels: tuple[str, ...] = tuple(textcat.labels)

    def scores(self, text: str) -> dict[str, float]:
        """Category scores, and the concern score under the key "concern"."""
        doc = self.nlp(text)
        return {k: float(v) for k, v in doc.cats.items()}

    def scores_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [
            {k: float(v) for k, v in d.cats.items()} for d in self.nlp.pipe(texts, batch_size=64)
        ]


def restrict(scores: dict[str, float], allowed: Sequence[str]) -> tuple[str, float]:
    """The best category of those the mailbox's profile allows, renormalised over them."""
    subset = {c: scores.get(c, 0.0) for c in allowed}
    total = sum(subset.values())
    if total <= 0:
        return "other", 0.0
    best = max(subset, key=lambda c: subset[c])
    return best, subset[best] / total
