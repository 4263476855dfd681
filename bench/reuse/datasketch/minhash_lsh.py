"""Near-duplicate documents with datasketch's MinHashLSH, the tool users
reach for today, on a corpus made by reuse-gen.

Usage: minhash_lsh.py CORPUS_DIR OUT_PAIRS.tsv [--shingle words|3grams]

Each document is the set of its lowercased word 3-grams (or words), hashed
into a 128-permutation MinHash; documents go into a MinHashLSH index with
threshold 0.8 (estimated Jaccard), and every document is queried against
it. Prints one JSON line with the time of each step, peak memory and the
number of pairs; writes the pairs (ids, tab-separated, sorted) to OUT.
The clock starts after the files are read, as in reuse-score.
"""

import json
import os
import re
import resource
import sys
import time

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+")


def shingles(text, kind):
    words = WORD.findall(text.lower())
    if kind == "words":
        return set(words)
    return {" ".join(words[i : i + 3]) for i in range(max(len(words) - 2, 0))}


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    kind = "3grams"
    if "--shingle" in sys.argv:
        kind = sys.argv[sys.argv.index("--shingle") + 1]
    with open(os.path.join(corpus, "manifest.json")) as f:
        manifest = json.load(f)
    ids, texts = [], []
    for d in manifest["docs"]:
        with open(os.path.join(corpus, "docs", d["file"]), encoding="utf-8") as f:
            texts.append(f.read())
        ids.append(d["id"])
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    hashes = []
    for text in texts:
        m = MinHash(num_perm=128)
        m.update_batch([s.encode("utf-8") for s in shingles(text, kind)])
        hashes.append(m)
    t1 = time.perf_counter()
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    for i, m in zip(ids, hashes):
        lsh.insert(i, m)
    pairs = set()
    for i, m in zip(ids, hashes):
        for j in lsh.query(m):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    t2 = time.perf_counter()
    with open(out, "w") as f:
        for a, b in sorted(pairs):
            f.write(f"{a}\t{b}\n")
    print(
        json.dumps(
            {
                "documents": len(ids),
                "shingles": kind,
                "minhash_seconds": round(t1 - t0, 2),
                "lsh_seconds": round(t2 - t1, 2),
                "total_seconds": round(t2 - t0, 2),
                "cpu_seconds": round(time.process_time() - cpu0, 2),
                "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "pairs": len(pairs),
            }
        )
    )


if __name__ == "__main__":
    main()
