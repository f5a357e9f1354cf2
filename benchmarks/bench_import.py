"""How long importing a 50,000-row case directory takes on SQLite.

Run from the project root: ``.venv/bin/python benchmarks/bench_import.py [ROWS]``.
Prints seconds for the first import (empty table) and a re-import (the replace path).
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mailbot.store import import_cases, make_engine, upgrade
from mailbot.store.imports import CASE_COLUMNS


def write_directory(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CASE_COLUMNS)
        for n in range(rows):
            closed = n % 4 == 0
            locked = n % 101 == 0
            writer.writerow(
                [
                    str(700000 + n),
                    f"Given{n}",
                    f"Family{n % 997}",
                    f"20{n % 18 + 8:02d}-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                    f"HH-{n // 3}",
                    "closed" if closed else "open",
                    "2025-03-31" if closed else "",
                    "Sam Worker",
                    "s.worker@example.gov.uk",
                    "Locality Team North",
                    "t.manager@example.gov.uk",
                    "locked" if locked else "",
                    "owner@example.gov.uk" if locked else "",
                    "North",
                ]
            )


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "cases.csv"
        write_directory(csv_path, rows)
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        upgrade(url)
        engine = make_engine(url)
        try:
            for label in ("first import", "re-import"):
                started = time.perf_counter()
                count = import_cases(engine, csv_path)
                elapsed = time.perf_counter() - started
                print(f"{label}: {count} rows in {elapsed:.2f} s ({count / elapsed:,.0f} rows/s)")
        finally:
            engine.dispose()


if __name__ == "__main__":
    main()
