"""Training the category model from labelled corpus folders, reproducibly.

A corpus folder is laid out like the samples: cases.csv, tracker.csv, one folder per mailbox
and labels.jsonl. One message in five (chosen by a hash of its path, so the choice never
changes) is held out: the model never sees it, and the evaluation reports on it.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifiers.mime import parse_message
from classifiers.model import (
    CONCERN_PIPE,
    CONTENT_CATEGORIES,
    MODEL_DIR,
    model_text,
    whitespace_tokenizer,
)

HELD_OUT_EVERY = 5
BOW_MODEL = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 1,  # unigrams generalise better than bigrams on a few hundred messages
    "no_output_layer": False,
    "length": 65536,  # hashed n-gram features; plenty for a few thousand messages
}


@dataclass(frozen=True)
class Example:
    key: str  # "corpus-name/mailbox/file.eml"
    path: Path
    label: dict[str, Any]


def is_held_out(key: str) -> bool:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % HELD_OUT_EVERY == 0


def corpus_examples(folder: Path) -> Iterator[Example]:
    labels = folder / "labels.jsonl"
    for line_no, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            label = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{labels}:{line_no}: not JSON: {exc.msg}") from exc
        yield Example(f"{folder.name}/{label['file']}", folder / label["file"], label)


def training_text(path: Path) -> str:
    from classifiers.extract import _body

    msg = parse_message(path.read_bytes())
    body = _body(msg)
    return model_text(
        msg.subject, body, [a.text for a in msg.attachments if a.text], msg.from_address
    )


def train(
    corpora: Iterable[Path],
    out: Path = MODEL_DIR,
    seed: int = 0,
    epochs: int = 30,
) -> dict[str, int]:
    """Train on the non-held-out content-category messages; write the pipeline to `out`."""
    import spacy
    from spacy import util as spacy_util
    from spacy.training import Example as SpacyExample

    fix_random_seed: Any = getattr(spacy_util, "fix_random_seed")  # noqa: B009 (not re-exported for mypy)
    minibatch: Any = spacy_util.minibatch

    fix_random_seed(seed)
    rng = random.Random(seed)
    data: list[tuple[str, str]] = []
    concern_data: list[tuple[str, bool]] = []
    for folder in sorted(corpora):
        for ex in corpus_examples(folder):
            if is_held_out(ex.key) or ex.label["category"] == "automated":
                continue
            text = training_text(ex.path)
            concern_values = {
                ex.label["concern"],
                *ex.label.get("acceptable", {}).get("concern", []),
            }
            if len(concern_values) == 1:  # debatable labels teach nothing
                concern_data.append((text, bool(ex.label["concern"])))
            if ex.label["category"] in CONTENT_CATEGORIES:
                data.append((text, ex.label["category"]))
    if not data:
        raise ValueError("no training examples found")
    nlp = spacy.blank("en")
    nlp.tokenizer = whitespace_tokenizer(nlp)
    nlp.add_pipe("textcat", config={"model": BOW_MODEL})
    nlp.add_pipe("textcat", name=CONCERN_PIPE, config={"model": BOW_MODEL})
    category_examples = [
        SpacyExample.from_dict(
            nlp.make_doc(text), {"cats": {c: float(c == cat) for c in CONTENT_CATEGORIES}}
        )
        for text, cat in data
    ]
    concern_examples = [
        SpacyExample.from_dict(
            nlp.make_doc(text), {"cats": {"concern": float(flag), "no_concern": float(not flag)}}
        )
        for text, flag in concern_data
    ]
    # labels given explicitly: inferred from examples, each component would take the other's
    nlp.config["initialize"]["components"] = {
        "textcat": {"labels": list(CONTENT_CATEGORIES)},
        CONCERN_PIPE: {"labels": ["concern", "no_concern"]},
    }
    optimizer = nlp.initialize(lambda: category_examples)
    for _ in range(epochs):
        rng.shuffle(category_examples)
        rng.shuffle(concern_examples)
        losses: dict[str, float] = {}
        # each component learns only from its own examples
        with nlp.select_pipes(enable=["textcat"]):
            for batch in minibatch(category_examples, size=8):
                nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
        with nlp.select_pipes(enable=[CONCERN_PIPE]):
            for batch in minibatch(concern_examples, size=8):
                nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    counts: dict[str, int] = {}
    for _, cat in data:
        counts[cat] = counts.get(cat, 0) + 1
    return counts
