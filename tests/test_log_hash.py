"""The log's fast hash (text assembled from an already-canonical payload) equals the reference entry_hash."""
from __future__ import annotations

from talentdb.store.log import _hash_of_canonical, canonical_json, entry_hash


def test_fast_hash_matches_entry_hash_on_awkward_payloads():
    payloads = [
        {},
        {"v": 1, "text": "上週,首席技術長米拉·穆拉蒂(Mira Murati)離職\n\t\"quoted\" \\ back", "amount": 6.6e9},
        {"v": 1, "set": {"date": "2024-05-01", "status": None}, "nested": [1, 2.5, {"z": True, "a": False}]},
        {"v": 1, "emoji": "🙂", "ctrl": "\x00\x1f", "big": 10**30, "neg": -0.0, "tiny": 1e-300},
    ]
    prev = "0" * 64
    for seq, payload in enumerate(payloads, start=1):
        pj = canonical_json(payload)
        for kind in ("source.ingested", "event.asserted", "kind \"odd\""):
            stamp = "2026-11-28T12:00:00.000001Z"
            assert _hash_of_canonical(prev, seq, kind, stamp, pj) == entry_hash(prev, seq, kind, stamp, pj)
        prev = entry_hash(prev, seq, "event.asserted", "2026-11-28T12:00:00.000001Z", pj)
