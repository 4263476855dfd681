"""Compares near-duplicate pairs found by reuse-score (--dups-out) and by
minhash_lsh.py against the generator's gold groups.

Usage: compare.py CORPUS_DIR OURS.tsv THEIRS.tsv

Prints, as JSON: pairs each found, correct against gold, found by one and
not the other (split into gold and not gold), and a few examples of each
kind with the share of words the two documents have in common.
"""

import itertools
import json
import os
import re
import sys

WORD = re.compile(r"\w+")


def read_pairs(path):
    with open(path) as f:
        return {tuple(l.rstrip("\n").split("\t")) for l in f if l.strip()}


def main():
    corpus, ours_path, theirs_path = sys.argv[1:4]
    with open(os.path.join(corpus, "manifest.json")) as f:
        manifest = json.load(f)
    ids = [d["id"] for d in manifest["docs"]]
    gold = set()
    for g in manifest["duplicate_groups"]:
        for a, b in itertools.combinations(sorted(g), 2):
            gold.add((ids[a], ids[b]) if ids[a] < ids[b] else (ids[b], ids[a]))
    ours, theirs = read_pairs(ours_path), read_pairs(theirs_path)

    def words(i):
        with open(os.path.join(corpus, "docs", i + ".txt"), encoding="utf-8") as f:
            return WORD.findall(f.read().lower())

    def example(p):
        a, b = words(p[0]), words(p[1])
        return {"pair": p, "words": [len(a), len(b)], "jaccard_words": round(len(set(a) & set(b)) / len(set(a) | set(b)), 3)}

    report = {
        "gold_pairs": len(gold),
        "ours": {"pairs": len(ours), "correct": len(ours & gold)},
        "datasketch": {"pairs": len(theirs), "correct": len(theirs & gold)},
        "only_ours": {"gold": len((ours - theirs) & gold), "not_gold": len((ours - theirs) - gold)},
        "only_datasketch": {"gold": len((theirs - ours) & gold), "not_gold": len((theirs - ours) - gold)},
        "both": len(ours & theirs),
        "examples_only_ours": [example(p) for p in sorted(ours - theirs)[:3]],
        "examples_only_datasketch": [example(p) for p in sorted(theirs - ours)[:3]],
        "examples_missed_by_both": [example(p) for p in sorted(gold - ours - theirs)[:3]],
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
