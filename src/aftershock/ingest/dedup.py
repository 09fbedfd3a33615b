"""Near-duplicate detection: MinHash signatures over word shingles, indexed with LSH."""
from __future__ import annotations

import re
import zlib

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 3
SCHEME = "affine32"  # datasketch permutation scheme; stored signatures depend on it


_DTYPE = MinHash(num_perm=1, scheme=SCHEME).hashvalues.dtype


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < k:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=_crc32)
    m.update_batch(list(shingles(text)))
    return m


def to_bytes(m: MinHash) -> bytes:
    return m.hashvalues.tobytes()


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=_DTYPE)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """Finds the stored article a new text nearly copies (estimated Jaccard >= threshold)."""

    def __init__(self, threshold: float | None = None):
        if threshold is None:  # the [ingest] setting
            from ..config import settings
            threshold = settings().ingest.dedup_threshold
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.hashes: dict[int, MinHash] = {}
        self.original_of: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.hashes)

    def add(self, article_id: int, m: MinHash, duplicate_of: int | None = None) -> None:
        self.lsh.insert(article_id, m)
        self.hashes[article_id] = m
        if duplicate_of is not None:
            self.original_of[article_id] = duplicate_of

    def remove(self, article_id: int) -> None:
        if article_id in self.hashes:
            self.lsh.remove(article_id)
            del self.hashes[article_id]
            self.original_of.pop(article_id, None)

    def best_match(self, m: MinHash) -> tuple[int, float] | None:
        """(original article id, similarity) of the closest stored text, or None."""
        best = None
        for cand in self.lsh.query(m):
            sim = m.jaccard(self.hashes[cand])
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (cand, sim)
        if best is None:
            return None
        return self.original_of.get(best[0], best[0]), best[1]
