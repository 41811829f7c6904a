"""Case-file speed and size with a big case, against baselines measured in the same run.

Run by hand:

    .venv/bin/python -m tests.bench.vault_bench

A case with 10,000 items (every fingerprint), 1,000 sightings and 200 letters is built, then
measured: opening it without the key derivation (the key remembered on this computer) and
with it (the shipped Argon2id settings), saving after one small change, and its file size.
Baselines: reading the file's bytes (open) and writing the same number of bytes durably,
with fsync (save). Evidence files must not be touched by saves: that is checked too.
"""

import hashlib
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring

from app.core.vault import (
    DEFAULT_KDF,
    AgeInContent,
    CaseFile,
    CaseRepository,
    EvidenceFile,
    Item,
    Letter,
    Sighting,
    TakenBy,
)
from app.core.vault.store import case_path
from tests.core.vault.conftest import MemoryKeyring

PASSPHRASE = "a benchmark passphrase"
ITEMS, SIGHTINGS, LETTERS = 10_000, 1_000, 200


def _hex(seed: str, length: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:length].rjust(length, "0")


def big_item(number: int) -> Item:
    return Item(
        label=f"Photo {number}",
        kind="image",
        sha256=_hex(f"s{number}", 64),
        md5=_hex(f"m{number}", 32),
        added_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=number),
        taken_by=TakenBy.ME,
        age_in_content=AgeInContent.ADULT,
        user_appears=True,
        pdq=_hex(f"p{number}", 64),
        pdq_quality=100,
        pdq_dihedral=tuple(_hex(f"d{number}-{k}", 64) for k in range(8)),
        pdq_raw=_hex(f"r{number}", 64),
        phash=_hex(f"h{number}", 16),
        width=4032,
        height=3024,
        format="jpeg",
        privacy_kinds="location,camera,capture-time",
    )


def populate(repo: CaseRepository) -> None:
    for number in range(1, ITEMS + 1):
        repo.add_item(big_item(number))
    for number in range(1, SIGHTINGS + 1):
        repo.add_sighting(
            Sighting(
                url=f"https://forum.example/thread/{number}?page=2#post-{number * 7}",
                found_at=datetime(2026, 2, 1, tzinfo=UTC) + timedelta(hours=number),
                platform="forum.example",
                description="Posted in a thread with my first name and town in the caption.",
                uploader_handle=f"user{number}",
                found_file_sha256=_hex(f"f{number}", 64),
            ),
            [number, number + 1],
        )
    for number in range(1, LETTERS + 1):
        repo.add_letter(
            Letter(
                "ncii-report",
                created_at=datetime(2026, 3, 1, tzinfo=UTC),
                recipient="Forum Example Trust & Safety",
                sent_at=datetime(2026, 3, 1, tzinfo=UTC),
                deadline_at=datetime(2026, 3, 3, tzinfo=UTC),
                text="Dear Trust & Safety team, ... " * 60,
            ),
            [number],
        )


def median_time(action: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def durable_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as sink:
        sink.write(data)
        sink.flush()
        os.fsync(sink.fileno())


def main() -> None:
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="stillmine-vault-bench-") as name:
        folder = Path(name) / "case"
        print(f"Building a case: {ITEMS} items, {SIGHTINGS} sightings, {LETTERS} letters ...")
        case, _code = CaseFile.create(folder, PASSPHRASE, kdf=DEFAULT_KDF)
        case.change(populate)
        record = case.add_evidence(
            io.BytesIO(os.urandom(1024 * 1024)), EvidenceFile("", 0, datetime.now(UTC))
        )
        evidence = case.evidence.path(record.sha256)
        evidence_stamp = evidence.stat().st_mtime_ns
        case.remember_on_this_computer(True)

        counter = iter(range(10**6))
        save = median_time(lambda: case.change(lambda r: r.set_meta("note", str(next(counter)))))
        case.close()
        size = case_path(folder).stat().st_size
        data = case_path(folder).read_bytes()
        write_floor = median_time(lambda: durable_write(Path(name) / "floor.bin", data))
        read_floor = median_time(lambda: case_path(folder).read_bytes())

        open_remembered = median_time(
            lambda: CaseFile.open(folder, use_keyring=True).close(save=False)
        )
        open_passphrase = median_time(
            lambda: CaseFile.open(folder, passphrase=PASSPHRASE).close(save=False), runs=3
        )
        kdf = median_time(lambda: DEFAULT_KDF.derive(PASSPHRASE.encode(), b"0" * 16), runs=3)
        untouched = evidence.stat().st_mtime_ns == evidence_stamp

    print(f"\n{'measure':<44} {'time':>10} {'baseline':>10} {'ratio':>7} {'target':>16}")
    rows = [
        ("save after one change", save, write_floor, "<= 100 ms"),
        ("open, key remembered (no KDF)", open_remembered, read_floor, "<= 200 ms"),
        (
            "open with the passphrase (Argon2id)",
            open_passphrase,
            read_floor + kdf,
            "<= 200 ms + KDF",
        ),
        ("one passphrase guess (Argon2id alone)", kdf, kdf, ">= 250 ms"),
    ]
    for label, seconds, baseline, target in rows:
        print(
            f"{label:<44} {seconds * 1000:>8.1f}ms {baseline * 1000:>8.1f}ms "
            f"{seconds / baseline:>7.2f} {target:>16}"
        )
    print(f"\ncase file size: {size / 2**20:.2f} MB (target <= 15 MB)")
    print(f"evidence file untouched by saves: {untouched}")


if __name__ == "__main__":
    main()
