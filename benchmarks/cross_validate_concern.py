"""Choose CONCERN_PHRASE_SUPPORT (classifiers/extract.py) by 5-fold cross-validation on the
training split only: the held-out fifth plays no part. Prints the agreement with the labels
for each candidate threshold, for the phrases alone and for the classifier alone.

    .venv/bin/python benchmarks/cross_validate_concern.py     (about a minute)
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifiers import signals, training  # noqa: E402
from classifiers.extract import _body  # noqa: E402
from classifiers.mime import parse_message  # noqa: E402
from classifiers.model import CategoryModel  # noqa: E402
from classifiers.training import corpus_examples, is_held_out, training_text  # noqa: E402

CANDIDATES = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)


def fold_of(key: str) -> int:
    return int(hashlib.sha256(("cv" + key).encode()).hexdigest(), 16) % 5


def main() -> None:
    corpora = sorted(p.parent for p in (ROOT / "tests" / "corpus").glob("*/labels.jsonl"))
    hits = dict.fromkeys([*CANDIDATES, "phrases", "classifier"], 0)
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(5):
            training.is_held_out = lambda k, f=fold: is_held_out(k) or fold_of(k) == f  # type: ignore[misc]
            out = Path(tmp) / str(fold)
            training.train(corpora, out)
            model = CategoryModel(out)
            for folder in corpora:
                for ex in corpus_examples(folder):
                    if (
                        is_held_out(ex.key)
                        or fold_of(ex.key) != fold
                        or ex.label["category"] == "automated"
                    ):
                        continue
                    msg = parse_message(ex.path.read_bytes())
                    text = "\n".join(
                        [msg.subject, _body(msg), *[a.text for a in msg.attachments if a.text]]
                    )
                    phrase = signals.concern(text) is not None
                    p = model.scores(training_text(ex.path))["concern"]
                    ok = {ex.label["concern"], *ex.label.get("acceptable", {}).get("concern", [])}
                    total += 1
                    for t in CANDIDATES:
                        hits[t] += ((phrase and p >= t) or p >= 0.5) in ok
                    hits["phrases"] += phrase in ok
                    hits["classifier"] += (p >= 0.5) in ok
    training.is_held_out = is_held_out  # type: ignore[misc]
    for name, n in hits.items():
        label = (
            f"phrase and p >= {name}, or p >= 0.5" if isinstance(name, float) else f"{name} alone"
        )
        print(f"{label:<34} {n}/{total} ({n / total:.1%})")


if __name__ == "__main__":
    main()
